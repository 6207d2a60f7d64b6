//! `ramverk diff`: what a reviewer sees between two versions, in every format.

mod support;

use std::fs;

use support::{Test, git, workspace};

const BASE: &str = "tests/fixtures/diff/base";
const PILOT: &str = "frameworks/stockholm-kultur/history/0.9.0";
const STOCKHOLM: &str = "frameworks/stockholm-kultur";

fn diff(old: &str, new: &str, format: &str) -> String {
    Test::new()
        .args(["diff", old, new, "--format", format])
        .run()
        .stdout
}

#[test]
fn the_pilot_to_the_approved_version_reads_like_the_minutes() {
    let report = diff(PILOT, STOCKHOLM, "human");
    // "Minskat med en kompetens (5.3 Kreativ och effektiv användning av digital teknik)"
    assert!(
        report.contains("- 5.3 Kreativ och effektiv användning av digital teknik (borttagen)"),
        "{report}"
    );
    // The competence after it moved up: renumbered, not removed and added.
    assert!(
        report.contains("→ 5.4 → 5.3 Identifiera digitala kompetensluckor (omnumrerad)"),
        "{report}"
    );
    // "Lagt till område 6 i ramverket, digitalisering"
    // An area is neuter in Swedish (ett kompetensområde): the participle agrees (review L-1).
    assert!(report.contains("+ 6 Digitalisering (tillagt)"), "{report}");
    assert!(report.contains("Kompetensområden: 1 tillagt"), "{report}");
    assert!(
        report.contains("Kompetenser – exempel: tillagt i 12 kompetenser"),
        "{report}"
    );
    // Fixed values in the memo's language, not English (review L-10).
    assert!(
        report.contains("kräver nivåbeskrivningar: [-nej-]{+ja+}"),
        "{report}"
    );
    assert!(
        report.contains("Kompetenser: 8 tillagda, 1 borttagen, 1 omnumrerad"),
        "{report}"
    );
    // "Tagit fram kompletterande kompetensprofiler" for eight roles
    assert!(report.contains("Kompetensprofiler: 8 tillagda"), "{report}");
    // "Uppdaterat kompetensprofilen med en kort definition per kompetens"
    assert!(
        report.contains("Kompetenser – definition: tillagd i 12 kompetenser"),
        "{report}"
    );
    // "Lagt in utgångspunkter"
    assert!(report.contains("Utgångspunkter: 7 tillagda"), "{report}");
    insta::assert_snapshot!("pilot-to-1.0.0.human", report);
}

#[test]
fn every_format_of_the_pilot_diff() {
    insta::assert_snapshot!("pilot-to-1.0.0.md", diff(PILOT, STOCKHOLM, "markdown"));
    insta::assert_snapshot!("pilot-to-1.0.0.html", diff(PILOT, STOCKHOLM, "html"));
    // Read in English and Danish (`--lang`), with the fixed texts in the same language.
    for language in ["en", "da"] {
        let memo = Test::new()
            .args([
                "diff", PILOT, STOCKHOLM, "--format", "markdown", "--lang", language,
            ])
            .any_stderr()
            .run()
            .stdout;
        insta::assert_snapshot!(format!("pilot-to-1.0.0.{language}.md"), memo);
    }
    let json: serde_json::Value =
        serde_json::from_str(&diff(PILOT, STOCKHOLM, "json")).expect("json");
    assert_eq!(json["summary"]["competences"]["renumbered"], 1);
    assert_eq!(json["summary"]["areas"]["added"], 1);
    insta::assert_json_snapshot!("pilot-to-1.0.0.json", json);
}

#[test]
fn every_format_of_a_synthetic_change() {
    let changed = "tests/fixtures/diff/changed";
    for format in ["human", "markdown", "html", "json"] {
        insta::assert_snapshot!(
            format!("base-to-changed.{format}"),
            diff(BASE, changed, format)
        );
    }
}

/// Competence statements, learning outcomes, a step, the glossary and the licence: each change
/// is shown, in the terminal and in the JSON.
#[test]
fn statements_outcomes_steps_glossary_and_licence() {
    let (old, new) = (
        "tests/fixtures/diff/statements-base",
        "tests/fixtures/diff/statements-changed",
    );
    let report = diff(old, new, "human");
    for line in [
        "Competence statements: 1 added, 1 removed, 1 renumbered, 2 changed",
        "Learning outcomes: 1 changed",
        "Glossary: 1 added",
        "text: Use a search engine to find {+and compare +}simple information.",
        "- CS1.1.02 Refine a search strategy. (removed)",
        "→ CS1.1.03 → CS1.1.02 Save a web page to read it later. (renumbered)",
        "+ CS1.1.05 Ask an AI assistant to summarise search results, and check its sources. (added)",
        "competence: [-1.1-]{+1.2+}",
        "dimension: [-attitude-]{+skill+}",
        "step 2 equivalent: [-A2-]{+A2++}",
        "+ ai-assistant AI assistant (added)",
        "licence: [-CC-BY-SA-4.0-]{+CC-BY-4.0+}",
        "licence notice (added): The example municipality",
    ] {
        assert!(report.contains(line), "{line:?} in\n{report}");
    }
    insta::assert_snapshot!("statements.human", report);
    let json: serde_json::Value = serde_json::from_str(&diff(old, new, "json")).expect("json");
    assert_eq!(json["summary"]["statements"]["renumbered"], 1);
    assert_eq!(
        json["learning_outcomes"][0]["fields"][0]["field"],
        "dimension"
    );
    assert_eq!(json["glossary"][0]["title"], "AI assistant");
    insta::assert_json_snapshot!("statements.json", json);
}

#[test]
fn raised_lowered_and_added_expected_levels() {
    let json = Test::new()
        .args([
            "diff",
            BASE,
            "tests/fixtures/diff/changed",
            "--format",
            "json",
        ])
        .run()
        .json();
    let cells = json["expectations"].as_array().expect("expectations");
    let find = |role: &str, id: &str| {
        cells
            .iter()
            .find(|c| c["role"] == role && c["competence"] == id)
            .map(|c| c["movement"].clone())
    };
    assert_eq!(find("chef", "1.1"), Some("lowered".into()));
    assert_eq!(find("chef", "1.2"), Some("raised".into()));
    assert_eq!(find("medarbetare", "1.3"), Some("added".into()));
    assert_eq!(find("medarbetare", "1.1"), None);
}

#[test]
fn reformatting_and_reordering_alone_is_no_change() {
    Test::new()
        .args([
            "diff",
            BASE,
            "tests/fixtures/diff/reformatted",
            "--exit-code",
        ])
        .status(0)
        .stdout_contains("Inga ändringar i innehållet.")
        .run();
}

#[test]
fn a_changed_id_with_the_same_text_is_renumbered_not_removed_and_added() {
    let json = Test::new()
        .args([
            "diff",
            BASE,
            "tests/fixtures/diff/renumbered",
            "--format",
            "json",
        ])
        .run()
        .json();
    let competences = json["competences"].as_array().expect("competences");
    assert_eq!(competences.len(), 1, "{json}");
    assert_eq!(competences[0]["change"], "renumbered");
    assert_eq!(competences[0]["old_id"], "1.2");
    assert_eq!(competences[0]["id"], "1.3");
    assert_eq!(
        json["expectations"],
        serde_json::json!([]),
        "renumbering moves no expected level"
    );
}

#[test]
fn exit_code_says_whether_there_are_differences() {
    Test::new()
        .args(["diff", BASE, "tests/fixtures/diff/changed", "--exit-code"])
        .status(1)
        .run();
    Test::new()
        .args(["diff", BASE, "tests/fixtures/diff/changed"])
        .status(0)
        .run();
    Test::new()
        .args(["diff", BASE, "no/such/framework"])
        .status(2)
        .stderr_contains("no/such/framework")
        .run();
}

#[test]
fn either_side_can_be_a_git_revision() {
    let repo = tempfile::tempdir().expect("temporary directory");
    let framework = repo.path().join("frameworks/exempel");
    fs::create_dir_all(&framework).expect("mkdir");
    fs::copy(
        workspace().join(BASE).join("framework.yaml"),
        framework.join("framework.yaml"),
    )
    .expect("copy");
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "1.0.0"]);
    git(repo.path(), &["tag", "v1.0.0"]);
    fs::copy(
        workspace().join("tests/fixtures/diff/changed/framework.yaml"),
        framework.join("framework.yaml"),
    )
    .expect("copy");

    let output = Test::new()
        .current_dir(repo.path())
        .args([
            "diff",
            "v1.0.0:frameworks/exempel",
            "frameworks/exempel",
            "--exit-code",
        ])
        .status(1)
        .run();
    assert!(output.stdout.contains("1.0.0 → 2.0.0"), "{output}");
    assert!(output.stdout.contains("+ 1.3 Dela information"), "{output}");

    // From a subdirectory, REV:PATH is relative to where the command runs, as paths are.
    Test::new()
        .current_dir(repo.path().join("frameworks"))
        .args(["diff", "v1.0.0:exempel", "HEAD:exempel", "--exit-code"])
        .status(0)
        .run();
    Test::new()
        .current_dir(repo.path())
        .args(["diff", "v9.9.9:frameworks/exempel", "frameworks/exempel"])
        .status(2)
        .stderr_contains("`v9.9.9` is not a revision")
        .run();
    Test::new()
        .current_dir(repo.path())
        .args(["diff", "v1.0.0:frameworks/nothing", "frameworks/exempel"])
        .status(2)
        .stderr_contains("does not exist in revision `v1.0.0`")
        .run();
}

#[test]
fn a_changed_level_description_is_named_in_the_framework_language() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let base = fs::read_to_string(workspace().join(BASE).join("framework.yaml")).expect("base");
    let write = |name: &str, language: &str, description: &str| {
        let text = base
            .replace("language: sv", &format!("language: {language}"))
            .replace(
                "{rank: 2, label: På egen hand}",
                &format!("{{rank: 2, label: På egen hand, description: {description}}}"),
            );
        let path = dir.path().join(name);
        fs::create_dir_all(&path).expect("mkdir");
        fs::write(path.join("framework.yaml"), text).expect("write");
        path.to_string_lossy().into_owned()
    };
    for (language, label, memo_label) in [
        ("sv", "beskrivning av nivå 2", "beskrivning av nivå 2"),
        ("da", "beskrivelse af niveau 2", "beskrivelse af niveau 2"),
        ("en", "level 2 description", "description of level 2"),
    ] {
        let old = write(&format!("{language}-old"), language, "Utan stöd.");
        let new = write(&format!("{language}-new"), language, "Helt utan stöd.");
        let human = diff(&old, &new, "human");
        assert!(
            human.contains(&format!("      {label}: [-Utan-]{{+Helt utan+}} stöd.")),
            "{human}"
        );
        // The memo names the field capitalised, as the head of its change.
        let (first, rest) = memo_label.split_at(1);
        let heading = format!("{}{rest}", first.to_uppercase());
        let markdown = diff(&old, &new, "markdown");
        assert!(
            markdown.contains(&format!("- **{heading}**: ")),
            "{markdown}"
        );
        let html = diff(&old, &new, "html");
        assert!(html.contains(&format!("<dt>{heading}</dt>")), "{html}");
        // The JSON names fields in English whatever the language.
        let json: serde_json::Value =
            serde_json::from_str(&diff(&old, &new, "json")).expect("json");
        assert_eq!(
            json["scales"][0]["fields"][0]["field"], "level 2 description",
            "{json}"
        );
    }
}

/// A repository with the base framework at `at` (`""` for the root), committed and tagged
/// v1.0.0, then changed in the work tree.
fn repository_with_framework_at(at: &str) -> tempfile::TempDir {
    let repo = tempfile::tempdir().expect("temporary directory");
    let framework = repo.path().join(at);
    fs::create_dir_all(&framework).expect("mkdir");
    fs::copy(
        workspace().join(BASE).join("framework.yaml"),
        framework.join("framework.yaml"),
    )
    .expect("copy");
    git(repo.path(), &["init", "-q"]);
    git(repo.path(), &["add", "."]);
    git(repo.path(), &["commit", "-q", "-m", "1.0.0"]);
    git(repo.path(), &["tag", "v1.0.0"]);
    fs::copy(
        workspace().join("tests/fixtures/diff/changed/framework.yaml"),
        framework.join("framework.yaml"),
    )
    .expect("copy");
    repo
}

#[test]
fn rev_path_takes_absolute_paths_and_refuses_paths_outside_the_repository() {
    let repo = repository_with_framework_at("frameworks/exempel");
    let absolute = repo.path().join("frameworks/exempel");
    let output = Test::new()
        .current_dir(repo.path().join("frameworks"))
        .args([
            "diff",
            &format!("v1.0.0:{}", absolute.display()),
            "exempel",
            "--exit-code",
        ])
        .status(1)
        .run();
    assert!(output.stdout.contains("+ 1.3 Dela information"), "{output}");
    // `..` climbs as in any path: from frameworks/, ../frameworks/exempel is the framework.
    Test::new()
        .current_dir(repo.path().join("frameworks"))
        .args([
            "diff",
            "v1.0.0:../frameworks/exempel",
            "HEAD:./exempel/",
            "--exit-code",
        ])
        .status(0)
        .run();
    // Above the repository's root is outside it: an error, not the same path at the root.
    fs::create_dir_all(repo.path().join("exempel")).expect("mkdir");
    for outside in ["HEAD:../exempel", "HEAD:/"] {
        Test::new()
            .current_dir(repo.path())
            .args(["diff", outside, "frameworks/exempel"])
            .status(2)
            .stderr_contains("is outside the git repository")
            .run();
    }
}

#[test]
fn rev_path_reads_a_framework_at_the_repository_root() {
    let repo = repository_with_framework_at("");
    Test::new()
        .current_dir(repo.path())
        .args(["diff", "HEAD:.", ".", "--exit-code"])
        .status(1)
        .stdout_contains("+ 1.3 Dela information")
        .run();
    fs::create_dir_all(repo.path().join("docs")).expect("mkdir");
    Test::new()
        .current_dir(repo.path().join("docs"))
        .args(["diff", "v1.0.0:..", "HEAD:..", "--exit-code"])
        .status(0)
        .run();
}

#[test]
fn rev_path_reads_only_the_framework_files() {
    let repo = repository_with_framework_at("frameworks/exempel");
    // Beside the framework: a submodule (whose commit is not in this repository, so it cannot
    // be read), a binary file and a nested folder; none of them is part of the framework.
    let dir = repo.path().join("frameworks/exempel");
    fs::create_dir_all(dir.join("areas/old")).expect("mkdir");
    fs::write(dir.join("areas/old/broken.yaml"), "::: not yaml").expect("write");
    fs::write(dir.join("logo.png"), [0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]).expect("write");
    git(repo.path(), &["add", "."]);
    git(
        repo.path(),
        &[
            "update-index",
            "--add",
            "--cacheinfo",
            "160000,1111111111111111111111111111111111111111,frameworks/exempel/vendor",
        ],
    );
    git(repo.path(), &["commit", "-q", "-m", "more files"]);
    Test::new()
        .current_dir(repo.path())
        .args([
            "diff",
            "HEAD:frameworks/exempel",
            "frameworks/exempel",
            "--exit-code",
        ])
        .status(0)
        .run();
    Test::new()
        .current_dir(repo.path())
        .args([
            "diff",
            "HEAD:frameworks/exempel/logo.png",
            "frameworks/exempel",
        ])
        .status(2)
        .run();
    Test::new()
        .current_dir(repo.path())
        .args(["diff", "HEAD:frameworks", "frameworks/exempel"])
        .status(2)
        .stderr_contains("`frameworks` in revision `HEAD` is not a framework")
        .run();
}
