//! Cells gathered into a sheet as a reader finds them: in order, within the budget of cells and
//! text the whole workbook may hold.

use crate::budget::size;
use crate::{Budget, Cell, CellRef, Region, Row, Sheet, Value, WorkbookError};

/// What the workbook holds so far, across its sheets, against the budget.
pub(crate) struct Tally<'b> {
    budget: &'b Budget,
    cells: u64,
    text_bytes: u64,
}

impl<'b> Tally<'b> {
    pub(crate) fn new(budget: &'b Budget) -> Self {
        Tally {
            budget,
            cells: 0,
            text_bytes: 0,
        }
    }

    pub(crate) fn budget(&self) -> &'b Budget {
        self.budget
    }

    /// One more cell, or merged region, held.
    fn count_cell(&mut self) -> Result<(), WorkbookError> {
        self.cells += 1;
        if self.cells > self.budget.cells {
            return Err(WorkbookError::too_large(format!(
                "the workbook holds more than {} cells, more than ramverk reads",
                self.budget.cells
            )));
        }
        Ok(())
    }

    /// `text` held: within the characters a cell may hold and the text the workbook may hold.
    fn count_text(&mut self, text: &str, what: &str) -> Result<(), WorkbookError> {
        let most = self.budget.cell_chars;
        // Bytes are at least as many as characters: count the characters only when it matters.
        if text.len() as u64 > most {
            let chars = text.chars().count() as u64;
            if chars > most {
                return Err(WorkbookError::too_large(format!(
                    "the cell's {what} is {chars} characters long; ramverk reads cells of up to {most} characters"
                )));
            }
        }
        self.text_bytes += text.len() as u64;
        let held = self.budget.unpacked_bytes;
        if self.text_bytes > held {
            return Err(WorkbookError::too_large(format!(
                "the workbook's texts come to more than {}, more than ramverk holds",
                size(held)
            )));
        }
        Ok(())
    }
}

/// A sheet being gathered: cells must come row by row, left to right.
pub(crate) struct SheetBuilder {
    sheet: Sheet,
}

impl SheetBuilder {
    pub(crate) fn new(name: &str) -> Self {
        SheetBuilder {
            sheet: Sheet {
                name: name.to_owned(),
                rows: Vec::new(),
                merged: Vec::new(),
            },
        }
    }

    pub(crate) fn name(&self) -> &str {
        &self.sheet.name
    }

    /// The cell at `at`, unless it holds nothing (no value, no formula). A cell before the last
    /// one is refused: the file is damaged.
    pub(crate) fn push(
        &mut self,
        tally: &mut Tally,
        at: CellRef,
        value: Value,
        formula: Option<String>,
    ) -> Result<(), WorkbookError> {
        if value.is_empty() && formula.is_none() {
            return Ok(());
        }
        // An empty text is no value (a formula saved with an empty result).
        let value = if value.is_empty() {
            Value::Empty
        } else {
            value
        };
        let located = |error: WorkbookError| error.in_sheet(&self.sheet.name).at(at);
        let last = self
            .sheet
            .rows
            .last()
            .and_then(|row| row.cells.last())
            .map(|cell| cell.at);
        if let Some(last) = last
            && (last.row, last.column) >= (at.row, at.column)
        {
            return Err(located(WorkbookError::unreadable(format!(
                "cell {at} comes after cell {last} in the file; the sheet is damaged: open it in Excel or LibreOffice and save it again"
            ))));
        }
        tally.count_cell().map_err(located)?;
        if let Value::Text(text) | Value::DateTime(text) | Value::Error(text) = &value {
            tally.count_text(text, "text").map_err(located)?;
        }
        if let Some(formula) = &formula {
            tally.count_text(formula, "formula").map_err(located)?;
        }
        let cell = Cell { at, value, formula };
        match self.sheet.rows.last_mut() {
            Some(row) if row.number == at.row => row.cells.push(cell),
            _ => self.sheet.rows.push(Row {
                number: at.row,
                cells: vec![cell],
            }),
        }
        Ok(())
    }

    /// A merged region of the sheet.
    pub(crate) fn merge(&mut self, tally: &mut Tally, region: Region) -> Result<(), WorkbookError> {
        tally
            .count_cell()
            .map_err(|e| e.in_sheet(&self.sheet.name).at(region.first))?;
        self.sheet.merged.push(region);
        Ok(())
    }

    pub(crate) fn finish(self) -> Sheet {
        self.sheet
    }
}
