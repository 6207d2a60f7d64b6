//! The merge of three JSON values: objects by field, item lists by key, anything else whole.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use ramverk_model::{LearningOutcome, Statement, Term};
use ramverk_review::diff::Section;

use crate::flat::{Kind, order};
use crate::sequence;
use crate::shared_ids::SharedIds;
use crate::{Applied, AppliedKind, Conflict, ConflictKind, FieldPath, Resolutions, Take};

/// The section whose items a list of this name holds.
fn section_of(list: &str) -> Option<Section> {
    match list {
        "guidance" => Some(Section::Guidance),
        "scales" => Some(Section::Scales),
        "areas" => Some(Section::Areas),
        "competences" => Some(Section::Competences),
        "statements" => Some(Section::Statements),
        "learning_outcomes" => Some(Section::LearningOutcomes),
        "glossary" => Some(Section::Glossary),
        "roles" => Some(Section::Roles),
        "profiles" => Some(Section::Profiles),
        _ => None,
    }
}

/// The field that keys the elements of a list of this name; lists without one are whole values.
fn key_of(list: &str) -> Option<&'static str> {
    match list {
        "profiles" => Some("role"),
        "levels" | "steps" => Some("rank"),
        "accepted" => Some("code"),
        _ => section_of(list).map(|_| "id"),
    }
}

/// Fields that are maps, merged per key: descriptors by rank, expected levels by competence.
const MAPS: [&str; 2] = ["descriptors", "expected"];

/// A list's elements by key, in order; `None` when an element has no key or a key repeats.
fn keyed<'v>(list: &'v Value, key: &str) -> Option<Vec<(String, &'v Value)>> {
    let Value::Array(elements) = list else {
        return None;
    };
    let mut seen = HashSet::with_capacity(elements.len());
    let mut out = Vec::with_capacity(elements.len());
    for element in elements {
        let id = match element.get(key)? {
            Value::String(id) => id.clone(),
            Value::Number(rank) => rank.to_string(),
            _ => return None,
        };
        if !seen.insert(id.clone()) {
            return None;
        }
        out.push((id, element));
    }
    Some(out)
}

/// Where each key sits in a keyed list.
fn index(list: &[(String, &Value)]) -> HashMap<String, usize> {
    list.iter()
        .enumerate()
        .map(|(i, (key, _))| (key.clone(), i))
        .collect()
}

/// The element of a keyed list with this key.
fn get<'v>(
    list: &[(String, &'v Value)],
    index: &HashMap<String, usize>,
    key: &str,
) -> Option<&'v Value> {
    index.get(key).map(|&i| list[i].1)
}

/// A value as a conflict shows it: a text as itself, anything else as JSON.
fn shown(value: Option<&Value>) -> Option<String> {
    value.map(|value| match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    })
}

/// Where the merge is: the item (its section and shared id; none for the framework's own
/// fields) and the field within it.
#[derive(Debug, Clone)]
pub(crate) struct At {
    pub section: Option<Section>,
    pub id: String,
    pub field: FieldPath,
}

impl At {
    fn field(&self) -> Option<FieldPath> {
        (!self.field.is_empty()).then(|| self.field.clone())
    }
}

/// One version's value at a place, absent when the version has none.
type Version<'v> = Option<&'v Value>;

/// The merge in progress: what it has taken and what it left open.
pub(crate) struct ThreeWay<'a> {
    resolutions: &'a Resolutions,
    pub ids: &'a SharedIds,
    /// How the framework's own fields are named in conflicts: ours' framework id.
    framework: &'a str,
    pub conflicts: Vec<Conflict>,
    pub resolved: Vec<(Conflict, Take)>,
    pub applied: Vec<Applied>,
}

impl<'a> ThreeWay<'a> {
    pub fn new(resolutions: &'a Resolutions, ids: &'a SharedIds, framework: &'a str) -> Self {
        ThreeWay {
            resolutions,
            ids,
            framework,
            conflicts: Vec::new(),
            resolved: Vec::new(),
            applied: Vec::new(),
        }
    }

    /// Merges three whole frameworks.
    pub fn framework(&mut self, base: &Value, ours: &Value, theirs: &Value) -> Value {
        let at = At {
            section: None,
            id: self.framework.to_owned(),
            field: FieldPath::default(),
        };
        self.value(&at, "", Some(base), Some(ours), Some(theirs))
            .unwrap_or(Value::Null)
    }

    /// One value: the side that changed it, the change both made, the parts of both when it is
    /// an object or a keyed list, or a conflict.
    fn value(
        &mut self,
        at: &At,
        name: &str,
        base: Version,
        ours: Version,
        theirs: Version,
    ) -> Option<Value> {
        if ours == theirs || theirs == base {
            return ours.cloned();
        }
        if let (Some(b), Some(o), Some(t)) = (base, ours, theirs) {
            if let (Value::Object(b), Value::Object(o), Value::Object(t)) = (b, o, t) {
                return Some(Value::Object(self.object(at, name, b, o, t)));
            }
            if let Some(key) = key_of(name)
                && let (Some(b), Some(o), Some(t)) = (keyed(b, key), keyed(o, key), keyed(t, key))
            {
                return Some(Value::Array(self.list(at, name, &b, &o, &t)));
            }
        }
        if ours == base {
            self.take_theirs(at, base, theirs);
            return theirs.cloned();
        }
        if let (Some(Value::Array(b)), Some(Value::Array(o)), Some(Value::Array(t))) =
            (base, ours, theirs)
            && let Some(merged) = sequence::merge(b, o, t)
        {
            self.take_theirs(at, base, theirs);
            return Some(Value::Array(merged));
        }
        let item = at.field.is_empty() && at.section.is_some();
        let kind = match (base, ours, theirs) {
            (None, ..) if item => ConflictKind::IdReused,
            (_, Some(_), None) => ConflictKind::ChangedRemoved,
            (_, None, Some(_)) => ConflictKind::RemovedChanged,
            _ => ConflictKind::BothChanged,
        };
        self.decide(at, kind, base, ours, theirs).0
    }

    /// An object field by field; an absent list or map counts as an empty one.
    fn object(
        &mut self,
        at: &At,
        name: &str,
        base: &Map<String, Value>,
        ours: &Map<String, Value>,
        theirs: &Map<String, Value>,
    ) -> Map<String, Value> {
        let keys = ours
            .keys()
            .chain(theirs.keys().filter(|k| !ours.contains_key(*k)))
            .chain(
                base.keys()
                    .filter(|k| !ours.contains_key(*k) && !theirs.contains_key(*k)),
            );
        let mut out = Map::new();
        for key in keys {
            let versions = [base.get(key), ours.get(key), theirs.get(key)];
            let empty = if MAPS.contains(&key.as_str()) {
                Some(Value::Object(Map::new()))
            } else if versions.iter().flatten().any(|v| v.is_array()) {
                Some(Value::Array(Vec::new()))
            } else {
                None
            };
            let [b, o, t] = versions.map(|v| v.or(empty.as_ref()));
            // Expected levels are keyed by competence: name them by their ids in the result.
            let segment = if name == "expected" {
                self.ids.result.apply(Section::Competences, key)
            } else {
                key
            };
            let child = At {
                field: at.field.child(segment),
                ..at.clone()
            };
            if let Some(value) = self.value(&child, key, b, o, t) {
                out.insert(key.clone(), value);
            }
        }
        out
    }

    /// A keyed list element by element, in the order [`order`] gives.
    fn list(
        &mut self,
        at: &At,
        name: &str,
        base: &[(String, &Value)],
        ours: &[(String, &Value)],
        theirs: &[(String, &Value)],
    ) -> Vec<Value> {
        let (base_index, ours_index, theirs_index) = (index(base), index(ours), index(theirs));
        let section = section_of(name);
        let keys = ours
            .iter()
            .chain(theirs.iter().filter(|(k, _)| !ours_index.contains_key(k)))
            .chain(
                base.iter()
                    .filter(|(k, _)| !ours_index.contains_key(k) && !theirs_index.contains_key(k)),
            )
            .map(|(key, _)| key);
        let mut merged: HashMap<String, Value> = HashMap::new();
        let mut present = Vec::new();
        for key in keys {
            let child = match section {
                Some(section) => At {
                    section: Some(section),
                    id: key.clone(),
                    field: FieldPath::default(),
                },
                None => At {
                    field: at.field.child(key.as_str()),
                    ..at.clone()
                },
            };
            let value = self.value(
                &child,
                "",
                get(base, &base_index, key),
                get(ours, &ours_index, key),
                get(theirs, &theirs_index, key),
            );
            if let Some(value) = value {
                merged.insert(key.clone(), value);
                present.push(key.as_str());
            }
        }
        let keys = |list: &[(String, &Value)]| -> Vec<String> {
            list.iter().map(|(key, _)| key.clone()).collect()
        };
        let (base, ours, theirs) = (keys(base), keys(ours), keys(theirs));
        order(&base, &ours, &theirs, &present)
            .into_iter()
            .filter_map(|key| merged.remove(key))
            .collect()
    }

    /// A whole item as a conflict shows it: as JSON, with the ids in it (its own, its
    /// competences', the competences its expected levels are for) those of the result.
    fn shown_item(&self, section: Section, value: Version) -> Option<String> {
        fn renamed<T: serde::de::DeserializeOwned + serde::Serialize>(
            value: &Value,
            rename: impl Fn(&mut T),
        ) -> Option<String> {
            let mut item: T = serde_json::from_value(value.clone()).ok()?;
            rename(&mut item);
            serde_json::to_value(item).ok().map(|v| v.to_string())
        }
        let renames = &self.ids.result;
        let mut value = value?.clone();
        // The place field of a flattened item is shown as a field of its own, not in it.
        if let (Some(kind), Value::Object(item)) = (Kind::of_section(section), &mut value) {
            item.shift_remove(kind.field());
        }
        let value = &value;
        let shown = match section {
            Section::Areas => renamed(value, |area| renames.area(area)),
            Section::Competences => renamed(value, |competence| renames.competence(competence)),
            Section::Profiles => renamed(value, |profile| renames.profile(profile)),
            Section::Statements => renamed(value, |statement: &mut Statement| {
                statement.id = renames.apply(section, &statement.id).to_owned();
            }),
            Section::LearningOutcomes => renamed(value, |outcome: &mut LearningOutcome| {
                outcome.id = renames.apply(section, &outcome.id).to_owned();
            }),
            Section::Glossary => renamed(value, |term: &mut Term| {
                term.id = renames.apply(section, &term.id).to_owned();
            }),
            Section::Guidance | Section::Scales | Section::Roles => None,
        };
        shown.or_else(|| self::shown(Some(value)))
    }

    /// Records an upstream change taken as it is.
    fn take_theirs(&mut self, at: &At, base: Version, theirs: Version) {
        let whole = at.field.is_empty();
        let kind = match (base, theirs) {
            (None, _) if whole => AppliedKind::Added,
            (_, None) if whole => AppliedKind::Removed,
            _ => AppliedKind::Changed,
        };
        let item = match (at.section, kind) {
            (Some(_), AppliedKind::Removed) | (None, _) => at.id.clone(),
            (Some(section), _) => self.ids.result.apply(section, &at.id).to_owned(),
        };
        self.applied.push(Applied {
            section: at.section,
            item,
            field: at.field(),
            kind,
            was: None,
        });
    }

    /// A conflict: settled by a resolution when there is one that fits, else left open with
    /// ours' value. The value, and the choice that settled it (`None` while it is open).
    pub(crate) fn decide(
        &mut self,
        at: &At,
        kind: ConflictKind,
        base: Version,
        ours: Version,
        theirs: Version,
    ) -> (Option<Value>, Option<Take>) {
        let names = match at.section {
            Some(section) => self.ids.names(section, &at.id),
            None => vec![at.id.clone()],
        };
        let show = |value: Version| match at.section {
            Some(section) if at.field.is_empty() => self.shown_item(section, value),
            _ => shown(value),
        };
        let conflict = Conflict {
            section: at.section,
            item: names[0].clone(),
            field: at.field(),
            kind,
            base: show(base),
            ours: show(ours),
            theirs: show(theirs),
        };
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let take = self.resolutions.find(&names, conflict.field.as_ref());
        match take.and_then(|take| chosen(take, base, ours, theirs).map(|v| (take, v))) {
            Some((take, value)) => {
                self.resolved.push((conflict, take.clone()));
                (value, Some(take.clone()))
            }
            None => {
                self.conflicts.push(conflict);
                (ours.cloned(), None)
            }
        }
    }

    /// Opens again the conflict settled last: the choice made for it does not fit.
    pub(crate) fn reopen_last(&mut self) {
        if let Some((conflict, _)) = self.resolved.pop() {
            self.conflicts.push(conflict);
        }
    }
}

/// The value a resolution picks; `None` when its text does not fit (JSON expected, not given).
fn chosen(take: &Take, base: Version, ours: Version, theirs: Version) -> Option<Option<Value>> {
    match take {
        Take::Ours => Some(ours.cloned()),
        Take::Theirs => Some(theirs.cloned()),
        Take::Text(text) => {
            let texts = [base, ours, theirs]
                .into_iter()
                .flatten()
                .all(Value::is_string);
            if texts {
                Some(Some(Value::String(text.clone())))
            } else {
                serde_json::from_str(text).ok().map(Some)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::ThreeWay;
    use crate::shared_ids::SharedIds;
    use crate::{ConflictKind, Resolutions};

    fn merge(
        base: Value,
        ours: Value,
        theirs: Value,
    ) -> (Value, Vec<(String, Option<String>, ConflictKind)>) {
        let ids = SharedIds::default();
        let resolutions = Resolutions::new();
        let mut three_way = ThreeWay::new(&resolutions, &ids, "f");
        let merged = three_way.framework(&base, &ours, &theirs);
        let conflicts = three_way
            .conflicts
            .iter()
            .map(|c| {
                (
                    c.item.clone(),
                    c.field.as_ref().map(ToString::to_string),
                    c.kind,
                )
            })
            .collect();
        (merged, conflicts)
    }

    fn ids(value: &Value, list: &str) -> Vec<String> {
        value[list]
            .as_array()
            .expect("a list")
            .iter()
            .map(|item| item["id"].as_str().expect("an id").to_owned())
            .collect()
    }

    fn roles(ids: &[&str]) -> Value {
        json!({ "roles": ids.iter().map(|id| json!({ "id": id, "title": id })).collect::<Vec<_>>() })
    }

    #[test]
    fn upstreams_order_wins_and_our_additions_follow_their_predecessor() {
        let (merged, conflicts) = merge(
            roles(&["a", "b", "c"]),
            roles(&["x", "a", "b", "y", "c"]),
            roles(&["c", "b", "a", "z"]),
        );
        assert_eq!(conflicts, []);
        assert_eq!(ids(&merged, "roles"), ["x", "c", "b", "y", "a", "z"]);
    }

    #[test]
    fn our_order_wins_when_upstream_kept_the_bases() {
        let (merged, _) = merge(
            roles(&["a", "b", "c"]),
            roles(&["c", "a", "b"]),
            roles(&["a", "z", "b", "c"]),
        );
        assert_eq!(ids(&merged, "roles"), ["c", "a", "z", "b"]);
    }

    #[test]
    fn a_field_removed_here_and_changed_upstream_is_a_field_conflict() {
        let base = json!({ "roles": [{ "id": "a", "title": "A", "unit": "U" }] });
        let ours = json!({ "roles": [{ "id": "a", "title": "A" }] });
        let theirs = json!({ "roles": [{ "id": "a", "title": "A", "unit": "V" }] });
        let (merged, conflicts) = merge(base, ours, theirs);
        assert_eq!(
            conflicts,
            [(
                "a".to_owned(),
                Some("unit".to_owned()),
                ConflictKind::RemovedChanged
            )]
        );
        assert_eq!(merged["roles"][0].get("unit"), None);
    }

    #[test]
    fn a_list_with_a_repeated_key_is_one_value() {
        let base = json!({ "roles": [{ "id": "a", "title": "A" }, { "id": "a", "title": "B" }] });
        let ours = json!({ "roles": [{ "id": "a", "title": "A" }] });
        let theirs = json!({ "roles": [{ "id": "a", "title": "B" }] });
        let (_, conflicts) = merge(base, ours, theirs);
        assert_eq!(
            conflicts,
            [(
                "f".to_owned(),
                Some("roles".to_owned()),
                ConflictKind::BothChanged
            )]
        );
    }

    #[test]
    fn descriptors_merge_per_level_and_an_absent_map_is_empty() {
        let base = json!({ "descriptors": { "1": "one" } });
        let ours = json!({ "descriptors": { "1": "ONE" } });
        let theirs = json!({});
        let (merged, conflicts) = merge(base, ours, theirs);
        assert_eq!(
            conflicts,
            [(
                "f".to_owned(),
                Some("descriptors.1".to_owned()),
                ConflictKind::ChangedRemoved
            )]
        );
        assert_eq!(merged, json!({ "descriptors": { "1": "ONE" } }));
    }
}
