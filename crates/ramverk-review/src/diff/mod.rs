//! The semantic difference between two versions of a framework: items matched by stable id,
//! renumbered items recognised by their text, every field compared, expected levels per role.

mod classify;
mod fields;
mod matching;
mod words;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

pub use classify::{Bump, Classification, bumped, classify, is_enough};
pub use fields::FieldChange;
pub use words::{Segment, SegmentKind, similarity, word_diff};

use fields::{Fields, compare, list, text};
use matching::{Pair, match_items};
use ramverk_model::{Area, Competence, Expectation, Framework, Role, Scale};

/// What happened to an item between the two versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    /// Only in the new version.
    Added,
    /// Only in the old version.
    Removed,
    /// In both, with the same id, and some field differs.
    Changed,
    /// In both with nearly the same text but a different id (renumbered or moved).
    Renumbered,
}

/// One area, competence, role, scale or principle that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemChange {
    /// What happened.
    pub change: ChangeKind,
    /// The id in the new version (the old one when removed).
    pub id: String,
    /// The old id, when it was renumbered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// The title (the new one when both exist).
    pub title: String,
    /// The fields that differ (for added and removed items: none).
    pub fields: Vec<FieldChange>,
}

/// How an expected level moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Movement {
    /// A higher level is expected now.
    Raised,
    /// A lower level is expected now.
    Lowered,
    /// The role had no expectation for the competence; now it has.
    Added,
    /// The role had an expectation; now it has none.
    Removed,
}

/// One role × competence cell of the expected-level table that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExpectationChange {
    /// Role id.
    pub role: String,
    /// Competence id (in the new version).
    pub competence: String,
    /// Old expectation: a level, `not-applicable`, or nothing.
    pub old: Option<Expectation>,
    /// New expectation.
    pub new: Option<Expectation>,
    /// How it moved.
    pub movement: Movement,
}

/// The framework on one side of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// Framework id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Declared version.
    pub version: String,
    /// Source language.
    pub language: String,
}

/// Counts of changes of one kind of item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Items added.
    pub added: usize,
    /// Items removed.
    pub removed: usize,
    /// Items changed.
    pub changed: usize,
    /// Items renumbered or moved.
    pub renumbered: usize,
}

/// Counts of changed expected levels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExpectationCounts {
    /// Raised.
    pub raised: usize,
    /// Lowered.
    pub lowered: usize,
    /// Added.
    pub added: usize,
    /// Removed.
    pub removed: usize,
}

/// How much changed, section by section.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Framework-level fields that changed.
    pub metadata: usize,
    /// Guiding principles.
    pub guidance: Counts,
    /// Scales.
    pub scales: Counts,
    /// Areas.
    pub areas: Counts,
    /// Competences, all depths.
    pub competences: Counts,
    /// Roles.
    pub roles: Counts,
    /// Role profiles (added, removed, changed).
    pub profiles: Counts,
    /// Expected levels.
    pub expectations: ExpectationCounts,
    /// Competence fields changed across competences (`definition` added in 12 ...).
    pub competence_fields: Vec<FieldTally>,
}

/// How often one competence field was added, removed or changed, over all competences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldTally {
    /// The field (`definition`, `example`, `descriptor 3` ...).
    pub field: String,
    /// Competences where it was added.
    pub added: usize,
    /// Competences where it was removed.
    pub removed: usize,
    /// Competences where it changed.
    pub changed: usize,
}

/// Everything that differs between two versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    /// The old version.
    pub old: Side,
    /// The new version.
    pub new: Side,
    /// Counts first.
    pub summary: Summary,
    /// Framework-level fields: title, version, status, description, sources, notes ...
    pub metadata: Vec<FieldChange>,
    /// Guiding principles.
    pub guidance: Vec<ItemChange>,
    /// Scales and their levels.
    pub scales: Vec<ItemChange>,
    /// Areas, with their motivation statement and role restriction.
    pub areas: Vec<ItemChange>,
    /// Competences at every depth.
    pub competences: Vec<ItemChange>,
    /// Roles.
    pub roles: Vec<ItemChange>,
    /// Role profiles added, removed or changed (details in `expectations`).
    pub profiles: Vec<ItemChange>,
    /// Expected levels, role × competence.
    pub expectations: Vec<ExpectationChange>,
}

impl Diff {
    /// Whether the two versions have the same content.
    pub fn is_empty(&self) -> bool {
        self.metadata.is_empty()
            && self.guidance.is_empty()
            && self.scales.is_empty()
            && self.areas.is_empty()
            && self.competences.is_empty()
            && self.roles.is_empty()
            && self.profiles.is_empty()
            && self.expectations.is_empty()
    }
}

/// Compares two versions of a framework.
pub fn diff(old: &Framework, new: &Framework) -> Diff {
    let old_competences = flatten(old);
    let new_competences = flatten(new);
    let competence_pairs = match_items(&old_competences, &new_competences, competence_similarity);
    let renamed: HashMap<&str, &str> = competence_pairs
        .iter()
        .filter_map(|pair| match pair {
            Pair::Both(o, n) => Some((old_competences[*o].id(), new_competences[*n].id())),
            _ => None,
        })
        .collect();
    let competences = item_changes(&old_competences, &new_competences, &competence_pairs, |c| {
        c.fields()
    });
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
        |p| {
            vec![
                ("title".into(), fields::Value::Text(p.title.clone())),
                ("text".into(), fields::Value::Text(p.text.clone())),
            ]
        },
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
        roles,
        profiles,
        expectations,
    }
}

fn side(framework: &Framework) -> Side {
    Side {
        id: framework.id.clone(),
        title: framework.title.clone(),
        version: framework.version.clone(),
        language: framework.language.clone(),
    }
}

/// Something with a stable id and a title.
trait Keyed {
    fn id(&self) -> &str;
    fn title(&self) -> &str;
}

macro_rules! keyed {
    ($($type:ty),*) => {$(
        impl Keyed for &$type {
            fn id(&self) -> &str { &self.id }
            fn title(&self) -> &str { &self.title }
        }
    )*};
}
keyed!(Area, Scale, Role, ramverk_model::Principle);

/// A competence with where it sits, for comparing position as well as content.
struct Placed<'a> {
    competence: &'a Competence,
    area: &'a str,
    parent: Option<&'a str>,
    /// The descriptors' words, lower-cased and sorted: a cheap bound on how alike two are.
    words: Vec<String>,
}

impl Keyed for Placed<'_> {
    fn id(&self) -> &str {
        &self.competence.id
    }
    fn title(&self) -> &str {
        &self.competence.title
    }
}

impl Placed<'_> {
    fn fields(&self) -> Fields {
        let c = self.competence;
        let mut out = Fields::new();
        text(&mut out, "title", Some(&c.title));
        text(&mut out, "area", Some(self.area));
        text(&mut out, "parent", self.parent);
        text(&mut out, "definition", c.definition.as_deref());
        text(&mut out, "description", c.description.as_deref());
        list(&mut out, "example", c.examples.iter().cloned());
        for (rank, descriptor) in &c.descriptors {
            text(&mut out, &format!("descriptor {rank}"), Some(descriptor));
        }
        let activity = |a: &ramverk_model::LearningActivity| {
            if a.levels.is_empty() {
                a.text.clone()
            } else {
                format!("{} (levels {:?})", a.text, a.levels)
            }
        };
        list(
            &mut out,
            "learning activity",
            c.learning_activities.iter().map(activity),
        );
        out
    }
}

fn flatten(framework: &Framework) -> Vec<Placed<'_>> {
    let words = |competence: &Competence| {
        let mut words: Vec<String> = competence
            .descriptors
            .values()
            .flat_map(|d| d.split_whitespace())
            .map(str::to_lowercase)
            .collect();
        words.sort_unstable();
        words
    };
    framework
        .placed_competences()
        .into_iter()
        .map(|p| Placed {
            competence: p.competence,
            area: p.area,
            parent: p.parent,
            words: words(p.competence),
        })
        .collect()
}

/// Title similarity, or descriptor similarity when that is higher (a retitled competence whose
/// levels read the same is the same competence).
fn competence_similarity(a: &Placed, b: &Placed) -> f64 {
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

fn area_fields(area: &&Area) -> Fields {
    let mut out = Fields::new();
    text(&mut out, "title", Some(&area.title));
    text(&mut out, "description", area.description.as_deref());
    text(&mut out, "motivation", area.motivation.as_deref());
    let mut restricted: Vec<String> = area.restricted_to.clone();
    restricted.sort();
    if !restricted.is_empty() {
        text(&mut out, "restricted to", Some(&restricted.join(", ")));
    }
    out
}

fn scale_fields(scale: &&Scale) -> Fields {
    let mut out = Fields::new();
    text(&mut out, "title", Some(&scale.title));
    text(&mut out, "description", scale.description.as_deref());
    for level in &scale.levels {
        text(
            &mut out,
            &format!("level {}", level.rank),
            Some(&level.label),
        );
        text(
            &mut out,
            &format!("level {} description", level.rank),
            level.description.as_deref(),
        );
    }
    if let Some(not_rated) = &scale.not_rated {
        text(
            &mut out,
            "not rated",
            Some(&format!("{} = {}", not_rated.value, not_rated.label)),
        );
    }
    text(
        &mut out,
        "cumulative",
        Some(if scale.cumulative { "yes" } else { "no" }),
    );
    text(
        &mut out,
        "requires descriptors",
        Some(if scale.requires_descriptors {
            "yes"
        } else {
            "no"
        }),
    );
    out
}

fn role_fields(role: &&Role) -> Fields {
    let mut out = Fields::new();
    text(&mut out, "title", Some(&role.title));
    text(&mut out, "unit", role.unit.as_deref());
    text(&mut out, "description", role.description.as_deref());
    out
}

fn metadata_fields(f: &Framework) -> Fields {
    let mut out = Fields::new();
    text(&mut out, "id", Some(&f.id));
    text(&mut out, "title", Some(&f.title));
    text(&mut out, "version", Some(&f.version));
    text(&mut out, "language", Some(&f.language));
    text(
        &mut out,
        "status",
        Some(&format!("{:?}", f.status).to_lowercase()),
    );
    text(&mut out, "adopted", f.adopted.as_deref());
    text(&mut out, "publisher", Some(&f.publisher.name));
    text(&mut out, "publisher unit", f.publisher.unit.as_deref());
    text(&mut out, "publisher url", f.publisher.url.as_deref());
    text(&mut out, "description", f.description.as_deref());
    text(&mut out, "rating scale", f.rating_scale.as_deref());
    text(&mut out, "motivation scale", f.motivation_scale.as_deref());
    if let Some(vocabulary) = &f.vocabulary {
        text(
            &mut out,
            "vocabulary",
            Some(&format!(
                "{} / {}",
                vocabulary.area,
                vocabulary.competence.join(" / ")
            )),
        );
    }
    let source = |s: &ramverk_model::Source| {
        [
            Some(s.title.as_str()),
            s.date.as_deref(),
            s.reference.as_deref(),
            s.parts.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    };
    list(&mut out, "source", f.sources.iter().map(source));
    list(
        &mut out,
        "correction",
        f.corrections
            .iter()
            .map(|c| format!("{}: {} → {} ({})", c.item, c.source, c.kept, c.reason)),
    );
    list(&mut out, "note", f.notes.iter().cloned());
    out
}

/// Changes for items matched by `match_items`.
fn item_changes<T: Keyed>(
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
fn same_id_changes<T: Keyed>(
    old: &[T],
    new: &[T],
    fields: impl Fn(&T) -> Fields,
) -> Vec<ItemChange> {
    let mut pairs = Vec::new();
    for (o, item) in old.iter().enumerate() {
        match new.iter().position(|candidate| candidate.id() == item.id()) {
            Some(n) => pairs.push(Pair::Both(o, n)),
            None => pairs.push(Pair::Removed(o)),
        }
    }
    for (n, item) in new.iter().enumerate() {
        if !old.iter().any(|candidate| candidate.id() == item.id()) {
            pairs.push(Pair::Added(n));
        }
    }
    item_changes(old, new, &pairs, fields)
}

/// Profiles added or removed, and every role × competence cell that differs. Competences are
/// compared under their new ids, so renumbering alone moves no expected level.
fn expectation_changes(
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
        let kind = match (old_table.contains_key(role), new_table.contains_key(role)) {
            (false, true) => Some(ChangeKind::Added),
            (true, false) => Some(ChangeKind::Removed),
            _ if changed > 0 => Some(ChangeKind::Changed),
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
                fields: Vec::new(),
            });
        }
    }
    (profiles, cells)
}

/// Document order of competences (new version first, then old-only ones), for stable tables.
fn competence_order(
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

fn tally(items: &[ItemChange]) -> Vec<FieldTally> {
    let mut tallies: Vec<FieldTally> = Vec::new();
    for item in items {
        let mut seen: Vec<(&str, u8)> = Vec::new();
        for field in &item.fields {
            let name = field
                .field
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .trim_end();
            let kind = match (&field.old, &field.new) {
                (None, Some(_)) => 0,
                (Some(_), None) => 1,
                _ => 2,
            };
            if seen.contains(&(name, kind)) {
                continue; // count a competence once per field and kind
            }
            seen.push((name, kind));
            let index = match tallies.iter().position(|t| t.field == name) {
                Some(index) => index,
                None => {
                    tallies.push(FieldTally {
                        field: name.to_owned(),
                        added: 0,
                        removed: 0,
                        changed: 0,
                    });
                    tallies.len() - 1
                }
            };
            match kind {
                0 => tallies[index].added += 1,
                1 => tallies[index].removed += 1,
                _ => tallies[index].changed += 1,
            }
        }
    }
    tallies
}

fn count(items: &[ItemChange]) -> Counts {
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

fn count_expectations(cells: &[ExpectationChange]) -> ExpectationCounts {
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
