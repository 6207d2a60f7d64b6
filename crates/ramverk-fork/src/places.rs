//! Moves in a merge: areas and competences one side removed and the other kept are settled
//! before their items are merged, and the merged items are nested again in their places — an
//! item whose place is gone, or that the moves put inside itself, is a conflict on its place.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use ramverk_model::{Area, Competence};
use ramverk_review::diff::Section;

use crate::flat::{Children, Flat, KINDS, Kind, MAX_DEPTH, held, order};
use crate::three_way::{At, ThreeWay};
use crate::{ConflictKind, FieldPath, MergeError, Take};

/// The merged items of one kind: values by id, in document order.
#[derive(Default)]
struct Merged {
    order: Vec<String>,
    values: HashMap<String, Map<String, Value>>,
}

impl Merged {
    fn place(&self, kind: Kind, id: &str) -> Option<&str> {
        self.values.get(id)?.get(kind.field())?.as_str()
    }

    fn set_place(&mut self, kind: Kind, id: &str, place: &str) {
        if let Some(item) = self.values.get_mut(id) {
            item.insert(kind.field().to_owned(), Value::String(place.to_owned()));
        }
    }
}

impl ThreeWay<'_> {
    /// Areas and competences one side removed and the other kept. When the keeping side left
    /// the container and everything in it alone, its removal is taken (by the merge of its
    /// items); else it is a conflict on the container, and what it holds follows the choice:
    /// kept, the removing side's removals within it are undone; removed, the keeping side's
    /// items in it follow the removing side.
    pub(crate) fn containers(&mut self, flats: &mut [Flat; 3]) {
        let [base, ours, theirs] = flats;
        let base_children = base.children();
        let side_children: [Children; 2] = [ours.children(), theirs.children()];
        let mut sides: [&mut Flat; 2] = [ours, theirs];
        let mut containers: Vec<(Section, String)> = base
            .area_ids()
            .into_iter()
            .map(|id| (Section::Areas, id))
            .collect();
        containers.extend(
            base.ids(Kind::Competence)
                .map(|id| (Section::Competences, id.clone())),
        );
        let mut removed_areas = [HashSet::new(), HashSet::new()];
        let mut restored_areas = [HashSet::new(), HashSet::new()];
        for (section, id) in containers {
            let value = |flat: &Flat| match section {
                Section::Areas => flat.area(&id).cloned(),
                _ => flat.get(Kind::Competence, &id).cloned(),
            };
            let versions = [value(sides[0]), value(sides[1])];
            let (keeper, remover) = match &versions {
                [Some(_), None] => (0, 1),
                [None, Some(_)] => (1, 0),
                _ => continue,
            };
            let base_value = value(base);
            let held_by_keeper = held(&side_children[keeper], &id);
            // What the keeping side changed in it, or moved into it; an item the removing side
            // moved out before removing it is merged on its own.
            let changed_within: Vec<Value> = held_by_keeper
                .iter()
                .filter(|(kind, item)| {
                    let moved_out = sides[remover]
                        .place(*kind, item)
                        .is_some_and(|place| Some(place) != base.place(*kind, item));
                    !moved_out && sides[keeper].get(*kind, item) != base.get(*kind, item)
                })
                .map(|(kind, item)| {
                    Value::String(self.ids.result.apply(kind.section(), item).to_owned())
                })
                .collect();
            if versions[keeper] == base_value && changed_within.is_empty() {
                continue;
            }
            // The keeping side as the conflict shows it: with what it changed within.
            let mut shown = versions.clone();
            if let Some(Value::Object(item)) = &mut shown[keeper]
                && !changed_within.is_empty()
            {
                item.insert("changed_within".to_owned(), Value::Array(changed_within));
            }
            let at = At {
                section: Some(section),
                id: id.clone(),
                field: FieldPath::default(),
            };
            let kind = match keeper {
                0 => ConflictKind::ChangedRemoved,
                _ => ConflictKind::RemovedChanged,
            };
            let (chosen, take) = self.decide(
                &at,
                kind,
                base_value.as_ref(),
                shown[0].as_ref(),
                shown[1].as_ref(),
            );
            let mut kept = chosen.is_some();
            // A text keeps the container with the text as its own fields, when it is one.
            if let Some(Take::Text(_)) = take {
                match chosen.and_then(|value| own_fields(value, section, &id)) {
                    Some(fields) => kept = sides[keeper].set_own_fields(section, &id, fields),
                    None => {
                        self.reopen_last();
                        kept = keeper == 0;
                    }
                }
            }
            if kept {
                for (kind, item) in held(&base_children, &id) {
                    if sides[remover].get(kind, &item).is_none() {
                        sides[remover].borrow(kind, &item, base.get(kind, &item).cloned());
                    }
                }
                match section {
                    Section::Areas => {
                        restored_areas[remover].insert(id.clone());
                    }
                    _ => sides[remover].borrow(Kind::Competence, &id, base_value),
                }
            } else {
                for (kind, item) in held_by_keeper {
                    let follows = sides[remover].get(kind, &item).cloned();
                    sides[keeper].borrow(kind, &item, follows);
                }
                match section {
                    Section::Areas => {
                        removed_areas[keeper].insert(id.clone());
                    }
                    _ => sides[keeper].borrow(Kind::Competence, &id, None),
                }
            }
        }
        for (side, (removed, restored)) in sides
            .iter_mut()
            .zip(removed_areas.iter().zip(&restored_areas))
        {
            side.set_areas(base, removed, restored);
        }
    }

    /// The merged flat lists nested again: each item in its place, in the order the sides give
    /// it there. An item whose place is missing from the result, or that the moves put inside
    /// itself, is a conflict on its place field: the place chosen, or while it is open the first
    /// of ours', the base's and theirs' that fits; when none does, it is left out.
    pub(crate) fn nest(&mut self, merged: Value, flats: &[Flat; 3]) -> Result<Value, MergeError> {
        let Value::Object(mut root) = merged else {
            return Ok(merged);
        };
        let mut items: [Merged; 3] = Default::default();
        for kind in KINDS {
            let Some(Value::Array(list)) = root.shift_remove(kind.list()) else {
                continue;
            };
            let merged = &mut items[kind as usize];
            for item in list {
                if let Value::Object(mut item) = item
                    && let Some(id) = item.get("id").and_then(Value::as_str).map(str::to_owned)
                {
                    // An item given whole by a resolution's text has no place field: it stays
                    // where ours (else the base, else theirs) has it.
                    if !item.contains_key(kind.field())
                        && let Some(place) = [1, 0, 2]
                            .into_iter()
                            .find_map(|side| flats[side].place(kind, &id))
                    {
                        item.insert(kind.field().to_owned(), Value::String(place.to_owned()));
                    }
                    merged.order.push(id.clone());
                    merged.values.insert(id, item);
                }
            }
        }
        let areas: HashSet<String> = match root.get("areas") {
            Some(Value::Array(list)) => list
                .iter()
                .filter_map(|area| area.get("id")?.as_str().map(str::to_owned))
                .collect(),
            _ => HashSet::new(),
        };
        let [competences, statements, outcomes] = &mut items;
        let (_, causes) = walk(competences, &areas);
        for cause in causes {
            // Placed by an earlier choice (a member of the same cycle)?
            if walk_from(competences, &cause, &areas) {
                continue;
            }
            let fits = |place: &str| {
                areas.contains(place) || reaches_area(competences, place, &cause, &areas)
            };
            match self.place_again(Kind::Competence, &cause, flats, &areas, fits) {
                Some(place) => competences.set_place(Kind::Competence, &cause, &place),
                None => {
                    competences.values.remove(&cause);
                }
            }
        }
        let (placed, _) = walk(competences, &areas);
        competences.values.retain(|id, _| placed.contains(id));
        for (kind, merged) in [(Kind::Statement, statements), (Kind::Outcome, outcomes)] {
            let lost: Vec<String> = merged
                .order
                .iter()
                .filter(|id| {
                    merged
                        .place(kind, id)
                        .is_some_and(|place| !competences.values.contains_key(place))
                })
                .cloned()
                .collect();
            for id in lost {
                let fits = |place: &str| competences.values.contains_key(place);
                match self.place_again(kind, &id, flats, &areas, fits) {
                    Some(place) => merged.set_place(kind, &id, &place),
                    None => {
                        merged.values.remove(&id);
                    }
                }
            }
        }
        let children = flats.each_ref().map(Flat::children);
        let mut nesting = Nesting::new(items, &children);
        if let Some(Value::Array(list)) = root.get_mut("areas") {
            for area in list {
                let Value::Object(area) = area else {
                    continue;
                };
                let id = area
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                let competences = nesting.list(Kind::Competence, &id, 0)?;
                area.insert("competences".to_owned(), Value::Array(competences));
            }
        }
        Ok(Value::Object(root))
    }

    /// Places again an item whose place is gone (or that is inside itself): a conflict on its
    /// place field, settled by the place chosen when it `fits`, else left open — the item then
    /// in the first of ours', the base's and theirs' places that fits. The place, or `None`
    /// when none fits.
    fn place_again(
        &mut self,
        kind: Kind,
        id: &str,
        flats: &[Flat; 3],
        areas: &HashSet<String>,
        fits: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let [base, ours, theirs] = flats
            .each_ref()
            .map(|flat| flat.place(kind, id).map(str::to_owned));
        let shown = [&base, &ours, &theirs].map(|place| {
            place
                .as_deref()
                .map(|place| Value::String(self.result_place(kind, place, areas)))
        });
        let at = At {
            section: Some(kind.section()),
            id: id.to_owned(),
            field: FieldPath::new([kind.field()]),
        };
        let (chosen, take) = self.decide(
            &at,
            ConflictKind::PlaceLost,
            shown[0].as_ref(),
            shown[1].as_ref(),
            shown[2].as_ref(),
        );
        if take.is_some() {
            let place = chosen
                .as_ref()
                .and_then(Value::as_str)
                .map(|text| self.shared_place(kind, text, areas));
            if let Some(place) = place.filter(|place| fits(place)) {
                return Some(place);
            }
            self.reopen_last();
        }
        [ours, base, theirs]
            .into_iter()
            .flatten()
            .find(|place| fits(place))
    }

    /// A place (a shared id) as the result names it.
    fn result_place(&self, kind: Kind, place: &str, areas: &HashSet<String>) -> String {
        let section = match kind {
            Kind::Competence if areas.contains(place) => Section::Areas,
            _ => Section::Competences,
        };
        self.ids.result.apply(section, place).to_owned()
    }

    /// A place the result names (a resolution's text) as a shared id.
    fn shared_place(&self, kind: Kind, text: &str, areas: &HashSet<String>) -> String {
        if kind == Kind::Competence
            && let Some(area) = self.ids.result.undo(Section::Areas, text)
            && areas.contains(area)
        {
            return area.to_owned();
        }
        self.ids
            .result
            .undo(Section::Competences, text)
            .unwrap_or(text)
            .to_owned()
    }
}

/// Whether the competences above `place` lead to an area within the depth allowed, without
/// passing `id`.
fn reaches_area(competences: &Merged, place: &str, id: &str, areas: &HashSet<String>) -> bool {
    let mut current = place;
    for _ in 0..=MAX_DEPTH {
        if current == id {
            return false;
        }
        if areas.contains(current) {
            return true;
        }
        if !competences.values.contains_key(current) {
            return false;
        }
        match competences.place(Kind::Competence, current) {
            Some(parent) => current = parent,
            None => return false,
        }
    }
    false
}

/// Whether a competence's chain of places leads to an area.
fn walk_from(competences: &Merged, id: &str, areas: &HashSet<String>) -> bool {
    competences
        .place(Kind::Competence, id)
        .is_some_and(|place| areas.contains(place) || reaches_area(competences, place, id, areas))
}

/// The competences whose chain of places leads to an area, and those that cause the others'
/// not to: each whose place is missing, and one of each cycle (the first in document order).
fn walk(competences: &Merged, areas: &HashSet<String>) -> (HashSet<String>, Vec<String>) {
    let position: HashMap<&str, usize> = competences
        .order
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut state: HashMap<&str, bool> = HashMap::new();
    let mut causes: Vec<&str> = Vec::new();
    for start in &competences.order {
        if state.contains_key(start.as_str()) || !competences.values.contains_key(start) {
            continue;
        }
        let mut path: Vec<&str> = Vec::new();
        let mut on_path: HashMap<&str, usize> = HashMap::new();
        let mut current = start.as_str();
        let reaches = loop {
            if let Some(&known) = state.get(current) {
                break known;
            }
            if let Some(&at) = on_path.get(current) {
                let first = path[at..]
                    .iter()
                    .min_by_key(|id| position.get(**id).copied().unwrap_or(usize::MAX))
                    .copied()
                    .unwrap_or(current);
                causes.push(first);
                break false;
            }
            on_path.insert(current, path.len());
            path.push(current);
            match competences.place(Kind::Competence, current) {
                Some(place) if areas.contains(place) => break true,
                Some(place) if competences.values.contains_key(place) => current = place,
                _ => {
                    causes.push(current);
                    break false;
                }
            }
        };
        for id in path {
            state.insert(id, reaches);
        }
    }
    causes.sort_by_key(|id| position.get(id).copied().unwrap_or(usize::MAX));
    causes.dedup();
    let placed = state
        .into_iter()
        .filter(|(_, reaches)| *reaches)
        .map(|(id, _)| id.to_owned())
        .collect();
    (placed, causes.into_iter().map(str::to_owned).collect())
}

/// The merged items being nested: each place's items in order, built into the places' lists.
struct Nesting<'c> {
    items: [Merged; 3],
    children: &'c [Children; 3],
    /// The ids of the merged items in each place, in document order.
    grouped: HashMap<(Kind, String), Vec<String>>,
}

impl<'c> Nesting<'c> {
    fn new(items: [Merged; 3], children: &'c [Children; 3]) -> Nesting<'c> {
        let mut grouped: HashMap<(Kind, String), Vec<String>> = HashMap::new();
        for kind in KINDS {
            let merged = &items[kind as usize];
            for id in &merged.order {
                if let Some(place) = merged.place(kind, id) {
                    grouped
                        .entry((kind, place.to_owned()))
                        .or_default()
                        .push(id.clone());
                }
            }
        }
        Nesting {
            items,
            children,
            grouped,
        }
    }

    /// The items of a kind in a place, in order, each with what it holds.
    fn list(&mut self, kind: Kind, place: &str, depth: usize) -> Result<Vec<Value>, MergeError> {
        let spot = (kind, place.to_owned());
        let Some(present) = self.grouped.remove(&spot) else {
            return Ok(Vec::new());
        };
        let empty = Vec::new();
        let [base, ours, theirs] = self
            .children
            .each_ref()
            .map(|children| children.get(&spot).unwrap_or(&empty));
        let present: Vec<&str> = present.iter().map(String::as_str).collect();
        let ordered: Vec<String> = order(base, ours, theirs, &present)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let mut out = Vec::with_capacity(ordered.len());
        for id in ordered {
            if let Some(item) = self.item(kind, &id, depth)? {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// One item without its place field, with what it holds.
    fn item(&mut self, kind: Kind, id: &str, depth: usize) -> Result<Option<Value>, MergeError> {
        let Some(mut item) = self.items[kind as usize].values.remove(id) else {
            return Ok(None);
        };
        item.shift_remove(kind.field());
        if kind == Kind::Competence {
            if depth >= MAX_DEPTH {
                return Err(MergeError::TooDeep(id.to_owned()));
            }
            for child in KINDS {
                let list = self.list(child, id, depth + 1)?;
                if !list.is_empty() {
                    item.insert(child.list().to_owned(), Value::Array(list));
                }
            }
        }
        Ok(Some(Value::Object(item)))
    }
}

/// A resolution's text for a whole area or competence as its own fields: an object with the
/// container's id; what the conflict showed besides them (`changed_within`) and nested lists
/// left out. `None` when it is not one.
fn own_fields(value: Value, section: Section, id: &str) -> Option<Map<String, Value>> {
    let Value::Object(mut fields) = value else {
        return None;
    };
    if fields.get("id").and_then(Value::as_str) != Some(id) {
        return None;
    }
    fields.shift_remove("changed_within");
    let nested: &[Kind] = match section {
        Section::Areas => &[Kind::Competence],
        _ => &KINDS,
    };
    for kind in nested {
        fields.shift_remove(kind.list());
    }
    let value = Value::Object(fields);
    let fits = match section {
        Section::Areas => serde_json::from_value::<Area>(value.clone()).is_ok(),
        _ => serde_json::from_value::<Competence>(value.clone()).is_ok(),
    };
    match (fits, value) {
        (true, Value::Object(fields)) => Some(fields),
        _ => None,
    }
}
