//! Level descriptors, learning activities, competence statements and learning outcomes against
//! the rating scale.

use crate::Context;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::Target;

/// Checks that descriptors name real levels and that required ones are there.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let scale = cx.rating_scale();
    for entry in &cx.competences {
        let competence = entry.competence;
        let Some(scale) = scale else {
            let leveled = competence
                .statements
                .first()
                .map(|_| entry.pointer.key("statements").index(0).key("level"))
                .or_else(|| {
                    competence
                        .learning_outcomes
                        .first()
                        .map(|_| entry.pointer.key("learning_outcomes").index(0).key("level"))
                });
            if let Some(at) = leveled {
                out.push(
                    cx.finding(Code::DescriptorsWithoutScale, format!("competence `{}` has statements or learning outcomes by level, but the framework has no rating scale", competence.id), &at, "which scale?")
                        .help("add a scale and set `rating_scale`"),
                );
            }
            if let Some(rank) = competence.descriptors.keys().next() {
                let at = entry.pointer.key("descriptors").key(&rank.to_string());
                out.push(
                    cx.finding(Code::DescriptorsWithoutScale, format!("competence `{}` describes levels, but the framework has no rating scale", competence.id), &at, "which scale?")
                        .help("add a scale and set `rating_scale`, or remove the descriptors"),
                );
            }
            continue;
        };
        for rank in competence.descriptors.keys() {
            if scale.level(*rank).is_none() {
                let at = entry.pointer.key("descriptors").key(&rank.to_string());
                out.push(
                    Diagnostic::new(Code::UnknownLevel, format!("competence `{}` describes level {rank}, which scale `{}` does not have", competence.id, scale.id))
                        .at_target(cx.map, &at, Target::Key, "no such level")
                        .help(format!("levels of `{}` are {}", scale.id, ranks(scale))),
                );
            }
        }
        for (index, activity) in competence.learning_activities.iter().enumerate() {
            for (level_index, rank) in activity.levels.iter().enumerate() {
                if scale.level(*rank).is_none() {
                    let at = entry
                        .pointer
                        .key("learning_activities")
                        .index(index)
                        .key("levels")
                        .index(level_index);
                    out.push(
                        cx.finding(Code::UnknownLevel, format!("a learning activity of `{}` names level {rank}, which scale `{}` does not have", competence.id, scale.id), &at, "no such level")
                            .help(format!("levels of `{}` are {}", scale.id, ranks(scale))),
                    );
                }
            }
        }
        let leveled = competence
            .statements
            .iter()
            .enumerate()
            .map(|(index, s)| ("statements", "statement", index, &s.id, s.level))
            .chain(
                competence
                    .learning_outcomes
                    .iter()
                    .enumerate()
                    .map(|(index, o)| {
                        (
                            "learning_outcomes",
                            "learning outcome",
                            index,
                            &o.id,
                            o.level,
                        )
                    }),
            );
        for (list, kind, index, id, rank) in leveled {
            if scale.level(rank).is_none() {
                let at = entry.pointer.key(list).index(index).key("level");
                out.push(
                    cx.finding(Code::UnknownLevel, format!("{kind} `{id}` of `{}` is at level {rank}, which scale `{}` does not have", competence.id, scale.id), &at, "no such level")
                        .help(format!("levels of `{}` are {}", scale.id, ranks(scale))),
                );
            }
        }
        let is_leaf = competence.competences.is_empty();
        if scale.requires_descriptors && is_leaf {
            let missing: Vec<String> = scale
                .ranks()
                .filter(|rank| !competence.descriptors.contains_key(rank))
                .map(|rank| rank.to_string())
                .collect();
            if !missing.is_empty() {
                out.push(
                    cx.finding(Code::MissingDescriptor, format!("competence `{}` does not describe level {}", competence.id, missing.join(", ")), &entry.pointer.key("id"), "descriptor missing")
                        .help(format!("scale `{}` requires a descriptor for every level; add `descriptors: {{{}: …}}`", scale.id, missing.join(": …, ")))
                        .note("set `requires_descriptors: false` on the scale if descriptors are optional"),
                );
            }
        }
    }
}

/// The ranks of a scale, for messages: `1, 2, 3, 4, 5`.
pub fn ranks(scale: &ramverk_model::Scale) -> String {
    scale
        .ranks()
        .map(|rank| rank.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
