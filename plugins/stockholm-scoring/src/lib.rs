//! The Stockholm scoring rules as a ramverk plugin.
//!
//! - The rating that counts is the agreed one, or the self rating where none was agreed.
//! - 0 means not rated.
//! - A competence need is a counted rating below the role's expected level. The levels are a
//!   staircase, so the gap is the number of steps between the rating and the expected level.
//! - High motivation is a motivation value of 4 or 5 (configurable).

use ramverk_plugin_sdk::scoring::*;

mod examples;
mod groups;
mod table;

use groups::Groups;
use table::Expectations;

pub struct Stockholm;

/// The rule's settings.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub high_motivation: u8,
    pub use_self_rating: bool,
}

impl Settings {
    pub fn from_config(config: &Config) -> Result<Settings, String> {
        Ok(Settings {
            high_motivation: config.parse_or("high-motivation", 4)?,
            use_self_rating: config.parse_or("use-self-rating", true)?,
        })
    }
}

impl Scoring for Stockholm {
    fn score(framework: Framework, input: Input, config: Config) -> Result<Output, String> {
        score(&framework, &input, Settings::from_config(&config)?)
    }

    fn self_test() -> Result<(), String> {
        self_test()
    }
}

ramverk_plugin_sdk::scoring_plugin!(Stockholm);

/// Scores `input` against the profiles of `framework`.
pub fn score(framework: &Framework, input: &Input, settings: Settings) -> Result<Output, String> {
    check_columns(input)?;
    let table = Expectations::new(framework, input)?;
    let mut groups = Groups::new(framework, input, &table);
    let count = input.ratings.person.len();
    let mut ratings = RatingResults {
        expected: vec![0; count],
        counted: vec![0; count],
        outcome: vec![Outcome::NotExpected; count],
    };
    let mut persons: Vec<PersonResult> = (0..input.person_count() as u32).map(empty_person).collect();
    let order = by_person(&input.ratings.person, persons.len());
    let mut next = 0;
    for (index, person) in persons.iter_mut().enumerate() {
        let role = table.role_of(index);
        person.expected = table.expected_count(role);
        groups.expect_person(index, role, &table);
        let end = order.starts[index + 1] as usize;
        for &i in &order.indices[next..end] {
            let i = i as usize;
            let competence = input.ratings.competence[i] as usize;
            let expected = table.level(role, competence);
            let counted = counted(input.ratings.agreed[i], input.ratings.self_rating[i], settings);
            let outcome = outcome(expected, counted);
            ratings.expected[i] = expected;
            ratings.counted[i] = counted;
            ratings.outcome[i] = outcome;
            if counted > 0 && expected > 0 {
                person.rated += 1;
            }
            if outcome == Outcome::Need {
                person.needs += 1;
                person.gap += u32::from(expected - counted);
            }
            groups.rating(index, role, competence, counted, expected, outcome);
        }
        next = end;
    }
    let m = &input.motivations;
    for i in 0..m.person.len() {
        let (person, value) = (m.person[i] as usize, m.value[i]);
        if value == 0 {
            continue;
        }
        let high = value >= settings.high_motivation;
        persons[person].motivation_answers += 1;
        persons[person].high_motivation += u32::from(high);
        groups.motivation(person, table.role_of(person), m.area[i] as usize, high);
    }
    Ok(Output { ratings, persons, aggregates: groups.finish() })
}

/// Rating indices grouped by person (a counting sort): person p's ratings are
/// `indices[starts[p]..starts[p + 1]]`, in input order.
struct ByPerson {
    starts: Vec<u32>,
    indices: Vec<u32>,
}

fn by_person(persons: &[u32], count: usize) -> ByPerson {
    let mut starts = vec![0u32; count + 1];
    for &p in persons {
        starts[p as usize + 1] += 1;
    }
    for p in 0..count {
        starts[p + 1] += starts[p];
    }
    // Files list a person's ratings together: then the input order already is the grouping.
    if persons.is_sorted() {
        return ByPerson { starts, indices: (0..persons.len() as u32).collect() };
    }
    let mut fill = starts.clone();
    let mut indices = vec![0u32; persons.len()];
    for (i, &p) in persons.iter().enumerate() {
        indices[fill[p as usize] as usize] = i as u32;
        fill[p as usize] += 1;
    }
    ByPerson { starts, indices }
}

fn empty_person(person: u32) -> PersonResult {
    PersonResult { person, expected: 0, rated: 0, needs: 0, gap: 0, high_motivation: 0, motivation_answers: 0 }
}

/// The rating that counts: the agreed one, else (if allowed) the self rating; 0 = none.
fn counted(agreed: u8, self_rating: u8, settings: Settings) -> u8 {
    if agreed > 0 || !settings.use_self_rating { agreed } else { self_rating }
}

fn outcome(expected: u8, counted: u8) -> Outcome {
    match (expected, counted) {
        (0, _) => Outcome::NotExpected,
        (_, 0) => Outcome::NotRated,
        (expected, counted) if counted < expected => Outcome::Need,
        _ => Outcome::Met,
    }
}

/// Every column must have one entry per rating, and every index must point somewhere.
fn check_columns(input: &Input) -> Result<(), String> {
    let r = &input.ratings;
    let count = r.person.len();
    if r.competence.len() != count || r.self_rating.len() != count || r.agreed.len() != count {
        return Err("the rating columns have different lengths".into());
    }
    let m = &input.motivations;
    if m.area.len() != m.person.len() || m.value.len() != m.person.len() {
        return Err("the motivation columns have different lengths".into());
    }
    let p = &input.persons;
    if p.role.len() != p.id.len() || p.unit.len() != p.id.len() {
        return Err("the person columns have different lengths".into());
    }
    if p.unit.iter().any(|&u| u as usize >= input.units.len()) {
        return Err("a person names a unit index outside the list of units".into());
    }
    let persons = p.id.len() as u32;
    if r.person.iter().chain(&m.person).any(|&p| p >= persons) {
        return Err("a rating names a person index outside the list of persons".into());
    }
    Ok(())
}

fn self_test() -> Result<(), String> {
    let framework = examples::framework();
    let input = examples::input();
    let settings = Settings { high_motivation: 4, use_self_rating: true };
    let output = score(&framework, &input, settings)?;
    let expect = [Outcome::Need, Outcome::Met, Outcome::NotRated, Outcome::NotExpected];
    if output.ratings.outcome != expect {
        return Err(format!("outcomes {:?}, expected {:?}", output.ratings.outcome, expect));
    }
    let person = &output.persons[0];
    if (person.needs, person.gap, person.high_motivation) != (1, 2, 1) {
        return Err(format!("person result {person:?} is not 1 need, gap 2, 1 high motivation"));
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
