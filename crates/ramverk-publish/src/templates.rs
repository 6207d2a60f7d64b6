//! The template layer: handlebars templates compiled into the binary, overridable by the user,
//! rendered in strict mode with the fixed texts of one language.
//!
//! A template's name is its file name without `.hbs` (`framework.html`, `memo.md`); partials are
//! templates whose name starts with `_` (`_layout.html`), used as `{{> _layout.html}}`. Texts
//! come from Fluent messages through the `t` helper: `{{t "in-competences" count=n}}`.

use std::collections::HashMap;

use handlebars::template::Template;
use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError,
    RenderErrorReason, ScopedJson,
};
use ramverk_render::language::Language;
use ramverk_render::messages::{Args, MessageError, Messages};
use ramverk_render::text::escape_markdown;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;

use crate::branding::Branding;
use crate::check::Checker;
use crate::framework_document::{CompetenceView, FrameworkDocument, ScaleView};
use crate::memo::Memo;
use crate::report::Report;
use crate::role_document::RoleDocument;
use crate::shape::Shape;

/// How deep a user's template may nest blocks (`{{#if}}` in `{{#each}}` …): far beyond any real
/// document, well within the stack of the parser and the renderer.
const MAX_NESTING: usize = 100;

/// The templates compiled into ramverk: (name, text). `ramverk templates export` writes these.
pub const BUILTIN: &[(&str, &str)] = &[
    ("_page.html", include_str!("../templates/_page.html.hbs")),
    ("_style.css", include_str!("../templates/_style.css.hbs")),
    ("_text.html", include_str!("../templates/_text.html.hbs")),
    ("_lang.html", include_str!("../templates/_lang.html.hbs")),
    ("memo.html", include_str!("../templates/memo.html.hbs")),
    ("memo.md", include_str!("../templates/memo.md.hbs")),
    ("_memo.css", include_str!("../templates/_memo.css.hbs")),
    ("report.html", include_str!("../templates/report.html.hbs")),
    ("report.md", include_str!("../templates/report.md.hbs")),
    ("_report.css", include_str!("../templates/_report.css.hbs")),
    ("_scale.html", include_str!("../templates/_scale.html.hbs")),
    (
        "_framework.css",
        include_str!("../templates/_framework.css.hbs"),
    ),
    (
        "_licence.html",
        include_str!("../templates/_licence.html.hbs"),
    ),
    (
        "_competence.html",
        include_str!("../templates/_competence.html.hbs"),
    ),
    (
        "framework.html",
        include_str!("../templates/framework.html.hbs"),
    ),
    ("role.html", include_str!("../templates/role.html.hbs")),
    ("_scale.md", include_str!("../templates/_scale.md.hbs")),
    (
        "_competence.md",
        include_str!("../templates/_competence.md.hbs"),
    ),
    (
        "framework.md",
        include_str!("../templates/framework.md.hbs"),
    ),
    ("role.md", include_str!("../templates/role.md.hbs")),
    ("_licence.md", include_str!("../templates/_licence.md.hbs")),
];

/// What the page frame (`_page.html`) shows around every HTML document: each document's
/// context carries it as `page`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Page<'a> {
    /// The document's language, a BCP 47 tag (`sv`).
    pub lang: &'a str,
    /// The document's title, for the browser tab and the window.
    pub title: String,
    /// ramverk's version.
    pub version: &'static str,
    /// The organisation's name, logo, colours and footer line.
    pub branding: &'a Branding,
}

impl<'a> Page<'a> {
    pub fn new(lang: &'a str, title: String, branding: &'a Branding) -> Page<'a> {
        Page {
            lang,
            title,
            version: env!("CARGO_PKG_VERSION"),
            branding,
        }
    }
}

/// The context of a partial: what every document's context has.
#[derive(Serialize, JsonSchema)]
pub struct PartialContext<'a> {
    pub page: Page<'a>,
}

/// The documented context of the template `name`: a document's fields; the common `page` for
/// the page frame; a scale (`ScaleView`) for `_scale.*` and a competence (`CompetenceView`) for
/// `_competence.*`, which the documents call inside `{{#each}}`; the licence (`LicenceView`) for
/// `_licence.*`; anything (`Shape::Any`) for documents whose context is documented elsewhere.
pub fn context_shape(name: &str) -> Shape {
    match name {
        "framework.html" | "framework.md" => Shape::of::<FrameworkDocument<'_>>(),
        "role.html" | "role.md" => Shape::of::<RoleDocument<'_>>(),
        "memo.html" | "memo.md" => Shape::of::<Memo<'_>>(),
        "report.html" | "report.md" => Shape::of::<Report<'_>>(),
        "_page.html" | "_style.css" | "_memo.css" | "_report.css" | "_framework.css" => {
            Shape::of::<PartialContext<'_>>()
        }
        "_scale.html" | "_scale.md" => Shape::of::<ScaleView>(),
        "_text.html" | "_lang.html" => Shape::of::<crate::text::Text>(),
        "_competence.html" | "_competence.md" => Shape::of::<CompetenceView>(),
        "_licence.html" | "_licence.md" => Shape::of::<crate::licence_view::LicenceView>(),
        _ => Shape::Any,
    }
}

/// Which escaping a template's output needs: Markdown for `*.md`, HTML for the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flavour {
    Html,
    Markdown,
}

impl Flavour {
    fn of(name: &str) -> Flavour {
        if name.ends_with(".md") {
            Flavour::Markdown
        } else {
            Flavour::Html
        }
    }
}

/// This crate's Fluent messages per language (added to ramverk-render's).
const MESSAGES: [(Language, &str); 3] = [
    (Language::Swedish, include_str!("../messages/sv.ftl")),
    (Language::Danish, include_str!("../messages/da.ftl")),
    (Language::English, include_str!("../messages/en.ftl")),
];

/// A template given by the user: its name (file name without `.hbs`), where it came from (for
/// messages) and its text.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    pub name: String,
    pub origin: String,
    pub text: String,
}

/// A template that cannot be used, or a document that cannot be rendered.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("{origin}: no built-in template or partial is called `{name}` (known: {known})")]
    Unknown {
        origin: String,
        name: String,
        known: String,
    },
    #[error("{origin}: {message}")]
    Syntax { origin: String, message: String },
    #[error("{origin}:{line}:{column}: {message}{more}")]
    Check {
        origin: String,
        line: usize,
        column: usize,
        message: String,
        /// `(and N more problems)` when there are more.
        more: String,
    },
    #[error("template `{template}`{at}: {message}")]
    Render {
        template: String,
        at: String,
        message: String,
    },
    #[error(transparent)]
    Messages(#[from] MessageError),
}

/// The templates of one language, built-in or overridden, ready to render documents.
pub struct Templates {
    /// Templates that write HTML (and CSS), HTML-escaped.
    html: Handlebars<'static>,
    /// Templates that write Markdown (`*.md`), Markdown-escaped.
    markdown: Handlebars<'static>,
    /// Where each template came from: `built-in` or the user's file.
    origins: HashMap<String, String>,
}

impl Templates {
    /// The built-in templates, with `overrides` replacing templates or partials of the same name,
    /// and texts in `language`. An override whose name no built-in template has is an error (a
    /// misspelt file name would otherwise be ignored silently), as is one that names a field its
    /// document's context lacks, a helper, partial or message that does not exist — in any
    /// branch, taken or not ([`check`](crate::check)).
    pub fn new(
        language: Language,
        overrides: &[TemplateSource],
    ) -> Result<Templates, TemplateError> {
        let messages = messages(language)?;
        let mut html = registry(Flavour::Html, messages);
        let mut markdown = registry(Flavour::Markdown, messages);
        let mut origins = HashMap::new();
        for source in overrides {
            let depth = crate::check::nesting(&source.text);
            if depth > MAX_NESTING {
                return Err(TemplateError::Syntax {
                    origin: source.origin.clone(),
                    message: format!("blocks nest {depth} deep; at most {MAX_NESTING} are allowed"),
                });
            }
            if !BUILTIN.iter().any(|(name, _)| *name == source.name) {
                return Err(TemplateError::Unknown {
                    origin: source.origin.clone(),
                    name: source.name.clone(),
                    known: BUILTIN
                        .iter()
                        .map(|(name, _)| *name)
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            }
        }
        if !overrides.is_empty() {
            refuse_recursion(overrides)?;
        }
        for (name, text) in BUILTIN {
            let (origin, text) = match overrides.iter().rev().find(|source| source.name == *name) {
                Some(source) => {
                    // The built-in templates pass the check (a test says so); a user's must too.
                    check(name, &source.origin, &source.text, messages)?;
                    (source.origin.clone(), source.text.as_str())
                }
                None => (format!("built-in template {name}"), *text),
            };
            let flavour = Flavour::of(name);
            let target = match flavour {
                Flavour::Html => &mut html,
                Flavour::Markdown => &mut markdown,
            };
            target
                .register_template_string(name, text)
                .map_err(|error| TemplateError::Syntax {
                    origin: origin.clone(),
                    message: error.to_string(),
                })?;
            origins.insert(
                (*name).to_owned(),
                if origin.starts_with("built-in") {
                    "built-in".to_owned()
                } else {
                    origin
                },
            );
        }
        Ok(Templates {
            html,
            markdown,
            origins,
        })
    }

    /// The document `name` rendered with `context`. A field the template asks for and the
    /// context lacks is an error naming the template, its line and the field.
    pub fn render(&self, name: &str, context: &impl Serialize) -> Result<String, TemplateError> {
        let registry = match Flavour::of(name) {
            Flavour::Html => &self.html,
            Flavour::Markdown => &self.markdown,
        };
        registry
            .render(name, context)
            .map_err(|error| self.render_error(name, error))
    }

    fn render_error(&self, name: &str, error: RenderError) -> TemplateError {
        let template = error
            .template_name
            .clone()
            .unwrap_or_else(|| name.to_owned());
        let origin = self
            .origins
            .get(&template)
            .cloned()
            .unwrap_or_else(|| "built-in".to_owned());
        let at = match (error.line_no, error.column_no) {
            (Some(line), Some(column)) => format!(" ({origin}, line {line}, column {column})"),
            _ => format!(" ({origin})"),
        };
        let message = match error.reason() {
            RenderErrorReason::MissingVariable(Some(field)) => {
                format!("no field `{field}` in this document's context (see docs/templates.md)")
            }
            reason => reason.to_string(),
        };
        TemplateError::Render {
            template,
            at,
            message,
        }
    }
}

/// Refuses templates whose partials call each other in a circle (the built-in ones with the
/// user's `overrides`): rendering them would never end. The built-in templates alone have no
/// circle (a test says so).
fn refuse_recursion(overrides: &[TemplateSource]) -> Result<(), TemplateError> {
    let mut compiled = Vec::new();
    for (name, text) in BUILTIN {
        let (origin, text) = match overrides.iter().rev().find(|source| source.name == *name) {
            Some(source) => (source.origin.clone(), source.text.as_str()),
            None => (format!("built-in template {name}"), *text),
        };
        let template = Template::compile(text).map_err(|error| TemplateError::Syntax {
            origin,
            message: error.to_string(),
        })?;
        compiled.push((*name, template));
    }
    let named: Vec<(&str, &Template)> = compiled.iter().map(|(name, t)| (*name, t)).collect();
    match crate::check::recursion(&named) {
        None => Ok(()),
        Some((name, circle)) => Err(TemplateError::Syntax {
            origin: overrides
                .iter()
                .rev()
                .find(|source| source.name == name)
                .map_or_else(|| format!("built-in template {name}"), |s| s.origin.clone()),
            message: format!(
                "partials call each other without end: {}; a template cannot call itself",
                circle.join(" → ")
            ),
        }),
    }
}

/// Checks the template `name` (its `text`, read from `origin`) against its documented context,
/// the partials of its flavour, the helpers and `messages`: the first problem, with a count of
/// the others, is the error.
fn check(name: &str, origin: &str, text: &str, messages: &Messages) -> Result<(), TemplateError> {
    let template = Template::compile(text).map_err(|error| TemplateError::Syntax {
        origin: origin.to_owned(),
        message: error.to_string(),
    })?;
    let flavour = Flavour::of(name);
    let mut partials: Vec<String> = BUILTIN
        .iter()
        .filter(|(other, _)| other.starts_with('_') && Flavour::of(other) == flavour)
        .map(|(other, _)| (*other).to_owned())
        .collect();
    partials.extend(crate::check::inline_partials(&template));
    let shape = context_shape(name);
    let checker = Checker {
        root: &shape,
        partials: &partials,
        messages,
    };
    let problems = checker.check(&template);
    match problems.first() {
        None => Ok(()),
        Some(first) => Err(TemplateError::Check {
            origin: origin.to_owned(),
            line: first.line,
            column: first.column,
            message: first.message.clone(),
            more: match problems.len() - 1 {
                0 => String::new(),
                more => format!(" (and {more} more problem(s) in this template)"),
            },
        }),
    }
}

/// A strict registry of one flavour with ramverk's helpers.
fn registry(flavour: Flavour, messages: &'static Messages) -> Handlebars<'static> {
    let mut registry = Handlebars::new();
    registry.set_strict_mode(true);
    registry.set_prevent_indent(true);
    if flavour == Flavour::Markdown {
        registry.register_escape_fn(escape_markdown);
    }
    registry.register_helper("t", Box::new(TextOf { messages }));
    registry.register_helper("text", Box::new(FrameworkText { flavour }));
    if flavour == Flavour::Html {
        registry.register_helper("lang", Box::new(LangAttribute));
    }
    registry
}

/// ramverk-render's messages and this crate's, in `language`.
pub fn messages(language: Language) -> Result<&'static Messages, MessageError> {
    use std::sync::OnceLock;
    static ALL: [OnceLock<Messages>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = MESSAGES
        .iter()
        .position(|(l, _)| *l == language)
        .expect("messages for every language");
    if let Some(messages) = ALL[index].get() {
        return Ok(messages);
    }
    let own = MESSAGES[index].1;
    let messages = Messages::new(
        language,
        &[
            ("ramverk-render", ramverk_render::messages::source(language)),
            ("ramverk-publish", own),
        ],
    )?;
    Ok(ALL[index].get_or_init(|| messages))
}

/// `{{t "id" name=value …}}`: the Fluent message `id` with named arguments; numbers select
/// plural forms.
struct TextOf {
    messages: &'static Messages,
}

impl HelperDef for TextOf {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let id = helper
            .param(0)
            .and_then(|param| param.value().as_str())
            .ok_or_else(|| {
                RenderErrorReason::ParamTypeMismatchForName("t", "0".into(), "string".into())
            })?;
        if !self.messages.has(id.split('.').next().unwrap_or(id)) {
            return Err(RenderErrorReason::Other(format!(
                "no message `{id}` (see docs/templates.md)"
            ))
            .into());
        }
        let mut args = Args::new();
        let hash: Vec<(&str, &Value)> = helper
            .hash()
            .iter()
            .map(|(name, value)| (*name, value.value()))
            .collect();
        for (name, value) in hash {
            args = match value {
                Value::Number(number) => args.number(name, number.as_f64().unwrap_or(0.0)),
                Value::String(text) => args.text(name, text.clone()),
                Value::Bool(flag) => args.text(name, if *flag { "true" } else { "false" }),
                other => args.text(name, other.to_string()),
            };
        }
        Ok(ScopedJson::Derived(Value::String(
            self.messages.format(id, args),
        )))
    }
}

/// `{{text value}}`: a framework text (`{text, lang}`) for the document. In HTML it is the
/// partial `_text.html` rendered with the text (which marks a text in another language with
/// `lang`); in Markdown the text, escaped. Null writes nothing.
struct FrameworkText {
    flavour: Flavour,
}

impl HelperDef for FrameworkText {
    fn call<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        registry: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = helper
            .param(0)
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("text", 0))?
            .value();
        let value = match value {
            Value::Null => return Ok(()),
            Value::String(text) => serde_json::json!({ "text": text, "lang": null }),
            Value::Object(_) => value.clone(),
            other => {
                return Err(RenderErrorReason::Other(format!(
                    "`text` takes a text from the framework, not {other}"
                ))
                .into());
            }
        };
        match self.flavour {
            Flavour::Html => out.write(&registry.render("_text.html", &value)?)?,
            Flavour::Markdown => out.write(&registry.get_escape_fn()(
                value
                    .get("text")
                    .and_then(Value::as_str)
                    .unwrap_or_default(),
            ))?,
        }
        Ok(())
    }
}

/// `<p{{lang value}}>`: the partial `_lang.html` rendered with the framework text `value` —
/// ` lang="sv"` when it is in another language than the document, else nothing.
struct LangAttribute;

impl HelperDef for LangAttribute {
    fn call<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        registry: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        if let Some(value @ Value::Object(_)) = helper.param(0).map(|param| param.value()) {
            out.write(&registry.render("_lang.html", value)?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{MESSAGES, Page, TemplateSource, Templates};
    use crate::branding::{Branding, Logo};
    use ramverk_render::language::Language;
    use ramverk_render::messages::Messages;

    /// A document template using the page frame, rendered with `context`.
    fn page(
        templates: &mut Templates,
        context: &serde_json::Value,
    ) -> Result<String, super::TemplateError> {
        templates
            .html
            .register_template_string(
                "test.html",
                "{{#> _page.html}}<h1>{{heading}}</h1>{{/_page.html}}",
            )
            .unwrap();
        templates
            .origins
            .insert("test.html".into(), "built-in".into());
        templates.render("test.html", context)
    }

    #[test]
    fn the_messages_of_every_language_load_beside_ramverk_renders() {
        for (language, _) in MESSAGES {
            if let Err(error) = super::messages(language) {
                panic!("{language:?}: {error}");
            }
        }
    }

    #[test]
    fn every_language_has_every_message() {
        let english = Messages::ids(MESSAGES[2].1);
        for (language, text) in MESSAGES {
            assert_eq!(Messages::ids(text), english, "{language:?}");
        }
    }

    #[test]
    fn the_page_frame_carries_language_branding_and_escapes_text() {
        let branding = Branding {
            organisation: Some("Stockholms <stad>".into()),
            logo: Some(Logo {
                data_uri: "data:image/png;base64,AAAA".into(),
                alt: "Stockholms stad".into(),
            }),
            footer: Some("Kulturförvaltningen".into()),
            ..Branding::default()
        };
        let mut templates = Templates::new(Language::Swedish, &[]).unwrap();
        let context = serde_json::json!({
            "page": Page::new("sv", "Ramverk & roller".into(), &branding),
            "heading": "<script>",
        });
        let html = page(&mut templates, &context).unwrap();
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"),
            "{html}"
        );
        assert!(
            html.contains("<title>Ramverk &amp; roller</title>"),
            "{html}"
        );
        assert!(html.contains("Stockholms &lt;stad&gt;"), "{html}");
        assert!(html.contains("alt=\"Stockholms stad\""), "{html}");
        assert!(html.contains("<h1>&lt;script&gt;</h1>"), "{html}");
        assert!(html.contains("Hoppa till innehållet"), "{html}");
        assert!(html.contains("Kulturförvaltningen"), "{html}");
    }

    #[test]
    fn a_missing_field_names_template_line_and_field() {
        let mut templates = Templates::new(Language::English, &[]).unwrap();
        let context = serde_json::json!({
            "page": Page::new("en", "t".into(), &Branding::default()),
        });
        let error = page(&mut templates, &context).unwrap_err().to_string();
        assert!(error.contains("test.html"), "{error}");
        assert!(error.contains("heading"), "{error}");
        assert!(error.contains("line 1"), "{error}");
    }

    #[test]
    fn every_built_in_template_passes_the_check_in_every_language() {
        for (language, _) in MESSAGES {
            let messages = super::messages(language).unwrap();
            for (name, text) in super::BUILTIN {
                if let Err(error) = super::check(name, name, text, messages) {
                    panic!("{language:?}: {error}");
                }
            }
        }
    }

    fn refusal(name: &str, text: &str) -> Option<String> {
        let overrides = [TemplateSource {
            name: name.into(),
            origin: format!("my/{name}.hbs"),
            text: text.into(),
        }];
        Templates::new(Language::English, &overrides)
            .err()
            .map(|error| error.to_string())
    }

    #[test]
    fn the_memo_and_the_report_are_checked_against_their_contexts() {
        // A field of the memo in a branch never taken.
        let error = refusal("memo.md", "{{#if empty}}{{old_verison}}{{/if}}").unwrap();
        assert!(error.starts_with("my/memo.md.hbs:1:"), "{error}");
        assert!(error.contains("no field `old_verison`"), "{error}");
        assert!(error.contains("old_version"), "{error}");
        // Inside a loop of the report.
        let error = refusal(
            "report.html",
            "{{#each sections}}{{#each rows}}{{title.txt}}{{/each}}{{/each}}",
        )
        .unwrap();
        assert!(error.contains("no field `txt`"), "{error}");
        assert!(
            refusal(
                "report.md",
                "{{#each sections}}{{#each rows}}{{title.text}}{{/each}}{{/each}}"
            )
            .is_none()
        );
    }

    #[test]
    fn an_inline_partial_is_checked_with_what_it_is_given() {
        // Called with a text: its fields are the text's.
        let called = "{{#*inline \"name\"}}{{this.text}}{{#if lang}} ({{this.lang}}){{/if}}{{/inline}}{{> name title}}";
        assert_eq!(refusal("memo.md", called), None);
        let misspelt = "{{#*inline \"name\"}}\n{{this.txt}}{{/inline}}{{> name title}}";
        let error = refusal("memo.md", misspelt).unwrap();
        assert!(error.starts_with("my/memo.md.hbs:2:"), "{error}");
        assert!(error.contains("no field `txt`"), "{error}");
        // Called without one: the caller's context.
        let caller = "{{#*inline \"id\"}}{{id}}{{/inline}}{{#each sections}}{{#each detailed}}{{> id}}{{/each}}{{/each}}";
        assert_eq!(refusal("memo.md", caller), None);
        // Not called: a slot of the page frame, filled with the document's context.
        let slot =
            "{{#> _page.html}}{{#*inline \"_page-style\"}}{{titel}}{{/inline}}{{/_page.html}}";
        assert!(
            refusal("memo.html", slot)
                .unwrap()
                .contains("no field `titel`")
        );
        // A partial calling itself, even in a branch, is refused (and the check ends).
        let recursive = "{{#*inline \"r\"}}{{#if empty}}{{> r}}{{/if}}{{/inline}}{{> r}}";
        assert!(
            refusal("memo.md", recursive)
                .unwrap()
                .contains("without end")
        );
    }

    #[test]
    fn partials_calling_each_other_without_end_are_refused() {
        let error = refusal("memo.md", "{{#*inline \"r\"}}{{> r}}{{/inline}}{{> r}}").unwrap();
        assert!(error.starts_with("my/memo.md.hbs: partials call each other without end: r (in memo.md) → r (in memo.md)"), "{error}");
        // A slot of the page frame that fills itself.
        let slot = "{{#> _page.html}}{{#*inline \"_page-style\"}}{{> _page-style}}{{/inline}}{{/_page.html}}";
        assert!(refusal("memo.html", slot).unwrap().contains("without end"));
        // A partial that the `text` helper renders, calling that helper.
        assert!(
            refusal("_text.html", "{{text this}}")
                .unwrap()
                .contains("_text.html → _text.html")
        );
        // Two files.
        let overrides = [
            TemplateSource {
                name: "_scale.md".into(),
                origin: "a".into(),
                text: "{{> _competence.md}}".into(),
            },
            TemplateSource {
                name: "_competence.md".into(),
                origin: "b".into(),
                text: "{{> _scale.md}}".into(),
            },
        ];
        let Err(error) = Templates::new(Language::English, &overrides) else {
            panic!("a circle of two files is refused");
        };
        assert!(
            error
                .to_string()
                .contains("_competence.md → _scale.md → _competence.md")
                || error
                    .to_string()
                    .contains("_scale.md → _competence.md → _scale.md"),
            "{error}"
        );
        // The built-in templates have no circle.
        let builtin: Vec<(&str, handlebars::template::Template)> = super::BUILTIN
            .iter()
            .map(|(name, text)| {
                (
                    *name,
                    handlebars::template::Template::compile(text).unwrap(),
                )
            })
            .collect();
        let named: Vec<_> = builtin.iter().map(|(n, t)| (*n, t)).collect();
        assert_eq!(crate::check::recursion(&named), None);
    }

    #[test]
    fn a_template_nested_too_deep_is_refused_before_it_is_parsed() {
        let deep = "{{#if empty}}".repeat(5_000) + &"{{/if}}".repeat(5_000);
        let error = refusal("memo.md", &deep).unwrap();
        assert!(
            error.contains("blocks nest 5000 deep; at most 100"),
            "{error}"
        );
        let fine = "{{!-- {{#if}} --}}".repeat(500) + &"{{#if empty}}x{{/if}}".repeat(500);
        assert_eq!(crate::check::nesting(&fine), 1);
        assert_eq!(refusal("memo.md", &fine), None);
    }

    #[test]
    fn an_override_with_an_unknown_name_is_refused() {
        let overrides = [TemplateSource {
            name: "framwork.html".into(),
            origin: "templates/framwork.html.hbs".into(),
            text: "x".into(),
        }];
        let Err(error) = Templates::new(Language::English, &overrides) else {
            panic!("an unknown template name is an error");
        };
        assert!(error.to_string().contains("framwork.html"), "{error}");
    }
}
