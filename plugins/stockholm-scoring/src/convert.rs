//! Between the interface's records and `ramverk_scoring`'s types.

use std::collections::HashMap;

use ramverk_plugin_sdk::scoring::*;
use ramverk_scoring as rule;

/// The framework reduced to what scoring needs.
pub fn shape(framework: &Framework) -> rule::Shape {
    let areas: HashMap<&str, u32> = framework
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i as u32))
        .collect();
    let competences = framework
        .competences
        .iter()
        .map(|c| {
            (
                c.id.clone(),
                areas.get(c.area.as_str()).copied().unwrap_or(0),
            )
        })
        .collect();
    let index: HashMap<&str, usize> = framework
        .competences
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let roles = framework.roles.iter().map(|r| r.id.clone()).collect();
    let mut shape = rule::Shape::new(
        framework.areas.iter().map(|a| a.id.clone()).collect(),
        competences,
        roles,
    );
    for profile in &framework.profiles {
        let Some(role) = framework.roles.iter().position(|r| r.id == profile.role) else {
            continue;
        };
        for entry in &profile.expected {
            if let (Some(&c), Expectation::Level(level)) =
                (index.get(entry.competence.as_str()), entry.expectation)
            {
                shape.expect(role, c, level);
            }
        }
    }
    shape
}

pub fn output(output: rule::Output) -> Output {
    Output {
        ratings: RatingResults {
            expected: output.ratings.expected,
            counted: output.ratings.counted,
            outcome: output.ratings.outcome.into_iter().map(outcome).collect(),
        },
        persons: output.persons.into_iter().map(person).collect(),
        aggregates: output.aggregates.into_iter().map(aggregate).collect(),
    }
}

fn outcome(outcome: rule::Outcome) -> Outcome {
    match outcome {
        rule::Outcome::Met => Outcome::Met,
        rule::Outcome::Need => Outcome::Need,
        rule::Outcome::NotRated => Outcome::NotRated,
        rule::Outcome::NotExpected => Outcome::NotExpected,
    }
}

fn person(p: rule::PersonResult) -> PersonResult {
    PersonResult {
        person: p.person,
        expected: p.expected,
        rated: p.rated,
        needs: p.needs,
        gap: p.gap,
        high_motivation: p.high_motivation,
        motivation_answers: p.motivation_answers,
    }
}

fn aggregate(a: rule::Aggregate) -> Aggregate {
    let kind = match a.kind {
        rule::GroupKind::All => GroupKind::All,
        rule::GroupKind::Area => GroupKind::Area,
        rule::GroupKind::Competence => GroupKind::Competence,
        rule::GroupKind::Role => GroupKind::Role,
        rule::GroupKind::Unit => GroupKind::Unit,
    };
    Aggregate {
        kind,
        key: a.key,
        persons: a.persons,
        persons_with_need: a.persons_with_need,
        expected: a.expected,
        rated: a.rated,
        ratings: a.ratings,
        rating_sum: a.rating_sum,
        needs: a.needs,
        motivation_answers: a.motivation_answers,
        high_motivation: a.high_motivation,
    }
}
