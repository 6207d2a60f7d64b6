//! The generated documentation in docs/ matches the code; `UPDATE_DOCS=1` rewrites it.

use std::fs;
use std::path::PathBuf;

use ramverk_testkit::reference::{checks_reference, format_reference};

use ramverk_testkit::workspace;

fn check(relative: &str, expected: &str) {
    let path = workspace().join(relative);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        ramverk_source::write_atomic(&path, expected.as_bytes()).expect("write docs");
        return;
    }
    let actual = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is out of date with the code; run `UPDATE_DOCS=1 cargo test -p ramverk-testkit --test docs` and commit it"
    );
}

fn example_files() -> Vec<(String, String)> {
    let root = workspace().join("tests/fixtures/valid/split");
    let mut paths = vec![root.join("framework.yaml")];
    for dir in ["areas", "profiles"] {
        let mut files: Vec<PathBuf> = fs::read_dir(root.join(dir))
            .expect("example dir")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        paths.extend(files);
    }
    paths
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .expect("inside example")
                .display()
                .to_string();
            (name, fs::read_to_string(&path).expect("example file"))
        })
        .collect()
}

#[test]
fn schema_is_current() {
    check(
        "docs/framework.schema.json",
        &ramverk_check::schema::schema_json(),
    );
}

#[test]
fn export_schema_is_current() {
    check(
        "docs/export.schema.json",
        &ramverk_publish::framework_json::schema_json(),
    );
}

#[test]
fn format_reference_is_current() {
    check("docs/format.md", &format_reference(&example_files()));
}

#[test]
fn checks_reference_is_current() {
    check("docs/checks.md", &checks_reference());
}

#[test]
fn translation_reference_is_current() {
    let example = ramverk_check::load(&workspace().join("tests/fixtures/valid/split"))
        .expect("example")
        .framework
        .expect("valid example");
    check(
        "docs/translation-format.md",
        &ramverk_testkit::reference::translation_reference(&example),
    );
}
