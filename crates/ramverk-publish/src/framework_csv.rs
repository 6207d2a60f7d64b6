//! The framework as CSV (RFC 4180): one row per competence, or one per role and competence.

use ramverk_model::Framework;
use ramverk_source::csv_cell::neutralise;

use crate::export_error::ExportError;
use crate::table::{Table, competence_table, profile_table};

/// Which rows the CSV has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvRows {
    /// One row per competence, with its level descriptors and each role's expected level.
    Competences,
    /// One row per role and competence (`--profiles`).
    Profiles,
}

/// The field separator, and with it who the file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvDelimiter {
    /// `,` as RFC 4180 says: for programs and for spreadsheets set to English.
    Comma,
    /// `;` for spreadsheets in Swedish and Danish (where `,` is the decimal sign and `;` the list
    /// separator). The file starts with a UTF-8 byte order mark: without it Excel on Windows
    /// opens a double-clicked CSV in the system's legacy code page and shows `Ã¥` for `å`.
    Semicolon,
}

impl CsvDelimiter {
    fn byte(self) -> u8 {
        match self {
            CsvDelimiter::Comma => b',',
            CsvDelimiter::Semicolon => b';',
        }
    }
}

/// The UTF-8 byte order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// `framework` as CSV: fields quoted when they hold the separator, a quote or a line break,
/// records ended by CRLF, every cell neutralised against formula injection
/// (`ramverk_source::csv_cell`). With [`CsvDelimiter::Semicolon`] the text starts with a byte
/// order mark.
pub fn framework_csv(
    framework: &Framework,
    rows: CsvRows,
    delimiter: CsvDelimiter,
) -> Result<String, ExportError> {
    let table = match rows {
        CsvRows::Competences => competence_table(framework)?,
        CsvRows::Profiles => profile_table(framework)?,
    };
    let mut out = match delimiter {
        CsvDelimiter::Comma => String::new(),
        CsvDelimiter::Semicolon => BOM.to_owned(),
    };
    out.push_str(&write(&table, delimiter)?);
    Ok(out)
}

fn write(table: &Table, delimiter: CsvDelimiter) -> Result<String, ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter.byte())
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    let error = |error: csv::Error| ExportError::Csv(error.to_string());
    writer
        .write_record(
            table
                .header
                .iter()
                .map(|text| neutralise(text).into_owned()),
        )
        .map_err(error)?;
    for row in &table.rows {
        writer
            .write_record(
                row.cells
                    .iter()
                    .map(|cell| neutralise(&cell.text()).into_owned()),
            )
            .map_err(error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| ExportError::Csv(error.to_string()))?;
    String::from_utf8(bytes).map_err(|error| ExportError::Csv(error.to_string()))
}
