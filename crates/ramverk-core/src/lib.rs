//! ramverk-core: competence frameworks as code — the model, loading with source positions,
//! the JSON Schema, and the checks a reviewer wants before approval. Nothing here prints.

pub mod approval;
pub mod checks;
pub mod diagnostic;
pub mod diff;
pub mod fast_profile;
pub mod fs;
pub mod i18n;
pub mod load;
pub mod model;
pub mod reference;
pub mod revision;
pub mod schema;
pub mod scoring;
pub mod source;
pub mod stats;
pub mod suggest;
pub mod synthetic;

pub use checks::check;
pub use diagnostic::{Diagnostic, Label, Severity};
pub use load::{LoadError, Loaded, load, load_texts};
pub use model::Framework;
