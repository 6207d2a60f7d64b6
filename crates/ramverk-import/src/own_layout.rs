//! ramverk's own export read back: a workbook (or CSV) exported by `ramverk export` and edited in
//! a spreadsheet program becomes the framework with those edits. The export is made again from the
//! framework as it is, and only the cells that differ are read: an unedited file gives the same
//! framework, and every edit is read from the cell that holds it.

use std::collections::{BTreeMap, HashMap, HashSet};

use ramverk_model::{
    Competence, Expectation, Framework, LearningOutcome, NotApplicable, Profile, Role, Statement,
    Status,
};
use ramverk_publish::framework_csv::{CsvDelimiter, CsvRows};
use ramverk_publish::resolved::{descriptor_ranks, rating_scale};
use ramverk_publish::table::{AREA_COLUMNS, messages_for};
use ramverk_render::messages::Messages;
use ramverk_workbook::{Budget, CellRef, Kind, Sheet, Value, Workbook};

use crate::cells::{number_text, slug};
use crate::error::ImportError;

/// `framework` with the edits made in `workbook`, a file of `kind` that `ramverk export` wrote
/// from it (`--format xlsx`, or `--format csv` with its competence rows).
pub fn import_own(
    framework: &Framework,
    workbook: &Workbook,
    kind: Kind,
) -> Result<Framework, ImportError> {
    let messages = messages_for(framework).map_err(|e| ImportError::new(e.to_string()))?;
    let exported = match kind {
        Kind::Csv => {
            let text = ramverk_publish::framework_csv(
                framework,
                CsvRows::Competences,
                CsvDelimiter::Comma,
            )
            .map_err(|e| ImportError::new(e.to_string()))?;
            ramverk_workbook::read_bytes(
                text.as_bytes(),
                Kind::Csv,
                "export.csv",
                &Budget::default(),
            )
        }
        _ => {
            let bytes = ramverk_publish::framework_xlsx(framework)
                .map_err(|e| ImportError::new(e.to_string()))?;
            ramverk_workbook::read_bytes(&bytes, Kind::Xlsx, "export.xlsx", &Budget::default())
        }
    }
    .map_err(|e| ImportError::new(format!("the framework's own export cannot be made: {e}")))?;
    let mut edit = Edit {
        old: framework,
        new: framework.clone(),
        messages,
        expected: HashMap::new(),
    };
    refuse_formulas_and_merges(workbook)?;
    match kind {
        Kind::Csv => {
            let (Some(user), Some(export)) = (workbook.sheets.first(), exported.sheets.first())
            else {
                return Err(ImportError::new("the CSV file is empty"));
            };
            edit.competence_rows(user, export, AREA_COLUMNS)?;
        }
        _ => edit.workbook(workbook, &exported)?,
    }
    edit.finish()
}

/// What a sheet of the export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SheetKind {
    Framework,
    Levels,
    Area(usize),
    Matrix,
    Statements,
    Outcomes,
    Steps,
    Glossary,
    /// A sheet the import does not read back (it must be unchanged).
    Other,
}

/// What a column of the competence rows holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    AreaId,
    AreaTitle,
    Id,
    Parent,
    Title,
    Definition,
    Description,
    Examples,
    Activities,
    Descriptor(u8),
    Expected(usize),
}

/// A competence as its row says, before the rows are nested.
struct RowCompetence {
    area: String,
    parent: Option<String>,
    competence: Competence,
}

pub(crate) struct Edit<'a> {
    pub(crate) old: &'a Framework,
    pub(crate) new: Framework,
    pub(crate) messages: &'static Messages,
    /// Expected levels read from the rows: (role index, competence id) → (value, where).
    expected: HashMap<(usize, String), (Option<Expectation>, String, CellRef)>,
}

pub(crate) fn cell(sheet: &Sheet, row: u32, column: u16) -> Value {
    sheet
        .cell(CellRef { row, column })
        .map_or(Value::Empty, |c| c.value.clone())
}

pub(crate) fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Text(x), Value::Text(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::Text(t), Value::Empty) | (Value::Empty, Value::Text(t)) => t.is_empty(),
        (a, b) => a == b,
    }
}

fn refuse_formulas_and_merges(workbook: &Workbook) -> Result<(), ImportError> {
    for sheet in &workbook.sheets {
        if let Some(region) = sheet.merged.first() {
            return Err(ImportError::new(format!("cells {region} are merged"))
                .in_sheet(&sheet.name, Some(region.first))
                .help("unmerge them and give every cell its value"));
        }
        for row in &sheet.rows {
            if let Some(c) = row.cells.iter().find(|c| c.formula.is_some()) {
                return Err(ImportError::new(format!(
                    "the cell holds a formula (={}); ramverk imports values, not formulas",
                    c.formula.as_deref().unwrap_or_default()
                ))
                .in_sheet(&sheet.name, Some(c.at))
                .help("replace the formula by its value (copy, then paste values only)"));
            }
        }
    }
    Ok(())
}

/// A cell's text for a text field: texts as they are, numbers as they read; an empty cell is
/// `None`; anything else is an error naming the cell. A CSV cell's formula guard (`'=`) is undone.
pub(crate) fn text_of(
    value: &Value,
    sheet: &str,
    at: CellRef,
) -> Result<Option<String>, ImportError> {
    match value {
        Value::Empty => Ok(None),
        Value::Text(text) if text.is_empty() => Ok(None),
        Value::Text(text) => {
            let unguarded = match text.strip_prefix('\'') {
                Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
                _ => text,
            };
            Ok(Some(unguarded.to_owned()))
        }
        Value::Number(number) => Ok(Some(number_text(*number))),
        Value::Bool(_) | Value::DateTime(_) | Value::Error(_) => Err(ImportError::new(format!(
            "the cell holds {}, where text belongs",
            match value {
                Value::Bool(_) => "a truth value".to_owned(),
                Value::DateTime(date) => format!("a date ({date})"),
                Value::Error(error) => format!("the error value {error}"),
                _ => String::new(),
            }
        ))
        .in_sheet(sheet, Some(at))
        .help("format the cell as text and type the value again")),
    }
}

impl Edit<'_> {
    fn workbook(&mut self, user: &Workbook, exported: &Workbook) -> Result<(), ImportError> {
        let kinds = self.sheet_kinds(exported);
        let expected_names: Vec<&str> = exported.sheets.iter().map(|s| s.name.as_str()).collect();
        for sheet in &user.sheets {
            if !expected_names.contains(&sheet.name.as_str()) {
                let error = ImportError::new(format!(
                    "the workbook has a sheet \"{}\" that ramverk's export does not have",
                    sheet.name
                ))
                .in_sheet(&sheet.name, None);
                return Err(match ramverk_source::suggest::did_you_mean(&sheet.name, expected_names.iter().copied()) {
                    Some(near) => error.help(format!("was it \"{near}\", renamed? Give it its name back; sheets cannot be added")),
                    None => error.help(format!("the export's sheets are: {}; remove the sheet or export again", expected_names.join(", "))),
                });
            }
        }
        for (index, export) in exported.sheets.iter().enumerate() {
            let Some(sheet) = user.sheet(&export.name) else {
                return Err(ImportError::new(format!("the sheet \"{}\" is missing", export.name))
                    .help("put the sheet back: areas and roles are removed by removing their rows and columns, not sheets"));
            };
            match kinds[index] {
                SheetKind::Framework => self.framework_sheet(sheet, export)?,
                SheetKind::Levels => self.levels_sheet(sheet, export)?,
                SheetKind::Area(_) => self.competence_rows(sheet, export, 0)?,
                SheetKind::Matrix => self.matrix(sheet, export)?,
                SheetKind::Statements => self.item_rows::<Statement>(sheet, export)?,
                SheetKind::Outcomes => self.item_rows::<LearningOutcome>(sheet, export)?,
                SheetKind::Steps => self.steps_sheet(sheet, export)?,
                SheetKind::Glossary => self.glossary_sheet(sheet, export)?,
                SheetKind::Other => unchanged(sheet, export)?,
            }
        }
        Ok(())
    }

    /// The kind of each sheet of the export, in its order (see `framework_xlsx`).
    fn sheet_kinds(&self, exported: &Workbook) -> Vec<SheetKind> {
        let mut kinds = vec![SheetKind::Framework];
        if !self.old.scales.is_empty() {
            kinds.push(SheetKind::Levels);
        }
        kinds.extend((0..self.old.areas.len()).map(SheetKind::Area));
        if !self.old.roles.is_empty() {
            kinds.push(SheetKind::Matrix);
        }
        let kind_of = [
            ("export-sheet-statements", SheetKind::Statements),
            ("export-sheet-outcomes", SheetKind::Outcomes),
            ("export-sheet-steps", SheetKind::Steps),
            ("export-sheet-glossary", SheetKind::Glossary),
        ];
        kinds.extend(
            ramverk_publish::framework_sheets::sheets(self.old, self.messages)
                .iter()
                .map(|table| {
                    kind_of
                        .iter()
                        .find(|(id, _)| self.messages.get(id) == table.name)
                        .map_or(SheetKind::Other, |(_, kind)| *kind)
                }),
        );
        kinds.resize(exported.sheets.len().max(kinds.len()), SheetKind::Other);
        kinds
    }

    /// Title, version, status, adoption date, description and the guiding principles' texts.
    fn framework_sheet(&mut self, sheet: &Sheet, export: &Sheet) -> Result<(), ImportError> {
        let name = &sheet.name;
        let title_at = CellRef { row: 1, column: 1 };
        if let Some(title) = changed_text(sheet, export, title_at)? {
            self.new.title = required(title, name, title_at, "the framework's title")?;
        }
        check_column(sheet, export, 0)?;
        let label = |id: &str| self.messages.get(id);
        let mut principle = 0;
        let mut in_guidance = false;
        for row in export.rows.iter().skip(1) {
            let key = cell(export, row.number, 0);
            let at = CellRef {
                row: row.number,
                column: 1,
            };
            let key_text = match &key {
                Value::Text(t) => t.clone(),
                _ => String::new(),
            };
            if in_guidance {
                let title_at = CellRef {
                    row: row.number,
                    column: 0,
                };
                if let Some(p) = self.new.guidance.get_mut(principle) {
                    if let Some(title) = changed_text(sheet, export, title_at)? {
                        p.title = required(title, name, title_at, "a principle's title")?;
                    }
                    if let Some(text) = changed_text(sheet, export, at)? {
                        p.text = required(text, name, at, "a principle's text")?;
                    }
                }
                principle += 1;
                continue;
            }
            let Some(value) = changed_text(sheet, export, at)? else {
                if key_text == label("export-guidance") {
                    in_guidance = true;
                }
                continue;
            };
            if key_text == label("export-version") {
                self.new.version = required(value, name, at, "the version")?;
            } else if key_text == label("export-adopted") {
                self.new.adopted = value;
            } else if key_text == label("export-description") {
                self.new.description = value;
            } else if key_text == label("export-status") {
                let text = value.unwrap_or_default();
                self.new.status = [Status::Draft, Status::Adopted, Status::Deprecated]
                    .into_iter()
                    .find(|status| label(status_id(*status)) == text)
                    .ok_or_else(|| {
                        ImportError::new(format!("\"{text}\" is not a status"))
                            .in_sheet(name, Some(at))
                            .help(format!(
                                "write {}, {} or {}",
                                label("status-draft"),
                                label("status-adopted"),
                                label("status-deprecated")
                            ))
                    })?;
            } else {
                return Err(ImportError::new(format!(
                    "\"{key_text}\" is not imported from the spreadsheet"
                ))
                .in_sheet(name, Some(at))
                .help("change it in framework.yaml, and undo the change in the cell"));
            }
        }
        // Rows beyond the export's: added principles or fields.
        let last = export.rows.last().map_or(0, |r| r.number);
        if let Some(row) = sheet
            .rows
            .iter()
            .find(|r| r.number > last && r.cells.iter().any(|c| !c.value.is_empty()))
        {
            return Err(
                ImportError::new("rows were added below the framework's fields")
                    .in_sheet(
                        name,
                        Some(CellRef {
                            row: row.number,
                            column: 0,
                        }),
                    )
                    .help("add guiding principles in framework.yaml, where they get an id"),
            );
        }
        Ok(())
    }

    /// The levels' labels and descriptions, by position.
    fn levels_sheet(&mut self, sheet: &Sheet, export: &Sheet) -> Result<(), ImportError> {
        check_header(sheet, export)?;
        for column in [0, 1] {
            check_column(sheet, export, column)?;
        }
        let mut row = 2;
        for scale in &mut self.new.scales {
            for level in &mut scale.levels {
                let label_at = CellRef { row, column: 2 };
                if let Some(label) = changed_text(sheet, export, label_at)? {
                    level.label = required(label, &sheet.name, label_at, "a level's label")?;
                }
                if let Some(description) = changed_text(sheet, export, CellRef { row, column: 3 })?
                {
                    level.description = description;
                }
                row += 1;
            }
            if let Some(not_rated) = &mut scale.not_rated {
                let label_at = CellRef { row, column: 2 };
                if let Some(label) = changed_text(sheet, export, label_at)? {
                    not_rated.label =
                        required(label, &sheet.name, label_at, "the not-rated label")?;
                }
                row += 1;
            }
        }
        let last = export.rows.last().map_or(0, |r| r.number);
        if let Some(extra) = sheet
            .rows
            .iter()
            .find(|r| r.number > last && r.cells.iter().any(|c| !c.value.is_empty()))
        {
            return Err(ImportError::new("rows were added below the levels")
                .in_sheet(
                    &sheet.name,
                    Some(CellRef {
                        row: extra.number,
                        column: 0,
                    }),
                )
                .help("add levels in framework.yaml"));
        }
        Ok(())
    }

    /// The columns of the competence rows (after `offset` area columns).
    fn columns(&self, offset: usize) -> Vec<Column> {
        let mut columns = Vec::new();
        if offset == AREA_COLUMNS {
            columns.extend([Column::AreaId, Column::AreaTitle]);
        }
        columns.extend([
            Column::Id,
            Column::Parent,
            Column::Title,
            Column::Definition,
            Column::Description,
            Column::Examples,
            Column::Activities,
        ]);
        columns.extend(
            descriptor_ranks(self.old)
                .into_iter()
                .map(Column::Descriptor),
        );
        columns.extend((0..self.old.roles.len()).map(Column::Expected));
        columns
    }

    /// Competence rows (an area's sheet, or the CSV's rows): edited, added, removed, moved.
    fn competence_rows(
        &mut self,
        sheet: &Sheet,
        export: &Sheet,
        offset: usize,
    ) -> Result<(), ImportError> {
        let name = sheet.name.as_str();
        let columns = self.columns(offset);
        let user_columns = match_columns(sheet, export, columns.len(), |index| {
            matches!(columns[index], Column::Expected(_))
        })?;
        let id_index = columns.iter().position(|c| *c == Column::Id).unwrap_or(0);
        let id_column = id_index as u16;
        let user_id_column = user_columns
            .get(id_index)
            .copied()
            .flatten()
            .unwrap_or(id_column);
        // The export's rows by competence id.
        let mut exported_rows: HashMap<String, u32> = HashMap::new();
        for row in export.rows.iter().skip(1) {
            if let Value::Text(id) = cell(export, row.number, id_column) {
                exported_rows.insert(id, row.number);
            }
        }
        let placed = self.old.placed_competences();
        let old_by_id: HashMap<&str, &ramverk_model::Placed> = placed
            .iter()
            .map(|p| (p.competence.id.as_str(), p))
            .collect();
        // For an area's sheet: which area (its first competence's, or by position).
        let sheet_area_id = if offset == 0 {
            self.old
                .areas
                .iter()
                .find(|area| {
                    area.competences
                        .first()
                        .is_some_and(|c| exported_rows.contains_key(&c.id))
                })
                .map(|area| area.id.clone())
        } else {
            None
        };
        let mut seen: HashMap<String, u32> = HashMap::new();
        let mut rows: Vec<RowCompetence> = Vec::new();
        for row in sheet.rows.iter().skip(1) {
            let id_at = CellRef {
                row: row.number,
                column: user_id_column,
            };
            let Some(id) = text_of(&cell(sheet, row.number, user_id_column), name, id_at)? else {
                if row.cells.iter().any(|c| !c.value.is_empty()) {
                    return Err(ImportError::new(format!(
                        "row {} has no competence id",
                        row.number
                    ))
                    .in_sheet(name, Some(id_at))
                    .help("give a new competence an id that no other competence has"));
                }
                continue;
            };
            if let Some(first) = seen.insert(id.clone(), row.number) {
                return Err(ImportError::new(format!(
                    "competence {id} comes twice (first in row {first})"
                ))
                .in_sheet(name, Some(id_at))
                .help("give each competence its own id"));
            }
            let export_row = exported_rows.get(&id).copied();
            let old = old_by_id.get(id.as_str());
            if export_row.is_none() && old.is_some() && offset == 0 {
                return Err(ImportError::new(format!(
                    "competence {id} belongs to another area's sheet"
                ))
                .in_sheet(name, Some(id_at))
                .help("move a competence to another area in the YAML, or remove it here and add it with a new id there"));
            }
            let mut competence =
                old.map_or_else(|| empty_competence(&id), |p| p.competence.clone());
            competence.competences.clear();
            let mut area = match (offset, old) {
                (0, _) => sheet_area_id.clone().unwrap_or_default(),
                (_, Some(p)) => p.area.to_owned(),
                _ => String::new(),
            };
            let mut parent = old.and_then(|p| p.parent.map(str::to_owned));
            for (index, kind) in columns.iter().enumerate() {
                // A role's column that the file does not have (the role came after the export)
                // says nothing.
                let Some(user_column) = user_columns[index] else {
                    continue;
                };
                let at = CellRef {
                    row: row.number,
                    column: user_column,
                };
                let value = cell(sheet, row.number, user_column);
                if let Some(export_row) = export_row
                    && same(&value, &cell(export, export_row, index as u16))
                {
                    continue; // unchanged
                }
                if *kind == Column::Id {
                    continue;
                }
                self.read(
                    &mut competence,
                    &mut area,
                    &mut parent,
                    *kind,
                    &value,
                    name,
                    at,
                )?;
            }
            if competence.title.is_empty() {
                return Err(ImportError::new(format!("competence {id} has no title"))
                    .in_sheet(
                        name,
                        Some(CellRef {
                            row: row.number,
                            column: user_id_column + 2,
                        }),
                    )
                    .help("give it a title"));
            }
            rows.push(RowCompetence {
                area,
                parent,
                competence,
            });
        }
        self.place(rows, name, offset == 0)
    }

    /// Reads one changed cell of a competence row into the competence.
    #[allow(clippy::too_many_arguments)]
    fn read(
        &mut self,
        competence: &mut Competence,
        area: &mut String,
        parent: &mut Option<String>,
        kind: Column,
        value: &Value,
        sheet: &str,
        at: CellRef,
    ) -> Result<(), ImportError> {
        let text = || text_of(value, sheet, at);
        match kind {
            Column::Id => {}
            Column::AreaId => {
                *area = text()?.ok_or_else(|| {
                    ImportError::new("the competence has no area id").in_sheet(sheet, Some(at))
                })?
            }
            Column::AreaTitle => {
                let title = text()?.unwrap_or_default();
                if let Some(a) = self.new.areas.iter_mut().find(|a| a.id == *area) {
                    a.title = title;
                }
            }
            Column::Parent => *parent = text()?,
            Column::Title => competence.title = text()?.unwrap_or_default(),
            Column::Definition => competence.definition = text()?,
            Column::Description => competence.description = text()?,
            Column::Examples => {
                competence.examples = text()?
                    .map(|t| {
                        t.lines()
                            .filter(|l| !l.trim().is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default()
            }
            Column::Activities => {
                let old = competence.learning_activities.clone();
                let rendered: Vec<String> = old.iter().map(|a| self.activity_text(a)).collect();
                competence.learning_activities = text()?
                    .map(|t| {
                        t.lines()
                            .filter(|l| !l.trim().is_empty())
                            .map(|line| match rendered.iter().position(|r| r == line) {
                                Some(i) => old[i].clone(),
                                None => ramverk_model::LearningActivity {
                                    text: line.to_owned(),
                                    levels: Vec::new(),
                                },
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            }
            Column::Descriptor(rank) => match text()? {
                Some(text) => {
                    competence.descriptors.insert(rank, text);
                }
                None => {
                    competence.descriptors.remove(&rank);
                }
            },
            Column::Expected(role) => {
                let expectation = self.expectation(value, sheet, at)?;
                self.expected.insert(
                    (role, competence.id.clone()),
                    (expectation, sheet.to_owned(), at),
                );
            }
        }
        Ok(())
    }

    /// An expected-level cell: a level's rank, the words for "not applicable", or empty.
    fn expectation(
        &self,
        value: &Value,
        sheet: &str,
        at: CellRef,
    ) -> Result<Option<Expectation>, ImportError> {
        let not_applicable = self.messages.get("export-not-applicable");
        let rank = match value {
            Value::Empty => return Ok(None),
            Value::Text(t) if t.trim().is_empty() => return Ok(None),
            Value::Text(t) if t.trim() == not_applicable => {
                return Ok(Some(Expectation::NotApplicable(
                    NotApplicable::NotApplicable,
                )));
            }
            _ => match whole_number(value) {
                Some(rank) => rank,
                None => {
                    return Err(ImportError::new(format!(
                        "an expected level is a level's number or \"{not_applicable}\", not {}",
                        describe(value)
                    ))
                    .in_sheet(sheet, Some(at))
                    .help(format!(
                        "write one of {} or \"{not_applicable}\", or leave the cell empty",
                        self.ranks()
                    )));
                }
            },
        };
        Ok(Some(Expectation::Level(self.scale_level(rank, sheet, at)?)))
    }

    /// The rating scale's ranks, as a list to read (`1, 2, 3`).
    pub(crate) fn ranks(&self) -> String {
        rating_scale(self.old).map_or_else(String::new, |s| {
            s.ranks()
                .map(|r| r.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        })
    }

    /// `rank`, when it is a level of the rating scale (any rank when there is none).
    pub(crate) fn scale_level(
        &self,
        rank: u8,
        sheet: &str,
        at: CellRef,
    ) -> Result<u8, ImportError> {
        if rating_scale(self.old).is_some_and(|s| s.level(rank).is_none()) {
            return Err(
                ImportError::new(format!("{rank} is not a level of the rating scale"))
                    .in_sheet(sheet, Some(at))
                    .help(format!("the levels are {}", self.ranks())),
            );
        }
        Ok(rank)
    }

    fn activity_text(&self, activity: &ramverk_model::LearningActivity) -> String {
        // The same text the export writes (table.rs): one activity per line.
        if activity.levels.is_empty() {
            return activity.text.clone();
        }
        let levels: Vec<String> = activity.levels.iter().map(u8::to_string).collect();
        self.messages.format(
            "export-activity-levels",
            ramverk_render::messages::Args::new()
                .text("text", activity.text.as_str())
                .count("count", activity.levels.len())
                .text("levels", levels.join(", ")),
        )
    }

    /// Puts the competences of `rows` in their areas, nested under their parents, in row order;
    /// competences of the area (or of the whole file) that have no row are removed.
    fn place(
        &mut self,
        rows: Vec<RowCompetence>,
        sheet: &str,
        one_area: bool,
    ) -> Result<(), ImportError> {
        let areas: Vec<String> = if one_area {
            let mut ids: Vec<String> = rows.iter().map(|r| r.area.clone()).collect();
            ids.dedup();
            ids
        } else {
            self.new.areas.iter().map(|a| a.id.clone()).collect()
        };
        for row in &rows {
            if !self.new.areas.iter().any(|a| a.id == row.area) {
                return Err(ImportError::new(format!("there is no area {}", row.area))
                    .in_sheet(sheet, None)
                    .help("add areas in the YAML"));
            }
        }
        let ids: HashSet<&str> = rows.iter().map(|r| r.competence.id.as_str()).collect();
        for row in &rows {
            if let Some(parent) = &row.parent
                && !ids.contains(parent.as_str())
            {
                return Err(ImportError::new(format!(
                    "competence {} is part of {parent}, which has no row",
                    row.competence.id
                ))
                .in_sheet(sheet, None)
                .help("keep the row of the competence it is part of, or clear the cell"));
            }
        }
        for area_id in areas {
            let mine: Vec<&RowCompetence> = rows.iter().filter(|r| r.area == area_id).collect();
            let Some(area) = self.new.areas.iter_mut().find(|a| a.id == area_id) else {
                continue;
            };
            area.competences = nest(&mine);
            let placed = ramverk_model::placed(std::slice::from_ref(area)).len();
            if placed < mine.len() {
                let nested: HashSet<String> = ramverk_model::placed(std::slice::from_ref(area))
                    .iter()
                    .map(|p| p.competence.id.clone())
                    .collect();
                let lost: Vec<&str> = mine
                    .iter()
                    .map(|r| r.competence.id.as_str())
                    .filter(|id| !nested.contains(*id))
                    .collect();
                return Err(ImportError::new(format!(
                    "competences {} are part of each other in a circle, or nested more than 64 deep",
                    lost.join(", ")
                ))
                .in_sheet(sheet, None)
                .help("correct their parent column"));
            }
        }
        Ok(())
    }

    /// Expected levels from the matrix: edits to cells, roles added, removed or renamed by their
    /// columns.
    fn matrix(&mut self, sheet: &Sheet, export: &Sheet) -> Result<(), ImportError> {
        let name = sheet.name.as_str();
        const FIXED: u16 = 3;
        for column in 0..FIXED {
            let at = CellRef { row: 1, column };
            if !same(&cell(sheet, 1, column), &cell(export, 1, column)) {
                return Err(ImportError::new("this column's header is not the export's")
                    .in_sheet(name, Some(at))
                    .help("give the column its header back"));
            }
        }
        // Role columns: the header texts after the fixed ones.
        let header = |s: &Sheet| -> Vec<(u16, String)> {
            s.row(1)
                .map(|row| {
                    row.cells
                        .iter()
                        .filter(|c| c.at.column >= FIXED)
                        .filter_map(|c| {
                            text_of(&c.value, name, c.at)
                                .ok()
                                .flatten()
                                .map(|t| (c.at.column, t))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let user_roles = header(sheet);
        let old_titles: Vec<String> = self.old.roles.iter().map(|r| r.title.clone()).collect();
        // Which old role each column is: same count → by position (renames); else by title.
        let by_position = user_roles.len() == old_titles.len();
        let mut columns: Vec<(u16, Option<usize>, String)> = Vec::new();
        for (position, (column, title)) in user_roles.iter().enumerate() {
            let role = if by_position {
                Some(position)
            } else {
                old_titles.iter().position(|t| t == title)
            };
            columns.push((*column, role, title.clone()));
        }
        // Renames and new roles.
        let mut new_roles: Vec<Role> = Vec::new();
        let mut role_of_column: Vec<(u16, usize)> = Vec::new();
        for (column, role, title) in &columns {
            match role {
                Some(index) => {
                    let mut role = self.old.roles[*index].clone();
                    if role.title != *title {
                        role.title = title.clone();
                    }
                    role_of_column.push((*column, new_roles.len()));
                    new_roles.push(role);
                }
                None => {
                    let id = slug(title);
                    if id.is_empty()
                        || new_roles.iter().any(|r| r.id == id)
                        || self.old.roles.iter().any(|r| r.id == id)
                    {
                        return Err(ImportError::new(format!("no id can be made for the new role \"{title}\""))
                            .in_sheet(name, Some(CellRef { row: 1, column: *column }))
                            .help("give the role a title that differs from the others, or add it in the YAML"));
                    }
                    role_of_column.push((*column, new_roles.len()));
                    new_roles.push(Role {
                        id,
                        title: title.clone(),
                        unit: None,
                        description: None,
                    });
                }
            }
        }
        // Expected levels per column and competence row.
        let export_rows: HashMap<String, u32> = export
            .rows
            .iter()
            .skip(1)
            .filter_map(|r| match cell(export, r.number, 1) {
                Value::Text(id) => Some((id, r.number)),
                _ => None,
            })
            .collect();
        let old_role_column: HashMap<usize, u16> = (0..old_titles.len())
            .map(|i| (i, FIXED + i as u16))
            .collect();
        let mut profiles: BTreeMap<String, Profile> = BTreeMap::new();
        let mut consumed: HashSet<(usize, String)> = HashSet::new();
        for (new_index, role) in new_roles.iter().enumerate() {
            let old_index = self.old.roles.iter().position(|r| r.id == role.id);
            let mut profile = old_index
                .and_then(|_| {
                    self.old
                        .profiles
                        .iter()
                        .find(|p| p.role == role.id)
                        .cloned()
                })
                .unwrap_or(Profile {
                    role: role.id.clone(),
                    description: None,
                    expected: BTreeMap::new(),
                });
            let column = role_of_column
                .iter()
                .find(|(_, r)| *r == new_index)
                .map(|(c, _)| *c)
                .unwrap_or(0);
            for row in sheet.rows.iter().skip(1) {
                let Some(competence) = text_of(
                    &cell(sheet, row.number, 1),
                    name,
                    CellRef {
                        row: row.number,
                        column: 1,
                    },
                )?
                else {
                    continue;
                };
                let at = CellRef {
                    row: row.number,
                    column,
                };
                let value = cell(sheet, row.number, column);
                let before = match (old_index, export_rows.get(&competence)) {
                    (Some(i), Some(r)) => cell(export, *r, old_role_column[&i]),
                    _ => Value::Empty,
                };
                let from_rows = old_index.and_then(|i| self.expected.get(&(i, competence.clone())));
                if let Some(i) = old_index {
                    consumed.insert((i, competence.clone()));
                }
                let from_matrix = if same(&value, &before) && old_index.is_some() {
                    None
                } else {
                    Some(self.expectation(&value, name, at)?)
                };
                let area_word = self.messages.get("export-area-not-for-role");
                if matches!(&value, Value::Text(t) if *t == area_word) {
                    continue;
                }
                let decided = match (from_matrix, from_rows) {
                    (Some(m), Some((r, other_sheet, other_at))) if m != *r => {
                        return Err(ImportError::new(format!(
                            "the expected level of {} for {competence} is changed differently here and in sheet \"{other_sheet}\", cell {other_at}",
                            role.title
                        ))
                        .in_sheet(name, Some(at))
                        .help("make the two cells agree, or undo one of the changes"));
                    }
                    (Some(m), _) => Some(m),
                    (None, Some((r, _, _))) => Some(*r),
                    (None, None) => None,
                };
                if let Some(expectation) = decided {
                    match expectation {
                        Some(e) => {
                            profile.expected.insert(competence.clone(), e);
                        }
                        None => {
                            profile.expected.remove(&competence);
                        }
                    }
                }
            }
            profiles.insert(role.id.clone(), profile);
        }
        self.expected.retain(|key, _| !consumed.contains(key));
        self.new.roles = new_roles;
        // Profiles in the roles' order, for roles that had one or get expected levels now.
        self.new.profiles = self
            .new
            .roles
            .iter()
            .filter_map(|role| {
                let profile = profiles.remove(&role.id)?;
                let had = self.old.profiles.iter().any(|p| p.role == role.id);
                (had || !profile.expected.is_empty()).then_some(profile)
            })
            .collect();
        Ok(())
    }

    /// The framework with every edit, expected levels read from competence rows applied (when
    /// there was no matrix to read them with), and competences no longer there taken out of the
    /// profiles.
    fn finish(mut self) -> Result<Framework, ImportError> {
        // Expected levels read from competence rows and not from a matrix: by the role's old
        // index (the area sheets' columns are the export's).
        for ((role, competence), (expectation, _, _)) in std::mem::take(&mut self.expected) {
            let Some(role) = self.old.roles.get(role) else {
                continue;
            };
            if !self.new.roles.iter().any(|r| r.id == role.id) {
                continue;
            }
            let index = match self.new.profiles.iter().position(|p| p.role == role.id) {
                Some(index) => index,
                None => {
                    self.new.profiles.push(Profile {
                        role: role.id.clone(),
                        description: None,
                        expected: BTreeMap::new(),
                    });
                    self.new.profiles.len() - 1
                }
            };
            let profile = &mut self.new.profiles[index];
            match expectation {
                Some(e) => {
                    profile.expected.insert(competence, e);
                }
                None => {
                    profile.expected.remove(&competence);
                }
            }
        }
        let ids: HashSet<String> = self
            .new
            .placed_competences()
            .iter()
            .map(|p| p.competence.id.clone())
            .collect();
        for profile in &mut self.new.profiles {
            profile.expected.retain(|id, _| ids.contains(id));
        }
        Ok(self.new)
    }
}

/// The competences of `rows`, nested under their parents, in row order (linear: the rows are
/// grouped by parent once).
fn nest(rows: &[&RowCompetence]) -> Vec<Competence> {
    let mut children: HashMap<Option<&str>, Vec<usize>> = HashMap::new();
    for (index, row) in rows.iter().enumerate() {
        children
            .entry(row.parent.as_deref())
            .or_default()
            .push(index);
    }
    fn build(
        rows: &[&RowCompetence],
        children: &HashMap<Option<&str>, Vec<usize>>,
        parent: Option<&str>,
        depth: usize,
    ) -> Vec<Competence> {
        let Some(indexes) = children.get(&parent) else {
            return Vec::new();
        };
        if depth > 64 {
            return Vec::new();
        }
        indexes
            .iter()
            .map(|&index| {
                let mut competence = rows[index].competence.clone();
                competence.competences = build(
                    rows,
                    children,
                    Some(rows[index].competence.id.as_str()),
                    depth + 1,
                );
                competence
            })
            .collect()
    }
    build(rows, &children, None, 0)
}

fn empty_competence(id: &str) -> Competence {
    Competence {
        id: id.to_owned(),
        title: String::new(),
        definition: None,
        description: None,
        examples: Vec::new(),
        descriptors: BTreeMap::new(),
        learning_activities: Vec::new(),
        statements: Vec::new(),
        learning_outcomes: Vec::new(),
        competences: Vec::new(),
    }
}

fn status_id(status: Status) -> &'static str {
    match status {
        Status::Draft => "status-draft",
        Status::Adopted => "status-adopted",
        Status::Deprecated => "status-deprecated",
    }
}

pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::Text(t) => format!("\"{t}\""),
        Value::Number(n) => number_text(*n),
        Value::Bool(b) => {
            if *b {
                "TRUE".into()
            } else {
                "FALSE".into()
            }
        }
        Value::DateTime(d) => format!("a date ({d})"),
        Value::Error(e) => format!("the error value {e}"),
        Value::Empty => "nothing".into(),
    }
}

/// A cell's whole number from 0 to 255 (a number, or a text that is one); `None` for anything
/// else (`1.5`, `1.10`, words, an empty cell).
pub(crate) fn whole_number(value: &Value) -> Option<u8> {
    match value {
        Value::Number(n) if n.fract() == 0.0 && (0.0..=255.0).contains(n) => Some(*n as u8),
        Value::Text(t) => t.trim().parse::<u8>().ok(),
        _ => None,
    }
}

/// The text of a cell when it differs from the export's (`Some(None)` for a cleared cell).
pub(crate) fn changed_text(
    sheet: &Sheet,
    export: &Sheet,
    at: CellRef,
) -> Result<Option<Option<String>>, ImportError> {
    let value = cell(sheet, at.row, at.column);
    if same(&value, &cell(export, at.row, at.column)) {
        return Ok(None);
    }
    Ok(Some(text_of(&value, &sheet.name, at)?))
}

pub(crate) fn required(
    text: Option<String>,
    sheet: &str,
    at: CellRef,
    what: &str,
) -> Result<String, ImportError> {
    text.ok_or_else(|| {
        ImportError::new(format!("{what} cannot be empty"))
            .in_sheet(sheet, Some(at))
            .help("write it, or undo the change")
    })
}

/// Where each of the export's first `count` columns is in the file, by its header: a column for
/// which `optional` holds (a role's expected-level column: the role was added after the export)
/// may be missing; any other missing column, and any column the export does not have, is an
/// error.
pub(crate) fn match_columns(
    sheet: &Sheet,
    export: &Sheet,
    count: usize,
    optional: impl Fn(usize) -> bool,
) -> Result<Vec<Option<u16>>, ImportError> {
    let headers = |s: &Sheet| -> Vec<(u16, Value)> {
        s.row(1)
            .map(|row| {
                row.cells
                    .iter()
                    .filter(|c| !c.value.is_empty())
                    .map(|c| (c.at.column, c.value.clone()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mine = headers(sheet);
    let theirs = headers(export);
    let mut used = HashSet::new();
    let mut out = Vec::new();
    for index in 0..count {
        let header = theirs
            .iter()
            .find(|(c, _)| *c as usize == index)
            .map(|(_, v)| v.clone())
            .unwrap_or(Value::Empty);
        let found = mine
            .iter()
            .find(|(c, v)| same(v, &header) && !used.contains(c))
            .map(|(c, _)| *c);
        match found {
            Some(column) => {
                used.insert(column);
                out.push(Some(column));
            }
            None if optional(index) => out.push(None),
            None => {
                return Err(ImportError::new(format!(
                    "the column {} is missing",
                    describe(&header)
                ))
                .in_sheet(
                    &sheet.name,
                    Some(CellRef {
                        row: 1,
                        column: index as u16,
                    }),
                )
                .help("give the column its header back; columns cannot be removed or renamed"));
            }
        }
    }
    if let Some((column, value)) = mine.iter().find(|(c, _)| !used.contains(c)) {
        return Err(ImportError::new(format!("an unknown column {} was added", describe(value)))
            .in_sheet(&sheet.name, Some(CellRef { row: 1, column: *column }))
            .help("remove the column: columns cannot be added (roles are added in the role matrix)"));
    }
    Ok(out)
}

/// The header row must be the export's: a column added, removed or renamed is an error.
pub(crate) fn check_header(sheet: &Sheet, export: &Sheet) -> Result<(), ImportError> {
    let width = |s: &Sheet| {
        s.row(1)
            .and_then(|r| r.cells.last())
            .map_or(0, |c| c.at.column + 1)
    };
    for column in 0..width(sheet).max(width(export)) {
        let at = CellRef { row: 1, column };
        let (mine, theirs) = (cell(sheet, 1, column), cell(export, 1, column));
        if !same(&mine, &theirs) {
            let message = match (&mine, &theirs) {
                (_, Value::Empty) => format!("an unknown column {} was added", describe(&mine)),
                (Value::Empty, _) => format!("the column {} is missing", describe(&theirs)),
                _ => format!(
                    "the column {} is headed {} here",
                    describe(&theirs),
                    describe(&mine)
                ),
            };
            return Err(ImportError::new(message)
                .in_sheet(&sheet.name, Some(at))
                .help("columns cannot be added, removed or renamed (roles are added in the role matrix); export again if the framework changed"));
        }
    }
    Ok(())
}

/// A column the import does not read must be as exported.
pub(crate) fn check_column(sheet: &Sheet, export: &Sheet, column: u16) -> Result<(), ImportError> {
    let last = sheet
        .rows
        .last()
        .map_or(0, |r| r.number)
        .max(export.rows.last().map_or(0, |r| r.number));
    for row in 1..=last {
        let at = CellRef { row, column };
        if !same(&cell(sheet, row, column), &cell(export, row, column)) {
            return Err(
                ImportError::new("this cell is not read back; it must stay as exported")
                    .in_sheet(&sheet.name, Some(at))
                    .help("undo the change; edit it in the YAML"),
            );
        }
    }
    Ok(())
}

/// A sheet the import does not read must be as exported.
fn unchanged(sheet: &Sheet, export: &Sheet) -> Result<(), ImportError> {
    let width = |s: &Sheet| {
        s.rows
            .iter()
            .filter_map(|r| r.cells.last())
            .map(|c| c.at.column + 1)
            .max()
            .unwrap_or(0)
    };
    for column in 0..width(sheet).max(width(export)) {
        check_column(sheet, export, column).map_err(|e| {
            e.help(format!(
                "edits to the sheet \"{}\" are not imported; undo them and edit the YAML",
                sheet.name
            ))
        })?;
    }
    Ok(())
}
