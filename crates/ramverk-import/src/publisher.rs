//! A framework built from a publisher's workbook through a mapping: the mapping's fixed fields,
//! then each table's rows as levels, areas and competences, descriptors, statements, learning
//! outcomes and glossary terms.

use std::collections::HashMap;

use ramverk_model::{
    Area, Competence, Dimension, Framework, LearningOutcome, Level, Statement, Step, Term,
};
use ramverk_source::suggest::did_you_mean;
use ramverk_workbook::{CellRef, Kind, Row, Workbook};

use crate::cells::{Resolved, View};
use crate::error::ImportError;
use crate::mapping::{Mapping, Table, TableKind};

/// Builds the framework `mapping` describes from `workbook`, a file of `kind` (a CSV file's one
/// sheet answers to any sheet name).
pub fn build(mapping: &Mapping, workbook: &Workbook, kind: Kind) -> Result<Framework, ImportError> {
    let mut framework: Framework =
        serde_json::from_value(serde_json::Value::Object(mapping.framework.clone())).map_err(
            |error| {
                ImportError::new(format!(
                    "`framework` is not a framework's own fields: {error}"
                ))
                .in_mapping(mapping.framework_at)
                .help("give the fields of framework.yaml the workbook does not hold: id, title, version, language, status, publisher (see docs/format.md)")
            },
        )?;
    let mut builder = Builder {
        framework: &mut framework,
        competences: HashMap::new(),
    };
    for table in &mapping.tables {
        let sheet = sheet(workbook, kind, table)?;
        let view = View::new(sheet, table)?;
        let name = sheet.name.as_str();
        match table.kind {
            TableKind::Levels => builder.levels(table, &view, name)?,
            TableKind::Competences => builder.competences(table, &view, name)?,
            TableKind::Descriptors => builder.descriptors(table, &view, name)?,
            TableKind::Statements => builder.statements(table, &view, name)?,
            TableKind::LearningOutcomes => builder.outcomes(table, &view, name)?,
            TableKind::Glossary => builder.glossary(table, &view, name)?,
        }
    }
    Ok(framework)
}

/// The sheet a table names; a CSV file's one sheet answers to any name.
fn sheet<'a>(
    workbook: &'a Workbook,
    kind: Kind,
    table: &Table,
) -> Result<&'a ramverk_workbook::Sheet, ImportError> {
    if let [only] = workbook.sheets.as_slice()
        && kind == Kind::Csv
    {
        return Ok(only);
    }
    workbook.sheet(&table.sheet).ok_or_else(|| {
        let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
        let error = ImportError::new(format!("the workbook has no sheet \"{}\"", table.sheet))
            .in_mapping(table.at);
        match did_you_mean(&table.sheet, names.iter().copied()) {
            Some(near) => error.help(format!("did you mean \"{near}\"?")),
            None => error.help(format!("its sheets are: {}", names.join(", "))),
        }
    })
}

/// The columns a table maps, resolved against its sheet, by `group.name`.
struct Columns {
    by_name: Vec<(&'static str, &'static str, Resolved)>,
}

impl Columns {
    fn of(table: &Table, view: &View) -> Result<Columns, ImportError> {
        let by_name = table
            .fields
            .iter()
            .map(|mapped| {
                Ok((
                    mapped.def.group,
                    mapped.def.name,
                    view.resolve(&mapped.column, table.header_row)?,
                ))
            })
            .collect::<Result<_, ImportError>>()?;
        Ok(Columns { by_name })
    }

    fn get(&self, group: &str, name: &str) -> Option<&Resolved> {
        self.by_name
            .iter()
            .find(|(g, n, _)| *g == group && *n == name)
            .map(|(_, _, resolved)| resolved)
    }

    /// Whether every mapped cell of the row is empty (a blank row between blocks).
    fn row_is_empty(&self, sheet: &str, row: &Row) -> bool {
        self.by_name
            .iter()
            .all(|(_, _, resolved)| matches!(resolved.text(sheet, row), Ok(None)))
    }

    /// The text of an optional field.
    fn text(
        &self,
        sheet: &str,
        row: &Row,
        group: &str,
        name: &str,
    ) -> Result<Option<(String, CellRef)>, ImportError> {
        match self.get(group, name) {
            Some(resolved) => resolved.text(sheet, row),
            None => Ok(None),
        }
    }

    /// The text of a required field; an empty cell is an error.
    fn required(
        &self,
        sheet: &str,
        row: &Row,
        group: &str,
        name: &str,
    ) -> Result<(String, CellRef), ImportError> {
        let Some(resolved) = self.get(group, name) else {
            return Err(ImportError::new(format!(
                "the mapping does not map `{name}`"
            )));
        };
        resolved.text(sheet, row)?.ok_or_else(|| {
            let what = if group.is_empty() {
                name.to_owned()
            } else {
                format!("{group} {name}")
            };
            ImportError::new(format!("row {} has no {what}", row.number))
                .in_sheet(sheet, Some(self.cell_of(resolved, row)))
                .in_mapping(resolved.mapping_position())
                .help("fill in the cell, or delete the row if it holds nothing")
        })
    }

    fn cell_of(&self, resolved: &Resolved, row: &Row) -> CellRef {
        resolved.first_column().map_or(
            CellRef {
                row: row.number,
                column: 0,
            },
            |column| CellRef {
                row: row.number,
                column,
            },
        )
    }

    /// A whole number (a rank) from an optional field.
    fn number(
        &self,
        sheet: &str,
        row: &Row,
        group: &str,
        name: &str,
    ) -> Result<Option<(u8, CellRef)>, ImportError> {
        let Some((text, at)) = self.text(sheet, row, group, name)? else {
            return Ok(None);
        };
        match text.trim().parse::<u8>() {
            Ok(rank) => Ok(Some((rank, at))),
            Err(_) => Err(ImportError::new(format!(
                "\"{text}\" is not a whole number from 0 to 255, where {} {name} belongs",
                if group.is_empty() { "the" } else { group }
            ))
            .in_sheet(sheet, Some(at))),
        }
    }
}

/// Where a competence built from a row is, to find it again by id.
#[derive(Debug, Clone)]
struct Place {
    area: usize,
    /// Indexes into nested `competences` lists, outermost first.
    path: Vec<usize>,
    at: (String, CellRef),
}

struct Builder<'f> {
    framework: &'f mut Framework,
    competences: HashMap<String, Place>,
}

impl Builder<'_> {
    fn competence_mut(&mut self, place: &Place) -> &mut Competence {
        let area = &mut self.framework.areas[place.area];
        let mut list = &mut area.competences;
        let (last, outer) = place.path.split_last().expect("a place has a path");
        for index in outer {
            list = &mut list[*index].competences;
        }
        &mut list[*last]
    }

    fn levels(&mut self, table: &Table, view: &View, sheet: &str) -> Result<(), ImportError> {
        let columns = Columns::of(table, view)?;
        let scale_id = table.scale.clone().unwrap_or_default();
        let Some(scale) = self.framework.scales.iter_mut().find(|s| s.id == scale_id) else {
            return Err(ImportError::new(format!(
                "table `levels` fills scale `{scale_id}`, which `framework` does not define"
            ))
            .in_mapping(table.at)
            .help(format!(
                "add it under `framework: scales:` with its id and title: `- {{id: {scale_id}, title: …, levels: []}}`"
            )));
        };
        if !scale.levels.is_empty() {
            return Err(ImportError::new(format!(
                "scale `{scale_id}` already has levels in `framework`; table `levels` would add to them"
            ))
            .in_mapping(table.at)
            .help("write `levels: []` for the scale under `framework`, and let the table give them"));
        }
        let mut levels: Vec<(Level, CellRef)> = Vec::new();
        let has_steps = table.has_group("step");
        for row in &view.rows {
            if columns.row_is_empty(sheet, row) {
                continue;
            }
            let (label, label_at) = columns.required(sheet, row, "level", "label")?;
            let rank = columns.number(sheet, row, "level", "rank")?;
            let description = columns.text(sheet, row, "level", "description")?;
            let purpose = columns.text(sheet, row, "level", "purpose")?;
            let same_level = levels.last().is_some_and(|(level, _)| level.label == label);
            if !same_level {
                if let Some((earlier, earlier_at)) =
                    levels.iter().find(|(level, _)| level.label == label)
                {
                    return Err(ImportError::new(format!(
                        "level \"{}\" comes again after other levels (first in {earlier_at})",
                        earlier.label
                    ))
                    .in_sheet(sheet, Some(label_at))
                    .help("keep the rows of one level together"));
                }
                let rank = match rank {
                    Some((rank, _)) => rank,
                    None => u8::try_from(levels.len() + 1).map_err(|_| {
                        ImportError::new("more than 255 levels").in_sheet(sheet, Some(label_at))
                    })?,
                };
                levels.push((
                    Level {
                        rank,
                        label: label.clone(),
                        description: description.clone().map(|(text, _)| text),
                        purpose: purpose.clone().map(|(text, _)| text),
                        steps: Vec::new(),
                    },
                    label_at,
                ));
            } else if let Some((level, first_at)) = levels.last() {
                agree(
                    sheet,
                    "level description",
                    &level.description,
                    &description,
                    *first_at,
                )?;
                agree(sheet, "level purpose", &level.purpose, &purpose, *first_at)?;
                if let Some((other, at)) = rank.filter(|(r, _)| *r != level.rank) {
                    return Err(disagree(
                        sheet,
                        "level rank",
                        &level.rank.to_string(),
                        &other.to_string(),
                        *first_at,
                        at,
                    ));
                }
            }
            if has_steps {
                let Some((step_rank, _)) = columns.number(sheet, row, "step", "rank")? else {
                    let resolved = columns.get("step", "rank");
                    return Err(
                        ImportError::new(format!("row {} has no step rank", row.number))
                            .in_sheet(sheet, resolved.map(|r| columns.cell_of(r, row)))
                            .help("give every row its step's rank"),
                    );
                };
                let step = Step {
                    rank: step_rank,
                    label: columns.text(sheet, row, "step", "label")?.map(|(t, _)| t),
                    description: columns
                        .text(sheet, row, "step", "description")?
                        .map(|(t, _)| t),
                    equivalent: columns
                        .text(sheet, row, "step", "equivalent")?
                        .map(|(t, _)| t),
                };
                if let Some((level, _)) = levels.last_mut() {
                    level.steps.push(step);
                }
            }
        }
        scale.levels = levels.into_iter().map(|(level, _)| level).collect();
        Ok(())
    }

    fn competences(&mut self, table: &Table, view: &View, sheet: &str) -> Result<(), ImportError> {
        let columns = Columns::of(table, view)?;
        let mut areas: HashMap<String, (usize, CellRef)> = self
            .framework
            .areas
            .iter()
            .enumerate()
            .map(|(index, area)| (area.id.clone(), (index, CellRef { row: 0, column: 0 })))
            .collect();
        for row in &view.rows {
            if columns.row_is_empty(sheet, row) {
                continue;
            }
            let (area_id, area_at) = columns.required(sheet, row, "area", "id")?;
            let (area_title, title_at) = columns.required(sheet, row, "area", "title")?;
            let description = columns.text(sheet, row, "area", "description")?;
            let motivation = columns.text(sheet, row, "area", "motivation")?;
            let area_index = match areas.get(&area_id) {
                Some((index, first_at)) => {
                    let area = &self.framework.areas[*index];
                    agree(
                        sheet,
                        &format!("title of area {area_id}"),
                        &Some(area.title.clone()),
                        &Some((area_title, title_at)),
                        *first_at,
                    )?;
                    agree(
                        sheet,
                        &format!("description of area {area_id}"),
                        &area.description,
                        &description,
                        *first_at,
                    )?;
                    agree(
                        sheet,
                        &format!("motivation of area {area_id}"),
                        &area.motivation,
                        &motivation,
                        *first_at,
                    )?;
                    *index
                }
                None => {
                    self.framework.areas.push(Area {
                        id: area_id.clone(),
                        title: area_title,
                        description: description.map(|(t, _)| t),
                        motivation: motivation.map(|(t, _)| t),
                        restricted_to: Vec::new(),
                        competences: Vec::new(),
                    });
                    let index = self.framework.areas.len() - 1;
                    areas.insert(area_id.clone(), (index, area_at));
                    index
                }
            };
            let (id, id_at) = columns.required(sheet, row, "competence", "id")?;
            if let Some(earlier) = self.competences.get(&id) {
                return Err(ImportError::new(format!(
                    "competence {id} is defined again (first in sheet \"{}\", cell {})",
                    earlier.at.0, earlier.at.1
                ))
                .in_sheet(sheet, Some(id_at))
                .help("give each competence its own id, or delete the repeated row"));
            }
            let competence = Competence {
                id: id.clone(),
                title: columns.required(sheet, row, "competence", "title")?.0,
                definition: columns
                    .text(sheet, row, "competence", "definition")?
                    .map(|(t, _)| t),
                description: columns
                    .text(sheet, row, "competence", "description")?
                    .map(|(t, _)| t),
                examples: match columns.get("competence", "examples") {
                    Some(resolved) => resolved
                        .list(sheet, row)?
                        .map(|(l, _)| l)
                        .unwrap_or_default(),
                    None => Vec::new(),
                },
                descriptors: Default::default(),
                learning_activities: Vec::new(),
                statements: Vec::new(),
                learning_outcomes: Vec::new(),
                competences: Vec::new(),
            };
            let parent = columns.text(sheet, row, "competence", "parent")?;
            let place = match parent {
                None => {
                    let list = &mut self.framework.areas[area_index].competences;
                    list.push(competence);
                    Place {
                        area: area_index,
                        path: vec![list.len() - 1],
                        at: (sheet.to_owned(), id_at),
                    }
                }
                Some((parent_id, parent_at)) => {
                    let Some(parent) = self.competences.get(&parent_id).cloned() else {
                        return Err(ImportError::new(format!(
                            "competence {id} is part of {parent_id}, which no earlier row defines"
                        ))
                        .in_sheet(sheet, Some(parent_at))
                        .help("list a competence before the ones that are part of it"));
                    };
                    if parent.area != area_index {
                        return Err(ImportError::new(format!(
                            "competence {id} is in area {area_id}, but the competence it is part of, {parent_id}, is in another area"
                        ))
                        .in_sheet(sheet, Some(parent_at)));
                    }
                    let list = &mut self.competence_mut(&parent).competences;
                    list.push(competence);
                    let mut path = parent.path.clone();
                    path.push(list.len() - 1);
                    Place {
                        area: area_index,
                        path,
                        at: (sheet.to_owned(), id_at),
                    }
                }
            };
            self.competences.insert(id, place);
        }
        Ok(())
    }

    /// The competence a row belongs to, by its `competence` column.
    fn owner(&self, columns: &Columns, sheet: &str, row: &Row) -> Result<Place, ImportError> {
        let (id, at) = columns.required(sheet, row, "", "competence")?;
        self.competences.get(&id).cloned().ok_or_else(|| {
            let error = ImportError::new(format!("no competence {id} is defined"))
                .in_sheet(sheet, Some(at));
            let ids: Vec<&str> = self.competences.keys().map(String::as_str).collect();
            match did_you_mean(&id, ids.iter().copied()) {
                Some(near) => error.help(format!("did you mean {near}?")),
                None if ids.is_empty() => {
                    error.help("map the `competences` table, which defines them")
                }
                None => error.help("the competences come from the `competences` table"),
            }
        })
    }

    /// The rank of the rating-scale level a row's `level` column names (a rank or a label).
    fn level(&self, columns: &Columns, sheet: &str, row: &Row) -> Result<u8, ImportError> {
        let (text, at) = columns.required(sheet, row, "", "level")?;
        let scale = self
            .framework
            .rating_scale
            .as_deref()
            .and_then(|id| self.framework.scales.iter().find(|s| s.id == id));
        let Some(scale) = scale else {
            return Err(ImportError::new(format!(
                "row {} names level \"{text}\", but the framework has no rating scale",
                row.number
            ))
            .in_sheet(sheet, Some(at))
            .help("set `rating_scale` under `framework` to the scale the `levels` table fills"));
        };
        if let Ok(rank) = text.trim().parse::<u8>()
            && scale.level(rank).is_some()
        {
            return Ok(rank);
        }
        scale
            .levels
            .iter()
            .find(|level| level.label.trim() == text.trim())
            .map(|level| level.rank)
            .ok_or_else(|| {
                let labels: Vec<String> = scale
                    .levels
                    .iter()
                    .map(|l| format!("\"{}\"", l.label.trim()))
                    .collect();
                ImportError::new(format!("\"{text}\" is not a level of scale `{}`", scale.id))
                    .in_sheet(sheet, Some(at))
                    .help(format!(
                        "its levels are {} (or their ranks)",
                        labels.join(", ")
                    ))
            })
    }

    /// Calls `f` with every row of the table that maps something (blank rows are passed over).
    fn each_row(
        &mut self,
        table: &Table,
        view: &View,
        sheet: &str,
        mut f: impl FnMut(&mut Self, &Columns, &Row) -> Result<(), ImportError>,
    ) -> Result<(), ImportError> {
        let columns = Columns::of(table, view)?;
        for row in &view.rows {
            if !columns.row_is_empty(sheet, row) {
                f(self, &columns, row)?;
            }
        }
        Ok(())
    }

    fn descriptors(&mut self, table: &Table, view: &View, sheet: &str) -> Result<(), ImportError> {
        self.each_row(table, view, sheet, |this, columns, row| {
            let place = this.owner(columns, sheet, row)?;
            let rank = this.level(columns, sheet, row)?;
            let (text, at) = columns.required(sheet, row, "", "text")?;
            let competence = this.competence_mut(&place);
            if competence.descriptors.insert(rank, text).is_some() {
                return Err(ImportError::new(format!(
                    "competence {} has a second descriptor for level {rank}",
                    competence.id
                ))
                .in_sheet(sheet, Some(at)));
            }
            Ok(())
        })
    }

    fn statements(&mut self, table: &Table, view: &View, sheet: &str) -> Result<(), ImportError> {
        let mut seen = HashMap::new();
        self.each_row(table, view, sheet, |this, columns, row| {
            let place = this.owner(columns, sheet, row)?;
            let id = identified(columns, sheet, row, &mut seen, "statement")?;
            let statement = Statement {
                level: this.level(columns, sheet, row)?,
                labels: labels(columns, sheet, row)?,
                text: columns.required(sheet, row, "", "text")?.0,
                id,
            };
            this.competence_mut(&place).statements.push(statement);
            Ok(())
        })
    }

    fn outcomes(&mut self, table: &Table, view: &View, sheet: &str) -> Result<(), ImportError> {
        let mut seen = HashMap::new();
        self.each_row(table, view, sheet, |this, columns, row| {
            let place = this.owner(columns, sheet, row)?;
            let id = identified(columns, sheet, row, &mut seen, "learning outcome")?;
            let (dimension, dimension_at) = columns.required(sheet, row, "", "dimension")?;
            let dimension = Dimension::ALL
                .into_iter()
                .find(|d| d.name() == dimension)
                .ok_or_else(|| {
                    ImportError::new(format!(
                        "\"{dimension}\" is not a dimension: knowledge, skill or attitude"
                    ))
                    .in_sheet(sheet, Some(dimension_at))
                    .help("map the workbook's words with `values:`, e.g. `dimension: {column: Type, values: {Knowledge: knowledge, Skill: skill, Attitude: attitude}}`")
                })?;
            let outcome = LearningOutcome {
                level: this.level(columns, sheet, row)?,
                dimension,
                labels: labels(columns, sheet, row)?,
                text: columns.required(sheet, row, "", "text")?.0,
                id,
            };
            this.competence_mut(&place).learning_outcomes.push(outcome);
            Ok(())
        })
    }

    fn glossary(&mut self, table: &Table, view: &View, sheet: &str) -> Result<(), ImportError> {
        let mut seen = HashMap::new();
        self.each_row(table, view, sheet, |this, columns, row| {
            let id = identified(columns, sheet, row, &mut seen, "glossary term")?;
            this.framework.glossary.push(Term {
                id,
                term: columns.required(sheet, row, "", "term")?.0,
                explanation: columns.required(sheet, row, "", "explanation")?.0,
            });
            Ok(())
        })
    }
}

/// A row's id, refused when an earlier row of the table has it.
fn identified(
    columns: &Columns,
    sheet: &str,
    row: &Row,
    seen: &mut HashMap<String, CellRef>,
    kind: &str,
) -> Result<String, ImportError> {
    let (id, at) = columns.required(sheet, row, "", "id")?;
    once(seen, kind, &id, at, sheet)?;
    Ok(id)
}

fn labels(columns: &Columns, sheet: &str, row: &Row) -> Result<Vec<String>, ImportError> {
    match columns.get("", "labels") {
        Some(resolved) => Ok(resolved
            .list(sheet, row)?
            .map(|(l, _)| l)
            .unwrap_or_default()),
        None => Ok(Vec::new()),
    }
}

/// Refuses an id seen before in the same table.
fn once(
    seen: &mut HashMap<String, CellRef>,
    kind: &str,
    id: &str,
    at: CellRef,
    sheet: &str,
) -> Result<(), ImportError> {
    if let Some(first) = seen.insert(id.to_owned(), at) {
        return Err(ImportError::new(format!(
            "{kind} {id} is defined again (first in cell {first})"
        ))
        .in_sheet(sheet, Some(at))
        .help(format!("give each {kind} its own id")));
    }
    Ok(())
}

/// Rows that repeat a value (an area's title on every competence row) must agree.
fn agree(
    sheet: &str,
    what: &str,
    kept: &Option<String>,
    again: &Option<(String, CellRef)>,
    first_at: CellRef,
) -> Result<(), ImportError> {
    match (kept, again) {
        (Some(kept), Some((text, at))) if kept != text => {
            Err(disagree(sheet, what, kept, text, first_at, *at))
        }
        _ => Ok(()),
    }
}

fn disagree(
    sheet: &str,
    what: &str,
    kept: &str,
    again: &str,
    first_at: CellRef,
    at: CellRef,
) -> ImportError {
    let first = if first_at.row == 0 {
        "the framework".to_owned()
    } else {
        format!("row {}", first_at.row)
    };
    ImportError::new(format!(
        "the {what} is \"{again}\" here but \"{kept}\" in {first}"
    ))
    .in_sheet(sheet, Some(at))
    .help("rows that repeat a value must repeat it exactly")
}
