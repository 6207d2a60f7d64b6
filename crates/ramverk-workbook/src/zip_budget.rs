//! A zip workbook's size checked before calamine reads it: the zip parts unpacked within budget
//! (counted while unpacking, not taken from the headers), declared dimensions, cells, merged
//! regions, shared formulas, shared strings and OpenDocument repeats within budget — so that a
//! small hostile file cannot make the reader allocate gigabytes.

use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};

use crate::budget::size;
use crate::cell_ref::{MAX_COLUMNS, MAX_ROWS};
use crate::sheet_parts::sheet_of_part;
use crate::{BadCellRef, Budget, CellRef, WorkbookError};

/// Shared-formula indexes beyond this are refused (calamine keeps a table that long).
const MAX_SHARED_FORMULAS: u64 = 1 << 20;
/// The first bytes of an OLE compound file: Excel 97–2003 workbooks and encrypted workbooks.
const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

fn too_large(message: String) -> WorkbookError {
    WorkbookError::too_large(message)
}

fn cannot(message: String) -> WorkbookError {
    WorkbookError::unreadable(message)
}

/// Checks the XLSX or ODS workbook at `path` against `budget` (see [`check`]).
pub fn check_file(path: &Path, budget: &Budget, advice: &str) -> Result<(), WorkbookError> {
    let file =
        std::fs::File::open(path).map_err(|e| cannot(format!("cannot read the file: {e}")))?;
    let stored = file.metadata().map_or(0, |m| m.len());
    check(file, stored, budget, advice)
}

/// Checks a zip workbook (XLSX or ODS) of `stored` bytes against `budget`, unpacking every part
/// once and reading its XML. `advice` ends the messages about sizes: what to do instead, such
/// as "save the ratings as CSV UTF-8".
pub fn check<R: Read + Seek>(
    mut reader: R,
    stored: u64,
    budget: &Budget,
    advice: &str,
) -> Result<(), WorkbookError> {
    if stored > budget.file_bytes {
        return Err(too_large(format!(
            "the spreadsheet is {} large; ramverk reads spreadsheets up to {}: {advice}",
            size(stored),
            size(budget.file_bytes)
        )));
    }
    let mut head = Vec::with_capacity(OLE.len());
    let io = |e: std::io::Error| cannot(format!("cannot read the file: {e}"));
    (&mut reader)
        .take(OLE.len() as u64)
        .read_to_end(&mut head)
        .map_err(io)?;
    reader.seek(SeekFrom::Start(0)).map_err(io)?;
    if head.is_empty() {
        return Err(cannot("the file is empty: it is not a spreadsheet".into()));
    }
    if head == OLE {
        return Err(cannot(
            "the file is an Excel 97–2003 workbook or a workbook protected by a password, not an Excel Workbook (.xlsx) or OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx) without a password".into(),
        ));
    }
    let mut zip = zip::ZipArchive::new(BufReader::new(reader))
        .map_err(|e| cannot(format!("cannot read the spreadsheet (not a zip file): {e}")))?;
    let unpack_limit = budget.unpacked_bytes;
    let mut declared: u64 = 0;
    for index in 0..zip.len() {
        let entry = zip
            .by_index_raw(index)
            .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
        declared = declared.saturating_add(entry.size());
    }
    let unpacked_too_large = |bytes: u64| {
        too_large(format!(
            "the spreadsheet unpacks to {} or more; ramverk unpacks spreadsheets up to {}: {advice}",
            size(bytes),
            size(unpack_limit)
        ))
    };
    if declared > unpack_limit {
        return Err(unpacked_too_large(declared));
    }
    let mut unpacked: u64 = 0;
    // OpenDocument repeats add up over all the tables of `content.xml`; texts over every part.
    let mut totals = Totals::default();
    for index in 0..zip.len() {
        let (name, result) = {
            let entry = zip
                .by_index(index)
                .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
            let name = entry.name().map(|n| n.to_lowercase()).unwrap_or_default();
            let allowed = (unpack_limit - unpacked).saturating_add(1);
            let mut part = BufReader::new(entry.take(allowed));
            let mut result = Ok(());
            if name.ends_with(".xml") || name.ends_with(".rels") {
                result = Scan::new(budget, advice, &name, &mut totals).xml(&mut part);
            }
            if result.is_ok() {
                result = std::io::copy(&mut part, &mut std::io::sink())
                    .map(|_| ())
                    .map_err(|e| cannot(format!("cannot unpack {name} in the spreadsheet: {e}")));
            }
            unpacked = unpacked.saturating_add(allowed - part.into_inner().limit());
            (name, result)
        };
        // A part cut off at the budget may also be cut off in the middle of its XML.
        if unpacked > unpack_limit {
            return Err(unpacked_too_large(unpacked));
        }
        if let Err(mut error) = result {
            if error.sheet.is_none() {
                error.sheet = sheet_of_part(&mut zip, &name, unpack_limit);
            }
            return Err(error);
        }
    }
    Ok(())
}

/// What the parts of a workbook add up to.
#[derive(Default)]
struct Totals {
    /// Cells of the OpenDocument tables read so far, as calamine expands their repeats.
    ods_cells: u64,
    /// The texts calamine will hold for the OpenDocument tables: every cell's text (with its runs
    /// of spaces) once for each of its repeats and its row's.
    ods_text: u64,
}

/// What one XML part of a workbook holds, counted against the budgets.
struct Scan<'l> {
    budget: &'l Budget,
    advice: &'l str,
    part: &'l str,
    totals: &'l mut Totals,
    in_sheet_data: bool,
    in_shared_strings: bool,
    cells: u64,
    merged: u64,
    /// Where the last cell was, for cells that do not say (row and column, 1-based).
    row: u64,
    column: u64,
    strings: u64,
    ods: OdsTable,
}

/// An OpenDocument table's cells as calamine expands their repeats.
#[derive(Default)]
struct OdsTable {
    name: Option<String>,
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
    /// The text of the current cell (its value, formula and content), its repeats, and the
    /// spaces its runs (`<text:s text:c="…">`) stand for.
    in_cell: bool,
    cell_text: u64,
    cell_repeats: u64,
    cell_spaces: u64,
    /// The current row's text, with the cells' repeats.
    row_text: u64,
}

impl<'l> Scan<'l> {
    fn new(budget: &'l Budget, advice: &'l str, part: &'l str, totals: &'l mut Totals) -> Self {
        Scan {
            budget,
            advice,
            part,
            totals,
            in_sheet_data: false,
            in_shared_strings: false,
            cells: 0,
            merged: 0,
            row: 0,
            column: 0,
            strings: 0,
            ods: OdsTable::default(),
        }
    }

    fn xml(&mut self, part: &mut impl BufRead) -> Result<(), WorkbookError> {
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
            let located = |error: WorkbookError, ods: &OdsTable| match &ods.name {
                Some(name) => error.in_sheet(name),
                None => error,
            };
            let result = match event {
                Event::Start(element) => self.element(&element, false),
                Event::Empty(element) => self.element(&element, true).and_then(|()| {
                    self.end(element.name().as_ref(), element.local_name().as_ref())
                }),
                Event::End(element) => {
                    self.end(element.name().as_ref(), element.local_name().as_ref())
                }
                Event::Text(text) if self.ods.in_cell => {
                    self.ods.cell_text += text.len() as u64;
                    Ok(())
                }
                Event::CData(text) if self.ods.in_cell => {
                    self.ods.cell_text += text.len() as u64;
                    Ok(())
                }
                Event::GeneralRef(_) if self.ods.in_cell => {
                    self.ods.cell_text += 4;
                    Ok(())
                }
                Event::Eof => return Ok(()),
                _ => Ok(()),
            };
            result.map_err(|error| located(error, &self.ods))?;
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
    fn count(&self, element: &BytesStart, name: &str) -> Result<u64, WorkbookError> {
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

    fn element(&mut self, element: &BytesStart, empty: bool) -> Result<(), WorkbookError> {
        let cells = self.budget.cells;
        let advice = self.advice;
        // OpenDocument names as calamine matches them (with their prefix); OOXML by local name.
        let qualified = element.name();
        let name = match qualified.as_ref() {
            ods @ (b"table:table"
            | b"table:table-row"
            | b"table:table-cell"
            | b"table:covered-table-cell"
            | b"text:s") => ods,
            _ => element.local_name().into_inner(),
        };
        match name {
            b"dimension" => {
                if let Some(reference) = self.attribute(element, "ref") {
                    let (first, last) = self.range(&reference)?;
                    let area = (u64::from(last.row - first.row) + 1)
                        * (u64::from(last.column - first.column) + 1);
                    if area > cells {
                        return Err(too_large(format!(
                            "the sheet declares the cells {reference} ({area} cells); ramverk reads sheets of up to {cells} cells. Is there a stray cell far to the right of or below the data? Delete the empty rows and columns after the data, or {advice}"
                        )));
                    }
                }
            }
            b"sheetData" => self.in_sheet_data = !empty,
            b"row" if self.in_sheet_data => {
                self.row = match self.attribute(element, "r") {
                    Some(r) => self.number(&r, u64::from(MAX_ROWS), "row")?,
                    None => self.row.saturating_add(1),
                };
                self.column = 0;
            }
            b"c" if self.in_sheet_data => {
                let (row, column) = match self.attribute(element, "r") {
                    Some(r) => self.cell(&r)?,
                    None => (self.row.max(1), self.column.saturating_add(1)),
                };
                self.row = row;
                self.column = column;
                self.cells += 1;
                if self.cells > cells {
                    let error = too_large(format!(
                        "the sheet holds more than {cells} cells, more than ramverk reads; {advice}"
                    ));
                    return Err(match self.here() {
                        Some(at) => error.at(at),
                        None => error,
                    });
                }
            }
            b"f" if self.in_sheet_data => {
                if let Some(reference) = self.attribute(element, "ref") {
                    self.range(&reference).map_err(|error| match self.here() {
                        Some(at) => error.at(at),
                        None => error,
                    })?;
                }
                if let Some(index) = self.attribute(element, "si") {
                    self.number(&index, MAX_SHARED_FORMULAS, "shared formula")
                        .map_err(|error| match self.here() {
                            Some(at) => error.at(at),
                            None => error,
                        })?;
                }
            }
            b"mergeCell" => {
                if let Some(reference) = self.attribute(element, "ref") {
                    self.range(&reference)?;
                }
                self.merged += 1;
                if self.merged > cells {
                    return Err(too_large(format!(
                        "the sheet has more than {cells} merged regions, more than ramverk reads; {advice}"
                    )));
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
            b"table:table" => {
                self.ods = OdsTable {
                    name: self.attribute(element, "table:name"),
                    ..OdsTable::default()
                }
            }
            b"table:table-row" => {
                self.ods.row_repeats = self.count(element, "table:number-rows-repeated")?;
                self.ods.row_width = 0;
                self.ods.pending_empty = 0;
                self.ods.row_text = 0;
            }
            b"table:table-cell" | b"table:covered-table-cell" => {
                let repeats = self.count(element, "table:number-columns-repeated")?;
                let has_value = !empty
                    || self.attribute(element, "office:value-type").is_some()
                    || self.attribute(element, "table:formula").is_some();
                let text = ["office:string-value", "table:formula"]
                    .iter()
                    .filter_map(|name| self.attribute(element, name))
                    .map(|text| text.len() as u64)
                    .sum();
                let ods = &mut self.ods;
                if has_value {
                    ods.row_width = ods
                        .row_width
                        .saturating_add(ods.pending_empty)
                        .saturating_add(repeats)
                        .min(u64::from(MAX_COLUMNS));
                    ods.pending_empty = 0;
                } else {
                    ods.pending_empty = ods.pending_empty.saturating_add(repeats);
                }
                ods.in_cell = true;
                ods.cell_text = text;
                ods.cell_repeats = repeats.min(u64::from(MAX_COLUMNS));
                ods.cell_spaces = 0;
            }
            b"text:s" if self.ods.in_cell => {
                let spaces = self.count(element, "text:c")?;
                let ods = &mut self.ods;
                ods.cell_spaces = ods.cell_spaces.saturating_add(spaces);
                ods.cell_text = ods.cell_text.saturating_add(spaces);
                let most = self.budget.cell_chars;
                if ods.cell_spaces > most {
                    return Err(too_large(format!(
                        "a cell of the table holds a run of {} spaces; ramverk reads cells of up to {most} characters",
                        ods.cell_spaces
                    )));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// The cell last read in a worksheet, when it lies within Excel's bounds.
    fn here(&self) -> Option<CellRef> {
        CellRef::from_zero_based(
            u32::try_from(self.row.checked_sub(1)?).ok()?,
            u32::try_from(self.column.checked_sub(1)?).ok()?,
        )
    }

    fn end(&mut self, qualified: &[u8], local: &[u8]) -> Result<(), WorkbookError> {
        match local {
            b"sheetData" => self.in_sheet_data = false,
            b"sst" => self.in_shared_strings = false,
            _ => {}
        }
        match qualified {
            b"table:table-cell" | b"table:covered-table-cell" => {
                let ods = &mut self.ods;
                ods.in_cell = false;
                ods.row_text = ods
                    .row_text
                    .saturating_add(ods.cell_text.saturating_mul(ods.cell_repeats));
            }
            b"table:table-row" => {
                let ods = &mut self.ods;
                ods.rows = ods
                    .rows
                    .saturating_add(ods.row_repeats)
                    .min(u64::from(MAX_ROWS));
                if ods.row_width > 0 {
                    ods.used_rows = ods.rows;
                    ods.width = ods.width.max(ods.row_width);
                    ods.stored = ods.stored.saturating_add(ods.row_width);
                }
                // calamine copies the texts of a repeated row once for each repeat.
                let copies = ods.row_repeats.min(u64::from(MAX_ROWS));
                self.totals.ods_text = self
                    .totals
                    .ods_text
                    .saturating_add(ods.row_text.saturating_mul(copies));
                self.ods_within()?;
                self.texts_within()?;
            }
            b"table:table" => {
                self.totals.ods_cells = self.totals.ods_cells.saturating_add(self.ods_area());
                self.ods = OdsTable::default();
            }
            _ => {}
        }
        Ok(())
    }

    /// The cells of the current table, as calamine stores them.
    fn ods_area(&self) -> u64 {
        self.ods
            .used_rows
            .saturating_mul(self.ods.width)
            .max(self.ods.stored)
    }

    fn ods_within(&self) -> Result<(), WorkbookError> {
        let cells = self.budget.cells;
        let area = self.ods_area();
        if area > cells {
            return Err(too_large(format!(
                "the table spans {} rows × {} columns, more than the {cells} cells ramverk reads. Is there a stray cell far to the right of or below the data? Delete the empty rows and columns after the data, or {}",
                self.ods.used_rows, self.ods.width, self.advice
            )));
        }
        if self.totals.ods_cells.saturating_add(area) > cells {
            return Err(too_large(format!(
                "the tables of the spreadsheet span more than the {cells} cells ramverk reads; {}",
                self.advice
            )));
        }
        Ok(())
    }

    /// The texts repeats make, within what ramverk holds.
    fn texts_within(&self) -> Result<(), WorkbookError> {
        let most = self.budget.unpacked_bytes;
        if self.totals.ods_text > most {
            return Err(too_large(format!(
                "the texts of the spreadsheet, with their repeats, come to more than {}, more than ramverk holds; {}",
                size(most),
                self.advice
            )));
        }
        Ok(())
    }

    fn strings_within(&self, count: u64) -> Result<(), WorkbookError> {
        let most = self.budget.shared_strings;
        if count > most {
            return Err(too_large(format!(
                "the workbook has {count} shared texts, more than the {most} ramverk reads; {}",
                self.advice
            )));
        }
        Ok(())
    }

    /// A 1-based number no larger than `most`.
    fn number(&self, text: &str, most: u64, what: &str) -> Result<u64, WorkbookError> {
        match text.trim().parse::<u64>() {
            Ok(n) if n <= most => Ok(n),
            _ => Err(cannot(format!(
                "cannot read {} in the spreadsheet: `{text}` is not a {what} number up to {most}",
                self.part
            ))),
        }
    }

    /// A range (`A1:C3`, or one cell `B2`) from its top left to its bottom right cell, within
    /// Excel's bounds (calamine takes them apart without checking).
    fn range(&self, reference: &str) -> Result<(CellRef, CellRef), WorkbookError> {
        let (first, last) = reference.split_once(':').unwrap_or((reference, reference));
        let bad = |bad: BadCellRef| {
            cannot(format!(
                "cannot read {} in the spreadsheet: {bad}",
                self.part
            ))
        };
        let first: CellRef = first.parse().map_err(bad)?;
        let last: CellRef = last.parse().map_err(bad)?;
        if first.row > last.row || first.column > last.column {
            return Err(cannot(format!(
                "cannot read {} in the spreadsheet: `{reference}` is not a range from its top left to its bottom right cell",
                self.part
            )));
        }
        Ok((first, last))
    }

    /// A cell reference (`B7`, `XFD1048576`) as a 1-based row and column within Excel's bounds.
    fn cell(&self, reference: &str) -> Result<(u64, u64), WorkbookError> {
        match reference.parse::<CellRef>() {
            Ok(at) => Ok((u64::from(at.row), u64::from(at.column) + 1)),
            Err(bad) => Err(cannot(format!(
                "cannot read {} in the spreadsheet: {bad}",
                self.part
            ))),
        }
    }
}
