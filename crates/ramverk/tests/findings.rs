//! Findings outside `validate` go through the same renderer: ratings files, glossaries, plugin
//! manifests and a framework that cannot be read, each located as `file:line:column` with its
//! code in JSON.

mod support;

use std::fs;

use support::{Test, workspace};

fn stockholm() -> String {
    workspace()
        .join("frameworks/stockholm-kultur")
        .display()
        .to_string()
}

#[test]
fn ratings_problems_are_located_findings_with_codes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("wide.csv");
    fs::write(&file, "person,role,1.1,färg\np1,medarbetare,9,\n").unwrap();
    let path = file.display().to_string();
    Test::new()
        .args(["ratings", "check", &stockholm(), &path])
        .status(1)
        .stdout_contains(format!("{path}:1:4: error: the column `färg` is not"))
        .stdout_contains(format!(
            "{path}:2:3: error: `9` is not a level of the scale"
        ))
        .run();
    let json = Test::new()
        .args(["ratings", "check", &stockholm(), &path, "--format", "json"])
        .status(1)
        .run()
        .json();
    let problems = json["problems"].as_array().unwrap();
    let found: Vec<(&str, &str, u64, u64, u64)> = problems
        .iter()
        .map(|p| {
            (
                p["code"].as_str().unwrap(),
                p["severity"].as_str().unwrap(),
                p["row"].as_u64().unwrap(),
                p["line"].as_u64().unwrap(),
                p["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            ("ratings-column", "error", 1, 1, 4),
            ("ratings-row", "error", 2, 2, 3)
        ]
    );
    assert_eq!(problems[0]["file"], path.as_str());
}

#[test]
fn a_file_that_is_not_ratings_is_an_error_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("names.csv");
    fs::write(&file, "name,role\n").unwrap();
    let path = file.display().to_string();
    Test::new()
        .args(["ratings", "check", &stockholm(), &path])
        .status(2)
        .stderr_contains(format!(
            "error: {path}:1:1: the header has no `person` column"
        ))
        .run();
}

#[test]
fn score_skip_invalid_reports_the_rows_it_leaves_out_as_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("round.csv");
    fs::write(
        &file,
        "person,role,competence,self_rating\np1,medarbetare,1.1,9\np1,medarbetare,1.2,3\n",
    )
    .unwrap();
    let path = file.display().to_string();
    Test::new()
        .args(["score", &stockholm(), "--ratings", &path])
        .status(2)
        .stderr_contains(format!("{path}:2:4: error: `9` is not a level"))
        .stderr_contains("nothing was scored")
        .run();
    Test::new()
        .args(["score", &stockholm(), "--skip-invalid", "--ratings", &path])
        .stderr_contains(format!("{path}:2:4: warning: `9` is not a level"))
        .run();
}

#[test]
fn ratings_from_swedish_excel_and_wrong_rounds_say_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("round.csv");
    // Excel in Swedish writes semicolons.
    fs::write(
        &file,
        "round;person;role;competence;agreed_rating\n2024;p1;medarbetare;1.1;3\n2025;p1;medarbetare;1.1;4\n",
    )
    .unwrap();
    let path = file.display().to_string();
    Test::new()
        .args(["ratings", "check", &stockholm(), &path, "--round", "2025"])
        .stdout_contains(format!("ok {path} (semicolon-separated): 2 rows"))
        .run();
    let json = Test::new()
        .args([
            "ratings",
            "check",
            &stockholm(),
            &path,
            "--round",
            "2025",
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(json["separator"], ";");
    for command in [
        vec!["ratings", "check", &stockholm(), &path, "--round", "7"],
        vec!["score", &stockholm(), "--ratings", &path, "--round", "7"],
    ] {
        Test::new()
            .args(command)
            .status(2)
            .stderr_contains("the file has no round `7`; its rounds are `2024`, `2025`")
            .run();
    }
}

#[test]
fn score_skip_invalid_counts_the_rows_it_leaves_out() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("round.csv");
    let mut text = String::from("person,role,competence,self_rating\n");
    for p in 0..6 {
        text += &format!("p{p},medarbetare,1.1,3\n");
    }
    // An unknown competence with a level off the scale, then an unknown role: two rows left out.
    text += "p9,medarbetare,1.9,9\np8,medarbetre,1.1,3\n";
    fs::write(&file, text).unwrap();
    let path = file.display().to_string();
    let json = Test::new()
        .args([
            "score",
            &stockholm(),
            "--skip-invalid",
            "--ratings",
            &path,
            "--format",
            "json",
        ])
        .stderr_contains("warning: unknown role")
        .run()
        .json();
    assert_eq!(
        (json["skipped_rows"].as_u64(), json["ratings"].as_u64()),
        (Some(2), Some(6))
    );
}

#[test]
fn score_reports_write_names_from_ratings_as_text_in_csv_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("round.csv");
    let mut text = String::from("person,role,unit,competence,agreed_rating\n");
    for p in 0..5 {
        text += &format!("#p{p},medarbetare,\"=HYPERLINK(\"\"http://x\"\")|*b*\",1.1,3\n");
    }
    fs::write(&file, text).unwrap();
    let path = file.display().to_string();
    let csv = Test::new()
        .args(["score", &stockholm(), "--ratings", &path, "--format", "csv"])
        .run()
        .stdout;
    let unit = "\"'=HYPERLINK(\"\"http://x\"\")|*b*\"";
    assert!(
        csv.contains(&format!("\nunit,{unit},{unit},false,5,")),
        "{csv}"
    );
    let per_person = Test::new()
        .args([
            "score",
            &stockholm(),
            "--ratings",
            &path,
            "--format",
            "csv",
            "--per-person",
        ])
        .run()
        .stdout;
    assert!(
        per_person.contains(&format!("\n#p0,medarbetare,{unit},1.1,")),
        "{per_person}"
    );
    let markdown = Test::new()
        .args([
            "score",
            &stockholm(),
            "--ratings",
            &path,
            "--format",
            "markdown",
            "--per-person",
        ])
        .run()
        .stdout;
    assert!(
        markdown.contains("| =HYPERLINK(\"http://x\")\\|\\*b\\* | 5 |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("### \\#p0 (medarbetare, =HYPERLINK(\"http://x\")\\|\\*b\\*)"),
        "{markdown}"
    );
}

#[test]
fn a_broken_glossary_is_located_with_its_help() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sv-en.yaml");
    fs::write(
        &file,
        "source_language: sv\ntarget_language: en\nterms:\n  - source: ram\n    target: frame\n  - source: ram\n    target: framework\n",
    )
    .unwrap();
    let path = file.display().to_string();
    Test::new()
        .args(["i18n", "glossary", &path])
        .status(2)
        .stderr_contains(format!(
            "error: {path}:6: `ram` is listed twice (first on line 4)\n  help: keep one entry per term"
        ))
        .run();
}

#[test]
fn an_unreadable_plugin_manifest_is_listed_with_its_place_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("plugins/broken");
    fs::create_dir_all(&plugin).unwrap();
    fs::create_dir_all(dir.path().join("user-plugins")).unwrap();
    fs::write(
        plugin.join("plugin.yaml"),
        "name: broken\nversion: 1.0.0\nkind: scorer\napi: 1.0.0\ndescription: x\n",
    )
    .unwrap();
    let run = |format: &str| {
        Test::new()
            .current_dir(dir.path())
            .env("RAMVERK_CACHE_DIR", dir.path().join("cache"))
            .env("RAMVERK_PLUGIN_DIR", dir.path().join("user-plugins"))
            .args(["plugin", "list", "--format", format])
    };
    run("human")
        .stdout_contains("?  project: ./plugins/broken  (unreadable manifest)\n")
        .stdout_contains("    ./plugins/broken/plugin.yaml:3:7: error: unknown variant `scorer`")
        .stdout_contains("      help: see docs/plugins.md")
        .run();
    let json = run("json").run().json();
    let finding = &json["plugins"][0]["diagnostic"];
    assert_eq!(finding["code"], "plugin-manifest");
    assert_eq!(
        (&finding["line"], &finding["column"]),
        (&3.into(), &7.into())
    );
}

#[test]
fn a_framework_that_cannot_be_read_names_its_first_finding() {
    Test::new()
        .args(["show", "tests/fixtures/invalid/yaml-syntax"])
        .status(2)
        .stderr_contains(
            "error: tests/fixtures/invalid/yaml-syntax has 1 error(s) and cannot be read; first: tests/fixtures/invalid/yaml-syntax/framework.yaml:4:1: ",
        )
        .stderr_contains("run `ramverk validate tests/fixtures/invalid/yaml-syntax`")
        .run();
}

#[test]
fn a_translation_file_that_is_not_utf8_is_a_finding_at_the_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        workspace().join("tests/fixtures/valid/minimal/framework.yaml"),
        dir.path().join("framework.yaml"),
    )
    .unwrap();
    fs::create_dir_all(dir.path().join("translations")).unwrap();
    let file = dir.path().join("translations/en.yaml");
    fs::write(&file, b"language: en\nentries: \xff\n").unwrap();
    let path = file.display().to_string();
    Test::new()
        .args(["validate", dir.path().to_str().unwrap()])
        .status(1)
        .stdout_contains(format!(
            "{path}: error[translation-invalid]: cannot be read as UTF-8 text\n  = help: save it as UTF-8\n"
        ))
        .run();
    let json = Test::new()
        .args(["validate", dir.path().to_str().unwrap(), "--format", "json"])
        .status(1)
        .run()
        .json();
    let finding = &json["frameworks"][0]["diagnostics"][0];
    assert_eq!(finding["code"], "translation-invalid");
    assert_eq!(finding["file"], path.as_str());
}

#[test]
fn a_plugin_with_a_broken_manifest_cannot_be_used_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = dir.path().join("broken");
    fs::create_dir_all(&plugin).unwrap();
    fs::write(
        plugin.join("plugin.yaml"),
        "name: Broken Rule\nversion: 1.0.0\nkind: scoring\napi: 1.0.0\ndescription: x\n",
    )
    .unwrap();
    let manifest = plugin.join("plugin.yaml").display().to_string();
    Test::new()
        .current_dir(dir.path())
        .env("RAMVERK_CACHE_DIR", dir.path().join("cache"))
        .env("RAMVERK_PLUGIN_DIR", dir.path().join("user-plugins"))
        .args(["plugin", "inspect", plugin.to_str().unwrap()])
        .status(2)
        .stderr_contains(format!(
            "error: {manifest}: the name `Broken Rule` is not a plugin name\n  help: use lowercase letters"
        ))
        .run();
}
