//! Pairing the items of two versions: by id when the text agrees, by text when the id moved.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use ramverk_model::Competence;

use super::project::{Keyed, Placed};
use super::words::similarity;

/// How an old and a new item correspond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pair {
    /// Old index, new index: the same item.
    Both(usize, usize),
    /// Only in the old version.
    Removed(usize),
    /// Only in the new version.
    Added(usize),
}

/// Below this, two items with the same id are different items (the id was reused).
const SAME_ID_FLOOR: f64 = 0.5;
/// At or above this, two items with different ids are the same item renumbered.
const RENUMBERED: f64 = 0.85;

/// Pairs items: same id unless their texts have nothing in common; then the unpaired ones whose
/// texts are nearly the same, best match first. The result is in new-version order, with removed
/// items after the item that preceded them.
pub fn match_items<T: Keyed>(
    old: &[T],
    new: &[T],
    similarity: impl Fn(&T, &T) -> f64,
) -> Vec<Pair> {
    let mut old_to_new: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_taken = vec![false; new.len()];
    let index: std::collections::HashMap<&str, usize> = new
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id(), i))
        .collect();
    for (o, item) in old.iter().enumerate() {
        if let Some(&n) = index.get(item.id())
            && !new_taken[n]
            && similarity(item, &new[n]) >= SAME_ID_FLOOR
        {
            old_to_new[o] = Some(n);
            new_taken[n] = true;
        }
    }
    let free_old: Vec<usize> = (0..old.len())
        .filter(|&o| old_to_new[o].is_none())
        .collect();
    let free_new: Vec<usize> = (0..new.len()).filter(|&n| !new_taken[n]).collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for &o in &free_old {
        for &n in &free_new {
            let score = similarity(&old[o], &new[n]);
            if score >= RENUMBERED {
                candidates.push((score, o, n));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, o, n) in candidates {
        if old_to_new[o].is_none() && !new_taken[n] {
            old_to_new[o] = Some(n);
            new_taken[n] = true;
        }
    }
    order(&old_to_new, new.len())
}

/// Pairs items by id alone: every old item in old-version order, paired or removed, then the
/// new items no old one had. Linear in the number of items.
pub fn pair_by_id<T: Keyed>(old: &[T], new: &[T]) -> Vec<Pair> {
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(new.len());
    for (n, item) in new.iter().enumerate() {
        index.entry(item.id()).or_insert(n);
    }
    let old_ids: HashSet<&str> = old.iter().map(Keyed::id).collect();
    let mut pairs: Vec<Pair> = old
        .iter()
        .enumerate()
        .map(|(o, item)| match index.get(item.id()) {
            Some(&n) => Pair::Both(o, n),
            None => Pair::Removed(o),
        })
        .collect();
    pairs.extend(
        new.iter()
            .enumerate()
            .filter(|(_, item)| !old_ids.contains(item.id()))
            .map(|(n, _)| Pair::Added(n)),
    );
    pairs
}

/// Pairs items by id unless their titles have nothing in common (the id was reused), then the
/// rest whose `key` is equal (a statement's competence and text): the same item renumbered —
/// also into the id of an item removed (`CS1.1.03` → `CS1.1.02`). The result is in new-version
/// order, with removed items after the item that preceded them. Linear in the number of items:
/// one map per side, no nested scans.
pub fn match_by_id_or_key<T: Keyed, K: Eq + Hash>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> K,
) -> Vec<Pair> {
    let mut old_to_new: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(new.len());
    for (n, item) in new.iter().enumerate() {
        index.entry(item.id()).or_insert(n);
    }
    for (o, item) in old.iter().enumerate() {
        if let Some(&n) = index.get(item.id())
            && !new_taken[n]
            && (item.title() == new[n].title()
                || similarity(item.title(), new[n].title()) >= SAME_ID_FLOOR)
        {
            old_to_new[o] = Some(n);
            new_taken[n] = true;
        }
    }
    // The unpaired new items by key, each list last first so that `pop` takes them in order.
    let mut by_key: HashMap<K, Vec<usize>> = HashMap::new();
    for n in (0..new.len()).rev().filter(|&n| !new_taken[n]) {
        by_key.entry(key(&new[n])).or_default().push(n);
    }
    for (o, item) in old.iter().enumerate() {
        if old_to_new[o].is_none()
            && let Some(n) = by_key.get_mut(&key(item)).and_then(Vec::pop)
        {
            old_to_new[o] = Some(n);
        }
    }
    order(&old_to_new, new.len())
}

fn order(old_to_new: &[Option<usize>], new_len: usize) -> Vec<Pair> {
    let mut new_to_old = vec![None; new_len];
    for (o, n) in old_to_new.iter().enumerate() {
        if let Some(n) = n {
            new_to_old[*n] = Some(o);
        }
    }
    let mut out: Vec<Pair> = Vec::new();
    let mut removed_after: Vec<Vec<usize>> = vec![Vec::new(); new_len + 1];
    let mut last_new = 0;
    for (o, n) in old_to_new.iter().enumerate() {
        match n {
            Some(n) => last_new = n + 1,
            None => removed_after[last_new].push(o),
        }
    }
    out.extend(removed_after[0].iter().map(|&o| Pair::Removed(o)));
    for (n, o) in new_to_old.iter().enumerate() {
        out.push(match o {
            Some(o) => Pair::Both(*o, n),
            None => Pair::Added(n),
        });
        out.extend(removed_after[n + 1].iter().map(|&o| Pair::Removed(o)));
    }
    out
}

/// Title similarity, or descriptor similarity when that is higher (a retitled competence whose
/// levels read the same is the same competence).
pub fn competence_similarity(a: &Placed, b: &Placed) -> f64 {
    if a.competence.title == b.competence.title {
        return 1.0;
    }
    let title = similarity(&a.competence.title, &b.competence.title);
    if a.words.is_empty() || b.words.is_empty() {
        return title;
    }
    // Shared words bound the similarity from above: skip the costly comparison when the bound
    // cannot change the result.
    let bound = 2.0 * shared(&a.words, &b.words) as f64 / (a.words.len() + b.words.len()) as f64;
    if bound <= title || bound < 0.5 {
        return title.max(bound.min(title));
    }
    let join = |c: &Competence| {
        c.descriptors
            .values()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    };
    title.max(similarity(&join(a.competence), &join(b.competence)))
}

/// How many words two sorted word lists share, counting repeats.
fn shared(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut count) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                count += 1;
                i += 1;
                j += 1;
            }
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::{Pair, match_by_id_or_key, pair_by_id};
    use crate::diff::project::Keyed;

    /// An item with an id and a title.
    struct Item(&'static str, &'static str);

    impl Keyed for Item {
        fn id(&self) -> &str {
            self.0
        }
        fn title(&self) -> &str {
            self.1
        }
    }

    #[test]
    fn by_id_lists_old_items_then_added_ones() {
        let old = [Item("a", "A"), Item("b", "B"), Item("c", "C")];
        let new = [Item("d", "D"), Item("c", "C"), Item("a", "A")];
        assert_eq!(
            pair_by_id(&old, &new),
            [
                Pair::Both(0, 2),
                Pair::Removed(1),
                Pair::Both(2, 1),
                Pair::Added(0)
            ]
        );
    }

    #[test]
    fn a_text_under_another_id_is_renumbered_even_into_a_removed_items_id() {
        let old = [
            Item("s1", "Use a search engine."),
            Item("s2", "Refine a search strategy."),
            Item("s3", "Save a web page for later."),
        ];
        let new = [
            Item("s1", "Use a search engine well."),
            Item("s2", "Save a web page for later."),
            Item("s4", "Set up an alert."),
        ];
        let pairs = match_by_id_or_key(&old, &new, |item| item.title().to_owned());
        assert_eq!(
            pairs,
            [
                Pair::Both(0, 0),
                Pair::Removed(1),
                Pair::Both(2, 1),
                Pair::Added(2)
            ]
        );
    }

    #[test]
    fn equal_keys_pair_in_document_order() {
        let old = [Item("a", "Same."), Item("b", "Same.")];
        let new = [Item("c", "Same."), Item("d", "Same.")];
        let pairs = match_by_id_or_key(&old, &new, |item| item.title().to_owned());
        assert_eq!(pairs, [Pair::Both(0, 0), Pair::Both(1, 1)]);
    }
}
