//! Scales: level ranks unique and ascending, not-rated value apart, every scale used,
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
