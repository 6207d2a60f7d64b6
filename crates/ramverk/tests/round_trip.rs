//! The spreadsheet round trip, as an HR developer makes it: `ramverk export --format xlsx` (or
//! csv), edit in a spreadsheet program, `ramverk import FILE --into PATH` shows the semantic diff of
//! the edits and writes nothing, `--apply` writes them into the YAML in place. An unedited export
//! changes no byte; every kind of edit comes back as itself; bad input names its sheet, row and
//! column and writes nothing. Edited workbooks are written with rust_xlsxwriter, and once re-saved
//! by LibreOffice headless as a user's office suite rewrites a workbook.

mod support;

use std::path::Path;

use ramverk_workbook::{Budget, Value};
use rust_xlsxwriter::{Format, Formula};
use support::sheet_edit::{
    Bad, Cell, Edit, Exported, exported, exported_again_changes_nothing, import,
    refused_writing_nothing, rewrite,
};
use support::{Test, files_under};

/// A copy of the Stockholm framework in a temporary folder, with its export.
fn setup(format: &str) -> Exported {
    exported(
        "frameworks/stockholm-kultur",
        "stockholm-kultur",
        format,
        |_| {},
    )
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

#[test]
fn an_unedited_export_changes_no_byte() {
    for format in ["xlsx", "csv"] {
        let setup = setup(format);
        let before = files_under(setup.dir.path());
        let shown = import(&setup.export, &setup.framework)
            .arg("--apply")
            .stdout_contains("Inga ändringar i innehållet.")
            .run();
        assert!(
            shown.stderr.is_empty(),
            "{format}: nothing to write\n{shown}"
        );
        assert_eq!(files_under(setup.dir.path()), before, "{format}");
    }
    // Rewritten cell by cell by another program, too.
    let setup = setup("xlsx");
    let rewritten = setup.dir.path().join("rewritten.xlsx");
    rewrite(&setup.export, &rewritten, &[]);
    let before = files_under(&setup.framework);
    import(&rewritten, &setup.framework)
        .arg("--apply")
        .stdout_contains("Inga ändringar i innehållet.")
        .run();
    assert_eq!(files_under(&setup.framework), before);
}

/// The edits of [`each_kind_of_edit_comes_back_as_itself_and_applies_in_place`].
fn edits() -> Vec<Edit> {
    vec![
        // A competence's title and a level descriptor, in area 1's sheet.
        Edit::Cell(
            "1 ",
            "C2",
            Some(Cell::Text("Söka, navigera och sålla information")),
        ),
        Edit::Cell(
            "1 ",
            "J3",
            Some(Cell::Text("Kan på egen hand granska och hantera data.")),
        ),
        // An expected level in the role matrix: Medarbetare, 1.2, from 3 to 2.
        Edit::Cell("Roller", "D3", Some(Cell::Number(2.0))),
        // A new competence at the end of area 1's sheet.
        // (Stockholm's scale asks every competence to describe each of its five levels.)
        Edit::AddRow(
            "1 ",
            vec![
                Some(Cell::Text("1.4")),
                None,
                Some(Cell::Text("Hantera AI-verktyg")),
                Some(Cell::Text("Kompetens att använda AI-verktyg med omdöme.")),
                None,
                None,
                None,
                Some(Cell::Text("Behöver stöd för att använda AI-verktyg.")),
                Some(Cell::Text("Kan använda enkla AI-verktyg.")),
                Some(Cell::Text("Kan på egen hand välja och använda AI-verktyg.")),
                Some(Cell::Text("Kan bedöma AI-verktygens svar kritiskt.")),
                Some(Cell::Text("Kan vägleda andra i att använda AI-verktyg.")),
            ],
        ),
        // Competence 5.3 removed: its row in area 5's sheet and in the matrix.
        Edit::RemoveRow("5 ", 4),
    ]
}

#[test]
fn each_kind_of_edit_comes_back_as_itself_and_applies_in_place() {
    let setup = setup("xlsx");
    let edited = setup.dir.path().join("edited.xlsx");
    let mut all = edits();
    // The matrix's row of 5.3 goes too: find it.
    let book = ramverk_workbook::read(&setup.export, &Budget::default()).unwrap();
    let matrix = book.sheets.last().unwrap();
    let row = matrix
        .rows
        .iter()
        .find(|r| {
            r.cell(1)
                .is_some_and(|c| c.value == Value::Text("5.3".into()))
        })
        .unwrap()
        .number;
    all.push(Edit::RemoveRow("Roller", row));
    // A new role column in the matrix, with levels for two competences.
    all.push(Edit::Cell(
        "Roller",
        "N1",
        Some(Cell::Text("Digital handledare")),
    ));
    all.push(Edit::Cell("Roller", "N2", Some(Cell::Number(4.0))));
    all.push(Edit::Cell("Roller", "N3", Some(Cell::Number(3.0))));
    rewrite(&setup.export, &edited, &all);
    let before = files_under(setup.dir.path());
    let shown = import(&edited, &setup.framework)
        .args(["--format", "json"])
        .run();
    assert_eq!(
        files_under(setup.dir.path()),
        before,
        "nothing written without --apply"
    );
    let diff = &shown.json()["diff"];
    let changes = |section: &str| -> Vec<(String, String)> {
        diff[section]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["change"].as_str().unwrap().to_owned(),
                    c["id"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let competences = changes("competences");
    for expected in [
        ("changed", "1.1"),
        ("changed", "1.2"),
        ("added", "1.4"),
        ("removed", "5.3"),
    ] {
        assert!(
            competences.contains(&(expected.0.into(), expected.1.into())),
            "{expected:?} in {competences:?}"
        );
    }
    // 5.4 moves up into 5.3's place: the diff may call it renumbered or changed, never lost.
    assert_eq!(
        changes("roles"),
        [("added".to_owned(), "digital-handledare".to_owned())]
    );
    let expectation = diff["expectations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["role"] == "medarbetare" && e["competence"] == "1.2")
        .unwrap_or_else(|| panic!("{diff:#}"));
    assert_eq!(
        (expectation["old"].clone(), expectation["new"].clone()),
        (3.into(), 2.into())
    );
    // Applied: the YAML is edited in place, its comments kept.
    let area_path = setup
        .framework
        .join("areas/1-information-och-datakunnighet.yaml");
    let area_before = std::fs::read_to_string(&area_path).unwrap();
    let comments = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .map(str::to_owned)
            .collect()
    };
    import(&edited, &setup.framework)
        .arg("--apply")
        .any_stderr()
        .stderr_contains("changed")
        .run();
    let area = std::fs::read_to_string(&area_path).unwrap();
    assert_eq!(
        comments(&area),
        comments(&area_before),
        "every comment stays"
    );
    assert!(area.contains("Söka, navigera och sålla information"));
    assert!(area.contains("Kan på egen hand granska och hantera data."));
    assert!(area.contains("id: \"1.4\""), "{area}");
    let profile =
        std::fs::read_to_string(setup.framework.join("profiles/digital-handledare.yaml")).unwrap();
    assert!(profile.contains("role: digital-handledare"), "{profile}");
    Test::new()
        .args(["validate", &path(&setup.framework)])
        .stdout_contains("0 errors")
        .run();
    // Exported again, the framework reads back without a change.
    exported_again_changes_nothing(&setup, "Inga ändringar i innehållet.");
}

#[test]
fn csv_edits_come_back_too() {
    let setup = setup("csv");
    let text = std::fs::read_to_string(&setup.export).unwrap();
    let edited = text.replacen("Söka, navigera och filtrera", "Söka och filtrera", 1);
    assert_ne!(edited, text);
    let file = setup.dir.path().join("edited.csv");
    std::fs::write(&file, edited).unwrap();
    let shown = import(&file, &setup.framework)
        .args(["--format", "json"])
        .run();
    let competences = shown.json()["diff"]["competences"].clone();
    assert_eq!(competences[0]["id"], "1.1", "{competences:#}");
    assert_eq!(
        competences[0]["fields"][0]["field"], "title",
        "{competences:#}"
    );
}

#[test]
fn bad_input_names_sheet_row_and_column_and_writes_nothing() {
    let cases = vec![
        Bad {
            name: "unknown sheet",
            edits: vec![Edit::Raw(|w| {
                w.add_worksheet().set_name("Mina anteckningar").unwrap();
            })],
            says: &[
                "sheet \"Mina anteckningar\"",
                "that ramverk's export does not have",
            ],
        },
        Bad {
            name: "unknown column",
            edits: vec![Edit::Cell("1 ", "X1", Some(Cell::Text("Kommentar")))],
            says: &["cell X1", "unknown column \"Kommentar\" was added"],
        },
        Bad {
            name: "text where a level belongs",
            edits: vec![Edit::Cell("Roller", "D2", Some(Cell::Text("tre")))],
            says: &["sheet \"Roller och kompetenser\", cell D2", "not \"tre\""],
        },
        Bad {
            name: "level outside the scale",
            edits: vec![Edit::Cell("Roller", "D2", Some(Cell::Number(9.0)))],
            says: &[
                "cell D2",
                "9 is not a level of the rating scale",
                "the levels are 1, 2, 3, 4, 5",
            ],
        },
        Bad {
            name: "repeated id",
            edits: vec![Edit::Cell("1 ", "A3", Some(Cell::Text("1.1")))],
            says: &["cell A3", "competence 1.1 comes twice (first in row 2)"],
        },
        Bad {
            name: "competence of another area",
            edits: vec![Edit::Cell("1 ", "A3", Some(Cell::Text("2.1")))],
            says: &["cell A3", "competence 2.1 belongs to another area's sheet"],
        },
        Bad {
            name: "row without id",
            edits: vec![Edit::AddRow(
                "1 ",
                vec![None, None, Some(Cell::Text("Utan id"))],
            )],
            says: &["has no competence id"],
        },
        Bad {
            name: "formula",
            edits: vec![Edit::Raw(|w| {
                w.worksheet_from_index(0)
                    .unwrap()
                    .write_formula(5, 5, Formula::new("=1+1"))
                    .unwrap();
            })],
            says: &["cell F6", "holds a formula"],
        },
        Bad {
            name: "merged cells",
            edits: vec![Edit::Raw(|w| {
                w.worksheet_from_index(2)
                    .unwrap()
                    .merge_range(10, 0, 11, 0, "x", &Format::new())
                    .unwrap();
            })],
            says: &["cells A11:A12 are merged"],
        },
        Bad {
            name: "date in a title",
            edits: vec![Edit::Raw(|w| {
                let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 9, 2).unwrap();
                w.worksheet_from_index(2)
                    .unwrap()
                    .write_datetime_with_format(
                        1,
                        2,
                        &date,
                        &Format::new().set_num_format("yyyy-mm-dd"),
                    )
                    .unwrap();
            })],
            says: &["cell C2", "a date (2024-09-02), where text belongs"],
        },
    ];
    for case in cases {
        refused_writing_nothing(&setup("xlsx"), &case);
    }
}

mod with_tools {
    use super::*;

    /// LibreOffice re-saves the edited workbook (as a user's office suite rewrites one): the
    /// import reads the same edits from it.
    #[test]
    fn a_workbook_re_saved_by_libreoffice_gives_the_same_diff() {
        support::require_tool("soffice", "libreoffice-calc-nogui");
        let setup = setup("xlsx");
        let edited = setup.dir.path().join("edited.xlsx");
        rewrite(&setup.export, &edited, &edits());
        let out = setup.dir.path().join("libreoffice");
        std::fs::create_dir_all(&out).unwrap();
        let status = std::process::Command::new("soffice")
            .args([
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
            ])
            .arg(&out)
            .arg(&edited)
            .env("HOME", setup.dir.path())
            .status()
            .expect("soffice runs");
        assert!(status.success());
        let resaved = out.join("edited.xlsx");
        assert!(resaved.is_file(), "LibreOffice wrote {}", resaved.display());
        assert_ne!(
            std::fs::read(&resaved).unwrap(),
            std::fs::read(&edited).unwrap()
        );
        let direct = import(&edited, &setup.framework)
            .args(["--format", "json"])
            .run()
            .json();
        let through = import(&resaved, &setup.framework)
            .args(["--format", "json"])
            .run()
            .json();
        assert_eq!(direct["diff"], through["diff"]);
        assert!(!direct["diff"]["competences"].as_array().unwrap().is_empty());
    }
}
