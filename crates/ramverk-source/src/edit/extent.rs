//! Where a node ends. A node's position covers: a plain or quoted scalar's bytes (quotes
//! included); a block scalar's content, from its first line's indentation through its trailing
//! line breaks (sometimes the next line's indentation too), without the `>-` header; an empty
//! value, nothing (at the end of its key); a collection, only its first byte (the bracket of a
//! flow collection, the first key of a block mapping, the first `-` of a block list — or its
//! first item when the list is not indented under its key). So a collection's end is found from
//! its last child, and a flow collection's from its closing bracket.

use crate::node::{Node, Value};

use super::error::EditError;
use super::lines::locate;

/// Whether `node` is a flow collection (`[a, b]`, `{k: v}`).
pub(super) fn is_flow(text: &str, node: &Node) -> bool {
    matches!(node.value, Value::Seq(_) | Value::Map(_))
        && matches!(text.as_bytes().get(node.position.start), Some(b'[' | b'{'))
}

/// The offset just past the node's last byte (a block scalar's trailing line breaks included).
pub(super) fn extent_end(text: &str, node: &Node) -> Result<usize, EditError> {
    let flow = is_flow(text, node);
    let last = match &node.value {
        Value::Seq(items) => match items.last() {
            Some(item) => Some(extent_end(text, item)?),
            None => None,
        },
        Value::Map(entries) => match entries.last() {
            Some(entry) => Some(entry.key_position.end.max(extent_end(text, &entry.node)?)),
            None => None,
        },
        _ => return Ok(node.position.end),
    };
    if !flow {
        return Ok(last.unwrap_or(node.position.end).max(node.position.end));
    }
    let closer = if matches!(node.value, Value::Seq(_)) {
        b']'
    } else {
        b'}'
    };
    closing(text, last.unwrap_or(node.position.start + 1), closer)
}

/// The offset just past the node's last character that is not white space — or, for a block
/// scalar that keeps its trailing line breaks (`|+`), its last line break.
pub(super) fn content_end(text: &str, node: &Node) -> Result<usize, EditError> {
    let bytes = text.as_bytes();
    let start = node.position.start;
    let mut end = extent_end(text, node)?.min(bytes.len());
    let kept_breaks = matches!(&node.value, Value::Str(value) if value.ends_with("\n\n"));
    let trimmed: &[u8] = if kept_breaks { b" \t" } else { b" \t\r\n" };
    while end > start && trimmed.contains(&bytes[end - 1]) {
        end -= 1;
    }
    if kept_breaks && end > start && bytes[end - 1] == b'\n' {
        end -= 1;
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
    }
    Ok(end)
}

/// Past the bracket that closes a flow collection, from its last child's end.
fn closing(text: &str, from: usize, closer: u8) -> Result<usize, EditError> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(&b) = bytes.get(at) {
        match b {
            b if b == closer => return Ok(at + 1),
            b' ' | b'\t' | b'\r' | b'\n' | b',' | b':' | b'?' => at += 1,
            b'#' => {
                at = bytes[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |offset| at + offset)
            }
            _ => break,
        }
    }
    Err(EditError::Layout {
        what: format!(
            "expected `{}` closing the flow collection here",
            char::from(closer)
        ),
        at: locate(text, at),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn value<'a>(node: &'a Node, key: &str) -> &'a Node {
        match &node.value {
            Value::Map(entries) => &entries.iter().find(|e| e.key == key).expect("key").node,
            _ => panic!("not a map"),
        }
    }

    #[test]
    fn ends_of_every_kind() {
        let text =
            "a: [1, [2, 3] ]  # c\nb: {x: , y: {}}\nc:\n  d: >-\n    t\n\n  e: |\n    u\n\nf: []\n";
        let root = parse(text).expect("parses");
        let end = |key: &str| extent_end(text, value(&root, key)).expect("end");
        assert_eq!(&text[..end("a")], "a: [1, [2, 3] ]");
        assert_eq!(&text[..end("b")], "a: [1, [2, 3] ]  # c\nb: {x: , y: {}}");
        assert!(
            text[..end("c")].ends_with("    u\n\n"),
            "{:?}",
            &text[..end("c")]
        );
        let content = content_end(text, value(&root, "c")).expect("end");
        assert!(text[..content].ends_with("    u"));
        assert!(text[..end("f")].ends_with("f: []"));
    }
}
