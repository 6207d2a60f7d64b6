//! Glossary consistency: translations whose source text uses a glossary term but which do not
//! use the agreed translation of it (allowing for inflected endings).

use aho_corasick::AhoCorasick;
use serde::Serialize;

use crate::glossary::Glossary;
use crate::message::Message;
use crate::status::{Standing, standing};
use crate::translation::Translation;

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
/// and whose text lacks the term's agreed translation. Where terms overlap in a text, the longest
/// one counts (`Stockholms stadsbibliotek`, not `Stockholms stad`); a qualifier in brackets after
/// a term (`integritet (personlig)`) tells senses apart and is not matched. Alternatives are
/// separated by ` / ` on either side (`staden / stadens` → `kommunen / kommunens`): any source
/// alternative finds the term, and any target alternative satisfies it.
pub fn check_terms(
    messages: &[Message<'_>],
    translation: &Translation,
    glossary: &Glossary,
) -> Vec<TermFinding> {
    // Per term: the stems of each target alternative.
    let targets: Vec<Vec<Vec<String>>> = glossary
        .terms
        .iter()
        .map(|term| alternatives(&term.target).map(stems).collect())
        .collect();
    // What is looked for in source texts: each source alternative, with the term it belongs to.
    let needles: Vec<(String, usize)> = glossary
        .terms
        .iter()
        .enumerate()
        .flat_map(|(index, term)| {
            alternatives(&term.source).map(move |alternative| (needle(alternative), index))
        })
        .filter(|(needle, _)| !needle.is_empty())
        .collect();
    // One pass over each text finds every term in it.
    let Ok(finder) = AhoCorasick::new(needles.iter().map(|(needle, _)| needle.as_str())) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for message in messages {
        if !matches!(standing(message, Some(translation)), Standing::Current(_)) {
            continue;
        }
        let Some(entry) = translation.get(&message.key) else {
            continue;
        };
        let source = message.text.to_lowercase();
        let found: Vec<(usize, usize, usize)> = finder
            .find_overlapping_iter(&source)
            .filter(|found| {
                source[..found.start()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
            })
            .map(|found| {
                (
                    needles[found.pattern().as_usize()].1,
                    found.start(),
                    found.end(),
                )
            })
            .collect();
        if found.is_empty() {
            continue;
        }
        let target = entry.text.to_lowercase();
        let mut reported = Vec::new();
        for &(term, start, end) in &found {
            let covered = found.iter().any(|&(_, other_start, other_end)| {
                other_start <= start && end <= other_end && other_end - other_start > end - start
            });
            let agreed = targets[term]
                .iter()
                .any(|stems| stems.iter().all(|stem| target.contains(stem.as_str())));
            if covered || reported.contains(&term) || agreed {
                continue;
            }
            reported.push(term);
            out.push(TermFinding {
                key: message.key.clone(),
                source_term: glossary.terms[term].source.clone(),
                target_term: glossary.terms[term].target.clone(),
            });
        }
    }
    out
}

/// The alternatives of one side of a term, separated by ` / ` (`kollega / kollegaer`); a slash
/// without spaces (`når/hvor`) is part of the term.
pub(crate) fn alternatives(side: &str) -> impl Iterator<Item = &str> {
    side.split(" / ")
        .map(str::trim)
        .filter(|alternative| !alternative.is_empty())
}

/// What is matched of a term: lower-cased, without a qualifier in brackets after a space
/// (`integritet (personlig)`) and without an optional ending in brackets (`målgrupp(er)` is
/// matched as `målgrupp`, which finds `målgrupper` too, as terms match at word starts).
fn needle(term: &str) -> String {
    let term = term.trim();
    let bare = match term
        .strip_suffix(')')
        .and_then(|rest| rest.rfind(" (").map(|at| &rest[..at]))
    {
        Some(bare) => bare.trim(),
        None => term,
    };
    bare.split(' ')
        .map(|word| match word.find('(') {
            Some(at) if at > 0 && word.ends_with(')') => &word[..at],
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The words of a term without the endings inflection changes (`kompetenceområde` →
/// `kompetenceområ`), lower-cased.
fn stems(term: &str) -> Vec<String> {
    needle(term)
        .split_whitespace()
        .map(|word| {
            // An optional ending in brackets (`group(s)`) is left to inflection.
            let word = word
                .split('(')
                .next()
                .unwrap_or(word)
                .trim_matches(|c: char| !c.is_alphanumeric());
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
    use super::{alternatives, needle, stems};

    #[test]
    fn words_and_stems() {
        assert_eq!(needle("Integritet (personlig)"), "integritet");
        assert_eq!(needle("målgrupp(er)"), "målgrupp");
        assert_eq!(
            needle("verksamhetens målgrupp(er)"),
            "verksamhetens målgrupp"
        );
        assert_eq!(
            needle("Medie- och informationskunnighet (MIK)"),
            "medie- och informationskunnighet"
        );
        assert_eq!(
            alternatives("läraktivitet / läroaktivitet / läraaktivitet").collect::<Vec<_>>(),
            ["läraktivitet", "läroaktivitet", "läraaktivitet"]
        );
        assert_eq!(
            alternatives("når/hvor jeg").collect::<Vec<_>>(),
            ["når/hvor jeg"]
        );
        assert_eq!(
            stems("the target group(s) of the operations"),
            ["the", "targ", "grou", "of", "the", "operatio"]
        );
        assert_eq!(stems("rate (your competence)"), ["rat"]);
        assert_eq!(stems("digital kompetence"), ["digit", "kompeten"]);
        assert!("kompetenceområderne".contains(&stems("kompetenceområde")[0]));
    }
}
