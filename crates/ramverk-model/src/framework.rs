//! The root of a framework: metadata, guidance, scales, areas, roles and profiles.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{Area, Profile, Role, Scale, Term};

/// A competence framework: what a competent person in an organisation can do, and what is
/// expected of each role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "ramverk framework")]
pub struct Framework {
    /// Stable identifier, lower-case letters, digits, `-`, `_` and `.`; never reused.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: String,
    /// Title in the source language.
    pub title: String,
    /// Version of the framework's content, as semantic versioning (`1.0.0`).
    pub version: String,
    /// Source language as a BCP 47 tag (`sv`, `da`, `en-GB`).
    pub language: String,
    /// Where the framework stands in its life cycle.
    pub status: Status,
    /// Date the current version was adopted or approved (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub adopted: Option<String>,
    /// Who publishes and maintains the framework.
    pub publisher: Publisher,
    /// What the framework is for and who it applies to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The terms under which the framework may be used, shared and adapted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<Licence>,
    /// The documents the framework was transcribed from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// What the source calls each level of the hierarchy, for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<Vocabulary>,
    /// Guiding principles (utgångspunkter) that travel with the framework.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<Principle>,
    /// Named scales: the proficiency scale, a motivation scale, ...
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scales: Vec<Scale>,
    /// Id of the scale competences are rated on; absent for frameworks without levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_scale: Option<String>,
    /// Id of the scale motivation per area is stated on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motivation_scale: Option<String>,
    /// Areas (kompetensområden, dimensioner), each with its competences.
    #[serde(default)]
    pub areas: Vec<Area>,
    /// Roles that profiles are written for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// Role profiles: the level expected of each role per competence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<Profile>,
    /// Terms the framework uses, with their explanations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossary: Vec<Term>,
    /// Where the transcription departs from a source that contradicts itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Free notes for maintainers and reviewers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Warnings the maintainers have looked at and keep on purpose, by code: `ramverk validate`
    /// counts them apart instead of reporting each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<Accepted>,
}

/// Warnings of one code kept on purpose: a transcription that keeps its source's stray spaces,
/// say. Only warnings can be accepted, never errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Accepted {
    /// The warning's code (`untrimmed-text`; see docs/checks.md).
    pub code: String,
    /// How many such warnings there are. When the count differs, every one of them is reported
    /// again, so that a new one is not hidden among those accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    /// Why they are kept.
    pub reason: String,
}

impl Framework {
    /// Every competence in document order (parents before children), with its area and parent.
    pub fn placed_competences(&self) -> Vec<crate::Placed<'_>> {
        crate::placed(&self.areas)
    }
}

/// Life-cycle status of a framework version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Being written or revised; not yet approved for use.
    Draft,
    /// Approved and in use.
    Adopted,
    /// Replaced or withdrawn; kept for history.
    Deprecated,
}

/// The organisation behind a framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// Name of the organisation.
    pub name: String,
    /// Department or administration within it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Web address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// The licence of a framework's content and the attribution it asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// The licence's SPDX identifier (`CC-BY-SA-4.0`), or a name when it has none.
    pub id: String,
    /// The attribution to give when sharing or adapting the framework.
    pub attribution: String,
    /// Where the licence's text is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Further terms: disclaimers, what adapted versions must say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

/// A document the framework was transcribed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Title of the document.
    pub title: String,
    /// Date of the document (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// File name, URL or other reference to the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Which parts of the document were used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parts: Option<String>,
}

/// Names the source uses for the levels of its hierarchy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// What an area is called (`Kompetensområde`, `Dimension`).
    pub area: String,
    /// What a competence is called at each depth, outermost first
    /// (`[Delkompetence, Underkompetence]`).
    pub competence: Vec<String>,
}

/// A guiding principle: how to read and use the framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Principle {
    /// Stable identifier.
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: String,
    /// Short heading.
    pub title: String,
    /// The principle itself.
    pub text: String,
}

/// A place where the transcription keeps the intended value instead of what the source says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// Id of the item corrected (competence, role, area ...).
    pub item: String,
    /// What the source says.
    pub source: String,
    /// What the framework keeps.
    pub kept: String,
    /// Why.
    pub reason: String,
}
