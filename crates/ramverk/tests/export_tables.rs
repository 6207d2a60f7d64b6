//! `ramverk export --format csv|json|xlsx`: built in, to a file or stdout, in the language asked
//! for; refusals leave no file behind.

mod support;

use std::fs;
use std::process::Command;

use ramverk_publish::{CsvDelimiter, CsvRows, framework_csv, framework_json};
use support::Test;

const STOCKHOLM: &str = "frameworks/stockholm-kultur";

#[test]
fn csv_and_json_go_to_stdout_without_a_plugin() {
    let framework = ramverk_testkit::framework("stockholm-kultur");
    let output = Test::new()
        .args(["export", STOCKHOLM, "--format", "csv"])
        .status(0)
        .run();
    let expected =
        framework_csv(&framework, CsvRows::Competences, CsvDelimiter::Comma).expect("csv");
    assert_eq!(output.stdout, expected);
    let output = Test::new()
        .args(["export", STOCKHOLM, "--format", "json"])
        .status(0)
        .run();
    assert_eq!(output.stdout, framework_json(&framework));
}

#[test]
fn the_semicolon_variant_for_role_profiles() {
    let output = Test::new()
        .args([
            "export",
            STOCKHOLM,
            "--format",
            "csv",
            "--profiles",
            "--delimiter",
            ";",
        ])
        .status(0)
        .run();
    let text = &output.stdout;
    assert!(
        text.starts_with("\u{feff}Roll-id;Roll;Områdes-id;"),
        "{text}"
    );
    assert!(
        text.contains("\r\nmedarbetare;Medarbetare;1;1.1;"),
        "{text}"
    );
}

#[test]
fn output_names_a_file_written_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (format, name) in [
        ("json", "ramverk.json"),
        ("xlsx", "ramverk.xlsx"),
        ("csv", "r.csv"),
    ] {
        let path = dir.path().join(name);
        let output = Test::new()
            .args(["export", STOCKHOLM, "--format", format, "-o"])
            .arg(&path)
            .status(0)
            .stderr_contains("wrote ")
            .run();
        assert!(output.stdout.is_empty(), "{format}: nothing on stdout");
        let bytes = fs::read(&path).expect("the written file");
        match format {
            "xlsx" => assert!(bytes.starts_with(b"PK\x03\x04"), "a zip archive"),
            "json" => {
                serde_json::from_slice::<serde_json::Value>(&bytes).expect("JSON");
            }
            _ => assert!(bytes.starts_with("Områdes-id,".as_bytes())),
        }
    }
}

#[test]
fn xlsx_to_a_pipe_is_written_and_to_a_terminal_refused() {
    let output = Command::new(env!("CARGO_BIN_EXE_ramverk"))
        .args(["export", STOCKHOLM, "--format", "xlsx"])
        .current_dir(support::workspace())
        .output()
        .expect("ramverk runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.starts_with(b"PK\x03\x04"));
    #[cfg(unix)]
    {
        // `script` runs the command with a pseudo-terminal as its stdout.
        let Ok(output) = Command::new("script")
            .args(["-qec"])
            .arg(format!(
                "{} export {STOCKHOLM} --format xlsx",
                env!("CARGO_BIN_EXE_ramverk")
            ))
            .arg("/dev/null")
            .current_dir(support::workspace())
            .output()
        else {
            eprintln!("`script` is not installed: the terminal case is not run");
            return;
        };
        let text = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(2), "{text}");
        assert!(text.contains("would garble the terminal"), "{text}");
        assert!(!text.contains("PK\u{3}\u{4}"));
    }
}

#[test]
fn lang_gives_headers_and_texts_in_that_language() {
    let output = Test::new()
        .args(["export", STOCKHOLM, "--format", "csv", "--lang", "en"])
        .status(0)
        .any_stderr()
        .run();
    let text = &output.stdout;
    assert!(
        text.starts_with("Area id,Area,Competence id,Part of,Competence,"),
        "{text}"
    );
    let output = Test::new()
        .args([
            "export",
            "frameworks/kl-kompetencehjul",
            "--format",
            "json",
            "--lang",
            "sv",
        ])
        .status(0)
        .any_stderr()
        .run();
    let value: serde_json::Value = serde_json::from_str(&output.stdout).expect("JSON");
    assert_eq!(value["language"], "sv");
}

#[test]
fn lang_without_a_translation_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("out.csv");
    Test::new()
        .args(["export", STOCKHOLM, "--format", "csv", "--lang", "fi", "-o"])
        .arg(&path)
        .status(2)
        .stderr_contains("stockholm-kultur has no `fi` translation (available: da, en")
        .run();
    assert!(!path.exists());
}

#[test]
fn csv_flags_with_another_format_are_refused() {
    Test::new()
        .args(["export", STOCKHOLM, "--format", "json", "--profiles"])
        .status(2)
        .stderr_contains("--profiles applies to --format csv only, not `json`")
        .run();
    Test::new()
        .args([
            "export",
            STOCKHOLM,
            "--format",
            "case",
            "--delimiter",
            "semicolon",
        ])
        .status(2)
        .stderr_contains("--delimiter applies to --format csv only, not `case`")
        .run();
    Test::new()
        .args([
            "export",
            "frameworks/kl-kompetencehjul",
            "--format",
            "csv",
            "--profiles",
        ])
        .status(2)
        .stderr_contains("kl-kompetencehjul has no roles")
        .run();
}

#[test]
fn a_refused_workbook_leaves_the_old_file_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = fs::read_to_string(
        support::workspace().join("tests/fixtures/valid/minimal/framework.yaml"),
    )
    .expect("the minimal fixture");
    let long = "x".repeat(40_000);
    let framework = source.replace(
        "definition: Kan bruge de fagsystemer, der hører til ens opgaver.",
        &format!("definition: {long}"),
    );
    assert_ne!(framework, source);
    let framework_path = dir.path().join("framework.yaml");
    fs::write(&framework_path, framework).expect("write framework");
    let out = dir.path().join("old.xlsx");
    fs::write(&out, "the old workbook").expect("write old");
    Test::new()
        .args(["export", "--format", "xlsx", "-o"])
        .arg(&out)
        .arg(&framework_path)
        .status(2)
        .stderr_contains("cell D2 (Definition) would hold 40000 characters")
        .run();
    assert_eq!(fs::read_to_string(&out).expect("old"), "the old workbook");
    // CSV holds the text whole.
    let output = Test::new()
        .args(["export", "--format", "csv"])
        .arg(&framework_path)
        .status(0)
        .run();
    assert!(output.stdout.contains(&long));
}
