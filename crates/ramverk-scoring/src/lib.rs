//! ramverk-scoring: the Stockholm scoring rules over rating columns, run by both ramverk's built-in
//! rule and the `stockholm-scoring` plugin. It knows no files and no other ramverk crate.
//!
//! - The rating that counts is the agreed one, or the self rating where none was agreed.
//! - 0 means not rated.
//! - A competence need is a counted rating below the role's expected level. The levels are a
//!   staircase, so the gap is the number of steps between the rating and the expected level.
//! - High motivation is a motivation value of 4 or 5 (configurable).

mod groups;
mod results;
mod shape;

pub use results::{Aggregate, GroupKind, Outcome, Output, PersonResult, RatingResults};
pub use shape::Shape;

use groups::Groups;

/// The rule's settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// The lowest motivation value that counts as high.
    pub high_motivation: u8,
    /// Count the self rating where no agreed rating was given.
    pub use_self_rating: bool,
}

impl Default for Rule {
    fn default() -> Self {
        Rule {
            high_motivation: 4,
            use_self_rating: true,
        }
    }
}

/// The persons and their ratings, in columns: entry i of each column belongs to item i.
#[derive(Debug, Clone, Copy)]
pub struct Assessment<'a> {
    /// Role index (into the shape's roles) of each person.
    pub person_roles: &'a [u32],
    /// Unit index (into `units`) of each person.
    pub person_units: &'a [u32],
    pub units: &'a [&'a str],
    /// Per rating: person index, competence index, self rating, agreed rating (0: none).
    pub person: &'a [u32],
    pub competence: &'a [u32],
    pub self_rating: &'a [u8],
    pub agreed: &'a [u8],
    /// Per motivation answer: person index, area index, value (0: none).
    pub motivation_person: &'a [u32],
    pub motivation_area: &'a [u32],
    pub motivation_value: &'a [u8],
}

/// Scores `assessment` against the expected levels of `shape`.
pub fn score(shape: &Shape, assessment: &Assessment, rule: Rule) -> Result<Output, String> {
    check(shape, assessment)?;
    let a = assessment;
    let mut groups = Groups::new(shape, a);
    let count = a.person.len();
    let mut ratings = RatingResults {
        expected: vec![0; count],
        counted: vec![0; count],
        outcome: vec![Outcome::NotExpected; count],
    };
    let mut persons: Vec<PersonResult> = (0..a.person_roles.len() as u32)
        .map(PersonResult::empty)
        .collect();
    let order = ByPerson::new(a.person, persons.len());
    for (index, person) in persons.iter_mut().enumerate() {
        let role = a.person_roles[index] as usize;
        person.expected = shape.expected_in(role).len() as u32;
        groups.expect_person(index, role, shape);
        for i in order.of(index) {
            let competence = a.competence[i] as usize;
            let expected = shape.level(role, competence);
            let counted = counted(a.agreed[i], a.self_rating[i], rule);
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
    }
    for i in 0..a.motivation_person.len() {
        let (person, value) = (a.motivation_person[i] as usize, a.motivation_value[i]);
        if value == 0 {
            continue;
        }
        let high = value >= rule.high_motivation;
        persons[person].motivation_answers += 1;
        persons[person].high_motivation += u32::from(high);
        groups.motivation(
            person,
            a.person_roles[person] as usize,
            a.motivation_area[i] as usize,
            high,
        );
    }
    Ok(Output {
        ratings,
        persons,
        aggregates: groups.finish(),
    })
}

/// The rating that counts: the agreed one, else (if allowed) the self rating; 0 = none.
fn counted(agreed: u8, self_rating: u8, rule: Rule) -> u8 {
    if agreed > 0 || !rule.use_self_rating {
        agreed
    } else {
        self_rating
    }
}

fn outcome(expected: u8, counted: u8) -> Outcome {
    match (expected, counted) {
        (0, _) => Outcome::NotExpected,
        (_, 0) => Outcome::NotRated,
        (expected, counted) if counted < expected => Outcome::Need,
        _ => Outcome::Met,
    }
}

/// Every column has one entry per item, and every index points somewhere.
fn check(shape: &Shape, a: &Assessment) -> Result<(), String> {
    let count = a.person.len();
    if a.competence.len() != count || a.self_rating.len() != count || a.agreed.len() != count {
        return Err("the rating columns have different lengths".into());
    }
    let answers = a.motivation_person.len();
    if a.motivation_area.len() != answers || a.motivation_value.len() != answers {
        return Err("the motivation columns have different lengths".into());
    }
    if a.person_units.len() != a.person_roles.len() {
        return Err("the person columns have different lengths".into());
    }
    let persons = a.person_roles.len() as u32;
    let bad = |what: &str, index: u32, limit: usize| {
        Err(format!(
            "{what} index {index} is out of range (there are {limit})"
        ))
    };
    if let Some(&p) = a
        .person
        .iter()
        .chain(a.motivation_person)
        .find(|&&p| p >= persons)
    {
        return bad("a person", p, persons as usize);
    }
    if let Some(&r) = a
        .person_roles
        .iter()
        .find(|&&r| r as usize >= shape.roles.len())
    {
        return bad("a role", r, shape.roles.len());
    }
    if let Some(&u) = a
        .person_units
        .iter()
        .find(|&&u| u as usize >= a.units.len())
    {
        return bad("a unit", u, a.units.len());
    }
    if let Some(&c) = a
        .competence
        .iter()
        .find(|&&c| c as usize >= shape.competences.len())
    {
        return bad("a competence", c, shape.competences.len());
    }
    Ok(())
}

/// Rating indices grouped by person (a counting sort), in input order within a person.
struct ByPerson {
    starts: Vec<u32>,
    /// `None` when the input is already grouped by person.
    indices: Option<Vec<u32>>,
}

impl ByPerson {
    fn new(persons: &[u32], count: usize) -> ByPerson {
        let mut starts = vec![0u32; count + 1];
        for &p in persons {
            starts[p as usize + 1] += 1;
        }
        for p in 0..count {
            starts[p + 1] += starts[p];
        }
        // Files list a person's ratings together: then the input order already is the grouping.
        if persons.is_sorted() {
            return ByPerson {
                starts,
                indices: None,
            };
        }
        let mut fill = starts.clone();
        let mut indices = vec![0u32; persons.len()];
        for (i, &p) in persons.iter().enumerate() {
            indices[fill[p as usize] as usize] = i as u32;
            fill[p as usize] += 1;
        }
        ByPerson {
            starts,
            indices: Some(indices),
        }
    }

    /// The rating indices of `person`.
    fn of(&self, person: usize) -> impl Iterator<Item = usize> + '_ {
        let range = self.starts[person] as usize..self.starts[person + 1] as usize;
        let indices = self.indices.as_deref();
        range.map(move |k| indices.map_or(k, |indices| indices[k] as usize))
    }
}

#[cfg(test)]
mod tests;
