//! Glossary consistency: translations whose source text uses a glossary term but which do not
//! use the agreed translation of it (allowing for inflected endings).

use serde::Serialize;

use super::glossary::Glossary;
use super::message::Message;
use super::status::{Standing, standing};
use super::translation::Translation;

/// A translation that may not use the agreed term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermFinding {
    /// The message key.
    pub key: String,
    /// The glossary term found in the source text.
    pub source_term: String,
    /// The agreed translation, not found in the translation.
    pub target_term: String,
}

/// Every current translation in `translation` whose source text contains a term of `glossary`
/// and whose text lacks the term's agreed translation.
pub fn check_terms(
    messages: &[Message<'_>],
    translation: &Translation,
    glossary: &Glossary,
) -> Vec<TermFinding> {
    let terms: Vec<(String, Vec<String>, &str, &str)> = glossary
        .terms
        .iter()
        .map(|term| {
            (
                term.source.to_lowercase(),
                stems(&term.target),
                term.source.as_str(),
                term.target.as_str(),
            )
        })
        .collect();
    let mut out = Vec::new();
    for message in messages {
        if !matches!(standing(message, Some(translation)), Standing::Current(_)) {
            continue;
        }
        let Some(entry) = translation.get(&message.key) else {
            continue;
        };
        let source = message.text.to_lowercase();
        let target = entry.text.to_lowercase();
        for (needle, stems, source_term, target_term) in &terms {
            if contains_word(&source, needle)
                && !stems.iter().all(|stem| target.contains(stem.as_str()))
            {
                out.push(TermFinding {
                    key: message.key.clone(),
                    source_term: (*source_term).to_owned(),
                    target_term: (*target_term).to_owned(),
                });
            }
        }
    }
    out
}

/// Whether `needle` occurs in `text` at the start of a word.
fn contains_word(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The words of a term without the endings inflection changes (`kompetenceområde` →
/// `kompetenceområ`), lower-cased.
fn stems(term: &str) -> Vec<String> {
    term.to_lowercase()
        .split_whitespace()
        .map(|word| {
            let chars: Vec<char> = word.chars().collect();
            let keep = match chars.len() {
                0..=3 => chars.len(),
                4..=5 => chars.len() - 1,
                _ => chars.len() - 2,
            };
            chars[..keep].iter().collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{contains_word, stems};

    #[test]
    fn words_and_stems() {
        assert!(contains_word("inom kompetensområdet", "kompetensområde"));
        assert!(!contains_word("delkompetensområde", "kompetensområde"));
        assert_eq!(stems("digital kompetence"), ["digit", "kompeten"]);
        assert!("kompetenceområderne".contains(&stems("kompetenceområde")[0]));
    }
}
