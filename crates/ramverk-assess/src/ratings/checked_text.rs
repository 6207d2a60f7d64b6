//! CSV text as it streams in, checked before the CSV parser sees it: UTF-8 (naming Windows-1252
//! when that is what the file is), line and file size within budget, every quote closed.

use std::borrow::Cow;
use std::io::{self, Read};

use ramverk_source::Code;

use ramverk_workbook::csv_quote::{Mark, Quote};
use ramverk_workbook::encoding::not_utf8;
use ramverk_workbook::size;

use super::RatingsError;
use super::limits::ReadLimits;

/// A reader that passes bytes through unchanged and fails, remembering why, at the first byte that
/// breaks a rule.
pub struct CheckedText<R> {
    inner: R,
    separator: u8,
    limits: ReadLimits,
    read: u64,
    /// 1-based line and character column of the next byte.
    line: u64,
    column: u64,
    line_bytes: u64,
    record_bytes: u64,
    /// The start of a UTF-8 sequence cut off at the end of the last chunk, and where it began.
    carry: Vec<u8>,
    carry_at: (u64, u64),
    quote: Quote,
    quote_at: (u64, u64),
    failure: Option<RatingsError>,
}

impl<R: Read> CheckedText<R> {
    pub fn new(inner: R, separator: u8, limits: ReadLimits) -> Self {
        CheckedText {
            inner,
            separator,
            limits,
            read: 0,
            line: 1,
            column: 1,
            line_bytes: 0,
            record_bytes: 0,
            carry: Vec::new(),
            carry_at: (1, 1),
            quote: Quote::CellStart,
            quote_at: (1, 1),
            failure: None,
        }
    }

    /// Why reading stopped early, when it did.
    pub fn failure(&self) -> Option<&RatingsError> {
        self.failure.as_ref()
    }

    fn fail(&mut self, error: RatingsError) -> io::Error {
        let message = error.to_string();
        self.failure = Some(error);
        io::Error::new(io::ErrorKind::InvalidData, message)
    }

    /// Follows one byte: position, sizes, quotes.
    fn track(&mut self, byte: u8) -> Result<(), RatingsError> {
        self.line_bytes += 1;
        self.record_bytes += 1;
        if byte & 0xC0 != 0x80 {
            self.column += 1;
        }
        let (quote, mark) = self.quote.next(byte, self.separator);
        self.quote = quote;
        match mark {
            Mark::Opens => self.quote_at = (self.line, self.column - 1),
            Mark::EndsRecord => self.record_bytes = 0,
            Mark::EndsCell | Mark::Within => {}
        }
        if byte == b'\n' {
            self.line += 1;
            self.column = 1;
            self.line_bytes = 0;
        } else if byte == b'\r' {
            // Lines ended by a carriage return alone (old Mac files) are lines too.
            self.line_bytes = 0;
        }
        let limit = self.limits.line_bytes;
        if self.line_bytes > limit {
            return Err(RatingsError::new(
                Code::TooLarge,
                self.line,
                1,
                format!(
                    "line {} is longer than {}, more than any ratings file needs; is this a CSV file?",
                    self.line,
                    size(limit)
                ),
            ));
        }
        if self.record_bytes > limit {
            return Err(self.unclosed(&format!("; the cell runs on for more than {}", size(limit))));
        }
        Ok(())
    }

    fn unclosed(&self, detail: &str) -> RatingsError {
        let (line, column) = self.quote_at;
        RatingsError::new(
            Code::RatingsUnreadable,
            line,
            column,
            format!(
                "the quote `\"` that opens this cell is never closed{detail}; close it, or remove it if it is part of the text"
            ),
        )
    }

    /// The error for the invalid byte `byte` at the current position.
    fn not_utf8(&self, byte: u8, (line, column): (u64, u64)) -> RatingsError {
        RatingsError::new(Code::Encoding, line, column, not_utf8(byte))
    }

    /// Checks `chunk` (the next bytes) as UTF-8, following the bytes up to a bad one.
    fn check(&mut self, chunk: &[u8]) -> Result<(), RatingsError> {
        let carried = self.carry.len();
        let text: Cow<[u8]> = if carried == 0 {
            Cow::Borrowed(chunk)
        } else {
            Cow::Owned([self.carry.as_slice(), chunk].concat())
        };
        let (good, bad) = match std::str::from_utf8(&text) {
            Ok(_) => (text.len(), None),
            Err(e) => (
                e.valid_up_to(),
                e.error_len().map(|_| text[e.valid_up_to()]),
            ),
        };
        // Follow the chunk's bytes up to a bad one (carried bytes were followed with the last chunk).
        let stop = if bad.is_some() {
            good.saturating_sub(carried)
        } else {
            chunk.len()
        };
        for (i, &byte) in chunk[..stop].iter().enumerate() {
            if carried + i == good {
                // A sequence cut off by the chunk's end starts here.
                self.carry_at = (self.line, self.column);
            }
            self.track(byte)?;
        }
        if let Some(byte) = bad {
            let at = if good < carried {
                self.carry_at
            } else {
                (self.line, self.column)
            };
            return Err(self.not_utf8(byte, at));
        }
        self.carry = text[good..].to_vec();
        Ok(())
    }

    fn at_end(&mut self) -> Result<(), RatingsError> {
        if let Some(&byte) = self.carry.first() {
            return Err(self.not_utf8(byte, self.carry_at));
        }
        if self.quote == Quote::Quoted {
            return Err(self.unclosed(""));
        }
        Ok(())
    }
}

impl<R: Read> Read for CheckedText<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        if let Some(failure) = &self.failure {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                failure.to_string(),
            ));
        }
        let n = self.inner.read(buffer)?;
        let result = if n == 0 {
            self.at_end()
        } else {
            self.read += n as u64;
            if self.read > self.limits.total_bytes {
                Err(RatingsError::new(
                    Code::TooLarge,
                    self.line,
                    1,
                    format!(
                        "the file is larger than {}, more than ramverk reads as ratings",
                        size(self.limits.total_bytes)
                    ),
                ))
            } else {
                self.check(&buffer[..n])
            }
        };
        match result {
            Ok(()) => Ok(n),
            Err(error) => Err(self.fail(error)),
        }
    }
}
