//! Role profiles: expected levels on the scale, area restrictions, and completeness.

use std::collections::HashSet;

use crate::Context;
use crate::descriptors::ranks;
use ramverk_model::Expectation;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::{Pointer, Target};

/// Checks every profile against the scale, the area restrictions and the competences.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let framework = cx.framework;
    let universal: Vec<bool> = cx
        .competences
        .iter()
        .map(|entry| is_universal(cx, entry))
        .collect();
    let universal_count = universal.iter().filter(|&&u| u).count();
    let mut on_scale = [false; 256];
    for rank in cx.rating_scale().iter().flat_map(|scale| scale.ranks()) {
        on_scale[usize::from(rank)] = true;
    }
    for (index, profile) in framework.profiles.iter().enumerate() {
        let at = Pointer::root().key("profiles").index(index);
        let mut covered = 0;
        for (id, expectation) in &profile.expected {
            let Some(&competence) = cx.competence_index.get(id.as_str()) else {
                continue;
            }; // unknown-competence
            covered += usize::from(universal[competence]);
            let Expectation::Level(rank) = *expectation else {
                continue;
            };
            let area = &framework.areas[cx.competences[competence].area];
            let allowed =
                area.restricted_to.is_empty() || area.restricted_to.contains(&profile.role);
            if !on_scale[usize::from(rank)] || !allowed {
                let entry_at = at.key("expected").key(id);
                check_level(cx, id, rank, &entry_at, out);
                check_restriction(cx, &profile.role, id, &entry_at, out);
            }
        }
        if covered < universal_count {
            report_incomplete(cx, index, &universal, out);
        }
    }
    let profiled: HashSet<&str> = framework
        .profiles
        .iter()
        .map(|profile| profile.role.as_str())
        .collect();
    for (index, role) in framework.roles.iter().enumerate() {
        if !profiled.contains(role.id.as_str()) {
            let at = Pointer::root().key("roles").index(index).key("id");
            out.push(
                cx.finding(
                    Code::RoleWithoutProfile,
                    format!("role `{}` has no profile", role.id),
                    &at,
                    "no expected levels",
                )
                .help(format!(
                    "add profiles/{}.yaml with `role: {}` and its expected levels",
                    role.id, role.id
                )),
            );
        }
    }
}

fn check_level(cx: &Context, id: &str, rank: u8, at: &Pointer, out: &mut Vec<Diagnostic>) {
    match cx.rating_scale() {
        Some(scale) if scale.level(rank).is_none() => out.push(
            cx.finding(
                Code::LevelOutOfScale,
                format!(
                    "expected level {rank} for `{id}` is not a level of scale `{}`",
                    scale.id
                ),
                at,
                "not on the scale",
            )
            .help(format!("use one of {}, or `not-applicable`", ranks(scale))),
        ),
        None if cx.framework.rating_scale.is_none() => out.push(
            cx.finding(
                Code::LevelOutOfScale,
                format!("expected level {rank} for `{id}`, but the framework has no rating scale"),
                at,
                "level of which scale?",
            )
            .help("add a scale and set `rating_scale`"),
        ),
        _ => {}
    }
}

fn check_restriction(cx: &Context, role: &str, id: &str, at: &Pointer, out: &mut Vec<Diagnostic>) {
    let Some(entry) = cx.competence(id) else {
        return;
    };
    let area = &cx.framework.areas[entry.area];
    if area.restricted_to.is_empty() || area.restricted_to.iter().any(|allowed| allowed == role) {
        return;
    }
    let area_at = Pointer::root()
        .key("areas")
        .index(entry.area)
        .key("restricted_to");
    out.push(
        Diagnostic::new(Code::RestrictedArea, format!("role `{role}` has an expected level for `{id}`, but area `{}` is only for {}", area.id, area.restricted_to.join(", ")))
            .at_target(cx.map, at, Target::Key, "restricted competence")
            .also(cx.map, &area_at, "area restricted here")
            .help(format!("remove `{id}` from this profile, mark it `not-applicable`, or add `{role}` to the area's `restricted_to`")),
    );
}

/// A leaf competence in an area open to every role: every profile should say something of it.
fn is_universal(cx: &Context, entry: &crate::CompetenceAt) -> bool {
    cx.framework.areas[entry.area].restricted_to.is_empty()
        && entry.competence.competences.is_empty()
}

fn report_incomplete(cx: &Context, index: usize, universal: &[bool], out: &mut Vec<Diagnostic>) {
    let profile = &cx.framework.profiles[index];
    let missing: Vec<&str> = cx
        .competences
        .iter()
        .zip(universal)
        .filter(|(entry, universal)| {
            **universal && !profile.expected.contains_key(&entry.competence.id)
        })
        .map(|(entry, _)| entry.competence.id.as_str())
        .collect();
    let shown: Vec<&str> = missing.iter().take(10).copied().collect();
    let more = if missing.len() > shown.len() {
        format!(" and {} more", missing.len() - shown.len())
    } else {
        String::new()
    };
    let at = Pointer::root().key("profiles").index(index).key("role");
    out.push(
        cx.finding(Code::IncompleteProfile, format!("profile `{}` says nothing about {}{more}", profile.role, shown.join(", ")), &at, "incomplete profile")
            .help("give each competence that applies to every role an expected level, or `not-applicable`"),
    );
}
