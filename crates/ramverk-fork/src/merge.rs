//! `merge()`: upstream's next version taken into a fork, and what it returns.

use std::collections::{HashMap, HashSet};

use ramverk_model::Framework;
use ramverk_review::diff::Section;

use crate::flat::Flat;
use crate::shared_ids::{SharedIds, ids};
use crate::three_way::ThreeWay;
use crate::{
    Applied, AppliedKind, Conflict, ConflictKind, MergeError, Resolutions, ResultIds, Take,
};

/// The result of a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    /// The merged framework; where a conflict is open it holds ours.
    pub framework: Framework,
    /// The conflicts left open, in document order.
    pub conflicts: Vec<Conflict>,
    /// The conflicts a resolution settled, with the choice made.
    pub resolved: Vec<Resolved>,
    /// What was taken from upstream.
    pub applied: Vec<Applied>,
    /// Where the items of ours and of theirs are in the merged framework.
    pub ids: ResultIds,
}

/// A conflict settled by a resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The conflict.
    pub conflict: Conflict,
    /// What was chosen.
    pub take: Take,
}

impl Merge {
    /// Whether no conflict is left open.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Three-way merge of `ours` (a fork of `base`) and `theirs` (upstream's next version of
/// `base`), items matched by id, with the renumbering the diff sees on either side followed.
///
/// A change made on one side only is taken; the same change on both sides is taken once; the
/// same field changed differently, an item changed on one side and removed on the other, an id
/// added on both sides with different content, or an item renumbered differently are conflicts,
/// settled by `resolutions` or left open (holding ours).
pub fn merge(
    base: &Framework,
    ours: &Framework,
    theirs: &Framework,
    resolutions: &Resolutions,
) -> Result<Merge, MergeError> {
    let shared = SharedIds::new(base, ours, theirs, resolutions);
    let in_shared_ids = |framework: &Framework, renames: &crate::rename::Renames| {
        let mut framework = framework.clone();
        renames.framework(&mut framework);
        serde_json::to_value(framework).map_err(MergeError::Unrepresentable)
    };
    let ours_value = in_shared_ids(ours, &shared.ours)?;
    let theirs_value = in_shared_ids(theirs, &shared.theirs)?;
    let base_value = serde_json::to_value(base).map_err(MergeError::Unrepresentable)?;
    let mut three_way = ThreeWay::new(resolutions, &shared, &ours.id);
    // Items are merged flat, their place a field, so that a move is a change like any other;
    // a framework whose items cannot be told apart (a repeated id) is merged as nested.
    let flats = [&base_value, &ours_value, &theirs_value].map(Flat::new);
    let merged = match flats {
        [Some(base), Some(ours), Some(theirs)] => {
            let mut flats = [base, ours, theirs];
            three_way.containers(&mut flats);
            let [base, ours, theirs] = flats.each_ref().map(Flat::to_value);
            let merged = three_way.framework(&base, &ours, &theirs);
            three_way.nest(merged, &flats)?
        }
        _ => three_way.framework(&base_value, &ours_value, &theirs_value),
    };
    let mut framework: Framework =
        serde_json::from_value(merged).map_err(MergeError::Unrepresentable)?;
    shared.result.framework(&mut framework);

    let mut conflicts = shared.conflicts.clone();
    conflicts.extend(three_way.conflicts);
    conflicts.extend(ids_taken(&framework));
    let resolved = shared
        .resolved
        .iter()
        .cloned()
        .chain(three_way.resolved)
        .map(|(conflict, take)| Resolved { conflict, take })
        .collect();
    // Upstream's renumbering is worth reporting only for items the result still has.
    let mut present: HashMap<Section, HashSet<&str>> = HashMap::new();
    let mut applied: Vec<Applied> = Vec::with_capacity(shared.applied.len());
    for item in &shared.applied {
        let kept = match (item.kind, item.section) {
            (AppliedKind::Renumbered, Some(section)) => present
                .entry(section)
                .or_insert_with(|| ids(&framework, section))
                .contains(item.item.as_str()),
            _ => true,
        };
        if kept {
            applied.push(item.clone());
        }
    }
    applied.extend(three_way.applied);
    let ids = ResultIds::new(shared.ours, shared.theirs, shared.result);
    Ok(Merge {
        framework,
        conflicts,
        resolved,
        applied,
        ids,
    })
}

/// Ids that two items of the result share: an item kept by an open conflict, another
/// renumbered (or added) into its id.
fn ids_taken(framework: &Framework) -> Vec<Conflict> {
    let placed = framework.placed_competences();
    let mut out = Vec::new();
    let mut check = |section: Section, ids: &mut dyn Iterator<Item = &str>| {
        let mut seen = HashSet::new();
        let mut reported = HashSet::new();
        for id in ids {
            if !seen.insert(id) && reported.insert(id) {
                out.push(Conflict {
                    section: Some(section),
                    item: id.to_owned(),
                    field: None,
                    kind: ConflictKind::IdTaken,
                    base: None,
                    ours: None,
                    theirs: None,
                });
            }
        }
    };
    check(
        Section::Areas,
        &mut framework.areas.iter().map(|a| a.id.as_str()),
    );
    check(
        Section::Competences,
        &mut placed.iter().map(|p| p.competence.id.as_str()),
    );
    check(
        Section::Statements,
        &mut placed
            .iter()
            .flat_map(|p| p.competence.statements.iter().map(|s| s.id.as_str())),
    );
    check(
        Section::LearningOutcomes,
        &mut placed
            .iter()
            .flat_map(|p| p.competence.learning_outcomes.iter().map(|o| o.id.as_str())),
    );
    check(
        Section::Glossary,
        &mut framework.glossary.iter().map(|t| t.id.as_str()),
    );
    out
}
