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
///
/// Linear in the number of groups (a scoring plugin decides how many there are): the earlier
/// round's groups are looked up by hash, the first of a repeated group winning.
pub fn group_reports(now: &Output, before: Option<&Output>, min_group: u32) -> Vec<GroupReport> {
    let earlier_groups: std::collections::HashMap<(GroupKind, &str), &Aggregate> = before
        .map(|b| {
            b.aggregates
                .iter()
                .rev()
                .map(|e| ((e.kind, e.key.as_str()), e))
                .collect()
        })
        .unwrap_or_default();
    now.aggregates
        .iter()
        .filter(|a| a.persons > 0)
        .map(|a| {
            let earlier = earlier_groups.get(&(a.kind, a.key.as_str())).copied();
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

    /// 300,000 groups in each round (a scoring plugin may return that many): matched in one pass
    /// (a search of the earlier round for each group would take minutes here).
    #[test]
    fn many_groups_are_matched_in_one_pass() {
        let groups = |persons: u32| Output {
            aggregates: (0..300_000)
                .map(|i| Aggregate {
                    kind: GroupKind::Unit,
                    key: format!("unit-{i}"),
                    persons,
                    persons_with_need: 1,
                    expected: 0,
                    rated: 0,
                    ratings: 0,
                    rating_sum: 0,
                    needs: 0,
                    motivation_answers: 0,
                    high_motivation: 0,
                })
                .collect(),
            ..Output::default()
        };
        let (before, now) = (groups(20), groups(30));
        let reports = group_reports(&now, Some(&before), 11);
        assert_eq!(reports.len(), 300_000);
        let last = &reports[299_999];
        assert_eq!(last.key, "unit-299999");
        assert_eq!(last.before.unwrap().persons, 20);
        assert_eq!(last.now.unwrap().persons, 30);
    }
}
