//! A changed block mapping: removed keys lose their lines, new keys are inserted in the target's
//! order after the nearest key before them, kept keys are edited where they stand.

use std::collections::HashMap;

use serde_json::{Map, Value as Json};

use crate::node::{Entry, Node};

use super::diff::{diff as diff_node, replace_value};
use super::doc::{Doc, Parent, Place};
use super::edits::Edits;
use super::error::{EditError, Feature};
use super::extent::{content_end, extent_end};
use super::lines::{column, line_after, line_start, starts_line, with_comments_above};
use super::render;

/// Edits the block mapping `node` (its `entries`) at `place` into `fields` (`target`).
pub(super) fn diff(
    doc: &Doc,
    node: &Node,
    entries: &[Entry],
    place: Place,
    target: &Json,
    fields: &Map<String, Json>,
    out: &mut Edits,
) -> Result<(), EditError> {
    let text = doc.text;
    check_merges(doc, node, entries)?;
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
    for (k, entry) in entries.iter().enumerate() {
        if index.insert(entry.key.as_str(), k).is_some() {
            return Err(EditError::DuplicateKey {
                key: entry.key.clone(),
                at: doc.at(entry.key_position.start),
            });
        }
    }
    let Some(first) = entries.first() else {
        return replace_value(doc, node, place, target, out);
    };
    // The first key may share its line with a list item's dash (`- id: a`); every other key must
    // begin its line, or the mapping is written anew.
    let compact = !starts_line(text, first.key_position.start);
    let removes_first = !fields.contains_key(&first.key);
    let lined = entries[1..]
        .iter()
        .all(|entry| starts_line(text, entry.key_position.start));
    if !lined || (compact && removes_first) {
        return replace_value(doc, node, place, target, out);
    }
    let indent = column(text, first.key_position.start);

    // New keys go after the nearest key before them (in the target's order) that already exists.
    let mut before_first: Vec<(&String, &Json)> = Vec::new();
    let mut after: HashMap<usize, Vec<(&String, &Json)>> = HashMap::new();
    let mut anchor: Option<usize> = None;
    for (name, value) in fields {
        match index.get(name.as_str()) {
            Some(&k) => anchor = Some(k),
            None => match anchor {
                Some(k) => after.entry(k).or_default().push((name, value)),
                None => before_first.push((name, value)),
            },
        }
    }

    let mut floor = match place.parent {
        Parent::Root => 0,
        _ => line_after(text, place.gap_start),
    };
    for (k, entry) in entries.iter().enumerate() {
        let key_start = entry.key_position.start;
        let end = entry.key_position.end.max(content_end(text, &entry.node)?);
        let block_end = line_after(text, end);
        let block_start = if compact && k == 0 {
            key_start
        } else {
            with_comments_above(text, line_start(text, key_start), floor)
        };
        if k == 0 && !before_first.is_empty() {
            let lines = lines(&before_first, indent, doc.nl);
            if compact {
                // `- new: v⏎  id: a`: the new entries take the dash's line.
                let body = lines.get(indent..).unwrap_or(&lines);
                out.insert(key_start, format!("{body}{}", " ".repeat(indent)));
            } else {
                doc.insert_lines(block_start, lines, out);
            }
        }
        match fields.get(&entry.key) {
            None => doc.remove_lines(block_start..block_end, out)?,
            Some(value) => {
                let colon = colon_after(doc, entry.key_position.end)?;
                let place = Place {
                    gap_start: entry.key_position.end,
                    parent: Parent::Key { indent, colon },
                };
                diff_node(doc, &entry.node, place, value, out)?;
            }
        }
        if let Some(new) = after.get(&k) {
            doc.insert_lines(block_end, lines(new, indent, doc.nl), out);
        }
        floor = block_end;
    }
    Ok(())
}

/// Entries at `indent`, each ending with a line break.
fn lines(entries: &[(&String, &Json)], indent: usize, nl: &str) -> String {
    let mut out = String::new();
    for (name, value) in entries {
        out.push_str(&render::entry(name, value, indent, nl));
        out.push_str(nl);
    }
    out
}

/// The offset of the `:` after a key.
fn colon_after(doc: &Doc, key_end: usize) -> Result<usize, EditError> {
    let bytes = doc.text.as_bytes();
    let mut at = key_end;
    while bytes.get(at).is_some_and(|&b| b == b' ' || b == b'\t') {
        at += 1;
    }
    match bytes.get(at) {
        Some(b':') => Ok(at),
        _ => Err(doc.layout(at, "expected `:` after the key")),
    }
}

/// Refuses a mapping that merges another into itself (`<<: *base`): its entries are not all its
/// own text.
fn check_merges(doc: &Doc, node: &Node, entries: &[Entry]) -> Result<(), EditError> {
    let merged = entries
        .windows(2)
        .any(|pair| pair[1].key_position.start <= pair[0].key_position.start)
        || entries
            .iter()
            .any(|entry| doc.text.as_bytes().get(entry.key_position.start) == Some(&b'*'));
    if merged {
        return Err(EditError::Unsupported {
            feature: Feature::MergeKey,
            at: doc.at(node.position.start),
        });
    }
    let start = node.position.start;
    let own_column = column(doc.text, start);
    let end = extent_end(doc.text, node)?;
    if let Some(at) = doc
        .properties
        .merge_keys(start, end)
        .find(|&at| column(doc.text, at) == own_column)
    {
        return Err(EditError::Unsupported {
            feature: Feature::MergeKey,
            at: doc.at(at),
        });
    }
    Ok(())
}
