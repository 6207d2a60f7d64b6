//! The framework resolved for publishing: level descriptors, statements and learning outcomes
//! with the labels of their levels, and every role's expectation for every competence — what the
//! JSON export is, and what CSV and XLSX tabulate.

use ramverk_model::{
    Area, Competence, Correction, Dimension, Expectation, Framework, LearningActivity,
    LearningOutcome, Licence, Principle, Profile, Publisher, Role, Scale, Source, Statement,
    Status, Term, Vocabulary,
};
use schemars::JsonSchema;
use serde::Serialize;

/// The version of this document's layout; it changes when a field changes meaning or goes away.
pub const FORMAT_VERSION: u32 = 1;

/// A framework as published by `ramverk export --format json`: the model with every reference
/// resolved, so that a reader needs no rules of ramverk to use it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "ramverk framework export")]
pub struct ResolvedFramework {
    /// The version of this export layout (now 1).
    pub format_version: u32,
    /// Stable identifier of the framework.
    pub id: String,
    /// Title.
    pub title: String,
    /// Version of the framework's content (semantic versioning).
    pub version: String,
    /// Language of the texts, as a BCP 47 tag: the framework's own, or the one asked for with
    /// `--lang` (texts not yet translated stay in the source language).
    pub language: String,
    /// Where the framework stands in its life cycle.
    pub status: Status,
    /// Date the version was adopted (`YYYY-MM-DD`).
    pub adopted: Option<String>,
    /// Who publishes the framework.
    pub publisher: Publisher,
    /// What the framework is for.
    pub description: Option<String>,
    /// The terms under which the framework may be used, shared and adapted.
    pub licence: Option<Licence>,
    /// The documents the framework was transcribed from.
    pub sources: Vec<Source>,
    /// What the source calls its areas and competences.
    pub vocabulary: Option<Vocabulary>,
    /// Guiding principles.
    pub guidance: Vec<Principle>,
    /// Every scale with its levels, lowest first (each level with its purpose and steps).
    pub scales: Vec<Scale>,
    /// Id of the scale competences are rated on (the levels of `descriptors` and `expected`).
    pub rating_scale: Option<String>,
    /// Id of the scale motivation per area is stated on.
    pub motivation_scale: Option<String>,
    /// Areas in document order, each with its competences.
    pub areas: Vec<ResolvedArea>,
    /// Roles in document order, each with its expectation for every competence.
    pub roles: Vec<ResolvedRole>,
    /// The terms the framework uses, with their explanations.
    pub glossary: Vec<Term>,
    /// Where the transcription departs from its source.
    pub corrections: Vec<Correction>,
    /// Notes for maintainers and reviewers.
    pub notes: Vec<String>,
}

/// An area with its competences.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ResolvedArea {
    /// Stable identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// What the area covers.
    pub description: Option<String>,
    /// The motivation statement for the area.
    pub motivation: Option<String>,
    /// Ids of the roles the area applies to; empty means every role.
    pub restricted_to: Vec<String>,
    /// Competences in document order; sub-competences nested in theirs.
    pub competences: Vec<ResolvedCompetence>,
}

/// A competence with its level descriptors.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ResolvedCompetence {
    /// Stable identifier, unique in the framework.
    pub id: String,
    /// Title.
    pub title: String,
    /// One-sentence definition.
    pub definition: Option<String>,
    /// Longer description.
    pub description: Option<String>,
    /// Examples and clarifications.
    pub examples: Vec<String>,
    /// What each level means for this competence, lowest first.
    pub descriptors: Vec<Descriptor>,
    /// Suggested learning activities.
    pub learning_activities: Vec<LearningActivity>,
    /// Competence statements: what a person can do at each level.
    pub statements: Vec<ResolvedStatement>,
    /// Learning outcomes: what a learner knows, can do or values at each level.
    pub learning_outcomes: Vec<ResolvedOutcome>,
    /// Sub-competences.
    pub competences: Vec<ResolvedCompetence>,
}

/// A competence statement with the label of its level.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ResolvedStatement {
    /// Stable identifier, unique among the framework's statements (`CS1.1.01`).
    pub id: String,
    /// The rank of its level on the rating scale.
    pub level: u8,
    /// The level's label on the rating scale (absent when the scale has no such level).
    pub label: Option<String>,
    /// Labels that classify the statement (`AI-Explicit`), as the source writes them.
    pub labels: Vec<String>,
    /// The statement.
    pub text: String,
}

/// A learning outcome with the label of its level.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ResolvedOutcome {
    /// Stable identifier, unique among the framework's learning outcomes (`LO1.1.01`).
    pub id: String,
    /// The rank of its level on the rating scale.
    pub level: u8,
    /// The level's label on the rating scale (absent when the scale has no such level).
    pub label: Option<String>,
    /// Whether the outcome is knowledge, a skill or an attitude.
    pub dimension: Dimension,
    /// Labels that classify the outcome (`AI-Explicit`), as the source writes them.
    pub labels: Vec<String>,
    /// The outcome.
    pub text: String,
}

/// What one level of the rating scale means for one competence.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Descriptor {
    /// The level's rank on the rating scale.
    pub rank: u8,
    /// The level's label on the rating scale (absent when the scale has no such level).
    pub label: Option<String>,
    /// The descriptor.
    pub text: String,
}

/// A role with its profile resolved against every competence.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ResolvedRole {
    /// Stable identifier.
    pub id: String,
    /// Title.
    pub title: String,
    /// Part of the organisation the role belongs to.
    pub unit: Option<String>,
    /// What the role does.
    pub description: Option<String>,
    /// Notes on the role's profile.
    pub profile_description: Option<String>,
    /// One entry per competence of the framework, in document order.
    pub expected: Vec<Expected>,
}

/// What a role is expected to reach in one competence.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Expected {
    /// Id of the competence.
    pub competence: String,
    /// Whether a level is expected, and if not, why.
    pub status: ExpectedStatus,
    /// The expected level's rank (only with status `level`).
    pub level: Option<u8>,
    /// The expected level's label on the rating scale.
    pub label: Option<String>,
    /// The competence's descriptor at the expected level.
    pub descriptor: Option<String>,
}

/// Why a role has, or has no, expected level for a competence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ExpectedStatus {
    /// The profile states an expected level.
    Level,
    /// The profile marks the competence as not relevant for the role.
    NotApplicable,
    /// The competence's area applies only to other roles.
    AreaNotForRole,
    /// The role has no profile, or its profile says nothing of the competence.
    NotStated,
}

/// `framework` with its references resolved.
pub fn resolve(framework: &Framework) -> ResolvedFramework {
    let rating = rating_scale(framework);
    ResolvedFramework {
        format_version: FORMAT_VERSION,
        id: framework.id.clone(),
        title: framework.title.clone(),
        version: framework.version.clone(),
        language: framework.language.clone(),
        status: framework.status,
        adopted: framework.adopted.clone(),
        publisher: framework.publisher.clone(),
        description: framework.description.clone(),
        licence: framework.licence.clone(),
        sources: framework.sources.clone(),
        vocabulary: framework.vocabulary.clone(),
        guidance: framework.guidance.clone(),
        scales: framework.scales.clone(),
        rating_scale: framework.rating_scale.clone(),
        motivation_scale: framework.motivation_scale.clone(),
        areas: framework
            .areas
            .iter()
            .map(|area| ResolvedArea {
                id: area.id.clone(),
                title: area.title.clone(),
                description: area.description.clone(),
                motivation: area.motivation.clone(),
                restricted_to: area.restricted_to.clone(),
                competences: area
                    .competences
                    .iter()
                    .map(|competence| resolve_competence(competence, rating))
                    .collect(),
            })
            .collect(),
        roles: framework
            .roles
            .iter()
            .map(|role| resolve_role(framework, role, rating))
            .collect(),
        glossary: framework.glossary.clone(),
        corrections: framework.corrections.clone(),
        notes: framework.notes.clone(),
    }
}

/// The scale competences are rated on, if the framework names one it has.
pub fn rating_scale(framework: &Framework) -> Option<&Scale> {
    let id = framework.rating_scale.as_deref()?;
    framework.scales.iter().find(|scale| scale.id == id)
}

/// The ranks that get a descriptor column: the rating scale's levels, then any other rank a
/// competence describes, in order.
pub fn descriptor_ranks(framework: &Framework) -> Vec<u8> {
    let mut ranks: Vec<u8> = rating_scale(framework)
        .map(|scale| scale.ranks().collect())
        .unwrap_or_default();
    for placed in framework.placed_competences() {
        ranks.extend(placed.competence.descriptors.keys().copied());
    }
    ranks.sort_unstable();
    ranks.dedup();
    ranks
}

fn resolve_competence(competence: &Competence, rating: Option<&Scale>) -> ResolvedCompetence {
    ResolvedCompetence {
        id: competence.id.clone(),
        title: competence.title.clone(),
        definition: competence.definition.clone(),
        description: competence.description.clone(),
        examples: competence.examples.clone(),
        descriptors: competence
            .descriptors
            .iter()
            .map(|(rank, text)| Descriptor {
                rank: *rank,
                label: level_label(rating, *rank),
                text: text.clone(),
            })
            .collect(),
        learning_activities: competence.learning_activities.clone(),
        statements: competence
            .statements
            .iter()
            .map(|statement| resolve_statement(statement, rating))
            .collect(),
        learning_outcomes: competence
            .learning_outcomes
            .iter()
            .map(|outcome| resolve_outcome(outcome, rating))
            .collect(),
        competences: competence
            .competences
            .iter()
            .map(|child| resolve_competence(child, rating))
            .collect(),
    }
}

fn resolve_statement(statement: &Statement, rating: Option<&Scale>) -> ResolvedStatement {
    ResolvedStatement {
        id: statement.id.clone(),
        level: statement.level,
        label: level_label(rating, statement.level),
        labels: statement.labels.clone(),
        text: statement.text.clone(),
    }
}

fn resolve_outcome(outcome: &LearningOutcome, rating: Option<&Scale>) -> ResolvedOutcome {
    ResolvedOutcome {
        id: outcome.id.clone(),
        level: outcome.level,
        label: level_label(rating, outcome.level),
        dimension: outcome.dimension,
        labels: outcome.labels.clone(),
        text: outcome.text.clone(),
    }
}

fn resolve_role(framework: &Framework, role: &Role, rating: Option<&Scale>) -> ResolvedRole {
    let profile = framework
        .profiles
        .iter()
        .find(|profile| profile.role == role.id);
    ResolvedRole {
        id: role.id.clone(),
        title: role.title.clone(),
        unit: role.unit.clone(),
        description: role.description.clone(),
        profile_description: profile.and_then(|profile| profile.description.clone()),
        expected: framework
            .placed_competences()
            .into_iter()
            .map(|placed| {
                let area = framework.areas.iter().find(|area| area.id == placed.area);
                expected(role, area, placed.competence, profile, rating)
            })
            .collect(),
    }
}

/// What `role` is expected to reach in `competence` of `area`.
pub fn expected(
    role: &Role,
    area: Option<&Area>,
    competence: &Competence,
    profile: Option<&Profile>,
    rating: Option<&Scale>,
) -> Expected {
    let stated = profile.and_then(|profile| profile.expected.get(&competence.id));
    let area_not_for_role = area.is_some_and(|area| {
        !area.restricted_to.is_empty() && !area.restricted_to.contains(&role.id)
    });
    let (status, level) = match stated {
        Some(Expectation::Level(rank)) => (ExpectedStatus::Level, Some(*rank)),
        Some(Expectation::NotApplicable(_)) => (ExpectedStatus::NotApplicable, None),
        None if area_not_for_role => (ExpectedStatus::AreaNotForRole, None),
        None => (ExpectedStatus::NotStated, None),
    };
    Expected {
        competence: competence.id.clone(),
        status,
        level,
        label: level.and_then(|rank| level_label(rating, rank)),
        descriptor: level.and_then(|rank| competence.descriptors.get(&rank).cloned()),
    }
}

fn level_label(rating: Option<&Scale>, rank: u8) -> Option<String> {
    rating
        .and_then(|scale| scale.level(rank))
        .map(|level| level.label.clone())
}
