//! Editing a YAML document in place so that it reads back as a target value: only the bytes of
//! what differs change; comments, key order, quoting, styles, blank lines and line breaks of
//! everything else stay as they were.

mod alignment;
mod block_scalar;
mod diff;
mod doc;
mod edits;
mod equal;
mod error;
mod extent;
mod gap;
mod lines;
mod mapping;
mod properties;
mod render;
mod scalar;
mod sequence;

use serde_json::Value as Json;

use crate::node::Value;

pub use error::{EditError, Feature};

use doc::{Doc, Parent, Place};
use edits::Edits;

/// Edits `text` (one YAML document) in place so that it reads back as `target`, changing only
/// the bytes of what differs. Returns the new text.
///
/// The result is read back and compared with `target`; a difference is an
/// [`EditError::Bug`], never a wrong text. Reading uses [`crate::parse`], so a deeply nested
/// document needs a thread with [`crate::READER_STACK`].
pub fn edit_to(text: &str, target: &Json) -> Result<String, EditError> {
    let Json::Object(fields) = target else {
        return Err(EditError::TargetNotObject);
    };
    let nl = doc::line_break(text);
    if text.trim().is_empty() {
        let written = new_document(fields, nl);
        verify(&written, target)?;
        return Ok(written);
    }
    let root = crate::parse(text).map_err(EditError::Parse)?;
    if root.to_json() == *target {
        return Ok(text.to_owned());
    }
    let written = match &root.value {
        Value::Map(_) => {
            let doc = Doc::new(text, &root);
            let mut edits = Edits::default();
            let place = Place {
                gap_start: 0,
                parent: Parent::Root,
            };
            diff::diff(&doc, &root, place, target, &mut edits)?;
            let mut written = edits.apply(text, 0..text.len())?;
            if !text.ends_with('\n')
                && let Some(body) = written.strip_suffix(nl)
            {
                written.truncate(body.len());
            }
            written
        }
        // Only comments: the mapping follows them.
        Value::Null if root.position.start == root.position.end => {
            let mut written = text.to_owned();
            if !written.ends_with('\n') {
                written.push_str(nl);
            }
            written.push_str(&new_document(fields, nl));
            if !text.ends_with('\n') {
                written.truncate(written.len() - nl.len());
            }
            written
        }
        _ => {
            return Err(EditError::RootNotMapping { at: root.position });
        }
    };
    verify(&written, target)?;
    Ok(written)
}

/// A document holding only `fields`, ending with a line break.
fn new_document(fields: &serde_json::Map<String, Json>, nl: &str) -> String {
    if fields.is_empty() {
        return format!("{{}}{nl}");
    }
    format!("{}{nl}", render::block_map(fields, 0, nl))
}

/// Reads the edited text back and compares it with the target.
fn verify(written: &str, target: &Json) -> Result<(), EditError> {
    let read = crate::parse(written).map_err(|error| EditError::Bug {
        detail: format!(
            "the edited text does not parse ({}{})",
            error.message,
            error
                .position
                .map(|at| format!(" at line {}, column {}", at.line, at.column))
                .unwrap_or_default()
        ),
    })?;
    let read = read.to_json();
    match first_difference(&read, target, String::new()) {
        None => Ok(()),
        Some(pointer) => Err(EditError::Bug {
            detail: format!(
                "the edited text reads differently from the target at `{}`",
                if pointer.is_empty() { "/" } else { &pointer }
            ),
        }),
    }
}

/// The JSON pointer of the first place where `read` and `target` differ.
fn first_difference(read: &Json, target: &Json, at: String) -> Option<String> {
    match (read, target) {
        (Json::Object(a), Json::Object(b)) => {
            if a.len() != b.len() {
                return Some(at);
            }
            b.iter().find_map(|(key, value)| match a.get(key) {
                Some(other) => first_difference(other, value, format!("{at}/{}", escape(key))),
                None => Some(format!("{at}/{}", escape(key))),
            })
        }
        (Json::Array(a), Json::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(index, (x, y))| first_difference(x, y, format!("{at}/{index}"))),
        _ => (read != target).then_some(at),
    }
}

fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}
