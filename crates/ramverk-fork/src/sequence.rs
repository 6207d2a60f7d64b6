//! Lists without keys (a competence's examples and learning activities, labels, a list of role
//! ids) merged element by element, as diff3 merges lines: stretches one side changed taken,
//! stretches both changed alike taken once, stretches both changed differently a conflict.

use serde_json::Value;
use similar::{Algorithm, DiffOp, capture_diff_slices};

/// Longest list merged element by element; a longer one is merged as one value, so that the
/// comparison stays cheap on any input.
const MAX_ELEMENTS: usize = 1000;

/// Where each element of `base` sits in `side`, for the elements the side kept.
fn kept(base: &[String], side: &[String]) -> Vec<Option<usize>> {
    let mut out = vec![None; base.len()];
    for op in capture_diff_slices(Algorithm::Myers, base, side) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                out[old_index + k] = Some(new_index + k);
            }
        }
    }
    out
}

/// The three-way merge of a list; `None` when both sides changed the same stretch differently
/// (or a list is too long to merge element by element).
pub(crate) fn merge(base: &[Value], ours: &[Value], theirs: &[Value]) -> Option<Vec<Value>> {
    if [base.len(), ours.len(), theirs.len()]
        .iter()
        .any(|&len| len > MAX_ELEMENTS)
    {
        return None;
    }
    let text = |list: &[Value]| list.iter().map(Value::to_string).collect::<Vec<_>>();
    let base_text = text(base);
    let (in_ours, in_theirs) = (
        kept(&base_text, &text(ours)),
        kept(&base_text, &text(theirs)),
    );
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    let (mut b, mut o, mut t) = (0, 0, 0);
    loop {
        // The next element of the base both sides kept: the end of a stretch.
        let stable = (b..base.len()).find_map(|k| match (in_ours[k], in_theirs[k]) {
            (Some(x), Some(y)) => Some((k, x, y)),
            _ => None,
        });
        let (end_b, end_o, end_t) = stable.unwrap_or((base.len(), ours.len(), theirs.len()));
        let stretch_base = base.get(b..end_b)?;
        let stretch_ours = ours.get(o..end_o)?;
        let stretch_theirs = theirs.get(t..end_t)?;
        if stretch_ours == stretch_base {
            out.extend_from_slice(stretch_theirs);
        } else if stretch_theirs == stretch_base || stretch_ours == stretch_theirs {
            out.extend_from_slice(stretch_ours);
        } else {
            return None;
        }
        match stable {
            Some((k, x, y)) => {
                out.push(ours.get(x)?.clone());
                (b, o, t) = (k + 1, x + 1, y + 1);
            }
            None => return Some(out),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::merge;

    fn list(items: &[&str]) -> Vec<Value> {
        items.iter().map(|item| json!(item)).collect()
    }

    #[test]
    fn changes_to_different_elements_are_both_taken() {
        let merged = merge(
            &list(&["a", "b", "c"]),
            &list(&["a", "B", "c"]),
            &list(&["a", "b", "c", "d"]),
        );
        assert_eq!(merged, Some(list(&["a", "B", "c", "d"])));
    }

    #[test]
    fn removals_and_insertions_on_both_sides_combine() {
        let merged = merge(
            &list(&["a", "b", "c", "d"]),
            &list(&["x", "a", "c", "d"]),
            &list(&["a", "b", "c", "y"]),
        );
        assert_eq!(merged, Some(list(&["x", "a", "c", "y"])));
    }

    #[test]
    fn the_same_change_on_both_sides_is_taken_once() {
        let merged = merge(&list(&["a", "b"]), &list(&["a", "c"]), &list(&["a", "c"]));
        assert_eq!(merged, Some(list(&["a", "c"])));
    }

    #[test]
    fn the_same_element_changed_differently_is_a_conflict() {
        let merged = merge(&list(&["a", "b"]), &list(&["a", "c"]), &list(&["a", "d"]));
        assert_eq!(merged, None);
    }

    #[test]
    fn a_huge_list_is_one_value() {
        let long: Vec<Value> = (0..1001).map(|i| json!(i)).collect();
        let mut ours = long.clone();
        ours[0] = json!("x");
        assert_eq!(merge(&long, &ours, &long), None);
    }
}
