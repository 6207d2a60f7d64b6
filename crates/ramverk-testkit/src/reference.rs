//! Markdown reference pages generated from the model's JSON Schema and the check registry,
//! so that the documentation cannot drift from the code.

use std::fmt::Write;

use serde_json::Value as Json;

use ramverk_check::schema::schema;
use ramverk_source::Code;

/// The file-format reference: one section per type, one row per field, then a worked example.
/// `example` lists the files of an example framework as (path, text).
pub fn format_reference(example: &[(String, String)]) -> String {
    let schema = schema();
    let mut out = String::from(
        "# The framework file format\n\n\
         <!-- Generated from the Rust types by `cargo test -p ramverk-testkit --test docs` with UPDATE_DOCS=1; do not edit. -->\n\n\
         A framework is a directory holding `framework.yaml` (the root), optionally `areas/*.yaml` (one area\n\
         per file, appended to `areas` in file-name order) and `profiles/*.yaml` (one role profile per file,\n\
         appended to `profiles`). A single YAML file holding the whole `Framework` is a framework too.\n\
         The JSON Schema of the assembled framework is [`framework.schema.json`](framework.schema.json)\n\
         (`ramverk schema`); the checks beyond it are listed in [checks.md](checks.md).\n\n",
    );
    section(&mut out, "Framework", schema);
    if let Some(defs) = schema.get("$defs").and_then(Json::as_object) {
        for (name, def) in defs {
            section(&mut out, name, def);
        }
    }
    out.push_str("## Worked example\n\nA small framework split over several files, as `ramverk validate` accepts it \
                  (it is one of the test fixtures, so it always validates):\n\n");
    for (path, text) in example {
        let _ = writeln!(out, "`{path}`:\n\n```yaml\n{}\n```\n", text.trim_end());
    }
    out
}

fn section(out: &mut String, name: &str, def: &Json) {
    let _ = writeln!(out, "## {name}\n");
    if let Some(description) = def.get("description").and_then(Json::as_str) {
        let _ = writeln!(out, "{}\n", one_line(description));
    }
    if let Some(properties) = def.get("properties").and_then(Json::as_object) {
        let required: Vec<&str> = def
            .get("required")
            .and_then(Json::as_array)
            .map(|list| list.iter().filter_map(Json::as_str).collect())
            .unwrap_or_default();
        out.push_str("| field | type | required | meaning |\n|---|---|---|---|\n");
        for (field, property) in properties {
            let description = property
                .get("description")
                .and_then(Json::as_str)
                .map(one_line)
                .unwrap_or_default();
            let needed = if required.contains(&field.as_str()) {
                "yes"
            } else {
                "no"
            };
            let _ = writeln!(
                out,
                "| `{field}` | {} | {needed} | {} |",
                type_of(property),
                description.replace('|', "\\|")
            );
        }
        out.push('\n');
    }
    for variant in def
        .get("oneOf")
        .or_else(|| def.get("anyOf"))
        .and_then(Json::as_array)
        .into_iter()
        .flatten()
    {
        let description = variant
            .get("description")
            .and_then(Json::as_str)
            .map(one_line)
            .unwrap_or_default();
        let _ = writeln!(out, "- {}: {description}", type_of(variant));
    }
    if def.get("oneOf").or_else(|| def.get("anyOf")).is_some() {
        out.push('\n');
    }
}

fn type_of(node: &Json) -> String {
    if let Some(reference) = node.get("$ref").and_then(Json::as_str) {
        let name = reference.rsplit('/').next().unwrap_or(reference);
        return format!("[{name}](#{})", name.to_lowercase());
    }
    if let Some(options) = node.get("anyOf").and_then(Json::as_array) {
        let kinds: Vec<String> = options
            .iter()
            .filter(|o| o.get("type").and_then(Json::as_str) != Some("null"))
            .map(type_of)
            .collect();
        return kinds.join(" or ");
    }
    if let Some(constant) = node.get("const") {
        return format!(
            "`{}`",
            constant
                .as_str()
                .map_or_else(|| constant.to_string(), str::to_owned)
        );
    }
    let kind = match node.get("type") {
        Some(Json::String(kind)) => kind.clone(),
        Some(Json::Array(kinds)) => kinds
            .iter()
            .filter_map(Json::as_str)
            .filter(|k| *k != "null")
            .collect::<Vec<_>>()
            .join(" or "),
        _ => String::new(),
    };
    match kind.as_str() {
        "array" => format!(
            "list of {}",
            node.get("items").map_or_else(|| "values".into(), type_of)
        ),
        "object" => match node
            .get("patternProperties")
            .and_then(Json::as_object)
            .and_then(|p| p.values().next())
        {
            Some(value) => format!("map of level rank → {}", type_of(value)),
            None => match node.get("additionalProperties") {
                Some(value) if value.is_object() => format!("map of id → {}", type_of(value)),
                _ => "mapping".into(),
            },
        },
        "integer" => "integer".into(),
        "string" => match node.get("pattern").and_then(Json::as_str) {
            Some(pattern) => format!("text matching `{pattern}`"),
            None => "text".into(),
        },
        "" => "value".into(),
        other => other.into(),
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The list of checks: code, severity, what it catches.
pub fn checks_reference() -> String {
    let mut out = String::from(
        "# Checks\n\n\
         <!-- Generated from the check registry by `cargo test -p ramverk-testkit --test docs` with UPDATE_DOCS=1; do not edit. -->\n\n\
         `ramverk validate` reports every finding with a stable code, a severity, the file, line and\n\
         column, and how to fix it. Errors make `validate` exit 1; warnings do too with `--deny-warnings`.\n\
         Each code has a broken example under `tests/fixtures/invalid/<code>/` whose output is\n\
         snapshot-tested in `crates/ramverk/tests/snapshots/`.\n\n\
         | code | severity | catches |\n|---|---|---|\n",
    );
    for code in Code::all() {
        let severity = format!("{:?}", code.severity()).to_lowercase();
        let _ = writeln!(out, "| `{code}` | {severity} | {} |", code.summary());
    }
    out
}

/// The translation file reference: where files live, their fields and states, and every key of
/// the worked example with what it names.
pub fn translation_reference(example: &ramverk_model::Framework) -> String {
    use ramverk_i18n::{ENTRY_FIELDS, TranslationState, messages};
    let mut out = String::from(
        "# The translation file format\n\n\
         <!-- Generated from the code by `cargo test -p ramverk-testkit --test docs` with UPDATE_DOCS=1; do not edit. -->\n\n\
         A framework's translations live beside it, one file per locale: `translations/<locale>.yaml` in a\n\
         framework directory, `<name>.translations/<locale>.yaml` beside a single-file framework. The\n\
         locale is a BCP 47 tag (`da`, `sv`, `en`, `en-GB`). How to work with them: [translation.md](translation.md).\n\n\
         A file has `language` (the locale, matching the file name) and `entries`: a mapping from message\n\
         keys to entries. `ramverk i18n merge` writes it; people may add comments, which merges keep.\n\n\
         ## Entry\n\n| field | required | holds |\n|---|---|---|\n",
    );
    for (name, required, holds) in ENTRY_FIELDS {
        let _ = writeln!(
            out,
            "| `{name}` | {} | {holds} |",
            if required { "yes" } else { "no" }
        );
    }
    out.push_str("\n## States\n\nThe states of XLIFF 2 segments. A translation whose fingerprint no longer matches is **stale**\nwhatever its state: readers see the source text, and `ramverk validate` warns.\n\n| state | meaning |\n|---|---|\n");
    for state in TranslationState::ALL {
        let _ = writeln!(out, "| `{}` | {} |", state.name(), state.meaning());
    }
    out.push_str(
        "\n## Message keys\n\n\
         A key names where a text sits, built from ids, never from the text: `competence:<id>:title`,\n\
         `competence:<id>:descriptor:<rank>`, `scale:<id>:level:<rank>:label`. Texts in lists without ids\n\
         (examples, learning activities) are numbered from 1. Ids cannot contain `:`, so keys are\n\
         unambiguous, and they are valid XLIFF unit ids. Not translated: ids, version, dates, URLs, the\n\
         sources (documents are cited by their published titles), corrections and notes (they concern the\n\
         source-language transcription).\n\n\
         Every key of the worked example in [format.md](format.md), in document order:\n\n\
         | key | the text |\n|---|---|\n",
    );
    for message in messages(example) {
        let _ = writeln!(
            out,
            "| `{}` | {} |",
            message.key,
            one_line(&message.note).replace('|', "\\|")
        );
    }
    out
}
