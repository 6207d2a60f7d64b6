//! Competence statements and learning outcomes: what a person can do, know or value at a level,
//! each with a stable id.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A competence statement: one thing a person at a level of the rating scale can do
/// (DigComp 3.0: `CS1.1.01`). A competence has several per level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Stable identifier, unique among the framework's statements (`CS1.1.01`).
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: String,
    /// Rank of the level of the rating scale the statement belongs to.
    pub level: u8,
    /// Labels that classify the statement (`AI-Explicit`, `AI-Implicit`), as the source writes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    /// The statement.
    pub text: String,
}

/// A learning outcome: what a learner knows, can do or values after learning, at a level of the
/// rating scale (DigComp 3.0: `LO1.1.01`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LearningOutcome {
    /// Stable identifier, unique among the framework's learning outcomes (`LO1.1.01`).
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: String,
    /// Rank of the level of the rating scale the outcome belongs to.
    pub level: u8,
    /// Whether the outcome is knowledge, a skill or an attitude.
    pub dimension: Dimension,
    /// Labels that classify the outcome (`AI-Explicit`, `AI-Implicit`), as the source writes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    /// The outcome.
    pub text: String,
}

/// The dimension of a learning outcome (the European Qualifications Framework's three).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// What the learner knows or understands.
    Knowledge,
    /// What the learner can do.
    Skill,
    /// What the learner values or is disposed to do.
    Attitude,
}

impl Dimension {
    /// Every dimension, in the order knowledge, skill, attitude.
    pub const ALL: [Dimension; 3] = [Dimension::Knowledge, Dimension::Skill, Dimension::Attitude];

    /// The name as written in the YAML (`knowledge`).
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Knowledge => "knowledge",
            Dimension::Skill => "skill",
            Dimension::Attitude => "attitude",
        }
    }
}
