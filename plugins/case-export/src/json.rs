//! A JSON object built field by field in a fixed order, leaving out absent optional fields.

use serde_json::{Map, Value};

use crate::ids::Id;

#[derive(Debug, Default)]
pub struct Object(Map<String, Value>);

impl Object {
    pub fn new() -> Object {
        Object(Map::new())
    }

    pub fn set(mut self, key: &str, value: impl Into<Value>) -> Object {
        self.0.insert(key.to_string(), value.into());
        self
    }

    /// Sets `key` only when `value` is present.
    pub fn maybe(self, key: &str, value: Option<impl Into<Value>>) -> Object {
        match value {
            Some(value) => self.set(key, value),
            None => self,
        }
    }

    /// `identifier` and `uri`, the first fields of every CASE record.
    pub fn record(id: &Id) -> Object {
        Object::new()
            .set("identifier", id.identifier.as_str())
            .set("uri", id.uri.as_str())
    }

    pub fn into_value(self) -> Value {
        Value::Object(self.0)
    }
}

impl From<Object> for Value {
    fn from(object: Object) -> Value {
        object.into_value()
    }
}

/// A LinkURI: `{title, identifier, uri}` pointing at another record.
pub fn link(title: &str, id: &Id) -> Value {
    Object::new()
        .set("title", title)
        .set("identifier", id.identifier.as_str())
        .set("uri", id.uri.as_str())
        .into_value()
}

/// `text` when it has more than white space, trimmed.
pub fn text(text: Option<&str>) -> Option<&str> {
    text.map(str::trim).filter(|text| !text.is_empty())
}
