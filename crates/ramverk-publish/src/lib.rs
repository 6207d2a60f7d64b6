//! ramverk-publish: the documents people read — the framework, one role's profile, the review memo
//! and the assessment report — rendered through handlebars templates that users may override.
//! It knows no arguments and no files: the binary reads templates and branding and writes output.

pub mod branding;
mod markdown;
pub mod memo;
pub mod report;
pub mod templates;
pub mod text;

pub use branding::Branding;
pub use templates::{Page, TemplateError, TemplateSource, Templates};
