//! The framework as an Excel workbook (rust_xlsxwriter): the framework and its guiding principles,
//! the scales' levels, one sheet per area, a role × competence matrix, and — when the framework
//! has them — its competence statements, learning outcomes, the rating scale's steps and the
//! glossary.

use ramverk_model::Framework;
use ramverk_render::messages::Messages;
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Note, Workbook, XlsxError};

use crate::export_error::ExportError;
use crate::resolved::{expected, rating_scale};
use crate::sheet_names::SheetNames;
use crate::table::{
    AREA_COLUMNS, Cell, competence_table, competences, expected_cell, level_header, messages_for,
};

/// Excel's limit on the characters (UTF-16 units) of a cell.
pub const MAX_CELL: usize = 32_767;
/// rust_xlsxwriter's limit on a note: a cell's, less room for the author's name.
const MAX_NOTE: usize = MAX_CELL - 54;
/// The widest a column is made, in characters; longer texts wrap.
const MAX_WIDTH: usize = 60;
/// The narrowest a column is made, in characters.
const MIN_WIDTH: usize = 6;

/// One worksheet before it is written: a header row, rows, and notes on cells.
struct Sheet {
    name: String,
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
    /// (row below the header, column, text).
    notes: Vec<(usize, usize, String)>,
    /// Columns kept in view when scrolling right.
    frozen_columns: u16,
    /// Whether the header row gets filter buttons.
    filter: bool,
}

/// `framework` as the bytes of an .xlsx workbook:
///
/// - a sheet for the framework: title, version, status, adoption date, publisher, description and
///   the guiding principles;
/// - a sheet of levels: every scale's levels with their labels and descriptions (only when the
///   framework has scales);
/// - one sheet per area (named `ID TITLE`, made valid for Excel): the columns of the CSV export
///   without the area's, one row per competence;
/// - a role × competence matrix (only when the framework has roles): the expected level of every
///   role per competence, the competence's descriptor at that level as the cell's note;
/// - then, each only when the framework has any, the sheets of [`crate::framework_sheets`]:
///   competence statements, learning outcomes, the rating scale's steps and the glossary, one row
///   each.
///
/// The sheets before the statements keep their layout: the new ones only ever come after them.
///
/// Header rows are frozen and bold, text wraps, columns are as wide as their longest line up to
/// 60 characters. A text longer than an Excel cell holds is an error naming the cell.
pub fn framework_xlsx(framework: &Framework) -> Result<Vec<u8>, ExportError> {
    let messages = messages_for(framework)?;
    let mut names = SheetNames::new();
    let mut sheets = vec![framework_sheet(framework, messages, &mut names)];
    if !framework.scales.is_empty() {
        sheets.push(levels_sheet(framework, messages, &mut names));
    }
    sheets.extend(area_sheets(framework, &mut names)?);
    if !framework.roles.is_empty() {
        sheets.push(matrix_sheet(framework, messages, &mut names));
    }
    for table in crate::framework_sheets::sheets(framework, messages) {
        sheets.push(Sheet {
            name: names.name(&table.name),
            header: table.header,
            rows: table.rows,
            notes: Vec::new(),
            frozen_columns: 0,
            filter: true,
        });
    }
    let mut book = Workbook::new();
    for sheet in &sheets {
        write_sheet(&mut book, sheet)?;
    }
    book.save_to_buffer().map_err(xlsx_error)
}

fn framework_sheet(framework: &Framework, messages: &Messages, names: &mut SheetNames) -> Sheet {
    let text = |value: &str| Cell::Text(value.to_owned());
    let label = |id: &str| Cell::Text(messages.get(id));
    let publisher = match &framework.publisher.unit {
        Some(unit) => format!("{}, {unit}", framework.publisher.name),
        None => framework.publisher.name.clone(),
    };
    let status = match framework.status {
        ramverk_model::Status::Draft => "status-draft",
        ramverk_model::Status::Adopted => "status-adopted",
        ramverk_model::Status::Deprecated => "status-deprecated",
    };
    let mut rows = vec![
        vec![label("export-version"), text(&framework.version)],
        vec![label("export-status"), label(status)],
    ];
    if let Some(adopted) = &framework.adopted {
        rows.push(vec![label("export-adopted"), text(adopted)]);
    }
    rows.push(vec![label("export-publisher"), text(&publisher)]);
    if let Some(description) = &framework.description {
        rows.push(vec![label("export-description"), text(description)]);
    }
    if !framework.guidance.is_empty() {
        rows.push(vec![label("export-guidance"), text("")]);
        for principle in &framework.guidance {
            rows.push(vec![text(&principle.title), text(&principle.text)]);
        }
    }
    Sheet {
        name: names.name(&messages.get("export-sheet-framework")),
        header: vec![messages.get("export-title"), framework.title.clone()],
        rows,
        notes: Vec::new(),
        frozen_columns: 0,
        filter: false,
    }
}

fn levels_sheet(framework: &Framework, messages: &Messages, names: &mut SheetNames) -> Sheet {
    let mut rows = Vec::new();
    for scale in &framework.scales {
        for level in &scale.levels {
            rows.push(vec![
                Cell::Text(scale.title.clone()),
                Cell::Number(level.rank),
                Cell::Text(level.label.clone()),
                Cell::Text(level.description.clone().unwrap_or_default()),
            ]);
        }
        if let Some(not_rated) = &scale.not_rated {
            rows.push(vec![
                Cell::Text(scale.title.clone()),
                Cell::Number(not_rated.value),
                Cell::Text(not_rated.label.clone()),
                Cell::Text(String::new()),
            ]);
        }
    }
    Sheet {
        name: names.name(&messages.get("export-sheet-levels")),
        header: [
            "export-scale",
            "export-rank",
            "export-label",
            "export-description",
        ]
        .iter()
        .map(|id| messages.get(id))
        .collect(),
        rows,
        notes: Vec::new(),
        frozen_columns: 0,
        filter: true,
    }
}

/// One sheet per area: the competence table's rows of that area, without the area columns.
fn area_sheets(framework: &Framework, names: &mut SheetNames) -> Result<Vec<Sheet>, ExportError> {
    let table = competence_table(framework)?;
    let header: Vec<String> = table.header[AREA_COLUMNS..].to_vec();
    Ok(framework
        .areas
        .iter()
        .map(|area| Sheet {
            name: names.name(&format!("{} {}", area.id, area.title)),
            header: header.clone(),
            rows: table
                .rows
                .iter()
                .filter(|row| row.area == area.id)
                .map(|row| row.cells[AREA_COLUMNS..].to_vec())
                .collect(),
            notes: Vec::new(),
            frozen_columns: 0,
            filter: true,
        })
        .collect())
}

/// Competences down, roles across, the expected level in each cell with the competence's
/// descriptor at that level as its note.
fn matrix_sheet(framework: &Framework, messages: &Messages, names: &mut SheetNames) -> Sheet {
    let scale = rating_scale(framework);
    let mut header: Vec<String> = [
        "export-area-id",
        "export-competence-id",
        "export-competence",
    ]
    .iter()
    .map(|id| messages.get(id))
    .collect();
    let fixed = header.len();
    header.extend(framework.roles.iter().map(|role| role.title.clone()));
    let mut rows = Vec::new();
    let mut notes = Vec::new();
    for (row, (area, placed)) in competences(framework).into_iter().enumerate() {
        let mut cells = vec![
            Cell::Text(area.id.clone()),
            Cell::Text(placed.competence.id.clone()),
            Cell::Text(placed.competence.title.clone()),
        ];
        for (column, role) in framework.roles.iter().enumerate() {
            let profile = framework.profiles.iter().find(|p| p.role == role.id);
            let wanted = expected(role, Some(area), placed.competence, profile, scale);
            if let (Some(rank), Some(descriptor)) = (wanted.level, &wanted.descriptor) {
                let heading = level_header(messages, framework, rank);
                notes.push((row, fixed + column, format!("{heading}\n{descriptor}")));
            }
            cells.push(expected_cell(messages, &wanted));
        }
        rows.push(cells);
    }
    Sheet {
        name: names.name(&messages.get("export-sheet-matrix")),
        header,
        rows,
        notes,
        frozen_columns: fixed as u16,
        filter: true,
    }
}

fn write_sheet(book: &mut Workbook, sheet: &Sheet) -> Result<(), ExportError> {
    let header_format = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border_bottom(FormatBorder::Thin);
    let body_format = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    check_lengths(sheet)?;
    let worksheet = book.add_worksheet();
    worksheet.set_name(&sheet.name).map_err(xlsx_error)?;
    for (column, text) in sheet.header.iter().enumerate() {
        worksheet
            .write_string_with_format(0, column as u16, text, &header_format)
            .map_err(xlsx_error)?;
    }
    for (index, cells) in sheet.rows.iter().enumerate() {
        let row = index as u32 + 1;
        for (column, cell) in cells.iter().enumerate() {
            match cell {
                Cell::Text(text) if text.is_empty() => {}
                Cell::Text(text) => {
                    worksheet
                        .write_string_with_format(row, column as u16, text, &body_format)
                        .map_err(xlsx_error)?;
                }
                Cell::Number(number) => {
                    worksheet
                        .write_number_with_format(row, column as u16, *number, &body_format)
                        .map_err(xlsx_error)?;
                }
            }
        }
    }
    for (row, column, text) in &sheet.notes {
        let note = Note::new(text)
            .add_author_prefix(false)
            .set_width(400)
            .set_height(200);
        worksheet
            .insert_note(*row as u32 + 1, *column as u16, &note)
            .map_err(xlsx_error)?;
    }
    for (column, width) in widths(sheet).into_iter().enumerate() {
        worksheet
            .set_column_width(column as u16, width as f64)
            .map_err(xlsx_error)?;
    }
    worksheet
        .set_freeze_panes(1, sheet.frozen_columns)
        .map_err(xlsx_error)?;
    if sheet.filter && !sheet.rows.is_empty() {
        worksheet
            .autofilter(
                0,
                0,
                sheet.rows.len() as u32,
                sheet.header.len().saturating_sub(1) as u16,
            )
            .map_err(xlsx_error)?;
    }
    Ok(())
}

/// Every text within Excel's limits, or an error naming the first cell that is not.
fn check_lengths(sheet: &Sheet) -> Result<(), ExportError> {
    let too_long = |row: usize, column: usize, length: usize| ExportError::CellTooLong {
        sheet: sheet.name.clone(),
        cell: row_col_to_cell(row as u32, column as u16),
        column: sheet.header.get(column).cloned().unwrap_or_default(),
        length,
    };
    for (column, text) in sheet.header.iter().enumerate() {
        let length = text.encode_utf16().count();
        if length > MAX_CELL {
            return Err(too_long(0, column, length));
        }
    }
    for (index, cells) in sheet.rows.iter().enumerate() {
        for (column, cell) in cells.iter().enumerate() {
            if let Cell::Text(text) = cell {
                let length = text.encode_utf16().count();
                if length > MAX_CELL {
                    return Err(too_long(index + 1, column, length));
                }
            }
        }
    }
    for (row, column, text) in &sheet.notes {
        let length = text.encode_utf16().count();
        if length > MAX_NOTE {
            return Err(too_long(row + 1, *column, length));
        }
    }
    Ok(())
}

/// Each column's width: its longest line (header included), between 6 and 60 characters.
fn widths(sheet: &Sheet) -> Vec<usize> {
    let longest_line = |text: &str| text.lines().map(|line| line.chars().count()).max();
    (0..sheet.header.len())
        .map(|column| {
            let header = longest_line(&sheet.header[column]).unwrap_or(0);
            let cells = sheet
                .rows
                .iter()
                .filter_map(|cells| cells.get(column))
                .filter_map(|cell| longest_line(&cell.text()))
                .max()
                .unwrap_or(0);
            (header.max(cells) + 2).clamp(MIN_WIDTH, MAX_WIDTH)
        })
        .collect()
}

fn xlsx_error(error: XlsxError) -> ExportError {
    ExportError::Xlsx(error.to_string())
}
