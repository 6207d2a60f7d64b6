//! The glossary: terms the framework uses, with what they mean.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A term of the glossary and its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable identifier, unique in the glossary (`ai-system`).
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: String,
    /// The term as the framework writes it (`AI system`).
    pub term: String,
    /// What it means.
    pub explanation: String,
}
