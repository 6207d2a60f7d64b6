//! An OpenDocument spreadsheet's tables through calamine's grids, values and formulas, with the
//! merged regions read from `content.xml` (`ods_merged`); read only after its size was checked
//! (`zip_budget`).

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Ods, Range, Reader};

use crate::ods_merged::merged_regions;
use crate::sheet_builder::{SheetBuilder, Tally};
use crate::{CellRef, Sheet, Value, WorkbookError};

fn cannot(message: String) -> WorkbookError {
    WorkbookError::unreadable(message)
}

/// The tables of the OpenDocument spreadsheet `bytes`, in the document's order.
pub(crate) fn read(bytes: &[u8], tally: &mut Tally) -> Result<Vec<Sheet>, WorkbookError> {
    let mut workbook: Ods<_> = Ods::new(Cursor::new(bytes))
        .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
    let mut merged = merged_regions(bytes, tally.budget())?;
    let names = workbook.sheet_names();
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let unreadable =
            |e: calamine::OdsError| cannot(format!("cannot read the sheet: {e}")).in_sheet(&name);
        let values = workbook.worksheet_range(&name).map_err(unreadable)?;
        let formulas = workbook.worksheet_formula(&name).map_err(unreadable)?;
        let mut sheet = SheetBuilder::new(&name);
        for region in merged.remove(&name).unwrap_or_default() {
            sheet.merge(tally, region)?;
        }
        for (at, (value, formula)) in cells(values, &formulas).map_err(|e| e.in_sheet(&name))? {
            sheet.push(tally, at, value, formula)?;
        }
        sheets.push(sheet.finish());
    }
    Ok(sheets)
}

/// The cells that hold a value or a formula, in order: calamine keeps values and formulas in two
/// grids, each as large as its own cells need.
fn cells(
    values: Range<Data>,
    formulas: &Range<String>,
) -> Result<BTreeMap<CellRef, (Value, Option<String>)>, WorkbookError> {
    let mut cells = BTreeMap::new();
    let place = |start: Option<(u32, u32)>, row: usize, column: usize| {
        let (first_row, first_column) = start.unwrap_or_default();
        let row = u32::try_from(row).ok()?.checked_add(first_row)?;
        let column = u32::try_from(column).ok()?.checked_add(first_column)?;
        CellRef::from_zero_based(row, column)
    };
    let beyond = || cannot("a cell lies beyond the last cell of a sheet, XFD1048576".into());
    let start = values.start();
    for (row, column, value) in values.used_cells() {
        let at = place(start, row, column).ok_or_else(beyond)?;
        cells.insert(at, (Value::from(value.clone()), None));
    }
    let start = formulas.start();
    for (row, column, formula) in formulas.used_cells() {
        if formula.is_empty() {
            continue;
        }
        let at = place(start, row, column).ok_or_else(beyond)?;
        cells.entry(at).or_insert((Value::Empty, None)).1 = Some(formula.clone());
    }
    Ok(cells)
}
