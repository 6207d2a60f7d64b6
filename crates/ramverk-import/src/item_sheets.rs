//! The export's sheets of items read back: statements, learning outcomes, steps and glossary.
//!
//! As in the area sheets, only cells that differ from the export are read; rows are matched to
//! items by their id, and a row's place in the sheet is the item's place in its competence (or
//! in the glossary). A statement or outcome moves to another competence when its competence id
//! cell changes. The level-label column is derived from the level number and not read: a changed
//! label cell is accepted only when it holds the label of the level its row's level number names
//! (so changing both consistently, or leaving a new row's label empty, is fine); any other edit
//! there is refused, naming the cell and the level cell to change instead. Steps are read by
//! position, as the levels are: their label, description and equivalent; their level and step
//! numbers, their levels' labels and how many there are stay as in framework.yaml.

use std::collections::HashMap;

use ramverk_model::{Competence, Dimension, LearningOutcome, Statement, Term};
use ramverk_publish::resolved::rating_scale;
use ramverk_render::messages::Args;
use ramverk_workbook::{CellRef, Sheet, Value};

use crate::cells::split_list;
use crate::error::ImportError;
use crate::own_layout::{
    Edit, cell, changed_text, check_column, check_header, describe, match_columns, required, same,
    text_of, whole_number,
};

/// A column of the statements or learning outcomes sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ItemColumn {
    Competence,
    Id,
    Level,
    LevelLabel,
    Dimension,
    Labels,
    Text,
}

/// What competence statements and learning outcomes have in common, for reading their rows.
pub(crate) trait Item: Clone {
    /// What one is called in messages (`statement`).
    const WHAT: &'static str;
    /// The sheet's columns, as the export writes them (see `framework_sheets`).
    const COLUMNS: &'static [ItemColumn];
    /// A new item with only its id.
    fn empty(id: &str) -> Self;
    fn id(&self) -> &str;
    fn level(&mut self) -> &mut u8;
    fn labels(&mut self) -> &mut Vec<String>;
    fn text(&mut self) -> &mut String;
    fn dimension(&mut self) -> Option<&mut Dimension>;
    /// The competence's items of this kind.
    fn list(competence: &Competence) -> &[Self];
    fn list_mut(competence: &mut Competence) -> &mut Vec<Self>;
}

impl Item for Statement {
    const WHAT: &'static str = "statement";
    const COLUMNS: &'static [ItemColumn] = &[
        ItemColumn::Competence,
        ItemColumn::Id,
        ItemColumn::Level,
        ItemColumn::LevelLabel,
        ItemColumn::Labels,
        ItemColumn::Text,
    ];
    fn empty(id: &str) -> Self {
        Statement {
            id: id.to_owned(),
            level: 0,
            labels: Vec::new(),
            text: String::new(),
        }
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn level(&mut self) -> &mut u8 {
        &mut self.level
    }
    fn labels(&mut self) -> &mut Vec<String> {
        &mut self.labels
    }
    fn text(&mut self) -> &mut String {
        &mut self.text
    }
    fn dimension(&mut self) -> Option<&mut Dimension> {
        None
    }
    fn list(competence: &Competence) -> &[Self] {
        &competence.statements
    }
    fn list_mut(competence: &mut Competence) -> &mut Vec<Self> {
        &mut competence.statements
    }
}

impl Item for LearningOutcome {
    const WHAT: &'static str = "learning outcome";
    const COLUMNS: &'static [ItemColumn] = &[
        ItemColumn::Competence,
        ItemColumn::Id,
        ItemColumn::Level,
        ItemColumn::LevelLabel,
        ItemColumn::Dimension,
        ItemColumn::Labels,
        ItemColumn::Text,
    ];
    fn empty(id: &str) -> Self {
        LearningOutcome {
            id: id.to_owned(),
            level: 0,
            dimension: Dimension::Knowledge,
            labels: Vec::new(),
            text: String::new(),
        }
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn level(&mut self) -> &mut u8 {
        &mut self.level
    }
    fn labels(&mut self) -> &mut Vec<String> {
        &mut self.labels
    }
    fn text(&mut self) -> &mut String {
        &mut self.text
    }
    fn dimension(&mut self) -> Option<&mut Dimension> {
        Some(&mut self.dimension)
    }
    fn list(competence: &Competence) -> &[Self] {
        &competence.learning_outcomes
    }
    fn list_mut(competence: &mut Competence) -> &mut Vec<Self> {
        &mut competence.learning_outcomes
    }
}

/// Whether `id` is an id as the model's schema allows: `^[A-Za-z0-9][A-Za-z0-9._-]*$`.
fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// A new item's id: an error naming the cell when it is not one.
fn new_id(id: &str, what: &str, sheet: &str, at: CellRef) -> Result<(), ImportError> {
    if is_id(id) {
        return Ok(());
    }
    Err(
        ImportError::new(format!("\"{id}\" cannot be a {what}'s id"))
            .in_sheet(sheet, Some(at))
            .help(
                "an id starts with a letter or digit, followed by letters, digits, '.', '_' or '-'",
            ),
    )
}

/// The id in a row's id cell; `None` for an empty row; an error for a row with cells but no id,
/// or an id an earlier row has (`seen` holds the ids so far and their rows).
fn row_id(
    sheet: &Sheet,
    row: u32,
    column: u16,
    what: &str,
    seen: &mut HashMap<String, u32>,
) -> Result<Option<String>, ImportError> {
    let name = sheet.name.as_str();
    let at = CellRef { row, column };
    let Some(id) = text_of(&cell(sheet, row, column), name, at)? else {
        if sheet
            .row(row)
            .is_some_and(|r| r.cells.iter().any(|c| !c.value.is_empty()))
        {
            return Err(ImportError::new(format!("row {row} has no {what} id"))
                .in_sheet(name, Some(at))
                .help(format!("give a new {what} an id that no other has")));
        }
        return Ok(None);
    };
    if let Some(first) = seen.insert(id.clone(), row) {
        return Err(
            ImportError::new(format!("{what} {id} comes twice (first in row {first})"))
                .in_sheet(name, Some(at))
                .help(format!("give each {what} its own id")),
        );
    }
    Ok(Some(id))
}

/// The rows of the export by the id in `column`.
fn exported_rows(export: &Sheet, column: u16) -> HashMap<String, u32> {
    export
        .rows
        .iter()
        .skip(1)
        .filter_map(|r| match cell(export, r.number, column) {
            Value::Text(id) => Some((id, r.number)),
            _ => None,
        })
        .collect()
}

/// Calls `f` on every competence of `competences`, sub-competences after their parent.
fn each_competence(competences: &mut [Competence], f: &mut impl FnMut(&mut Competence)) {
    for competence in competences {
        f(competence);
        each_competence(&mut competence.competences, f);
    }
}

impl Edit<'_> {
    /// Statements or learning outcomes: edited, added, removed, moved to another competence, in
    /// the sheet's order within each competence.
    pub(crate) fn item_rows<T: Item>(
        &mut self,
        sheet: &Sheet,
        export: &Sheet,
    ) -> Result<(), ImportError> {
        let name = sheet.name.as_str();
        let columns = T::COLUMNS;
        let user_columns: Vec<u16> = match_columns(sheet, export, columns.len(), |_| false)?
            .into_iter()
            .flatten()
            .collect();
        let column_of = |kind: ItemColumn| {
            let index = columns.iter().position(|c| *c == kind).unwrap_or(0);
            user_columns.get(index).copied().unwrap_or(index as u16)
        };
        let exported = exported_rows(export, 1);
        let old_framework = self.old;
        let placed = old_framework.placed_competences();
        let old: HashMap<&str, (&str, &T)> = placed
            .iter()
            .flat_map(|p| {
                T::list(p.competence)
                    .iter()
                    .map(move |item| (item.id(), (p.competence.id.as_str(), item)))
            })
            .collect();
        let competences: Vec<String> = self
            .new
            .placed_competences()
            .iter()
            .map(|p| p.competence.id.clone())
            .collect();
        let mut seen = HashMap::new();
        let mut rows: Vec<(String, T)> = Vec::new();
        for row in sheet.rows.iter().skip(1) {
            let Some(id) = row_id(
                sheet,
                row.number,
                column_of(ItemColumn::Id),
                T::WHAT,
                &mut seen,
            )?
            else {
                continue;
            };
            let export_row = exported.get(&id).copied();
            let (mut competence, mut item) = match old.get(id.as_str()) {
                Some((competence, item)) => ((*competence).to_owned(), (*item).clone()),
                None => {
                    let at = CellRef {
                        row: row.number,
                        column: column_of(ItemColumn::Id),
                    };
                    new_id(&id, T::WHAT, name, at)?;
                    (String::new(), T::empty(&id))
                }
            };
            for (index, kind) in columns.iter().enumerate() {
                let at = CellRef {
                    row: row.number,
                    column: user_columns[index],
                };
                let value = cell(sheet, row.number, at.column);
                if export_row.is_some_and(|r| same(&value, &cell(export, r, index as u16))) {
                    continue; // unchanged
                }
                match kind {
                    ItemColumn::Id => {}
                    ItemColumn::Competence => {
                        competence =
                            required(text_of(&value, name, at)?, name, at, "the competence id")?;
                    }
                    ItemColumn::Level => {
                        *item.level() = self.item_level(&value, T::WHAT, name, at)?
                    }
                    ItemColumn::LevelLabel => {
                        let level_at = CellRef {
                            row: row.number,
                            column: column_of(ItemColumn::Level),
                        };
                        self.level_label(
                            &value,
                            *item.level(),
                            export_row.is_none(),
                            name,
                            at,
                            level_at,
                        )?;
                    }
                    ItemColumn::Dimension => {
                        if let Some(dimension) = item.dimension() {
                            *dimension = self.dimension(&value, name, at)?;
                        }
                    }
                    ItemColumn::Labels => {
                        *item.labels() = text_of(&value, name, at)?
                            .map(|text| split_list(&text, ","))
                            .unwrap_or_default();
                    }
                    ItemColumn::Text => {
                        *item.text() = required(
                            text_of(&value, name, at)?,
                            name,
                            at,
                            &format!("a {}'s text", T::WHAT),
                        )?;
                    }
                }
            }
            if !competences.contains(&competence) {
                return Err(ImportError::new(format!("there is no competence {competence}"))
                    .in_sheet(
                        name,
                        Some(CellRef {
                            row: row.number,
                            column: column_of(ItemColumn::Competence),
                        }),
                    )
                    .help(format!(
                        "write the id of a competence of the area sheets; when a competence is removed, remove the rows of its {}s too",
                        T::WHAT
                    )));
            }
            rows.push((competence, item));
        }
        let mut by_competence: HashMap<String, Vec<T>> = HashMap::new();
        for (competence, item) in rows {
            by_competence.entry(competence).or_default().push(item);
        }
        for area in &mut self.new.areas {
            each_competence(&mut area.competences, &mut |competence| {
                *T::list_mut(competence) = by_competence.remove(&competence.id).unwrap_or_default();
            });
        }
        Ok(())
    }

    /// A statement's or outcome's level: a whole number that is a level of the rating scale.
    fn item_level(
        &self,
        value: &Value,
        what: &str,
        sheet: &str,
        at: CellRef,
    ) -> Result<u8, ImportError> {
        match whole_number(value) {
            Some(rank) => self.scale_level(rank, sheet, at),
            None => Err(ImportError::new(match value {
                Value::Empty => format!("the {what} has no level"),
                Value::Text(t) if t.trim().is_empty() => format!("the {what} has no level"),
                _ => format!(
                    "a level is the whole number of a level of the rating scale, not {}",
                    describe(value)
                ),
            })
            .in_sheet(sheet, Some(at))
            .help(format!("write one of {}", self.ranks()))),
        }
    }

    /// A changed level-label cell: accepted when it is the label of level `rank` (as exported or
    /// as edited in the levels sheet), or empty in a new row; refused otherwise.
    fn level_label(
        &self,
        value: &Value,
        rank: u8,
        new_row: bool,
        sheet: &str,
        at: CellRef,
        level_at: CellRef,
    ) -> Result<(), ImportError> {
        let text = text_of(value, sheet, at)?;
        let label_of = |framework| {
            rating_scale(framework)
                .and_then(|scale| scale.level(rank))
                .map(|level| level.label.as_str())
        };
        let consistent = match text.as_deref().map(str::trim) {
            None => new_row,
            Some(text) => label_of(self.old) == Some(text) || label_of(&self.new) == Some(text),
        };
        if consistent {
            return Ok(());
        }
        Err(ImportError::new(
            "the level label is not read back: it is the label of the level number beside it",
        )
        .in_sheet(sheet, Some(at))
        .help(format!(
            "undo the change, and change the level number in cell {level_at} instead (level labels are edited in the levels sheet)"
        )))
    }

    /// A learning outcome's dimension: the word the export writes for it, in the framework's
    /// language.
    fn dimension(&self, value: &Value, sheet: &str, at: CellRef) -> Result<Dimension, ImportError> {
        let words: Vec<(Dimension, String)> = Dimension::ALL
            .into_iter()
            .map(|dimension| {
                let word = self.messages.format(
                    "dimension-word",
                    Args::new().text("dimension", dimension.name()),
                );
                (dimension, word)
            })
            .collect();
        let text = text_of(value, sheet, at)?.unwrap_or_default();
        words
            .iter()
            .find(|(_, word)| word == text.trim())
            .map(|(dimension, _)| *dimension)
            .ok_or_else(|| {
                let listed: Vec<&str> = words.iter().map(|(_, word)| word.as_str()).collect();
                let message = if text.trim().is_empty() {
                    "the learning outcome has no dimension".to_owned()
                } else {
                    format!("{} is not a dimension", describe(value))
                };
                ImportError::new(message)
                    .in_sheet(sheet, Some(at))
                    .help(format!("write one of {}", listed.join(", ")))
            })
    }

    /// The rating scale's steps: each step's label, description and equivalent, by position.
    pub(crate) fn steps_sheet(&mut self, sheet: &Sheet, export: &Sheet) -> Result<(), ImportError> {
        let name = sheet.name.as_str();
        check_header(sheet, export)?;
        let last = export.rows.last().map_or(0, |r| r.number);
        let has_cells = |row: u32| {
            sheet
                .row(row)
                .is_some_and(|r| r.cells.iter().any(|c| !c.value.is_empty()))
        };
        let to_yaml = "steps are added and removed in framework.yaml, under their level";
        if let Some(extra) = sheet
            .rows
            .iter()
            .find(|r| r.number > last && has_cells(r.number))
        {
            return Err(ImportError::new("rows were added below the steps")
                .in_sheet(
                    name,
                    Some(CellRef {
                        row: extra.number,
                        column: 0,
                    }),
                )
                .help(to_yaml));
        }
        if let Some(gone) = export.rows.iter().skip(1).find(|r| !has_cells(r.number)) {
            return Err(ImportError::new("a step's row was removed or emptied")
                .in_sheet(
                    name,
                    Some(CellRef {
                        row: gone.number,
                        column: 0,
                    }),
                )
                .help(format!("put the row back: {to_yaml}")));
        }
        for column in [0, 1, 2] {
            check_column(sheet, export, column).map_err(|e| {
                e.help("level and step numbers and level labels are not edited here: undo the change (a level's label is edited in the levels sheet, steps in framework.yaml)")
            })?;
        }
        let Some(scale_id) = self.old.rating_scale.as_deref() else {
            return Ok(());
        };
        let Some(scale) = self.new.scales.iter_mut().find(|s| s.id == scale_id) else {
            return Ok(());
        };
        let mut row = 2;
        for level in &mut scale.levels {
            for step in &mut level.steps {
                let fields = [
                    (3, &mut step.label),
                    (4, &mut step.description),
                    (5, &mut step.equivalent),
                ];
                for (column, field) in fields {
                    if let Some(text) = changed_text(sheet, export, CellRef { row, column })? {
                        *field = text;
                    }
                }
                row += 1;
            }
        }
        Ok(())
    }

    /// The glossary: terms edited, added (with a new id) and removed, in the sheet's order.
    pub(crate) fn glossary_sheet(
        &mut self,
        sheet: &Sheet,
        export: &Sheet,
    ) -> Result<(), ImportError> {
        let name = sheet.name.as_str();
        let columns: Vec<u16> = match_columns(sheet, export, 3, |_| false)?
            .into_iter()
            .flatten()
            .collect();
        let exported = exported_rows(export, 0);
        let old: HashMap<&str, &Term> = self
            .old
            .glossary
            .iter()
            .map(|term| (term.id.as_str(), term))
            .collect();
        let mut seen = HashMap::new();
        let mut terms = Vec::new();
        for row in sheet.rows.iter().skip(1) {
            let Some(id) = row_id(sheet, row.number, columns[0], "term", &mut seen)? else {
                continue;
            };
            let export_row = exported.get(&id).copied();
            let mut term = match old.get(id.as_str()) {
                Some(term) => (*term).clone(),
                None => {
                    let at = CellRef {
                        row: row.number,
                        column: columns[0],
                    };
                    new_id(&id, "term", name, at)?;
                    Term {
                        id,
                        term: String::new(),
                        explanation: String::new(),
                    }
                }
            };
            let fields = [
                (1, &mut term.term, "a term"),
                (2, &mut term.explanation, "a term's explanation"),
            ];
            for (index, field, what) in fields {
                let at = CellRef {
                    row: row.number,
                    column: columns[index],
                };
                let value = cell(sheet, row.number, at.column);
                if export_row.is_some_and(|r| same(&value, &cell(export, r, index as u16))) {
                    continue;
                }
                *field = required(text_of(&value, name, at)?, name, at, what)?;
            }
            terms.push(term);
        }
        self.new.glossary = terms;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_schemas() {
        for id in ["CS1.1.01", "ai-system", "a_b", "1", "LO1.1.01"] {
            assert!(is_id(id), "{id}");
        }
        for id in ["", "-a", ".a", "CS 1", "é", "a/b", "a:b"] {
            assert!(!is_id(id), "{id}");
        }
    }

    #[test]
    fn labels_are_split_trimmed_and_empties_dropped() {
        assert_eq!(
            split_list(" AI-Explicit, ,Ethics ,", ","),
            ["AI-Explicit", "Ethics"]
        );
        assert!(split_list(" , ", ",").is_empty());
    }

    #[test]
    fn levels_are_whole_numbers() {
        assert_eq!(whole_number(&Value::Number(2.0)), Some(2));
        assert_eq!(whole_number(&Value::Text(" 3 ".into())), Some(3));
        for value in [
            Value::Number(1.5),
            Value::Number(-1.0),
            Value::Number(256.0),
            Value::Text("1.10".into()),
            Value::Text("two".into()),
            Value::Empty,
        ] {
            assert_eq!(whole_number(&value), None, "{value:?}");
        }
    }
}
