//! How complete one locale's translation is: counts per state, stale and missing texts.

use serde::Serialize;

use crate::message::Message;
use crate::translation::{Translation, TranslationState};

/// Where one message stands in a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Standing {
    /// No translation, or an empty one.
    Missing,
    /// Translated from a source text that has since changed.
    Stale,
    /// A translation in this state, made from the current source text.
    Current(TranslationState),
}

/// The standing of the message in `translation`.
pub fn standing(message: &Message<'_>, translation: Option<&Translation>) -> Standing {
    match translation.and_then(|translation| translation.get(&message.key)) {
        None => Standing::Missing,
        Some(entry) if entry.text.trim().is_empty() => Standing::Missing,
        Some(entry) if entry.fingerprint != message.fingerprint => Standing::Stale,
        Some(entry) => Standing::Current(entry.state),
    }
}

/// Counts of messages per standing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Every translatable text of the framework.
    pub total: usize,
    /// Current translations signed off.
    #[serde(rename = "final")]
    pub final_: usize,
    /// Current translations reviewed.
    pub reviewed: usize,
    /// Current translations not yet reviewed.
    pub translated: usize,
    /// Drafts (state `initial`), not shown to readers.
    pub initial: usize,
    /// Translations of a source text that has changed since.
    pub stale: usize,
    /// No translation.
    pub missing: usize,
}

impl Counts {
    /// Texts readers see translated: current and translated, reviewed or final.
    pub fn done(&self) -> usize {
        self.final_ + self.reviewed + self.translated
    }

    /// `done` as a share of all texts, in percent (100 for a framework without texts).
    pub fn coverage(&self) -> f64 {
        percent(self.done(), self.total)
    }

    /// `part` of all texts, in percent.
    pub fn share(&self, part: usize) -> f64 {
        percent(part, self.total)
    }
}

fn percent(part: usize, total: usize) -> f64 {
    if total == 0 {
        100.0
    } else {
        part as f64 * 100.0 / total as f64
    }
}

/// A translation whose source text changed since it was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stale {
    /// The message key.
    pub key: String,
    /// The source text the translation was made from, when the file recorded it.
    pub old_source: Option<String>,
    /// The source text now.
    pub new_source: String,
    /// The (outdated) translation.
    pub text: String,
    /// Line of the entry in the translation file.
    pub line: u32,
}

/// One locale's standing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// The locale.
    pub language: String,
    /// The translation file (it may not exist yet).
    pub path: std::path::PathBuf,
    /// Counts per standing.
    pub counts: Counts,
    /// Stale entries, in framework order.
    pub stale: Vec<Stale>,
    /// Keys without a translation, in framework order.
    pub missing: Vec<String>,
    /// Keys of entries for texts the framework no longer has.
    pub obsolete: Vec<String>,
}

/// The status of `translation` (or of a locale without a file) against `messages`.
pub fn status(
    messages: &[Message<'_>],
    translation: Option<&Translation>,
    language: &str,
    path: std::path::PathBuf,
) -> Status {
    let mut counts = Counts {
        total: messages.len(),
        ..Counts::default()
    };
    let mut stale = Vec::new();
    let mut missing = Vec::new();
    for message in messages {
        match standing(message, translation) {
            Standing::Missing => {
                counts.missing += 1;
                missing.push(message.key.clone());
            }
            Standing::Stale => {
                counts.stale += 1;
                let Some(entry) = translation.and_then(|t| t.get(&message.key)) else {
                    continue;
                };
                stale.push(Stale {
                    key: message.key.clone(),
                    old_source: entry.source.clone(),
                    new_source: message.text.to_owned(),
                    text: entry.text.clone(),
                    line: entry.line,
                });
            }
            Standing::Current(TranslationState::Initial) => counts.initial += 1,
            Standing::Current(TranslationState::Translated) => counts.translated += 1,
            Standing::Current(TranslationState::Reviewed) => counts.reviewed += 1,
            Standing::Current(TranslationState::Final) => counts.final_ += 1,
        }
    }
    let known: std::collections::HashSet<&str> = messages
        .iter()
        .map(|message| message.key.as_str())
        .collect();
    let obsolete = translation
        .map(|t| {
            t.entries
                .iter()
                .filter(|entry| !known.contains(entry.key.as_str()))
                .map(|entry| entry.key.clone())
                .collect()
        })
        .unwrap_or_default();
    Status {
        language: language.to_owned(),
        path,
        counts,
        stale,
        missing,
        obsolete,
    }
}
