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

    /// The ranks of all levels, in order.
    pub fn ranks(&self) -> impl Iterator<Item = u8> + '_ {
        self.levels.iter().map(|level| level.rank)
    }
}
