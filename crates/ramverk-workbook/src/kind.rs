//! The spreadsheet formats ramverk reads, told by the file's extension.

use std::path::Path;

use crate::WorkbookError;

/// A spreadsheet format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Excel Workbook (`.xlsx`, `.xlsm`).
    Xlsx,
    /// OpenDocument Spreadsheet (`.ods`).
    Ods,
    /// Comma-, semicolon- or tab-separated text in UTF-8 (`.csv`, `.tsv`, `.txt`).
    Csv,
}

impl Kind {
    /// The format of a file named `name` (its extension, in any case). Binary Excel workbooks
    /// (`.xls`, `.xlsb`) are refused with what to do: calamine reads them whole into a grid
    /// spanning their first to their last cell, and their size cannot be checked first.
    pub fn of(name: &Path) -> Result<Kind, WorkbookError> {
        let extension = name
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase)
            .unwrap_or_default();
        match extension.as_str() {
            "xlsx" | "xlsm" => Ok(Kind::Xlsx),
            "ods" => Ok(Kind::Ods),
            "csv" | "tsv" | "txt" => Ok(Kind::Csv),
            "xls" | "xlsb" => Err(WorkbookError::unreadable(format!(
                "binary Excel workbooks (.{extension}) are not read; save it as an Excel Workbook (.xlsx) or as CSV UTF-8"
            ))),
            _ => Err(WorkbookError::unreadable(format!(
                "{} is not a spreadsheet ramverk reads: .xlsx, .xlsm, .ods, .csv, .tsv or .txt",
                match extension.as_str() {
                    "" => "a file without an extension".to_owned(),
                    other => format!("a .{other} file"),
                }
            ))),
        }
    }
}
