//! Seeded synthetic assessment rounds with the distributions of the Stockholm final report:
//! 1,098 employees over the ten roles, 29 % with a competence need in round 1 and 24 % in
//! round 2, 64 % → 70 % with high motivation, 81 % → 86 % of expected competences rated.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use ramverk_model::Framework;

use crate::{Input, Person};

/// How a synthetic round is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundSpec {
    pub persons: usize,
    pub seed: u64,
    /// 1 (before the learning activities) or 2 (after): the same persons, improved.
    pub round: u8,
}

impl RoundSpec {
    /// The Stockholm project: 1,098 employees.
    pub const STOCKHOLM: RoundSpec = RoundSpec {
        persons: 1_098,
        seed: 2024,
        round: 1,
    };
}

/// What changes between the rounds.
struct Targets {
    with_need: f64,
    high_motivation: f64,
    rated: f64,
}

const ROUNDS: [Targets; 2] = [
    Targets {
        with_need: 0.29,
        high_motivation: 0.64,
        rated: 0.81,
    },
    Targets {
        with_need: 0.24,
        high_motivation: 0.70,
        rated: 0.86,
    },
];

/// Persons per role in the Stockholm cultural administration's 1,098 (in the framework's role
/// order: medarbetare, chef, bibliotekarie, …, systemägare, systemansvarig); other frameworks get
/// the first role for half their persons and the rest evenly.
const STOCKHOLM_ROLES: [usize; 10] = [600, 90, 150, 80, 60, 40, 30, 28, 10, 10];

const UNITS: [&str; 7] = [
    "Bibliotek",
    "Kulturhus",
    "Stadsarkiv",
    "Förvaltning",
    "Kulturskola",
    "Museum",
    "Stab",
];

/// A round for `framework`. Persons keep their role, unit and abilities across rounds with the
/// same seed; round 2 draws fewer gaps, more motivation and more ratings.
pub fn round(framework: &Framework, spec: RoundSpec) -> Input {
    let targets = &ROUNDS[usize::from(spec.round.clamp(1, 2)) - 1];
    let competences = framework.placed_competences();
    let index: std::collections::HashMap<&str, u32> = competences
        .iter()
        .enumerate()
        .map(|(i, p)| (p.competence.id.as_str(), i as u32))
        .collect();
    let roles = role_plan(framework, spec.persons);
    let mut input = Input::default();
    let mut round_rng = ChaCha8Rng::seed_from_u64(spec.seed ^ (u64::from(spec.round) << 32));
    for (number, role) in roles.iter().enumerate() {
        // Drawn from the person's own seed: the same in both rounds.
        let mut person_rng = ChaCha8Rng::seed_from_u64(
            spec.seed
                .wrapping_mul(1_000_003)
                .wrapping_add(number as u64),
        );
        let unit = UNITS[person_rng.random_range(0..UNITS.len())];
        let weak = person_rng.random::<f64>();
        let person = input.persons.len() as u32;
        input.persons.push(Person {
            id: format!("p{:05}", number + 1),
            role: role.to_string(),
            unit: unit.to_string(),
        });
        let has_need = weak < targets.with_need;
        let expected: Vec<(u32, u8)> = framework
            .profiles
            .iter()
            .find(|p| &p.role == role)
            .map(|p| {
                p.expected
                    .iter()
                    .filter_map(|(c, e)| Some((*index.get(c.as_str())?, e.level()?)))
                    .collect()
            })
            .unwrap_or_default();
        let gaps = if has_need {
            1 + round_rng
                .random_range(0..3usize)
                .min(expected.len().saturating_sub(1))
        } else {
            0
        };
        let mut gap_at: Vec<usize> = (0..expected.len()).collect();
        for i in 0..gaps.min(expected.len()) {
            let j = round_rng.random_range(i..expected.len());
            gap_at.swap(i, j);
        }
        let gap_at = &gap_at[..gaps.min(expected.len())];
        for (k, &(competence, level)) in expected.iter().enumerate() {
            let is_gap = gap_at.contains(&k);
            if !is_gap && !round_rng.random_bool(targets.rated) {
                input.ratings.push(person, competence, 0, 0);
                continue;
            }
            let agreed = if is_gap {
                level
                    .saturating_sub(1 + round_rng.random_range(0..2u8).min(level.saturating_sub(2)))
                    .max(1)
            } else {
                let learned = u8::from(spec.round == 2 && round_rng.random_bool(0.25));
                (level + round_rng.random_range(0..2u8) + learned).min(5)
            };
            let own = (agreed + round_rng.random_range(0..2u8)).min(5);
            let agreed = if round_rng.random_bool(0.9) {
                agreed
            } else {
                0
            };
            input.ratings.push(
                person,
                competence,
                own,
                if agreed == 0 && is_gap {
                    own.min(level - 1).max(1)
                } else {
                    agreed
                },
            );
        }
        for (area, _) in framework.areas.iter().enumerate().filter(|(_, a)| {
            a.restricted_to.is_empty() || a.restricted_to.iter().any(|r| r == role)
        }) {
            let area = area as u32;
            let high = round_rng.random_bool(targets.high_motivation);
            let value = if high {
                round_rng.random_range(4..=5u8)
            } else {
                round_rng.random_range(1..=3u8)
            };
            input.motivations.push(person, area, value);
        }
    }
    input
}

/// Each person's role, in person order.
fn role_plan(framework: &Framework, persons: usize) -> Vec<&str> {
    let roles = &framework.roles;
    if roles.is_empty() {
        return vec![""; persons];
    }
    let weights: Vec<usize> = if roles.len() == STOCKHOLM_ROLES.len() {
        STOCKHOLM_ROLES.to_vec()
    } else {
        (0..roles.len())
            .map(|i| if i == 0 { roles.len() } else { 1 })
            .collect()
    };
    let total: usize = weights.iter().sum();
    let mut plan = Vec::with_capacity(persons);
    for (role, weight) in roles.iter().zip(&weights) {
        let count = (persons * weight).div_ceil(total);
        plan.extend(std::iter::repeat_n(role.id.as_str(), count));
    }
    plan.truncate(persons);
    while plan.len() < persons {
        plan.push(&roles[0].id);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{GroupKind, Rule, score_builtin};

    #[test]
    fn rounds_reproduce_the_final_reports_figures() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../frameworks/stockholm-kultur");
        let framework = ramverk_check::load(&path).unwrap().framework.unwrap();
        let figures = |round: u8| {
            let input = super::round(
                &framework,
                RoundSpec {
                    round,
                    ..RoundSpec::STOCKHOLM
                },
            );
            assert_eq!(
                input
                    .persons
                    .iter()
                    .filter(|p| p.role == "systemansvarig")
                    .count(),
                10
            );
            let output = score_builtin(&framework, &input, Rule::default()).unwrap();
            let all = output
                .aggregates
                .into_iter()
                .find(|a| a.kind == GroupKind::All)
                .unwrap();
            (
                all.persons_with_need_share().unwrap(),
                all.high_motivation_share().unwrap(),
                all.coverage().unwrap(),
                all.persons,
            )
        };
        let (need1, motivation1, coverage1, persons) = figures(1);
        let (need2, motivation2, coverage2, _) = figures(2);
        assert_eq!(persons, 1_098);
        for (value, target) in [
            (need1, 0.29),
            (need2, 0.24),
            (motivation1, 0.64),
            (motivation2, 0.70),
            (coverage1, 0.81),
            (coverage2, 0.86),
        ] {
            assert!(
                (value - target).abs() < 0.035,
                "{value:.3} is not near {target}"
            );
        }
        assert!(coverage1 < coverage2 && need2 < need1);
    }

    #[test]
    fn the_same_seed_gives_the_same_round() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../frameworks/stockholm-kultur");
        let framework = ramverk_check::load(&path).unwrap().framework.unwrap();
        assert_eq!(
            round(&framework, RoundSpec::STOCKHOLM),
            round(&framework, RoundSpec::STOCKHOLM)
        );
    }
}
