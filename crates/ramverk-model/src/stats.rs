//! Counts over a framework: areas, competences at every depth, statements, learning outcomes,
//! steps, glossary terms, roles, profile sizes.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{Competence, Framework};

/// What `ramverk stats` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Framework id.
    pub id: String,
    /// Framework version.
    pub version: String,
    /// Number of areas.
    pub areas: usize,
    /// Number of competences, all depths together.
    pub competences: usize,
    /// Number of competences at each depth (0 = directly under an area).
    pub competences_by_depth: Vec<usize>,
    /// Number of competences per area id.
    pub competences_by_area: BTreeMap<String, usize>,
    /// Number of roles.
    pub roles: usize,
    /// Number of scales.
    pub scales: usize,
    /// Levels of the rating scale (0 when there is none).
    pub levels: usize,
    /// Number of level descriptors over all competences.
    pub descriptors: usize,
    /// Number of competence statements over all competences.
    pub statements: usize,
    /// Number of learning outcomes over all competences.
    pub learning_outcomes: usize,
    /// Steps of the rating scale's levels (0 when its levels have none).
    pub steps: usize,
    /// Number of glossary terms.
    pub glossary_terms: usize,
    /// Number of guiding principles.
    pub principles: usize,
    /// Role id → number of competences the role has an expected level for.
    pub profile_sizes: BTreeMap<String, usize>,
    /// Role id → number of competences marked not applicable for the role.
    pub not_applicable: BTreeMap<String, usize>,
}

/// Counts a framework.
pub fn stats(framework: &Framework) -> Stats {
    let mut by_depth = Vec::new();
    let mut by_area = BTreeMap::new();
    let mut descriptors = 0;
    let mut statements = 0;
    let mut learning_outcomes = 0;
    for placed in framework.placed_competences() {
        statements += placed.competence.statements.len();
        learning_outcomes += placed.competence.learning_outcomes.len();
    }
    for area in &framework.areas {
        let mut count = 0;
        for competence in &area.competences {
            count_depths(competence, 0, &mut by_depth, &mut descriptors, &mut count);
        }
        *by_area.entry(area.id.clone()).or_insert(0) += count;
    }
    let rating_scale = framework
        .rating_scale
        .as_deref()
        .and_then(|id| framework.scales.iter().find(|scale| scale.id == id));
    let levels = rating_scale.map_or(0, |scale| scale.levels.len());
    let steps = rating_scale.map_or(0, |scale| scale.steps().count());
    let mut profile_sizes = BTreeMap::new();
    let mut not_applicable = BTreeMap::new();
    for profile in &framework.profiles {
        let with_level = profile
            .expected
            .values()
            .filter(|e| e.level().is_some())
            .count();
        *profile_sizes.entry(profile.role.clone()).or_insert(0) += with_level;
        *not_applicable.entry(profile.role.clone()).or_insert(0) +=
            profile.expected.len() - with_level;
    }
    Stats {
        id: framework.id.clone(),
        version: framework.version.clone(),
        areas: framework.areas.len(),
        competences: by_depth.iter().sum(),
        competences_by_depth: by_depth,
        competences_by_area: by_area,
        roles: framework.roles.len(),
        scales: framework.scales.len(),
        levels,
        descriptors,
        statements,
        learning_outcomes,
        steps,
        glossary_terms: framework.glossary.len(),
        principles: framework.guidance.len(),
        profile_sizes,
        not_applicable,
    }
}

fn count_depths(
    competence: &Competence,
    depth: usize,
    by_depth: &mut Vec<usize>,
    descriptors: &mut usize,
    count: &mut usize,
) {
    if by_depth.len() <= depth {
        by_depth.resize(depth + 1, 0);
    }
    by_depth[depth] += 1;
    *count += 1;
    *descriptors += competence.descriptors.len();
    for child in &competence.competences {
        count_depths(child, depth + 1, by_depth, descriptors, count);
    }
}
