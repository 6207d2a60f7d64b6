//! The rule on a tiny example: every outcome, the gap, motivation, groups.

use super::*;

/// One area, competences 1.1–1.4; the role expects 3, 2 and 2 in 1.1–1.3.
fn shape() -> Shape {
    let competences = ["1.1", "1.2", "1.3", "1.4"]
        .map(|id| (id.to_string(), 0))
        .to_vec();
    let mut shape = Shape::new(vec!["1".into()], competences, vec!["medarbetare".into()]);
    for (competence, level) in [(0, 3), (1, 2), (2, 2)] {
        shape.expect(0, competence, level);
    }
    shape
}

/// 1.1: agreed 1 (self 4) against 3 — a need with gap 2; 1.2: self 2 against 2 — met;
/// 1.3: not rated; 1.4: no expectation. Motivation 5: high.
fn example(rule: Rule) -> Output {
    let units = ["Bibliotek"];
    let assessment = Assessment {
        person_roles: &[0],
        person_units: &[0],
        units: &units,
        person: &[0, 0, 0, 0],
        competence: &[0, 1, 2, 3],
        self_rating: &[4, 2, 0, 3],
        agreed: &[1, 0, 0, 0],
        motivation_person: &[0],
        motivation_area: &[0],
        motivation_value: &[5],
    };
    score(&shape(), &assessment, rule).unwrap()
}

#[test]
fn every_outcome_and_the_gap() {
    let output = example(Rule::default());
    assert_eq!(
        output.ratings.outcome,
        [
            Outcome::Need,
            Outcome::Met,
            Outcome::NotRated,
            Outcome::NotExpected
        ]
    );
    let person = &output.persons[0];
    assert_eq!(
        (
            person.expected,
            person.rated,
            person.needs,
            person.gap,
            person.high_motivation
        ),
        (3, 2, 1, 2, 1)
    );
    let all = &output.aggregates[0];
    assert_eq!(
        (
            all.persons,
            all.persons_with_need,
            all.expected,
            all.rated,
            all.ratings,
            all.needs
        ),
        (1, 1, 3, 2, 3, 1)
    );
}

#[test]
fn without_self_ratings_only_agreed_ones_count() {
    let output = example(Rule {
        use_self_rating: false,
        ..Rule::default()
    });
    assert_eq!(
        output.ratings.outcome,
        [
            Outcome::Need,
            Outcome::NotRated,
            Outcome::NotRated,
            Outcome::NotExpected
        ]
    );
}

#[test]
fn bad_indices_are_errors_not_panics() {
    let units = ["x"];
    let assessment = Assessment {
        person_roles: &[0],
        person_units: &[0],
        units: &units,
        person: &[3],
        competence: &[0],
        self_rating: &[1],
        agreed: &[0],
        motivation_person: &[],
        motivation_area: &[],
        motivation_value: &[],
    };
    assert!(
        score(&shape(), &assessment, Rule::default())
            .unwrap_err()
            .contains("a person index 3")
    );
}

#[test]
fn output_that_does_not_fit_its_input_is_caught() {
    let output = example(Rule::default());
    assert_eq!(output.fits(4, 1), Ok(()));
    assert!(
        output
            .fits(5, 1)
            .unwrap_err()
            .contains("4 per-rating results for 5 ratings")
    );
    assert!(
        output
            .fits(4, 0)
            .unwrap_err()
            .contains("person index 0, but there are 0 persons")
    );
}
