//! A spreadsheet's size checked before calamine reads it: the zip parts unpacked within budget
//! (counted while unpacking, not taken from the headers), declared dimensions, cells, shared
//! formulas and shared strings within budget — so that a small hostile file cannot make the
//! reader allocate gigabytes.

use std::io::{BufRead, BufReader, Read};

use quick_xml::events::{BytesStart, Event};
use ramverk_source::Code;

use super::RatingsError;
use super::limits::{ReadLimits, size};

/// The largest sheet Excel and LibreOffice make.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;
/// Shared-formula indexes beyond this are refused (calamine keeps a table that long).
const MAX_SHARED_FORMULAS: u64 = 1 << 20;

fn too_large(message: String) -> RatingsError {
    RatingsError::new(Code::TooLarge, 1, 1, message)
}

fn cannot(message: String) -> RatingsError {
    RatingsError::new(Code::RatingsUnreadable, 1, 1, message)
}

/// Checks the zip file at `file` (an XLSX or ODS workbook) against `limits`, unpacking every part
/// once and reading its XML.
pub fn check_zip(file: std::fs::File, limits: &ReadLimits) -> Result<(), RatingsError> {
    let stored = file.metadata().map_or(0, |m| m.len());
    if stored > limits.sheet_file_bytes {
        return Err(too_large(format!(
            "the spreadsheet is {} large; ramverk reads spreadsheets up to {}: save the ratings as CSV UTF-8",
            size(stored),
            size(limits.sheet_file_bytes)
        )));
    }
    let mut zip = zip::ZipArchive::new(BufReader::new(file))
        .map_err(|e| cannot(format!("cannot read the spreadsheet (not a zip file): {e}")))?;
    let unpack_limit = limits.sheet_unpacked_bytes;
    let mut declared: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip
            .by_index_raw(index)
            .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
        declared = declared.saturating_add(entry.size());
    }
    let unpacked_too_large = |bytes: u64| {
        too_large(format!(
            "the spreadsheet unpacks to {} or more; ramverk unpacks spreadsheets up to {}",
            size(bytes),
            size(unpack_limit)
        ))
    };
    if declared > unpack_limit {
        return Err(unpacked_too_large(declared));
    }
    let mut unpacked: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip
            .by_index(index)
            .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
        let name = entry.name().map(|n| n.to_lowercase()).unwrap_or_default();
        let allowed = unpack_limit - unpacked + 1;
        let mut part = BufReader::new(entry.take(allowed));
        let unreadable =
            |e: std::io::Error| cannot(format!("cannot unpack {name} in the spreadsheet: {e}"));
        if name.ends_with(".xml") || name.ends_with(".rels") {
            Scan::new(limits, &name).xml(&mut part)?;
        }
        std::io::copy(&mut part, &mut std::io::sink()).map_err(unreadable)?;
        unpacked += allowed - part.into_inner().limit();
        if unpacked > unpack_limit {
            return Err(unpacked_too_large(unpacked));
        }
    }
    Ok(())
}

/// What one XML part of a workbook holds, counted against the budgets.
struct Scan<'l> {
    limits: &'l ReadLimits,
    part: &'l str,
    in_sheet_data: bool,
    in_shared_strings: bool,
    cells: u64,
    /// Where the last cell was, for cells that do not say (row and column, 1-based).
    row: u64,
    column: u64,
    strings: u64,
    ods: OdsTable,
}

/// An OpenDocument table's cells as calamine expands their repeats.
#[derive(Default)]
struct OdsTable {
    /// Rows so far (with repeats), and up to the last row that holds a value.
    rows: u64,
    used_rows: u64,
    /// The current row's repeats, width up to its last value, and empty cells not yet placed.
    row_repeats: u64,
    row_width: u64,
    pending_empty: u64,
    /// The widest row, and the cells calamine stores before expanding row repeats.
    width: u64,
    stored: u64,
}

impl<'l> Scan<'l> {
    fn new(limits: &'l ReadLimits, part: &'l str) -> Self {
        Scan {
            limits,
            part,
            in_sheet_data: false,
            in_shared_strings: false,
            cells: 0,
            row: 0,
            column: 0,
            strings: 0,
            ods: OdsTable::default(),
        }
    }

    fn xml(&mut self, part: &mut impl BufRead) -> Result<(), RatingsError> {
        let mut reader = quick_xml::Reader::from_reader(part);
        let mut buffer = Vec::new();
        loop {
            buffer.clear();
            let event = reader.read_event_into(&mut buffer).map_err(|e| {
                cannot(format!(
                    "cannot read {} in the spreadsheet: not well-formed XML: {e}",
                    self.part
                ))
            })?;
            match event {
                Event::Start(element) => self.element(&element, false)?,
                Event::Empty(element) => {
                    self.element(&element, true)?;
                    self.end(element.name().as_ref(), element.local_name().as_ref())?;
                }
                Event::End(element) => {
                    self.end(element.name().as_ref(), element.local_name().as_ref())?
                }
                Event::Eof => return Ok(()),
                _ => {}
            }
        }
    }

    fn attribute(&self, element: &BytesStart, name: &str) -> Option<String> {
        element
            .try_get_attribute(name)
            .ok()
            .flatten()
            .map(|a| String::from_utf8_lossy(&a.value).into_owned())
    }

    /// A count attribute, 1 when missing; an unreadable one is refused.
    fn count(&self, element: &BytesStart, name: &str) -> Result<u64, RatingsError> {
        match self.attribute(element, name) {
            None => Ok(1),
            Some(text) => text.trim().parse().map_err(|_| {
                cannot(format!(
                    "cannot read {} in the spreadsheet: {name}=\"{text}\" is not a count",
                    self.part
                ))
            }),
        }
    }

    fn element(&mut self, element: &BytesStart, empty: bool) -> Result<(), RatingsError> {
        let cells = self.limits.sheet_cells;
        // OpenDocument names as calamine matches them (with their prefix); OOXML by local name.
        let qualified = element.name();
        let name = match qualified.as_ref() {
            ods @ (b"table:table"
            | b"table:table-row"
            | b"table:table-cell"
            | b"table:covered-table-cell") => ods,
            _ => element.local_name().into_inner(),
        };
        match name {
            b"dimension" => {
                if let Some(reference) = self.attribute(element, "ref") {
                    let (first, last) = reference
                        .split_once(':')
                        .unwrap_or((&reference, &reference));
                    let (row1, column1) = self.cell(first)?;
                    let (row2, column2) = self.cell(last)?;
                    let area = (row2.abs_diff(row1) + 1) * (column2.abs_diff(column1) + 1);
                    if area > cells {
                        return Err(too_large(format!(
                            "the sheet declares the cells {reference} ({area} cells); ramverk reads sheets of up to {cells} cells. Is there a stray cell far to the right or below the ratings? Delete the empty rows and columns after the data, or save the ratings as CSV UTF-8"
                        )));
                    }
                }
            }
            b"sheetData" => self.in_sheet_data = !empty,
            b"row" if self.in_sheet_data => {
                self.row = match self.attribute(element, "r") {
                    Some(r) => self.number(&r, MAX_ROWS, "row")?,
                    None => self.row + 1,
                };
                self.column = 0;
            }
            b"c" if self.in_sheet_data => {
                let (row, column) = match self.attribute(element, "r") {
                    Some(r) => self.cell(&r)?,
                    None => (self.row.max(1), self.column + 1),
                };
                self.row = row;
                self.column = column;
                self.cells += 1;
                if self.cells > cells {
                    return Err(too_large(format!(
                        "the sheet holds more than {cells} cells, more than ramverk reads; save the ratings as CSV UTF-8"
                    )));
                }
            }
            b"f" if self.in_sheet_data => {
                if let Some(index) = self.attribute(element, "si") {
                    self.number(&index, MAX_SHARED_FORMULAS, "shared formula")?;
                }
            }
            b"sst" => {
                self.in_shared_strings = !empty;
                // calamine makes room for `uniqueCount` texts at once (`count` counts their uses).
                if self.attribute(element, "uniqueCount").is_some() {
                    let count = self.count(element, "uniqueCount")?;
                    self.strings_within(count)?;
                }
            }
            b"si" if self.in_shared_strings => {
                self.strings += 1;
                self.strings_within(self.strings)?;
            }
            b"table:table" => self.ods = OdsTable::default(),
            b"table:table-row" => {
                self.ods.row_repeats = self.count(element, "table:number-rows-repeated")?;
                self.ods.row_width = 0;
                self.ods.pending_empty = 0;
            }
            b"table:table-cell" | b"table:covered-table-cell" => {
                let repeats = self.count(element, "table:number-columns-repeated")?;
                let has_value = !empty
                    || self.attribute(element, "office:value-type").is_some()
                    || self.attribute(element, "table:formula").is_some();
                let ods = &mut self.ods;
                if has_value {
                    ods.row_width = (ods.row_width + ods.pending_empty + repeats).min(MAX_COLUMNS);
                    ods.pending_empty = 0;
                } else {
                    ods.pending_empty = ods.pending_empty.saturating_add(repeats);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end(&mut self, qualified: &[u8], local: &[u8]) -> Result<(), RatingsError> {
        match local {
            b"sheetData" => self.in_sheet_data = false,
            b"sst" => self.in_shared_strings = false,
            _ => {}
        }
        if qualified == b"table:table-row" {
            let ods = &mut self.ods;
            ods.rows = ods.rows.saturating_add(ods.row_repeats).min(MAX_ROWS);
            if ods.row_width > 0 {
                ods.used_rows = ods.rows;
                ods.width = ods.width.max(ods.row_width);
                ods.stored += ods.row_width;
            }
            self.ods_within()?;
        }
        Ok(())
    }

    fn ods_within(&self) -> Result<(), RatingsError> {
        let cells = self.limits.sheet_cells;
        let area = self.ods.used_rows.saturating_mul(self.ods.width);
        if area > cells || self.ods.stored > cells {
            return Err(too_large(format!(
                "a table of the spreadsheet spans {} rows × {} columns, more than the {cells} cells ramverk reads. Is there a stray cell far to the right or below the ratings? Delete the empty rows and columns after the data, or save the ratings as CSV UTF-8",
                self.ods.used_rows, self.ods.width
            )));
        }
        Ok(())
    }

    fn strings_within(&self, count: u64) -> Result<(), RatingsError> {
        let most = self.limits.shared_strings;
        if count > most {
            return Err(too_large(format!(
                "the workbook has {count} shared texts, more than the {most} ramverk reads; save the ratings as CSV UTF-8"
            )));
        }
        Ok(())
    }

    /// A 1-based number no larger than `most`.
    fn number(&self, text: &str, most: u64, what: &str) -> Result<u64, RatingsError> {
        match text.trim().parse::<u64>() {
            Ok(n) if n <= most => Ok(n),
            _ => Err(cannot(format!(
                "cannot read {} in the spreadsheet: `{text}` is not a {what} number up to {most}",
                self.part
            ))),
        }
    }

    /// A cell reference (`B7`, `XFD1048576`) as a 1-based row and column within Excel's bounds.
    fn cell(&self, reference: &str) -> Result<(u64, u64), RatingsError> {
        let reference = reference.trim().replace('$', "");
        let split = reference
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(reference.len());
        let (letters, digits) = reference.split_at(split);
        let mut column: u64 = 0;
        for letter in letters.bytes() {
            column = column * 26 + u64::from(letter.to_ascii_uppercase() - b'A' + 1);
            if column > MAX_COLUMNS {
                break;
            }
        }
        let row = digits.parse::<u64>().unwrap_or(0);
        if letters.is_empty() || column > MAX_COLUMNS || row == 0 || row > MAX_ROWS {
            return Err(cannot(format!(
                "cannot read {} in the spreadsheet: `{reference}` is not a cell within A1:XFD1048576",
                self.part
            )));
        }
        Ok((row, column))
    }
}
