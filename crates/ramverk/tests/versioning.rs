//! `ramverk version check|bump`, `changelog`, `approve` and `verify`: a version number and its
//! approvals cannot silently drift from the content.

mod support;

use std::fs;
use std::path::Path;

use support::{Test, git, workspace};

const BASE: &str = "tests/fixtures/diff/base/framework.yaml";

/// A repository with the base framework at frameworks/exempel, committed and tagged v1.0.0.
fn repository() -> tempfile::TempDir {
    let repo = tempfile::tempdir().expect("temporary directory");
    let dir = repo.path().join("frameworks/exempel");
    fs::create_dir_all(&dir).expect("mkdir");
    fs::copy(workspace().join(BASE), dir.join("framework.yaml")).expect("copy");
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "1.0.0"]);
    git(repo.path(), &["tag", "v1.0.0"]);
    repo
}

fn framework_file(repo: &Path) -> std::path::PathBuf {
    repo.join("frameworks/exempel/framework.yaml")
}

/// Rewrites the framework with `edit` and sets its version.
fn edit(repo: &Path, version: &str, edit: impl Fn(String) -> String) {
    let text = fs::read_to_string(workspace().join(BASE)).expect("base");
    let text = edit(text).replace("version: \"1.0.0\"", &format!("version: \"{version}\""));
    fs::write(framework_file(repo), text).expect("write");
}

fn check(repo: &Path, status: i32) -> support::Output {
    Test::new()
        .current_dir(repo)
        .args(["version", "check", "--since", "v1.0.0"])
        .status(status)
        .run()
}

/// Makes `change` with version `unbumped`, which `version check` refuses saying each of `says`;
/// then with version `bumped`, which it accepts.
fn needs_bump(
    repo: &Path,
    change: impl Fn(String) -> String + Copy,
    unbumped: &str,
    bumped: &str,
    says: &[&str],
) {
    edit(repo, unbumped, change);
    let output = check(repo, 1);
    for phrase in says {
        assert!(output.stdout.contains(phrase), "{output}");
    }
    edit(repo, bumped, change);
    check(repo, 0);
}

/// Raises the expected level of medarbetare for 1.1 from 2 to 3.
fn raise_1_1(text: String) -> String {
    text.replace(
        r#"expected: {"1.1": 2, "1.2": 2}"#,
        r#"expected: {"1.1": 3, "1.2": 2}"#,
    )
}

#[test]
fn wording_needs_a_patch_bump() {
    let repo = repository();
    let reword = |t: String| {
        t.replace(
            "Kan söka information på egen hand.",
            "Kan söka information självständigt.",
        )
    };
    needs_bump(
        repo.path(),
        reword,
        "1.0.0",
        "1.0.1",
        &["need a patch bump", "help: set version to 1.0.1"],
    );
}

#[test]
fn an_addition_needs_a_minor_bump() {
    let repo = repository();
    let add = |t: String| {
        t.replace(
            "profiles:",
            "      - id: \"1.3\"\n        title: Dela information\n        descriptors: {1: a, 2: b, 3: c}\nprofiles:",
        )
    };
    needs_bump(
        repo.path(),
        add,
        "1.0.1",
        "1.1.0",
        &["need a minor bump", "competence 1.3 Dela information added"],
    );
}

#[test]
fn a_changed_expected_level_or_a_removed_competence_needs_a_major_bump() {
    let repo = repository();
    needs_bump(
        repo.path(),
        raise_1_1,
        "1.1.0",
        "2.0.0",
        &[
            "need a major bump",
            "expected level of medarbetare for 1.1 raised",
        ],
    );

    let remove = |t: String| {
        let start = t.find("      - id: \"1.2\"").expect("1.2");
        let end = t.find("profiles:").expect("profiles");
        let t = format!("{}{}", &t[..start], &t[end..]);
        t.replace(r#", "1.2": 2}"#, "}")
    };
    edit(repo.path(), "1.1.0", remove);
    let output = check(repo.path(), 1);
    assert!(
        output
            .stdout
            .contains("competence 1.2 Granska källor removed"),
        "{output}"
    );
}

#[test]
fn unchanged_content_needs_no_bump() {
    let repo = repository();
    fs::copy(
        workspace().join("tests/fixtures/diff/reformatted/framework.yaml"),
        framework_file(repo.path()),
    )
    .expect("copy");
    let output = check(repo.path(), 0);
    assert!(
        output
            .stdout
            .contains("ok: frameworks/exempel 1.0.0 → 1.0.0; no content changed since v1.0.0"),
        "{output}"
    );
}

#[test]
fn bump_edits_only_the_version_and_keeps_comments() {
    let repo = repository();
    edit(repo.path(), "1.0.0", raise_1_1);
    let before = fs::read_to_string(framework_file(repo.path())).expect("read");
    Test::new()
        .current_dir(repo.path())
        .args([
            "version",
            "bump",
            "auto",
            "--path",
            "frameworks/exempel",
            "--since",
            "v1.0.0",
        ])
        .stdout_contains("1.0.0 → 2.0.0")
        .run();
    let after = fs::read_to_string(framework_file(repo.path())).expect("read");
    assert_eq!(
        after,
        before.replace("version: \"1.0.0\"", "version: \"2.0.0\"")
    );
    assert!(after.starts_with("# Base version"), "the comment is kept");
    check(repo.path(), 0);
    Test::new()
        .current_dir(repo.path())
        .args(["version", "bump", "patch", "--path", "frameworks/exempel"])
        .stdout_contains("2.0.0 → 2.0.1")
        .run();
}

#[test]
fn changelog_lists_the_changes_since_a_tag() {
    let repo = repository();
    edit(repo.path(), "2.0.0", raise_1_1);
    Test::new()
        .current_dir(repo.path())
        .args([
            "changelog",
            "frameworks/exempel",
            "--since",
            "v1.0.0",
            "-o",
            "CHANGELOG.md",
        ])
        .run();
    let changelog = fs::read_to_string(repo.path().join("CHANGELOG.md")).expect("changelog");
    assert!(
        changelog.contains("## 2.0.0 (1.0.0 since v1.0.0, major)"),
        "{changelog}"
    );
    // The memo part: the raised level, competence by title, the movement in words.
    assert!(
        changelog.contains("| Söka information (1.1) | 2 | 3 (höjd) |"),
        "{changelog}"
    );
}

#[test]
fn a_tampered_approved_framework_is_caught() {
    let repo = repository();
    Test::new()
        .current_dir(repo.path())
        .args([
            "approve",
            "frameworks/exempel",
            "--by",
            "Förvaltningsgruppen",
            "--date",
            "2025-01-15",
            "--note",
            "Protokoll punkt 9",
        ])
        .stdout_contains("approved diff-exempel 1.0.0 (2025-01-15)")
        .run();
    let approvals =
        fs::read_to_string(repo.path().join("frameworks/exempel/approvals.yaml")).expect("read");
    assert!(
        approvals.contains("    content: \"ramverk-approval-v1:sha256:"),
        "recorded in the versioned form: {approvals}"
    );
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "approval"]);
    Test::new()
        .current_dir(repo.path())
        .args(["verify", "frameworks/exempel"])
        .status(0)
        .run();

    // Reformatting keeps the approval valid.
    let reformatted =
        fs::read_to_string(workspace().join("tests/fixtures/diff/reformatted/framework.yaml"))
            .expect("read");
    fs::write(framework_file(repo.path()), reformatted).expect("write");
    Test::new()
        .current_dir(repo.path())
        .args(["verify", "frameworks/exempel"])
        .status(0)
        .run();

    // Changing a descriptor under the same version number does not.
    edit(repo.path(), "1.0.0", |t| {
        t.replace("Kan granska källor med stöd.", "Kan granska källor.")
    });
    let output = Test::new()
        .current_dir(repo.path())
        .args(["verify", "frameworks/exempel"])
        .status(1)
        .run();
    assert!(
        output
            .stdout
            .contains("differs from the content approved on 2025-01-15"),
        "{output}"
    );
    assert!(
        output.stdout.contains("1.2 Granska källor"),
        "names what changed: {output}"
    );

    // And the changed content cannot be approved as 1.0.0 again.
    Test::new()
        .current_dir(repo.path())
        .args([
            "approve",
            "frameworks/exempel",
            "--by",
            "Någon",
            "--date",
            "2025-02-01",
        ])
        .status(2)
        .stderr_contains("bump the version before approving")
        .run();
}

#[test]
fn the_bundled_stockholm_framework_matches_its_2024_approval() {
    Test::new()
        .args(["verify", "frameworks/stockholm-kultur"])
        .stdout_contains("stockholm-kultur 1.0.0 matches its approval of 2024-09-02")
        .run();
}

#[test]
fn approve_refuses_a_bad_date_and_an_invalid_framework() {
    let repo = repository();
    Test::new()
        .current_dir(repo.path())
        .args([
            "approve",
            "frameworks/exempel",
            "--by",
            "X",
            "--date",
            "2025-02-30",
        ])
        .status(2)
        .stderr_contains("not a calendar date")
        .run();
    edit(repo.path(), "1.0.0", |t| {
        t.replace(r#""1.1": 2, "1.2": 2"#, r#""1.1": 9, "1.2": 2"#)
    });
    Test::new()
        .current_dir(repo.path())
        .args([
            "approve",
            "frameworks/exempel",
            "--by",
            "X",
            "--date",
            "2025-02-01",
        ])
        .status(2)
        .stderr_contains("must validate before it is approved")
        .run();
    assert!(
        !repo
            .path()
            .join("frameworks/exempel/approvals.yaml")
            .exists(),
        "nothing written"
    );
}

#[test]
fn a_framework_new_since_the_revision_needs_no_bump() {
    let repo = repository();
    let new = repo.path().join("frameworks/ny");
    fs::create_dir_all(&new).expect("mkdir");
    fs::copy(workspace().join(BASE), new.join("framework.yaml")).expect("copy");
    Test::new()
        .current_dir(repo.path())
        .args(["version", "check", "frameworks/ny", "--since", "v1.0.0"])
        .status(0)
        .stdout_contains("frameworks/ny: new since v1.0.0; any version is fine")
        .run();
}

#[test]
fn reasons_name_the_changed_fields() {
    let repo = repository();
    edit(repo.path(), "1.0.0", |t: String| {
        t.replace(
            "Kan söka information på egen hand.",
            "Kan söka information självständigt.",
        )
        .replace(
            "Exempel på nivå 3 är att skapa sökstrategier.",
            "Exempel på nivå 3 är att skapa egna sökstrategier.",
        )
        .replace("{rank: 2, label: På egen hand}", "{rank: 2, label: Själv}")
    });
    let output = check(repo.path(), 1);
    assert!(
        output
            .stdout
            .contains("patch competence 1.1: example, descriptor 2 reworded"),
        "{output}"
    );
    assert!(
        output
            .stdout
            .contains("major scale niva changed: ratings on it may now mean something else"),
        "{output}"
    );
}

#[test]
fn a_hash_in_an_unknown_form_is_an_error_not_a_mismatch() {
    let repo = repository();
    let approvals = repo.path().join("frameworks/exempel/approvals.yaml");
    fs::write(
        &approvals,
        "approvals:\n  - version: \"1.0.0\"\n    date: \"2025-01-15\"\n    by: X\n    content: \"ramverk-approval-v9:sha256:00\"\n",
    )
    .expect("write");
    for args in [
        &["verify", "frameworks/exempel"][..],
        &[
            "approve",
            "frameworks/exempel",
            "--by",
            "Y",
            "--date",
            "2025-02-01",
        ][..],
    ] {
        Test::new()
            .current_dir(repo.path())
            .args(args)
            .status(2)
            .stderr_contains("is not a content hash this ramverk knows")
            .run();
    }
}

#[test]
fn an_absolute_path_is_checked_like_the_relative_one() {
    let repo = repository();
    edit(repo.path(), "1.0.0", raise_1_1);
    let absolute = framework_file(repo.path())
        .parent()
        .expect("the framework directory")
        .to_owned();
    for path in [
        absolute.to_string_lossy().into_owned(),
        "frameworks/exempel".into(),
    ] {
        Test::new()
            .current_dir(repo.path())
            .args(["version", "check", &path, "--since", "v1.0.0"])
            .status(1)
            .stdout_contains("need a major bump")
            .run();
    }
    // A framework outside the repository cannot be compared with a revision of it.
    let elsewhere = tempfile::tempdir().expect("temporary directory");
    fs::copy(
        workspace().join(BASE),
        elsewhere.path().join("framework.yaml"),
    )
    .expect("copy");
    Test::new()
        .current_dir(repo.path())
        .args([
            "version",
            "check",
            &elsewhere.path().to_string_lossy(),
            "--since",
            "v1.0.0",
        ])
        .status(2)
        .stderr_contains("is outside the git repository")
        .run();
}

#[test]
fn bump_refuses_an_edit_that_would_change_more_than_the_version() {
    let repo = repository();
    // The publisher's name is the version's value, through a YAML anchor: replacing the
    // version's characters would rename the publisher too.
    edit(repo.path(), "1.0.0", |t| {
        t.replace("version: \"1.0.0\"", "version: &v \"1.0.0\"")
            .replace("  name: Exempel kommun", "  name: *v")
    });
    let before = fs::read_to_string(framework_file(repo.path())).expect("read");
    assert!(before.contains("version: &v \"1.0.0\""), "{before}");
    Test::new()
        .current_dir(repo.path())
        .args(["version", "bump", "minor", "--path", "frameworks/exempel"])
        .status(2)
        .stderr_contains("would change more than the version")
        .stderr_contains("nothing was written")
        .run();
    let after = fs::read_to_string(framework_file(repo.path())).expect("read");
    assert_eq!(after, before, "nothing written");
}
