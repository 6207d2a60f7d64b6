//! What a diff is made of: item, field and expected-level changes, their counts, the sections.

use serde::Serialize;

use ramverk_model::Expectation;

use super::field::{Field, FieldKind};
use super::words::Segment;

/// What happened to an item between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both, with the same id, and some field differs.
    Changed,
    /// In both with nearly the same text but a different id (renumbered or moved).
    Renumbered,
}

/// One area, competence, competence statement, learning outcome, glossary term, role, scale or
/// principle that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    /// What happened.
    pub change: ChangeKind,
    /// The id in the new version (the old one when removed).
    pub id: String,
    /// The old id, when it was renumbered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// The title (the new one when both exist): a statement's or outcome's text, a glossary
    /// entry's term.
    pub title: String,
    /// The fields that differ (for added and removed items: none).
    pub fields: Vec<FieldChange>,
}

/// One field that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// Which field; serialised in the users' words (`definition`, `descriptor 3`, `example`).
    pub field: Field,
    /// The old text; absent when the field was added.
    pub old: Option<String>,
    /// The new text; absent when the field was removed.
    pub new: Option<String>,
    /// Word-level differences when both texts exist.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<Segment>,
}

/// How an expected level moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Movement {
    /// A higher level is expected now.
    Raised,
    /// A lower level is expected now.
    Lowered,
    /// The role had no expectation for the competence; now it has.
    Added,
    /// The role had an expectation; now it has none.
    Removed,
}

/// One role × competence cell of the expected-level table that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExpectationChange {
    /// Role id.
    pub role: String,
    /// Competence id (in the new version).
    pub competence: String,
    /// Old expectation: a level, `not-applicable`, or nothing.
    pub old: Option<Expectation>,
    /// New expectation.
    pub new: Option<Expectation>,
    /// How it moved.
    pub movement: Movement,
}

/// The framework on one side of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// Framework id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Declared version.
    pub version: String,
    /// Source language.
    pub language: String,
    /// The framework's own word for an area (its vocabulary), if it has one: reports name the
    /// areas with it. Not part of the JSON.
    #[serde(skip)]
    pub area_word: Option<String>,
}

/// Counts of changes of one kind of item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Items added.
    pub added: usize,
    /// Items removed.
    pub removed: usize,
    /// Items changed.
    pub changed: usize,
    /// Items renumbered or moved.
    pub renumbered: usize,
}

/// Counts of changed expected levels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExpectationCounts {
    /// Raised.
    pub raised: usize,
    /// Lowered.
    pub lowered: usize,
    /// Added.
    pub added: usize,
    /// Removed.
    pub removed: usize,
}

/// How much changed, section by section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Framework-level fields that changed.
    pub metadata: usize,
    /// Guiding principles.
    pub guidance: Counts,
    /// Scales.
    pub scales: Counts,
    /// Areas.
    pub areas: Counts,
    /// Competences, all depths.
    pub competences: Counts,
    /// Competence statements.
    pub statements: Counts,
    /// Learning outcomes.
    pub learning_outcomes: Counts,
    /// Glossary terms.
    pub glossary: Counts,
    /// Roles.
    pub roles: Counts,
    /// Role profiles (added, removed, changed).
    pub profiles: Counts,
    /// Expected levels.
    pub expectations: ExpectationCounts,
    /// Competence fields changed across competences (`definition` added in 12 ...).
    pub competence_fields: Vec<FieldTally>,
}

/// How often one competence field was added, removed or changed, over all competences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldTally {
    /// The field without its rank (`definition`, `example`, `descriptor` ...).
    pub field: FieldKind,
    /// Competences where it was added.
    pub added: usize,
    /// Competences where it was removed.
    pub removed: usize,
    /// Competences where it changed.
    pub changed: usize,
}

/// Everything that differs between two versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// The old version.
    pub old: Side,
    /// The new version.
    pub new: Side,
    /// Counts first.
    pub summary: Summary,
    /// Framework-level fields: title, version, status, description, licence, sources, notes ...
    pub metadata: Vec<FieldChange>,
    /// Guiding principles.
    pub guidance: Vec<ItemChange>,
    /// Scales and their levels.
    pub scales: Vec<ItemChange>,
    /// Areas, with their motivation statement and role restriction.
    pub areas: Vec<ItemChange>,
    /// Competences at every depth.
    pub competences: Vec<ItemChange>,
    /// Competence statements, with the competence they sit under and their level.
    pub statements: Vec<ItemChange>,
    /// Learning outcomes, with the competence they sit under, their level and dimension.
    pub learning_outcomes: Vec<ItemChange>,
    /// Glossary terms.
    pub glossary: Vec<ItemChange>,
    /// Roles.
    pub roles: Vec<ItemChange>,
    /// Role profiles added, removed or changed (details in `expectations`).
    pub profiles: Vec<ItemChange>,
    /// Expected levels, role × competence.
    pub expectations: Vec<ExpectationChange>,
}

impl Diff {
    /// Whether the two versions have the same content.
    pub fn is_empty(&self) -> bool {
        self.metadata.is_empty()
            && self.guidance.is_empty()
            && self.scales.is_empty()
            && self.areas.is_empty()
            && self.competences.is_empty()
            && self.statements.is_empty()
            && self.learning_outcomes.is_empty()
            && self.glossary.is_empty()
            && self.roles.is_empty()
            && self.profiles.is_empty()
            && self.expectations.is_empty()
    }

    /// The items of one section.
    pub fn items(&self, section: Section) -> &[ItemChange] {
        match section {
            Section::Guidance => &self.guidance,
            Section::Scales => &self.scales,
            Section::Areas => &self.areas,
            Section::Competences => &self.competences,
            Section::Statements => &self.statements,
            Section::LearningOutcomes => &self.learning_outcomes,
            Section::Glossary => &self.glossary,
            Section::Roles => &self.roles,
            Section::Profiles => &self.profiles,
        }
    }
}

/// The sections of item changes, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Guiding principles.
    Guidance,
    /// Scales and their levels.
    Scales,
    /// Areas.
    Areas,
    /// Competences at every depth.
    Competences,
    /// Competence statements: what a person can do at a level, by id (`CS1.1.01`).
    Statements,
    /// Learning outcomes: what a learner knows, can do or values at a level, by id.
    LearningOutcomes,
    /// The glossary's terms.
    Glossary,
    /// Roles.
    Roles,
    /// Role profiles.
    Profiles,
}

impl Section {
    /// Every section, in report order.
    pub const ALL: [Section; 9] = [
        Section::Guidance,
        Section::Scales,
        Section::Areas,
        Section::Competences,
        Section::Statements,
        Section::LearningOutcomes,
        Section::Glossary,
        Section::Roles,
        Section::Profiles,
    ];

    /// The field an item's title is made of (a competence's title, a statement's text, a
    /// glossary entry's term): what a report of an added item need not repeat below its
    /// heading. A profile's title is its role's, not a field of its own.
    pub fn title_field(self) -> Option<FieldKind> {
        match self {
            Section::Guidance
            | Section::Scales
            | Section::Areas
            | Section::Competences
            | Section::Roles => Some(FieldKind::Title),
            Section::Statements | Section::LearningOutcomes => Some(FieldKind::Text),
            Section::Glossary => Some(FieldKind::Term),
            Section::Profiles => None,
        }
    }
}

impl Summary {
    /// The counts of one section.
    pub fn counts(&self, section: Section) -> Counts {
        match section {
            Section::Guidance => self.guidance,
            Section::Scales => self.scales,
            Section::Areas => self.areas,
            Section::Competences => self.competences,
            Section::Statements => self.statements,
            Section::LearningOutcomes => self.learning_outcomes,
            Section::Glossary => self.glossary,
            Section::Roles => self.roles,
            Section::Profiles => self.profiles,
        }
    }
}
