//! Edited copies of an exported workbook, as a spreadsheet program would save them: every cell
//! rewritten with rust_xlsxwriter, with cells changed, rows removed or added.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ramverk_workbook::{Budget, CellRef, Value};
use rust_xlsxwriter::Workbook;

use super::{Test, files_under, workspace};

/// A framework copied into a temporary folder, and its export.
pub struct Exported {
    pub dir: tempfile::TempDir,
    pub framework: PathBuf,
    pub export: PathBuf,
}

/// The framework at `source` (relative to the workspace) copied as `name` into a temporary
/// folder, changed there by `prepare`, and exported as `format` (`xlsx`, `csv`).
pub fn exported(source: &str, name: &str, format: &str, prepare: impl FnOnce(&Path)) -> Exported {
    let dir = tempfile::tempdir().unwrap();
    let framework = dir.path().join(name);
    copy_dir(&workspace().join(source), &framework);
    prepare(&framework);
    let export = dir.path().join(format!("export.{format}"));
    Test::new()
        .arg("export")
        .arg(&framework)
        .args(["--format", format, "-o"])
        .arg(&export)
        .any_stderr()
        .run();
    Exported {
        dir,
        framework,
        export,
    }
}

/// `ramverk import FILE --into FRAMEWORK`.
pub fn import(file: &Path, framework: &Path) -> Test {
    Test::new()
        .arg("import")
        .arg(file)
        .arg("--into")
        .arg(framework)
}

/// One bad edit to an export and what the error must say.
pub struct Bad {
    pub name: &'static str,
    pub edits: Vec<Edit>,
    pub says: &'static [&'static str],
}

/// The export of `setup` with the bad edit, imported with `--apply`: refused (exit 2) saying
/// each of `says`, with nothing written.
pub fn refused_writing_nothing(setup: &Exported, case: &Bad) {
    let edited = setup.dir.path().join("edited.xlsx");
    rewrite(&setup.export, &edited, &case.edits);
    let before = files_under(setup.dir.path());
    let mut test = import(&edited, &setup.framework)
        .arg("--apply")
        .status(2)
        .any_stderr();
    for text in case.says {
        test = test.stderr_contains(*text);
    }
    let out = test.run();
    assert_eq!(
        files_under(setup.dir.path()),
        before,
        "{}: nothing written\n{out}",
        case.name
    );
}

/// The framework exported again and imported with `--apply`: it says `unchanged` (in the
/// framework's language) and no byte of it changes.
pub fn exported_again_changes_nothing(setup: &Exported, unchanged: &str) {
    let again = setup.dir.path().join("again.xlsx");
    Test::new()
        .arg("export")
        .arg(&setup.framework)
        .args(["--format", "xlsx", "-o"])
        .arg(&again)
        .any_stderr()
        .run();
    let before = files_under(&setup.framework);
    import(&again, &setup.framework)
        .arg("--apply")
        .stdout_contains(unchanged)
        .run();
    assert_eq!(files_under(&setup.framework), before);
}

/// A copy of the folder `from` at `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// An edit to a workbook: a cell's new value (text or number, `None` to clear it), a row taken
/// out, a row added at the end, or a whole change made with rust_xlsxwriter.
pub enum Edit {
    Cell(&'static str, &'static str, Option<Cell>),
    RemoveRow(&'static str, u32),
    AddRow(&'static str, Vec<Option<Cell>>),
    Raw(fn(&mut Workbook)),
}

#[derive(Clone)]
pub enum Cell {
    Text(&'static str),
    Number(f64),
}

/// Which sheet a short name means: the first whose name starts with it.
pub fn sheet_named<'a>(names: &'a [String], start: &str) -> &'a str {
    names
        .iter()
        .find(|name| name.starts_with(start))
        .unwrap_or_else(|| panic!("no sheet starts with {start:?}: {names:?}"))
}

/// Rewrites the workbook at `from` into `to` with rust_xlsxwriter, every cell as it reads, with
/// `edits` made.
pub fn rewrite(from: &Path, to: &Path, edits: &[Edit]) {
    let book = ramverk_workbook::read(from, &Budget::default()).unwrap();
    let names: Vec<String> = book.sheets.iter().map(|s| s.name.clone()).collect();
    let mut out = Workbook::new();
    for sheet in &book.sheets {
        let mut grid: BTreeMap<(u32, u16), Option<Cell>> = BTreeMap::new();
        for row in &sheet.rows {
            for cell in &row.cells {
                let value = match &cell.value {
                    Value::Text(text) => Cell::Text(Box::leak(text.clone().into_boxed_str())),
                    Value::Number(number) => Cell::Number(*number),
                    _ => continue,
                };
                grid.insert((cell.at.row, cell.at.column), Some(value));
            }
        }
        for edit in edits {
            match edit {
                Edit::Cell(sheet_start, reference, value)
                    if sheet_named(&names, sheet_start) == sheet.name =>
                {
                    let at: CellRef = reference.parse().unwrap();
                    grid.insert((at.row, at.column), value.clone());
                }
                Edit::RemoveRow(sheet_start, row)
                    if sheet_named(&names, sheet_start) == sheet.name =>
                {
                    grid.retain(|(r, _), _| r != row);
                    grid = grid
                        .into_iter()
                        .map(|((r, c), v)| (((if r > *row { r - 1 } else { r }), c), v))
                        .collect();
                }
                Edit::AddRow(sheet_start, cells)
                    if sheet_named(&names, sheet_start) == sheet.name =>
                {
                    let last = grid.keys().map(|(r, _)| *r).max().unwrap_or(0);
                    for (column, value) in cells.iter().enumerate() {
                        grid.insert((last + 1, column as u16), value.clone());
                    }
                }
                _ => {}
            }
        }
        let worksheet = out.add_worksheet().set_name(&sheet.name).unwrap();
        for ((row, column), value) in grid {
            match value {
                Some(Cell::Text(text)) => {
                    worksheet.write_string(row - 1, column, text).unwrap();
                }
                Some(Cell::Number(number)) => {
                    worksheet.write_number(row - 1, column, number).unwrap();
                }
                None => {}
            }
        }
    }
    for edit in edits {
        if let Edit::Raw(change) = edit {
            change(&mut out);
        }
    }
    out.save(to).unwrap();
}
