//! The fields of a document's context, read from the JSON Schema of its Rust type: what the
//! static template check allows and what docs/templates.md lists.

use schemars::JsonSchema;
use serde_json::{Map, Value};

/// What a value in a context is.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A string, number or boolean (`type` is the JSON type).
    Scalar(String),
    /// An object with named fields.
    Object(Vec<Field>),
    /// A list of values of one shape.
    List(Box<Shape>),
    /// Unknown: anything goes (a document without a documented context).
    Any,
}

/// One field of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub shape: Shape,
    /// The value may be null.
    pub nullable: bool,
    /// The field's meaning, from the doc comment of the Rust field (or of its type).
    pub description: String,
    /// The type's name when it is a named type (`Text`), for the docs.
    pub type_name: Option<String>,
}

impl Shape {
    /// The shape of `T` as serialized.
    pub fn of<T: JsonSchema>() -> Shape {
        let schema = schemars::schema_for!(T);
        let root = schema.as_value();
        let defs = root
            .get("$defs")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        read(root, &defs, 0).0
    }

    /// The field `name` of an object.
    pub fn field(&self, name: &str) -> Option<&Field> {
        match self {
            Shape::Object(fields) => fields.iter().find(|field| field.name == name),
            _ => None,
        }
    }
}

/// (shape, nullable, description, type name) of a schema.
fn read(
    schema: &Value,
    defs: &Map<String, Value>,
    depth: usize,
) -> (Shape, bool, String, Option<String>) {
    let description = schema
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    if depth > 16 {
        return (Shape::Any, false, description, None);
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.rsplit('/').next().unwrap_or(reference);
        let Some(target) = defs.get(name) else {
            return (Shape::Any, false, description, None);
        };
        let (shape, nullable, own, _) = read(target, defs, depth + 1);
        let description = if description.is_empty() {
            own
        } else {
            description
        };
        return (shape, nullable, description, Some(name.to_owned()));
    }
    if let Some(options) = schema.get("anyOf").and_then(Value::as_array) {
        let nullable = options
            .iter()
            .any(|option| option.get("type").and_then(Value::as_str) == Some("null"));
        let other = options
            .iter()
            .find(|option| option.get("type").and_then(Value::as_str) != Some("null"));
        if let Some(other) = other {
            let (shape, inner_nullable, own, name) = read(other, defs, depth + 1);
            let description = if description.is_empty() {
                own
            } else {
                description
            };
            return (shape, nullable || inner_nullable, description, name);
        }
        return (Shape::Any, nullable, description, None);
    }
    let (kind, nullable) = match schema.get("type") {
        Some(Value::String(kind)) => (kind.clone(), false),
        Some(Value::Array(kinds)) => {
            let nullable = kinds.iter().any(|kind| kind == "null");
            let kind = kinds
                .iter()
                .filter_map(Value::as_str)
                .find(|kind| *kind != "null")
                .unwrap_or("null")
                .to_owned();
            (kind, nullable)
        }
        _ => return (Shape::Any, false, description, None),
    };
    let shape = match kind.as_str() {
        "object" => {
            let properties = schema
                .get("properties")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            Shape::Object(
                properties
                    .iter()
                    .map(|(name, property)| {
                        let (shape, nullable, description, type_name) =
                            read(property, defs, depth + 1);
                        Field {
                            name: name.clone(),
                            shape,
                            nullable,
                            description,
                            type_name,
                        }
                    })
                    .collect(),
            )
        }
        "array" => {
            let items = schema.get("items").cloned().unwrap_or(Value::Bool(true));
            Shape::List(Box::new(read(&items, defs, depth + 1).0))
        }
        other => Shape::Scalar(other.to_owned()),
    };
    (shape, nullable, description, None)
}

/// The fields of `shape` as a Markdown table, one row per field path (`areas[].title`);
/// a `Text` is one row (`{text, lang}`, see docs/templates.md).
pub fn field_table(shape: &Shape) -> String {
    let mut out = String::from("| field | type | meaning |\n|---|---|---|\n");
    rows(shape, "", &mut out);
    out
}

fn rows(shape: &Shape, prefix: &str, out: &mut String) {
    let Shape::Object(fields) = shape else {
        return;
    };
    for field in fields {
        let path = format!("{prefix}{}", field.name);
        let (kind, nested) = describe(&field.shape, field.type_name.as_deref());
        let kind = if field.nullable {
            format!("{kind} or null")
        } else {
            kind
        };
        let meaning = field.description.replace('\n', " ").replace('|', "\\|");
        out.push_str(&format!("| `{path}` | {kind} | {meaning} |\n"));
        if let Some((inner, suffix)) = nested {
            rows(inner, &format!("{path}{suffix}."), out);
        }
    }
}

/// A shape's type in words, and the shape whose fields follow it (with the path suffix).
fn describe<'s>(
    shape: &'s Shape,
    type_name: Option<&str>,
) -> (String, Option<(&'s Shape, &'static str)>) {
    if type_name == Some("Text") {
        return ("text".to_owned(), None);
    }
    match shape {
        Shape::Scalar(kind) if kind == "integer" => ("number".to_owned(), None),
        Shape::Scalar(kind) => (kind.clone(), None),
        Shape::Object(_) => ("object".to_owned(), Some((shape, ""))),
        Shape::List(inner) => match inner.as_ref() {
            Shape::Object(_) => ("list of objects".to_owned(), Some((inner.as_ref(), "[]"))),
            Shape::Scalar(kind) if kind == "integer" => ("list of numbers".to_owned(), None),
            Shape::Scalar(kind) => (format!("list of {kind}s"), None),
            _ => ("list".to_owned(), None),
        },
        Shape::Any => ("any".to_owned(), None),
    }
}
