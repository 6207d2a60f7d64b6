//! The fast YAML path gives exactly the node tree — values and positions — that the full
//! serde-saphyr parse gives, and accepts nothing serde-saphyr rejects.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use ramverk_source::{FastJson, fast_build, parse, parse_with_serde_saphyr};
use ramverk_testkit::synthetic::{Spec, Variation, generate_version};
use ramverk_testkit::yaml_tree::yaml_tree;

fn agree(text: &str, name: &str) {
    // Deeply nested fixtures need more stack than a test thread has in a debug build.
    let (text, name) = (text.to_owned(), name.to_owned());
    std::thread::Builder::new()
        .stack_size(64 * 1024 * 1024)
        .spawn(move || agree_now(&text, &name))
        .expect("thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
}

fn agree_now(text: &str, name: &str) {
    if text.trim().is_empty() {
        assert!(parse(text).is_err(), "an empty file is an error");
        return;
    }
    match parse_with_serde_saphyr(text) {
        Ok(full) => {
            assert_eq!(
                parse(text).as_ref().ok(),
                Some(&full),
                "the fast path differs on {name}"
            );
            if let Some(json) = fast_build(text, &mut FastJson) {
                assert_eq!(json, full.to_json(), "the fast JSON differs on {name}");
                assert!(
                    full.duplicate_keys().is_empty(),
                    "the fast JSON hid a repeated key in {name}"
                );
            }
        }
        Err(_) => {
            assert!(
                parse(text).is_err(),
                "the fast path accepted {name}, which serde-saphyr rejects"
            );
            assert!(
                fast_build(text, &mut FastJson).is_none(),
                "the fast JSON accepted {name}, which serde-saphyr rejects"
            );
        }
    }
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

#[test]
fn every_yaml_file_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    yaml_files(&root.join("frameworks"), &mut files);
    yaml_files(&root.join("tests/fixtures"), &mut files);
    assert!(files.len() > 50, "found {}", files.len());
    for path in files {
        if let Ok(text) = fs::read_to_string(&path) {
            agree(&text, &path.display().to_string());
        }
    }
}

#[test]
fn synthetic_frameworks() {
    let spec = Spec {
        areas: 3,
        competences: 60,
        children: 3,
        roles: 4,
        seed: 3,
    };
    for file in generate_version(spec, None)
        .into_iter()
        .chain(generate_version(
            spec,
            Some(Variation {
                fraction: 0.2,
                seed: 4,
            }),
        ))
    {
        agree(&file.text, &file.path);
    }
}

#[test]
fn scalars_of_every_kind() {
    let scalars = [
        "",
        "~",
        "null",
        "Null",
        "NULL",
        "true",
        "True",
        "TRUE",
        "false",
        "FALSE",
        "yes",
        "No",
        "on",
        "OFF",
        "y",
        "n",
        "0",
        "7",
        "-7",
        "+7",
        "007",
        "0x1F",
        "0o17",
        "1_000",
        "1.5",
        "-1.5",
        ".5",
        "1.",
        "1e3",
        "1.5E-2",
        "+1.5",
        ".inf",
        "-.inf",
        ".nan",
        ".NaN",
        "1.0.0",
        "10.20.30.4",
        "1..2",
        "1.2.",
        ".1.2",
        "01.2.3",
        "2024-09-02",
        "12:30",
        "-",
        "--",
        "+x",
        ".x",
        "Kan söka",
        "ö",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775809",
        "1e400",
        "0.0",
        "-0",
        "00",
        "0.",
        "\"quoted\"",
        "'single'",
        "a: b",
        "[1, 2]",
        "{a: 1}",
        "!!str 3",
        "&a x",
        "*a",
        "|\n  block",
        ">-\n  folded",
    ];
    for scalar in scalars {
        agree(&format!("key: {scalar}\n"), scalar);
        agree(&format!("- {scalar}\n"), scalar);
        agree(&format!("{scalar}: value\n"), scalar);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_documents(yaml in yaml_tree()) {
        agree(&yaml, &yaml);
    }
}

/// A profile read straight into the model equals the one built the general way (YAML → JSON →
/// model), and a file the general way rejects is never read straight.
fn same_profile(text: &str, name: &str) {
    use ramverk_model::Profile;
    use serde::Deserialize;
    let general = parse_with_serde_saphyr(text)
        .ok()
        .and_then(|node| Profile::deserialize(&node.to_json()).ok());
    if let Some(fast) = ramverk_check::fast_profile::read(text) {
        assert_eq!(Some(fast), general, "the profile reader differs on {name}");
    }
}

#[test]
fn profiles_read_straight_into_the_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    yaml_files(&root.join("frameworks"), &mut files);
    yaml_files(&root.join("tests/fixtures"), &mut files);
    let mut read = 0;
    for path in files
        .iter()
        .filter(|p| p.components().any(|c| c.as_os_str() == "profiles"))
    {
        let text = fs::read_to_string(path).unwrap_or_default();
        same_profile(&text, &path.display().to_string());
        read += usize::from(ramverk_check::fast_profile::read(&text).is_some());
    }
    assert!(
        read >= 10,
        "the Stockholm profiles are read straight ({read})"
    );
    let cases = [
        "role: chef\nexpected:\n  \"1.1\": 3\n",
        "role: chef\ndescription: Chefen\nexpected: {\"1.1\": 3, \"6.7\": not-applicable}\n",
        "role: chef\ndescription:\nexpected: {}\n",
        "role: chef\n",
        "role: chef\nexpected:\n  \"1.1\": \"3\"\n",
        "role: chef\nexpected:\n  \"1.1\": 300\n",
        "role: chef\nexpected:\n  \"1.1\": -1\n",
        "role: chef\nexpected:\n  \"1.1\": 3\n  \"1.1\": 4\n",
        "role: 12\nexpected: {}\n",
        "role: chef\nrole: chef\n",
        "role: chef\nextra: 1\n",
        "role: &r chef\nexpected: {}\n",
        "role: chef\nexpected:\n  1.1: 3\n  2: 1.5\n",
        "role: chef\nexpected:\n  \"1.1\": not-applicable\n  \"1.2\": 'not-applicable'\n",
        "- role: chef\n",
        "role: chef\nexpected: [1, 2]\n",
    ];
    for case in cases {
        same_profile(case, case);
    }
    for file in generate_version(
        Spec {
            areas: 2,
            competences: 30,
            children: 2,
            roles: 3,
            seed: 5,
        },
        None,
    ) {
        if file.path.starts_with("profiles/") {
            assert!(
                ramverk_check::fast_profile::read(&file.text).is_some(),
                "{}",
                file.path
            );
            same_profile(&file.text, &file.path);
        }
    }
}
