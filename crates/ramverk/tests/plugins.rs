//! Plugins from the command line: list, inspect, check, export, score and show --profile-plugin,
//! with the example plugins built from source and a hostile one.

mod support;

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};

use ramverk_assess::synthetic::{RoundSpec, round};
use ramverk_assess::write_ratings_csv;
use ramverk_testkit::{copy_dir, plugin, plugin_cache_dir};
use support::{Test, workspace};

/// A project folder with the example plugins under plugins/ and a private user folder; compiled
/// plugins go to the tests' shared cache, or to a private one for the tests of the cache.
struct Project {
    dir: tempfile::TempDir,
    cache: PathBuf,
}

impl Project {
    fn new() -> Project {
        let dir = tempfile::tempdir().unwrap();
        for name in ["stockholm-scoring", "derived-role", "case-export"] {
            copy_dir(&plugin(name), &dir.path().join("plugins").join(name));
        }
        fs::create_dir_all(dir.path().join("user-plugins")).unwrap();
        Project {
            dir,
            cache: plugin_cache_dir(),
        }
    }

    /// A project whose cache starts empty and is its own.
    fn with_private_cache() -> Project {
        let project = Project::new();
        Project {
            cache: project.path().join("cache"),
            ..project
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn test(&self) -> Test {
        Test::new()
            .current_dir(self.path())
            .env("RAMVERK_CACHE_DIR", &self.cache)
            .env("RAMVERK_PLUGIN_DIR", self.path().join("user-plugins"))
    }
}

fn stockholm() -> String {
    workspace()
        .join("frameworks/stockholm-kultur")
        .display()
        .to_string()
}

fn hostile() -> PathBuf {
    plugin("hostile")
}

#[test]
fn plugin_list_shows_project_user_and_explicit_plugins() {
    let project = Project::new();
    copy_dir(
        &plugin("hostile"),
        &project.path().join("user-plugins/hostile"),
    );
    let output = project.test().args(["plugin", "list"]).run();
    for text in [
        "stockholm-scoring 1.0.0  scoring",
        "derived-role 1.0.0  role-profile",
        "case-export 1.1.0  export --format case",
        "(user:",
    ] {
        assert!(output.stdout.contains(text), "lacks {text:?}\n{output}");
    }
    let json = project
        .test()
        .args(["plugin", "list", "--format", "json"])
        .arg("--plugin")
        .arg(plugin("future-api"))
        .run()
        .json();
    let plugins = json["plugins"].as_array().unwrap();
    assert_eq!(plugins[0]["name"], "future-api");
    assert_eq!(plugins[0]["origin"], "--plugin");
    assert!(plugins.iter().all(|p| p["built"] == true), "{json:#}");
}

#[test]
fn an_unbuilt_plugin_is_listed_as_such_and_explained_when_used() {
    let project = Project::new();
    fs::remove_file(
        project
            .path()
            .join("plugins/stockholm-scoring/stockholm_scoring.wasm"),
    )
    .unwrap();
    project
        .test()
        .args(["plugin", "list"])
        .stdout_contains("[not built]")
        .run();
    project
        .test()
        .args(["plugin", "check", "stockholm-scoring"])
        .status(2)
        .stderr_contains("plugin stockholm-scoring (")
        .stderr_contains("is not built")
        .stderr_contains("cargo build --release --target wasm32-wasip2")
        .run();
}

#[test]
fn an_unbuilt_project_plugin_gives_way_to_the_built_in_one_with_a_note() {
    let project = Project::new();
    fs::remove_file(project.path().join("plugins/case-export/case_export.wasm")).unwrap();
    let out = project.path().join("out");
    project
        .test()
        .args(["export", &stockholm(), "--format", "case", "-o"])
        .arg(&out)
        .stderr_contains("note: plugin case-export (./plugins/case-export) is not built: ")
        .stderr_contains(
            "case_export.wasm is missing; using case-export from the built-in plugins instead",
        )
        .run();
    assert!(out.join("stockholm-kultur.case.json").is_file());
}

/// What the guide says of DigComp 3.0 in CASE, with the built-in plugin: statements and outcomes
/// as items with their levels, levels and steps, the glossary and the licence.
#[test]
fn the_built_in_case_export_carries_digcomp_details() {
    let bare = Bare::new();
    let out = bare.path().join("out");
    bare.test()
        .args(["export"])
        .arg(workspace().join("frameworks/digcomp-3"))
        .args(["--format", "case", "-o"])
        .arg(&out)
        .stderr_contains("digcomp-3.case.json")
        .run();
    let text = fs::read_to_string(out.join("digcomp-3.case.json")).unwrap();
    let package: serde_json::Value = serde_json::from_str(&text).unwrap();
    let items = package["CFItems"].as_array().unwrap();
    let count = |prefix: &str| {
        items
            .iter()
            .filter(|i| i["CFItemType"].as_str().unwrap().starts_with(prefix))
            .count()
    };
    assert_eq!(
        [
            count("Competence Statement"),
            count("Learning Outcome"),
            count("Proficiency Level"),
            count("Proficiency Step"),
        ],
        [362, 523, 4, 8]
    );
    let skill_levels = package["CFAssociations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["associationType"] == "hasSkillLevel")
        .count();
    assert_eq!(skill_levels, 362 + 523);
    assert!(text.contains("\"alternativeLabel\": \"A1–C2: B1\""));
    assert_eq!(
        package["CFDefinitions"]["CFConcepts"]
            .as_array()
            .unwrap()
            .len(),
        126
    );
    assert_eq!(
        package["CFDefinitions"]["CFLicenses"][0]["title"],
        "CC-BY-SA-4.0"
    );
}

/// A folder with no `plugins/`, an empty home and no user plugin folder: only the plugins
/// compiled into ramverk are found, as after `cargo install` on a machine without WebAssembly.
struct Bare {
    dir: tempfile::TempDir,
    cache: PathBuf,
}

impl Bare {
    fn new() -> Bare {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("home")).unwrap();
        Bare {
            dir,
            cache: plugin_cache_dir(),
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The user plugin folder ramverk derives from the empty home.
    fn user_plugins(&self) -> PathBuf {
        self.path().join("home/.local/share/ramverk/plugins")
    }

    fn test(&self) -> Test {
        Test::new()
            .current_dir(self.path())
            .env("HOME", self.path().join("home"))
            .env("XDG_DATA_HOME", "")
            .env("APPDATA", "")
            .env("RAMVERK_PLUGIN_DIR", "")
            .env("RAMVERK_CACHE_DIR", &self.cache)
    }
}

#[test]
fn export_case_works_without_any_plugin_folder_and_matches_the_plugin_built_from_source() {
    let bare = Bare::new();
    let out = bare.path().join("out");
    bare.test()
        .args(["export", &stockholm(), "--format", "case", "-o"])
        .arg(&out)
        .stderr_contains("stockholm-kultur.case.json")
        .run();
    assert!(!bare.path().join("plugins").exists());
    let names: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["stockholm-kultur.case.json"]);
    let built_in = fs::read(out.join("stockholm-kultur.case.json")).unwrap();
    let package: serde_json::Value = serde_json::from_slice(&built_in).unwrap();
    assert_eq!(package["CFItems"].as_array().unwrap().len(), 26);
    assert!(!package["CFAssociations"].as_array().unwrap().is_empty());
    assert_eq!(package["CFDocument"]["language"], "sv");

    // The same package as the example plugin built from its source gives.
    let project = Project::new();
    let from_source = project.path().join("out");
    project
        .test()
        .args(["export", &stockholm(), "--format", "case", "-o"])
        .arg(&from_source)
        .any_stderr()
        .run();
    assert!(
        fs::read(from_source.join("stockholm-kultur.case.json")).unwrap() == built_in,
        "the built-in case-export writes another package than plugins/case-export"
    );
}

#[test]
fn the_built_in_competence_csv_plugin_writes_one_row_per_competence() {
    let bare = Bare::new();
    let out = bare.path().join("out");
    bare.test()
        .args([
            "export",
            &stockholm(),
            "--format",
            "competence-csv",
            "--config",
            "separator=;",
            "-o",
        ])
        .arg(&out)
        .stderr_contains("stockholm-kultur.csv")
        .run();
    let text = fs::read_to_string(out.join("stockholm-kultur.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 21, "a header and 20 competences\n{text}");
    assert!(
        lines[0].starts_with("area;competence;title;Medarbetare;Chef;"),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("6;6.7;") && l.contains(";not applicable")),
        "{text}"
    );
}

#[test]
fn plugin_list_says_which_plugins_are_built_in_and_which_are_shadowed() {
    let bare = Bare::new();
    let output = bare.test().args(["plugin", "list"]).run();
    for text in [
        "case-export 1.1.0  export --format case  api 1.1.0  (built-in)\n",
        "competence-csv 1.0.0  export --format competence-csv  api 1.1.0  (built-in)\n",
    ] {
        assert!(output.stdout.contains(text), "lacks {text:?}\n{output}");
    }
    let json = bare
        .test()
        .args(["plugin", "list", "--format", "json"])
        .run()
        .json();
    let plugins = json["plugins"].as_array().unwrap();
    let names: Vec<&str> = plugins
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["case-export", "competence-csv"]);
    for plugin in plugins {
        assert_eq!(plugin["origin"], "built-in", "{plugin}");
        assert_eq!(plugin["manifest"], serde_json::Value::Null, "{plugin}");
        assert_eq!(plugin["built"], true, "{plugin}");
        assert_eq!(plugin["shadowed"], false, "{plugin}");
    }

    // The project's case-export comes first; the built-in one is shadowed by it.
    let project = Project::new();
    let output = project.test().args(["plugin", "list"]).run();
    assert!(
        output
            .stdout
            .contains("case-export 1.1.0  export --format case  api 1.1.0  (project: "),
        "{output}"
    );
    assert!(
        output
            .stdout
            .contains("case-export 1.1.0  export --format case  api 1.1.0  (built-in) [shadowed]"),
        "{output}"
    );
    let json = project
        .test()
        .args(["plugin", "list", "--format", "json"])
        .run()
        .json();
    let built_in: Vec<(&str, bool)> = json["plugins"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["origin"] == "built-in")
        .map(|p| (p["name"].as_str().unwrap(), p["shadowed"] == true))
        .collect();
    assert_eq!(built_in, [("case-export", true), ("competence-csv", false)]);
}

/// Writes, in `dir`, the competence-csv plugin built from source under another manifest `name`
/// that answers to `--format case`: a plugin whose output tells it apart from the CASE exporter.
fn csv_plugin_answering_to_case(dir: &Path, name: &str) {
    copy_dir(&plugin("competence-csv"), dir);
    let manifest = fs::read_to_string(dir.join("plugin.yaml")).unwrap();
    let manifest = manifest
        .replace("name: competence-csv", &format!("name: {name}"))
        .replace("format: competence-csv", "format: case")
        + "wasm: competence_csv.wasm\n";
    fs::write(dir.join("plugin.yaml"), manifest).unwrap();
}

#[test]
fn a_project_or_user_plugin_overrides_the_built_in_one_by_name_or_format() {
    // Same name, in ./plugins.
    let bare = Bare::new();
    csv_plugin_answering_to_case(&bare.path().join("plugins/case-export"), "case-export");
    let out = bare.path().join("out");
    bare.test()
        .args(["export", &stockholm(), "--format", "case", "-o"])
        .arg(&out)
        .stderr_contains("stockholm-kultur.csv")
        .run();
    assert!(out.join("stockholm-kultur.csv").is_file());
    assert!(!out.join("stockholm-kultur.case.json").exists());

    // Another name, same format, in the user's plugin folder under the (empty) home.
    let bare = Bare::new();
    csv_plugin_answering_to_case(&bare.user_plugins().join("my-case"), "my-case");
    let out = bare.path().join("out");
    bare.test()
        .args(["export", &stockholm(), "--format", "case", "-o"])
        .arg(&out)
        .stderr_contains("stockholm-kultur.csv")
        .run();
    let text = fs::read_to_string(out.join("stockholm-kultur.csv")).unwrap();
    assert!(text.starts_with("area,competence,title,"), "{text}");
    // The built-in one is still there by its name.
    bare.test()
        .args(["export", &stockholm(), "--format", "case-export", "-o"])
        .arg(&out)
        .stderr_contains("stockholm-kultur.case.json")
        .run();
}

#[test]
fn a_plugin_declaring_a_built_in_format_is_used_only_by_path() {
    // A plugin in ./plugins that answers to `csv`: the built-in CSV export still wins.
    let bare = Bare::new();
    let dir = bare.path().join("plugins/my-csv");
    copy_dir(&plugin("competence-csv"), &dir);
    let manifest = fs::read_to_string(dir.join("plugin.yaml")).unwrap();
    let manifest = manifest
        .replace("name: competence-csv", "name: my-csv")
        .replace("format: competence-csv", "format: csv")
        + "wasm: competence_csv.wasm\n";
    fs::write(dir.join("plugin.yaml"), manifest).unwrap();
    let built_in = bare
        .test()
        .args(["export", &stockholm(), "--format", "csv"])
        .run();
    assert!(
        built_in.stdout.starts_with("Områdes-id,Kompetensområde,"),
        "{built_in}"
    );
    // Named by path, the plugin runs.
    let out = bare.path().join("out");
    bare.test()
        .args(["export", &stockholm(), "--format"])
        .arg(&dir)
        .arg("-o")
        .arg(&out)
        .stderr_contains("stockholm-kultur.csv")
        .run();
    let text = fs::read_to_string(out.join("stockholm-kultur.csv")).unwrap();
    assert!(text.starts_with("area,competence,title,"), "{text}");
}

#[test]
fn a_built_in_plugin_is_inspected_and_cached_like_any_other() {
    let mut bare = Bare::new();
    bare.cache = bare.path().join("cache");
    let first = bare.test().args(["plugin", "inspect", "case"]).run();
    for text in [
        "case-export 1.1.0",
        "source:    built-in",
        "ramverk:plugin/detailed-exporter@1.1.0",
        "compiled now, cached",
    ] {
        assert!(first.stdout.contains(text), "lacks {text:?}\n{first}");
    }
    bare.test()
        .args(["plugin", "inspect", "case-export"])
        .stdout_contains("from the cache")
        .run();
    let json = bare
        .test()
        .args(["plugin", "inspect", "case", "--format", "json"])
        .run()
        .json();
    assert_eq!(json["source"], "built-in", "{json:#}");
    assert_eq!(json["manifest_path"], serde_json::Value::Null, "{json:#}");
    assert_eq!(json["cache"], "from the cache", "{json:#}");
    bare.test()
        .args(["plugin", "check", "competence-csv"])
        .stdout_contains("self-test passed")
        .run();
}

#[test]
fn plugin_inspect_shows_manifest_settings_exports_and_cache() {
    let project = Project::with_private_cache();
    let first = project
        .test()
        .args(["plugin", "inspect", "stockholm-scoring"])
        .run();
    for text in [
        "kind:      scoring",
        "api:       1.1.0 (manifest), 1.1.0 (component)",
        "ramverk:plugin/scoring@1.1.0",
        "high-motivation = \"4\"",
        "compiled now, cached",
    ] {
        assert!(first.stdout.contains(text), "lacks {text:?}\n{first}");
    }
    project
        .test()
        .args(["plugin", "inspect", "stockholm-scoring"])
        .stdout_contains("from the cache")
        .run();
    let json = project
        .test()
        .args([
            "plugin",
            "inspect",
            "plugins/case-export",
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(json["manifest"]["format"], "case");
}

#[test]
fn plugin_check_runs_the_self_test_and_refuses_a_newer_api() {
    let project = Project::new();
    for name in ["stockholm-scoring", "derived-role", "case-export"] {
        project
            .test()
            .args(["plugin", "check", name])
            .stdout_contains("self-test passed")
            .run();
    }
    project
        .test()
        .args(["plugin", "check"])
        .arg(plugin("future-api"))
        .status(2)
        .stderr_contains("was built for plugin API 2.0.0, but this ramverk supports API 1.1.0")
        .run();
}

/// A plugin built for API 1.0.0 (from a frozen copy of that WIT) loads, passes its self-test and
/// exports under the host of API 1.1: the 1.1 additions did not change a 1.0 record.
#[test]
fn a_plugin_of_api_1_0_still_loads_and_runs() {
    let project = Project::new();
    let api_1_0 = plugin("api-1-0");
    project
        .test()
        .args(["plugin", "inspect"])
        .arg(&api_1_0)
        .stdout_contains("api:       1.0.0 (manifest), 1.0.0 (component)")
        .stdout_contains("ramverk:plugin/exporter@1.0.0")
        .run();
    project
        .test()
        .args(["plugin", "check"])
        .arg(&api_1_0)
        .stdout_contains("self-test passed")
        .run();
    let out = project.path().join("out");
    project
        .test()
        .args(["export", &stockholm(), "--format"])
        .arg(&api_1_0)
        .arg("-o")
        .arg(&out)
        .stderr_contains("titles.txt")
        .run();
    let text = fs::read_to_string(out.join("titles.txt")).unwrap();
    assert!(
        text.starts_with("1.1 ") && text.contains(" descriptors)\n"),
        "{text}"
    );
}

#[test]
fn export_case_writes_the_package() {
    let project = Project::new();
    let out = project.path().join("out");
    project
        .test()
        .args(["export", &stockholm(), "--format", "case", "-o"])
        .arg(&out)
        .stderr_contains("stockholm-kultur.case.json")
        .run();
    let package: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("stockholm-kultur.case.json")).unwrap()).unwrap();
    assert_eq!(package["CFItems"].as_array().unwrap().len(), 26);
}

#[test]
fn export_in_another_language_hands_the_plugin_the_translated_framework() {
    let project = Project::new();
    let out = project.path().join("out");
    let catalogue = workspace()
        .join("frameworks/kl-kompetencekatalog")
        .display()
        .to_string();
    project
        .test()
        .args([
            "export", &catalogue, "--format", "case", "--lang", "sv", "-o",
        ])
        .arg(&out)
        .stderr_contains("kl-kompetencekatalog.case.json")
        .run();
    let package: serde_json::Value =
        serde_json::from_slice(&fs::read(out.join("kl-kompetencekatalog.case.json")).unwrap())
            .unwrap();
    let document = &package["CFDocument"];
    assert_eq!(document["language"], "sv", "{document}");
    assert!(
        document["title"]
            .as_str()
            .unwrap()
            .contains("generisk kompetenskatalog"),
        "{document}"
    );
    let titles: Vec<&str> = package["CFItems"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|item| item["fullStatement"].as_str())
        .collect();
    assert!(
        titles
            .iter()
            .any(|title| title.contains("Användningskompetenser")),
        "{titles:?}"
    );
    assert!(
        !titles.iter().any(|title| title.starts_with("[da]")),
        "export data carries no fallback marks"
    );
}

#[test]
fn a_hostile_export_exits_2_and_writes_nothing() {
    let project = Project::new();
    let out = project.path().join("out");
    for (attack, message) in [
        ("traversal", "names must stay inside the output directory"),
        ("absolute", "is absolute"),
        ("loop", "stopped at the fuel limit"),
        ("memory", "stopped at the memory limit"),
        ("panic", "panics on purpose"),
        ("sleep", "may not"),
        ("file-and-folder", "`x` cannot be a folder and a file"),
        ("many-files", "stopped at the files limit"),
    ] {
        project
            .test()
            .args([
                "export",
                &stockholm(),
                "--format",
                "hostile",
                "--config",
                &format!("attack={attack}"),
            ])
            .args([
                "--plugin-limit",
                "fuel=500000000",
                "--plugin-limit",
                "memory=64M",
                "-o",
            ])
            .arg(&out)
            .arg("--plugin")
            .arg(hostile())
            .status(2)
            .stderr_contains(message)
            .stderr_contains("plugin hostile")
            .run();
        assert!(
            !out.exists() || fs::read_dir(&out).unwrap().count() == 0,
            "{attack} left files behind"
        );
    }
}

#[test]
fn a_refused_export_leaves_an_existing_output_folder_as_it_was() {
    let project = Project::new();
    let out = project.path().join("out");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("old.txt"), "kept").unwrap();
    for attack in ["file-and-folder", "many-files"] {
        project
            .test()
            .args(["export", &stockholm(), "--format", "hostile", "--config"])
            .arg(format!("attack={attack}"))
            .arg("-o")
            .arg(&out)
            .arg("--plugin")
            .arg(hostile())
            .status(2)
            .run();
        let names: Vec<_> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["old.txt"], "{attack}");
        assert_eq!(fs::read_to_string(out.join("old.txt")).unwrap(), "kept");
    }
    // Raised, the files limit lets the same plugin through, all files at once.
    project
        .test()
        .args(["export", &stockholm(), "--format", "hostile"])
        .args(["--config", "attack=many-files", "--config", "count=500"])
        .args(["--plugin-limit", "files=501", "-o"])
        .arg(&out)
        .arg("--plugin")
        .arg(hostile())
        .stderr_contains("many/f499 (0 bytes, text/plain)")
        .run();
    assert_eq!(fs::read_dir(out.join("many")).unwrap().count(), 500);
}

#[cfg(unix)]
#[test]
fn a_cache_folder_others_can_write_is_refused_with_one_warning() {
    use std::os::unix::fs::PermissionsExt;
    for mode in [0o777, 0o775] {
        let project = Project::with_private_cache();
        fs::create_dir_all(&project.cache).unwrap();
        fs::set_permissions(&project.cache, fs::Permissions::from_mode(mode)).unwrap();
        let output = project
            .test()
            .args(["plugin", "inspect", "stockholm-scoring"])
            .stderr_contains("warning: the compiled-plugin cache is not used")
            .stderr_contains(format!("writable by other users (mode {mode:o})"))
            .stdout_contains("compiled now, not cached")
            .run();
        assert_eq!(
            output.stderr.matches("warning:").count(),
            1,
            "{}",
            output.stderr
        );
        // Nothing was read from or written to it: no key, no entry; its mode is as it was.
        assert_eq!(fs::read_dir(&project.cache).unwrap().count(), 0);
        let now = fs::metadata(&project.cache).unwrap().permissions().mode();
        assert_eq!(now & 0o7777, mode);
    }
}

#[cfg(unix)]
#[test]
fn a_cache_folder_others_can_read_is_made_private_and_said_so_once() {
    use std::os::unix::fs::PermissionsExt;
    let project = Project::with_private_cache();
    fs::create_dir_all(&project.cache).unwrap();
    fs::set_permissions(&project.cache, fs::Permissions::from_mode(0o755)).unwrap();
    let output = project
        .test()
        .args(["plugin", "inspect", "stockholm-scoring"])
        .stderr_contains("could be read by other users (mode 755); it is now private (mode 700)")
        .stdout_contains("compiled now, cached")
        .run();
    assert_eq!(
        output.stderr.matches("note:").count(),
        1,
        "{}",
        output.stderr
    );
    assert!(!output.stderr.contains("warning:"), "{}", output.stderr);
    let mode = fs::metadata(&project.cache).unwrap().permissions().mode();
    assert_eq!(mode & 0o7777, 0o700);
    // Private now: the next run uses the cache and says nothing about it.
    let output = project
        .test()
        .args(["plugin", "inspect", "stockholm-scoring"])
        .stdout_contains("from the cache")
        .run();
    assert!(!output.stderr.contains("private"), "{}", output.stderr);
}

#[test]
fn a_bad_limit_override_is_explained() {
    Test::new()
        .args([
            "export",
            &stockholm(),
            "--format",
            "case",
            "--plugin-limit",
            "speed=9",
        ])
        .status(2)
        .stderr_contains("unknown limit `speed`")
        .run();
}

#[test]
fn score_with_the_stockholm_plugin_reports_groups_and_protects_small_ones() {
    let project = Project::new();
    let framework = ramverk_testkit::framework("stockholm-kultur");
    let input = round(
        &framework,
        RoundSpec {
            persons: 120,
            seed: 5,
            round: 1,
        },
    );
    let ratings = project.path().join("ratings.csv");
    fs::write(&ratings, write_ratings_csv(&input, &framework, None)).unwrap();
    let human = project
        .test()
        .args([
            "score",
            &stockholm(),
            "--rule",
            "stockholm-scoring",
            "--ratings",
        ])
        .arg(&ratings)
        .run();
    for text in [
        "beräknat med stockholm-scoring",
        "Alla personer",
        "Per kompetensområde",
        "1 Information",
        "Per roll",
        "dold för att skydda enskilda",
    ] {
        assert!(human.stdout.contains(text), "lacks {text:?}\n{human}");
    }
    let json = project
        .test()
        .args([
            "score",
            &stockholm(),
            "--rule",
            "stockholm-scoring",
            "--format",
            "json",
            "--ratings",
        ])
        .arg(&ratings)
        .run()
        .json();
    assert_eq!(json["persons"], 120);
    let groups = json["groups"].as_array().unwrap();
    let all = groups.iter().find(|g| g["kind"] == "all").unwrap();
    assert_eq!(all["now"]["persons"], 120);
    assert!(
        groups
            .iter()
            .filter(|g| g["suppressed"] == true)
            .all(|g| g.get("now").is_none())
    );
    assert!(
        groups.iter().any(|g| g["suppressed"] == true),
        "with 120 persons some role or competence group is small"
    );
    // The plugin's figures get complementary suppression too: everyone is shown, so no
    // breakdown of everyone hides exactly one group (everyone minus the rest would give it).
    assert_eq!(json["suppression"]["complementary"], true);
    assert_eq!(all["suppressed"], false);
    for kind in ["unit", "role", "area", "competence"] {
        let hidden = groups
            .iter()
            .filter(|g| g["kind"] == kind && g["suppressed"] == true)
            .count();
        assert_ne!(hidden, 1, "one {kind} alone is hidden: {json:#}");
    }
}

#[test]
fn score_refuses_bad_ratings_with_row_and_column() {
    let project = Project::new();
    let ratings = project.path().join("bad.csv");
    fs::write(
        &ratings,
        "person,role,competence,self_rating\np1,medarbetare,1.1,9\n",
    )
    .unwrap();
    project
        .test()
        .args([
            "score",
            &stockholm(),
            "--rule",
            "stockholm-scoring",
            "--ratings",
        ])
        .arg(&ratings)
        .status(2)
        .stderr_contains("bad.csv:2:4: error: `9` is not a level of the scale")
        .stderr_contains("nothing was scored")
        .stderr_contains("--skip-invalid")
        .run();
    fs::write(
        &ratings,
        "person,role,competence,self_rating\np1,medarbetare,1.1,9\np1,medarbetare,1.2,3\n",
    )
    .unwrap();
    let json = project
        .test()
        .args([
            "score",
            &stockholm(),
            "--skip-invalid",
            "--format",
            "json",
            "--ratings",
        ])
        .arg(&ratings)
        .stderr_contains("bad.csv:2:4: warning:")
        .run()
        .json();
    assert_eq!(
        (json["ratings"].as_u64(), json["skipped_rows"].as_u64()),
        (Some(1), Some(1))
    );
}

#[test]
fn show_with_a_profile_plugin_shows_the_derived_role() {
    let project = Project::new();
    let output = project
        .test()
        .args([
            "show",
            &stockholm(),
            "--role",
            "systemforvaltare",
            "--profile-plugin",
            "derived-role",
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(output["role"]["title"], "Systemförvaltare");
    assert_eq!(output["expected"].as_array().unwrap().len(), 20);
    project
        .test()
        .args([
            "show",
            &stockholm(),
            "--role",
            "systemforvaltare",
            "--profile-plugin",
            "derived-role",
            "--config",
            "deltas=9.9=+1",
        ])
        .status(2)
        .stderr_contains("the delta names the competence `9.9`")
        .run();
}

#[test]
fn the_built_in_rule_and_the_plugin_report_the_same_figures() {
    let project = Project::new();
    let framework = ramverk_testkit::framework("stockholm-kultur");
    let input = round(
        &framework,
        RoundSpec {
            persons: 300,
            seed: 9,
            round: 1,
        },
    );
    let ratings = project.path().join("ratings.csv");
    fs::write(&ratings, write_ratings_csv(&input, &framework, None)).unwrap();
    let run = |rule: &str| {
        let mut json = project
            .test()
            .args([
                "score",
                &stockholm(),
                "--format",
                "json",
                "--rule",
                rule,
                "--ratings",
            ])
            .arg(&ratings)
            .run()
            .json();
        json.as_object_mut().unwrap().remove("rule");
        json["now"].as_object_mut().unwrap().remove("rule");
        json
    };
    assert!(
        run("builtin") == run("stockholm-scoring"),
        "the built-in rule and the plugin differ"
    );
    project
        .test()
        .args([
            "score",
            &stockholm(),
            "--config",
            "high-motivation=5",
            "--config",
            "colour=red",
            "--ratings",
        ])
        .arg(&ratings)
        .status(2)
        .stderr_contains("the built-in rule has no setting `colour`")
        .run();
}

#[test]
fn ratings_generate_writes_a_round_that_ratings_check_accepts() {
    let project = Project::new();
    let file = project.path().join("round2.csv");
    project
        .test()
        .args([
            "ratings",
            "generate",
            &stockholm(),
            "--round",
            "2",
            "--persons",
            "200",
            "-o",
        ])
        .arg(&file)
        .run();
    let json = project
        .test()
        .args(["ratings", "check", &stockholm(), "--format", "json"])
        .arg(&file)
        .run()
        .json();
    assert_eq!(json["persons"], 200);
    assert_eq!(json["problems"].as_array().unwrap().len(), 0);
    fs::write(
        &file,
        fs::read_to_string(&file)
            .unwrap()
            .replacen(",1.1,", ",1.9,", 1),
    )
    .unwrap();
    project
        .test()
        .args(["ratings", "check", &stockholm()])
        .arg(&file)
        .status(1)
        .stdout_contains(":2:5: error: unknown competence `1.9`")
        .run();
}

#[test]
fn score_compares_two_rounds_in_every_format() {
    let project = Project::new();
    let (first, second) = (
        project.path().join("round1.csv"),
        project.path().join("round2.csv"),
    );
    for (round, file) in [("1", &first), ("2", &second)] {
        project
            .test()
            .args(["ratings", "generate", &stockholm(), "--round", round, "-o"])
            .arg(file)
            .run();
    }
    let score = |format: &str| {
        project
            .test()
            .args(["score", &stockholm(), "--format", format, "--ratings"])
            .arg(&second)
            .arg("--compare")
            .arg(&first)
            .run()
            .stdout
    };
    let json: serde_json::Value = serde_json::from_str(&score("json")).unwrap();
    let all = json["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["kind"] == "all")
        .unwrap();
    let (now, before) = (
        all["now"]["persons_with_need_share"].as_f64().unwrap(),
        all["before"]["persons_with_need_share"].as_f64().unwrap(),
    );
    assert!(
        now < before,
        "fewer persons with a need in round 2: {before} -> {now}"
    );
    assert_eq!(json["before"]["persons"], 1098);
    assert!(score("human").contains("förändring inom parentes"));
    assert!(score("csv").starts_with("kind,key,title,suppressed,persons,mean_rating,need_share,persons_with_need_share,high_motivation_share,coverage,before_persons"));
    let markdown = score("markdown");
    assert!(markdown.contains("| grupp | personer | medelvärde | skattningar med behov | personer med behov | hög motivation | täckningsgrad |"), "{markdown}");
}

#[test]
fn per_person_results_only_when_asked_for() {
    let project = Project::new();
    let file = project.path().join("round.csv");
    project
        .test()
        .args(["ratings", "generate", &stockholm(), "--persons", "40", "-o"])
        .arg(&file)
        .run();
    let score = |extra: &[&str]| {
        project
            .test()
            .args(["score", &stockholm(), "--ratings"])
            .arg(&file)
            .args(extra)
            .run()
            .stdout
    };
    let plain: serde_json::Value = serde_json::from_str(&score(&["--format", "json"])).unwrap();
    assert!(
        plain["person_results"].is_null(),
        "no per-person data unless asked"
    );
    assert!(!score(&[]).contains("p00001"));
    let json: serde_json::Value =
        serde_json::from_str(&score(&["--format", "json", "--per-person"])).unwrap();
    let persons = json["person_results"].as_array().unwrap();
    assert_eq!(persons.len(), 40);
    let needs: Vec<&serde_json::Value> = persons
        .iter()
        .flat_map(|p| p["competences"].as_array().unwrap())
        .filter(|c| c["outcome"] == "need")
        .collect();
    assert!(!needs.is_empty());
    assert!(
        needs
            .iter()
            .all(|c| c["rating"].as_u64() < c["expected"].as_u64())
    );
    let csv = score(&["--format", "csv", "--per-person"]);
    assert!(
        csv.starts_with(
            "person,role,unit,competence,title,expected,rating,outcome,learning_activities\n"
        ),
        "{csv}"
    );
}

#[test]
fn one_file_with_a_round_column_holds_both_rounds() {
    let project = Project::new();
    let (first, second, both) = (
        project.path().join("r1.csv"),
        project.path().join("r2.csv"),
        project.path().join("both.csv"),
    );
    for (round, file) in [("1", &first), ("2", &second)] {
        project
            .test()
            .args([
                "ratings",
                "generate",
                &stockholm(),
                "--persons",
                "300",
                "--round",
                round,
                "-o",
            ])
            .arg(file)
            .run();
    }
    let second_text = fs::read_to_string(&second).unwrap();
    fs::write(
        &both,
        fs::read_to_string(&first).unwrap() + second_text.split_once('\n').unwrap().1,
    )
    .unwrap();
    let groups = |args: &[&std::ffi::OsStr]| {
        let json = project
            .test()
            .args(["score", &stockholm(), "--format", "json"])
            .args(args)
            .run()
            .json();
        json["groups"].clone()
    };
    let separate = groups(&[
        OsStr::new("--ratings"),
        second.as_os_str(),
        OsStr::new("--compare"),
        first.as_os_str(),
    ]);
    let together = groups(&[
        OsStr::new("--ratings"),
        both.as_os_str(),
        OsStr::new("--round"),
        OsStr::new("2"),
        OsStr::new("--compare"),
        both.as_os_str(),
        OsStr::new("--compare-round"),
        OsStr::new("1"),
    ]);
    assert!(
        separate == together,
        "one file with rounds differs from two files"
    );
    project
        .test()
        .args(["score", &stockholm(), "--ratings"])
        .arg(&both)
        .status(2)
        .stderr_contains("more than one round (`1` and `2`); choose one with --round")
        .run();
}
