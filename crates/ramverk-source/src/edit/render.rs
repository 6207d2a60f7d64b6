//! New YAML written from JSON: two-space block style for mappings and lists of mappings, `[a, b]`
//! for short lists of plain values, `>-` for long one-line texts, else plain or double-quoted.

use serde_json::{Map, Value as Json};

use super::block_scalar;
use crate::yaml_scalar::{
    double_quoted, flow_key, flow_scalar, is_plain_safe_in_flow, key, scalar,
};

/// Columns a new line should not pass (a folded text is wrapped there).
pub(super) const WIDTH: usize = 100;

/// The indicator a value is written after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum After {
    /// `key:` at the indentation given.
    Key,
    /// `-` at the indentation given.
    Dash,
}

/// What follows `key:` or `-` (at column `indent`) to write `value` as new block YAML; `column`
/// is where the value starts when it stays on that line. Starts with a space or a line break; no
/// final line break.
pub(super) fn after_indicator(
    value: &Json,
    indent: usize,
    after: After,
    column: usize,
    nl: &str,
) -> String {
    let nested = match value {
        Json::Object(fields) if !fields.is_empty() => block_map(fields, indent + 2, nl),
        Json::Array(items) if !items.is_empty() => {
            if let Some(flow) = short_flow_list(items, column) {
                return format!(" {flow}");
            }
            block_seq(items, indent + 2, nl)
        }
        Json::String(text) => return format!(" {}", string(text, indent + 2, column, nl)),
        other => return format!(" {}", plain(other)),
    };
    match after {
        After::Key => format!("{nl}{nested}"),
        // A mapping or list in a list item begins on the dash's line.
        After::Dash => format!(" {}", nested.get(indent + 2..).unwrap_or(&nested)),
    }
}

/// A mapping's entries at `indent`, one after another, without a final line break.
pub(super) fn block_map(fields: &Map<String, Json>, indent: usize, nl: &str) -> String {
    let entries: Vec<String> = fields
        .iter()
        .map(|(name, value)| entry(name, value, indent, nl))
        .collect();
    entries.join(nl)
}

/// A list's items at `indent`, without a final line break.
pub(super) fn block_seq(items: &[Json], indent: usize, nl: &str) -> String {
    let items: Vec<String> = items.iter().map(|value| item(value, indent, nl)).collect();
    items.join(nl)
}

/// One `key: value` entry at `indent`, without a final line break.
pub(super) fn entry(name: &str, value: &Json, indent: usize, nl: &str) -> String {
    let name = key(name);
    let column = indent + name.chars().count() + 2;
    format!(
        "{}{name}:{}",
        " ".repeat(indent),
        after_indicator(value, indent, After::Key, column, nl)
    )
}

/// One `- value` item at `indent`, without a final line break.
pub(super) fn item(value: &Json, indent: usize, nl: &str) -> String {
    format!(
        "{}-{}",
        " ".repeat(indent),
        after_indicator(value, indent, After::Dash, indent + 2, nl)
    )
}

/// `value` in flow style, on one line.
pub(super) fn flow(value: &Json) -> String {
    match value {
        Json::Array(items) => {
            let items: Vec<String> = items.iter().map(flow).collect();
            format!("[{}]", items.join(", "))
        }
        Json::Object(fields) => {
            let entries: Vec<String> = fields
                .iter()
                .map(|(name, value)| format!("{}: {}", flow_key(name), flow(value)))
                .collect();
            format!("{{{}}}", entries.join(", "))
        }
        Json::String(text) => flow_scalar(text),
        other => plain(other),
    }
}

/// A value that is not a string, or an empty collection: `null`, `true`, `3`, `1.5`, `[]`, `{}`.
pub(super) fn plain(value: &Json) -> String {
    match value {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        Json::String(text) => scalar(text),
        Json::Array(_) | Json::Object(_) => flow(value),
    }
}

/// A new string starting at `column`: `>-` folded at `indent` when it is one long line that
/// folds (into several lines) back exactly, else plain or double-quoted.
fn string(text: &str, indent: usize, column: usize, nl: &str) -> String {
    let long = column + text.chars().count() > WIDTH;
    if long
        && !text.contains('\n')
        && let Some(block) = block_scalar::folded_exact(text, indent, WIDTH)
        && block.lines.len() > 1
    {
        return block.whole(indent, nl);
    }
    if text.contains('\n') {
        return double_quoted(text);
    }
    scalar(text)
}

/// `[a, b]` for a list of plain values that fits on the line from `column`.
fn short_flow_list(items: &[Json], column: usize) -> Option<String> {
    let plain_items = items.iter().all(|item| match item {
        Json::String(text) => is_plain_safe_in_flow(text),
        Json::Array(_) | Json::Object(_) => false,
        _ => true,
    });
    let flow = flow(&Json::Array(items.to_vec()));
    (plain_items && column + flow.chars().count() <= WIDTH).then_some(flow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn block_style_for_mappings_flow_for_short_lists() {
        let value = json!({
            "id": "1.1",
            "title": "Söka: data",
            "tags": ["a", "b"],
            "levels": {"1": "x", "2": 3},
            "items": [{"id": "x", "no": null}, "yes", "ja", ["z"]],
        });
        let Json::Object(fields) = &value else {
            unreachable!()
        };
        assert_eq!(
            block_map(fields, 0, "\n"),
            "id: \"1.1\"\ntitle: \"Söka: data\"\ntags: [a, b]\nlevels:\n  1: x\n  2: 3\nitems:\n  - id: x\n    \"no\": null\n  - \"yes\"\n  - ja\n  - [z]"
        );
    }

    #[test]
    fn long_texts_fold() {
        let text = "ord ".repeat(40).trim_end().to_owned();
        let written = entry("definition", &json!(text), 4, "\n");
        assert!(
            written.starts_with("    definition: >-\n      ord ord"),
            "{written}"
        );
        assert!(written.lines().all(|line| line.chars().count() <= WIDTH));
    }
}
