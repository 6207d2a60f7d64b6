//! A framework read in another language: each text replaced by its current translation, and
//! every text that falls back to the source language listed.

use serde::Serialize;

use crate::message::messages;
use crate::status::{Standing, standing};
use std::collections::HashMap;

use crate::translation::{Translation, TranslationState};
use ramverk_model::Framework;

/// Why a text is shown in the source language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    /// Not translated.
    Missing,
    /// The translation was made from an earlier source text.
    Stale,
    /// Only a draft (state `initial`) exists.
    Draft,
}

/// A text shown in the source language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fallback {
    /// The message key.
    pub key: String,
    /// Why.
    pub reason: Reason,
}

/// A translated framework and what fell back.
#[derive(Debug, Clone)]
pub struct Localized {
    /// The framework with translated texts; its `language` is the requested locale.
    pub framework: Framework,
    /// The source language texts fell back to.
    pub source_language: String,
    /// Texts left in the source language, in framework order.
    pub fallbacks: Vec<Fallback>,
}

/// How fallbacks show in the texts themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marking {
    /// Leave the source text as it is (for data: JSON, exports).
    Plain,
    /// Prefix it with the source language in brackets, `[sv] Söka …` (for people).
    Bracketed,
}

/// `framework` in `language`, using `translation` (none: everything falls back). Asking for the
/// framework's own language returns it unchanged.
pub fn localize(
    framework: &Framework,
    translation: Option<&Translation>,
    language: &str,
    marking: Marking,
) -> Localized {
    let source_language = framework.language.clone();
    if language == framework.language {
        return Localized {
            framework: framework.clone(),
            source_language,
            fallbacks: Vec::new(),
        };
    }
    // Translations by the source text they were made from: a text without a current translation
    // of its own takes one made from exactly the same source text elsewhere (a renumbered
    // competence, a repeated phrase), as a translation memory would.
    let memory: HashMap<&str, &str> = translation
        .map(|translation| {
            translation
                .entries
                .iter()
                .filter(|entry| {
                    entry.state != TranslationState::Initial && !entry.text.trim().is_empty()
                })
                .map(|entry| (entry.fingerprint.as_str(), entry.text.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let mut replacements = Vec::new();
    let mut fallbacks = Vec::new();
    for message in messages(framework) {
        let reason = match standing(&message, translation) {
            Standing::Current(state) if state != TranslationState::Initial => {
                let text = translation
                    .and_then(|t| t.get(&message.key))
                    .map(|entry| entry.text.clone())
                    .unwrap_or_default();
                replacements.push((message.pointer.to_string(), text));
                continue;
            }
            Standing::Current(_) => Reason::Draft,
            Standing::Stale => Reason::Stale,
            Standing::Missing => Reason::Missing,
        };
        if let Some(text) = memory.get(message.fingerprint.as_str()) {
            replacements.push((message.pointer.to_string(), (*text).to_owned()));
            continue;
        }
        if marking == Marking::Bracketed {
            replacements.push((
                message.pointer.to_string(),
                format!("[{source_language}] {}", message.text),
            ));
        }
        fallbacks.push(Fallback {
            key: message.key,
            reason,
        });
    }
    let framework = patched(framework, &replacements, language);
    Localized {
        framework,
        source_language,
        fallbacks,
    }
}

/// A copy of `framework` with the strings at the given JSON pointers replaced.
fn patched(framework: &Framework, replacements: &[(String, String)], language: &str) -> Framework {
    let Ok(mut json) = serde_json::to_value(framework) else {
        return framework.clone();
    };
    for (pointer, text) in replacements {
        if let Some(slot) = json.pointer_mut(pointer) {
            *slot = serde_json::Value::String(text.clone());
        }
    }
    let mut out: Framework = serde_json::from_value(json).unwrap_or_else(|_| framework.clone());
    out.language = language.to_owned();
    out
}
