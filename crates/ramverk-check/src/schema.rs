//! The JSON Schema of the framework format, generated from the model, and validation against it.

use std::sync::OnceLock;

use jsonschema::JsonType;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value as Json;

use ramverk_model::Framework;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::suggest::did_you_mean;
use ramverk_source::{Pointer, SourceMap, Target};

/// The JSON Schema (draft 2020-12) of a framework, as pretty-printed JSON with a final newline.
pub fn schema_json() -> String {
    let mut text = serde_json::to_string_pretty(schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// The JSON Schema of a framework.
pub fn schema() -> &'static Json {
    static SCHEMA: OnceLock<Json> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let schema = schemars::generate::SchemaSettings::draft2020_12()
            .into_generator()
            .into_root_schema_for::<Framework>();
        serde_json::to_value(schema).unwrap_or(Json::Null)
    })
}

fn validator() -> Option<&'static jsonschema::Validator> {
    static VALIDATOR: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    VALIDATOR
        .get_or_init(|| {
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .build(schema())
                .ok()
        })
        .as_ref()
}

/// Validates an assembled framework against the schema; each error is placed in its file.
pub fn validate(instance: &Json, map: &SourceMap) -> Vec<Diagnostic> {
    let Some(validator) = validator() else {
        return vec![Diagnostic::new(
            Code::Schema,
            "the built-in schema failed to compile",
        )];
    };
    validator
        .iter_errors(instance)
        .map(|error| diagnose(&error, map))
        .collect()
}

fn diagnose(error: &jsonschema::ValidationError<'_>, map: &SourceMap) -> Diagnostic {
    let path = Pointer::parse(error.instance_path().as_str());
    let schema_path = Pointer::parse(error.schema_path().as_str());
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let name = unexpected.first().cloned().unwrap_or_default();
            let known = allowed_properties(&schema_path);
            let mut diagnostic = Diagnostic::new(Code::Schema, format!("unknown field `{name}`"))
                .at_target(map, &path.key(&name), Target::Key, "not a field here");
            diagnostic = match did_you_mean(&name, known.iter().map(String::as_str)) {
                Some(best) => diagnostic.help(format!("did you mean `{best}`?")),
                None => diagnostic.help(format!("remove it; allowed here: {}", known.join(", "))),
            };
            diagnostic
        }
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            Diagnostic::new(Code::Schema, format!("missing required field `{name}`"))
                .at(map, &path, format!("`{name}` is missing here"))
                .help(format!("add `{name}: …` to this mapping"))
        }
        ValidationErrorKind::Type { .. } if wants_string(error) => {
            // The value as the file writes it: `1.20`, not the 1.2 YAML made of it.
            let shown = map
                .written_plain(&path, Target::Value)
                .map_or_else(|| error.instance().to_string(), str::to_owned);
            Diagnostic::new(Code::Schema, schema_message(error, &path))
                .at(map, &path, "read as a number or boolean, not text")
                .help(format!("quote the value to make it text: \"{shown}\""))
                .note("YAML reads 1.0, 2024, yes and no as numbers or booleans unless quoted")
        }
        _ => {
            let diagnostic = Diagnostic::new(Code::Schema, schema_message(error, &path)).at(
                map,
                &path,
                "does not match the schema",
            );
            match describe(&schema_path) {
                Some(description) => diagnostic.help(format!("expected here: {description}")),
                None => diagnostic.help(format!(
                    "see the `{}` rule of the framework schema (ramverk schema)",
                    error.kind().keyword()
                )),
            }
        }
    }
}

/// The description of the nearest schema node on the path to the failing keyword.
fn describe(schema_path: &Pointer) -> Option<String> {
    let mut steps = schema_path.0.clone();
    while !steps.is_empty() {
        steps.pop();
        if let Some(description) = schema_node(&steps)
            .and_then(|node| node.get("description"))
            .and_then(Json::as_str)
        {
            return Some(description.replace('\n', " "));
        }
    }
    None
}

fn schema_node(steps: &[ramverk_source::Step]) -> Option<&'static Json> {
    let mut node = schema();
    for step in steps {
        node = match step {
            ramverk_source::Step::Key(key) => node.get(key)?,
            ramverk_source::Step::Index(index) => {
                node.get(*index).or_else(|| node.get(index.to_string()))?
            }
        };
    }
    Some(node)
}

/// Whether a number or boolean stands where the schema asks for text: YAML read `1.10` or `yes`
/// unquoted. Decided by the kind of error and the types it names, never by its wording.
fn wants_string(error: &jsonschema::ValidationError<'_>) -> bool {
    let instance = error.instance();
    let wants = match error.kind() {
        ValidationErrorKind::Type {
            kind: TypeKind::Single(expected),
        } => *expected == JsonType::String,
        ValidationErrorKind::Type {
            kind: TypeKind::Multiple(expected),
        } => expected.contains(JsonType::String),
        _ => false,
    };
    wants && (instance.is_number() || instance.is_boolean())
}

fn schema_message(error: &jsonschema::ValidationError<'_>, path: &Pointer) -> String {
    let place = if path.0.is_empty() {
        "the framework".to_owned()
    } else {
        format!("`{path}`")
    };
    format!("{place}: {error}")
}

fn allowed_properties(schema_path: &Pointer) -> Vec<String> {
    let steps = &schema_path.0[..schema_path.0.len().saturating_sub(1)];
    schema_node(steps)
        .and_then(|node| node.get("properties"))
        .and_then(Json::as_object)
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default()
}
