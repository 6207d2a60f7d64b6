//! How much of a ratings file ramverk reads before refusing it: bounded time and memory.

/// Budgets for reading a ratings file. The defaults hold any real assessment round with room to
/// spare; tests lower them to try the limits without huge files.
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
        ReadLimits {
            line_bytes: 1 << 20,
            total_bytes: 1 << 30,
            sheet_file_bytes: 256 << 20,
            sheet_unpacked_bytes: 1 << 30,
            sheet_cells: 8 << 20,
            shared_strings: 1 << 20,
        }
    }
}

/// `bytes` for people: `1 MiB`, `512 KiB`, `100 bytes`.
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}
