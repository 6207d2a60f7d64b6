//! Where a CSV reader is in a record as far as quotes go, byte by byte, by the rules of the `csv`
//! crate: a quote opens a quoted cell only at the start of a cell; `""` inside one is a quote.

/// The state between two bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    CellStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted cell: it closes the cell, or with a second quote stands for one.
    Closing,
}

/// What a byte did to the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// It opened a quoted cell.
    Opens,
    /// It ended a cell (a separator outside quotes).
    EndsCell,
    /// It ended the record (a line break outside quotes).
    EndsRecord,
    /// Anything else.
    Within,
}

impl Quote {
    /// The state after `byte` in a file whose cells are separated by `separator`.
    pub fn next(self, byte: u8, separator: u8) -> (Quote, Mark) {
        match (self, byte) {
            (Quote::CellStart, b'"') => (Quote::Quoted, Mark::Opens),
            (Quote::CellStart | Quote::Unquoted | Quote::Closing, b'\n' | b'\r') => {
                (Quote::CellStart, Mark::EndsRecord)
            }
            (Quote::CellStart | Quote::Unquoted | Quote::Closing, b) if b == separator => {
                (Quote::CellStart, Mark::EndsCell)
            }
            (Quote::CellStart | Quote::Unquoted, _) => (Quote::Unquoted, Mark::Within),
            (Quote::Quoted, b'"') => (Quote::Closing, Mark::Within),
            (Quote::Quoted, _) => (Quote::Quoted, Mark::Within),
            (Quote::Closing, b'"') => (Quote::Quoted, Mark::Within),
            (Quote::Closing, _) => (Quote::Unquoted, Mark::Within),
        }
    }
}
