//! `ramverk i18n` and `--lang`, with the tools translators use: GNU gettext's msgfmt and
//! msgmerge check and rework the PO files, translate-toolkit (an independent XLIFF 2
//! implementation, from PyPI) reads and edits the XLIFF files. The tests that run those tools are
//! in `with_tools`; they fail when a tool is missing (scripts/install-test-tools.sh installs them).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use ramverk_testkit::copy_dir;
use serde_json::Value;
use support::{Test, workspace};

/// A copy of a bundled framework (with its translations) in a temporary directory.
fn copy_framework(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join(name);
    copy_dir(&workspace().join("frameworks").join(name), &target);
    (dir, target)
}

/// `i18n extract PATH --lang LANGUAGE --format FORMAT -o OUT`.
fn extract_args(path: &str, language: &str, format: &str, out: &Path) -> Vec<String> {
    [
        "i18n",
        "extract",
        path,
        "--lang",
        language,
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
    ]
    .map(String::from)
    .to_vec()
}

/// The Danish counts of `i18n status --format json` for the framework at `path`.
fn danish_counts(path: &str) -> Value {
    let status = json(
        &Test::new()
            .args(["i18n", "status", path, "--lang", "da", "--format", "json"])
            .run()
            .stdout,
    );
    status[0]["locales"][0]["counts"].clone()
}

fn json(output: &str) -> Value {
    serde_json::from_str(output).unwrap_or_else(|error| panic!("{error}\n{output}"))
}

/// Changes the source text of competence 1.1's title in a copy of Stockholm.
fn change_title(framework: &Path) {
    let file = framework.join("areas/1-information-och-datakunnighet.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let changed = text.replacen("title: Söka, navigera", "title: Hitta, söka, navigera", 1);
    assert_ne!(
        text, changed,
        "competence 1.1's title moved; update the test"
    );
    std::fs::write(&file, changed).unwrap();
}

fn run_tool(program: &str, args: &[&str], dir: &Path) -> std::process::Output {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

#[test]
fn bundled_frameworks_are_completely_translated() {
    let output = Test::new()
        .args([
            "i18n",
            "status",
            "--format",
            "json",
            "--min-coverage",
            "100",
        ])
        .run();
    let reports = json(&output.stdout);
    let locales = |id: &str| -> Vec<String> {
        let report = reports
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["framework"] == id)
            .unwrap();
        report["locales"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["language"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(locales("stockholm-kultur"), ["da", "en"]);
    assert_eq!(locales("kl-kompetencehjul"), ["en", "sv"]);
    assert_eq!(locales("kl-kompetencekatalog"), ["en", "sv"]);
    for report in reports.as_array().unwrap() {
        for locale in report["locales"].as_array().unwrap() {
            assert_eq!(locale["coverage"], 100.0, "{}", locale);
            assert_eq!(locale["counts"]["stale"], 0);
            assert!(locale["obsolete"].as_array().unwrap().is_empty());
        }
    }
}

#[test]
fn every_bundled_framework_reads_in_sv_da_and_en() {
    for (framework, languages, title) in [
        (
            "stockholm-kultur",
            ["sv", "da", "en"],
            [
                "Ramverk för digital kompetens",
                "Rammeværk for digital kompetence",
                "Framework for digital competence",
            ],
        ),
        (
            "kl-kompetencehjul",
            ["da", "sv", "en"],
            [
                "Kompetencehjulet",
                "Kompetenshjulet",
                "The Competence Wheel",
            ],
        ),
        (
            "kl-kompetencekatalog",
            ["da", "sv", "en"],
            [
                "generisk kompetencekatalog",
                "generisk kompetenskatalog",
                "generic competence catalogue",
            ],
        ),
    ] {
        for (language, title) in languages.iter().zip(title) {
            let path = format!("frameworks/{framework}");
            let output = Test::new().args(["show", &path, "--lang", language]).run();
            assert!(
                !output.stdout.contains("[sv]") && !output.stdout.contains("[da]"),
                "{framework} in {language} falls back:\n{}",
                output.stdout
            );
            assert!(output.stdout.contains(title), "{framework} in {language}");
            let output = Test::new()
                .args(["show", &path, "--lang", language, "--format", "json"])
                .run();
            assert_eq!(json(&output.stdout)["language"], *language);
        }
    }
}

#[test]
fn a_changed_source_text_is_shown_stale_with_a_word_diff_and_falls_back() {
    let (_dir, framework) = copy_framework("stockholm-kultur");
    change_title(&framework);
    let path = framework.to_str().unwrap();
    Test::new()
        .args(["i18n", "status", path, "--lang", "da"])
        .stdout_contains("stale 1 (0.4 %)")
        .stdout_contains("stale competence:1.1:title (")
        .stdout_contains("source: [-Söka,-]{+Hitta, söka,+} navigera och filtrera")
        .run();
    Test::new()
        .args(["i18n", "status", path, "--min-coverage", "100"])
        .status(1)
        .stderr_contains("coverage below 100 %")
        .run();
    Test::new()
        .args(["i18n", "status", path, "--min-coverage", "99"])
        .run();
    let status = json(
        &Test::new()
            .args(["i18n", "status", path, "--lang", "en", "--format", "json"])
            .run()
            .stdout,
    );
    let stale = &status[0]["locales"][0]["stale"][0];
    assert_eq!(stale["key"], "competence:1.1:title");
    assert!(stale["old_source"].as_str().unwrap().starts_with("Söka"));
    assert!(stale["new_source"].as_str().unwrap().starts_with("Hitta"));
    // Reading commands fall back to the (new) Swedish text, visibly.
    Test::new()
        .args(["show", path, "--lang", "en"])
        .stdout_contains("[sv] Hitta, söka, navigera")
        .stderr_contains("note: 1 of 257 texts are shown in `sv`, marked [sv]: 0 not translated into `en`, 1 stale, 0 drafts")
        .run();
}

#[test]
fn extract_then_merge_changes_nothing_in_either_format() {
    let (dir, framework) = copy_framework("stockholm-kultur");
    change_title(&framework);
    let path = framework.to_str().unwrap();
    let translation = framework.join("translations/da.yaml");
    let before = std::fs::read(&translation).unwrap();
    for (format, file) in [("po", "da.po"), ("xliff", "da.xlf")] {
        let out = dir.path().join(file);
        Test::new()
            .args(extract_args(path, "da", format, &out))
            .stderr_contains("257 texts, 1 to translate or update")
            .run();
        Test::new()
            .args(["i18n", "merge", out.to_str().unwrap(), "--framework", path])
            .stdout_contains("0 added, 0 updated, 257 unchanged")
            .stdout_contains("already up to date")
            .run();
        assert_eq!(
            std::fs::read(&translation).unwrap(),
            before,
            "{format}: the translation file changed"
        );
    }
    let po = std::fs::read_to_string(dir.path().join("da.po")).unwrap();
    assert!(
        po.contains("#, fuzzy\n#| msgctxt \"competence:1.1:title\"\n#| msgid \"Söka, navigera"),
        "{po}"
    );
}

/// The tests that need GNU gettext or translate-toolkit: `--skip with_tools` leaves them out.
mod with_tools {
    use super::*;

    #[test]
    fn msgfmt_accepts_every_po_file_ramverk_writes() {
        support::require_tool("msgfmt", "gettext");
        let (dir, framework) = copy_framework("stockholm-kultur");
        change_title(&framework);
        let mut files = Vec::new();
        for (path, language) in [
            (framework.to_str().unwrap().to_owned(), "da"),
            (framework.to_str().unwrap().to_owned(), "en"),
            (framework.to_str().unwrap().to_owned(), "de"),
            ("frameworks/kl-kompetencehjul".to_owned(), "sv"),
            ("frameworks/kl-kompetencehjul".to_owned(), "en"),
            ("frameworks/kl-kompetencekatalog".to_owned(), "sv"),
            ("frameworks/kl-kompetencekatalog".to_owned(), "nb"),
        ] {
            for needed in [false, true] {
                let out = dir
                    .path()
                    .join(format!("{}-{language}-{needed}.po", files.len()));
                let mut test = Test::new()
                    .args(extract_args(&path, language, "po", &out))
                    .any_stderr();
                if needed {
                    test = test.arg("--only-needed");
                }
                test.run();
                files.push(out);
            }
        }
        for file in &files {
            let output = run_tool(
                "msgfmt",
                &[
                    "--check",
                    "--statistics",
                    "-o",
                    "/dev/null",
                    file.to_str().unwrap(),
                ],
                dir.path(),
            );
            let report = String::from_utf8_lossy(&output.stderr);
            assert!(
                !report.contains("warning") && !report.contains("error"),
                "{}: {report}",
                file.display()
            );
        }
    }

    #[test]
    fn a_po_file_reworked_by_msgmerge_merges_back() {
        support::require_tool("msgmerge", "gettext");
        let (dir, framework) = copy_framework("stockholm-kultur");
        let path = framework.to_str().unwrap();
        let at = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
        // The translator's file from before a source change.
        Test::new()
            .args(["i18n", "extract", path, "--lang", "da", "-o", &at("old.po")])
            .any_stderr()
            .run();
        change_title(&framework);
        // The new template, brought into the translator's file with msgmerge (rewrapped to 79
        // columns, the changed entry fuzzy with its previous msgid).
        Test::new()
            .args(["i18n", "extract", path, "--lang", "da", "-o", &at("new.po")])
            .any_stderr()
            .run();
        run_tool(
            "msgmerge",
            &[
                "--previous",
                "--quiet",
                "-o",
                &at("merged.po"),
                &at("old.po"),
                &at("new.po"),
            ],
            dir.path(),
        );
        let merged = std::fs::read_to_string(at("merged.po")).unwrap();
        assert!(
            merged.contains("#| msgid \"Söka, navigera"),
            "msgmerge kept no previous msgid:\n{merged}"
        );
        // Merging it as it is changes nothing: the fuzzy entry stays stale.
        Test::new()
            .args(["i18n", "merge", &at("merged.po"), "--framework", path])
            .stdout_contains("0 added, 0 updated")
            .run();
        // The translator updates the fuzzy entry and clears the flag.
        let block_start = merged.find("msgctxt \"competence:1.1:title\"").unwrap();
        let entry_start = merged[..block_start].rfind("\n\n").unwrap();
        let entry_end = block_start
            + merged[block_start..]
                .find("\n\n")
                .unwrap_or(merged.len() - block_start);
        let entry = &merged[entry_start..entry_end];
        let msgstr_at = entry.find("msgstr").unwrap();
        let fixed = format!(
            "{}msgstr \"Finde, søge, navigere og filtrere data, information og digitalt indhold\"",
            entry[..msgstr_at]
                .replace("#, fuzzy\n", "")
                .replace("#, fuzzy, ", "#, ")
        );
        let reworked = format!(
            "{}{}{}",
            &merged[..entry_start],
            fixed,
            &merged[entry_end..]
        );
        std::fs::write(at("done.po"), &reworked).unwrap();
        run_tool(
            "msgfmt",
            &["--check", "-o", "/dev/null", &at("done.po")],
            dir.path(),
        );
        Test::new()
            .args(["i18n", "merge", &at("done.po"), "--framework", path])
            .stdout_contains("0 added, 1 updated, 256 unchanged")
            .stdout_contains("\nupdated: competence:1.1:title\n")
            .run();
        Test::new()
            .args([
                "i18n",
                "status",
                path,
                "--lang",
                "da",
                "--min-coverage",
                "100",
            ])
            .stdout_contains("stale 0")
            .run();
        let yaml = std::fs::read_to_string(framework.join("translations/da.yaml")).unwrap();
        assert!(yaml.contains("text: Finde, søge, navigere"));
    }

    /// The Python that has translate-toolkit's module; fails the test when there is none.
    fn translate_toolkit() -> String {
        let python = if support::on_path("python3") {
            "python3"
        } else {
            "python"
        };
        let found = Command::new(python)
            .args(["-c", "import translate.storage.xliff2"])
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            support::missing_tool(&format!(
                "translate-toolkit 3.20.4 (PyPI) for {python}, an independent XLIFF 2 reader"
            ));
        }
        python.to_owned()
    }

    const READ_XLIFF: &str = r#"
import json, sys
from translate.storage.xliff2 import Xliff2File
store = Xliff2File.parsefile(sys.argv[1])
print(json.dumps([
    {"id": unit.getid(), "source": unit.source, "target": unit.target or "",
     "state": unit.xmlelement.get("state"), "substate": unit.xmlelement.get("subState")}
    for unit in store.units
], ensure_ascii=False))
"#;

    const EDIT_XLIFF: &str = r#"
import sys
from translate.storage.xliff2 import Xliff2File
store = Xliff2File.parsefile(sys.argv[1])
for unit in store.units:
    if unit.getid() == "competence:1.1:title":
        unit.target = "Finde, søge, navigere og filtrere data, information og digitalt indhold"
        unit.xmlelement.set("state", "reviewed")
        unit.xmlelement.attrib.pop("subState", None)
    if unit.getid() == "competence:1.1:definition":
        unit.xmlelement.set("state", "final")
store.savefile(sys.argv[2])
"#;

    #[test]
    fn translate_toolkit_reads_the_same_units_and_states_and_its_edits_merge_back() {
        let python = translate_toolkit();
        let (dir, framework) = copy_framework("stockholm-kultur");
        change_title(&framework);
        // Make one entry reviewed.
        let yaml_path = framework.join("translations/da.yaml");
        let yaml = std::fs::read_to_string(&yaml_path).unwrap();
        let yaml = yaml.replacen("    state: translated\n", "    state: reviewed\n", 1);
        std::fs::write(&yaml_path, &yaml).unwrap();
        let path = framework.to_str().unwrap();
        let xlf = dir.path().join("da.xlf");
        Test::new()
            .args(extract_args(path, "da", "xliff", &xlf))
            .any_stderr()
            .run();
        let output = Command::new(&python)
            .args(["-c", READ_XLIFF, xlf.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let units = json(&String::from_utf8(output.stdout).unwrap());
        let units = units.as_array().unwrap();
        let counts = danish_counts(path);
        assert_eq!(units.len() as u64, counts["total"].as_u64().unwrap());
        let count = |state: &str| {
            units
                .iter()
                .filter(|u| u["state"] == state && u["substate"].is_null())
                .count() as u64
        };
        assert_eq!(count("reviewed"), counts["reviewed"].as_u64().unwrap());
        assert_eq!(count("translated"), counts["translated"].as_u64().unwrap());
        let title = units
            .iter()
            .find(|u| u["id"] == "competence:1.1:title")
            .unwrap();
        assert_eq!(title["state"], "initial");
        assert_eq!(title["substate"], "ramverk:stale");
        assert!(title["source"].as_str().unwrap().starts_with("Hitta, söka"));
        let first = units.iter().find(|u| u["id"] == "framework:title").unwrap();
        assert_eq!(first["state"], "reviewed");
        assert_eq!(
            first["target"],
            "Rammeværk for digital kompetence i Kulturforvaltningen"
        );
        // The translator's tool updates the stale unit and signs off another; ramverk merges it.
        let edited = dir.path().join("edited.xlf");
        let output = Command::new(&python)
            .args([
                "-c",
                EDIT_XLIFF,
                xlf.to_str().unwrap(),
                edited.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        Test::new()
            .args([
                "i18n",
                "merge",
                edited.to_str().unwrap(),
                "--framework",
                path,
            ])
            .stdout_contains("0 added, 2 updated, 255 unchanged")
            .run();
        let counts = danish_counts(path);
        assert_eq!(counts["stale"], 0);
        assert_eq!(counts["final"], 1);
        assert_eq!(counts["reviewed"], 2);
    }
}

#[test]
fn merge_refuses_bad_files_and_writes_nothing() {
    let (dir, framework) = copy_framework("stockholm-kultur");
    let path = framework.to_str().unwrap();
    let translation = framework.join("translations/da.yaml");
    let before = std::fs::read(&translation).unwrap();
    let po = dir.path().join("da.po");
    Test::new()
        .args(extract_args(path, "da", "po", &po))
        .any_stderr()
        .run();
    let text = std::fs::read_to_string(&po).unwrap();
    let line_of = |needle: &str| text[..text.find(needle).unwrap()].matches('\n').count() + 1;
    // An id the framework does not have.
    let bad = text.replacen(
        "msgctxt \"competence:1.2:title\"",
        "msgctxt \"competence:1.9:title\"",
        1,
    );
    std::fs::write(&po, &bad).unwrap();
    let line = line_of("msgctxt \"competence:1.2:title\"");
    Test::new()
        .args(["i18n", "merge", po.to_str().unwrap(), "--framework", path])
        .status(2)
        .stderr_contains(format!("da.po:{line}:1: unknown id `competence:1.9:title`"))
        .stderr_contains("did you mean `competence:1.2:title`?")
        .stderr_contains("nothing was written")
        .run();
    // A source text edited in the PO file (or changed in the framework since).
    let bad = text.replacen("msgid \"Söka, navigera", "msgid \"Leta, navigera", 1);
    std::fs::write(&po, &bad).unwrap();
    Test::new()
        .args(["i18n", "merge", po.to_str().unwrap(), "--framework", path])
        .status(2)
        .stderr_contains(
            "the source text of `competence:1.1:title` changed since this file was extracted",
        )
        .run();
    // Broken syntax, at its line.
    let bad = text.replacen("msgstr \"Rammeværk", "msgstr Rammeværk", 1);
    std::fs::write(&po, &bad).unwrap();
    Test::new()
        .args(["i18n", "merge", po.to_str().unwrap(), "--framework", path])
        .status(2)
        .stderr_contains("expected a string in double quotes")
        .run();
    // A file for another framework is found by its id, and refused against this one.
    Test::new()
        .args(extract_args(
            "frameworks/kl-kompetencehjul",
            "en",
            "po",
            &po,
        ))
        .any_stderr()
        .run();
    let english = framework.join("translations/en.yaml");
    let english_before = std::fs::read(&english).unwrap();
    Test::new()
        .args(["i18n", "merge", po.to_str().unwrap(), "--framework", path])
        .status(2)
        .stderr_contains(
            "the file is for the framework `kl-kompetencehjul`, not `stockholm-kultur`",
        )
        .run();
    assert_eq!(std::fs::read(&translation).unwrap(), before);
    assert_eq!(std::fs::read(&english).unwrap(), english_before);
    let leftovers: Vec<_> = std::fs::read_dir(framework.join("translations"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "{leftovers:?}");
}

#[test]
fn a_new_locale_starts_from_extract_and_grows_by_merge() {
    let (dir, framework) = copy_framework("kl-kompetencehjul");
    let path = framework.to_str().unwrap();
    Test::new()
        .args(["show", path, "--lang", "nb"])
        .status(2)
        .stderr_contains("has no `nb` translation (available: en, sv, and `da` as written)")
        .run();
    let po = dir.path().join("nb.po");
    Test::new()
        .args(extract_args(path, "nb", "po", &po))
        .stderr_contains("90 texts, 90 to translate")
        .run();
    let text = std::fs::read_to_string(&po).unwrap();
    let text = text.replacen(
        "msgid \"Kompetencehjulet\"\nmsgstr \"\"",
        "msgid \"Kompetencehjulet\"\nmsgstr \"Kompetansehjulet\"",
        1,
    );
    std::fs::write(&po, text).unwrap();
    Test::new()
        .args([
            "i18n",
            "merge",
            po.to_str().unwrap(),
            "--framework",
            path,
            "--dry-run",
        ])
        .stdout_contains("dry run")
        .run();
    assert!(!framework.join("translations/nb.yaml").exists());
    Test::new()
        .args(["i18n", "merge", po.to_str().unwrap(), "--framework", path])
        .stdout_contains("1 added")
        .run();
    Test::new()
        .args(["show", path, "--lang", "nb"])
        .stdout_contains("Kompetansehjulet")
        .stdout_contains("[da] ")
        .stderr_contains("89 of 90 texts are shown in `da`")
        .run();
    Test::new()
        .args(["i18n", "status", path, "--lang", "nb", "--format", "json"])
        .run();
}

#[test]
fn diff_and_score_read_in_another_language() {
    // The pilot has no translations: it reads with the current version's, so the English diff
    // reports the same changes as the Swedish one, and unchanged texts do not show as changed.
    let pilot = "frameworks/stockholm-kultur/history/0.9.0";
    let english = Test::new()
        .args([
            "diff",
            pilot,
            "frameworks/stockholm-kultur",
            "--lang",
            "en",
            "--format",
            "markdown",
        ])
        .stdout_contains("- 8 competences added; 1 competence removed")
        .stdout_contains("1 competence renumbered (Identifying digital competence gaps: 5.4 → 5.3); 11 competences changed")
        .stdout_contains("- 1 area added (Digitalisation)\n")
        .stdout_contains("Digitalisation")
        .stderr_contains("reads with the new version's, for the texts that did not change")
        .run();
    assert!(
        !english.stdout.contains("Kompetensområden"),
        "{}",
        english.stdout
    );
    let swedish = json(
        &Test::new()
            .args([
                "diff",
                pilot,
                "frameworks/stockholm-kultur",
                "--format",
                "json",
            ])
            .run()
            .stdout,
    );
    let english = json(
        &Test::new()
            .args([
                "diff",
                pilot,
                "frameworks/stockholm-kultur",
                "--lang",
                "en",
                "--format",
                "json",
            ])
            .any_stderr()
            .run()
            .stdout,
    );
    assert_eq!(
        swedish["summary"], english["summary"],
        "the same changes in either language"
    );
    let dir = tempfile::tempdir().unwrap();
    let ratings = dir.path().join("round.csv");
    Test::new()
        .args([
            "ratings",
            "generate",
            "frameworks/stockholm-kultur",
            "--persons",
            "60",
            "-o",
            ratings.to_str().unwrap(),
        ])
        .any_stderr()
        .run();
    Test::new()
        .args([
            "score",
            "frameworks/stockholm-kultur",
            "--ratings",
            ratings.to_str().unwrap(),
            "--lang",
            "da",
            "--format",
            "markdown",
        ])
        .stdout_contains("Informations- og datakendskab")
        .run();
}

#[test]
fn glossaries_export_for_cat_tools() {
    for pair in ["sv-en", "sv-da", "da-en", "da-sv"] {
        let file = format!("glossaries/{pair}.yaml");
        let tbx = Test::new()
            .args(["i18n", "glossary", &file, "--format", "tbx"])
            .run()
            .stdout;
        assert!(tbx.contains("<tbx type=\"TBX-Basic\""));
        let csv = Test::new()
            .args(["i18n", "glossary", &file, "--format", "csv"])
            .run()
            .stdout;
        let (source, target) = pair.split_once('-').unwrap();
        assert!(
            csv.starts_with(&format!("{source},{target},note\n")),
            "{csv}"
        );
        assert!(
            csv.lines().count() > 40,
            "{pair}: a glossary of {} terms",
            csv.lines().count() - 1
        );
    }
}

#[test]
fn a_translation_file_nested_to_the_limit_is_refused_not_a_crash() {
    // Translation files are read on worker threads; the full YAML parser recurses once per level,
    // so a file nested just inside the depth budget must still meet the limit, not overflow a
    // thread's stack (an anchor sends it past the plain reader to serde-saphyr).
    let (_dir, framework) = copy_framework("kl-kompetencehjul");
    let deep = format!(
        "language: &l en\nentries:\n  x: {}1{}\n",
        "[".repeat(63),
        "]".repeat(63)
    );
    std::fs::write(framework.join("translations/en.yaml"), &deep).unwrap();
    let path = framework.to_str().unwrap();
    for args in [
        vec!["i18n", "status", path, "--lang", "en"],
        vec!["show", path, "--lang", "en"],
    ] {
        Test::new()
            .args(args)
            .status(2)
            .stderr_contains("translations/en.yaml:3:")
            .run();
    }
    Test::new()
        .args(["i18n", "status", path, "--lang", "en"])
        .status(2)
        .stderr_contains("nested more than 64 levels deep")
        .run();
}

/// Runs the binary with colours `always` (NO_COLOR unset) or `never` (NO_COLOR set), whatever
/// its exit status.
fn run_colored(args: &[&str], colors: bool) -> (String, String) {
    let mut command = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("ramverk"));
    command.env_remove("CLICOLOR_FORCE");
    if colors {
        command.env_remove("NO_COLOR").args(["--color", "always"]);
    } else {
        command.env("NO_COLOR", "1");
    }
    let output = command
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn control_characters_from_data_never_reach_the_terminal() {
    let (dir, framework) = copy_framework("stockholm-kultur");
    let old = dir.path().join("old");
    copy_dir(&framework, &old);
    let yaml = framework.join("framework.yaml");
    let text = std::fs::read_to_string(&yaml).unwrap();
    let evil = text.replacen(
        "title: Ramverk för digital kompetens på kulturförvaltningen",
        "title: \"Ramverk \\e[31mröd\\0 \\u202Eevil\\e]0;pwned\\a\"",
        1,
    );
    assert_ne!(evil, text);
    std::fs::write(&yaml, evil).unwrap();
    // A PO file whose key and translation carry escapes: refused, and the refusal shows them.
    let po = dir.path().join("evil.po");
    std::fs::write(
        &po,
        "msgid \"\"\nmsgstr \"\"\n\"Language: da\\n\"\n\"X-Ramverk-Framework: stockholm-kultur\\n\"\n\nmsgctxt \"\\033[2J\\033]0;x\\007\"\nmsgid \"x\"\nmsgstr \"y\"\n",
    )
    .unwrap();
    let (path, old, po) = (
        framework.to_str().unwrap(),
        old.to_str().unwrap(),
        po.to_str().unwrap(),
    );
    let runs: [&[&str]; 7] = [
        &["show", path],
        &["stats", path],
        &["verify", path],
        &["validate", path],
        &["diff", old, path],
        &["i18n", "status", path, "--lang", "da"],
        &["i18n", "merge", po, "--framework", path],
    ];
    for args in runs {
        // Without colours, no ESC at all, and no NUL, BEL or bidi override.
        let (stdout, stderr) = run_colored(args, false);
        for (name, output) in [("stdout", &stdout), ("stderr", &stderr)] {
            assert!(
                !output.contains(['\u{1b}', '\0', '\u{7}', '\u{202e}']),
                "{args:?} {name} carries a control character:\n{output:?}"
            );
        }
        // With colours, only colour sequences; data's own is shown, not obeyed.
        let (stdout, stderr) = run_colored(args, true);
        for (name, output) in [("stdout", &stdout), ("stderr", &stderr)] {
            assert!(
                !output.contains(['\0', '\u{7}', '\u{202e}']),
                "{args:?} {name} (colours) carries a control character:\n{output:?}"
            );
            for (at, _) in output.match_indices('\u{1b}') {
                let rest = &output[at + 1..];
                let sgr = rest.strip_prefix('[').is_some_and(|rest| {
                    let digits = rest
                        .bytes()
                        .take_while(|b| b.is_ascii_digit() || *b == b';');
                    rest.as_bytes().get(digits.count()) == Some(&b'm')
                });
                assert!(
                    sgr,
                    "{args:?} {name}: ESC not starting a colour:\n{output:?}"
                );
            }
            assert!(
                !output.contains("\u{1b}[31mröd"),
                "{args:?} {name}: the data's colour reached the terminal:\n{output:?}"
            );
        }
    }
    let (stdout, _) = run_colored(&["show", path], false);
    assert!(
        stdout.contains("Ramverk \\u{1b}[31mröd\\u{0} \\u{202e}evil\\u{1b}]0;pwned\\u{7}"),
        "{stdout}"
    );
    let (_, stderr) = run_colored(&["i18n", "merge", po, "--framework", path], false);
    assert!(
        stderr.contains("unknown id `\\u{1b}[2J\\u{1b}]0;x\\u{7}`"),
        "{stderr}"
    );
}
