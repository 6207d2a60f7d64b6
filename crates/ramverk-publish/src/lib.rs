//! ramverk-publish: the documents people read — the framework, one role's profile, the review memo
//! and the assessment report — rendered through handlebars templates that users may override.
//! It knows no arguments and no files: the binary reads templates and branding and writes output.

pub mod branding;
pub mod check;
pub mod documents;
pub mod framework_document;
pub mod role_document;
pub mod shape;
pub mod templates;
pub mod text;

pub use branding::{Branding, BrandingError, Colors, Logo};
pub use documents::{Format, PublishError, framework_page, role_page};
pub use framework_document::{CONTEXT_VERSION, FrameworkDocument};
pub use role_document::{RoleDocument, UnknownRole};
pub use templates::{BUILTIN, Page, TemplateError, TemplateSource, Templates};
pub use text::{Text, Untranslated};
