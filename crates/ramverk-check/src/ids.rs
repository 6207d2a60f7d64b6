//! Uniqueness: ids of areas, competences (at any depth), statements, learning outcomes, glossary
//! terms, roles, scales, principles and profiles; titles of areas and competences; glossary terms.

use std::collections::HashMap;
use std::hash::Hash;

use crate::Context;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::Pointer;

/// Checks that ids are unique within their kind, and titles too.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let framework = cx.framework;
    let ids =
        |items: &mut dyn Iterator<Item = &str>| items.map(str::to_owned).collect::<Vec<String>>();
    unique_ids(
        cx,
        "area",
        &ids(&mut framework.areas.iter().map(|a| a.id.as_str())),
        at("areas", "id"),
        Code::DuplicateId,
        out,
    );
    unique_ids(
        cx,
        "role",
        &ids(&mut framework.roles.iter().map(|r| r.id.as_str())),
        at("roles", "id"),
        Code::DuplicateId,
        out,
    );
    unique_ids(
        cx,
        "scale",
        &ids(&mut framework.scales.iter().map(|s| s.id.as_str())),
        at("scales", "id"),
        Code::DuplicateId,
        out,
    );
    unique_ids(
        cx,
        "principle",
        &ids(&mut framework.guidance.iter().map(|p| p.id.as_str())),
        at("guidance", "id"),
        Code::DuplicateId,
        out,
    );
    let competence_ids = ids(&mut cx.competences.iter().map(|e| e.competence.id.as_str()));
    unique_ids(
        cx,
        "competence",
        &competence_ids,
        |i| cx.competences[i].pointer.key("id"),
        Code::DuplicateId,
        out,
    );
    let statements: Vec<(String, Pointer)> = cx
        .competences
        .iter()
        .flat_map(|e| {
            e.competence
                .statements
                .iter()
                .enumerate()
                .map(|(index, s)| (s.id.clone(), e.pointer.key("statements").index(index)))
        })
        .collect();
    unique_ids(
        cx,
        "statement",
        &statements
            .iter()
            .map(|(id, _)| id.clone())
            .collect::<Vec<_>>(),
        |i| statements[i].1.key("id"),
        Code::DuplicateId,
        out,
    );
    let outcomes: Vec<(String, Pointer)> = cx
        .competences
        .iter()
        .flat_map(|e| {
            e.competence
                .learning_outcomes
                .iter()
                .enumerate()
                .map(|(index, o)| {
                    (
                        o.id.clone(),
                        e.pointer.key("learning_outcomes").index(index),
                    )
                })
        })
        .collect();
    unique_ids(
        cx,
        "learning outcome",
        &outcomes
            .iter()
            .map(|(id, _)| id.clone())
            .collect::<Vec<_>>(),
        |i| outcomes[i].1.key("id"),
        Code::DuplicateId,
        out,
    );
    unique_ids(
        cx,
        "glossary term",
        &ids(&mut framework.glossary.iter().map(|t| t.id.as_str())),
        at("glossary", "id"),
        Code::DuplicateId,
        out,
    );
    let roles = ids(&mut framework.profiles.iter().map(|p| p.role.as_str()));
    unique_ids(
        cx,
        "profile for role",
        &roles,
        at("profiles", "role"),
        Code::DuplicateProfile,
        out,
    );
    let terms: Vec<&str> = framework.glossary.iter().map(|t| t.term.as_str()).collect();
    unique_titles(cx, "glossary term", &terms, at("glossary", "term"), out);
    let area_titles: Vec<&str> = framework.areas.iter().map(|a| a.title.as_str()).collect();
    unique_titles(cx, "area", &area_titles, at("areas", "title"), out);
    let titles: Vec<&str> = cx
        .competences
        .iter()
        .map(|e| e.competence.title.as_str())
        .collect();
    unique_titles(
        cx,
        "competence",
        &titles,
        |i| cx.competences[i].pointer.key("title"),
        out,
    );
}

/// The pointer to `field` of item `index` of a top-level list.
fn at(list: &'static str, field: &'static str) -> impl Fn(usize) -> Pointer {
    move |index| Pointer::root().key(list).index(index).key(field)
}

/// Pairs of (first index, repeated index) of keys that occur more than once.
fn repeats<K: Hash + Eq>(keys: impl IntoIterator<Item = K>) -> Vec<(usize, usize)> {
    let mut first: HashMap<K, usize> = HashMap::new();
    let mut out = Vec::new();
    for (index, key) in keys.into_iter().enumerate() {
        match first.get(&key) {
            Some(&earlier) => out.push((earlier, index)),
            None => {
                first.insert(key, index);
            }
        }
    }
    out
}

fn unique_ids(
    cx: &Context,
    kind: &str,
    ids: &[String],
    at: impl Fn(usize) -> Pointer,
    code: Code,
    out: &mut Vec<Diagnostic>,
) {
    for (earlier, again) in repeats(ids.iter().map(String::as_str)) {
        let help = if code == Code::DuplicateProfile {
            "keep one profile per role: merge the two, or correct `role:` in one of them".to_owned()
        } else {
            format!("give each {kind} its own id, or merge the two")
        };
        out.push(
            Diagnostic::new(
                code,
                format!("{kind} `{}` is defined more than once", ids[again]),
            )
            .at(cx.map, &at(again), "defined again here")
            .also(cx.map, &at(earlier), "first defined here")
            .help(help),
        );
    }
}

fn unique_titles(
    cx: &Context,
    kind: &str,
    titles: &[&str],
    at: impl Fn(usize) -> Pointer,
    out: &mut Vec<Diagnostic>,
) {
    let normalised = titles.iter().map(|title| {
        title
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    });
    let keys: Vec<Option<String>> = normalised
        .map(|key| (!key.is_empty()).then_some(key))
        .collect();
    // Empty titles are reported as empty-text; give each its own key so they never repeat.
    let keyed = keys
        .iter()
        .enumerate()
        .map(|(index, key)| key.clone().ok_or(index));
    for (earlier, again) in repeats(keyed) {
        out.push(
            Diagnostic::new(
                Code::DuplicateTitle,
                format!("two {kind}s are titled `{}`", titles[again]),
            )
            .at(cx.map, &at(again), "same title again")
            .also(cx.map, &at(earlier), "first used here")
            .help(format!(
                "give each {kind} a title of its own, or merge the two"
            )),
        );
    }
}
