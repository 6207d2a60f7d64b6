//! A workbook as read: its sheets, their rows, their cells, each cell with its place.

use crate::{CellRef, Region, Value};

/// Every sheet of a spreadsheet, in the workbook's order (a CSV file is one sheet).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    /// The sheet called `name` (exactly), if there is one.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|sheet| sheet.name == name)
    }
}

/// One sheet: its rows that hold something, in order, and its merged regions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    pub name: String,
    /// Rows in order of their numbers; rows without a cell are left out.
    pub rows: Vec<Row>,
    /// Merged regions as the file lists them (XLSX and ODS; CSV has none).
    pub merged: Vec<Region>,
}

impl Sheet {
    /// The row numbered `number` (1-based), if it holds a cell.
    pub fn row(&self, number: u32) -> Option<&Row> {
        let index = self
            .rows
            .binary_search_by_key(&number, |row| row.number)
            .ok()?;
        self.rows.get(index)
    }

    /// The cell at `at`, if it holds something.
    pub fn cell(&self, at: CellRef) -> Option<&Cell> {
        self.row(at.row)?.cell(at.column)
    }
}

/// One row of a sheet: its cells that hold something, by column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based, as spreadsheets number rows; for CSV, the line the row starts on.
    pub number: u32,
    /// Cells in order of their columns; empty cells are left out.
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cell in `column` (0-based), if it holds something.
    pub fn cell(&self, column: u16) -> Option<&Cell> {
        let index = self
            .cells
            .binary_search_by_key(&column, |cell| cell.at.column)
            .ok()?;
        self.cells.get(index)
    }
}

/// A cell that holds something: a value, a formula, or both.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub at: CellRef,
    /// The value; for a formula, the value saved with it ([`Value::Empty`] when the program that
    /// wrote the file did not calculate it).
    pub value: Value,
    /// The formula as the file stores it (XLSX without the leading `=`: `SUM(A1:A3)`; ODS with its
    /// namespace: `of:=SUM([.A1:.A3])`).
    pub formula: Option<String>,
}
