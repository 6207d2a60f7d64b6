//! A framework as a 1EdTech CASE 1.1 package (CFPackage, JSON binding), as a ramverk export plugin.
//!
//! - The framework is the CFDocument; every area and every competence is a CFItem.
//! - The hierarchy is one `isChildOf` CFAssociation per item: area → document, competence → its
//!   area or its parent competence.
//! - Level descriptors form one CFRubric: a criterion per competence that has descriptors (linked
//!   to its CFItem), a level per descriptor labelled from the rating scale.
//! - The details of API 1.1 (`entries`, `item_types`): competence statements and learning
//!   outcomes are CFItems, children of their competence, each with a `hasSkillLevel` association
//!   to its level; the rating scale's levels and their steps are CFItems under the document; the
//!   glossary's terms are CFConcepts and the licence a CFLicense the CFDocument links to.
//! - Identifiers are name-based UUIDs (v5) of the framework id and the item ids, so a re-export
//!   keeps them; the output is byte-identical for the same input and settings.

use ramverk_plugin_sdk::detailed_export::*;

mod associations;
mod check;
mod document;
mod entries;
mod examples;
mod ids;
mod item_types;
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

impl DetailedExport for Case {
    fn render(
        framework: Framework,
        details: FrameworkDetails,
        config: Config,
    ) -> Result<Vec<File>, String> {
        let settings = Settings::from_config(&config)?;
        let content = package(&framework, &details, &settings)?;
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

ramverk_plugin_sdk::detailed_export_plugin!(Case);

/// No details: a framework of the 1.0 model.
#[cfg(test)]
pub(crate) static NO_DETAILS: FrameworkDetails = FrameworkDetails {
    statements: Vec::new(),
    learning_outcomes: Vec::new(),
    levels: Vec::new(),
    equivalents: Vec::new(),
    glossary: Vec::new(),
    licence: None,
};

/// What every part of the package needs: the framework and its details, its identifiers and the
/// change time.
pub(crate) struct Context<'a> {
    pub framework: &'a Framework,
    pub details: &'a FrameworkDetails,
    pub ids: ids::Ids<'a>,
    pub changed: String,
}

/// The CFPackage of `framework` and its `details` as pretty-printed JSON with a final newline.
pub fn package(
    framework: &Framework,
    details: &FrameworkDetails,
    settings: &Settings,
) -> Result<String, String> {
    if framework.id.trim().is_empty() {
        return Err("the framework has no id; CASE identifiers are derived from it".into());
    }
    let changed = time::last_change(framework, settings.last_change.as_deref())?;
    let context = Context {
        framework,
        details,
        ids: ids::Ids::new(&framework.id, &settings.base_uri),
        changed,
    };
    let nodes = tree::place(framework)?;
    let entries = entries::entries(&context, &nodes)?;
    let mut items = items::items(&context, &nodes)?;
    items.extend(entries.iter().map(|entry| entry.item.clone()));
    let mut associations = associations::associations(&context, &nodes);
    associations.extend(entries::associations(&context, &entries));
    let definitions = item_types::definitions(&context, &items);
    let mut package = json::Object::new()
        .set("CFDocument", document::document(&context)?)
        .set("CFItems", items)
        .set("CFAssociations", associations)
        .set("CFDefinitions", definitions);
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
