//! A changed scalar: only its bytes are replaced, in its own style where the new text allows
//! (plain, single- or double-quoted, folded or literal block).

use serde_json::Value as Json;

use crate::node::Node;
use crate::yaml_scalar::{double_quoted, is_plain_safe, single_quoted};

use super::block_scalar;
use super::doc::{Doc, Parent, Place};
use super::edits::Edits;
use super::error::EditError;
use super::extent::content_end;
use super::gap;
use super::lines::{column, line_after, line_end};
use super::render::{self, After, WIDTH};

/// Replaces the scalar `node` (at `place`) so that it reads as the scalar `target`.
pub(super) fn replace(
    doc: &Doc,
    node: &Node,
    place: Place,
    target: &Json,
    out: &mut Edits,
) -> Result<(), EditError> {
    let text = doc.text;
    let start = node.position.start;
    let end = node.position.end;
    let gap = gap::scan(text, place.gap_start.min(start), start);
    if start >= end {
        return fill_empty(doc, place, gap.header.is_some(), target, out);
    }
    let Json::String(new) = target else {
        // A number, boolean or null is written plainly, whatever the old style.
        let range = match &gap.header {
            Some(header) => header.start..line_end(text, content_end(text, node)?),
            None => start..end,
        };
        out.replace(range, render::plain(target));
        return Ok(());
    };
    if let Some(header) = gap.header {
        return replace_block(doc, node, header, new, out);
    }
    let written = match text.as_bytes().get(start) {
        Some(b'"') => double_quoted(new),
        Some(b'\'') => single_quoted(new).unwrap_or_else(|| double_quoted(new)),
        _ if is_plain_safe(new) => new.clone(),
        _ => double_quoted(new),
    };
    out.replace(start..end, written);
    Ok(())
}

/// A value that was empty (`key:` or `-` with nothing after): the new one is written after the
/// indicator (keeping a comment on the line), or in place of a header without content.
fn fill_empty(
    doc: &Doc,
    place: Place,
    had_header: bool,
    target: &Json,
    out: &mut Edits,
) -> Result<(), EditError> {
    let text = doc.text;
    let (indicator, indent, after) = match place.parent {
        Parent::Key { indent, colon } => (colon, indent, After::Key),
        Parent::Item { indent, dash } => (dash, indent, After::Dash),
        Parent::Root => return Err(doc.layout(0, "the document is empty")),
    };
    let column = column(text, indicator) + 2;
    let written = render::after_indicator(target, indent, after, column, doc.nl);
    let at = indicator + 1;
    if had_header {
        out.replace(at..line_end(text, at), written);
    } else {
        out.insert(at, written);
    }
    Ok(())
}

/// A block scalar stays a block scalar of its kind at its indentation when the new text allows
/// (the other kind if only that one does), else becomes double-quoted. The header's comment and
/// the blank lines after the content stay.
fn replace_block(
    doc: &Doc,
    node: &Node,
    header: std::ops::Range<usize>,
    new: &str,
    out: &mut Edits,
) -> Result<(), EditError> {
    let text = doc.text;
    let content_start = line_after(text, header.end);
    let content_stop = line_end(text, content_end(text, node)?).max(content_start);
    let indent = column(text, node.position.start);
    let folded = text.as_bytes().get(header.start) == Some(&b'>');
    let width = width_of(text, content_start, content_stop);
    match block_scalar::block(new, folded, indent, width) {
        Some(block) => {
            out.replace(header, block.header.to_owned());
            out.replace(content_start..content_stop, block.content(indent, doc.nl));
        }
        None => out.replace(header.start..content_stop, double_quoted(new)),
    }
    Ok(())
}

/// The width the original block was wrapped at: its longest line when it has several, else the
/// default.
fn width_of(text: &str, start: usize, stop: usize) -> usize {
    let content = text.get(start..stop).unwrap_or("");
    let lines: Vec<usize> = content
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.chars().count())
        .collect();
    match lines.iter().max() {
        Some(&longest) if lines.len() >= 2 => longest.max(40),
        _ => WIDTH,
    }
}
