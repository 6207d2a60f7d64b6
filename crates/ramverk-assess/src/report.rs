//! The figures HR follows per group, for one round or two, with small groups suppressed.

use serde::Serialize;

use crate::{Aggregate, GroupKind, Output};

/// The figures of one group in one round.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figures {
    pub persons: u32,
    /// Mean of the ratings given, 1–5.
    pub mean_rating: Option<f64>,
    /// Share of rated expected levels below the expected level.
    pub need_share: Option<f64>,
    /// Share of persons with at least one need.
    pub persons_with_need_share: Option<f64>,
    /// Share of motivation answers that are high.
    pub high_motivation_share: Option<f64>,
    /// Rated expected levels over expected levels.
    pub coverage: Option<f64>,
}

impl Figures {
    pub fn of(aggregate: &Aggregate) -> Figures {
        Figures {
            persons: aggregate.persons,
            mean_rating: aggregate.mean_rating(),
            need_share: aggregate.need_share(),
            persons_with_need_share: aggregate.persons_with_need_share(),
            high_motivation_share: aggregate.high_motivation_share(),
            coverage: aggregate.coverage(),
        }
    }
}

/// One group's line in a report: its figures now and, when comparing, in the earlier round.
/// A group smaller than the threshold in either round carries no figures at all.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupReport {
    pub kind: GroupKind,
    pub key: String,
    pub suppressed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub now: Option<Figures>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Figures>,
}

/// The groups of `now` (those with persons), with `before`'s figures for the same group when
/// given; groups under `min_group` persons in either round are suppressed.
pub fn group_reports(now: &Output, before: Option<&Output>, min_group: u32) -> Vec<GroupReport> {
    now.aggregates
        .iter()
        .filter(|a| a.persons > 0)
        .map(|a| {
            let earlier = before.and_then(|b| {
                b.aggregates
                    .iter()
                    .find(|e| e.kind == a.kind && e.key == a.key)
            });
            let small = a.persons < min_group
                || earlier.is_some_and(|e| e.persons > 0 && e.persons < min_group);
            GroupReport {
                kind: a.kind,
                key: a.key.clone(),
                suppressed: small,
                now: (!small).then(|| Figures::of(a)),
                before: if small {
                    None
                } else {
                    earlier.filter(|e| e.persons > 0).map(Figures::of)
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::{RoundSpec, round};
    use crate::{Rule, score_builtin};

    #[test]
    fn two_rounds_compare_group_by_group_and_small_groups_show_nothing() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../frameworks/stockholm-kultur");
        let framework = ramverk_check::load(&path).unwrap().framework.unwrap();
        let score = |round_number| {
            let input = round(
                &framework,
                RoundSpec {
                    round: round_number,
                    ..RoundSpec::STOCKHOLM
                },
            );
            score_builtin(&framework, &input, Rule::default()).unwrap()
        };
        let (first, second) = (score(1), score(2));
        let reports = group_reports(&second, Some(&first), 11);
        let all = reports.iter().find(|r| r.kind == GroupKind::All).unwrap();
        let (now, before) = (all.now.unwrap(), all.before.unwrap());
        assert!(now.persons_with_need_share.unwrap() < before.persons_with_need_share.unwrap());
        let tiny = reports.iter().find(|r| r.key == "systemansvarig").unwrap();
        assert!(
            tiny.suppressed && tiny.now.is_none() && tiny.before.is_none(),
            "ten system administrators are under 11"
        );
        let json = serde_json::to_value(tiny).unwrap();
        assert!(json.get("now").is_none());
    }
}
