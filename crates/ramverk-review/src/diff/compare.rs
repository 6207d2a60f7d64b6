//! Two items' named fields compared: fields added, removed or changed, with word differences.

use super::change::FieldChange;
use super::field::Field;
use super::words::{similarity, word_diff};

/// A field's value: one text, or a list whose order does not matter (examples, notes).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A single text.
    Text(String),
    /// An unordered list of texts.
    List(Vec<String>),
}

/// An item as named fields, in display order.
pub type Fields = Vec<(Field, Value)>;

/// Two list items at least this alike are one item changed, not one removed and one added.
const PAIRED: f64 = 0.7;

/// Adds a text field when it has a value.
pub fn text(fields: &mut Fields, field: impl Into<Field>, value: Option<&str>) {
    if let Some(value) = value {
        fields.push((field.into(), Value::Text(value.to_owned())));
    }
}

/// Adds a list field when it is not empty.
pub fn list(
    fields: &mut Fields,
    field: impl Into<Field>,
    values: impl IntoIterator<Item = String>,
) {
    let values: Vec<String> = values.into_iter().collect();
    if !values.is_empty() {
        fields.push((field.into(), Value::List(values)));
    }
}

/// The text with every run of white space one space: reflowing is no change.
pub fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn change(field: Field, old: Option<&str>, new: Option<&str>) -> FieldChange {
    let words = match (old, new) {
        (Some(old), Some(new)) => word_diff(old, new),
        _ => Vec::new(),
    };
    FieldChange {
        field,
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
    let mut names: Vec<Field> = old.iter().map(|(name, _)| *name).collect();
    names.extend(
        new.iter()
            .map(|(name, _)| *name)
            .filter(|name| !old.iter().any(|(n, _)| n == name)),
    );
    let find = |fields: &'_ Fields, name: Field| {
        fields
            .iter()
            .find(|(n, _)| *n == name)
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
fn compare_lists(name: Field, old: &[String], new: &[String]) -> Vec<FieldChange> {
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
    use super::{Field, Value, compare};
    use crate::diff::FieldKind;

    fn fields(pairs: &[(Field, Value)]) -> super::Fields {
        pairs.to_vec()
    }

    #[test]
    fn reordered_lists_and_reflowed_text_are_no_change() {
        let old = fields(&[
            (
                Field::from(FieldKind::Definition),
                Value::Text("Kan söka\n information.".into()),
            ),
            (
                Field::from(FieldKind::Example),
                Value::List(vec!["a".into(), "b".into()]),
            ),
        ]);
        let new = fields(&[
            (
                Field::from(FieldKind::Definition),
                Value::Text("Kan söka information.".into()),
            ),
            (
                Field::from(FieldKind::Example),
                Value::List(vec!["b".into(), "a".into()]),
            ),
        ]);
        assert!(compare(&old, &new).is_empty());
    }

    #[test]
    fn added_removed_and_changed_fields() {
        let old = fields(&[
            (Field::from(FieldKind::Title), Value::Text("Söka".into())),
            (
                Field::from(FieldKind::Example),
                Value::List(vec!["Exempel på nivå 2 är att söka".into()]),
            ),
        ]);
        let new = fields(&[
            (
                Field::from(FieldKind::Title),
                Value::Text("Söka och filtrera".into()),
            ),
            (
                Field::from(FieldKind::Definition),
                Value::Text("Kompetens att söka.".into()),
            ),
            (
                Field::from(FieldKind::Example),
                Value::List(vec!["Exempel på nivå 2 är att söka i intranätet".into()]),
            ),
        ]);
        let changes = compare(&old, &new);
        let names: Vec<(String, bool, bool)> = changes
            .iter()
            .map(|c| (c.field.to_string(), c.old.is_some(), c.new.is_some()))
            .collect();
        let expected = [
            ("title", true, true),
            ("example", true, true),
            ("definition", false, true),
        ]
        .map(|(name, old, new)| (name.to_owned(), old, new));
        assert_eq!(names, expected);
    }
}
