//! The Stockholm scoring rules as a ramverk plugin: the interface's records handed to
//! `ramverk_scoring`, the same code as ramverk's built-in rule.
//!
//! - The rating that counts is the agreed one, or the self rating where none was agreed.
//! - 0 means not rated.
//! - A competence need is a counted rating below the role's expected level; the gap counts the
//!   steps of the staircase between them.
//! - High motivation is a motivation value of 4 or 5 (configurable).

use ramverk_plugin_sdk::scoring::*;
use ramverk_scoring::{Assessment, Rule, Shape};

mod convert;
mod examples;

pub struct Stockholm;

impl Scoring for Stockholm {
    fn score(framework: Framework, input: Input, config: Config) -> Result<Output, String> {
        score(&framework, &input, rule(&config)?)
    }

    fn self_test() -> Result<(), String> {
        self_test()
    }
}

ramverk_plugin_sdk::scoring_plugin!(Stockholm);

/// The rule's settings from the plugin's configuration.
pub fn rule(config: &Config) -> Result<Rule, String> {
    Ok(Rule {
        high_motivation: config.parse_or("high-motivation", 4)?,
        use_self_rating: config.parse_or("use-self-rating", true)?,
    })
}

/// Scores `input` against the profiles of `framework`.
pub fn score(framework: &Framework, input: &Input, rule: Rule) -> Result<Output, String> {
    let shape: Shape = convert::shape(framework);
    let units: Vec<&str> = input.units.iter().map(String::as_str).collect();
    let (r, m) = (&input.ratings, &input.motivations);
    let assessment = Assessment {
        person_roles: &input.persons.role,
        person_units: &input.persons.unit,
        units: &units,
        person: &r.person,
        competence: &r.competence,
        self_rating: &r.self_rating,
        agreed: &r.agreed,
        motivation_person: &m.person,
        motivation_area: &m.area,
        motivation_value: &m.value,
    };
    let output = ramverk_scoring::score(&shape, &assessment, rule)?;
    Ok(convert::output(output))
}

fn self_test() -> Result<(), String> {
    let output = score(&examples::framework(), &examples::input(), Rule::default())?;
    let expect = [
        Outcome::Need,
        Outcome::Met,
        Outcome::NotRated,
        Outcome::NotExpected,
    ];
    if output.ratings.outcome != expect {
        return Err(format!(
            "outcomes {:?}, expected {:?}",
            output.ratings.outcome, expect
        ));
    }
    let person = &output.persons[0];
    if (person.needs, person.gap, person.high_motivation) != (1, 2, 1) {
        return Err(format!(
            "person result {person:?} is not 1 need, gap 2, 1 high motivation"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn self_test_passes() {
        super::self_test().unwrap();
    }
}
