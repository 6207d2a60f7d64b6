//! How much of a spreadsheet ramverk reads before refusing it: bounded time and memory.

/// Budgets for reading a spreadsheet. The defaults hold any real workbook with room to spare;
/// tests lower them to try the limits without huge files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// Bytes of the file as stored (for XLSX and ODS, compressed).
    pub file_bytes: u64,
    /// Bytes of an XLSX or ODS workbook unpacked: every part of the zip file, added up. The texts
    /// read from the workbook, added up, are held to this budget too (a shared text used in many
    /// cells counts each time).
    pub unpacked_bytes: u64,
    /// Cells a sheet may declare (its dimension, rows × columns) or hold, and cells read from the
    /// whole workbook; merged regions are counted against it as well.
    pub cells: u64,
    /// Texts in a workbook's shared-string table.
    pub shared_strings: u64,
    /// Characters in one cell (its text or its formula).
    pub cell_chars: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            file_bytes: 256 << 20,
            unpacked_bytes: 1 << 30,
            cells: 8 << 20,
            shared_strings: 1 << 20,
            cell_chars: 1 << 20,
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
