//! Pairing the items of two versions: by id when the text agrees, by text when the id moved.

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
