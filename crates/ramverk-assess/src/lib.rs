//! ramverk-assess: assessment rounds — ratings files in, scoring, per-person and group results
//! out, synthetic rounds. It knows no output format and no plugin host.
//!
//! The types mirror the plugin interface (`wit/v1/scoring.wit`): ratings travel in columns so that
//! a million of them cross into a plugin as a few memory copies.

mod builtin;
mod persons;
mod ratings;
mod report;
pub mod suppression;
pub mod synthetic;

pub use builtin::{IndexedPersons, score_builtin, shape};
pub use persons::{PersonCompetence, PersonReport, person_reports};
pub use ramverk_scoring::Rule;
pub use ratings::{
    RatingsError, RatingsFile, ReadLimits, ReadOptions, read_ratings_csv, read_ratings_file,
    read_ratings_file_observed, write_ratings_csv,
};
pub use report::{Figures, GroupReport, group_reports};
pub use suppression::Hidden;

use serde::Serialize;

/// A person being assessed, by pseudonym.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: String,
    pub role: String,
    pub unit: String,
}

/// Competence ratings in columns: entry i of every column belongs to rating i. `person` indexes
/// [`Input::persons`], `competence` indexes [`Framework::competence_list`](crate::Framework); 0 = not given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Ratings {
    pub person: Vec<u32>,
    pub competence: Vec<u32>,
    pub self_rating: Vec<u8>,
    pub agreed: Vec<u8>,
}

/// Motivation answers per area, in columns; `area` indexes the framework's areas.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Motivations {
    pub person: Vec<u32>,
    pub area: Vec<u32>,
    pub value: Vec<u8>,
}

/// Everything a scoring rule needs besides the framework.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Input {
    pub persons: Vec<Person>,
    pub ratings: Ratings,
    pub motivations: Motivations,
}

impl Ratings {
    pub fn len(&self) -> usize {
        self.person.len()
    }

    pub fn is_empty(&self) -> bool {
        self.person.is_empty()
    }

    pub fn push(&mut self, person: u32, competence: u32, self_rating: u8, agreed: u8) {
        self.person.push(person);
        self.competence.push(competence);
        self.self_rating.push(self_rating);
        self.agreed.push(agreed);
    }
}

impl Motivations {
    pub fn push(&mut self, person: u32, area: u32, value: u8) {
        self.person.push(person);
        self.area.push(area);
        self.value.push(value);
    }
}

pub use ramverk_scoring::{Aggregate, GroupKind, Outcome, Output, PersonResult, RatingResults};
