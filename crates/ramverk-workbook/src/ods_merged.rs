//! The merged regions of an OpenDocument spreadsheet, which calamine does not report: cells that
//! span columns or rows (`table:number-columns-spanned`, `table:number-rows-spanned`) found by
//! following the rows and cells of `content.xml` as calamine places them, repeats included.

use std::collections::HashMap;
use std::io::{BufReader, Cursor};

use quick_xml::events::{BytesStart, Event};

use crate::cell_ref::{MAX_COLUMNS, MAX_ROWS};
use crate::{Budget, CellRef, Region, WorkbookError};

fn cannot(message: String) -> WorkbookError {
    WorkbookError::unreadable(message)
}

/// The merged regions of each table of the OpenDocument spreadsheet `bytes`, by table name.
/// No more than `budget.cells` of them: a few bytes can span or repeat a long way.
pub(crate) fn merged_regions(
    bytes: &[u8],
    budget: &Budget,
) -> Result<HashMap<String, Vec<Region>>, WorkbookError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
    let content = zip
        .by_name("content.xml")
        .map_err(|e| cannot(format!("cannot read content.xml in the spreadsheet: {e}")))?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(content));
    let mut regions: HashMap<String, Vec<Region>> = HashMap::new();
    let mut table = Table::default();
    let mut found: u64 = 0;
    let mut buffer = Vec::new();
    let mut skipped = Vec::new();
    loop {
        buffer.clear();
        let event = reader.read_event_into(&mut buffer).map_err(|e| {
            cannot(format!(
                "cannot read content.xml in the spreadsheet: not well-formed XML: {e}"
            ))
        })?;
        let (element, empty) = match event {
            Event::Start(element) => (element, false),
            Event::Empty(element) => (element, true),
            Event::End(element) if element.name().as_ref() == b"table:table-row" => {
                table.end_row();
                continue;
            }
            Event::End(element) if element.name().as_ref() == b"table:table" => {
                if let Some(name) = table.name.take() {
                    regions.entry(name).or_default().append(&mut table.regions);
                }
                table = Table::default();
                continue;
            }
            Event::Eof => return Ok(regions),
            _ => continue,
        };
        match element.name().as_ref() {
            b"table:table" if !empty => {
                table = Table {
                    name: attribute(&element, "table:name"),
                    ..Table::default()
                };
            }
            b"table:table-row" => {
                table.start_row(count(&element, "table:number-rows-repeated")?);
                if empty {
                    table.end_row();
                }
            }
            cell @ (b"table:table-cell" | b"table:covered-table-cell") => {
                let repeats = count(&element, "table:number-columns-repeated")?;
                if cell == b"table:table-cell" {
                    let columns = count(&element, "table:number-columns-spanned")?;
                    let rows = count(&element, "table:number-rows-spanned")?;
                    if columns > 1 || rows > 1 {
                        table.span(repeats, rows, columns, &mut found, budget)?;
                    }
                }
                table.column = table.column.saturating_add(repeats);
                if !empty {
                    // The cell's content: text, or even a table of its own.
                    skipped.clear();
                    let end = element.to_end().into_owned();
                    reader
                        .read_to_end_into(end.name(), &mut skipped)
                        .map_err(|e| {
                            cannot(format!(
                                "cannot read content.xml in the spreadsheet: not well-formed XML: {e}"
                            ))
                        })?;
                }
            }
            _ => {}
        }
    }
}

/// Where the reading is in a table: 0-based row and column, as calamine counts them.
#[derive(Default)]
struct Table {
    name: Option<String>,
    row: u64,
    row_repeats: u64,
    column: u64,
    regions: Vec<Region>,
}

impl Table {
    fn start_row(&mut self, repeats: u64) {
        self.row_repeats = repeats;
        self.column = 0;
    }

    fn end_row(&mut self) {
        self.row = self.row.saturating_add(self.row_repeats);
        self.row_repeats = 0;
    }

    /// A cell at the current place spanning `rows` × `columns`, repeated `repeats` times across
    /// and once for each repeat of its row. Regions beyond the sheet's last cell are cut off there.
    fn span(
        &mut self,
        repeats: u64,
        rows: u64,
        columns: u64,
        found: &mut u64,
        budget: &Budget,
    ) -> Result<(), WorkbookError> {
        let last_row = u64::from(MAX_ROWS) - 1;
        let last_column = u64::from(MAX_COLUMNS) - 1;
        for row_repeat in 0..self.row_repeats {
            let row = self.row.saturating_add(row_repeat);
            for repeat in 0..repeats {
                let column = self.column.saturating_add(repeat.saturating_mul(columns));
                if row > last_row || column > last_column {
                    return Ok(());
                }
                let region = Region {
                    first: place(row, column),
                    last: place(
                        row.saturating_add(rows - 1).min(last_row),
                        column.saturating_add(columns - 1).min(last_column),
                    ),
                };
                *found += 1;
                if *found > budget.cells {
                    let error = WorkbookError::too_large(format!(
                        "the spreadsheet has more than {} merged regions, more than ramverk reads",
                        budget.cells
                    ))
                    .at(region.first);
                    return Err(match &self.name {
                        Some(name) => error.in_sheet(name),
                        None => error,
                    });
                }
                self.regions.push(region);
            }
        }
        Ok(())
    }
}

/// The cell at 0-based `row` and `column`, both within a sheet's bounds.
fn place(row: u64, column: u64) -> CellRef {
    CellRef {
        row: u32::try_from(row + 1).unwrap_or(MAX_ROWS),
        column: u16::try_from(column).unwrap_or(MAX_COLUMNS - 1),
    }
}

fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element
        .try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// A count attribute, 1 when missing (or 0); an unreadable one is refused.
fn count(element: &BytesStart, name: &str) -> Result<u64, WorkbookError> {
    match attribute(element, name) {
        None => Ok(1),
        Some(text) => text.trim().parse::<u64>().map(|n| n.max(1)).map_err(|_| {
            cannot(format!(
                "cannot read content.xml in the spreadsheet: {name}=\"{text}\" is not a count"
            ))
        }),
    }
}
