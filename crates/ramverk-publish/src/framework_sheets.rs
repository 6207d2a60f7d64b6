//! The workbook's sheets of what a framework lists item by item — competence statements,
//! learning outcomes, the rating scale's steps and the glossary — one row per item, with sheet
//! names and headers in the framework's language.

use ramverk_model::{Framework, Scale};
use ramverk_render::messages::{Args, Messages};

use crate::resolved::rating_scale;
use crate::table::{Cell, competences};

/// A sheet before it is named valid for Excel: the name wanted, the header row and the rows.
#[derive(Debug, Clone)]
pub struct NamedTable {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The sheets `framework` has items for, in this order: statements, learning outcomes, steps
/// (of the rating scale), glossary. A framework without any of them has none of these sheets.
pub fn sheets(framework: &Framework, messages: &Messages) -> Vec<NamedTable> {
    let scale = rating_scale(framework);
    [
        statements(framework, scale, messages),
        outcomes(framework, scale, messages),
        scale.and_then(|scale| steps(scale, messages)),
        glossary(framework, messages),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The headers of the message ids `ids`.
fn header(messages: &Messages, ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| messages.get(id)).collect()
}

/// The label of level `rank` on the rating scale, or empty.
fn level_label(scale: Option<&Scale>, rank: u8) -> Cell {
    Cell::Text(
        scale
            .and_then(|scale| scale.level(rank))
            .map(|level| level.label.clone())
            .unwrap_or_default(),
    )
}

/// One row per competence statement, competences in document order: competence id, statement
/// id, level, level label, labels, text.
fn statements(
    framework: &Framework,
    scale: Option<&Scale>,
    messages: &Messages,
) -> Option<NamedTable> {
    let mut rows = Vec::new();
    for (_, placed) in competences(framework) {
        for statement in &placed.competence.statements {
            rows.push(vec![
                Cell::Text(placed.competence.id.clone()),
                Cell::Text(statement.id.clone()),
                Cell::Number(statement.level),
                level_label(scale, statement.level),
                Cell::Text(statement.labels.join(", ")),
                Cell::Text(statement.text.clone()),
            ]);
        }
    }
    (!rows.is_empty()).then(|| NamedTable {
        name: messages.get("export-sheet-statements"),
        header: header(
            messages,
            &[
                "export-competence-id",
                "export-statement-id",
                "export-level",
                "export-level-label",
                "export-labels",
                "export-statement",
            ],
        ),
        rows,
    })
}

/// One row per learning outcome, competences in document order: competence id, outcome id,
/// level, level label, dimension, labels, text.
fn outcomes(
    framework: &Framework,
    scale: Option<&Scale>,
    messages: &Messages,
) -> Option<NamedTable> {
    let mut rows = Vec::new();
    for (_, placed) in competences(framework) {
        for outcome in &placed.competence.learning_outcomes {
            rows.push(vec![
                Cell::Text(placed.competence.id.clone()),
                Cell::Text(outcome.id.clone()),
                Cell::Number(outcome.level),
                level_label(scale, outcome.level),
                Cell::Text(messages.format(
                    "dimension-word",
                    Args::new().text("dimension", outcome.dimension.name()),
                )),
                Cell::Text(outcome.labels.join(", ")),
                Cell::Text(outcome.text.clone()),
            ]);
        }
    }
    (!rows.is_empty()).then(|| NamedTable {
        name: messages.get("export-sheet-outcomes"),
        header: header(
            messages,
            &[
                "export-competence-id",
                "export-outcome-id",
                "export-level",
                "export-level-label",
                "export-dimension",
                "export-labels",
                "export-outcome",
            ],
        ),
        rows,
    })
}

/// One row per step of the rating scale, lowest first: level, level label, step, step label,
/// description, equivalent (its header names the other scheme when the scale does).
fn steps(scale: &Scale, messages: &Messages) -> Option<NamedTable> {
    let rows: Vec<Vec<Cell>> = scale
        .steps()
        .map(|(level, step)| {
            vec![
                Cell::Number(level.rank),
                Cell::Text(level.label.clone()),
                Cell::Number(step.rank),
                Cell::Text(step.label.clone().unwrap_or_default()),
                Cell::Text(step.description.clone().unwrap_or_default()),
                Cell::Text(step.equivalent.clone().unwrap_or_default()),
            ]
        })
        .collect();
    let mut header = header(
        messages,
        &[
            "export-level",
            "export-level-label",
            "export-step",
            "export-step-label",
            "export-description",
        ],
    );
    header.push(match &scale.equivalents {
        Some(scheme) => messages.format(
            "export-equivalent-in",
            Args::new().text("scheme", scheme.as_str()),
        ),
        None => messages.get("export-equivalent"),
    });
    (!rows.is_empty()).then(|| NamedTable {
        name: messages.get("export-sheet-steps"),
        header,
        rows,
    })
}

/// One row per term of the glossary: id, term, explanation.
fn glossary(framework: &Framework, messages: &Messages) -> Option<NamedTable> {
    (!framework.glossary.is_empty()).then(|| NamedTable {
        name: messages.get("export-sheet-glossary"),
        header: header(
            messages,
            &["export-term-id", "export-term", "export-explanation"],
        ),
        rows: framework
            .glossary
            .iter()
            .map(|term| {
                vec![
                    Cell::Text(term.id.clone()),
                    Cell::Text(term.term.clone()),
                    Cell::Text(term.explanation.clone()),
                ]
            })
            .collect(),
    })
}
