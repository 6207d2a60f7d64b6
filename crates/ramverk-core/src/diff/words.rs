//! Word-level differences between two texts, for highlighting what a reviewer must read.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

/// A run of words that is the same, removed or inserted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// `same`, `removed` or `inserted`.
    pub kind: SegmentKind,
    /// The words, with the white space between them.
    pub text: String,
}

/// What happened to a run of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// In both texts.
    Same,
    /// Only in the old text.
    Removed,
    /// Only in the new text.
    Inserted,
}

/// The word-level difference of two texts, with neighbouring runs of one kind merged.
pub fn word_diff(old: &str, new: &str) -> Vec<Segment> {
    let diff = TextDiff::from_words(old, new);
    let mut segments: Vec<Segment> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => SegmentKind::Same,
            ChangeTag::Delete => SegmentKind::Removed,
            ChangeTag::Insert => SegmentKind::Inserted,
        };
        match segments.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => segments.push(Segment { kind, text: change.value().to_owned() }),
        }
    }
    segments
}

/// How alike two texts are, from 0 (nothing shared) to 1 (the same), ignoring case and spacing.
pub fn similarity(a: &str, b: &str) -> f64 {
    let normalise = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let (a, b) = (normalise(a), normalise(b));
    if a == b {
        return 1.0;
    }
    TextDiff::from_words(a.as_str(), b.as_str()).ratio().into()
}

#[cfg(test)]
mod tests {
    use super::{similarity, word_diff, SegmentKind};

    #[test]
    fn marks_changed_words() {
        let segments = word_diff("Kan söka information.", "Kan söka och filtrera information.");
        let inserted: Vec<&str> =
            segments.iter().filter(|s| s.kind == SegmentKind::Inserted).map(|s| s.text.as_str()).collect();
        assert_eq!(inserted.concat().trim(), "och filtrera");
        let rebuilt: String = segments.iter().filter(|s| s.kind != SegmentKind::Removed).map(|s| s.text.as_str()).collect();
        assert_eq!(rebuilt, "Kan söka och filtrera information.");
    }

    #[test]
    fn similarity_ignores_case_and_spacing() {
        assert_eq!(similarity("Identifiera  digitala kompetensluckor", "identifiera digitala kompetensluckor"), 1.0);
        assert!(similarity("Identifiera digitala kompetensluckor", "Kreativ och effektiv användning av digital teknik") < 0.3);
    }
}
