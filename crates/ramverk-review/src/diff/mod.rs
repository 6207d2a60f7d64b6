//! The semantic diff of two versions of a framework: `diff()`, and the types it returns.

mod change;
mod classify;
mod compare;
mod expectations;
mod field;
mod items;
mod matching;
mod project;
mod summary;
mod words;

use std::collections::HashMap;

pub use change::{
    ChangeKind, Counts, Diff, ExpectationChange, ExpectationCounts, FieldChange, FieldTally,
    ItemChange, Movement, Section, Side, Summary,
};
pub use classify::{
    Bump, Classification, bumped, classify, expectation_bump, is_enough, item_bump,
    item_field_bump, metadata_bump,
};
pub use field::{Field, FieldKind};
pub use words::{Segment, SegmentKind, similarity, word_diff};

use compare::{Fields, compare, normalise};
use expectations::{competence_order, expectation_changes};
use items::{item_changes, same_id_changes};
use matching::{Pair, competence_similarity, match_by_id_or_key, match_items};
use project::{
    Assessed, Held, Keyed, area_fields, competence_fields, flatten, held, metadata_fields,
    outcome_fields, principle_fields, role_fields, scale_fields, side, statement_fields,
    term_fields,
};
use ramverk_model::{Area, Framework, LearningOutcome, Statement, Term};
use summary::{count, count_expectations, tally};

/// The fields of every item of `section` in `framework`, each field as added, by item id: what
/// an added item holds, for a reviewer to read (the diff lists an added item without its fields).
/// Profiles have no fields of their own (their levels are the expectations).
pub fn contents(framework: &Framework, section: Section) -> HashMap<String, Vec<FieldChange>> {
    let added = |fields: Fields| compare(&Fields::new(), &fields);
    match section {
        Section::Guidance => framework
            .guidance
            .iter()
            .map(|item| (item.id.clone(), added(principle_fields(&item))))
            .collect(),
        Section::Scales => framework
            .scales
            .iter()
            .map(|item| (item.id.clone(), added(scale_fields(&item))))
            .collect(),
        Section::Areas => framework
            .areas
            .iter()
            .map(|item| (item.id.clone(), added(area_fields(&item))))
            .collect(),
        Section::Competences => flatten(framework)
            .iter()
            .map(|placed| {
                (
                    placed.competence.id.clone(),
                    added(competence_fields(placed)),
                )
            })
            .collect(),
        Section::Statements => held::<Statement>(&flatten(framework), &HashMap::new())
            .iter()
            .map(|item| (item.item.id.clone(), added(statement_fields(item))))
            .collect(),
        Section::LearningOutcomes => held::<LearningOutcome>(&flatten(framework), &HashMap::new())
            .iter()
            .map(|item| (item.item.id.clone(), added(outcome_fields(item))))
            .collect(),
        Section::Glossary => framework
            .glossary
            .iter()
            .map(|item| (item.id.clone(), added(term_fields(&item))))
            .collect(),
        Section::Roles => framework
            .roles
            .iter()
            .map(|item| (item.id.clone(), added(role_fields(&item))))
            .collect(),
        Section::Profiles => HashMap::new(),
    }
}

/// Statements (or outcomes) compared: by id, and an item whose id changed while its text in
/// the same competence stayed is renumbered. Old competences are named by their new ids.
fn assessed_changes<'a, T: Assessed + 'a>(
    (old, new): (&[project::Placed<'a>], &[project::Placed<'a>]),
    renamed: &HashMap<&'a str, &'a str>,
    fields: impl Fn(&Held<'a, T>) -> Fields,
) -> Vec<ItemChange> {
    let old = held::<T>(old, renamed);
    let new = held::<T>(new, &HashMap::new());
    let key = |item: &Held<'a, T>| (item.competence, normalise(item.item.text()));
    let pairs = match_by_id_or_key(&old, &new, key);
    item_changes(&old, &new, &pairs, fields)
}

/// Compares two versions of a framework.
pub fn diff(old: &Framework, new: &Framework) -> Diff {
    let old_competences = flatten(old);
    let new_competences = flatten(new);
    let competence_pairs = match_items(&old_competences, &new_competences, competence_similarity);
    let renamed: HashMap<&str, &str> = competence_pairs
        .iter()
        .filter_map(|pair| match pair {
            Pair::Both(o, n) => Some((
                old_competences[*o].competence.id.as_str(),
                new_competences[*n].competence.id.as_str(),
            )),
            _ => None,
        })
        .collect();
    let competences = item_changes(
        &old_competences,
        &new_competences,
        &competence_pairs,
        competence_fields,
    );
    let placed = (old_competences.as_slice(), new_competences.as_slice());
    let statements = assessed_changes::<Statement>(placed, &renamed, statement_fields);
    let learning_outcomes = assessed_changes::<LearningOutcome>(placed, &renamed, outcome_fields);
    let old_terms: Vec<&Term> = old.glossary.iter().collect();
    let new_terms: Vec<&Term> = new.glossary.iter().collect();
    let term_pairs = match_by_id_or_key(&old_terms, &new_terms, |t| normalise(t.title()));
    let glossary = item_changes(&old_terms, &new_terms, &term_pairs, term_fields);
    let old_areas: Vec<&Area> = old.areas.iter().collect();
    let new_areas: Vec<&Area> = new.areas.iter().collect();
    let area_pairs = match_items(&old_areas, &new_areas, |a, b| {
        similarity(&a.title, &b.title)
    });
    let areas = item_changes(&old_areas, &new_areas, &area_pairs, area_fields);
    let scales = same_id_changes(
        &old.scales.iter().collect::<Vec<_>>(),
        &new.scales.iter().collect::<Vec<_>>(),
        scale_fields,
    );
    let roles = same_id_changes(
        &old.roles.iter().collect::<Vec<_>>(),
        &new.roles.iter().collect::<Vec<_>>(),
        role_fields,
    );
    let guidance = same_id_changes(
        &old.guidance.iter().collect::<Vec<_>>(),
        &new.guidance.iter().collect::<Vec<_>>(),
        principle_fields,
    );
    let order = competence_order(&new_competences, &old_competences, &renamed);
    let (profiles, expectations) = expectation_changes(old, new, &renamed, &order);
    let metadata = compare(&metadata_fields(old), &metadata_fields(new));
    let summary = Summary {
        metadata: metadata.len(),
        guidance: count(&guidance),
        scales: count(&scales),
        areas: count(&areas),
        competences: count(&competences),
        statements: count(&statements),
        learning_outcomes: count(&learning_outcomes),
        glossary: count(&glossary),
        roles: count(&roles),
        profiles: count(&profiles),
        expectations: count_expectations(&expectations),
        competence_fields: tally(&competences),
    };
    Diff {
        old: side(old),
        new: side(new),
        summary,
        metadata,
        guidance,
        scales,
        areas,
        competences,
        statements,
        learning_outcomes,
        glossary,
        roles,
        profiles,
        expectations,
    }
}
