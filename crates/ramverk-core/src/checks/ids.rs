//! Uniqueness: ids of areas, competences (at any depth), roles, scales, principles and profiles;
//! titles of areas and competences.

use std::collections::HashMap;

use super::Context;
use crate::diagnostic::Diagnostic;
use crate::source::{Pointer, Target};

/// Checks that ids are unique within their kind.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let framework = cx.framework;
    let root = Pointer::root();
    let list = |key: &str, ids: Vec<&str>| -> Vec<(Pointer, String)> {
        ids.into_iter()
            .enumerate()
            .map(|(index, id)| (root.key(key).index(index).key("id"), id.to_owned()))
            .collect()
    };
    unique(cx, "area", list("areas", framework.areas.iter().map(|a| a.id.as_str()).collect()), "duplicate-id", out);
    unique(cx, "role", list("roles", framework.roles.iter().map(|r| r.id.as_str()).collect()), "duplicate-id", out);
    unique(cx, "scale", list("scales", framework.scales.iter().map(|s| s.id.as_str()).collect()), "duplicate-id", out);
    unique(cx, "principle", list("guidance", framework.guidance.iter().map(|p| p.id.as_str()).collect()), "duplicate-id", out);
    let competences = cx
        .competences
        .iter()
        .map(|entry| (entry.pointer.key("id"), entry.competence.id.clone()))
        .collect();
    unique(cx, "competence", competences, "duplicate-id", out);
    let profiles = framework
        .profiles
        .iter()
        .enumerate()
        .map(|(index, profile)| (root.key("profiles").index(index).key("role"), profile.role.clone()))
        .collect();
    unique(cx, "profile for role", profiles, "duplicate-profile", out);
    let areas = framework.areas.iter().enumerate().map(|(index, area)| (root.key("areas").index(index).key("title"), area.title.as_str()));
    unique_titles(cx, "area", areas.collect(), out);
    let titles = cx.competences.iter().map(|entry| (entry.pointer.key("title"), entry.competence.title.as_str()));
    unique_titles(cx, "competence", titles.collect(), out);
}

fn unique_titles(cx: &Context, kind: &str, titles: Vec<(Pointer, &str)>, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<String, Pointer> = HashMap::new();
    for (pointer, title) in titles {
        let key = title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if key.is_empty() {
            continue; // reported as empty-text
        }
        match first.get(&key) {
            Some(earlier) => out.push(
                Diagnostic::new("duplicate-title", format!("two {kind}s are titled `{title}`"))
                    .at(cx.map, &pointer, "same title again")
                    .also(cx.map, earlier, "first used here")
                    .help(format!("give each {kind} a title of its own, or merge the two")),
            ),
            None => {
                first.insert(key, pointer);
            }
        }
    }
}

fn unique(cx: &Context, kind: &str, ids: Vec<(Pointer, String)>, code: &'static str, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<String, Pointer> = HashMap::new();
    for (pointer, id) in ids {
        match first.get(&id) {
            Some(earlier) => out.push(
                Diagnostic::new(code, format!("{kind} `{id}` is defined more than once"))
                    .at_target(cx.map, &pointer, Target::Value, "defined again here")
                    .also(cx.map, earlier, "first defined here")
                    .help(if code == "duplicate-profile" {
                        "keep one profile per role: merge the two, or correct `role:` in one of them".to_owned()
                    } else {
                        format!("give each {kind} its own id, or merge the two")
                    }),
            ),
            None => {
                first.insert(id, pointer);
            }
        }
    }
}
