//! Reading ratings files: CSV or XLSX, in the long format (one row per person × competence, or
//! per person × area for motivation) or the wide format assessment tools export (one row per
//! person, one column per competence). Every row is checked against the framework.
//!
//! Long format columns (by header name, any order): `person`, `role`, `unit` (optional), `round`
//! (optional), and either `competence` with `self_rating` and/or `agreed_rating`, or `area` with
//! `motivation`.
//! Wide format columns: `person`, `role`, `unit` (optional), then one column per competence
//! headed by its id (`1.1`, or `1.1 Söka, navigera …`) holding the agreed rating, `self:1.1` for
//! self ratings, and `motivation:1` for the motivation in area 1. Empty or 0 means not rated.

mod checked_text;
mod columns;
mod limits;
mod read;
mod row_checker;
mod sheet;
mod write;

pub use limits::ReadLimits;
pub use read::{ReadOptions, read_ratings_csv, read_ratings_file, read_ratings_file_observed};
pub use write::write_ratings_csv;

use ramverk_source::csv_cell::restore;
use ramverk_source::{Code, Diagnostic};

use crate::Input;

/// A problem in a ratings file, at a row (1 = the header) and column (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{row}:{column}: {message}")]
pub struct RatingsError {
    /// What kind of problem: `ratings-unreadable`, `ratings-column` or `ratings-row`.
    pub code: Code,
    pub row: u64,
    pub column: u64,
    pub message: String,
}

impl RatingsError {
    /// A problem with `code` at `row` and `column`.
    pub fn new(code: Code, row: u64, column: u64, message: impl Into<String>) -> Self {
        RatingsError {
            code,
            row,
            column,
            message: message.into(),
        }
    }

    /// The problem as a finding in `file`, an index into a source map that holds the ratings
    /// file without its text (see `SourceMap::add_file_without_text`): rows are lines.
    pub fn diagnostic(&self, file: usize) -> Diagnostic {
        let line = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        Diagnostic::new(self.code, self.message.clone()).at_line(
            file,
            line(self.row),
            line(self.column),
            "",
        )
    }
}

/// A ratings file as read: the valid rows, and a problem for each row left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingsFile {
    pub input: Input,
    pub problems: Vec<RatingsError>,
    /// Data rows read (valid or not).
    pub rows: u64,
    /// Data rows left out because of a problem (counted as they are left out).
    pub left_out: u64,
    /// The CSV field separator found in the header (`,`, `;` or tab); none for spreadsheets.
    pub separator: Option<u8>,
}

impl RatingsFile {
    /// Rows left out because of a problem.
    pub fn skipped(&self) -> u64 {
        self.left_out
    }

    /// The separator's name (`comma`, `semicolon`, `tab`), for a CSV file.
    pub fn separator_name(&self) -> Option<&'static str> {
        self.separator.map(ramverk_workbook::separator::name)
    }
}

/// A row's cells, from a CSV record or a spreadsheet row.
pub trait Cells {
    /// The cell in `column` (0-based), trimmed, as written before ramverk neutralised it against
    /// formula injection (`'=x` is `=x`); empty when missing.
    fn cell(&self, column: usize) -> &str;
}

impl Cells for csv::StringRecord {
    fn cell(&self, column: usize) -> &str {
        restore(self.get(column).unwrap_or("").trim())
    }
}

impl Cells for Vec<String> {
    fn cell(&self, column: usize) -> &str {
        restore(self.get(column).map_or("", |c| c.trim()))
    }
}

#[cfg(test)]
mod tests;
