//! A framework's nested items (areas → competences → sub-competences, statements, learning
//! outcomes) as flat lists, each item carrying its place as a field — so that the merge sees a
//! moved item as one item whose place changed, not one removed and another added.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use ramverk_review::diff::Section;

/// The items that sit in a place: competences in an area or a competence, statements and
/// learning outcomes in a competence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Competence,
    Statement,
    Outcome,
}

/// Every kind, in the order a competence lists them.
pub(crate) const KINDS: [Kind; 3] = [Kind::Competence, Kind::Statement, Kind::Outcome];

impl Kind {
    /// The list that holds items of this kind (in an area or a competence, and flat).
    pub fn list(self) -> &'static str {
        match self {
            Kind::Competence => "competences",
            Kind::Statement => "statements",
            Kind::Outcome => "learning_outcomes",
        }
    }

    /// The field naming an item's place: the area or competence a competence sits in
    /// (`parent`), the competence a statement or learning outcome belongs to (`competence`).
    pub fn field(self) -> &'static str {
        match self {
            Kind::Competence => "parent",
            Kind::Statement | Kind::Outcome => "competence",
        }
    }

    /// The section the diff and conflicts name items of this kind by.
    pub fn section(self) -> Section {
        match self {
            Kind::Competence => Section::Competences,
            Kind::Statement => Section::Statements,
            Kind::Outcome => Section::LearningOutcomes,
        }
    }

    /// The kind whose items a section names.
    pub fn of_section(section: Section) -> Option<Kind> {
        KINDS.into_iter().find(|kind| kind.section() == section)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Deepest nesting of competences a flattened framework may have; the YAML budget of 64 levels
/// holds fewer.
pub(crate) const MAX_DEPTH: usize = 30;

/// A place's items of one kind: `(kind, place id)`.
pub(crate) type Spot = (Kind, String);

/// The ids of the items in each place, in order.
pub(crate) type Children = HashMap<Spot, Vec<String>>;

/// One kind's items by id, in document order.
#[derive(Debug, Clone, Default)]
struct Items {
    order: Vec<String>,
    values: HashMap<String, Value>,
}

/// One version of a framework with its nested items flattened.
#[derive(Debug, Clone)]
pub(crate) struct Flat {
    /// The framework without its nested items: its areas hold no competences.
    root: Map<String, Value>,
    /// Per kind, the items with their place field.
    items: [Items; 3],
    /// Items whose value was taken from another version (restored from the base, or following
    /// the other side): their position comes from there, not from this version's order.
    borrowed: HashSet<Spot>,
    /// Where each area sits in the root's list.
    area_index: HashMap<String, usize>,
}

impl Flat {
    /// The framework flattened; `None` when it cannot be told apart item by item: an id that
    /// is not a text or repeats within its kind, an area and a competence sharing an id, a
    /// field already named like a place field, or nesting deeper than [`MAX_DEPTH`].
    pub fn new(framework: &Value) -> Option<Flat> {
        let mut root = framework.as_object()?.clone();
        if KINDS.iter().any(|kind| root.contains_key(kind.list())) {
            return None;
        }
        let mut flat = Flat {
            root: Map::new(),
            items: Default::default(),
            borrowed: HashSet::new(),
            area_index: HashMap::new(),
        };
        let mut areas = HashSet::new();
        match root.get_mut("areas") {
            None => {}
            Some(Value::Array(list)) => {
                for area in list {
                    let Value::Object(area) = area else {
                        return None;
                    };
                    let id = area.get("id")?.as_str()?.to_owned();
                    if !areas.insert(id.clone()) {
                        return None;
                    }
                    match area.shift_remove(Kind::Competence.list()) {
                        None => {}
                        Some(Value::Array(competences)) => {
                            for competence in competences {
                                flat.add(Kind::Competence, &id, competence, 0)?;
                            }
                        }
                        Some(_) => return None,
                    }
                }
            }
            Some(_) => return None,
        }
        let competences = &flat.items[Kind::Competence.index()].values;
        if areas.iter().any(|id| competences.contains_key(id)) {
            return None;
        }
        flat.root = root;
        flat.index_areas();
        Some(flat)
    }

    /// Adds an item in `place`, and everything nested in it after it.
    fn add(&mut self, kind: Kind, place: &str, item: Value, depth: usize) -> Option<()> {
        let Value::Object(mut item) = item else {
            return None;
        };
        let id = item.get("id")?.as_str()?.to_owned();
        if item.contains_key(kind.field()) || depth > MAX_DEPTH {
            return None;
        }
        let mut nested = Vec::new();
        if kind == Kind::Competence {
            for child in KINDS {
                match item.shift_remove(child.list()) {
                    None => {}
                    Some(Value::Array(list)) => nested.push((child, list)),
                    Some(_) => return None,
                }
            }
        }
        item.insert(kind.field().to_owned(), Value::String(place.to_owned()));
        let items = &mut self.items[kind.index()];
        if items
            .values
            .insert(id.clone(), Value::Object(item))
            .is_some()
        {
            return None;
        }
        items.order.push(id.clone());
        for (child, list) in nested {
            for value in list {
                self.add(child, &id, value, depth + 1)?;
            }
        }
        Some(())
    }

    /// The framework with the flat lists right after its areas.
    pub fn to_value(&self) -> Value {
        let lists = KINDS.map(|kind| {
            let items = &self.items[kind.index()];
            let list = items
                .order
                .iter()
                .filter_map(|id| items.values.get(id).cloned())
                .collect();
            (kind.list().to_owned(), Value::Array(list))
        });
        let mut out = Map::new();
        let mut lists = Some(lists);
        for (key, value) in &self.root {
            out.insert(key.clone(), value.clone());
            if key == "areas" {
                out.extend(lists.take().into_iter().flatten());
            }
        }
        out.extend(lists.into_iter().flatten());
        Value::Object(out)
    }

    /// The areas, in order.
    fn areas(&self) -> &[Value] {
        match self.root.get("areas") {
            Some(Value::Array(areas)) => areas,
            _ => &[],
        }
    }

    /// The ids of the areas, in order.
    pub fn area_ids(&self) -> Vec<String> {
        self.areas()
            .iter()
            .filter_map(|area| area.get("id")?.as_str().map(str::to_owned))
            .collect()
    }

    fn index_areas(&mut self) {
        self.area_index = self
            .area_ids()
            .into_iter()
            .enumerate()
            .map(|(i, id)| (id, i))
            .collect();
    }

    /// The area with this id.
    pub fn area(&self, id: &str) -> Option<&Value> {
        self.area_index.get(id).and_then(|&i| self.areas().get(i))
    }

    /// The ids of the items of a kind, in document order.
    pub fn ids(&self, kind: Kind) -> impl Iterator<Item = &String> {
        let items = &self.items[kind.index()];
        items
            .order
            .iter()
            .filter(|id| items.values.contains_key(*id))
    }

    /// The item of a kind with this id.
    pub fn get(&self, kind: Kind, id: &str) -> Option<&Value> {
        self.items[kind.index()].values.get(id)
    }

    /// Where an item sits: the id of its area or competence.
    pub fn place(&self, kind: Kind, id: &str) -> Option<&str> {
        self.get(kind, id)?.get(kind.field())?.as_str()
    }

    /// Sets an item to a value taken from another version (or removes it): its position is
    /// then that version's.
    pub fn borrow(&mut self, kind: Kind, id: &str, value: Option<Value>) {
        let items = &mut self.items[kind.index()];
        match value {
            Some(value) => {
                if items.values.insert(id.to_owned(), value).is_none() {
                    items.order.push(id.to_owned());
                }
                self.borrowed.insert((kind, id.to_owned()));
            }
            None => {
                items.values.remove(id);
            }
        }
    }

    /// Sets the own fields of an area or competence where it is, keeping its position (and a
    /// competence its place); false when there is none.
    pub fn set_own_fields(
        &mut self,
        section: Section,
        id: &str,
        mut fields: Map<String, Value>,
    ) -> bool {
        if section == Section::Areas {
            let Some(&i) = self.area_index.get(id) else {
                return false;
            };
            return match self.root.get_mut("areas") {
                Some(Value::Array(areas)) if i < areas.len() => {
                    areas[i] = Value::Object(fields);
                    true
                }
                _ => false,
            };
        }
        let kind = Kind::Competence;
        let Some(slot) = self.items[kind.index()].values.get_mut(id) else {
            return false;
        };
        if let Some(place) = slot.get(kind.field()) {
            fields.insert(kind.field().to_owned(), place.clone());
        }
        *slot = Value::Object(fields);
        true
    }

    /// Sets the areas to those with these ids, each taken from this version or else from
    /// `base`: removed ones left out, restored ones after the area before them in `base`.
    pub fn set_areas(
        &mut self,
        base: &Flat,
        removed: &HashSet<String>,
        restored: &HashSet<String>,
    ) {
        if removed.is_empty() && restored.is_empty() {
            return;
        }
        let own: Vec<String> = self
            .area_ids()
            .into_iter()
            .filter(|id| !removed.contains(id))
            .collect();
        let base_ids = base.area_ids();
        let order = interleave(&own, |id| restored.contains(id), &base_ids);
        let by_id = |flat: &Flat| -> HashMap<String, Value> {
            flat.areas()
                .iter()
                .filter_map(|area| Some((area.get("id")?.as_str()?.to_owned(), area.clone())))
                .collect()
        };
        let (mut own_areas, mut base_areas) = (by_id(self), by_id(base));
        let areas = order
            .iter()
            .filter_map(|id| own_areas.remove(*id).or_else(|| base_areas.remove(*id)))
            .collect();
        self.root.insert("areas".to_owned(), Value::Array(areas));
        self.index_areas();
    }

    /// The ids of the items in each place, in order; borrowed items left out.
    pub fn children(&self) -> Children {
        let mut out = Children::new();
        for kind in KINDS {
            for id in self.ids(kind) {
                if self.borrowed.contains(&(kind, id.clone())) {
                    continue;
                }
                if let Some(place) = self.place(kind, id) {
                    out.entry((kind, place.to_owned()))
                        .or_default()
                        .push(id.clone());
                }
            }
        }
        out
    }
}

/// The items in a place and, transitively, in the competences among them: what a place holds
/// in a version.
pub(crate) fn held(children: &Children, place: &str) -> Vec<Spot> {
    let mut out = Vec::new();
    let mut places = vec![place.to_owned()];
    let mut seen = HashSet::new();
    while let Some(place) = places.pop() {
        if !seen.insert(place.clone()) {
            continue;
        }
        for kind in KINDS {
            for id in children.get(&(kind, place.clone())).into_iter().flatten() {
                if kind == Kind::Competence {
                    places.push(id.clone());
                }
                out.push((kind, id.clone()));
            }
        }
    }
    out
}

/// `own` with the keys of `base` that `extra` picks (keys `own` lacks) each placed after the
/// nearest key before it in `base` that `own` has; the first ones before all.
pub(crate) fn interleave<'k>(
    own: &'k [String],
    extra: impl Fn(&str) -> bool,
    base: &'k [String],
) -> Vec<&'k str> {
    let own_keys: HashSet<&str> = own.iter().map(String::as_str).collect();
    let mut after: HashMap<Option<&str>, Vec<&str>> = HashMap::new();
    let mut anchor = None;
    for key in base.iter().map(String::as_str) {
        if own_keys.contains(key) {
            anchor = Some(key);
        } else if extra(key) {
            after.entry(anchor).or_default().push(key);
        }
    }
    let mut out = Vec::with_capacity(own.len());
    out.extend(after.get(&None).into_iter().flatten());
    for key in own.iter().map(String::as_str) {
        out.push(key);
        out.extend(after.get(&Some(key)).into_iter().flatten());
    }
    out
}

/// The order of a merged list: theirs', unless upstream kept the base's order — then ours'.
/// Keys only the other side has follow the key before them there. Only keys `present` are
/// given; present keys in neither side's list come last, in the order given.
pub(crate) fn order<'k>(
    base: &'k [String],
    ours: &'k [String],
    theirs: &'k [String],
    present: &[&'k str],
) -> Vec<&'k str> {
    let keys =
        |list: &'k [String]| -> HashSet<&'k str> { list.iter().map(String::as_str).collect() };
    let (base_keys, theirs_keys) = (keys(base), keys(theirs));
    let common = |list: &'k [String], other: &HashSet<&str>| -> Vec<&'k str> {
        list.iter()
            .map(String::as_str)
            .filter(|key| other.contains(key))
            .collect()
    };
    let upstream_reordered = common(base, &theirs_keys) != common(theirs, &base_keys);
    let (primary, other) = if upstream_reordered {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let wanted: HashSet<&str> = present.iter().copied().collect();
    let merged = interleave(primary, |key| wanted.contains(key), other);
    let mut emitted = HashSet::with_capacity(present.len());
    merged
        .into_iter()
        .chain(present.iter().copied())
        .filter(|key| wanted.contains(key) && emitted.insert(*key))
        .collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{Flat, Kind, interleave, order};

    fn strings(keys: &[&str]) -> Vec<String> {
        keys.iter().map(|k| (*k).to_owned()).collect()
    }

    #[test]
    fn nested_items_are_flat_with_their_place() {
        let framework = json!({ "id": "f", "areas": [{ "id": "1", "competences": [
            { "id": "1.1", "statements": [{ "id": "s" }], "competences": [{ "id": "1.1.1" }] }
        ] }], "roles": [] });
        let flat = Flat::new(&framework).expect("flat");
        assert_eq!(flat.place(Kind::Competence, "1.1"), Some("1"));
        assert_eq!(flat.place(Kind::Competence, "1.1.1"), Some("1.1"));
        assert_eq!(flat.place(Kind::Statement, "s"), Some("1.1"));
        let value = flat.to_value();
        let keys: Vec<&String> = value.as_object().expect("object").keys().collect();
        assert_eq!(
            keys,
            [
                "id",
                "areas",
                "competences",
                "statements",
                "learning_outcomes",
                "roles"
            ]
        );
        assert_eq!(value["areas"], json!([{ "id": "1" }]));
    }

    #[test]
    fn ids_that_cannot_be_told_apart_are_not_flattened() {
        let repeated = json!({ "areas": [
            { "id": "1", "competences": [{ "id": "x" }] },
            { "id": "2", "competences": [{ "id": "x" }] }
        ] });
        assert!(Flat::new(&repeated).is_none());
        let shared = json!({ "areas": [{ "id": "1", "competences": [{ "id": "1" }] }] });
        assert!(Flat::new(&shared).is_none());
        let numeric = json!({ "areas": [{ "id": 1 }] });
        assert!(Flat::new(&numeric).is_none());
    }

    #[test]
    fn extra_keys_follow_their_predecessor_in_the_base() {
        let (own, base) = (strings(&["b", "d"]), strings(&["a", "b", "c", "d"]));
        assert_eq!(
            interleave(&own, |key| key == "a" || key == "c", &base),
            ["a", "b", "c", "d"]
        );
    }

    #[test]
    fn order_is_upstreams_when_it_reordered_else_ours() {
        let base = strings(&["a", "b", "c"]);
        let ours = strings(&["x", "a", "b", "y", "c"]);
        let theirs = strings(&["c", "b", "a", "z"]);
        let present = ["x", "a", "b", "c", "y", "z", "w"];
        assert_eq!(
            order(&base, &ours, &theirs, &present),
            ["x", "c", "b", "y", "a", "z", "w"]
        );
    }
}
