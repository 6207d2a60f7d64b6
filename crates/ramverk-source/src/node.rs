//! A YAML document as a tree of nodes that remember where in the file they came from.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

/// Where a node or key sits in its file: 1-based line and column, byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

/// A YAML node with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What the node holds.
    pub value: Value,
    /// Where the node starts.
    pub position: Position,
}

/// The content of a node.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `~`, `null` or nothing.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A whole number that fits in `i64`.
    Int(i64),
    /// A whole number above `i64::MAX`.
    UInt(u64),
    /// A floating-point number.
    Float(f64),
    /// A string.
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in source order.
    Map(Vec<Entry>),
}

/// One `key: value` pair of a mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key, as text (scalar keys only).
    pub key: String,
    /// Where the key is.
    pub key_position: Position,
    /// The value.
    pub node: Node,
}

impl Node {
    /// Every key that appears twice in one mapping, anywhere in the tree: (first, repeated).
    pub fn duplicate_keys(&self) -> Vec<(&Entry, &Entry)> {
        let mut out = Vec::new();
        self.collect_duplicates(&mut out);
        out
    }

    fn collect_duplicates<'a>(&'a self, out: &mut Vec<(&'a Entry, &'a Entry)>) {
        match &self.value {
            // Small mappings (most of them) are compared pairwise, without a hash map.
            Value::Map(entries) if entries.len() <= 8 => {
                for (index, entry) in entries.iter().enumerate() {
                    if let Some(first) = entries[..index].iter().find(|e| e.key == entry.key) {
                        out.push((first, entry));
                    }
                    entry.node.collect_duplicates(out);
                }
            }
            Value::Map(entries) => {
                let mut seen = std::collections::HashMap::with_capacity(entries.len());
                for entry in entries {
                    if let Some(first) = seen.insert(entry.key.as_str(), entry) {
                        seen.insert(entry.key.as_str(), first);
                        out.push((first, entry));
                    }
                    entry.node.collect_duplicates(out);
                }
            }
            Value::Seq(items) => items.iter().for_each(|item| item.collect_duplicates(out)),
            _ => {}
        }
    }

    /// The node as JSON, for schema validation and typed deserialisation.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value as J;
        match &self.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::UInt(u) => J::from(*u),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
            Value::Str(s) => J::String(s.clone()),
            Value::Seq(items) => J::Array(items.iter().map(Node::to_json).collect()),
            Value::Map(entries) => J::Object(
                entries
                    .iter()
                    .map(|entry| (entry.key.clone(), entry.node.to_json()))
                    .collect(),
            ),
        }
    }
}

fn position_of<T>(spanned: &Spanned<T>) -> Position {
    let location = spanned.referenced;
    let span = location.span();
    let start = span.byte_offset().unwrap_or(0) as usize;
    let len = span.byte_len().unwrap_or(0) as usize;
    Position {
        line: location.line() as u32,
        column: location.column() as u32,
        start,
        end: start + len,
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value>::deserialize(deserializer)?;
        let position = position_of(&spanned);
        Ok(Node {
            value: spanned.value,
            position,
        })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(i64::try_from(v).map_or(Value::UInt(v), Value::Int))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        i64::try_from(v)
            .map(Value::Int)
            .map_err(|_| E::custom("integer too large"))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        u64::try_from(v)
            .map(|v| self.visit_u64::<E>(v))
            .map_err(|_| E::custom("integer too large"))?
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(node) = seq.next_element::<Node>()? {
            items.push(node);
        }
        Ok(Value::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0).min(1024));
        while let Some(key) = map.next_key::<Spanned<Key>>()? {
            let key_position = position_of(&key);
            let node = map.next_value::<Node>()?;
            entries.push(Entry {
                key: key.value.0,
                key_position,
                node,
            });
        }
        Ok(Value::Map(entries))
    }
}

/// A mapping key: any scalar, kept as its text.
struct Key(String);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Str(s) => Ok(Key(s)),
            Value::Int(i) => Ok(Key(i.to_string())),
            Value::UInt(u) => Ok(Key(u.to_string())),
            Value::Bool(b) => Ok(Key(b.to_string())),
            Value::Float(f) => Ok(Key(f.to_string())),
            Value::Null => Err(de::Error::custom("a mapping key may not be empty (null)")),
            Value::Seq(_) | Value::Map(_) => Err(de::Error::custom(
                "a mapping key must be a plain value, not a list or mapping",
            )),
        }
    }
}
