//! A framework as a 1EdTech CASE 1.1 package (CFPackage, JSON binding), as a ramverk export plugin.
//!
//! - The framework is the CFDocument; every area and every competence is a CFItem.
//! - The hierarchy is one `isChildOf` CFAssociation per item: area → document, competence → its
//!   area or its parent competence.
//! - Level descriptors form one CFRubric: a criterion per competence that has descriptors (linked
//!   to its CFItem), a level per descriptor labelled from the rating scale.
//! - Identifiers are name-based UUIDs (v5) of the framework id and the item ids, so a re-export
//!   keeps them; the output is byte-identical for the same input and settings.

use ramverk_plugin_sdk::export::*;

mod associations;
mod check;
mod document;
mod examples;
mod ids;
mod items;
mod json;
mod rubrics;
mod settings;
mod time;
mod tree;

pub use settings::Settings;

/// The media type of the package file.
pub const MEDIA_TYPE: &str = "application/json";

pub struct Case;

impl Export for Case {
    fn render(framework: Framework, config: Config) -> Result<Vec<File>, String> {
        let settings = Settings::from_config(&config)?;
        let content = package(&framework, &settings)?;
        Ok(vec![File::text(
            settings.file_name(&framework),
            MEDIA_TYPE,
            content,
        )])
    }

    fn self_test() -> Result<(), String> {
        check::self_test()
    }
}

ramverk_plugin_sdk::export_plugin!(Case);

/// What every part of the package needs: the framework, its identifiers and the change time.
pub(crate) struct Context<'a> {
    pub framework: &'a Framework,
    pub ids: ids::Ids<'a>,
    pub changed: String,
}

/// The CFPackage of `framework` as pretty-printed JSON with a final newline.
pub fn package(framework: &Framework, settings: &Settings) -> Result<String, String> {
    if framework.id.trim().is_empty() {
        return Err("the framework has no id; CASE identifiers are derived from it".into());
    }
    let changed = time::last_change(framework, settings.last_change.as_deref())?;
    let context = Context {
        framework,
        ids: ids::Ids::new(&framework.id, &settings.base_uri),
        changed,
    };
    let nodes = tree::place(framework)?;
    let mut package = json::Object::new()
        .set("CFDocument", document::document(&context)?)
        .set("CFItems", items::items(&context, &nodes)?)
        .set(
            "CFAssociations",
            associations::associations(&context, &nodes),
        )
        .set("CFDefinitions", items::definitions(&context));
    if let Some(rubric) = rubrics::rubric(&context)? {
        package = package.set("CFRubrics", vec![rubric]);
    }
    let value = package.into_value();
    check::unique_identifiers(&value)?;
    let mut text = serde_json::to_string_pretty(&value)
        .map_err(|error| format!("cannot write the package as JSON: {error}"))?;
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn self_test_passes() {
        super::check::self_test().unwrap();
    }
}
