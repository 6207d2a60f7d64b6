//! Which items of an old list become which of the new: by `id` when every item is a mapping with
//! one, else by equality in order (a longest common subsequence).

use std::collections::{HashMap, HashSet};

use serde_json::Value as Json;
use similar::{Algorithm, DiffOp, capture_diff_slices};

use crate::node::{Node, Value};

use super::equal::node_eq;

/// One step from the old list to the new, in text order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    /// Old item `old` stays as new item `new`, unchanged.
    Keep,
    /// Old item `old` becomes new item `new`, edited.
    Change {
        /// Index in the old list.
        old: usize,
        /// Index in the new list.
        new: usize,
    },
    /// Old item `old` goes.
    Delete(usize),
    /// New item `new` comes after old item `after` (first when `None`).
    Insert {
        /// Index in the new list.
        new: usize,
        /// The old item it follows.
        after: Option<usize>,
    },
}

/// How the old list becomes the new.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Alignment {
    /// Steps in text order.
    InOrder(Vec<Step>),
    /// Items matched by `id` whose order changed: for each new item, the old item it was.
    Reordered(Vec<Option<usize>>),
}

/// Aligns `items` with `values`.
pub(super) fn align(items: &[Node], values: &[Json], exact: bool) -> Alignment {
    match by_id(items, values) {
        Some(matched) => {
            let olds: Vec<usize> = matched.iter().flatten().copied().collect();
            if olds.windows(2).all(|pair| pair[0] < pair[1]) {
                Alignment::InOrder(steps_of_matches(items, values, &matched, exact))
            } else {
                Alignment::Reordered(matched)
            }
        }
        None => Alignment::InOrder(by_equality(items, values)),
    }
}

/// For each new item, the old item with its `id`; `None` when some item has no `id` or an `id`
/// repeats.
fn by_id(items: &[Node], values: &[Json]) -> Option<Vec<Option<usize>>> {
    let mut old: HashMap<String, usize> = HashMap::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        if old.insert(node_id(item)?, index).is_some() {
            return None;
        }
    }
    let mut seen = HashSet::with_capacity(values.len());
    let mut matched = Vec::with_capacity(values.len());
    for value in values {
        let id = value_id(value)?;
        matched.push(old.get(&id).copied());
        if !seen.insert(id) {
            return None;
        }
    }
    Some(matched)
}

fn node_id(node: &Node) -> Option<String> {
    let Value::Map(entries) = &node.value else {
        return None;
    };
    let id = &entries.iter().find(|entry| entry.key == "id")?.node;
    match id.value {
        Value::Map(_) | Value::Seq(_) => None,
        _ => Some(id.to_json().to_string()),
    }
}

fn value_id(value: &Json) -> Option<String> {
    match value.as_object()?.get("id")? {
        Json::Object(_) | Json::Array(_) => None,
        id => Some(id.to_string()),
    }
}

/// Steps for matches in increasing order: unmatched old items are deleted, unmatched new ones
/// inserted after the old item before them.
fn steps_of_matches(
    items: &[Node],
    values: &[Json],
    matched: &[Option<usize>],
    exact: bool,
) -> Vec<Step> {
    let mut steps = Vec::with_capacity(items.len().max(values.len()));
    let mut next_old = 0;
    let mut last_old = None;
    for (new, old) in matched.iter().enumerate() {
        match *old {
            Some(old) => {
                while next_old < old {
                    steps.push(Step::Delete(next_old));
                    next_old += 1;
                }
                steps.push(if node_eq(&items[old], &values[new], exact) {
                    Step::Keep
                } else {
                    Step::Change { old, new }
                });
                next_old = old + 1;
                last_old = Some(old);
            }
            None => steps.push(Step::Insert {
                new,
                after: last_old,
            }),
        }
    }
    steps.extend((next_old..items.len()).map(Step::Delete));
    steps
}

/// Steps from a longest common subsequence of equal items; within a changed stretch, old and new
/// items are paired in order (an edited text keeps its place and style), the rest deleted or
/// inserted.
fn by_equality(items: &[Node], values: &[Json]) -> Vec<Step> {
    let mut interned: HashMap<String, u32> = HashMap::new();
    let mut intern = |text: String| {
        let next = u32::try_from(interned.len()).unwrap_or(u32::MAX);
        *interned.entry(text).or_insert(next)
    };
    let old: Vec<u32> = items
        .iter()
        .map(|item| intern(item.to_json().to_string()))
        .collect();
    let new: Vec<u32> = values
        .iter()
        .map(|value| intern(value.to_string()))
        .collect();

    let mut steps = Vec::with_capacity(items.len().max(values.len()));
    let mut deleted: Vec<usize> = Vec::new();
    let mut inserted: Vec<usize> = Vec::new();
    let mut last_old: Option<usize> = None;
    for op in capture_diff_slices(Algorithm::Myers, &old, &new) {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                flush(&mut deleted, &mut inserted, &mut last_old, &mut steps);
                steps.extend(std::iter::repeat_n(Step::Keep, len));
                if len > 0 {
                    last_old = Some(old_index + len - 1);
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => deleted.extend(old_index..old_index + old_len),
            DiffOp::Insert {
                new_index, new_len, ..
            } => inserted.extend(new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                deleted.extend(old_index..old_index + old_len);
                inserted.extend(new_index..new_index + new_len);
            }
        }
    }
    flush(&mut deleted, &mut inserted, &mut last_old, &mut steps);
    steps
}

/// Ends a changed stretch: pairs, then the deletions and insertions left over.
fn flush(
    deleted: &mut Vec<usize>,
    inserted: &mut Vec<usize>,
    last_old: &mut Option<usize>,
    steps: &mut Vec<Step>,
) {
    for (&old, &new) in deleted.iter().zip(inserted.iter()) {
        steps.push(Step::Change { old, new });
        *last_old = Some(old);
    }
    let paired = deleted.len().min(inserted.len());
    // Insertions follow the last item that stays, never a deleted one (whose lines, with a
    // blank line after them, may go).
    steps.extend(deleted[paired..].iter().map(|&old| Step::Delete(old)));
    for &new in &inserted[paired..] {
        steps.push(Step::Insert {
            new,
            after: *last_old,
        });
    }
    deleted.clear();
    inserted.clear();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;
    use serde_json::json;

    fn items(text: &str) -> Vec<Node> {
        match parse(text).expect("parses").value {
            Value::Map(mut entries) => match entries.remove(0).node.value {
                Value::Seq(items) => items,
                _ => panic!("not a list"),
            },
            _ => panic!("not a map"),
        }
    }

    #[test]
    fn by_equality_pairs_changed_items() {
        let old = items("l: [a, b, c, d]\n");
        let steps = match align(
            &old,
            &[json!("a"), json!("B"), json!("c"), json!("e"), json!("f")],
            false,
        ) {
            Alignment::InOrder(steps) => steps,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            steps,
            [
                Step::Keep,
                Step::Change { old: 1, new: 1 },
                Step::Keep,
                Step::Change { old: 3, new: 3 },
                Step::Insert {
                    new: 4,
                    after: Some(3)
                },
            ]
        );
    }

    #[test]
    fn by_id_matches_and_sees_reordering() {
        let old = items("l:\n  - id: a\n  - id: b\n    t: 1\n  - id: c\n");
        let steps = align(
            &old,
            &[json!({"id": "x"}), json!({"id": "a"}), json!({"id": "c"})],
            false,
        );
        assert_eq!(
            steps,
            Alignment::InOrder(vec![
                Step::Insert {
                    new: 0,
                    after: None
                },
                Step::Keep,
                Step::Delete(1),
                Step::Keep,
            ])
        );
        let reordered = align(&old, &[json!({"id": "c"}), json!({"id": "a"})], false);
        assert_eq!(reordered, Alignment::Reordered(vec![Some(2), Some(0)]));
    }
}
