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
        let line = record.position().map_or(1, |p| p.line());
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
