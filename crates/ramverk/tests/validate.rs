//! The command line as a user meets it: `ramverk validate` on valid and broken frameworks, the
//! exit statuses, and the reading commands on the bundled Stockholm framework.
//!
//! Fixtures live in `tests/fixtures/` of the workspace:
//! - `valid/<name>/` must validate with no errors and no warnings;
//! - `invalid/<code>[-<variant>]/` is a minimal framework that triggers `<code>` (and nothing
//!   else, unless listed in [`ALSO_REPORTED`]). Every registered code has one, except the codes
//!   in [`GENERATED`] (tested with files made at test time) and [`NOT_YET_EMITTED`].
//!
//! Snapshots: `INSTA_UPDATE=always cargo test -p ramverk --test validate`, then read them.

mod support;

use std::fs;

use ramverk_source::Code;
use ramverk_source::MAX_FILE_BYTES;
use ramverk_source::Severity;
use support::{Test, code_of_fixture, for_each, severity, subdirectories, workspace};

const VALID: &str = "tests/fixtures/valid";
const INVALID: &str = "tests/fixtures/invalid";
const STOCKHOLM: &str = "frameworks/stockholm-kultur";

/// Codes tested with a file generated at test time instead of a committed fixture.
const GENERATED: &[&str] = &[
    "too-large",
    // Broken and looping links, pipes and directories named .yaml cannot be committed to git
    // portably: made at test time (unix only).
    "unreadable-file",
    // Not about framework files, so no framework fixture can trigger them: each is tested by
    // its own command's tests with files written at test time (tests/findings.rs; i18n merge
    // in tests/i18n.rs; ratings in tests/plugins.rs).
    "exchange-invalid",
    "glossary-invalid",
    "ratings-unreadable",
    "ratings-column",
    "ratings-row",
    "plugin-manifest",
];

/// Registered codes that no check emits yet; a fixture could not trigger them. When a check is
/// written, add `invalid/<code>/` and remove the code from here.
const NOT_YET_EMITTED: &[&str] = &[];

/// Fixtures whose problem, by its nature, also causes other findings.
const ALSO_REPORTED: &[(&str, &[&str])] = &[
    // A misspelt `rating_scale` leaves the scale it meant unused.
    ("unknown-scale", &["unused-scale"]),
    // A count that does not match reports every warning it would have accepted.
    ("accepted-count", &["untrimmed-text"]),
];

fn fixture(name: &str) -> String {
    format!("{INVALID}/{name}")
}

/// The code a fixture is for; panics for a directory that is not named after a code.
fn code(name: &str) -> &'static str {
    code_of_fixture(name)
        .unwrap_or_else(|| panic!("{INVALID}/{name} is not named after a registered code"))
}

fn is_warning(name: &str) -> bool {
    severity(code(name)) == Severity::Warning
}

/// `validate` arguments that make a fixture fail: warnings only fail with `--deny-warnings`.
fn failing_args(name: &str) -> Vec<String> {
    let mut args = vec!["validate".to_owned(), fixture(name)];
    if is_warning(name) {
        args.push("--deny-warnings".to_owned());
    }
    args
}

/// Snapshots `text` as `validate__<kind>@<fixture>.snap`, headed by the command that made it.
#[track_caller]
fn snapshot(kind: &str, name: &str, command: &str, text: &str) {
    insta::with_settings!({
        snapshot_suffix => name,
        description => command,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(kind, text);
    });
}

// ---------------------------------------------------------------------------------------------
// Valid frameworks

/// Every framework directory under `parent` validates with neither errors nor warnings.
fn assert_all_clean(parent: &str, names: Vec<String>) {
    for_each(names, |name| {
        Test::new()
            .args(["validate", "--deny-warnings", &format!("{parent}/{name}")])
            .stdout_contains("0 errors, 0 warnings")
            .run();
    });
}

#[test]
fn valid_fixtures_have_no_errors_and_no_warnings() {
    let names = subdirectories(VALID);
    assert!(
        names.len() >= 3,
        "expected the minimal, nested and split fixtures, found {names:?}"
    );
    assert_all_clean(VALID, names);
}

#[test]
fn bundled_frameworks_have_no_errors_and_no_warnings() {
    let names = subdirectories("frameworks");
    assert!(
        names.iter().any(|name| name == "stockholm-kultur"),
        "found {names:?}"
    );
    assert_all_clean("frameworks", names);
}

#[test]
fn bare_validate_checks_every_bundled_framework() {
    let output = Test::new().args(["validate", "--deny-warnings"]).run();
    for name in subdirectories("frameworks") {
        assert!(
            output.stdout.contains(&format!("ok: frameworks/{name} (")),
            "`ramverk validate` did not report frameworks/{name}\n{output}"
        );
    }
}

#[test]
fn a_single_file_framework_can_be_named_by_its_file() {
    Test::new()
        .args(["validate", "--deny-warnings", &format!("{VALID}/minimal/framework.yaml")])
        .stdout_contains(
            "ok: tests/fixtures/valid/minimal/framework.yaml (digital-grundkompetence 0.1.0): 0 errors, 0 warnings",
        )
        .run();
}

#[test]
fn valid_fixtures_report_nothing_as_json() {
    for_each(subdirectories(VALID), |name| {
        let json = Test::new()
            .args(["validate", "--format", "json", &format!("{VALID}/{name}")])
            .run()
            .json();
        assert_eq!(json["errors"], 0);
        assert_eq!(json["warnings"], 0);
        assert_eq!(json["frameworks"][0]["diagnostics"], serde_json::json!([]));
    });
}

// ---------------------------------------------------------------------------------------------
// Every code has a fixture

#[test]
fn every_fixture_is_named_after_a_registered_code() {
    for name in subdirectories(INVALID) {
        assert!(
            code_of_fixture(&name).is_some(),
            "{INVALID}/{name}: name it after a code of checks/registry.rs, optionally with a -variant"
        );
    }
}

#[test]
fn every_registered_code_has_a_fixture() {
    let covered: Vec<&str> = subdirectories(INVALID)
        .iter()
        .filter_map(|name| code_of_fixture(name))
        .collect();
    let missing: Vec<&str> = Code::all()
        .map(Code::as_str)
        .filter(|code| {
            !covered.contains(code) && !GENERATED.contains(code) && !NOT_YET_EMITTED.contains(code)
        })
        .collect();
    assert!(
        missing.is_empty(),
        "codes without a fixture in {INVALID}: {missing:?}"
    );
    for code in GENERATED.iter().chain(NOT_YET_EMITTED) {
        assert!(
            Code::all().any(|registered| registered.as_str() == *code),
            "`{code}` is no longer registered"
        );
    }
    for code in NOT_YET_EMITTED {
        assert!(
            !covered.contains(code),
            "`{code}` has a fixture now; remove it from NOT_YET_EMITTED"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Invalid frameworks

#[test]
fn invalid_fixtures_fail_with_their_code() {
    for_each(subdirectories(INVALID), |name| {
        let args = failing_args(name);
        let code = code(name);
        let output = Test::new().args(&args).status(1).stderr_empty().run();
        let severity = if is_warning(name) { "warning" } else { "error" };
        assert!(
            output.stdout.contains(&format!("{severity}[{code}]")),
            "{name}: expected `{severity}[{code}]` in\n{output}"
        );
        snapshot(
            "human",
            name,
            &format!("ramverk {}", args.join(" ")),
            &output.stdout,
        );
    });
}

#[test]
fn invalid_fixtures_report_only_their_code() {
    for_each(subdirectories(INVALID), |name| {
        let code = code(name);
        let json = Test::new()
            .args(["validate", "--format", "json", &fixture(name)])
            .status(if is_warning(name) { 0 } else { 1 })
            .stderr_empty()
            .run()
            .json();
        let found: Vec<&str> = json["frameworks"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| d["code"].as_str().expect("code"))
            .collect();
        let also = ALSO_REPORTED
            .iter()
            .find(|(fixture, _)| *fixture == name.as_str())
            .map_or(&[][..], |(_, also)| also);
        let unexpected: Vec<&&str> = found
            .iter()
            .filter(|found| **found != code && !also.contains(found))
            .collect();
        assert!(
            found.contains(&code),
            "{name}: `{code}` not reported; found {found:?}"
        );
        assert!(
            unexpected.is_empty(),
            "{name}: also reports {unexpected:?}; keep the fixture minimal or list it in ALSO_REPORTED"
        );
    });
}

#[test]
fn warning_fixtures_pass_without_deny_warnings() {
    let warnings: Vec<String> = subdirectories(INVALID)
        .into_iter()
        .filter(|name| is_warning(name))
        .collect();
    assert!(!warnings.is_empty());
    for_each(warnings, |name| {
        let also = ALSO_REPORTED
            .iter()
            .find(|(fixture, _)| *fixture == name)
            .map_or(0, |(_, codes)| codes.len());
        Test::new()
            .args(["validate", &fixture(name)])
            .stdout_contains(format!("warning[{}]", code(name)))
            .stdout_contains(format!("0 errors, {} warning", 1 + also))
            .run();
    });
}

#[test]
fn invalid_fixtures_as_json() {
    for_each(subdirectories(INVALID), |name| {
        let mut args = failing_args(name);
        args.extend(["--format".to_owned(), "json".to_owned()]);
        let output = Test::new().args(&args).status(1).stderr_empty().run();
        let json = output.json();
        let codes = json["frameworks"][0]["diagnostics"]
            .as_array()
            .expect("diagnostics");
        assert!(
            codes.iter().any(|d| d["code"] == code(name)),
            "{name}: `{}` missing\n{output}",
            code(name)
        );
        snapshot(
            "json",
            name,
            &format!("ramverk {}", args.join(" ")),
            &output.stdout,
        );
    });
}

#[test]
fn some_fixtures_as_github_annotations() {
    let names = [
        "yaml-syntax",
        "encoding",
        "unknown-role",
        "restricted-area",
        "incomplete-profile",
        "mixed-script",
    ];
    for_each(names, |name| {
        let mut args = failing_args(name);
        args.extend(["--format".to_owned(), "github".to_owned()]);
        let output = Test::new().args(&args).status(1).stderr_empty().run();
        let level = if is_warning(name) { "warning" } else { "error" };
        assert!(
            output
                .stdout
                .starts_with(&format!("::{level} file={INVALID}/{name}/")),
            "{name}: not a GitHub annotation\n{output}"
        );
        assert!(
            output
                .stdout
                .contains(&format!("title=ramverk {}::", code(name))),
            "{output}"
        );
        snapshot(
            "github",
            name,
            &format!("ramverk {}", args.join(" ")),
            &output.stdout,
        );
    });
}

/// `too-large`: a file over the 64 MiB limit, made sparse at test time so it costs no disk.
fn oversized_framework() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    let file = fs::File::create(dir.path().join("framework.yaml")).expect("create framework.yaml");
    file.set_len(MAX_FILE_BYTES as u64 + 1)
        .expect("grow framework.yaml");
    dir
}

/// The file is refused by its size and reported as a finding. That it is refused without being
/// read, quickly, is measured by `cargo bench -p ramverk-check --bench validate` (too-large).
#[test]
fn a_file_over_the_size_limit_is_a_too_large_finding() {
    let dir = oversized_framework();
    Test::new()
        .current_dir(dir.path())
        .args(["validate", "."])
        .status(1)
        .stderr_empty()
        .stdout_contains("error[too-large]")
        .stdout_contains("67108865 bytes, more than the limit of 67108864 bytes")
        .run();
}

/// A copy of the valid split fixture in a temporary directory, to break at test time.
fn split_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    let from = workspace().join(VALID).join("split");
    for sub in ["", "areas", "profiles"] {
        fs::create_dir_all(dir.path().join(sub)).expect("mkdir");
        for entry in fs::read_dir(from.join(sub)).expect("read fixture") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                fs::copy(
                    &path,
                    dir.path().join(sub).join(path.file_name().expect("name")),
                )
                .expect("copy");
            }
        }
    }
    dir
}

/// Broken and looping links, a named pipe and a directory named like a YAML file in `areas/`
/// and `profiles/` are findings at their paths, not skipped; the pipe is never opened (the
/// command would wait for a writer).
#[cfg(unix)]
#[test]
fn entries_that_are_not_files_are_unreadable_file_findings() {
    let dir = split_copy();
    let at = |name: &str| dir.path().join(name);
    std::os::unix::fs::symlink("nowhere.yaml", at("areas/3-dangling.yaml")).expect("symlink");
    std::os::unix::fs::symlink("loop-b.yaml", at("areas/loop-a.yaml")).expect("symlink");
    std::os::unix::fs::symlink("loop-a.yaml", at("areas/loop-b.yaml")).expect("symlink");
    fs::create_dir(at("profiles/folder.yaml")).expect("mkdir");
    let made = std::process::Command::new("mkfifo")
        .arg(at("profiles/pipe.yaml"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let path = dir.path().display().to_string();
    let json = Test::new()
        .args(["validate", "--format", "json", &path])
        .status(1)
        .stderr_empty()
        .run()
        .json();
    let found: Vec<(String, String, String)> = json["frameworks"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().expect("code").to_owned(),
                d["file"].as_str().expect("a file").to_owned(),
                d["message"].as_str().expect("message").to_owned(),
            )
        })
        .collect();
    let expect = [
        ("areas/3-dangling.yaml", "is a link to `"),
        ("areas/loop-a.yaml", "is a link that loops back to itself"),
        ("areas/loop-b.yaml", "is a link that loops back to itself"),
        ("profiles/folder.yaml", "is a directory, not a file"),
        (
            "profiles/pipe.yaml",
            "is a named pipe (FIFO), not a regular file",
        ),
    ];
    assert_eq!(found.len(), expect.len(), "{found:?}");
    for ((code, file, message), (name, says)) in found.iter().zip(expect) {
        assert_eq!(code, "unreadable-file");
        assert_eq!(file, &format!("{path}/{name}"));
        assert!(message.contains(says), "{message}");
    }
    Test::new()
        .args(["validate", &path])
        .status(1)
        .stdout_contains(format!(
            "{path}/profiles/pipe.yaml: error[unreadable-file]: `pipe.yaml` is a named pipe (FIFO), not a regular file\n  = help: replace it with a regular YAML file, or remove it"
        ))
        .run();
}

/// A finding on a 12 MB line shows a window around its place, marked with `…`, at the file's
/// own line and column: the output stays small.
#[test]
fn a_finding_on_a_huge_line_prints_a_bounded_snippet() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let long = "a".repeat(12_000_000);
    fs::write(
        dir.path().join("framework.yaml"),
        format!("id: x\ntitle: {long} : b\n"),
    )
    .expect("write");
    let output = Test::new()
        .current_dir(dir.path())
        .args(["validate", "."])
        .status(1)
        .stdout_contains("error[yaml-syntax]")
        .stdout_contains("framework.yaml:2:12000009")
        .stdout_contains("│ …aaaa")
        .run();
    assert!(output.stdout.len() < 2_000, "{} bytes", output.stdout.len());
}

// ---------------------------------------------------------------------------------------------
// Could not run: exit 2

#[test]
fn a_framework_yaml_that_is_a_directory_is_named_as_such() {
    let dir = tempfile::tempdir().expect("temporary directory");
    fs::create_dir(dir.path().join("framework.yaml")).expect("mkdir");
    let path = dir.path().display().to_string();
    Test::new()
        .args(["validate", &path])
        .status(2)
        .stderr_contains(format!("{path}/framework.yaml is a directory, not a file"))
        .run();
    Test::new()
        .args(["validate", &format!("{path}/framework.yaml")])
        .status(2)
        .stderr_contains(format!("{path}/framework.yaml is a directory, not a file"))
        .run();
}

#[test]
fn a_path_that_does_not_exist_exits_2() {
    let output = Test::new()
        .args(["validate", "frameworks/stockholm-kulture"])
        .status(2)
        .stderr_contains("frameworks/stockholm-kulture: no such file or directory")
        .run();
    assert!(output.stdout.is_empty(), "{output}");
    insta::assert_snapshot!("missing-path-stderr", output.stderr);
}

#[test]
fn a_directory_without_framework_yaml_exits_2() {
    let output = Test::new()
        .args(["validate", VALID])
        .status(2)
        .stderr_contains(
            "tests/fixtures/valid: not a framework directory (no framework.yaml in it)",
        )
        .run();
    assert!(output.stdout.is_empty(), "{output}");
    insta::assert_snapshot!("no-framework-yaml-stderr", output.stderr);
}

// ---------------------------------------------------------------------------------------------
// Reading commands on the Stockholm framework

#[test]
fn stats_counts_stockholm() {
    let stats = Test::new()
        .args(["stats", STOCKHOLM, "--format", "json"])
        .run()
        .json();
    assert_eq!(stats["id"], "stockholm-kultur");
    assert_eq!(stats["areas"], 6);
    assert_eq!(stats["competences"], 20);
    assert_eq!(stats["roles"], 10);
    let sizes = stats["profile_sizes"].as_object().expect("profile_sizes");
    let expected = [
        ("medarbetare", 12),
        ("chef", 14),
        ("systemagare", 18),
        ("systemansvarig", 20),
    ];
    for (role, size) in expected {
        assert_eq!(sizes[role], size, "profile size of {role}");
    }
    let others: Vec<(&String, &serde_json::Value)> = sizes
        .iter()
        .filter(|(role, _)| !expected.iter().any(|(known, _)| known == role))
        .collect();
    assert_eq!(others.len(), 6, "the six other roles: {others:?}");
    for (role, size) in others {
        assert_eq!(size, 12, "profile size of {role}");
    }
}

#[test]
fn show_lists_the_expected_levels_of_systemansvarig() {
    let profile = Test::new()
        .args([
            "show",
            STOCKHOLM,
            "--role",
            "systemansvarig",
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(profile["framework"], "stockholm-kultur");
    assert_eq!(profile["role"]["id"], "systemansvarig");
    let expected = profile["expected"].as_array().expect("expected");
    assert_eq!(expected.len(), 20);
    for entry in expected {
        assert_eq!(entry["applicable"], true, "{entry}");
        let level = entry["level"]
            .as_u64()
            .unwrap_or_else(|| panic!("no level: {entry}"));
        assert!((1..=5).contains(&level), "{entry}");
        assert!(
            entry["descriptor"].is_string(),
            "no descriptor for the expected level: {entry}"
        );
    }
}

#[test]
fn show_an_unknown_role_suggests_the_closest() {
    let output = Test::new()
        .args(["show", STOCKHOLM, "--role", "systemansvarg"])
        .status(2)
        .stderr_contains("did you mean `systemansvarig`?")
        .run();
    assert!(output.stdout.is_empty(), "{output}");
}

#[test]
fn schema_matches_the_committed_schema() {
    let output = Test::new().arg("schema").run();
    let committed = fs::read_to_string(workspace().join("docs/framework.schema.json"))
        .expect("docs/framework.schema.json");
    assert!(
        output.stdout == committed,
        "docs/framework.schema.json is out of date; regenerate it with `ramverk schema > docs/framework.schema.json`"
    );
}

#[test]
fn completions_and_man_page_know_validate() {
    Test::new()
        .args(["completions", "bash"])
        .stdout_contains("validate")
        .run();
    Test::new().arg("man").stdout_contains("validate").run();
}
