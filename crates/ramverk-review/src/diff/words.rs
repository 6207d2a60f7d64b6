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

/// The word-level difference of two texts. Changed words separated only by white space form
/// one removed and one inserted run, so a rewritten phrase reads as a phrase; the same runs
/// joined in order give back the old text (same + removed) and the new text (same + inserted).
pub fn word_diff(old: &str, new: &str) -> Vec<Segment> {
    let diff = TextDiff::from_words(old, new);
    let mut segments: Vec<Segment> = Vec::new();
    let (mut removed, mut inserted) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        let value = change.value();
        let in_change = !removed.is_empty() || !inserted.is_empty();
        match change.tag() {
            ChangeTag::Equal if in_change && value.trim().is_empty() => {
                removed.push_str(value);
                inserted.push_str(value);
            }
            ChangeTag::Equal => {
                flush(&mut segments, &mut removed, &mut inserted);
                push(&mut segments, SegmentKind::Same, value);
            }
            ChangeTag::Delete => removed.push_str(value),
            ChangeTag::Insert => inserted.push_str(value),
        }
    }
    flush(&mut segments, &mut removed, &mut inserted);
    segments
}

/// Emits a pending change: removed, inserted, then the white space both sides end with.
fn flush(segments: &mut Vec<Segment>, removed: &mut String, inserted: &mut String) {
    let common = removed
        .chars()
        .rev()
        .zip(inserted.chars().rev())
        .take_while(|(a, b)| a == b && a.is_whitespace())
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    let tail = removed[removed.len() - common..].to_owned();
    removed.truncate(removed.len() - common);
    inserted.truncate(inserted.len() - common);
    push(segments, SegmentKind::Removed, removed);
    push(segments, SegmentKind::Inserted, inserted);
    push(segments, SegmentKind::Same, &tail);
    removed.clear();
    inserted.clear();
}

fn push(segments: &mut Vec<Segment>, kind: SegmentKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match segments.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => segments.push(Segment {
            kind,
            text: text.to_owned(),
        }),
    }
}

/// How alike two texts are, from 0 (nothing shared) to 1 (the same), ignoring case and spacing.
pub fn similarity(a: &str, b: &str) -> f64 {
    let normalise = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let (a, b) = (normalise(a), normalise(b));
    if a == b {
        return 1.0;
    }
    TextDiff::from_words(a.as_str(), b.as_str()).ratio().into()
}

#[cfg(test)]
mod tests {
    use super::{SegmentKind, similarity, word_diff};

    #[test]
    fn marks_changed_words() {
        let segments = word_diff(
            "Kan söka information.",
            "Kan söka och filtrera information.",
        );
        let inserted: Vec<&str> = segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Inserted)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(inserted.concat().trim(), "och filtrera");
        let rebuilt: String = segments
            .iter()
            .filter(|s| s.kind != SegmentKind::Removed)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(rebuilt, "Kan söka och filtrera information.");
    }

    #[test]
    fn a_rewritten_phrase_is_one_change_and_both_texts_survive() {
        let (old, new) = (
            "Kan granska digital information noga.",
            "Kan bedöma och filtrera data noga.",
        );
        let segments = word_diff(old, new);
        let side = |skip: SegmentKind| {
            segments
                .iter()
                .filter(|s| s.kind != skip)
                .map(|s| s.text.as_str())
                .collect::<String>()
        };
        assert_eq!(side(SegmentKind::Inserted), old);
        assert_eq!(side(SegmentKind::Removed), new);
        let changes = segments
            .iter()
            .filter(|s| s.kind != SegmentKind::Same)
            .count();
        assert_eq!(changes, 2, "{segments:?}");
    }

    #[test]
    fn similarity_ignores_case_and_spacing() {
        assert_eq!(
            similarity(
                "Identifiera  digitala kompetensluckor",
                "identifiera digitala kompetensluckor"
            ),
            1.0
        );
        assert!(
            similarity(
                "Identifiera digitala kompetensluckor",
                "Kreativ och effektiv användning av digital teknik"
            ) < 0.3
        );
    }
}
