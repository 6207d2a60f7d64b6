//! The framework as JSON: the resolved model (`ResolvedFramework`) and its JSON Schema.

use ramverk_model::Framework;

use crate::resolved::{ResolvedFramework, resolve};

/// `framework` as a pretty-printed JSON document ending in a newline. Keys come in the order of
/// the fields of [`ResolvedFramework`]; absent values are `null`, empty lists `[]`, so every
/// document has the same shape.
pub fn framework_json(framework: &Framework) -> String {
    let mut text = serde_json::to_string_pretty(&resolve(framework))
        .expect("the resolved framework holds only strings, numbers and lists");
    text.push('\n');
    text
}

/// The JSON Schema (draft 2020-12) of [`framework_json`]'s documents, as `docs/export.schema.json`
/// holds it.
pub fn schema_json() -> String {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<ResolvedFramework>();
    let mut text = serde_json::to_string_pretty(&schema).expect("a JSON Schema is plain JSON");
    text.push('\n');
    text
}
