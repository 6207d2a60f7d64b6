//! Item changes from paired items: added, removed, renumbered, or changed with their fields.

use super::change::{ChangeKind, ItemChange};
use super::compare::{Fields, compare};
use super::matching::{Pair, pair_by_id};
use super::project::Keyed;

/// Changes for items matched by `match_items`.
pub fn item_changes<T: Keyed>(
    old: &[T],
    new: &[T],
    pairs: &[Pair],
    fields: impl Fn(&T) -> Fields,
) -> Vec<ItemChange> {
    let mut out = Vec::new();
    for pair in pairs {
        match *pair {
            Pair::Both(o, n) => {
                let changes = compare(&fields(&old[o]), &fields(&new[n]));
                let renumbered = old[o].id() != new[n].id();
                if renumbered || !changes.is_empty() {
                    out.push(ItemChange {
                        change: if renumbered {
                            ChangeKind::Renumbered
                        } else {
                            ChangeKind::Changed
                        },
                        id: new[n].id().to_owned(),
                        old_id: renumbered.then(|| old[o].id().to_owned()),
                        title: new[n].title().to_owned(),
                        fields: changes,
                    });
                }
            }
            Pair::Removed(o) => out.push(whole(ChangeKind::Removed, &old[o])),
            Pair::Added(n) => out.push(whole(ChangeKind::Added, &new[n])),
        }
    }
    out
}

fn whole<T: Keyed>(change: ChangeKind, item: &T) -> ItemChange {
    ItemChange {
        change,
        id: item.id().to_owned(),
        old_id: None,
        title: item.title().to_owned(),
        fields: Vec::new(),
    }
}

/// Changes for items matched by id only (scales, roles, principles).
pub fn same_id_changes<T: Keyed>(
    old: &[T],
    new: &[T],
    fields: impl Fn(&T) -> Fields,
) -> Vec<ItemChange> {
    item_changes(old, new, &pair_by_id(old, new), fields)
}
