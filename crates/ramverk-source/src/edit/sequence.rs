//! A changed block list: items matched by `id` or by equality, removed items lose their lines,
//! new items are inserted at their place, matched items are edited where they stand — or, when
//! items matched by `id` changed order, the list's item blocks are written out in the new order.

use serde_json::Value as Json;

use crate::node::Node;

use super::alignment::{Alignment, Step, align};
use super::diff::{diff as diff_node, replace_value};
use super::doc::{Doc, Parent, Place};
use super::edits::Edits;
use super::error::EditError;
use super::extent::content_end;
use super::gap;
use super::lines::{column, line_after, line_start, starts_line, with_comments_above};
use super::render;

/// One old item's lines.
struct Item {
    /// Offset of its `-`.
    dash: usize,
    /// Where its lines begin (the comment lines directly above included).
    start: usize,
    /// Where its lines end (after its last line's break).
    end: usize,
}

/// Edits the block list `node` (its `items`) at `place` into `values` (`target`).
pub(super) fn diff(
    doc: &Doc,
    node: &Node,
    items: &[Node],
    place: Place,
    target: &Json,
    values: &[Json],
    out: &mut Edits,
) -> Result<(), EditError> {
    let Some(lines) = item_lines(doc, items, place)? else {
        return replace_value(doc, node, place, target, out);
    };
    let Some(first) = lines.first() else {
        return replace_value(doc, node, place, target, out);
    };
    let indent = column(doc.text, first.dash);
    let place_of = |item: &Item| Place {
        gap_start: item.dash + 1,
        parent: Parent::Item {
            indent: column(doc.text, item.dash),
            dash: item.dash,
        },
    };
    let new_item = |value: &Json| format!("{}{}", render::item(value, indent, doc.nl), doc.nl);
    let steps = match align(items, values, doc.exact_maps) {
        Alignment::InOrder(steps) => steps,
        Alignment::Reordered(matched) => {
            return reorder(doc, items, &lines, values, &matched, out);
        }
    };
    for step in steps {
        match step {
            Step::Keep => {}
            Step::Change { old, new } => {
                diff_node(doc, &items[old], place_of(&lines[old]), &values[new], out)?
            }
            Step::Delete(old) => doc.remove_lines(lines[old].start..lines[old].end, out)?,
            Step::Insert { new, after } => {
                let at = after.map_or(first.start, |old| lines[old].end);
                doc.insert_lines(at, new_item(&values[new]), out);
            }
        }
    }
    Ok(())
}

/// The lines of each item, or `None` when some item's dash does not begin its line (`- - a`).
fn item_lines(doc: &Doc, items: &[Node], place: Place) -> Result<Option<Vec<Item>>, EditError> {
    let text = doc.text;
    let mut lines = Vec::with_capacity(items.len());
    let mut gap_start = place.gap_start;
    let mut floor = line_after(text, place.gap_start);
    for item in items {
        let start = item.position.start;
        let Some(dash) = gap::scan(text, gap_start, start).dash else {
            return Err(doc.layout(start, "expected `-` before this list item"));
        };
        if !starts_line(text, dash) {
            return Ok(None);
        }
        let end = content_end(text, item)?.max(dash + 1);
        let block_start = with_comments_above(text, line_start(text, dash), floor);
        let block_end = line_after(text, end);
        lines.push(Item {
            dash,
            start: block_start,
            end: block_end,
        });
        gap_start = end;
        floor = block_end;
    }
    Ok(Some(lines))
}

/// Writes the list's items in the new order: each matched item's own lines (edited), new items
/// rendered; what stood between items (blank lines, loose comments) stays between them.
fn reorder(
    doc: &Doc,
    items: &[Node],
    lines: &[Item],
    values: &[Json],
    matched: &[Option<usize>],
    out: &mut Edits,
) -> Result<(), EditError> {
    let text = doc.text;
    let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
        return Ok(());
    };
    let indent = column(text, first.dash);
    let mut kept = vec![false; items.len()];
    let mut pieces = Vec::with_capacity(values.len());
    for (new, value) in values.iter().enumerate() {
        let piece = match matched[new] {
            Some(old) => {
                kept[old] = true;
                let item = &lines[old];
                let place = Place {
                    gap_start: item.dash + 1,
                    parent: Parent::Item {
                        indent: column(text, item.dash),
                        dash: item.dash,
                    },
                };
                let mut edits = Edits::default();
                diff_node(doc, &items[old], place, value, &mut edits)?;
                let mut piece = edits.apply(text, item.start..item.end)?;
                if !piece.ends_with('\n') {
                    piece.push_str(doc.nl);
                }
                piece
            }
            None => format!("{}{}", render::item(value, indent, doc.nl), doc.nl),
        };
        pieces.push(piece);
    }
    for (old, item) in lines.iter().enumerate() {
        if !kept[old] {
            doc.check_removable(&(item.start..item.end))?;
        }
    }
    let mut between = lines
        .windows(2)
        .map(|pair| text.get(pair[0].end..pair[1].start).unwrap_or(""));
    let mut written = String::new();
    for (index, piece) in pieces.iter().enumerate() {
        if index > 0 {
            written.push_str(between.next().unwrap_or(""));
        }
        written.push_str(piece);
    }
    let region = first.start..last.end;
    if !text[..region.end].ends_with('\n')
        && let Some(body) = written.strip_suffix(doc.nl)
    {
        written.truncate(body.len());
    }
    out.replace(region, written);
    Ok(())
}
