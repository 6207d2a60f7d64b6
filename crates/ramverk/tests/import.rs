//! `ramverk import` with a mapping, as a user meets it: a publisher's workbook made into a new
//! framework; the publisher's next workbook shown as a semantic diff and applied in place without
//! losing a comment; DigComp 3.0 re-imported into itself without a change; and every bad mapping
//! or cell refused with its line and cell, nothing written.

mod support;

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Formula, Workbook};
use support::{Test, files_under, workspace};

/// A small publisher workbook: areas and competences, levels, statements, glossary.
struct Book {
    competences: Vec<[&'static str; 4]>,
    levels: Vec<[&'static str; 2]>,
    statements: Vec<[&'static str; 5]>,
    glossary: Vec<[&'static str; 2]>,
}

impl Book {
    fn new() -> Book {
        Book {
            competences: vec![
                ["1", "Information", "1.1", "Searching"],
                ["1", "Information", "1.2", "Evaluating"],
                ["2", "Safety", "2.1", "Protecting devices"],
            ],
            levels: vec![["Basic", "Simple tasks."], ["Advanced", "Complex tasks."]],
            statements: vec![
                [
                    "1.1",
                    "S1.1.01",
                    "Basic",
                    "AI-Implicit",
                    "Use a search engine.",
                ],
                [
                    "1.1",
                    "S1.1.02",
                    "Advanced",
                    "AI-Explicit",
                    "Refine a search with an AI tool.",
                ],
                ["1.2", "S1.2.01", "Basic", "", "Compare two sources."],
                ["2.1", "S2.1.01", "Basic", "", "Update a device."],
            ],
            glossary: vec![["Search engine", "A program that finds pages."]],
        }
    }

    fn write(&self, path: &Path) {
        self.write_with(path, |_| {});
    }

    /// Writes the workbook; `edit` may change it further (formulas, merges, dates).
    fn write_with(&self, path: &Path, edit: impl FnOnce(&mut Workbook)) {
        let mut book = Workbook::new();
        sheet(
            &mut book,
            "Areas",
            &["Area id", "Area", "Id", "Competence"],
            &self.competences,
        );
        sheet(&mut book, "Levels", &["Level", "Description"], &self.levels);
        sheet(
            &mut book,
            "Statements",
            &["Competence", "ID", "Level", "Labels", "Statement"],
            &self.statements,
        );
        sheet(
            &mut book,
            "Glossary",
            &["Term", "Explanation"],
            &self.glossary,
        );
        edit(&mut book);
        book.save(path).unwrap();
    }
}

/// A sheet with a header row and rows of texts (empty texts are empty cells).
fn sheet<const N: usize>(book: &mut Workbook, name: &str, header: &[&str], rows: &[[&str; N]]) {
    let sheet = book.add_worksheet().set_name(name).unwrap();
    for (column, text) in header.iter().enumerate() {
        sheet.write_string(0, column as u16, *text).unwrap();
    }
    for (row, cells) in rows.iter().enumerate() {
        for (column, text) in cells.iter().enumerate() {
            if !text.is_empty() {
                sheet
                    .write_string(row as u32 + 1, column as u16, *text)
                    .unwrap();
            }
        }
    }
}

const MAPPING: &str = r#"# How the example publisher's workbook maps to a framework.
format: ramverk-mapping/1
framework:
  id: example
  title: Example digital competence
  version: "1.0.0"
  language: en
  status: draft
  publisher:
    name: Example publisher
  scales:
    - id: proficiency
      title: Proficiency
      levels: []
  rating_scale: proficiency
tables:
  levels:
    sheet: Levels
    scale: proficiency
    level:
      label: Level
      description: Description
  competences:
    sheet: Areas
    area:
      id: Area id
      title: Area
    competence:
      id: Id
      title: Competence
  statements:
    sheet: Statements
    competence: Competence
    id: ID
    level: Level
    labels: {column: Labels, split: ","}
    text: Statement
  glossary:
    sheet: Glossary
    id: {column: Term, slug: true}
    term: Term
    explanation: Explanation
"#;

/// A folder with the mapping and the workbook.
fn setup(book: &Book) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mapping = dir.path().join("mapping.yaml");
    std::fs::write(&mapping, MAPPING).unwrap();
    let workbook = dir.path().join("publisher.xlsx");
    book.write(&workbook);
    (dir, mapping, workbook)
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

#[test]
fn a_publisher_workbook_becomes_a_framework_that_validates() {
    let (dir, mapping, workbook) = setup(&Book::new());
    let target = dir.path().join("example");
    Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--new",
            &path(&target),
        ])
        .stdout_contains("created")
        .stdout_contains(
            "2 areas, 3 competences, 4 statements, 0 learning outcomes, 1 glossary terms",
        )
        .run();
    Test::new()
        .args(["validate", &path(&target)])
        .stdout_contains("0 errors, 0 warnings")
        .run();
    let area = std::fs::read_to_string(target.join("areas/1-information.yaml")).unwrap();
    assert!(area.contains("id: S1.1.02"), "{area}");
    assert!(area.contains("labels: [AI-Explicit]"), "{area}");
    let root = std::fs::read_to_string(target.join("framework.yaml")).unwrap();
    assert!(
        root.starts_with("# Imported by `ramverk import` from publisher.xlsx"),
        "{root}"
    );
    assert!(root.contains("id: search-engine"), "{root}");
    // A second --new into the same place is refused and changes nothing.
    let before = files_under(dir.path());
    Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--new",
            &path(&target),
        ])
        .status(2)
        .any_stderr()
        .stderr_contains("already holds a framework")
        .run();
    assert_eq!(files_under(dir.path()), before);
}

#[test]
fn the_publishers_next_workbook_is_shown_then_applied_in_place_keeping_comments() {
    let (dir, mapping, workbook) = setup(&Book::new());
    let target = dir.path().join("example");
    Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--new",
            &path(&target),
        ])
        .run();
    // The maintainer comments the area file by hand.
    let area_path = target.join("areas/1-information.yaml");
    let area = std::fs::read_to_string(&area_path).unwrap();
    let commented = area.replacen(
        "competences:",
        "# Reviewed with the union, 2026-11-30.\ncompetences:",
        1,
    );
    std::fs::write(&area_path, &commented).unwrap();
    // The publisher's next version: a statement reworded, one removed, one added, a term explained anew.
    let mut next = Book::new();
    next.statements[0][4] = "Use a search engine and its filters.";
    next.statements.remove(2);
    next.statements.push([
        "1.2",
        "S1.2.02",
        "Advanced",
        "AI-Implicit",
        "Judge an AI answer's sources.",
    ]);
    next.glossary[0][1] = "A program that finds and ranks pages.";
    next.write(&workbook);
    let before = files_under(dir.path());
    let shown = Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--into",
            &path(&target),
        ])
        .any_stderr()
        .stderr_contains("nothing written; run again with --apply")
        .run();
    assert_eq!(
        files_under(dir.path()),
        before,
        "without --apply nothing is written"
    );
    for text in [
        "S1.1.01",
        "S1.2.01",
        "S1.2.02",
        "Use a search engine and its filters.",
        "ranks",
    ] {
        assert!(
            shown.stdout.contains(text),
            "the diff shows {text}\n{}",
            shown.stdout
        );
    }
    let json = Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--into",
            &path(&target),
            "--format",
            "json",
        ])
        .run()
        .json();
    assert_eq!(json["applied"], false);
    let files: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["change"].as_str().unwrap())
        .collect();
    assert_eq!(files, ["edit", "edit"], "{json:#}");
    assert_eq!(
        json["diff"]["summary"]["statements"]["added"], 1,
        "{json:#}"
    );
    assert_eq!(
        json["diff"]["summary"]["statements"]["removed"], 1,
        "{json:#}"
    );
    assert_eq!(
        json["diff"]["summary"]["glossary"]["changed"], 1,
        "{json:#}"
    );
    Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--into",
            &path(&target),
            "--apply",
        ])
        .any_stderr()
        .stderr_contains("changed 2 file(s)")
        .run();
    let area = std::fs::read_to_string(&area_path).unwrap();
    assert!(
        area.contains("# Reviewed with the union, 2026-11-30."),
        "the comment survives:\n{area}"
    );
    assert!(area.contains("Use a search engine and its filters."));
    assert!(!area.contains("S1.2.01") && area.contains("S1.2.02"));
    // The bytes of untouched lines are the same: only the changed statements' lines differ.
    let unchanged: Vec<&str> = commented
        .lines()
        .filter(|l| l.contains("Searching") || l.contains("Evaluating"))
        .collect();
    for line in unchanged {
        assert!(area.lines().any(|l| l == line), "{line:?} kept");
    }
    // Importing the same workbook again changes nothing.
    let after = files_under(dir.path());
    Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--into",
            &path(&target),
            "--apply",
        ])
        .any_stderr()
        .stdout_contains("No changes")
        .run();
    assert_eq!(files_under(dir.path()), after);
}

#[test]
fn digcomp_re_imported_into_itself_changes_no_byte() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("digcomp-3");
    std::fs::create_dir_all(target.join("areas")).unwrap();
    let source = workspace().join("frameworks/digcomp-3");
    for entry in ["framework.yaml", "mapping.yaml", "LICENSE"] {
        std::fs::copy(source.join(entry), target.join(entry)).unwrap();
    }
    for entry in std::fs::read_dir(source.join("areas")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), target.join("areas").join(entry.file_name())).unwrap();
    }
    let before = files_under(dir.path());
    let workbook =
        workspace().join("../shared/data/digcomp-3.0/DigComp_3_0_Data_Supplement_24_Nov_2025.xlsx");
    Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&target.join("mapping.yaml")),
            "--into",
            &path(&target),
            "--apply",
        ])
        .any_stderr()
        .stdout_contains("No changes in content.")
        .run();
    assert_eq!(files_under(dir.path()), before);
    Test::new()
        .args(["validate", &path(&target)])
        .stdout_contains("0 errors, 0 warnings (298 untrimmed-text accepted)")
        .run();
}

/// One bad input: what to change, and what the error must say.
struct Bad {
    name: &'static str,
    mapping: Option<(&'static str, &'static str)>,
    book: fn(&mut Book),
    edit: fn(&mut Workbook),
    says: &'static [&'static str],
}

fn nothing(_: &mut Book) {}
fn untouched(_: &mut Workbook) {}

#[test]
fn bad_mappings_and_cells_are_located_and_write_nothing() {
    let cases = [
        Bad {
            name: "misspelt key",
            mapping: Some(("    sheet: Statements", "    shet: Statements")),
            book: nothing,
            edit: untouched,
            says: &[
                "mapping.yaml:32:5",
                "unknown key `shet`",
                "did you mean `sheet`?",
            ],
        },
        Bad {
            name: "unknown header",
            mapping: Some(("    text: Statement", "    text: Statment")),
            book: nothing,
            edit: untouched,
            says: &[
                "mapping.yaml:37:11",
                "sheet \"Statements\"",
                "no column headed \"Statment\"",
                "did you mean \"Statement\"?",
            ],
        },
        Bad {
            name: "unknown sheet",
            mapping: Some(("    sheet: Glossary", "    sheet: Glosary")),
            book: nothing,
            edit: untouched,
            says: &["no sheet \"Glosary\"", "did you mean \"Glossary\"?"],
        },
        Bad {
            name: "wrong format",
            mapping: Some(("format: ramverk-mapping/1", "format: 2")),
            book: nothing,
            edit: untouched,
            says: &["mapping.yaml:2:9", "`format` must be `ramverk-mapping/1`"],
        },
        Bad {
            name: "not YAML",
            mapping: Some(("tables:", "tables: [")),
            book: nothing,
            edit: untouched,
            says: &["the mapping is not valid YAML"],
        },
        Bad {
            name: "framework without id",
            mapping: Some(("  id: example\n", "")),
            book: nothing,
            edit: untouched,
            says: &["`framework` is not a framework's own fields", "id"],
        },
        Bad {
            name: "unknown level",
            mapping: None,
            book: |b| b.statements[1][2] = "Expert",
            edit: untouched,
            says: &[
                "sheet \"Statements\", cell C3",
                "\"Expert\" is not a level of scale `proficiency`",
                "\"Basic\", \"Advanced\"",
            ],
        },
        Bad {
            name: "unknown competence",
            mapping: None,
            book: |b| b.statements[3][0] = "2.9",
            edit: untouched,
            says: &[
                "cell A5",
                "no competence 2.9 is defined",
                "did you mean 2.1?",
            ],
        },
        Bad {
            name: "repeated id",
            mapping: None,
            book: |b| b.statements[2][1] = "S1.1.01",
            edit: untouched,
            says: &[
                "cell B4",
                "statement S1.1.01 is defined again (first in cell B2)",
            ],
        },
        Bad {
            name: "empty required cell",
            mapping: None,
            book: |b| b.statements[0][4] = "",
            edit: untouched,
            says: &["cell E2", "row 2 has no text"],
        },
        Bad {
            name: "areas disagree",
            mapping: None,
            book: |b| b.competences[1][1] = "Informations",
            edit: untouched,
            says: &[
                "cell B3",
                "title of area 1 is \"Informations\" here but \"Information\" in row 2",
            ],
        },
        Bad {
            name: "formula",
            mapping: None,
            book: nothing,
            edit: |w| {
                w.worksheet_from_name("Statements")
                    .unwrap()
                    .write_formula(1, 4, Formula::new("=\"Use a search engine.\""))
                    .unwrap();
            },
            says: &["cell E2", "holds a formula", "paste values only"],
        },
        Bad {
            name: "merged cells",
            mapping: None,
            book: nothing,
            edit: |w| {
                w.worksheet_from_name("Areas")
                    .unwrap()
                    .merge_range(1, 0, 2, 0, "1", &Format::new())
                    .unwrap();
            },
            says: &[
                "sheet \"Areas\", cell A2",
                "cells A2:A3 are merged",
                "unmerge",
            ],
        },
        Bad {
            name: "date where text belongs",
            mapping: None,
            book: nothing,
            edit: |w| {
                let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 1, 2).unwrap();
                w.worksheet_from_name("Glossary")
                    .unwrap()
                    .write_datetime_with_format(
                        1,
                        1,
                        &date,
                        &Format::new().set_num_format("yyyy-mm-dd"),
                    )
                    .unwrap();
            },
            says: &["cell B2", "holds a date (2024-01-02), where text belongs"],
        },
    ];
    for case in cases {
        let mut book = Book::new();
        (case.book)(&mut book);
        let (dir, mapping, workbook) = setup(&book);
        book.write_with(&workbook, case.edit);
        if let Some((from, to)) = case.mapping {
            let text = MAPPING.replacen(from, to, 1);
            assert_ne!(text, MAPPING, "{}: the mapping changes", case.name);
            std::fs::write(&mapping, text).unwrap();
        }
        let target = dir.path().join("example");
        let before = files_under(dir.path());
        let mut test = Test::new()
            .args([
                "import",
                &path(&workbook),
                "--mapping",
                &path(&mapping),
                "--new",
                &path(&target),
            ])
            .status(2)
            .any_stderr();
        for text in case.says {
            test = test.stderr_contains(*text);
        }
        test.run();
        assert_eq!(
            files_under(dir.path()),
            before,
            "{}: nothing written",
            case.name
        );
    }
}

#[test]
fn a_framework_that_would_not_validate_is_not_written() {
    let (dir, mapping, workbook) = setup(&Book::new());
    // An id with a space is refused by the schema only once the framework is assembled.
    std::fs::write(
        &mapping,
        MAPPING.replacen("  id: example", "  id: Example framework", 1),
    )
    .unwrap();
    let target = dir.path().join("example");
    let before = files_under(dir.path());
    Test::new()
        .args([
            "import",
            &path(&workbook),
            "--mapping",
            &path(&mapping),
            "--new",
            &path(&target),
        ])
        .status(2)
        .any_stderr()
        .stderr_contains("does not validate")
        .stderr_contains("nothing was written")
        .run();
    assert_eq!(files_under(dir.path()), before);
}

#[cfg(unix)]
#[test]
fn special_files_are_refused() {
    let (dir, mapping, _) = setup(&Book::new());
    let fifo = dir.path().join("pipe.xlsx");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let target = dir.path().join("example");
    Test::new()
        .args([
            "import",
            &path(&fifo),
            "--mapping",
            &path(&mapping),
            "--new",
            &path(&target),
        ])
        .status(2)
        .any_stderr()
        .run();
    Test::new()
        .args([
            "import",
            "/dev/zero",
            "--mapping",
            &path(&mapping),
            "--new",
            &path(&target),
        ])
        .status(2)
        .any_stderr()
        .stderr_contains("not a spreadsheet")
        .run();
    assert!(!target.exists());
}

/// ramverk's own export read back in its sheets of items: competence statements, learning
/// outcomes, the rating scale's steps and the glossary (docs/import.md, "Your own export").
mod own_export_items {
    use support::sheet_edit::{
        Bad, Cell, Edit, Exported, exported, exported_again_changes_nothing, import,
        refused_writing_nothing, rewrite,
    };
    use support::{Test, files_under};

    use super::{path, support};

    /// The statements fixture (statements, outcomes, steps with equivalents, a glossary) with a
    /// second competence, 1.2, that has one statement, in a temporary folder, and its export.
    fn setup() -> Exported {
        exported(
            "tests/fixtures/valid/statements",
            "statements",
            "xlsx",
            |framework| {
                let root = framework.join("framework.yaml");
                let text = std::fs::read_to_string(&root).unwrap();
                let second = "      - id: \"1.2\"\n        title: Evaluating\n        statements:\n          - id: CS1.2.01\n            level: 1\n            text: Compare two sources.\nglossary:\n";
                let edited = text.replacen("glossary:\n", second, 1);
                assert_ne!(edited, text);
                std::fs::write(&root, edited).unwrap();
            },
        )
    }

    /// The workbook with `edits`, imported: the JSON diff; nothing is written without --apply.
    fn diff(setup: &Exported, edits: &[Edit]) -> serde_json::Value {
        let edited = setup.dir.path().join("edited.xlsx");
        rewrite(&setup.export, &edited, edits);
        let before = files_under(setup.dir.path());
        let shown = import(&edited, &setup.framework)
            .args(["--format", "json"])
            .run();
        assert_eq!(files_under(setup.dir.path()), before, "nothing written");
        shown.json()["diff"].clone()
    }

    /// The changes of a section of the diff: (change, id, [(field, old, new)]).
    fn changes(diff: &serde_json::Value, section: &str) -> Vec<(String, String, Vec<[String; 3]>)> {
        let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
        diff[section]
            .as_array()
            .unwrap_or_else(|| panic!("no {section} in {diff:#}"))
            .iter()
            .map(|c| {
                let fields = c["fields"]
                    .as_array()
                    .map(|fields| {
                        fields
                            .iter()
                            .map(|f| [text(&f["field"]), text(&f["old"]), text(&f["new"])])
                            .collect()
                    })
                    .unwrap_or_default();
                (text(&c["change"]), text(&c["id"]), fields)
            })
            .collect()
    }

    fn field(name: &str, old: &str, new: &str) -> [String; 3] {
        [name.to_owned(), old.to_owned(), new.to_owned()]
    }

    #[test]
    fn an_unedited_export_with_items_changes_no_byte() {
        let setup = setup();
        let rewritten = setup.dir.path().join("rewritten.xlsx");
        rewrite(&setup.export, &rewritten, &[]);
        for file in [&setup.export, &rewritten] {
            let before = files_under(setup.dir.path());
            let shown = import(file, &setup.framework)
                .arg("--apply")
                .stdout_contains("No changes in content.")
                .run();
            assert!(shown.stderr.is_empty(), "nothing to write\n{shown}");
            assert_eq!(files_under(setup.dir.path()), before);
        }
    }

    #[test]
    fn each_edit_to_statements_and_outcomes_comes_back_as_itself() {
        let setup = setup();
        // The statements sheet: 1.1 CS1.1.01 (row 2), 1.1 CS1.1.02 (row 3), 1.2 CS1.2.01 (row 4).
        let text = diff(
            &setup,
            &[Edit::Cell(
                "Statements",
                "F3",
                Some(Cell::Text("Refine a search.")),
            )],
        );
        assert_eq!(
            changes(&text, "statements"),
            [(
                "changed".into(),
                "CS1.1.02".into(),
                vec![field(
                    "text",
                    "Refine a search strategy.",
                    "Refine a search."
                )]
            )]
        );
        // Labels: a comma-separated list, items trimmed, empty ones dropped.
        let labels = diff(
            &setup,
            &[Edit::Cell(
                "Statements",
                "E3",
                Some(Cell::Text(" AI-Explicit, ,Ethics ,")),
            )],
        );
        let labels = changes(&labels, "statements");
        assert_eq!(labels.len(), 1, "{labels:?}");
        assert_eq!(labels[0].1, "CS1.1.02");
        assert_eq!(labels[0].2[0][0], "labels");
        assert!(labels[0].2[0][2].contains("AI-Explicit") && labels[0].2[0][2].contains("Ethics"));
        // Added (a new id at the end, its level label left empty) and removed (CS1.1.01's row).
        let added = diff(
            &setup,
            &[
                Edit::AddRow(
                    "Statements",
                    vec![
                        Some(Cell::Text("1.2")),
                        Some(Cell::Text("CS1.2.02")),
                        Some(Cell::Number(2.0)),
                        None,
                        None,
                        Some(Cell::Text("Judge a source's reliability.")),
                    ],
                ),
                Edit::RemoveRow("Statements", 2),
            ],
        );
        let added = changes(&added, "statements");
        assert!(
            added.iter().any(|c| c.0 == "added" && c.1 == "CS1.2.02"),
            "{added:?}"
        );
        assert!(
            added.iter().any(|c| c.0 == "removed" && c.1 == "CS1.1.01"),
            "{added:?}"
        );
        // Moved to another competence by its competence id cell; the level raised together
        // with its label.
        let moved = diff(
            &setup,
            &[
                Edit::Cell("Statements", "A3", Some(Cell::Text("1.2"))),
                Edit::Cell("Statements", "C4", Some(Cell::Number(2.0))),
                Edit::Cell("Statements", "D4", Some(Cell::Text("Intermediate"))),
            ],
        );
        let moved = changes(&moved, "statements");
        assert!(
            moved
                .iter()
                .any(|c| c.1 == "CS1.1.02" && c.2.contains(&field("competence", "1.1", "1.2"))),
            "{moved:?}"
        );
        assert!(
            moved
                .iter()
                .any(|c| c.1 == "CS1.2.01" && c.2.contains(&field("level", "1", "2"))),
            "{moved:?}"
        );
        // An outcome's dimension, as the export's word.
        let dimension = diff(
            &setup,
            &[Edit::Cell(
                "Learning outcomes",
                "E2",
                Some(Cell::Text("Skill")),
            )],
        );
        assert_eq!(
            changes(&dimension, "learning_outcomes"),
            [(
                "changed".into(),
                "LO1.1.01".into(),
                vec![field("dimension", "knowledge", "skill")]
            )]
        );
    }

    #[test]
    fn steps_and_glossary_edits_come_back_as_themselves() {
        let setup = setup();
        // Steps: rows 2..5 are steps 1..4; D is the label, E the description, F the equivalent.
        let steps = diff(
            &setup,
            &[
                Edit::Cell("Steps", "D4", Some(Cell::Text("Independent"))),
                Edit::Cell("Steps", "F2", Some(Cell::Text("A1.1"))),
                Edit::Cell("Steps", "E5", Some(Cell::Text("Complex tasks."))),
            ],
        );
        let scales = changes(&steps, "scales");
        assert_eq!(scales.len(), 1, "{scales:?}");
        assert!(
            scales[0].2.contains(&field("step 3", "", "Independent")),
            "{scales:?}"
        );
        assert!(
            scales[0]
                .2
                .contains(&field("step 1 equivalent", "A1", "A1.1")),
            "{scales:?}"
        );
        assert!(
            scales[0]
                .2
                .contains(&field("step 4 description", "", "Complex tasks.")),
            "{scales:?}"
        );
        // Glossary: edited, added, removed.
        let edited = diff(
            &setup,
            &[Edit::Cell(
                "Glossary",
                "C2",
                Some(Cell::Text("A program that finds pages.")),
            )],
        );
        assert_eq!(
            changes(&edited, "glossary"),
            [(
                "changed".into(),
                "search-engine".into(),
                vec![field(
                    "explanation",
                    "A program that finds pages on the web.",
                    "A program that finds pages."
                )]
            )]
        );
        let replaced = diff(
            &setup,
            &[
                Edit::RemoveRow("Glossary", 2),
                Edit::AddRow(
                    "Glossary",
                    vec![
                        Some(Cell::Text("ranking")),
                        Some(Cell::Text("Ranking")),
                        Some(Cell::Text("The order results come in.")),
                    ],
                ),
            ],
        );
        let glossary = changes(&replaced, "glossary");
        assert!(
            glossary.iter().any(|c| c.0 == "added" && c.1 == "ranking"),
            "{glossary:?}"
        );
        assert!(
            glossary
                .iter()
                .any(|c| c.0 == "removed" && c.1 == "search-engine"),
            "{glossary:?}"
        );
    }

    #[test]
    fn item_edits_apply_in_place_and_read_back_unchanged() {
        let setup = setup();
        let edited = setup.dir.path().join("edited.xlsx");
        rewrite(
            &setup.export,
            &edited,
            &[
                Edit::Cell("Statements", "F3", Some(Cell::Text("Refine a search."))),
                Edit::Cell("Statements", "A3", Some(Cell::Text("1.2"))),
                Edit::Cell("Learning outcomes", "E3", Some(Cell::Text("Skill"))),
                Edit::Cell(
                    "Learning outcomes",
                    "F3",
                    Some(Cell::Text("Ethics, AI-Explicit")),
                ),
                Edit::Cell("Steps", "F5", Some(Cell::Text("B2+"))),
                Edit::Cell("Glossary", "B2", Some(Cell::Text("Web search engine"))),
                Edit::AddRow(
                    "Glossary",
                    vec![
                        Some(Cell::Text("ranking")),
                        Some(Cell::Text("Ranking")),
                        Some(Cell::Text("The order results come in.")),
                    ],
                ),
            ],
        );
        let root = setup.framework.join("framework.yaml");
        let comments = |text: &str| -> Vec<String> {
            text.lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .map(str::to_owned)
                .collect()
        };
        let before = std::fs::read_to_string(&root).unwrap();
        import(&edited, &setup.framework)
            .arg("--apply")
            .any_stderr()
            .stderr_contains("changed")
            .run();
        let after = std::fs::read_to_string(&root).unwrap();
        assert_eq!(comments(&after), comments(&before), "every comment stays");
        for text in [
            "text: Refine a search.",
            "dimension: skill",
            "Ethics",
            "B2+",
            "term: Web search engine",
            "id: ranking",
            "explanation: The order results come in.",
        ] {
            assert!(after.contains(text), "{text} in\n{after}");
        }
        // CS1.1.02 now sits under 1.2, after CS1.2.01 (the sheet's order).
        let moved = after.find("id: CS1.1.02").unwrap();
        assert!(after.find("id: \"1.2\"").unwrap() < moved, "{after}");
        assert!(after.find("id: CS1.2.01").unwrap() > after.find("id: \"1.2\"").unwrap());
        Test::new()
            .args(["validate", &path(&setup.framework)])
            .stdout_contains("0 errors")
            .run();
        // Exported again, the framework reads back without a change.
        exported_again_changes_nothing(&setup, "No changes in content.");
    }

    fn new_statement(competence: &'static str, id: &'static str) -> Edit {
        Edit::AddRow(
            "Statements",
            vec![
                Some(Cell::Text(competence)),
                Some(Cell::Text(id)),
                Some(Cell::Number(1.0)),
                None,
                None,
                Some(Cell::Text("Something new.")),
            ],
        )
    }

    #[test]
    fn bad_item_cells_are_located_and_write_nothing() {
        let cases = vec![
            Bad {
                name: "a level with a fraction",
                edits: vec![Edit::Cell("Statements", "C2", Some(Cell::Number(1.5)))],
                says: &[
                    "sheet \"Statements\", cell C2",
                    "a level is the whole number of a level of the rating scale, not 1.5",
                    "write one of 1, 2",
                ],
            },
            Bad {
                name: "a level written 1.10",
                edits: vec![Edit::Cell(
                    "Learning outcomes",
                    "C2",
                    Some(Cell::Text("1.10")),
                )],
                says: &["sheet \"Learning outcomes\", cell C2", "not \"1.10\""],
            },
            Bad {
                name: "a level in words",
                edits: vec![Edit::Cell("Statements", "C3", Some(Cell::Text("two")))],
                says: &["cell C3", "not \"two\""],
            },
            Bad {
                name: "a level outside the scale",
                edits: vec![Edit::Cell("Statements", "C2", Some(Cell::Number(3.0)))],
                says: &[
                    "cell C2",
                    "3 is not a level of the rating scale",
                    "the levels are 1, 2",
                ],
            },
            Bad {
                name: "an unknown dimension word",
                edits: vec![Edit::Cell(
                    "Learning outcomes",
                    "E2",
                    Some(Cell::Text("skill")),
                )],
                says: &[
                    "sheet \"Learning outcomes\", cell E2",
                    "\"skill\" is not a dimension",
                    "write one of Knowledge, Skill, Attitude",
                ],
            },
            Bad {
                name: "a new outcome without a dimension",
                edits: vec![Edit::AddRow(
                    "Learning outcomes",
                    vec![
                        Some(Cell::Text("1.2")),
                        Some(Cell::Text("LO1.2.01")),
                        Some(Cell::Number(1.0)),
                        None,
                        None,
                        None,
                        Some(Cell::Text("Know what a source is.")),
                    ],
                )],
                says: &[
                    "sheet \"Learning outcomes\", cell E4",
                    "the learning outcome has no dimension",
                    "write one of Knowledge, Skill, Attitude",
                ],
            },
            Bad {
                name: "a new statement with an id that exists",
                edits: vec![new_statement("1.2", "CS1.1.01")],
                says: &["cell B5", "statement CS1.1.01 comes twice (first in row 2)"],
            },
            Bad {
                name: "a new statement with an id that is none",
                edits: vec![new_statement("1.2", "CS 9")],
                says: &["cell B5", "\"CS 9\" cannot be a statement's id"],
            },
            Bad {
                name: "a new statement without an id",
                edits: vec![new_statement("1.2", "")],
                says: &["cell B5", "row 5 has no statement id"],
            },
            Bad {
                name: "an unknown competence id",
                edits: vec![new_statement("9.9", "CS9.9.01")],
                says: &["cell A5", "there is no competence 9.9"],
            },
            Bad {
                name: "a competence removed with its statement left",
                edits: vec![Edit::RemoveRow("1 ", 3)],
                says: &[
                    "sheet \"Statements\", cell A4",
                    "there is no competence 1.2",
                ],
            },
            Bad {
                name: "a statement moved to an unknown competence",
                edits: vec![Edit::Cell("Statements", "A2", Some(Cell::Text("1.3")))],
                says: &["cell A2", "there is no competence 1.3"],
            },
            Bad {
                name: "an emptied text",
                edits: vec![Edit::Cell("Statements", "F2", None)],
                says: &["cell F2", "a statement's text cannot be empty"],
            },
            Bad {
                name: "a level label edited alone",
                edits: vec![Edit::Cell(
                    "Statements",
                    "D2",
                    Some(Cell::Text("Intermediate")),
                )],
                says: &[
                    "sheet \"Statements\", cell D2",
                    "the level label is not read back",
                    "change the level number in cell C2 instead",
                ],
            },
            Bad {
                name: "an outcome's level label edited alone",
                edits: vec![Edit::Cell(
                    "Learning outcomes",
                    "D3",
                    Some(Cell::Text("Expert")),
                )],
                says: &["cell D3", "the level label is not read back", "cell C3"],
            },
            Bad {
                name: "a step's level number",
                edits: vec![Edit::Cell("Steps", "A3", Some(Cell::Number(2.0)))],
                says: &[
                    "sheet \"Steps\", cell A3",
                    "this cell is not read back",
                    "level and step numbers and level labels are not edited here",
                ],
            },
            Bad {
                name: "a step's level label",
                edits: vec![Edit::Cell("Steps", "B2", Some(Cell::Text("Beginner")))],
                says: &["cell B2", "this cell is not read back"],
            },
            Bad {
                name: "a step's number",
                edits: vec![Edit::Cell("Steps", "C5", Some(Cell::Number(5.0)))],
                says: &["cell C5", "this cell is not read back"],
            },
            Bad {
                name: "a step added",
                edits: vec![Edit::AddRow(
                    "Steps",
                    vec![
                        Some(Cell::Number(2.0)),
                        Some(Cell::Text("Intermediate")),
                        Some(Cell::Number(5.0)),
                    ],
                )],
                says: &[
                    "cell A6",
                    "rows were added below the steps",
                    "framework.yaml",
                ],
            },
            Bad {
                name: "a step removed",
                edits: vec![Edit::RemoveRow("Steps", 3)],
                says: &[
                    "cell A5",
                    "a step's row was removed or emptied",
                    "framework.yaml",
                ],
            },
            Bad {
                name: "a new term with an id that is none",
                edits: vec![Edit::AddRow(
                    "Glossary",
                    vec![
                        Some(Cell::Text("search engine")),
                        Some(Cell::Text("Search engine")),
                        Some(Cell::Text("Again.")),
                    ],
                )],
                says: &[
                    "sheet \"Glossary\", cell A3",
                    "\"search engine\" cannot be a term's id",
                ],
            },
            Bad {
                name: "a new term with an id that exists",
                edits: vec![Edit::AddRow(
                    "Glossary",
                    vec![
                        Some(Cell::Text("search-engine")),
                        Some(Cell::Text("Search engine")),
                        Some(Cell::Text("Again.")),
                    ],
                )],
                says: &["cell A3", "term search-engine comes twice (first in row 2)"],
            },
            Bad {
                name: "an emptied term",
                edits: vec![Edit::Cell("Glossary", "B2", None)],
                says: &["cell B2", "a term cannot be empty"],
            },
            Bad {
                name: "a new term without an explanation",
                edits: vec![Edit::AddRow(
                    "Glossary",
                    vec![Some(Cell::Text("ranking")), Some(Cell::Text("Ranking"))],
                )],
                says: &["cell C3", "a term's explanation cannot be empty"],
            },
        ];
        for case in cases {
            refused_writing_nothing(&setup(), &case);
        }
    }
}
