//! An Excel workbook's sheets, streamed cell by cell with calamine (never held as a grid), with
//! their formulas and merged regions; read only after its size was checked (`zip_budget`).

use std::io::{Read, Seek};

use calamine::{Reader, SheetType, Xlsx, XlsxFormulaMetadata, expand_shared_formula};
use foldhash::HashMap;

use crate::sheet_builder::{SheetBuilder, Tally};
use crate::{CellRef, Region, Sheet, Value, WorkbookError};

fn cannot(message: String) -> WorkbookError {
    WorkbookError::unreadable(message)
}

/// The worksheets of the workbook `reader`, in the workbook's order (chart sheets, which hold no
/// cells, are left out).
pub(crate) fn read<R: Read + Seek>(
    reader: R,
    tally: &mut Tally,
) -> Result<Vec<Sheet>, WorkbookError> {
    let mut workbook =
        Xlsx::new(reader).map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
    let names: Vec<String> = workbook
        .sheets_metadata()
        .iter()
        .filter(|sheet| sheet.typ == SheetType::WorkSheet)
        .map(|sheet| sheet.name.clone())
        .collect();
    let mut sheets = Vec::with_capacity(names.len());
    for name in names {
        let mut sheet = SheetBuilder::new(&name);
        let located = |error: WorkbookError| error.in_sheet(&name);
        let unreadable =
            |e: calamine::XlsxError| located(cannot(format!("cannot read the sheet: {e}")));
        for dimensions in workbook
            .merge_cells_by_sheet_name(&name)
            .map_err(unreadable)?
        {
            let region = region(dimensions.start, dimensions.end).ok_or_else(|| {
                located(cannot(format!(
                    "a merged region ({dimensions:?}) lies beyond the last cell of a sheet, XFD1048576"
                )))
            })?;
            sheet.merge(tally, region)?;
        }
        cells(&mut workbook, &mut sheet, tally)?;
        sheets.push(sheet.finish());
    }
    Ok(sheets)
}

/// The region from `first` to `last` (0-based rows and columns, as calamine gives them).
fn region(first: (u32, u32), last: (u32, u32)) -> Option<Region> {
    Some(Region {
        first: CellRef::from_zero_based(first.0, first.1)?,
        last: CellRef::from_zero_based(last.0, last.1)?,
    })
}

/// The cells of `sheet`, streamed; a shared formula's text expanded for each cell it is shared
/// with.
fn cells<R: Read + Seek>(
    workbook: &mut Xlsx<R>,
    sheet: &mut SheetBuilder,
    tally: &mut Tally,
) -> Result<(), WorkbookError> {
    let name = sheet.name().to_owned();
    let unreadable =
        |e: calamine::XlsxError| cannot(format!("cannot read the sheet: {e}")).in_sheet(&name);
    let mut cells = workbook.worksheet_cells_reader(&name).map_err(unreadable)?;
    // Shared formulas by index: their text and the top left cell of their range.
    let mut shared: HashMap<usize, (String, (u32, u32))> = HashMap::default();
    while let Some(cell) = cells
        .next_cell_with_formula_metadata()
        .map_err(unreadable)?
    {
        let Some(at) = CellRef::from_zero_based(cell.pos.0, cell.pos.1) else {
            return Err(cannot(format!(
                "a cell (row {}, column {}) lies beyond the last cell of a sheet, XFD1048576",
                u64::from(cell.pos.0) + 1,
                u64::from(cell.pos.1) + 1
            ))
            .in_sheet(&name));
        };
        let formula = match cell.formula {
            None => None,
            Some(XlsxFormulaMetadata::Normal { formula }) => Some(formula),
            Some(XlsxFormulaMetadata::Shared {
                shared_index,
                range,
                formula,
            }) => {
                let start = range.map_or(cell.pos, |range| range.start);
                shared.insert(shared_index, (formula.clone(), start));
                Some(formula)
            }
            Some(XlsxFormulaMetadata::SharedDerived { shared_index }) => {
                match shared.get(&shared_index) {
                    Some((template, start)) => Some(
                        expand_shared_formula(template, *start, cell.pos)
                            .map_err(|e| unreadable(e).at(at))?,
                    ),
                    None => {
                        return Err(cannot(format!(
                            "the cell shares formula {shared_index}, which no cell before it holds; the sheet is damaged: open it in Excel or LibreOffice and save it again"
                        ))
                        .in_sheet(&name)
                        .at(at));
                    }
                }
            }
            Some(_) => None,
        };
        sheet.push(tally, at, Value::from(cell.value), formula)?;
    }
    Ok(())
}
