//! Why a framework cannot be exported as CSV or XLSX.

use ramverk_render::messages::MessageError;

/// A framework that cannot be written in the format asked for.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(
        "{framework} has no roles, so there are no role profiles to list\n  help: leave out --profiles for one row per competence"
    )]
    NoRoles { framework: String },
    #[error(
        "sheet `{sheet}`, cell {cell} ({column}) would hold {length} characters; an Excel cell holds at most 32,767\n  help: shorten the text in the framework, or export it with --format csv or json, which have no such limit"
    )]
    CellTooLong {
        sheet: String,
        cell: String,
        column: String,
        length: usize,
    },
    #[error("could not write the spreadsheet: {0}")]
    Xlsx(String),
    #[error("could not write the CSV: {0}")]
    Csv(String),
    #[error(transparent)]
    Messages(#[from] MessageError),
}
