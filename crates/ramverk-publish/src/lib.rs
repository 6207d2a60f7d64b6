//! ramverk-publish: the documents people read — the framework, one role's profile, the review memo
//! and the assessment report — rendered through handlebars templates that users may override.
//! It knows no arguments and no files: the binary reads templates and branding and writes output.

pub mod branding;
pub mod check;
pub mod documents;
pub mod export_error;
pub mod framework_csv;
pub mod framework_document;
pub mod framework_json;
pub mod framework_sheets;
pub mod framework_xlsx;
pub mod glossary_view;
pub mod licence_view;
pub mod marked_text;
pub mod memo;
pub mod report;
pub mod resolved;
pub mod role_document;
pub mod shape;
pub mod sheet_names;
pub mod statement_groups;
pub mod table;
pub mod templates;
pub mod text;

pub use export_error::ExportError;
pub use framework_csv::{CsvDelimiter, CsvRows, framework_csv};
pub use framework_json::framework_json;
pub use framework_xlsx::framework_xlsx;

pub use branding::{Branding, BrandingError, Colors, Logo};
pub use documents::{Format, PublishError, framework_page, role_page};
pub use framework_document::{CONTEXT_VERSION, FrameworkDocument};
pub use role_document::{RoleDocument, UnknownRole};
pub use templates::{BUILTIN, Page, TemplateError, TemplateSource, Templates};
pub use text::{Text, Untranslated};
