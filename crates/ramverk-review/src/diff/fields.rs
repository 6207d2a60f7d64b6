//! Items flattened to named fields, and the comparison of two such field lists.

use serde::Serialize;

use super::words::{Segment, similarity, word_diff};

/// A field's value: one text, or a list whose order does not matter (examples, notes).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A single text.
    Text(String),
    /// An unordered list of texts.
    List(Vec<String>),
}

/// An item as named fields, in display order.
pub type Fields = Vec<(String, Value)>;

/// One field that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// Which field, in the users' words (`definition`, `descriptor 3`, `example`).
    pub field: String,
    /// The old text; absent when the field was added.
    pub old: Option<String>,
    /// The new text; absent when the field was removed.
    pub new: Option<String>,
    /// Word-level differences when both texts exist.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<Segment>,
}

/// Two list items at least this alike are one item changed, not one removed and one added.
const PAIRED: f64 = 0.7;

/// Adds a text field when it has a value.
pub fn text(fields: &mut Fields, name: &str, value: Option<&str>) {
    if let Some(value) = value {
        fields.push((name.to_owned(), Value::Text(value.to_owned())));
    }
}

/// Adds a list field when it is not empty.
pub fn list(fields: &mut Fields, name: &str, values: impl IntoIterator<Item = String>) {
    let values: Vec<String> = values.into_iter().collect();
    if !values.is_empty() {
        fields.push((name.to_owned(), Value::List(values)));
    }
}

fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn change(field: &str, old: Option<&str>, new: Option<&str>) -> FieldChange {
    let words = match (old, new) {
        (Some(old), Some(new)) => word_diff(old, new),
        _ => Vec::new(),
    };
    FieldChange {
        field: field.to_owned(),
        old: old.map(str::to_owned),
        new: new.map(str::to_owned),
        words,
    }
}

/// Every difference between two field lists; white space alone is no difference.
pub fn compare(old: &Fields, new: &Fields) -> Vec<FieldChange> {
    if old == new {
        return Vec::new();
    }
    let mut names: Vec<&str> = old.iter().map(|(name, _)| name.as_str()).collect();
    names.extend(
        new.iter()
            .map(|(name, _)| name.as_str())
            .filter(|name| !old.iter().any(|(n, _)| n == name)),
    );
    let find = |fields: &'_ Fields, name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    let mut out = Vec::new();
    for name in names {
        match (find(old, name), find(new, name)) {
            (Some(Value::List(a)), Some(Value::List(b))) => out.extend(compare_lists(name, &a, &b)),
            (Some(Value::List(a)), None) => out.extend(compare_lists(name, &a, &[])),
            (None, Some(Value::List(b))) => out.extend(compare_lists(name, &[], &b)),
            (a, b) => {
                let as_text = |v: &Option<Value>| match v {
                    Some(Value::Text(t)) => Some(t.clone()),
                    Some(Value::List(items)) => Some(items.join("; ")),
                    None => None,
                };
                let (a, b) = (as_text(&a), as_text(&b));
                if a != b && a.as_deref().map(normalise) != b.as_deref().map(normalise) {
                    out.push(change(name, a.as_deref(), b.as_deref()));
                }
            }
        }
    }
    out
}

/// Differences between two unordered lists: equal items cancel, similar ones are changes.
fn compare_lists(name: &str, old: &[String], new: &[String]) -> Vec<FieldChange> {
    let mut removed: Vec<&String> = Vec::new();
    let mut added: Vec<&String> = new.iter().collect();
    for item in old {
        let wanted = normalise(item);
        match added
            .iter()
            .position(|candidate| *candidate == item || normalise(candidate) == wanted)
        {
            Some(index) => {
                added.remove(index);
            }
            None => removed.push(item),
        }
    }
    let mut out = Vec::new();
    for item in removed {
        let best = added
            .iter()
            .enumerate()
            .map(|(index, candidate)| (index, similarity(item, candidate)))
            .filter(|(_, score)| *score >= PAIRED)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((index, _)) => {
                let new = added.remove(index);
                out.push(change(name, Some(item), Some(new)));
            }
            None => out.push(change(name, Some(item), None)),
        }
    }
    out.extend(added.into_iter().map(|item| change(name, None, Some(item))));
    out
}

#[cfg(test)]
mod tests {
    use super::{Value, compare};

    fn fields(pairs: &[(&str, Value)]) -> super::Fields {
        pairs
            .iter()
            .map(|(n, v)| ((*n).to_owned(), v.clone()))
            .collect()
    }

    #[test]
    fn reordered_lists_and_reflowed_text_are_no_change() {
        let old = fields(&[
            ("definition", Value::Text("Kan söka\n information.".into())),
            ("example", Value::List(vec!["a".into(), "b".into()])),
        ]);
        let new = fields(&[
            ("definition", Value::Text("Kan söka information.".into())),
            ("example", Value::List(vec!["b".into(), "a".into()])),
        ]);
        assert!(compare(&old, &new).is_empty());
    }

    #[test]
    fn added_removed_and_changed_fields() {
        let old = fields(&[
            ("title", Value::Text("Söka".into())),
            (
                "example",
                Value::List(vec!["Exempel på nivå 2 är att söka".into()]),
            ),
        ]);
        let new = fields(&[
            ("title", Value::Text("Söka och filtrera".into())),
            ("definition", Value::Text("Kompetens att söka.".into())),
            (
                "example",
                Value::List(vec!["Exempel på nivå 2 är att söka i intranätet".into()]),
            ),
        ]);
        let changes = compare(&old, &new);
        let names: Vec<(&str, bool, bool)> = changes
            .iter()
            .map(|c| (c.field.as_str(), c.old.is_some(), c.new.is_some()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("title", true, true),
                ("example", true, true),
                ("definition", false, true)
            ]
        );
    }
}
