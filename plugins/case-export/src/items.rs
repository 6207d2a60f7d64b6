//! CFItems of the hierarchy: one per area and per competence.
//!
//! A competence's fullStatement is its definition when it has one (its title is then the
//! abbreviatedStatement), else its title; description and examples go to notes.

use ramverk_plugin_sdk::detailed_export::{Area, Competence};
use serde_json::Value;

use crate::Context;
use crate::ids::Id;
use crate::item_types::{self, ItemType};
use crate::json::{self, Object};
use crate::tree::{Node, Placed};

pub fn items(context: &Context<'_>, nodes: &[Placed<'_>]) -> Result<Vec<Value>, String> {
    nodes.iter().map(|placed| item(context, placed)).collect()
}

fn item(context: &Context<'_>, placed: &Placed<'_>) -> Result<Value, String> {
    let id = node_id(context, &placed.node);
    let title = json::text(Some(placed.node.title())).ok_or_else(|| {
        format!(
            "{} has no title; CASE requires a fullStatement",
            describe(&placed.node)
        )
    })?;
    let item = match placed.node {
        Node::Area(area) => area_fields(Object::record(&id), area, title),
        Node::Competence(competence) => competence_fields(Object::record(&id), competence, title),
    };
    let item = item
        .set("humanCodingScheme", placed.node.id())
        .set("listEnumeration", placed.position.to_string());
    Ok(typed(context, item, item_type(&placed.node)).into_value())
}

/// The fields every item ends with: language, its type and the change time.
pub fn typed(context: &Context<'_>, item: Object, item_type: ItemType) -> Object {
    item.maybe("language", json::text(Some(&context.framework.language)))
        .set("CFItemType", item_type.title)
        .set(
            "CFItemTypeURI",
            json::link(item_type.title, &context.ids.item_type(item_type.kind)),
        )
        .set("lastChangeDateTime", context.changed.as_str())
}

fn area_fields(item: Object, area: &Area, title: &str) -> Object {
    item.set("fullStatement", title)
        .maybe("notes", json::text(area.description.as_deref()))
}

fn competence_fields(item: Object, competence: &Competence, title: &str) -> Object {
    let item = match json::text(competence.definition.as_deref()) {
        Some(definition) => item
            .set("fullStatement", definition)
            .set("abbreviatedStatement", title),
        None => item.set("fullStatement", title),
    };
    item.maybe("notes", notes(competence))
}

/// The description, then the examples as a list, separated by a blank line.
fn notes(competence: &Competence) -> Option<String> {
    let examples: Vec<String> = competence
        .examples
        .iter()
        .filter_map(|e| json::text(Some(e)))
        .map(|e| format!("- {e}"))
        .collect();
    let parts: Vec<String> = json::text(competence.description.as_deref())
        .map(str::to_string)
        .into_iter()
        .chain((!examples.is_empty()).then(|| examples.join("\n")))
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// The identifier and uri of an area's or a competence's CFItem.
pub fn node_id(context: &Context<'_>, node: &Node<'_>) -> Id {
    match node {
        Node::Area(area) => context.ids.area(&area.id),
        Node::Competence(competence) => context.ids.competence(&competence.id),
    }
}

fn item_type(node: &Node<'_>) -> ItemType {
    match node {
        Node::Area(_) => item_types::AREA,
        Node::Competence(_) => item_types::COMPETENCE,
    }
}

fn describe(node: &Node<'_>) -> String {
    match node {
        Node::Area(area) => format!("area {}", area.id),
        Node::Competence(competence) => format!("competence {}", competence.id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{examples, ids::Ids, tree};

    fn rendered() -> Vec<Value> {
        let framework = examples::framework();
        let context = Context {
            framework: &framework,
            ids: Ids::new("example", "https://x.invalid"),
            changed: "T".into(),
            details: &crate::NO_DETAILS,
        };
        items(&context, &tree::place(&framework).unwrap()).unwrap()
    }

    #[test]
    fn competence_with_definition() {
        let items = rendered();
        let item = &items[1];
        assert_eq!(item["humanCodingScheme"], "1.1");
        assert_eq!(item["fullStatement"], "Kompetens att söka information.");
        assert_eq!(item["abbreviatedStatement"], "Competence 1.1");
        assert_eq!(
            item["notes"],
            "Sökning i digitala miljöer.\n\n- Intranätet.\n- Databaser."
        );
        assert_eq!(item["CFItemType"], item_types::COMPETENCE.title);
        assert_eq!(item["language"], "sv");
    }

    #[test]
    fn area_and_plain_competence() {
        let items = rendered();
        assert_eq!(items[0]["fullStatement"], "Area 1");
        assert_eq!(items[0]["notes"], "Information och data.");
        assert_eq!(items[0]["CFItemType"], item_types::AREA.title);
        assert_eq!(items[3]["fullStatement"], "Competence 1.2");
        assert_eq!(items[3]["listEnumeration"], "2");
        assert!(items[3].get("abbreviatedStatement").is_none() && items[3].get("notes").is_none());
    }

    #[test]
    fn empty_title_is_an_error() {
        let mut framework = examples::framework();
        framework.competences[2].title = String::new();
        let context = Context {
            framework: &framework,
            ids: Ids::new("example", "https://x.invalid"),
            changed: "T".into(),
            details: &crate::NO_DETAILS,
        };
        let error = items(&context, &tree::place(&framework).unwrap()).unwrap_err();
        assert!(error.contains("competence 1.2 has no title"), "{error}");
    }
}
