//! The first sheet of a spreadsheet, row by row, after its size was checked (ramverk-workbook's
//! `check_file`): XLSX streamed cell by cell, never held as a grid; OpenDocument through
//! calamine's grid.

use std::path::Path;

use calamine::{Data, Ods, Reader, Xlsx};
use ramverk_source::Code;
use ramverk_workbook::{CellRef, ErrorKind, WorkbookError, check_file};

use super::RatingsError;
use super::limits::ReadLimits;
use super::read::Reading;

/// What to do instead when a spreadsheet of ratings is beyond the budget.
const ADVICE: &str = "save the ratings as CSV UTF-8";

/// The spreadsheet formats, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Xlsx,
    Ods,
    /// Excel 97–2003 (`.xls`) and binary Excel (`.xlsb`): refused, see [`read`].
    Binary,
}

impl Kind {
    /// The format of a file with `extension` (lowercase), if it is a spreadsheet.
    pub fn of(extension: &str) -> Option<Kind> {
        match extension {
            "xlsx" | "xlsm" => Some(Kind::Xlsx),
            "ods" => Some(Kind::Ods),
            "xls" | "xlsb" => Some(Kind::Binary),
            _ => None,
        }
    }
}

fn cannot(message: String) -> RatingsError {
    RatingsError::new(Code::RatingsUnreadable, 1, 1, message)
}

/// Reads the first sheet of the spreadsheet at `path` into `reading`.
pub fn read(
    path: &Path,
    kind: Kind,
    limits: &ReadLimits,
    reading: &mut Reading,
) -> Result<(), RatingsError> {
    if kind == Kind::Binary {
        // calamine reads these whole into a grid spanning the first to the last cell: two cells
        // far apart in a small file would take gigabytes. Their size cannot be checked first.
        return Err(cannot(
            "binary Excel workbooks (.xls, .xlsb) are not read; save the ratings as an Excel Workbook (.xlsx) or as CSV UTF-8".into(),
        ));
    }
    check_file(path, &limits.sheet_budget(), ADVICE).map_err(ratings_error)?;
    match kind {
        Kind::Xlsx => xlsx(path, reading),
        _ => ods(path, reading),
    }
}

/// A problem found in a spreadsheet before it is read, as a problem in a ratings file: at its
/// cell when it has one, naming its sheet when it is in one.
fn ratings_error(error: WorkbookError) -> RatingsError {
    let code = match error.kind {
        ErrorKind::TooLarge => Code::TooLarge,
        ErrorKind::Unreadable | ErrorKind::Encoding => Code::RatingsUnreadable,
    };
    let (row, column) = error
        .at
        .map_or((1, 1), |at| (u64::from(at.row), u64::from(at.column) + 1));
    let message = match &error.sheet {
        Some(sheet) => format!("sheet \"{sheet}\": {}", error.message),
        None => error.message,
    };
    RatingsError::new(code, row, column, message)
}

/// One row of a sheet as it is gathered: its cells' texts and the columns of formulas without a
/// value.
struct SheetRow {
    /// 0-based.
    row: u32,
    cells: Vec<String>,
    formulas: Vec<usize>,
}

impl SheetRow {
    fn new(row: u32) -> Self {
        SheetRow {
            row,
            cells: Vec::new(),
            formulas: Vec::new(),
        }
    }

    fn set(&mut self, column: usize, text: String, formula_without_value: bool) {
        if self.cells.len() <= column {
            self.cells.resize(column + 1, String::new());
        }
        self.cells[column] = text;
        if formula_without_value {
            self.formulas.push(column);
        }
    }

    /// Hands the row to `reading`: the first row that is not empty is the header; empty rows are
    /// passed over, as blank lines in CSV.
    fn done(self, reading: &mut Reading) -> Result<(), RatingsError> {
        let row = u64::from(self.row) + 1;
        if self.formulas.is_empty() && self.cells.iter().all(|c| c.trim().is_empty()) {
            return Ok(());
        }
        if let Some(&column) = self.formulas.first() {
            let more = match self.formulas.len() {
                1 => String::new(),
                n => format!(" (and {} more cells in this row)", n - 1),
            };
            let message = format!(
                "cell {} holds a formula without a saved value{more}: the file was written by a program that does not calculate formulas; open it in Excel or LibreOffice and save it again, or replace the formulas by their values",
                cell_name(self.row, column)
            );
            if !reading.has_header() {
                return Err(RatingsError::new(
                    Code::RatingsUnreadable,
                    row,
                    column as u64 + 1,
                    message,
                ));
            }
            reading.unreadable_row(row, column, message);
            return Ok(());
        }
        if reading.has_header() {
            reading.row(row, &self.cells);
            Ok(())
        } else {
            reading.header(row, &self.cells, self.cells.len())
        }
    }
}

/// `C7` for 0-based row 6, column 2.
fn cell_name(row: u32, column: usize) -> String {
    match CellRef::from_zero_based(row, u32::try_from(column).unwrap_or(u32::MAX)) {
        Some(at) => at.to_string(),
        None => format!("row {}, column {}", u64::from(row) + 1, column + 1),
    }
}

/// The name of the first sheet, the one ratings are read from.
fn first_sheet(names: Vec<String>) -> Result<String, RatingsError> {
    names
        .into_iter()
        .next()
        .ok_or_else(|| cannot("the spreadsheet has no sheet".into()))
}

fn xlsx(path: &Path, reading: &mut Reading) -> Result<(), RatingsError> {
    let mut workbook: Xlsx<_> = calamine::open_workbook(path)
        .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
    let name = first_sheet(workbook.sheet_names())?;
    let mut cells = workbook
        .worksheet_cells_reader(&name)
        .map_err(|e| cannot(format!("cannot read the first sheet: {e}")))?;
    let mut current: Option<SheetRow> = None;
    while let Some(cell) = cells
        .next_cell_with_formula_metadata()
        .map_err(|e| cannot(format!("cannot read the first sheet: {e}")))?
    {
        let (row, column) = cell.pos;
        match &current {
            Some(gathered) if gathered.row == row => {}
            Some(gathered) if gathered.row > row => {
                return Err(RatingsError::new(
                    Code::RatingsUnreadable,
                    u64::from(row) + 1,
                    1,
                    format!(
                        "row {} comes after row {} in the file; the sheet is damaged: open it in Excel or LibreOffice and save it again",
                        u64::from(row) + 1,
                        u64::from(gathered.row) + 1
                    ),
                ));
            }
            _ => {
                if let Some(done) = current.take() {
                    done.done(reading)?;
                }
                current = Some(SheetRow::new(row));
            }
        }
        let value = Data::from(cell.value);
        let without_value = cell.formula.is_some() && value == Data::Empty;
        if let Some(gathered) = current.as_mut() {
            gathered.set(column as usize, text(&value), without_value);
        }
    }
    match current {
        Some(done) => done.done(reading),
        None => Ok(()),
    }
}

fn ods(path: &Path, reading: &mut Reading) -> Result<(), RatingsError> {
    let mut workbook: Ods<_> = calamine::open_workbook(path)
        .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
    let name = first_sheet(workbook.sheet_names())?;
    let range = workbook
        .worksheet_range(&name)
        .map_err(|e| cannot(format!("cannot read the first sheet: {e}")))?;
    let formulas = workbook
        .worksheet_formula(&name)
        .map_err(|e| cannot(format!("cannot read the first sheet: {e}")))?;
    let Some((first_row, first_column)) = range.start() else {
        return Ok(());
    };
    for (index, cells) in range.rows().enumerate() {
        let row = first_row + index as u32;
        let mut gathered = SheetRow::new(row);
        for (offset, cell) in cells.iter().enumerate() {
            let column = first_column + offset as u32;
            let formula = formulas
                .get_value((row, column))
                .is_some_and(|f| !f.is_empty());
            gathered.set(column as usize, text(cell), formula && *cell == Data::Empty);
        }
        gathered.done(reading)?;
    }
    Ok(())
}

/// A spreadsheet cell as text: whole numbers without a decimal point.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}
