//! Why a spreadsheet could not be read, and where: the sheet and the cell when known.

use crate::CellRef;

/// What kind of problem stopped the reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file, or a part of it, is beyond the [`Budget`](crate::Budget).
    TooLarge,
    /// The file is not a spreadsheet ramverk reads, or it is damaged.
    Unreadable,
    /// The text is not UTF-8 (CSV).
    Encoding,
}

/// A spreadsheet that could not be read: what kind of problem, where, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", location(.sheet, .at))]
pub struct WorkbookError {
    pub kind: ErrorKind,
    /// The sheet the problem is in, when it is in one.
    pub sheet: Option<String>,
    /// The cell the problem is at, when it is at one.
    pub at: Option<CellRef>,
    /// What is wrong, and what to do about it.
    pub message: String,
}

/// `sheet "Blad1", cell C7: `, as much of it as is known.
fn location(sheet: &Option<String>, at: &Option<CellRef>) -> String {
    match (sheet, at) {
        (Some(sheet), Some(at)) => format!("sheet \"{sheet}\", cell {at}: "),
        (Some(sheet), None) => format!("sheet \"{sheet}\": "),
        (None, Some(at)) => format!("cell {at}: "),
        (None, None) => String::new(),
    }
}

impl WorkbookError {
    /// A problem of `kind`, not yet located.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        WorkbookError {
            kind,
            sheet: None,
            at: None,
            message: message.into(),
        }
    }

    pub(crate) fn too_large(message: impl Into<String>) -> Self {
        WorkbookError::new(ErrorKind::TooLarge, message)
    }

    pub(crate) fn unreadable(message: impl Into<String>) -> Self {
        WorkbookError::new(ErrorKind::Unreadable, message)
    }

    pub(crate) fn encoding(message: impl Into<String>) -> Self {
        WorkbookError::new(ErrorKind::Encoding, message)
    }

    /// The problem, placed in `sheet` (unless it was placed already).
    pub fn in_sheet(mut self, sheet: &str) -> Self {
        self.sheet.get_or_insert_with(|| sheet.to_owned());
        self
    }

    /// The problem, placed at the cell `at` (unless it was placed already).
    pub fn at(mut self, at: CellRef) -> Self {
        self.at.get_or_insert(at);
        self
    }
}
