//! `{{md value}}`: a value as literal Markdown text, for the Markdown templates.
//!
//! Handlebars escapes values for HTML; a Markdown template writes values with the `md` helper in
//! triple braces (`{{{md title}}}`) instead, so that `*`, `_`, `|`, `<` and the like in a
//! framework's texts stay text.

use handlebars::{
    Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, RenderErrorReason,
    ScopedJson,
};
use serde_json::Value;

/// The `md` helper.
pub struct Escape;

impl HelperDef for Escape {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let value = helper
            .param(0)
            .ok_or(RenderErrorReason::ParamNotFoundForIndex("md", 0))?
            .value();
        let text = match value {
            Value::String(text) => text.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        };
        Ok(ScopedJson::Derived(Value::String(
            ramverk_render::text::escape_markdown(&text),
        )))
    }
}
