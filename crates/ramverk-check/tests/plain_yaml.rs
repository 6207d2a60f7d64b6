//! ramverk's YAML reader (plain documents read straight from parser events, `plain_yaml` in
//! ramverk-source) gives exactly the node tree — values and positions — and the JSON that the
//! full serde-saphyr parse gives, and accepts nothing serde-saphyr rejects.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;

use ramverk_source::{PlainJson, build_plain, parse, parse_with_serde_saphyr};
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
            match parse(text) {
                // serde-saphyr reads `1.10:` as the key 1.1; ramverk refuses a key written
                // otherwise than it reads, at its place (the `schema-numeric-key` fixture).
                Err(error) if error.code == ramverk_source::Code::Schema => {
                    assert!(
                        error.position.is_some() && error.help.is_some(),
                        "a refused number key is located and helped on {name}: {error:?}"
                    );
                    return;
                }
                plain => assert_eq!(
                    plain.as_ref().ok(),
                    Some(&full),
                    "the plain reader differs on {name}"
                ),
            }
            if let Some(json) = build_plain(text, &mut PlainJson::default()) {
                assert_eq!(json, full.to_json(), "the plain JSON differs on {name}");
                assert!(
                    full.duplicate_keys().is_empty(),
                    "the plain JSON hid a repeated key in {name}"
                );
            }
            // A root key left out (a profile's `expected` for a texts-only load): the rest is
            // the same.
            let skip = match &full.value {
                ramverk_source::Value::Map(entries) => entries.first().map(|e| e.key.clone()),
                _ => None,
            };
            if let Some(key) = skip
                && let Some(json) = build_plain(text, &mut PlainJson { skip: Some(&key) })
            {
                let mut expected = full.to_json();
                if let Some(object) = expected.as_object_mut() {
                    object.shift_remove(&key);
                }
                assert_eq!(
                    json, expected,
                    "the plain JSON without `{key}` differs on {name}"
                );
            }
        }
        Err(_) => {
            assert!(
                parse(text).is_err(),
                "the plain reader accepted {name}, which serde-saphyr rejects"
            );
            assert!(
                build_plain(text, &mut PlainJson::default()).is_none(),
                "the plain JSON accepted {name}, which serde-saphyr rejects"
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

/// Profile files, and a texts-only reading of them (the `expected` levels left out), give the
/// JSON serde-saphyr gives.
#[test]
fn profiles_with_and_without_their_expected_levels() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    yaml_files(&root.join("frameworks"), &mut files);
    let mut read = 0;
    for path in files
        .iter()
        .filter(|p| p.components().any(|c| c.as_os_str() == "profiles"))
    {
        let text = fs::read_to_string(path).unwrap_or_default();
        let full = parse_with_serde_saphyr(&text).unwrap().to_json();
        let json = build_plain(&text, &mut PlainJson::default());
        assert_eq!(json.as_ref(), Some(&full), "{}", path.display());
        let texts = build_plain(
            &text,
            &mut PlainJson {
                skip: Some("expected"),
            },
        )
        .unwrap();
        let mut without = full.clone();
        without.as_object_mut().unwrap().shift_remove("expected");
        assert_eq!(texts, without, "{}", path.display());
        read += 1;
    }
    assert!(read >= 10, "the Stockholm profiles are read ({read})");
    for case in [
        "role: chef\nexpected:\n  \"1.1\": 3\ndescription: Leder\n",
        "role: chef\nexpected: {\"1.1\": [1, {a: 2}], \"6.7\": not-applicable}\n",
        "role: chef\nexpected:\n  - 1\n  - [2, 3]\nnext: 1\n",
        "role: chef\nexpected: 3\n",
        "role: chef\nexpected:\n",
    ] {
        let full = parse_with_serde_saphyr(case).unwrap().to_json();
        let mut without = full.clone();
        without.as_object_mut().unwrap().shift_remove("expected");
        let texts = build_plain(
            case,
            &mut PlainJson {
                skip: Some("expected"),
            },
        );
        assert_eq!(texts, Some(without), "{case}");
    }
    // Non-plain content in the left-out value still sends the file the full way.
    for case in [
        "role: chef\nexpected:\n  \"1.1\": &a 3\n",
        "role: chef\nexpected:\n  \"1.1\": !!int 3\n",
        "role: chef\nexpected: *a\n",
        "role: chef\nexpected:\n  \"1.1\": [3\n",
    ] {
        assert_eq!(
            build_plain(
                case,
                &mut PlainJson {
                    skip: Some("expected")
                }
            ),
            None,
            "{case}"
        );
    }
}
