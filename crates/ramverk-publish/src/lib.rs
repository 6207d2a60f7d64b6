//! ramverk-publish: the documents people read — the framework, one role's profile, the review memo
//! and the assessment report — rendered through handlebars templates that users may override.
//! It knows no arguments and no files: the binary reads templates and branding and writes output.

pub mod branding;
mod markdown;
pub mod memo;
pub mod report;
pub mod export_error;
pub mod framework_csv;
pub mod framework_json;
pub mod framework_xlsx;
pub mod resolved;
pub mod sheet_names;
pub mod table;
pub mod templates;
pub mod text;

pub use branding::Branding;
pub use export_error::ExportError;
pub use framework_csv::{CsvDelimiter, CsvRows, framework_csv};
pub use framework_json::framework_json;
pub use framework_xlsx::framework_xlsx;
pub use templates::{Page, TemplateError, TemplateSource, Templates};
