//! A CSV file as a sheet of texts: UTF-8 (a byte order mark skipped), the separator found in the
//! first line, rows of any length; a row's number is the line it starts on.

use std::path::Path;

use crate::cell_ref::{MAX_COLUMNS, MAX_ROWS};
use crate::encoding::not_utf8;
use crate::separator::sniff;
use crate::sheet_builder::{SheetBuilder, Tally};
use crate::{CellRef, Sheet, Value, WorkbookError};

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The sheet that the CSV text `bytes` of the file `name` holds, named after the file's stem.
pub(crate) fn read(bytes: &[u8], name: &str, tally: &mut Tally) -> Result<Sheet, WorkbookError> {
    let stem = Path::new(name)
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .filter(|stem| !stem.is_empty())
        .unwrap_or_else(|| "Sheet1".to_owned());
    let mut sheet = SheetBuilder::new(&stem);
    let located = |error: WorkbookError| error.in_sheet(&stem);
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(located(WorkbookError::encoding(
            "the file is UTF-16 (Excel's \"Unicode Text\"), not UTF-8; save it as \"CSV UTF-8 (comma delimited)\"",
        )));
    }
    let text = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let first_line = text.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff(first_line))
        .flexible(true)
        .has_headers(false)
        .from_reader(text);
    let mut record = csv::ByteRecord::new();
    let mut lines = Lines {
        text,
        at: 0,
        line: 1,
    };
    loop {
        let more = reader.read_byte_record(&mut record).map_err(|error| {
            let line = error.position().map_or(1, |p| p.line());
            located(WorkbookError::unreadable(format!(
                "line {line} is not valid CSV: {error}"
            )))
        })?;
        if !more {
            break;
        }
        let line = lines.of_record_at(record.position().map_or(0, |p| p.byte()));
        let row = match u32::try_from(line) {
            Ok(row) if row <= MAX_ROWS => row,
            _ => {
                return Err(located(WorkbookError::too_large(format!(
                    "the file has more than {MAX_ROWS} lines, more than a spreadsheet holds"
                ))));
            }
        };
        for (column, field) in record.iter().enumerate() {
            if field.is_empty() {
                continue;
            }
            let Some(at) = u16::try_from(column)
                .ok()
                .filter(|&c| c < MAX_COLUMNS)
                .map(|column| CellRef { row, column })
            else {
                return Err(located(WorkbookError::too_large(format!(
                    "line {line} has more than {MAX_COLUMNS} cells, more than a spreadsheet holds"
                ))));
            };
            let text = std::str::from_utf8(field).map_err(|error| {
                let byte = field.get(error.valid_up_to()).copied().unwrap_or(0);
                located(WorkbookError::encoding(format!(
                    "line {line}: {}",
                    not_utf8(byte)
                )))
                .at(at)
            })?;
            sheet.push(tally, at, Value::Text(text.to_owned()), None)?;
        }
    }
    Ok(sheet.finish())
}

/// Line numbers of records, counted over the text once: the `csv` crate's own start a record on
/// the blank line before it, which it skips.
struct Lines<'t> {
    text: &'t [u8],
    /// How far the line breaks are counted, and the line there.
    at: usize,
    line: u64,
}

impl Lines<'_> {
    /// The line of the record whose reading began at byte `start` (blank lines before it skipped).
    fn of_record_at(&mut self, start: u64) -> u64 {
        let start = usize::try_from(start)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        // Line breaks up to the start; then the blank lines the record begins with.
        while self.at < self.text.len()
            && (self.at < start || matches!(self.text[self.at], b'\r' | b'\n'))
        {
            let byte = self.text[self.at];
            let crlf = byte == b'\r' && self.text.get(self.at + 1) == Some(&b'\n');
            if byte == b'\n' || (byte == b'\r' && !crlf) {
                self.line += 1;
            }
            self.at += 1;
        }
        self.line
    }
}
