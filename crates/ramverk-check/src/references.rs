//! References to roles, competences and scales that must exist, with "did you mean" help.

use std::cell::OnceCell;
use std::collections::HashSet;

use foldhash::fast::RandomState;

use crate::Context;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::suggest::Suggestions;
use ramverk_source::{Pointer, Target};

/// Checks every reference by id.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let framework = cx.framework;
    let root = Pointer::root();
    let roles: Vec<&str> = framework
        .roles
        .iter()
        .map(|role| role.id.as_str())
        .collect();
    let scales: Vec<&str> = framework
        .scales
        .iter()
        .map(|scale| scale.id.as_str())
        .collect();
    let competences: Vec<&str> = cx
        .competences
        .iter()
        .map(|entry| entry.competence.id.as_str())
        .collect();
    // Indexed once, when first needed: a profile may name thousands of unknown ids.
    let role_index = OnceCell::new();
    let role_index = || role_index.get_or_init(|| Suggestions::new(roles.iter().copied()));
    let competence_index = OnceCell::new();
    let competence_index =
        || competence_index.get_or_init(|| Suggestions::new(competences.iter().copied()));
    let role_set: HashSet<&str, RandomState> = roles.iter().copied().collect();

    for key in ["rating_scale", "motivation_scale"] {
        let id = if key == "rating_scale" {
            &framework.rating_scale
        } else {
            &framework.motivation_scale
        };
        if let Some(id) = id.as_deref().filter(|id| !scales.contains(id)) {
            out.push(unknown(
                cx,
                Code::UnknownScale,
                "scale",
                id,
                &Suggestions::new(scales.iter().copied()),
                &root.key(key),
                Target::Value,
            ));
        }
    }
    for (area_index, area) in framework.areas.iter().enumerate() {
        for (index, role) in area.restricted_to.iter().enumerate() {
            if !role_set.contains(role.as_str()) {
                let at = root
                    .key("areas")
                    .index(area_index)
                    .key("restricted_to")
                    .index(index);
                out.push(unknown(
                    cx,
                    Code::UnknownRole,
                    "role",
                    role,
                    role_index(),
                    &at,
                    Target::Value,
                ));
            }
        }
    }
    for (profile_index, profile) in framework.profiles.iter().enumerate() {
        let at = root.key("profiles").index(profile_index);
        if !role_set.contains(profile.role.as_str()) {
            out.push(unknown(
                cx,
                Code::UnknownRole,
                "role",
                &profile.role,
                role_index(),
                &at.key("role"),
                Target::Value,
            ));
        }
        for id in profile.expected.keys() {
            if cx.competence(id).is_none() {
                let key_at = at.key("expected").key(id);
                out.push(unknown(
                    cx,
                    Code::UnknownCompetence,
                    "competence",
                    id,
                    competence_index(),
                    &key_at,
                    Target::Key,
                ));
            }
        }
    }
    check_corrections(cx, &roles, &competences, out);
}

fn check_corrections(
    cx: &Context,
    roles: &[&str],
    competences: &[&str],
    out: &mut Vec<Diagnostic>,
) {
    let framework = cx.framework;
    let mut known: Vec<&str> = roles.iter().chain(competences).copied().collect();
    known.push(framework.id.as_str());
    known.extend(framework.areas.iter().map(|area| area.id.as_str()));
    known.extend(framework.scales.iter().map(|scale| scale.id.as_str()));
    known.extend(
        framework
            .guidance
            .iter()
            .map(|principle| principle.id.as_str()),
    );
    let known_set: HashSet<&str, RandomState> = known.iter().copied().collect();
    let suggestions = OnceCell::new();
    for (index, correction) in framework.corrections.iter().enumerate() {
        let at = Pointer::root().key("corrections").index(index).key("item");
        for item in correction
            .item
            .split([',', ' '])
            .map(str::trim)
            .filter(|item| !item.is_empty())
        {
            if !known_set.contains(item) {
                out.push(unknown(
                    cx,
                    Code::UnknownItem,
                    "item",
                    item,
                    suggestions.get_or_init(|| Suggestions::new(known.iter().copied())),
                    &at,
                    Target::Value,
                ));
            }
        }
    }
}

fn unknown(
    cx: &Context,
    code: Code,
    kind: &str,
    id: &str,
    suggestions: &Suggestions,
    at: &Pointer,
    target: Target,
) -> Diagnostic {
    let diagnostic = Diagnostic::new(code, format!("unknown {kind} `{id}`")).at_target(
        cx.map,
        at,
        target,
        format!("no {kind} has this id"),
    );
    let known = suggestions.candidates();
    match suggestions.best(id) {
        Some(best) => diagnostic.help(format!("did you mean `{best}`?")),
        None if known.is_empty() => {
            diagnostic.help(format!("define the {kind} first; the framework has none"))
        }
        None => diagnostic.help(format!(
            "use one of the defined {kind} ids: {}",
            preview(known)
        )),
    }
}

fn preview(ids: &[&str]) -> String {
    let shown: Vec<&str> = ids.iter().take(12).copied().collect();
    let more = ids.len().saturating_sub(shown.len());
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}
