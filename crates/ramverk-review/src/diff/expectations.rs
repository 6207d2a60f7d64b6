//! Expected levels compared role × competence under the new ids, and the profiles that changed.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use ramverk_model::{Expectation, Framework};

use super::change::{ChangeKind, ExpectationChange, ItemChange, Movement};
use super::compare::{Fields, compare, text};
use super::field::FieldKind;
use super::project::Placed;

/// Profiles added, removed or changed (their description, their cells), and every role ×
/// competence cell that differs. Competences are
/// compared under their new ids, so renumbering alone moves no expected level.
pub fn expectation_changes(
    old: &Framework,
    new: &Framework,
    renamed: &HashMap<&str, &str>,
    order: &HashMap<String, usize>,
) -> (Vec<ItemChange>, Vec<ExpectationChange>) {
    let title = |f: &Framework, role: &str| {
        f.roles
            .iter()
            .find(|r| r.id == role)
            .map_or(role.to_owned(), |r| r.title.clone())
    };
    let table = |f: &Framework, rename: bool| -> BTreeMap<String, BTreeMap<String, Expectation>> {
        f.profiles
            .iter()
            .map(|p| {
                let cells = p
                    .expected
                    .iter()
                    .map(|(id, e)| {
                        (
                            if rename {
                                renamed
                                    .get(id.as_str())
                                    .map_or(id.as_str(), |n| n)
                                    .to_owned()
                            } else {
                                id.clone()
                            },
                            *e,
                        )
                    })
                    .collect();
                (p.role.clone(), cells)
            })
            .collect()
    };
    let (old_table, new_table) = (table(old, true), table(new, false));
    let roles: BTreeSet<&String> = old_table.keys().chain(new_table.keys()).collect();
    let mut profiles = Vec::new();
    let mut cells = Vec::new();
    for role in roles {
        let empty = BTreeMap::new();
        let (before, after) = (
            old_table.get(role).unwrap_or(&empty),
            new_table.get(role).unwrap_or(&empty),
        );
        let mut found: Vec<(&String, Option<Expectation>, Option<Expectation>, Movement)> =
            Vec::new();
        for (id, b) in after {
            let a = before.get(id).copied();
            if let Some(movement) = movement(a, Some(*b)) {
                found.push((id, a, Some(*b), movement));
            }
        }
        for (id, a) in before.iter().filter(|(id, _)| !after.contains_key(*id)) {
            if let Some(movement) = movement(Some(*a), None) {
                found.push((id, Some(*a), None, movement));
            }
        }
        found.sort_by_key(|(id, ..)| order.get(id.as_str()).copied().unwrap_or(usize::MAX));
        let changed = found.len();
        for (id, a, b, movement) in found {
            cells.push(ExpectationChange {
                role: role.clone(),
                competence: id.clone(),
                old: a,
                new: b,
                movement,
            });
        }
        let in_both = old_table.contains_key(role) && new_table.contains_key(role);
        let fields = if in_both {
            compare(&description(old, role), &description(new, role))
        } else {
            Vec::new()
        };
        let kind = match (old_table.contains_key(role), new_table.contains_key(role)) {
            (false, true) => Some(ChangeKind::Added),
            (true, false) => Some(ChangeKind::Removed),
            _ if changed > 0 || !fields.is_empty() => Some(ChangeKind::Changed),
            _ => None,
        };
        if let Some(change) = kind {
            let name = if new_table.contains_key(role) {
                title(new, role)
            } else {
                title(old, role)
            };
            profiles.push(ItemChange {
                change,
                id: role.clone(),
                old_id: None,
                title: name,
                fields,
            });
        }
    }
    (profiles, cells)
}

/// A profile's own fields: its description.
fn description(framework: &Framework, role: &str) -> Fields {
    let mut out = Fields::new();
    let profile = framework.profiles.iter().find(|p| p.role == role);
    text(
        &mut out,
        FieldKind::Description,
        profile.and_then(|p| p.description.as_deref()),
    );
    out
}

/// Document order of competences (new version first, then old-only ones), for stable tables.
pub fn competence_order(
    new: &[Placed],
    old: &[Placed],
    renamed: &HashMap<&str, &str>,
) -> HashMap<String, usize> {
    let mut order = HashMap::new();
    for placed in new.iter().chain(old) {
        let id = renamed
            .get(placed.competence.id.as_str())
            .map_or(placed.competence.id.as_str(), |n| n);
        let next = order.len();
        order.entry(id.to_owned()).or_insert(next);
    }
    order
}

fn movement(old: Option<Expectation>, new: Option<Expectation>) -> Option<Movement> {
    let level = |e: Option<Expectation>| e.and_then(Expectation::level);
    match (level(old), level(new)) {
        (Some(a), Some(b)) if b > a => Some(Movement::Raised),
        (Some(a), Some(b)) if b < a => Some(Movement::Lowered),
        (Some(_), Some(_)) => None,
        (None, Some(_)) => Some(Movement::Added),
        (Some(_), None) => Some(Movement::Removed),
        (None, None) if old != new => Some(if new.is_some() {
            Movement::Added
        } else {
            Movement::Removed
        }),
        (None, None) => None,
    }
}
