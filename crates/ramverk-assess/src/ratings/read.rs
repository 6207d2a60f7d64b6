//! Reading CSV and spreadsheet files row by row into the row checker.

use std::io::Read;
use std::path::Path;

use calamine::{Data, Reader};

use ramverk_model::Framework;
use ramverk_source::Code;

use super::columns::columns;
use super::row_checker::RowChecker;
use super::{RatingsError, RatingsFile};

/// Reads CSV from `source` against `framework`. Every problem is reported with its row and
/// column and its row left out; only a file that cannot be read as ratings at all is an error.
pub fn read_ratings_csv(
    source: impl Read,
    framework: &Framework,
) -> Result<RatingsFile, RatingsError> {
    read_csv(source, framework, &ReadOptions::default())
}

/// Which part of a file to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// With a `round` column: read only the rows of this round. Without it, a file holding more
    /// than one round is a problem.
    pub round: Option<String>,
}

fn read_csv(
    source: impl Read,
    framework: &Framework,
    options: &ReadOptions,
) -> Result<RatingsFile, RatingsError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(source);
    let mut records = reader.records();
    let header = match records.next() {
        Some(record) => record.map_err(|e| csv_error(Code::RatingsUnreadable, &e))?,
        None => {
            return Err(RatingsError::new(
                Code::RatingsUnreadable,
                1,
                1,
                "the file is empty; it needs a header row",
            ));
        }
    };
    let mut checker = RowChecker::new(framework, options.round.clone());
    let (columns, problems) = columns(&header, header.len(), &checker.competences, &checker.areas)?;
    checker.errors.extend(problems);
    let mut rows = 0;
    for record in records {
        rows += 1;
        match record {
            Ok(record) => checker.row(
                &columns,
                record.position().map_or(rows + 1, |p| p.line()),
                &record,
            ),
            Err(error) => checker.errors.push(csv_error(Code::RatingsRow, &error)),
        }
    }
    Ok(RatingsFile {
        input: checker.input,
        problems: checker.errors,
        rows,
    })
}

/// Reads `path`: an Excel or OpenDocument spreadsheet (`.xlsx`, `.xlsm`, `.xls`, `.ods`; the first
/// sheet) or CSV (anything else).
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
    if !["xlsx", "xlsm", "xls", "ods"].contains(&extension.as_str()) {
        let file =
            std::fs::File::open(path).map_err(|e| cannot(format!("cannot read the file: {e}")))?;
        let total = file.metadata().map_or(0, |m| m.len());
        let counting = Counting {
            inner: file,
            read: 0,
            total,
            progress,
        };
        return read_csv(
            std::io::BufReader::with_capacity(1 << 16, counting),
            framework,
            options,
        );
    }
    let mut workbook = calamine::open_workbook_auto(path)
        .map_err(|e| cannot(format!("cannot read the spreadsheet: {e}")))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(|| cannot("the spreadsheet has no sheet".into()))?
        .map_err(|e| cannot(format!("cannot read the first sheet: {e}")))?;
    let first_row = u64::from(range.start().map_or(0, |(row, _)| row));
    let first_column = range.start().map_or(0, |(_, column)| column as usize);
    let mut rows = range.rows().map(|cells| {
        let mut row: Vec<String> = vec![String::new(); first_column];
        row.extend(cells.iter().map(text));
        row
    });
    let header = rows
        .next()
        .ok_or_else(|| cannot("the sheet is empty; it needs a header row".into()))?;
    let mut checker = RowChecker::new(framework, options.round.clone());
    let (columns, problems) = columns(&header, header.len(), &checker.competences, &checker.areas)?;
    let shift = |mut problem: RatingsError| {
        problem.row += first_row;
        problem
    };
    checker.errors.extend(problems.into_iter().map(shift));
    let mut count = 0;
    for (index, cells) in rows.enumerate() {
        count += 1;
        checker.row(&columns, first_row + index as u64 + 2, &cells);
    }
    progress(1, 1);
    Ok(RatingsFile {
        input: checker.input,
        problems: checker.errors,
        rows: count,
    })
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

/// A spreadsheet cell as text: whole numbers without a decimal point.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string(),
    }
}

fn csv_error(code: Code, error: &csv::Error) -> RatingsError {
    let row = error.position().map_or(1, |p| p.line());
    RatingsError::new(code, row, 1, format!("this is not valid CSV: {error}"))
}
