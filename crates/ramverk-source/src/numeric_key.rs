//! Keys YAML reads as numbers that lose their written form (`1.10:` is the number 1.1, `01:` is
//! 1, `1.0:` is 1): ramverk's keys are text (ids, ranks), so such a key is an error at its place,
//! with the key quoted exactly as written in the help.

use crate::Code;
use crate::node::{Node, Value};
use crate::parse::ParseError;

/// The first key in `node` (read from `text`) that was written as a plain number whose text
/// differs from the key it became.
pub(crate) fn lossy_key(node: &Node, text: &str) -> Option<ParseError> {
    let mut pending = vec![node];
    while let Some(node) = pending.pop() {
        match &node.value {
            Value::Map(entries) => {
                for entry in entries {
                    let position = entry.key_position;
                    let written = text.get(position.start..position.end).unwrap_or("");
                    if looks_numeric(written) && written != entry.key {
                        return Some(error(written, &entry.key, position));
                    }
                }
                pending.extend(entries.iter().rev().map(|entry| &entry.node));
            }
            Value::Seq(items) => pending.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

/// Whether a key's source text is an unquoted number (`1.10`, `01`, `+1`, `.5`, `1e3`).
fn looks_numeric(written: &str) -> bool {
    written
        .chars()
        .next()
        .is_some_and(|first| first.is_ascii_digit() || matches!(first, '+' | '-' | '.'))
        && written.chars().any(|c| c.is_ascii_digit())
}

fn error(written: &str, key: &str, position: crate::Position) -> ParseError {
    ParseError {
        message: format!(
            "the key `{written}` is read by YAML as the number {key}, not as the text `{written}`"
        ),
        position: Some(position),
        code: Code::Schema,
        help: Some(format!(
            "quote the key to keep it as written: \"{written}\"; or write it as YAML reads it: {key}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use crate::{Code, parse};

    #[test]
    fn a_key_that_loses_its_written_form_is_an_error_at_its_place() {
        for (text, written, line, column) in [
            ("role: chef\nexpected:\n  1.10: 3\n", "1.10", 3, 3),
            ("descriptors:\n  01: Behöver stöd\n", "01", 2, 3),
            ("levels:\n  - 1.0: x\n", "1.0", 2, 5),
            ("a:\n  +1: x\n", "+1", 2, 3),
            ("a: {1e3: x}\n", "1e3", 1, 5),
        ] {
            let error = parse(text).expect_err(text);
            assert_eq!(error.code, Code::Schema, "{text}");
            let position = error.position.expect("located");
            assert_eq!((position.line, position.column), (line, column), "{text}");
            assert_eq!(&text[position.start..position.end], written, "{text}");
            let help = error.help.unwrap_or_default();
            assert!(help.contains(&format!("\"{written}\"")), "{help}");
        }
    }

    #[test]
    fn keys_that_keep_their_written_form_are_read() {
        for text in [
            "expected:\n  1.1: 3\n  \"1.10\": 2\n  '01': 1\n",
            "descriptors:\n  1: a\n  2: b\n",
            "a:\n  1.1.1: x\n  -x: y\n",
        ] {
            assert!(parse(text).is_ok(), "{text}");
        }
    }
}
