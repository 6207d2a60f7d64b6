//! The walk: a node against its target, sending each kind of difference to its own edit.

use serde_json::Value as Json;

use crate::node::{Node, Value};

use super::doc::{Doc, Parent, Place};
use super::edits::Edits;
use super::equal::node_eq;
use super::error::EditError;
use super::extent::{content_end, extent_end, is_flow};
use super::lines::{column, line_end};
use super::render::{self, After};
use super::{mapping, scalar, sequence};

/// Adds to `out` the edits that make `node` (at `place`) read as `target`.
pub(super) fn diff(
    doc: &Doc,
    node: &Node,
    place: Place,
    target: &Json,
    out: &mut Edits,
) -> Result<(), EditError> {
    if node_eq(node, target, doc.exact_maps) {
        return Ok(());
    }
    doc.check_node(node, place)?;
    let collection = matches!(node.value, Value::Map(_) | Value::Seq(_));
    match (&node.value, target) {
        (Value::Map(_) | Value::Seq(_), Json::Object(_) | Json::Array(_))
            if is_flow(doc.text, node) =>
        {
            replace_flow(doc, node, target, out)
        }
        (Value::Map(entries), Json::Object(fields)) if !fields.is_empty() => {
            mapping::diff(doc, node, entries, place, target, fields, out)
        }
        (Value::Seq(items), Json::Array(values)) if !values.is_empty() => {
            sequence::diff(doc, node, items, place, target, values, out)
        }
        (_, Json::Object(_) | Json::Array(_)) => replace_value(doc, node, place, target, out),
        _ if collection => replace_value(doc, node, place, target, out),
        _ => scalar::replace(doc, node, place, target, out),
    }
}

/// Writes a changed flow collection anew, in flow style, where it stood.
fn replace_flow(doc: &Doc, node: &Node, target: &Json, out: &mut Edits) -> Result<(), EditError> {
    let range = node.position.start..extent_end(doc.text, node)?;
    doc.check_removable(&range)?;
    out.replace(range, render::flow(target));
    Ok(())
}

/// Writes the whole value anew as block YAML, after its key or dash, through the end of its last
/// line.
pub(super) fn replace_value(
    doc: &Doc,
    node: &Node,
    place: Place,
    target: &Json,
    out: &mut Edits,
) -> Result<(), EditError> {
    let text = doc.text;
    let (start, written) = match place.parent {
        Parent::Root => {
            let indent = column(text, node.position.start);
            let written = match target {
                Json::Object(fields) if !fields.is_empty() => {
                    let map = render::block_map(fields, indent, doc.nl);
                    map.get(indent..).unwrap_or(&map).to_owned()
                }
                Json::Object(_) => "{}".to_owned(),
                _ => return Err(EditError::TargetNotObject),
            };
            (node.position.start, written)
        }
        Parent::Key { indent, colon } => {
            let column = column(text, colon) + 2;
            let written = render::after_indicator(target, indent, After::Key, column, doc.nl);
            (colon + 1, written)
        }
        Parent::Item { indent, dash } => {
            let written = render::after_indicator(target, indent, After::Dash, indent + 2, doc.nl);
            (dash + 1, written)
        }
    };
    let end = line_end(text, content_end(text, node)?.max(start));
    let range = start..end;
    doc.check_removable(&range)?;
    out.replace(range, written);
    Ok(())
}
