//! Whether a node reads as a JSON value, compared as `Node::to_json` would compare, without
//! building the JSON.

use serde_json::Value as Json;

use crate::node::{Node, Value};

/// Whether `node` reads as `target`. With `exact`, mappings are compared through their JSON
/// (needed when a mapping repeats a key).
pub(super) fn node_eq(node: &Node, target: &Json, exact: bool) -> bool {
    match (&node.value, target) {
        (Value::Map(entries), Json::Object(fields)) => {
            if exact {
                return node.to_json() == *target;
            }
            entries.len() == fields.len()
                && entries.iter().all(|entry| {
                    fields
                        .get(&entry.key)
                        .is_some_and(|value| node_eq(&entry.node, value, exact))
                })
        }
        (Value::Seq(items), Json::Array(values)) => {
            items.len() == values.len()
                && items
                    .iter()
                    .zip(values)
                    .all(|(item, value)| node_eq(item, value, exact))
        }
        (Value::Map(_) | Value::Seq(_), _) | (_, Json::Object(_) | Json::Array(_)) => false,
        (Value::Str(text), Json::String(other)) => text == other,
        (Value::Str(_), _) | (_, Json::String(_)) => false,
        _ => node.to_json() == *target,
    }
}

#[cfg(test)]
mod tests {
    use super::node_eq;
    use crate::parse;
    use serde_json::json;

    #[test]
    fn compares_as_json_does() {
        let root = parse("a: 1\nb: [x, 2.5]\nc: {d: ~}\n").expect("parses");
        assert!(node_eq(
            &root,
            &json!({"b": ["x", 2.5], "a": 1, "c": {"d": null}}),
            false
        ));
        assert!(!node_eq(
            &root,
            &json!({"a": 1.0, "b": ["x", 2.5], "c": {"d": null}}),
            false
        ));
        assert!(!node_eq(
            &root,
            &json!({"a": 1, "b": ["x"], "c": {"d": null}}),
            false
        ));
        let repeated = parse("a: 1\na: 1\n").expect("parses");
        assert!(!node_eq(&repeated, &json!({"a": 1, "b": 1}), true));
    }
}
