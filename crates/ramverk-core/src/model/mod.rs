//! The framework model: the Rust types that define the YAML format and its JSON Schema.

mod area;
mod framework;
mod role;
mod scale;

pub use area::{Area, Competence, LearningActivity, Placed, placed};
pub use framework::{Correction, Framework, Principle, Publisher, Source, Status, Vocabulary};
pub use role::{Expectation, NotApplicable, Profile, Role};
pub use scale::{Level, NotRated, Scale};
