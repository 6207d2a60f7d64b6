//! docs/templates.md lists every document's context fields and every message id as the code
//! has them (`UPDATE_DOCS=1` rewrites the generated parts); the documented fields are the fields
//! a real context serializes.

use std::path::Path;

use ramverk_publish::shape::{Shape, field_table};
use ramverk_publish::templates::context_shape;
use ramverk_publish::{Branding, Page, Untranslated};
use ramverk_render::messages::Messages;

fn doc_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/templates.md")
}

/// `text` with the part between the markers of `name` replaced by `content`.
fn replace(text: &str, name: &str, content: &str) -> String {
    let begin = format!("<!-- generated: {name} BEGIN -->\n");
    let end = format!("<!-- generated: {name} END -->");
    let start = text.find(&begin).expect("begin marker") + begin.len();
    let stop = text.find(&end).expect("end marker");
    format!("{}{content}{}", &text[..start], &text[stop..])
}

fn messages_table() -> String {
    let english = include_str!("../messages/en.ftl");
    let messages = Messages::new(
        ramverk_render::language::Language::English,
        &[("en", english)],
    )
    .expect("parses");
    let mut out = String::from("| id | English |\n|---|---|\n");
    for id in Messages::ids(english) {
        let text = messages.get(&id).replace('\n', " ").replace('|', "\\|");
        out.push_str(&format!("| `{id}` | {text} |\n"));
    }
    out
}

#[test]
fn the_documented_contexts_and_messages_are_current() {
    let path = doc_path();
    let text = std::fs::read_to_string(&path).expect("docs/templates.md");
    let mut expected = replace(&text, "messages", &messages_table());
    for name in ["framework.html", "role.html", "memo.html", "report.html"] {
        expected = replace(&expected, name, &field_table(&context_shape(name)));
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        ramverk_source::write_atomic(&path, expected.as_bytes()).expect("write");
        return;
    }
    assert!(
        text == expected,
        "docs/templates.md is out of date; run `UPDATE_DOCS=1 cargo test -p ramverk-publish --test templates_doc`"
    );
}

/// Every key of `value` is a field of `shape` and every field of an object is serialized.
fn same_fields(shape: &Shape, value: &serde_json::Value, path: &str) {
    match (shape, value) {
        (Shape::Object(fields), serde_json::Value::Object(map)) => {
            let documented: Vec<&str> = fields.iter().map(|field| field.name.as_str()).collect();
            let actual: Vec<&str> = map.keys().map(String::as_str).collect();
            assert_eq!(documented, actual, "fields of {path}");
            for field in fields {
                same_fields(
                    &field.shape,
                    &map[&field.name],
                    &format!("{path}.{}", field.name),
                );
            }
        }
        (Shape::List(item), serde_json::Value::Array(items)) => {
            for value in items {
                same_fields(item, value, &format!("{path}[]"));
            }
        }
        (_, serde_json::Value::Null) | (Shape::Any, _) => {}
        (Shape::Scalar(kind), value) => {
            let ok = match kind.as_str() {
                "string" => value.is_string(),
                "integer" | "number" => value.is_number(),
                "boolean" => value.is_boolean(),
                _ => false,
            };
            assert!(ok, "{path}: {value} is not a {kind}");
        }
        (shape, value) => panic!("{path}: {value} does not match {shape:?}"),
    }
}

#[test]
fn the_documented_fields_are_the_serialized_fields() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks/stockholm-kultur");
    let framework = ramverk_check::load(&root).unwrap().framework.unwrap();
    let branding = Branding::default();
    let untranslated = Untranslated::none();
    let page = Page::new("sv", "t".into(), &branding);
    let document = ramverk_publish::FrameworkDocument::new(&framework, &untranslated, page.clone());
    same_fields(
        &context_shape("framework.html"),
        &serde_json::to_value(&document).unwrap(),
        "framework",
    );
    // Statements, learning outcomes, steps, a glossary and a licence: every nested field.
    let statements =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/statements");
    let statements = ramverk_check::load(&statements).unwrap().framework.unwrap();
    let document =
        ramverk_publish::FrameworkDocument::new(&statements, &untranslated, page.clone());
    let value = serde_json::to_value(&document).unwrap();
    assert_eq!(value["glossary"].as_array().map(Vec::len), Some(1));
    assert!(value["framework"]["licence"].is_object());
    same_fields(&context_shape("framework.html"), &value, "statements");
    let role = ramverk_publish::RoleDocument::new(&framework, "chef", &untranslated, page).unwrap();
    same_fields(
        &context_shape("role.html"),
        &serde_json::to_value(&role).unwrap(),
        "role",
    );
    let pilot = root.join("history/0.9.0");
    let old = ramverk_check::load(&pilot).unwrap().framework.unwrap();
    let diff = ramverk_review::diff::diff(&old, &framework);
    let memo = ramverk_publish::memo::Memo::new(
        &diff,
        (&old, &framework),
        ramverk_render::language::Language::Swedish,
        &branding,
    )
    .unwrap();
    same_fields(
        &context_shape("memo.html"),
        &serde_json::to_value(&memo).unwrap(),
        "memo",
    );
}
