//! Counting changes: per section, per expected-level movement, per competence field.

use super::change::{
    ChangeKind, Counts, ExpectationChange, ExpectationCounts, FieldTally, ItemChange, Movement,
};
use super::field::FieldKind;

/// How often each competence field was added, removed or changed, a competence counted once per
/// field and kind however many ranks of it changed (`descriptor`, not `descriptor 3`).
pub fn tally(items: &[ItemChange]) -> Vec<FieldTally> {
    let mut tallies: Vec<FieldTally> = Vec::new();
    for item in items {
        let mut seen: Vec<(FieldKind, ChangeKind)> = Vec::new();
        for field in &item.fields {
            let name = field.field.kind();
            let kind = match (&field.old, &field.new) {
                (None, Some(_)) => ChangeKind::Added,
                (Some(_), None) => ChangeKind::Removed,
                _ => ChangeKind::Changed,
            };
            if seen.contains(&(name, kind)) {
                continue; // count a competence once per field and kind
            }
            seen.push((name, kind));
            let index = match tallies.iter().position(|t| t.field == name) {
                Some(index) => index,
                None => {
                    tallies.push(FieldTally {
                        field: name,
                        added: 0,
                        removed: 0,
                        changed: 0,
                    });
                    tallies.len() - 1
                }
            };
            match kind {
                ChangeKind::Added => tallies[index].added += 1,
                ChangeKind::Removed => tallies[index].removed += 1,
                ChangeKind::Changed | ChangeKind::Renumbered => tallies[index].changed += 1,
            }
        }
    }
    tallies
}

/// Changes per kind.
pub fn count(items: &[ItemChange]) -> Counts {
    let mut counts = Counts::default();
    for item in items {
        match item.change {
            ChangeKind::Added => counts.added += 1,
            ChangeKind::Removed => counts.removed += 1,
            ChangeKind::Changed => counts.changed += 1,
            ChangeKind::Renumbered => counts.renumbered += 1,
        }
    }
    counts
}

/// Expected-level changes per movement.
pub fn count_expectations(cells: &[ExpectationChange]) -> ExpectationCounts {
    let mut counts = ExpectationCounts::default();
    for cell in cells {
        match cell.movement {
            Movement::Raised => counts.raised += 1,
            Movement::Lowered => counts.lowered += 1,
            Movement::Added => counts.added += 1,
            Movement::Removed => counts.removed += 1,
        }
    }
    counts
}
