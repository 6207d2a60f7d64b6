//! The framework as rows of cells, shared by the CSV and XLSX exports: one row per competence, or
//! one per role and competence, with column headers in the document's language.

use ramverk_model::{Area, Framework, LearningActivity, Placed};
use ramverk_render::language::Language;
use ramverk_render::messages::{Args, Messages};

use crate::export_error::ExportError;
use crate::resolved::{Expected, ExpectedStatus, descriptor_ranks, expected, rating_scale};

/// One cell: a text, or a number a spreadsheet can count with (an expected level).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Number(u8),
}

impl Cell {
    /// The cell as text (a number in digits).
    pub fn text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Number(number) => number.to_string(),
        }
    }
}

/// A row of a table, with the id of the area it belongs to.
#[derive(Debug, Clone)]
pub struct Row {
    pub area: String,
    pub cells: Vec<Cell>,
}

/// A table: its column headers and its rows.
#[derive(Debug, Clone)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// How many columns of [`competence_table`] come before the competence's own: area id and title.
pub const AREA_COLUMNS: usize = 2;

/// The messages for the texts of `framework` (its language, which is the `--lang` one once
/// localized).
pub fn messages_for(framework: &Framework) -> Result<&'static Messages, ExportError> {
    Ok(crate::templates::messages(Language::of(
        &framework.language,
    ))?)
}

/// One row per competence, in document order (sub-competences after their parent): area id, area,
/// competence id, the competence it is part of, competence, definition, description, examples,
/// learning activities, one column per level of the rating scale with the competence's
/// descriptor, and one column per role with its expected level.
pub fn competence_table(framework: &Framework) -> Result<Table, ExportError> {
    let messages = messages_for(framework)?;
    let ranks = descriptor_ranks(framework);
    let scale = rating_scale(framework);
    let mut header: Vec<String> = [
        "export-area-id",
        "export-area",
        "export-competence-id",
        "export-parent-id",
        "export-competence",
        "export-definition",
        "export-description",
        "export-examples",
        "export-learning-activities",
    ]
    .iter()
    .map(|id| messages.get(id))
    .collect();
    for rank in &ranks {
        header.push(level_header(messages, framework, *rank));
    }
    for role in &framework.roles {
        header.push(messages.format(
            "export-expected-column",
            Args::new().text("role", role.title.as_str()),
        ));
    }
    let mut rows = Vec::new();
    for (area, placed) in competences(framework) {
        let competence = placed.competence;
        let mut cells = vec![
            Cell::Text(area.id.clone()),
            Cell::Text(area.title.clone()),
            Cell::Text(competence.id.clone()),
            Cell::Text(placed.parent.unwrap_or_default().to_owned()),
            Cell::Text(competence.title.clone()),
            Cell::Text(competence.definition.clone().unwrap_or_default()),
            Cell::Text(competence.description.clone().unwrap_or_default()),
            Cell::Text(competence.examples.join("\n")),
            Cell::Text(activities(messages, &competence.learning_activities)),
        ];
        for rank in &ranks {
            cells.push(Cell::Text(
                competence
                    .descriptors
                    .get(rank)
                    .cloned()
                    .unwrap_or_default(),
            ));
        }
        for role in &framework.roles {
            let profile = framework.profiles.iter().find(|p| p.role == role.id);
            let wanted = expected(role, Some(area), competence, profile, scale);
            cells.push(expected_cell(messages, &wanted));
        }
        rows.push(Row {
            area: area.id.clone(),
            cells,
        });
    }
    Ok(Table { header, rows })
}

/// One row per role and competence (roles in document order, then competences): role id, role,
/// area id, competence id, competence, expected level (a rank, or why there is none), the level's
/// label and the competence's descriptor at that level. A framework without roles has nothing to
/// list: an error.
pub fn profile_table(framework: &Framework) -> Result<Table, ExportError> {
    if framework.roles.is_empty() {
        return Err(ExportError::NoRoles {
            framework: framework.id.clone(),
        });
    }
    let messages = messages_for(framework)?;
    let scale = rating_scale(framework);
    let header = [
        "export-role-id",
        "export-role",
        "export-area-id",
        "export-competence-id",
        "export-competence",
        "export-expected-level",
        "export-level-label",
        "export-descriptor",
    ]
    .iter()
    .map(|id| messages.get(id))
    .collect();
    let mut rows = Vec::new();
    for role in &framework.roles {
        let profile = framework.profiles.iter().find(|p| p.role == role.id);
        for (area, placed) in competences(framework) {
            let wanted = expected(role, Some(area), placed.competence, profile, scale);
            rows.push(Row {
                area: area.id.clone(),
                cells: vec![
                    Cell::Text(role.id.clone()),
                    Cell::Text(role.title.clone()),
                    Cell::Text(area.id.clone()),
                    Cell::Text(placed.competence.id.clone()),
                    Cell::Text(placed.competence.title.clone()),
                    expected_cell(messages, &wanted),
                    Cell::Text(wanted.label.clone().unwrap_or_default()),
                    Cell::Text(wanted.descriptor.clone().unwrap_or_default()),
                ],
            });
        }
    }
    Ok(Table { header, rows })
}

/// The header of the descriptor column of `rank`: `Nivå 3: På egen hand/självständigt`.
pub fn level_header(messages: &Messages, framework: &Framework, rank: u8) -> String {
    let label = rating_scale(framework)
        .and_then(|scale| scale.level(rank))
        .map(|level| level.label.as_str());
    match label {
        Some(label) => messages.format(
            "export-level-column",
            Args::new().number("rank", rank).text("label", label),
        ),
        None => messages.format("export-level-column-bare", Args::new().number("rank", rank)),
    }
}

/// The expected level as a cell: the rank as a number, the words for "not applicable" or "area
/// not for this role", or empty when nothing is stated.
pub fn expected_cell(messages: &Messages, expected: &Expected) -> Cell {
    match (expected.status, expected.level) {
        (ExpectedStatus::Level, Some(rank)) => Cell::Number(rank),
        (ExpectedStatus::NotApplicable, _) => Cell::Text(messages.get("export-not-applicable")),
        (ExpectedStatus::AreaNotForRole, _) => Cell::Text(messages.get("export-area-not-for-role")),
        _ => Cell::Text(String::new()),
    }
}

/// Learning activities one per line, each with the levels it suits: `Kurs X (nivåerna 1, 2)`.
fn activities(messages: &Messages, activities: &[LearningActivity]) -> String {
    activities
        .iter()
        .map(|activity| {
            if activity.levels.is_empty() {
                return activity.text.clone();
            }
            let levels: Vec<String> = activity.levels.iter().map(u8::to_string).collect();
            messages.format(
                "export-activity-levels",
                Args::new()
                    .text("text", activity.text.as_str())
                    .count("count", activity.levels.len())
                    .text("levels", levels.join(", ")),
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every competence of the framework with its area, in document order (sub-competences after
/// their parent).
pub fn competences(framework: &Framework) -> Vec<(&Area, Placed<'_>)> {
    framework
        .areas
        .iter()
        .flat_map(|area| {
            ramverk_model::placed(std::slice::from_ref(area))
                .into_iter()
                .map(move |placed| (area, placed))
        })
        .collect()
}
