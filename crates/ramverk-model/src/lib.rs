//! ramverk-model: the framework model — the Rust types that define the YAML format and its JSON
//! Schema, and counts over them. It knows nothing of files, YAML, positions, findings or output.

mod area;
mod framework;
mod glossary;
mod role;
mod scale;
mod statement;
mod stats;

pub use area::{Area, Competence, LearningActivity, Placed, placed};
pub use framework::{
    Accepted, Correction, Framework, Licence, Principle, Publisher, Source, Status, Vocabulary,
};
pub use glossary::Term;
pub use role::{Expectation, NotApplicable, Profile, Role};
pub use scale::{Level, NotRated, Scale, Step};
pub use statement::{Dimension, LearningOutcome, Statement};
pub use stats::{Stats, stats};
