//! How much of a ratings file ramverk reads before refusing it: bounded time and memory.

use ramverk_workbook::Budget;

/// Budgets for reading a ratings file. The defaults hold any real assessment round with room to
/// spare; tests lower them to try the limits without huge files. A spreadsheet's budgets are
/// ramverk-workbook's defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadLimits {
    /// Bytes in one CSV line, or one record when a quoted cell spans lines.
    pub line_bytes: u64,
    /// Bytes of CSV read in all.
    pub total_bytes: u64,
    /// Bytes of a spreadsheet file, as stored (compressed).
    pub sheet_file_bytes: u64,
    /// Bytes of a spreadsheet unpacked: every part of the zip file, added up.
    pub sheet_unpacked_bytes: u64,
    /// Cells a sheet may declare (its dimension, rows × columns) or hold.
    pub sheet_cells: u64,
    /// Texts in a workbook's shared-string table.
    pub shared_strings: u64,
}

impl Default for ReadLimits {
    fn default() -> Self {
        let sheet = Budget::default();
        ReadLimits {
            line_bytes: 1 << 20,
            total_bytes: 1 << 30,
            sheet_file_bytes: sheet.file_bytes,
            sheet_unpacked_bytes: sheet.unpacked_bytes,
            sheet_cells: sheet.cells,
            shared_strings: sheet.shared_strings,
        }
    }
}

impl ReadLimits {
    /// The budget for a spreadsheet of ratings.
    pub fn sheet_budget(&self) -> Budget {
        Budget {
            file_bytes: self.sheet_file_bytes,
            unpacked_bytes: self.sheet_unpacked_bytes,
            cells: self.sheet_cells,
            shared_strings: self.shared_strings,
            ..Budget::default()
        }
    }
}
