//! A competence's statements and learning outcomes as the framework page shows them: grouped by
//! level of the rating scale, and the outcomes of a level by dimension (knowledge, skill,
//! attitude).

use std::collections::BTreeMap;

use ramverk_model::{Competence, Dimension};
use schemars::JsonSchema;
use serde::Serialize;

use crate::framework_document::Build;
use crate::text::Text;

/// The competence statements of one level.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StatementGroup {
    /// The level's position on the rating scale (`1`).
    pub rank: u8,
    /// The level's label on the rating scale, or null without one.
    pub label: Option<Text>,
    /// The heading level the group takes: one deeper than the competence's `subheading`, at
    /// most 6.
    pub heading: u8,
    /// The statements of the level, in the framework's order.
    pub statements: Vec<StatementView>,
}

/// One competence statement.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StatementView {
    /// Its id (`CS1.1.01`).
    pub id: String,
    pub text: Text,
    /// The labels that classify it (`AI-Explicit`), as the source writes them.
    pub labels: Vec<Text>,
}

/// The learning outcomes of one level, by dimension.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OutcomeGroup {
    /// The level's position on the rating scale (`1`).
    pub rank: u8,
    /// The level's label on the rating scale, or null without one.
    pub label: Option<Text>,
    /// The heading level the group takes: one deeper than the competence's `subheading`, at
    /// most 6.
    pub heading: u8,
    /// The dimensions the level has outcomes in, in the order knowledge, skill, attitude.
    pub dimensions: Vec<DimensionGroup>,
}

/// The learning outcomes of one level in one dimension.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DimensionGroup {
    /// `knowledge`, `skill` or `attitude`; `{{t "dimension-word" dimension=dimension}}` names it.
    pub dimension: String,
    /// The heading level the dimension takes: one deeper than its level's, at most 6.
    pub heading: u8,
    /// Its outcomes, in the framework's order.
    pub outcomes: Vec<OutcomeView>,
}

/// One learning outcome.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OutcomeView {
    /// Its id (`LO1.1.01`).
    pub id: String,
    pub text: Text,
    /// The labels that classify it (`AI-Explicit`), as the source writes them.
    pub labels: Vec<Text>,
}

/// A heading one level deeper than `heading`, at most `<h6>`.
pub(crate) fn deeper(heading: u8) -> u8 {
    heading.saturating_add(1).min(6)
}

impl Build<'_> {
    /// The statements of `competence` (at JSON pointer `at`) by level, lowest first; `heading`
    /// is the heading level of the section they are in.
    pub(crate) fn statement_groups(
        &self,
        at: &str,
        competence: &Competence,
        heading: u8,
    ) -> Vec<StatementGroup> {
        let mut by_level: BTreeMap<u8, Vec<StatementView>> = BTreeMap::new();
        for (index, statement) in competence.statements.iter().enumerate() {
            by_level
                .entry(statement.level)
                .or_default()
                .push(StatementView {
                    id: statement.id.clone(),
                    text: self.text(&format!("{at}/statements/{index}/text"), &statement.text),
                    labels: self.labels(&statement.labels),
                });
        }
        by_level
            .into_iter()
            .map(|(rank, statements)| StatementGroup {
                rank,
                label: self.level_label(rank),
                heading: deeper(heading),
                statements,
            })
            .collect()
    }

    /// The learning outcomes of `competence` (at JSON pointer `at`) by level, lowest first, and
    /// within a level by dimension; `heading` is the heading level of the section they are in.
    pub(crate) fn outcome_groups(
        &self,
        at: &str,
        competence: &Competence,
        heading: u8,
    ) -> Vec<OutcomeGroup> {
        let mut by_level: BTreeMap<u8, BTreeMap<Dimension, Vec<OutcomeView>>> = BTreeMap::new();
        for (index, outcome) in competence.learning_outcomes.iter().enumerate() {
            by_level
                .entry(outcome.level)
                .or_default()
                .entry(outcome.dimension)
                .or_default()
                .push(OutcomeView {
                    id: outcome.id.clone(),
                    text: self.text(
                        &format!("{at}/learning_outcomes/{index}/text"),
                        &outcome.text,
                    ),
                    labels: self.labels(&outcome.labels),
                });
        }
        let level_heading = deeper(heading);
        by_level
            .into_iter()
            .map(|(rank, dimensions)| OutcomeGroup {
                rank,
                label: self.level_label(rank),
                heading: level_heading,
                // `Dimension` orders as knowledge, skill, attitude.
                dimensions: dimensions
                    .into_iter()
                    .map(|(dimension, outcomes)| DimensionGroup {
                        dimension: dimension.name().to_owned(),
                        heading: deeper(level_heading),
                        outcomes,
                    })
                    .collect(),
            })
            .collect()
    }

    /// Labels are the source's classification, never translated: in the source language.
    fn labels(&self, labels: &[String]) -> Vec<Text> {
        labels
            .iter()
            .map(|label| self.untranslated.source(label))
            .collect()
    }
}
