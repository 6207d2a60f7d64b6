//! Reading mapped values out of a sheet's rows: columns found by header or letter, cells turned
//! into texts, lists, numbers — every problem named by sheet and cell.

use ramverk_source::suggest::did_you_mean;
use ramverk_workbook::{CellRef, Row, Sheet, Value};

use crate::error::ImportError;
use crate::mapping::{Column, Source, Table};

/// A sheet seen through a table's mapping: its header row and data rows.
pub struct View<'a> {
    /// The sheet.
    pub sheet: &'a Sheet,
    /// Header texts by column index.
    headers: Vec<(u16, String)>,
    /// The rows after the header row.
    pub rows: Vec<&'a Row>,
}

/// A column resolved against a sheet: where each value comes from.
#[derive(Debug, Clone)]
pub struct Resolved {
    source: ResolvedSource,
    column: Column,
}

#[derive(Debug, Clone)]
enum ResolvedSource {
    Index(u16),
    Join(Vec<Resolved>, String),
    Value(String),
}

impl<'a> View<'a> {
    /// The sheet's rows after `table.header_row`; merged cells among them are refused.
    pub fn new(sheet: &'a Sheet, table: &Table) -> Result<View<'a>, ImportError> {
        let header = sheet.rows.iter().find(|row| row.number == table.header_row);
        let headers = header
            .map(|row| {
                row.cells
                    .iter()
                    .filter_map(|cell| match &cell.value {
                        Value::Text(text) => Some((cell.at.column, text.clone())),
                        Value::Number(number) => Some((cell.at.column, number_text(*number))),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        if let Some(region) = sheet
            .merged
            .iter()
            .find(|region| region.last.row > table.header_row)
        {
            return Err(ImportError::new(format!(
                "cells {region} are merged; a merged cell's value sits in its first cell only, so the rows it spans would lose it"
            ))
            .in_sheet(&sheet.name, Some(region.first))
            .in_mapping(table.at)
            .help("unmerge the cells and fill in every row's value"));
        }
        Ok(View {
            sheet,
            headers,
            rows: sheet
                .rows
                .iter()
                .filter(|row| row.number > table.header_row)
                .collect(),
        })
    }

    /// Finds the column(s) `column` names.
    pub fn resolve(&self, column: &Column, header_row: u32) -> Result<Resolved, ImportError> {
        let source = match &column.source {
            Source::Letter(index) => ResolvedSource::Index(*index),
            Source::Value(text) => ResolvedSource::Value(text.clone()),
            Source::Join(parts, with) => ResolvedSource::Join(
                parts
                    .iter()
                    .map(|part| self.resolve(part, header_row))
                    .collect::<Result<_, _>>()?,
                with.clone(),
            ),
            Source::Header(wanted) => {
                ResolvedSource::Index(self.header(wanted, column, header_row)?)
            }
        };
        Ok(Resolved {
            source,
            column: column.clone(),
        })
    }

    /// The column whose header is `wanted`: exactly, or else the one header equal to it without
    /// surrounding white space and case.
    fn header(&self, wanted: &str, column: &Column, header_row: u32) -> Result<u16, ImportError> {
        let exact: Vec<u16> = self
            .headers
            .iter()
            .filter(|(_, text)| text == wanted)
            .map(|(index, _)| *index)
            .collect();
        let loose: Vec<u16> = self
            .headers
            .iter()
            .filter(|(_, text)| text.trim().to_lowercase() == wanted.trim().to_lowercase())
            .map(|(index, _)| *index)
            .collect();
        let found = if exact.is_empty() { loose } else { exact };
        match found.as_slice() {
            [index] => Ok(*index),
            [] => {
                let error = ImportError::new(format!(
                    "row {header_row} has no column headed \"{wanted}\""
                ))
                .in_sheet(&self.sheet.name, None)
                .in_mapping(column.at);
                let names: Vec<&str> = self.headers.iter().map(|(_, text)| text.as_str()).collect();
                Err(match did_you_mean(wanted, names.iter().copied()) {
                    Some(near) => error.help(format!("did you mean \"{near}\"?")),
                    None if names.is_empty() => error.help(format!(
                        "row {header_row} of the sheet is empty; set `header_row` to the row holding the headers"
                    )),
                    None => error.help(format!("the headers are: {}", quoted(&names))),
                })
            }
            [first, second, ..] => Err(ImportError::new(format!(
                "two columns are headed \"{wanted}\": {} and {}",
                CellRef {
                    row: header_row,
                    column: *first
                },
                CellRef {
                    row: header_row,
                    column: *second
                }
            ))
            .in_sheet(&self.sheet.name, None)
            .in_mapping(column.at)
            .help("name the column by its letter instead: `{letter: C}`")),
        }
    }
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The pieces of `text` between `separator`s, trimmed, empty ones left out (`a, , b` → `a`, `b`).
pub fn split_list(text: &str, separator: &str) -> Vec<String> {
    text.split(separator)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A number as the text an id or label is: whole numbers without a decimal point, others in the
/// shortest form that reads back as the same number (a cell holding the number 1.10 gives `1.1`).
pub fn number_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        format!("{number}")
    }
}

impl Resolved {
    /// The text of this value in `row`, or `None` when its cells are empty. Values are replaced as
    /// `values:` says and made ids when `slug:` says.
    pub fn text(&self, sheet: &str, row: &Row) -> Result<Option<(String, CellRef)>, ImportError> {
        let Some((raw, at)) = self.raw(sheet, row)? else {
            return Ok(None);
        };
        let mut text = raw;
        if !self.column.values.is_empty() {
            match self.column.values.iter().find(|(from, _)| *from == text) {
                Some((_, to)) => text = to.clone(),
                None => {
                    let listed: Vec<&str> = self
                        .column
                        .values
                        .iter()
                        .map(|(from, _)| from.as_str())
                        .collect();
                    return Err(ImportError::new(format!(
                        "\"{text}\" is none of the values the mapping lists: {}",
                        quoted(&listed)
                    ))
                    .in_sheet(sheet, Some(at))
                    .in_mapping(self.column.at)
                    .help("correct the cell, or add the value under `values:` in the mapping"));
                }
            }
        }
        if self.column.slug {
            text = slug(&text);
        }
        Ok(Some((text, at)))
    }

    /// The text, split into a list when `split:` says (pieces trimmed, empty ones left out).
    pub fn list(
        &self,
        sheet: &str,
        row: &Row,
    ) -> Result<Option<(Vec<String>, CellRef)>, ImportError> {
        let Some((text, at)) = self.text(sheet, row)? else {
            return Ok(None);
        };
        let items = match &self.column.split {
            Some(separator) => split_list(&text, separator),
            None => vec![text],
        };
        Ok(Some((items, at)))
    }

    /// The first column the value is read from, if it is read from any.
    pub fn first_column(&self) -> Option<u16> {
        match &self.source {
            ResolvedSource::Index(index) => Some(*index),
            ResolvedSource::Join(parts, _) => parts.iter().find_map(Resolved::first_column),
            ResolvedSource::Value(_) => None,
        }
    }

    /// Where the column is given in the mapping file.
    pub fn mapping_position(&self) -> ramverk_source::Position {
        self.column.at
    }

    fn raw(&self, sheet: &str, row: &Row) -> Result<Option<(String, CellRef)>, ImportError> {
        match &self.source {
            ResolvedSource::Value(text) => Ok(Some((
                text.clone(),
                CellRef {
                    row: row.number,
                    column: 0,
                },
            ))),
            ResolvedSource::Index(index) => cell_text(sheet, row, *index),
            ResolvedSource::Join(parts, with) => {
                let mut texts = Vec::new();
                let mut first = None;
                for part in parts {
                    if let Some((text, at)) = part.raw(sheet, row)? {
                        first.get_or_insert(at);
                        texts.push(text);
                    }
                }
                Ok(first.map(|at| (texts.join(with), at)))
            }
        }
    }
}

/// The text of the cell in column `index` of `row`: texts exactly as stored, numbers as
/// [`number_text`]; formulas, booleans, dates and error values are refused.
fn cell_text(sheet: &str, row: &Row, index: u16) -> Result<Option<(String, CellRef)>, ImportError> {
    let at = CellRef {
        row: row.number,
        column: index,
    };
    let Some(cell) = row.cells.iter().find(|cell| cell.at.column == index) else {
        return Ok(None);
    };
    let refuse = |what: String, help: &str| {
        Err(ImportError::new(what)
            .in_sheet(sheet, Some(at))
            .help(help.to_owned()))
    };
    if let Some(formula) = &cell.formula {
        return refuse(
            format!("the cell holds a formula (={formula}); ramverk imports values, not formulas"),
            "replace the formula by its value (copy, then paste values only)",
        );
    }
    match &cell.value {
        Value::Empty => Ok(None),
        Value::Text(text) if text.is_empty() => Ok(None),
        Value::Text(text) => Ok(Some((text.clone(), at))),
        Value::Number(number) => Ok(Some((number_text(*number), at))),
        Value::Bool(value) => refuse(
            format!(
                "the cell holds the truth value {}, where text belongs",
                if *value { "TRUE" } else { "FALSE" }
            ),
            "format the cell as text and type the value again",
        ),
        Value::DateTime(date) => refuse(
            format!(
                "the cell holds a date ({date}), where text belongs; the spreadsheet program may have read what was typed as a date"
            ),
            "format the cell as text and type the value again",
        ),
        Value::Error(error) => refuse(
            format!("the cell holds the error value {error}"),
            "correct the cell",
        ),
    }
}

/// `text` as an id: ASCII letters and digits, lower case, other runs of characters as one `-`
/// (å, ä → a; ö, ø → o; æ → ae; é → e; ü → u).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        let ascii: &str = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => "a",
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => "o",
            'æ' => "ae",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'ü' | 'ú' | 'ù' | 'û' => "u",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ç' => "c",
            'ñ' => "n",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(c);
                continue;
            }
            _ => {
                dash = true;
                continue;
            }
        };
        if dash && !out.is_empty() {
            out.push('-');
        }
        dash = false;
        out.push_str(ascii);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_ids() {
        assert_eq!(slug("AI system"), "ai-system");
        assert_eq!(slug("  Källkritik & säkerhet "), "kallkritik-sakerhet");
        assert_eq!(slug("Ærø-Ølstykke"), "aero-olstykke");
        assert_eq!(slug("(C)hatbot"), "c-hatbot");
        assert_eq!(slug("!!!"), "");
    }

    #[test]
    fn numbers_read_as_the_text_they_show() {
        assert_eq!(number_text(1.0), "1");
        assert_eq!(number_text(1.1), "1.1");
        assert_eq!(number_text(2.10), "2.1");
        assert_eq!(number_text(-3.0), "-3");
        assert_eq!(number_text(1e20), "100000000000000000000");
    }
}
