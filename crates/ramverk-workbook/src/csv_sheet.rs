//! A CSV file as a sheet of texts: UTF-8 (a byte order mark skipped), the separator found in the
//! first line, rows of any length; a row's number is the line it starts on.

use std::path::Path;

use crate::cell_ref::{MAX_COLUMNS, MAX_ROWS};
use crate::csv_quote::{Mark, Quote};
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
    let separator = sniff(first_line);
    if let Some(at) = unclosed_quote(text, separator) {
        return Err(located(WorkbookError::unreadable(
            "the quote `\"` that opens this cell is never closed, so the cell runs on to the end of the file; close it, or remove it if it is part of the text",
        ))
        .at(at));
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
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

/// The cell a quote opens that is never closed, if there is one (a row's number is the line it
/// starts on; a cell beyond a sheet's last row or column is placed there).
fn unclosed_quote(text: &[u8], separator: u8) -> Option<CellRef> {
    let mut line: u64 = 1;
    let mut record_line: u64 = 1;
    let mut cell: u64 = 0;
    let mut opened = (1, 0);
    let mut quote = Quote::CellStart;
    for (i, &byte) in text.iter().enumerate() {
        let line_ends = byte == b'\n' || (byte == b'\r' && text.get(i + 1) != Some(&b'\n'));
        let mark;
        (quote, mark) = quote.next(byte, separator);
        match mark {
            Mark::Opens => opened = (record_line, cell),
            Mark::EndsCell => cell += 1,
            Mark::EndsRecord => {
                cell = 0;
                if line_ends {
                    record_line = line + 1;
                }
            }
            Mark::Within => {}
        }
        if line_ends {
            line += 1;
        }
    }
    if quote != Quote::Quoted {
        return None;
    }
    let (row, column) = opened;
    Some(CellRef {
        row: u32::try_from(row.min(u64::from(MAX_ROWS))).unwrap_or(MAX_ROWS),
        column: u16::try_from(column.min(u64::from(MAX_COLUMNS - 1))).unwrap_or(MAX_COLUMNS - 1),
    })
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
