//! Per-person results, for the development talk: each rated competence with its expected level,
//! the rating that counted, whether it is a need, and the learning activities that fit the gap.

use serde::Serialize;

use ramverk_model::{Competence, Framework};

use crate::{Input, Outcome, Output};

/// One competence of one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonCompetence {
    pub competence: String,
    pub title: String,
    /// The expected level (none when the role has none).
    pub expected: Option<u8>,
    /// The rating that counted (none when not rated).
    pub rating: Option<u8>,
    pub outcome: Outcome,
    /// For a need: the framework's learning activities for this competence at the missing levels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub learning_activities: Vec<String>,
}

/// One person's results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonReport {
    pub person: String,
    pub role: String,
    pub unit: String,
    pub needs: u32,
    pub gap: u32,
    pub high_motivation: u32,
    pub motivation_answers: u32,
    pub competences: Vec<PersonCompetence>,
}

/// Every person of `input` with their results from `output`, in input order.
pub fn person_reports(framework: &Framework, input: &Input, output: &Output) -> Vec<PersonReport> {
    let competences: Vec<&Competence> = framework
        .placed_competences()
        .into_iter()
        .map(|p| p.competence)
        .collect();
    let mut reports: Vec<PersonReport> = input
        .persons
        .iter()
        .map(|p| PersonReport {
            person: p.id.clone(),
            role: p.role.clone(),
            unit: p.unit.clone(),
            needs: 0,
            gap: 0,
            high_motivation: 0,
            motivation_answers: 0,
            competences: Vec::new(),
        })
        .collect();
    for result in &output.persons {
        if let Some(report) = reports.get_mut(result.person as usize) {
            report.needs = result.needs;
            report.gap = result.gap;
            report.high_motivation = result.high_motivation;
            report.motivation_answers = result.motivation_answers;
        }
    }
    let r = &output.ratings;
    for i in 0..input.ratings.len() {
        let (Some(report), Some(competence)) = (
            reports.get_mut(input.ratings.person[i] as usize),
            competences.get(input.ratings.competence[i] as usize),
        ) else {
            continue;
        };
        let (expected, counted, outcome) = (r.expected[i], r.counted[i], r.outcome[i]);
        let learning_activities = if outcome == Outcome::Need {
            activities(competence, counted, expected)
        } else {
            Vec::new()
        };
        report.competences.push(PersonCompetence {
            competence: competence.id.clone(),
            title: competence.title.clone(),
            expected: (expected > 0).then_some(expected),
            rating: (counted > 0).then_some(counted),
            outcome,
            learning_activities,
        });
    }
    reports
}

/// The activities of `competence` for the levels between `from` (exclusive) and `to`: those
/// without levels fit any gap.
fn activities(competence: &Competence, from: u8, to: u8) -> Vec<String> {
    competence
        .learning_activities
        .iter()
        .filter(|a| a.levels.is_empty() || a.levels.iter().any(|&l| l > from && l <= to))
        .map(|a| a.text.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Person, Rule, score_builtin};

    #[test]
    fn a_need_comes_with_the_competences_learning_activities() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../frameworks/stockholm-kultur");
        let framework = ramverk_check::load(&path).unwrap().framework.unwrap();
        let mut input = Input::default();
        input.persons.push(Person {
            id: "p1".into(),
            role: "medarbetare".into(),
            unit: "Bibliotek".into(),
        });
        // 1.1 (expected 3 for medarbetare) rated 1: a need; 1.2 rated 5: met.
        input.ratings.push(0, 0, 1, 1);
        input.ratings.push(0, 1, 5, 5);
        let output = score_builtin(&framework, &input, Rule::default()).unwrap();
        let report = &person_reports(&framework, &input, &output)[0];
        assert_eq!((report.person.as_str(), report.needs), ("p1", 1));
        let first = &report.competences[0];
        assert_eq!(
            (first.competence.as_str(), first.rating, first.outcome),
            ("1.1", Some(1), Outcome::Need)
        );
        assert!(
            first.learning_activities[0].contains("verksamhetssystem"),
            "{:?}",
            first.learning_activities
        );
        assert!(report.competences[1].learning_activities.is_empty());
    }
}
