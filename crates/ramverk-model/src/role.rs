//! Roles and role profiles: the level expected of each role per competence.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A role (befattning) that a profile can be written for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable identifier (`systemansvarig`).
    #[schemars(regex(pattern = r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: String,
    /// Name in the source language.
    pub title: String,
    /// Part of the organisation the role belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What the role does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The expected levels of one role (Förväntad nivå för roll).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Id of the role.
    pub role: String,
    /// Notes on the profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Competence id → expected level rank, or `not-applicable`.
    #[serde(default)]
    pub expected: BTreeMap<String, Expectation>,
}

/// What is expected of a role for one competence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Expectation {
    /// The rank of the expected level on the rating scale.
    Level(u8),
    /// The competence is explicitly not relevant for the role.
    NotApplicable(NotApplicable),
}

/// Marker for a competence that does not apply to a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum NotApplicable {
    /// Explicitly not relevant (Ej relevant).
    #[serde(rename = "not-applicable")]
    NotApplicable,
}

impl Expectation {
    /// The expected level, or `None` when not applicable.
    pub fn level(self) -> Option<u8> {
        match self {
            Expectation::Level(rank) => Some(rank),
            Expectation::NotApplicable(_) => None,
        }
    }
}
