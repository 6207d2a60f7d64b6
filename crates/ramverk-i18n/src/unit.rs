//! What a translator receives for one message, whatever the file format: the source text, its
//! key, context, where it is, and the translation so far with its standing.

use crate::message::Message;
use crate::status::{Standing, standing};
use crate::translation::Translation;

/// One message prepared for a translation file.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The stable key.
    pub key: String,
    /// The current source text.
    pub source: String,
    /// Context for the translator.
    pub note: String,
    /// `file:line` of the source text, when known.
    pub reference: Option<String>,
    /// The translation so far (empty when missing).
    pub target: String,
    /// Where the translation stands.
    pub standing: Standing,
    /// For a stale translation: the source text it was made from, when recorded.
    pub previous_source: Option<String>,
}

/// What every extracted file says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The framework's id.
    pub framework: String,
    /// Its title.
    pub title: String,
    /// Its version.
    pub version: String,
    /// The source language.
    pub source_language: String,
    /// The target language.
    pub language: String,
    /// When the file was written, `YYYY-MM-DD HH:MM+0000` (the PO revision date).
    pub date: String,
}

/// The units for `messages` in `translation`; `reference` locates a message's source text.
/// Large frameworks are prepared on all cores, in order.
pub fn units(
    messages: &[Message<'_>],
    translation: Option<&Translation>,
    reference: &(dyn Fn(&Message<'_>) -> Option<String> + Sync),
) -> Vec<Unit> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = messages.len().div_ceil(threads).max(1024);
    let prepare = |part: &[Message<'_>]| {
        part.iter()
            .map(|message| unit(message, translation, reference))
            .collect::<Vec<Unit>>()
    };
    if messages.len() <= chunk {
        return prepare(messages);
    }
    std::thread::scope(|scope| {
        let workers: Vec<_> = messages
            .chunks(chunk)
            .map(|part| scope.spawn(move || prepare(part)))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

fn unit(
    message: &Message<'_>,
    translation: Option<&Translation>,
    reference: &(dyn Fn(&Message<'_>) -> Option<String> + Sync),
) -> Unit {
    let standing = standing(message, translation);
    let entry = translation.and_then(|t| t.get(&message.key));
    let previous_source = match standing {
        Standing::Stale => entry.and_then(|entry| entry.source.clone()),
        _ => None,
    };
    Unit {
        key: message.key.clone(),
        source: message.text.to_owned(),
        note: message.note.clone(),
        reference: reference(message),
        target: entry.map(|entry| entry.text.clone()).unwrap_or_default(),
        standing,
        previous_source,
    }
}
