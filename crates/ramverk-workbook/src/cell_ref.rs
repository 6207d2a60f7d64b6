//! Where a cell is (`C7`), and a rectangle of cells (`A1:B2`), within Excel's largest sheet.

use std::fmt;
use std::str::FromStr;

/// Rows in the largest sheet Excel and LibreOffice make.
pub const MAX_ROWS: u32 = 1_048_576;
/// Columns in the largest sheet Excel and LibreOffice make (`A` to `XFD`).
pub const MAX_COLUMNS: u16 = 16_384;

/// A cell's place in its sheet: `C7` is row 7, column 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    /// 1-based, as spreadsheets number rows.
    pub row: u32,
    /// 0-based: `A` is 0.
    pub column: u16,
}

impl CellRef {
    /// The cell at 0-based `row` and `column`, as calamine places cells; none beyond `XFD1048576`.
    pub fn from_zero_based(row: u32, column: u32) -> Option<CellRef> {
        if row >= MAX_ROWS || column >= u32::from(MAX_COLUMNS) {
            return None;
        }
        Some(CellRef {
            row: row + 1,
            column: u16::try_from(column).ok()?,
        })
    }

    /// The column's letters: `A`, `Z`, `AA`, `XFD`.
    pub fn letters(&self) -> String {
        let mut letters = Vec::with_capacity(3);
        let mut n = u32::from(self.column) + 1;
        while n > 0 {
            // `(n - 1) % 26` is below 26: the cast cannot truncate.
            letters.push(b'A' + ((n - 1) % 26) as u8);
            n = (n - 1) / 26;
        }
        letters.reverse();
        String::from_utf8_lossy(&letters).into_owned()
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.letters(), self.row)
    }
}

/// Text that is not a cell reference within `A1:XFD1048576`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a cell within A1:XFD1048576")]
pub struct BadCellRef(pub String);

impl FromStr for CellRef {
    type Err = BadCellRef;

    /// `C7`, `c7` or `$C$7`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || BadCellRef(text.to_owned());
        let plain = text.trim().replace('$', "");
        let split = plain
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(plain.len());
        let (letters, digits) = plain.split_at(split);
        if letters.is_empty() || letters.len() > 3 || digits.is_empty() {
            return Err(bad());
        }
        let mut column: u32 = 0;
        for letter in letters.bytes() {
            column = column * 26 + u32::from(letter.to_ascii_uppercase() - b'A' + 1);
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let row: u32 = digits.parse().map_err(|_| bad())?;
        if row == 0 {
            return Err(bad());
        }
        CellRef::from_zero_based(row - 1, column - 1).ok_or_else(bad)
    }
}

/// A rectangle of cells, such as a merged region: from its top left to its bottom right cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Region {
    pub first: CellRef,
    pub last: CellRef,
}

impl Region {
    /// Whether `at` lies in the region.
    pub fn contains(&self, at: CellRef) -> bool {
        (self.first.row..=self.last.row).contains(&at.row)
            && (self.first.column..=self.last.column).contains(&at.column)
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.first, self.last)
    }
}

impl FromStr for Region {
    type Err = BadCellRef;

    /// `A1:B2` (a single cell, `A1`, is a region of one cell).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (first, last) = text.split_once(':').unwrap_or((text, text));
        let (first, last): (CellRef, CellRef) = (first.parse()?, last.parse()?);
        Ok(Region {
            first: CellRef {
                row: first.row.min(last.row),
                column: first.column.min(last.column),
            },
            last: CellRef {
                row: first.row.max(last.row),
                column: first.column.max(last.column),
            },
        })
    }
}
