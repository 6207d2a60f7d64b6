//! Plain YAML read straight from events: the node tree (or JSON) built from the event parser
//! under serde-saphyr (`serde_saphyr::granit_parser`), for documents without anchors, aliases,
//! tags, merge keys or ambiguous scalars. Anything else — and every error — goes the full
//! serde-saphyr way, which also owns the diagnostics and the safety budgets. This is ramverk's
//! one YAML reader: every file (framework, area, profile, translation, glossary) goes through
//! [`crate::parse`] or [`build_plain`], and `crates/ramverk-check/tests/plain_yaml.rs` proves
//! both equal to serde-saphyr.

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle, Span};

use crate::node::{Entry, Node, Position, Value};

/// Deepest nesting built here; deeper documents go to serde-saphyr's depth budget.
const MAX_DEPTH: usize = 64;

/// What [`build_plain`] builds from a document: ramverk's located nodes, or plain JSON.
pub trait Build {
    /// A built value.
    type Out;
    /// A scalar (never a sequence or mapping).
    fn scalar(&mut self, value: Value, position: Position) -> Self::Out;
    /// A sequence.
    fn seq(&mut self, items: Vec<Self::Out>, position: Position) -> Self::Out;
    /// A mapping; `None` sends the document the full way (a repeated key, say).
    fn map(
        &mut self,
        entries: Vec<(String, Position, Self::Out)>,
        position: Position,
    ) -> Option<Self::Out>;
    /// Whether the value of this key of the root mapping is left out unbuilt (its events are
    /// still read, so that errors and non-plain features still send the document the full way).
    fn skips(&self, _key: &str) -> bool {
        false
    }
}

/// Builds located nodes.
pub struct PlainNodes;

impl Build for PlainNodes {
    type Out = Node;
    fn scalar(&mut self, value: Value, position: Position) -> Node {
        Node { value, position }
    }
    fn seq(&mut self, items: Vec<Node>, position: Position) -> Node {
        Node {
            value: Value::Seq(items),
            position,
        }
    }
    fn map(&mut self, entries: Vec<(String, Position, Node)>, position: Position) -> Option<Node> {
        let entries = entries
            .into_iter()
            .map(|(key, key_position, node)| Entry {
                key,
                key_position,
                node,
            })
            .collect();
        Some(Node {
            value: Value::Map(entries),
            position,
        })
    }
}

/// Builds JSON directly, without positions; a repeated key sends the document the full way,
/// where it is reported.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainJson<'a> {
    /// A key of the root mapping whose value is left out (a profile's `expected` levels when
    /// only the texts are wanted).
    pub skip: Option<&'a str>,
}

impl Build for PlainJson<'_> {
    type Out = serde_json::Value;
    fn scalar(&mut self, value: Value, position: Position) -> serde_json::Value {
        Node { value, position }.to_json()
    }
    fn seq(&mut self, items: Vec<serde_json::Value>, _: Position) -> serde_json::Value {
        serde_json::Value::Array(items)
    }
    fn map(
        &mut self,
        entries: Vec<(String, Position, serde_json::Value)>,
        _: Position,
    ) -> Option<serde_json::Value> {
        let count = entries.len();
        let map: serde_json::Map<String, serde_json::Value> = entries
            .into_iter()
            .map(|(key, _, value)| (key, value))
            .collect();
        (map.len() == count).then_some(serde_json::Value::Object(map))
    }
    fn skips(&self, key: &str) -> bool {
        self.skip == Some(key)
    }
}

enum Frame<T> {
    Seq(Vec<T>, Position),
    Map(
        Vec<(String, Position, T)>,
        Position,
        Option<(String, Position)>,
    ),
}

/// What `builder` makes of a plain document, or `None` when the document needs serde-saphyr.
pub fn build_plain<B: Build>(text: &str, builder: &mut B) -> Option<B::Out> {
    let mut stack: Vec<Frame<B::Out>> = Vec::new();
    let mut root: Option<B::Out> = None;
    let mut documents = 0;
    // Nesting depth inside a value being skipped (0: not skipping).
    let mut skipping = 0usize;
    for item in Parser::new_from_str(text) {
        let (event, span) = item.ok()?;
        if skipping > 0 {
            match event {
                Event::Scalar(_, _, anchor, tag) if anchor != 0 || tag.is_some() => return None,
                Event::SequenceStart(_, anchor, tag) | Event::MappingStart(_, anchor, tag)
                    if anchor != 0 || tag.is_some() =>
                {
                    return None;
                }
                Event::SequenceStart(..) | Event::MappingStart(..) => skipping += 1,
                Event::SequenceEnd | Event::MappingEnd => skipping -= 1,
                Event::Scalar(..) => {}
                _ => return None,
            }
            if skipping == 1 {
                // The skipped value is complete (a scalar, or its closing event).
                skipping = 0;
                if let Some(Frame::Map(_, _, pending)) = stack.last_mut() {
                    pending.take()?;
                }
            } else if skipping == 0 {
                return None;
            }
            continue;
        }
        match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd => {}
            Event::DocumentStart(..) => {
                documents += 1;
                if documents > 1 {
                    return None;
                }
            }
            Event::Scalar(raw, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                let value = resolve(&raw, style)?;
                let at = position(&span);
                let depth = stack.len();
                if let Some(Frame::Map(_, _, pending @ None)) = stack.last_mut() {
                    let key = key_text(value)?;
                    // A number key written otherwise than it reads (`+1`, `-0`) goes the full
                    // way, where it is reported.
                    if style == ScalarStyle::Plain && key.as_str() != raw.as_ref() {
                        return None;
                    }
                    // The value's events come next; `1` marks "skipping, value not begun".
                    skipping = usize::from(depth == 1 && builder.skips(&key));
                    *pending = Some((key, at));
                    continue;
                }
                let node = builder.scalar(value, at);
                place(&mut stack, &mut root, node)?;
            }
            Event::SequenceStart(_, anchor, tag) | Event::MappingStart(_, anchor, tag)
                if anchor != 0 || tag.is_some() =>
            {
                return None;
            }
            Event::SequenceStart(..) => open(&mut stack, Frame::Seq(Vec::new(), position(&span)))?,
            Event::MappingStart(..) => {
                open(&mut stack, Frame::Map(Vec::new(), position(&span), None))?
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match stack.pop()? {
                    Frame::Seq(items, position) => builder.seq(items, position),
                    Frame::Map(entries, position, None) => builder.map(entries, position)?,
                    Frame::Map(_, _, Some(_)) => return None,
                };
                place(&mut stack, &mut root, node)?;
            }
            _ => return None,
        }
    }
    if stack.is_empty() { root } else { None }
}

fn open<T>(stack: &mut Vec<Frame<T>>, frame: Frame<T>) -> Option<()> {
    if stack.len() >= MAX_DEPTH {
        return None;
    }
    stack.push(frame);
    Some(())
}

/// Puts a finished value where it belongs: the root, a sequence item, or a mapping value (a
/// sequence or mapping as a key sends the document the full way).
fn place<T>(stack: &mut [Frame<T>], root: &mut Option<T>, node: T) -> Option<()> {
    match stack.last_mut() {
        None if root.is_none() => *root = Some(node),
        None => return None,
        Some(Frame::Seq(items, _)) => items.push(node),
        Some(Frame::Map(entries, _, pending)) => {
            let (key, key_position) = pending.take()?;
            entries.push((key, key_position, node));
        }
    }
    Some(())
}

/// A key as text, as serde-saphyr gives it to ramverk's key visitor; merge keys go the full way.
fn key_text(value: Value) -> Option<String> {
    let text = match value {
        Value::Str(text) if text == "<<" => return None,
        Value::Str(text) => text,
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    Some(text)
}

fn position(span: &Span) -> Position {
    let start = span.start.byte_offset().unwrap_or(0);
    let end = span.end.byte_offset().unwrap_or(start);
    Position {
        line: span.start.line() as u32,
        column: span.start.col() as u32 + 1,
        start,
        end: end.max(start),
    }
}

/// The value of a scalar: quoted and block scalars are text; plain ones follow the YAML 1.2
/// core schema where it is unambiguous, and anything in doubt returns `None`.
fn resolve(text: &str, style: ScalarStyle) -> Option<Value> {
    if style != ScalarStyle::Plain {
        return Some(Value::Str(text.to_owned()));
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Some(Value::Null),
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    let yaml11_bool = ["y", "n", "yes", "no", "on", "off"]
        .iter()
        .any(|word| text.eq_ignore_ascii_case(word));
    let special_float = text.contains('.') && {
        let lower = text.to_ascii_lowercase();
        lower.contains(".inf") || lower.contains(".nan")
    };
    if yaml11_bool || special_float {
        return None;
    }
    let first = text.chars().next()?;
    if !(first.is_ascii_digit() || matches!(first, '-' | '+' | '.')) {
        return Some(Value::Str(text.to_owned()));
    }
    let digits = text.trim_start_matches(['-', '+']);
    let leading_zero = digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0.");
    if leading_zero {
        return None;
    }
    if !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && text.len() - digits.len() <= 1
    {
        return text.parse::<i64>().ok().map(Value::Int);
    }
    if is_plain_float(digits) && text.len() - digits.len() <= 1 {
        return text
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_finite())
            .map(Value::Float);
    }
    // A version number (`1.0.0`) is text under every YAML schema.
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() >= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some(Value::Str(text.to_owned()));
    }
    // `-`, `2024-09-02`, `12:30`, `+x`: leave the reading to serde-saphyr.
    None
}

/// `1.5`, `.5`, `1.`, `1e3`, `1.5E-2` — digits with a point and/or an exponent.
fn is_plain_float(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = digits(whole)
        && fraction.is_none_or(digits)
        && (!whole.is_empty() || fraction.is_some_and(|f| !f.is_empty()));
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['-', '+']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok && (fraction.is_some() || exponent.is_some())
}
