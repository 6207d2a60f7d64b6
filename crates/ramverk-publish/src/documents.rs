//! The framework page and a role's page rendered in HTML or Markdown: the context built, the
//! page title worded in the framework's language, the template rendered.

use ramverk_model::Framework;
use ramverk_render::language::Language;
use ramverk_render::messages::Args;

use crate::branding::Branding;
use crate::framework_document::FrameworkDocument;
use crate::role_document::{RoleDocument, UnknownRole};
use crate::templates::{Page, TemplateError, Templates, messages};
use crate::text::Untranslated;

/// The formats the framework documents come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Markdown,
}

impl Format {
    /// The template of `document` (`framework`, `role`) in this format.
    fn template(self, document: &str) -> String {
        match self {
            Format::Html => format!("{document}.html"),
            Format::Markdown => format!("{document}.md"),
        }
    }
}

/// A role page that cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error(transparent)]
    UnknownRole(#[from] UnknownRole),
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// The framework page of `framework` (already in the language wanted; `untranslated` names
/// the texts left in its source language).
pub fn framework_page(
    templates: &Templates,
    framework: &Framework,
    untranslated: &Untranslated,
    branding: &Branding,
    format: Format,
) -> Result<String, TemplateError> {
    let page = Page::new(&framework.language, framework.title.clone(), branding);
    let document = FrameworkDocument::new(framework, untranslated, page);
    templates.render(&format.template("framework"), &document)
}

/// The profile page of the role with id `role`.
pub fn role_page(
    templates: &Templates,
    framework: &Framework,
    role: &str,
    untranslated: &Untranslated,
    branding: &Branding,
    format: Format,
) -> Result<String, PublishError> {
    let page = Page::new(&framework.language, String::new(), branding);
    let mut document = RoleDocument::new(framework, role, untranslated, page)?;
    let language = Language::of(&framework.language);
    document.page.title = messages(language).map_err(TemplateError::from)?.format(
        "role-page-title",
        Args::new()
            .text("role", document.role.title.text.clone())
            .text("framework", document.framework.title.text.clone()),
    );
    Ok(templates.render(&format.template("role"), &document)?)
}
