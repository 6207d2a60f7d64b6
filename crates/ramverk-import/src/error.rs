//! Why an import failed: a located message naming the mapping file's line and the workbook's cell.

use std::fmt;

use ramverk_source::Position;
use ramverk_workbook::CellRef;

/// Where in a workbook a problem is: the sheet and, when known, the cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetPlace {
    /// The sheet's name.
    pub sheet: String,
    /// The cell, when the problem is in one.
    pub cell: Option<CellRef>,
}

/// An import that could not be done, with everything a user needs to find the cause.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct ImportError {
    /// What is wrong.
    pub message: String,
    /// Where in the mapping file (line and column), when the mapping is involved.
    pub mapping: Option<Position>,
    /// Where in the workbook, when a sheet or cell is involved.
    pub place: Option<SheetPlace>,
    /// How to fix it.
    pub help: Option<String>,
}

impl ImportError {
    /// An error with only a message.
    pub fn new(message: impl Into<String>) -> Self {
        ImportError {
            message: message.into(),
            mapping: None,
            place: None,
            help: None,
        }
    }

    /// The same error, located in the mapping file.
    pub fn in_mapping(mut self, position: Position) -> Self {
        self.mapping = Some(position);
        self
    }

    /// The same error, located in a sheet (and a cell of it).
    pub fn in_sheet(mut self, sheet: &str, cell: Option<CellRef>) -> Self {
        self.place = Some(SheetPlace {
            sheet: sheet.to_owned(),
            cell,
        });
        self
    }

    /// The same error, with advice.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(SheetPlace {
                sheet,
                cell: Some(cell),
            }) => write!(f, "sheet \"{sheet}\", cell {cell}: ")?,
            Some(SheetPlace { sheet, cell: None }) => write!(f, "sheet \"{sheet}\": ")?,
            None => {}
        }
        write!(f, "{}", self.message)?;
        if let Some(position) = self.mapping {
            write!(
                f,
                " (mapping line {}, column {})",
                position.line, position.column
            )?;
        }
        Ok(())
    }
}
