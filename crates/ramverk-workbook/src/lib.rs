//! ramverk-workbook: spreadsheets (XLSX, ODS, CSV) read within budgets into sheets of located,
//! typed cells, merged cells and formulas reported. It knows nothing of frameworks, ratings or findings.
//!
//! Every input may be hostile: a zip workbook's size, declared dimensions, cells, shared strings,
//! shared formulas and repeats are checked against the [`Budget`] before calamine reads it
//! ([`check`], which ramverk-assess uses for ratings too), and what is read is held to the budget
//! as it is read. Nothing panics on any input.
//!
//! ```
//! use ramverk_workbook::{Budget, Kind, Value, read_bytes};
//!
//! let csv = "id;namn\n1.1;Söka  och hitta\n";
//! let workbook = read_bytes(csv.as_bytes(), Kind::Csv, "kompetenser.csv", &Budget::default())?;
//! let sheet = workbook.sheet("kompetenser").unwrap();
//! let cell = sheet.cell("B2".parse()?).unwrap();
//! assert_eq!(cell.value, Value::Text("Söka  och hitta".into()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod budget;
mod cell_ref;
pub mod csv_quote;
mod csv_sheet;
pub mod encoding;
mod error;
mod kind;
mod ods;
mod ods_merged;
pub mod separator;
mod sheet_builder;
mod sheet_parts;
mod value;
mod workbook;
mod xlsx;
mod zip_budget;

use std::io::{Cursor, Read};
use std::path::Path;

pub use budget::{Budget, size};
pub use cell_ref::{BadCellRef, CellRef, MAX_COLUMNS, MAX_ROWS, Region};
pub use error::{ErrorKind, WorkbookError};
pub use kind::Kind;
pub use value::Value;
pub use workbook::{Cell, Row, Sheet, Workbook};
pub use zip_budget::{check, check_file};

use sheet_builder::Tally;

/// What [`read`] tells people to do instead when a workbook is beyond the budget.
pub const ADVICE: &str = "save it as CSV UTF-8";

/// Reads every sheet of the spreadsheet at `path`, its format told by its extension: `.xlsx` and
/// `.xlsm`, `.ods`, `.csv` (also `.tsv` and `.txt`). Binary Excel workbooks (`.xls`, `.xlsb`)
/// are refused with what to do. The file is read into memory whole (it is at most
/// `budget.file_bytes`), then as [`read_bytes`] reads it.
pub fn read(path: &Path, budget: &Budget) -> Result<Workbook, WorkbookError> {
    let kind = Kind::of(path)?;
    let cannot =
        |e: std::io::Error| WorkbookError::unreadable(format!("cannot read the file: {e}"));
    // Asked before opening: opening a named pipe waits for a writer, and a device never ends.
    let metadata = std::fs::metadata(path).map_err(cannot)?;
    if !metadata.is_file() {
        let what = if metadata.is_dir() {
            "a directory"
        } else {
            "not a regular file (a named pipe, socket or device)"
        };
        return Err(WorkbookError::unreadable(format!(
            "{what}: only regular files are read as spreadsheets"
        )));
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    let stored = file.metadata().map_or(0, |m| m.len());
    if stored > budget.file_bytes {
        return Err(file_too_large(stored, budget));
    }
    let mut bytes = Vec::new();
    file.take(budget.file_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    read_bytes(&bytes, kind, &name, budget)
}

/// Reads every sheet of the spreadsheet `bytes` in the format `kind`; `name` is the file's name
/// (a CSV file's sheet is named after its stem). Messages about a workbook beyond the budget end
/// with [`ADVICE`].
pub fn read_bytes(
    bytes: &[u8],
    kind: Kind,
    name: &str,
    budget: &Budget,
) -> Result<Workbook, WorkbookError> {
    let stored = bytes.len() as u64;
    if stored > budget.file_bytes {
        return Err(file_too_large(stored, budget));
    }
    let mut tally = Tally::new(budget);
    let sheets = match kind {
        Kind::Csv => vec![csv_sheet::read(bytes, name, &mut tally)?],
        Kind::Xlsx => {
            check(Cursor::new(bytes), stored, budget, ADVICE)?;
            xlsx::read(Cursor::new(bytes), &mut tally)?
        }
        Kind::Ods => {
            check(Cursor::new(bytes), stored, budget, ADVICE)?;
            ods::read(bytes, &mut tally)?
        }
    };
    Ok(Workbook { sheets })
}

fn file_too_large(stored: u64, budget: &Budget) -> WorkbookError {
    WorkbookError::too_large(format!(
        "the file is {} large; ramverk reads spreadsheets up to {}",
        size(stored),
        size(budget.file_bytes)
    ))
}
