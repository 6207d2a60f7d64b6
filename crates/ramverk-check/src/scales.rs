//! Scales: level ranks unique and ascending, step ranks unique and ascending across the scale,
//! not-rated value apart, every scale used,
//! motivation statements consistent with the motivation scale.

use ramverk_source::Code;
use std::collections::HashSet;

use crate::Context;
use ramverk_source::Diagnostic;
use ramverk_source::Pointer;

/// Checks every scale and how the framework uses them.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let framework = cx.framework;
    for (index, scale) in framework.scales.iter().enumerate() {
        let at = Pointer::root().key("scales").index(index);
        let mut seen = HashSet::new();
        for (level_index, level) in scale.levels.iter().enumerate() {
            let level_at = at.key("levels").index(level_index).key("rank");
            if !seen.insert(level.rank) {
                out.push(
                    cx.finding(
                        Code::DuplicateLevel,
                        format!("scale `{}` has rank {} twice", scale.id, level.rank),
                        &level_at,
                        "rank used again",
                    )
                    .help("give every level its own rank"),
                );
            } else if level_index > 0 && scale.levels[level_index - 1].rank > level.rank {
                out.push(
                    cx.finding(
                        Code::LevelOrder,
                        format!(
                            "scale `{}` lists rank {} after a higher rank",
                            scale.id, level.rank
                        ),
                        &level_at,
                        "out of order",
                    )
                    .help("list levels lowest first"),
                );
            }
        }
        check_steps(cx, scale, &at, out);
        if let Some(not_rated) = scale.not_rated.as_ref().filter(|n| seen.contains(&n.value)) {
            out.push(
                cx.finding(
                    Code::NotRatedCollides,
                    format!(
                        "the not-rated value {} of scale `{}` is also a level",
                        not_rated.value, scale.id
                    ),
                    &at.key("not_rated").key("value"),
                    "also a level",
                )
                .help("pick a value outside the levels, such as 0"),
            );
        }
        let used = [&framework.rating_scale, &framework.motivation_scale]
            .iter()
            .any(|id| id.as_deref() == Some(scale.id.as_str()));
        if !used {
            out.push(
                cx.finding(
                    Code::UnusedScale,
                    format!("scale `{}` is not used", scale.id),
                    &at.key("id"),
                    "defined but never used",
                )
                .help("refer to it with `rating_scale` or `motivation_scale`, or remove it"),
            );
        }
    }
    check_motivation(cx, out);
}

/// Steps are numbered across the whole scale: every rank once, lowest first, level after level.
fn check_steps(
    cx: &Context,
    scale: &ramverk_model::Scale,
    at: &Pointer,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen = HashSet::new();
    let mut previous: Option<u8> = None;
    for (level_index, level) in scale.levels.iter().enumerate() {
        for (step_index, step) in level.steps.iter().enumerate() {
            let step_at = at
                .key("levels")
                .index(level_index)
                .key("steps")
                .index(step_index)
                .key("rank");
            if !seen.insert(step.rank) {
                out.push(
                    cx.finding(
                        Code::DuplicateLevel,
                        format!("scale `{}` has step {} twice", scale.id, step.rank),
                        &step_at,
                        "step used again",
                    )
                    .help("number the steps once across the whole scale"),
                );
            } else if previous.is_some_and(|p| p > step.rank) {
                out.push(
                    cx.finding(
                        Code::LevelOrder,
                        format!(
                            "scale `{}` lists step {} after a higher step",
                            scale.id, step.rank
                        ),
                        &step_at,
                        "out of order",
                    )
                    .help("list steps lowest first, the lower levels' steps first"),
                );
            }
            previous = Some(previous.map_or(step.rank, |p| p.max(step.rank)));
        }
    }
}

fn check_motivation(cx: &Context, out: &mut Vec<Diagnostic>) {
    let framework = cx.framework;
    let has_scale = framework.motivation_scale.is_some();
    for (index, area) in framework.areas.iter().enumerate() {
        let at = Pointer::root().key("areas").index(index);
        match (&area.motivation, has_scale) {
            (Some(_), false) => out.push(
                cx.finding(Code::MotivationWithoutScale, format!("area `{}` has a motivation statement but the framework has no motivation scale", area.id), &at.key("motivation"), "rated on which scale?")
                    .help("add a scale and refer to it with `motivation_scale`"),
            ),
            (None, true) => out.push(
                cx.finding(Code::MissingMotivation, format!("area `{}` has no motivation statement", area.id), &at.key("id"), "no `motivation`")
                    .help("add `motivation: …` with the statement employees rate for this area"),
            ),
            _ => {}
        }
    }
}
