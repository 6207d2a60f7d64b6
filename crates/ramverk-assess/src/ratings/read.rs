//! Reading CSV and spreadsheet files row by row into the row checker.

use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;

use ramverk_model::Framework;
use ramverk_source::Code;

use super::checked_text::CheckedText;
use super::columns::{Columns, columns};
use super::limits::ReadLimits;
use super::row_checker::RowChecker;
use ramverk_workbook::separator;

use super::{Cells, RatingsError, RatingsFile, sheet};

/// Reads CSV from `source` against `framework`. Every problem is reported with its row and
/// column and its row left out; only a file that cannot be read as ratings at all is an error.
pub fn read_ratings_csv(
    source: impl Read,
    framework: &Framework,
) -> Result<RatingsFile, RatingsError> {
    read_csv(source, framework, &ReadOptions::default())
}

/// Which part of a file to read, and how much of it at most.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// With a `round` column: read only the rows of this round. Without it, a file holding more
    /// than one round is a problem.
    pub round: Option<String>,
    pub limits: ReadLimits,
}

/// The rows of a file going through the row checker: the first row is the header.
pub(super) struct Reading<'a> {
    checker: RowChecker<'a>,
    columns: Option<Columns>,
    rows: u64,
}

impl<'a> Reading<'a> {
    fn new(framework: &'a Framework, options: &ReadOptions) -> Self {
        Reading {
            checker: RowChecker::new(framework, options.round.clone()),
            columns: None,
            rows: 0,
        }
    }

    /// The header at `row` (1 for CSV; the first row used in a sheet).
    pub(super) fn header(
        &mut self,
        row: u64,
        header: &impl Cells,
        width: usize,
    ) -> Result<(), RatingsError> {
        let checker = &self.checker;
        let at_row = |mut problem: RatingsError| {
            problem.row = row;
            problem
        };
        let (columns, problems) =
            columns(header, width, &checker.competences, &checker.areas).map_err(at_row)?;
        self.checker.errors.extend(problems.into_iter().map(at_row));
        self.columns = Some(columns);
        Ok(())
    }

    /// Whether the header has been read.
    pub(super) fn has_header(&self) -> bool {
        self.columns.is_some()
    }

    /// One data row at `row`.
    pub(super) fn row(&mut self, row: u64, cells: &impl Cells) {
        self.rows += 1;
        if let Some(columns) = &self.columns {
            self.checker.row(columns, row, cells);
        }
    }

    /// One data row at `row` that cannot be read: a problem at `column` (0-based), the row left
    /// out.
    pub(super) fn unreadable_row(&mut self, row: u64, column: usize, message: String) {
        self.rows += 1;
        self.checker.leave_out(row, column, message);
    }

    fn finish(self, separator: Option<u8>) -> Result<RatingsFile, RatingsError> {
        let Some(columns) = &self.columns else {
            return Err(RatingsError::new(
                Code::RatingsUnreadable,
                1,
                1,
                "the file is empty; it needs a header row",
            ));
        };
        self.checker.finish(columns)?;
        Ok(RatingsFile {
            input: self.checker.input,
            problems: self.checker.errors,
            rows: self.rows,
            left_out: self.checker.left_out,
            separator,
        })
    }
}

fn read_csv(
    source: impl Read,
    framework: &Framework,
    options: &ReadOptions,
) -> Result<RatingsFile, RatingsError> {
    let limits = options.limits;
    let cannot = |e: std::io::Error| {
        RatingsError::new(
            Code::RatingsUnreadable,
            1,
            1,
            format!("cannot read the file: {e}"),
        )
    };
    // The first line (no longer than a line may be) tells the separator; CheckedText reads it
    // again with the rest.
    let mut raw = BufReader::with_capacity(1 << 16, source);
    let mut head = Vec::new();
    (&mut raw)
        .take(limits.line_bytes + 1)
        .read_until(b'\n', &mut head)
        .map_err(cannot)?;
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Err(RatingsError::new(
            Code::Encoding,
            1,
            1,
            "the file is UTF-16 (Excel's \"Unicode Text\"), not UTF-8; save it as \"CSV UTF-8 (comma delimited)\"",
        ));
    }
    if head.starts_with(b"\xEF\xBB\xBF") {
        head.drain(..3);
    }
    let separator = separator::sniff(&head);
    let text = CheckedText::new(Cursor::new(head).chain(raw), separator, limits);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .has_headers(false)
        .from_reader(text);
    let mut reading = Reading::new(framework, options);
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(1, |p| p.line());
                if reading.has_header() {
                    reading.row(line, &record);
                } else {
                    reading.header(line, &record, record.len())?;
                }
            }
            Err(error) => {
                if let Some(failure) = reader.get_ref().failure() {
                    return Err(failure.clone());
                }
                let line = error.position().map_or(1, |p| p.line());
                let message = format!("this is not valid CSV: {error}");
                if !reading.has_header() || matches!(error.kind(), csv::ErrorKind::Io(_)) {
                    return Err(RatingsError::new(Code::RatingsUnreadable, line, 1, message));
                }
                reading.unreadable_row(line, 0, message);
            }
        }
    }
    reading.finish(Some(separator))
}

/// Reads `path`: an Excel or OpenDocument spreadsheet (`.xlsx`, `.xlsm`, `.ods`; the first sheet)
/// or CSV (anything else).
pub fn read_ratings_file(path: &Path, framework: &Framework) -> Result<RatingsFile, RatingsError> {
    read_ratings_file_observed(path, framework, &ReadOptions::default(), &mut |_, _| {})
}

/// [`read_ratings_file`], telling `progress` how far it got: bytes of a CSV file read so far and
/// the file's size (spreadsheets are read whole: once, when done).
pub fn read_ratings_file_observed(
    path: &Path,
    framework: &Framework,
    options: &ReadOptions,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<RatingsFile, RatingsError> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_lowercase)
        .unwrap_or_default();
    let cannot = |message: String| RatingsError::new(Code::RatingsUnreadable, 1, 1, message);
    let Some(kind) = sheet::Kind::of(&extension) else {
        let file =
            std::fs::File::open(path).map_err(|e| cannot(format!("cannot read the file: {e}")))?;
        let total = file.metadata().map_or(0, |m| m.len());
        let counting = Counting {
            inner: file,
            read: 0,
            total,
            progress,
        };
        return read_csv(counting, framework, options);
    };
    let mut reading = Reading::new(framework, options);
    sheet::read(path, kind, &options.limits, &mut reading)?;
    progress(1, 1);
    reading.finish(None)
}

/// A reader that reports how many bytes have gone through it.
struct Counting<'p, R> {
    inner: R,
    read: u64,
    total: u64,
    progress: &'p mut dyn FnMut(u64, u64),
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buffer)?;
        self.read += n as u64;
        (self.progress)(self.read, self.total);
        Ok(n)
    }
}
