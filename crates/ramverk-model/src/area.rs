//! Areas and their competences, nested to any depth.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::{LearningOutcome, Statement};

/// An area (kompetensområde, dimension) grouping competences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Stable identifier (`1`, `anvendelse`).
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: String,
    /// Title in the source language.
    pub title: String,
    /// What the area covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The motivation statement rated on the motivation scale for this area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motivation: Option<String>,
    /// Roles this area applies to; empty means every role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub restricted_to: Vec<String>,
    /// The competences of the area.
    #[serde(default)]
    pub competences: Vec<Competence>,
}

/// A competence (delkompetens, underkompetence), possibly with sub-competences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Competence {
    /// Stable identifier, unique in the framework (`2.3`).
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: String,
    /// Title in the source language.
    pub title: String,
    /// One-sentence definition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<String>,
    /// Longer description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Examples and clarifications.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<String>,
    /// What each level of the rating scale means for this competence, by rank.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub descriptors: BTreeMap<u8, String>,
    /// Suggested learning activities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learning_activities: Vec<LearningActivity>,
    /// Competence statements: what a person can do at each level, several per level, each with
    /// its own id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// Learning outcomes: what a learner knows, can do or values at each level, each with its
    /// own id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learning_outcomes: Vec<LearningOutcome>,
    /// Sub-competences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competences: Vec<Competence>,
}

/// A hint for a learning activity that builds a competence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LearningActivity {
    /// What to do.
    pub text: String,
    /// Rating-scale levels the activity suits; empty means any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<u8>,
}

impl Competence {
    /// This competence and all its sub-competences, depth first.
    pub fn walk(&self) -> Vec<&Competence> {
        let mut out = vec![self];
        for child in &self.competences {
            out.extend(child.walk());
        }
        out
    }
}

/// A competence with the area it sits in and the competence it is nested under.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub competence: &'a Competence,
    pub area: &'a str,
    pub parent: Option<&'a str>,
}

/// Every competence of `areas` in document order, parents before children.
pub fn placed(areas: &[Area]) -> Vec<Placed<'_>> {
    fn walk<'a>(
        list: &'a [Competence],
        area: &'a str,
        parent: Option<&'a str>,
        out: &mut Vec<Placed<'a>>,
    ) {
        for competence in list {
            out.push(Placed {
                competence,
                area,
                parent,
            });
            walk(&competence.competences, area, Some(&competence.id), out);
        }
    }
    let mut out = Vec::new();
    for area in areas {
        walk(&area.competences, &area.id, None, &mut out);
    }
    out
}
