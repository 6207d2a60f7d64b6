//! Named scales: ordered levels with labels, and an optional not-rated value.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An ordered scale, such as proficiency levels 1–5 or a motivation agreement scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Stable identifier, referred to by `rating_scale` and `motivation_scale`.
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: String,
    /// Name of the scale.
    pub title: String,
    /// What the scale measures and how to use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Levels, lowest first.
    #[schemars(length(min = 1))]
    pub levels: Vec<Level>,
    /// The value that means "not rated", outside the levels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_rated: Option<NotRated>,
    /// Levels are a staircase: a level counts only when all below it are met.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cumulative: bool,
    /// Every competence must describe every level of this scale.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub requires_descriptors: bool,
    /// The other scheme the levels' steps are mapped to, by name (`A1–C2`); each step's
    /// `equivalent` is a level of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equivalents: Option<String>,
}

/// One level of a scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Level {
    /// Position on the scale; higher is more.
    pub rank: u8,
    /// Short label (`På egen hand/självständigt`).
    pub label: String,
    /// Longer explanation of the level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What the level is for: the goals a person at this level can reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<String>,
    /// Finer steps the level groups, lowest first (DigComp 3.0: two of eight steps per level).
    /// Step ranks run across the whole scale.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
}

/// A finer step within a level, numbered across the whole scale (DigComp's eight levels).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Position of the step on the whole scale; higher is more.
    pub rank: u8,
    /// Short label, if the source names its steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// What a person at this step can do.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The level of the scale's `equivalents` scheme this step corresponds to (`A1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub equivalent: Option<String>,
}

/// The value recorded when a competence was not rated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotRated {
    /// The number used for "not rated" (Stockholm: 0).
    pub value: u8,
    /// Its label (`Kompetens ej skattad`).
    pub label: String,
}

impl Scale {
    /// The level with this rank, if the scale has one.
    pub fn level(&self, rank: u8) -> Option<&Level> {
        self.levels.iter().find(|level| level.rank == rank)
    }

    /// Every step of every level, lowest first.
    pub fn steps(&self) -> impl Iterator<Item = (&Level, &Step)> + '_ {
        self.levels
            .iter()
            .flat_map(|level| level.steps.iter().map(move |step| (level, step)))
    }

    /// The ranks of all levels, in order.
    pub fn ranks(&self) -> impl Iterator<Item = u8> + '_ {
        self.levels.iter().map(|level| level.rank)
    }
}
