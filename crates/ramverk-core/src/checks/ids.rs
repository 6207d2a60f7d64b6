//! Duplicate ids: areas, competences (at any depth), roles, scales, principles, profiles.

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
}

fn unique(cx: &Context, kind: &str, ids: Vec<(Pointer, String)>, code: &'static str, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<String, Pointer> = HashMap::new();
    for (pointer, id) in ids {
        match first.get(&id) {
            Some(earlier) => out.push(
                Diagnostic::new(code, format!("{kind} `{id}` is defined more than once"))
                    .at_target(cx.map, &pointer, Target::Value, "defined again here")
                    .also(cx.map, earlier, "first defined here")
                    .help(format!("give each {kind} its own id, or merge the two")),
            ),
            None => {
                first.insert(id, pointer);
            }
        }
    }
}
