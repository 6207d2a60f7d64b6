//! What scoring returns: per rating, per person and per group.

use serde::Serialize;

/// What one rating means against the person's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Met,
    Need,
    NotRated,
    NotExpected,
}

/// Per-rating results, in the order of the input ratings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RatingResults {
    pub expected: Vec<u8>,
    pub counted: Vec<u8>,
    pub outcome: Vec<Outcome>,
}

/// Counts for one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonResult {
    pub person: u32,
    pub expected: u32,
    pub rated: u32,
    pub needs: u32,
    pub gap: u32,
    pub high_motivation: u32,
    pub motivation_answers: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKind {
    All,
    Area,
    Competence,
    Role,
    Unit,
}

/// Counts for one group; shares and means are derived from them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Aggregate {
    pub kind: GroupKind,
    pub key: String,
    pub persons: u32,
    pub persons_with_need: u32,
    pub expected: u32,
    pub rated: u32,
    pub ratings: u32,
    pub rating_sum: u64,
    pub needs: u32,
    pub motivation_answers: u32,
    pub high_motivation: u32,
}

impl PersonResult {
    /// Person `person` with nothing counted yet.
    pub fn empty(person: u32) -> PersonResult {
        PersonResult {
            person,
            expected: 0,
            rated: 0,
            needs: 0,
            gap: 0,
            high_motivation: 0,
            motivation_answers: 0,
        }
    }
}

impl Aggregate {
    /// A group with nothing counted yet.
    pub fn empty(kind: GroupKind, key: &str) -> Aggregate {
        Aggregate {
            kind,
            key: key.to_owned(),
            persons: 0,
            persons_with_need: 0,
            expected: 0,
            rated: 0,
            ratings: 0,
            rating_sum: 0,
            needs: 0,
            motivation_answers: 0,
            high_motivation: 0,
        }
    }

    /// The mean of the ratings given (1–5), if any were.
    pub fn mean_rating(&self) -> Option<f64> {
        share(self.rating_sum as f64, self.ratings)
    }

    /// The share of rated expected levels that are needs.
    pub fn need_share(&self) -> Option<f64> {
        share(f64::from(self.needs), self.rated)
    }

    pub fn persons_with_need_share(&self) -> Option<f64> {
        share(f64::from(self.persons_with_need), self.persons)
    }

    pub fn high_motivation_share(&self) -> Option<f64> {
        share(f64::from(self.high_motivation), self.motivation_answers)
    }

    /// Rated expected levels over expected levels.
    pub fn coverage(&self) -> Option<f64> {
        share(f64::from(self.rated), self.expected)
    }
}

fn share(part: f64, whole: u32) -> Option<f64> {
    (whole > 0).then(|| part / f64::from(whole))
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Output {
    pub ratings: RatingResults,
    pub persons: Vec<PersonResult>,
    pub aggregates: Vec<Aggregate>,
}

impl Output {
    /// Checks that the output fits an input of `ratings` ratings and `persons` persons (a scoring
    /// plugin may return anything).
    pub fn fits(&self, ratings: usize, persons: usize) -> Result<(), String> {
        let r = &self.ratings;
        if r.expected.len() != ratings || r.counted.len() != ratings || r.outcome.len() != ratings {
            let returned = r.outcome.len().max(r.expected.len()).max(r.counted.len());
            return Err(format!(
                "it returned {returned} per-rating results for {ratings} ratings"
            ));
        }
        if let Some(p) = self.persons.iter().find(|p| p.person as usize >= persons) {
            return Err(format!(
                "it returned a result for person index {}, but there are {persons} persons",
                p.person
            ));
        }
        Ok(())
    }
}
