//! CFAssociations: one `isChildOf` per item, from the item to its parent (an area's parent is
//! the document), numbered by the item's place among its siblings.

use serde_json::Value;

use crate::Context;
use crate::ids::Id;
use crate::items::node_id;
use crate::json::{self, Object};
use crate::tree::Placed;

/// The CASE association type of the hierarchy.
pub const IS_CHILD_OF: &str = "isChildOf";

pub fn associations(context: &Context<'_>, nodes: &[Placed<'_>]) -> Vec<Value> {
    nodes
        .iter()
        .map(|placed| association(context, nodes, placed))
        .collect()
}

fn association(context: &Context<'_>, nodes: &[Placed<'_>], placed: &Placed<'_>) -> Value {
    let child = node_id(context, &placed.node);
    let parent = match placed.parent.and_then(|index| nodes.get(index)) {
        Some(parent) => json::link(parent.node.title(), &node_id(context, &parent.node)),
        None => json::link(&context.framework.title, &context.ids.document()),
    };
    child_of(
        context,
        &child,
        json::link(placed.node.title(), &child),
        parent,
        placed.position,
    )
}

/// The `isChildOf` association of the item `child` (`origin` links to it) to `parent`, as its
/// `position`th child.
pub fn child_of(
    context: &Context<'_>,
    child: &Id,
    origin: Value,
    parent: Value,
    position: u32,
) -> Value {
    Object::record(&context.ids.child_of(child))
        .set("associationType", IS_CHILD_OF)
        .set("sequenceNumber", position)
        .set("originNodeURI", origin)
        .set("destinationNodeURI", parent)
        .set("lastChangeDateTime", context.changed.as_str())
        .into_value()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{examples, ids::Ids, tree};

    #[test]
    fn each_item_is_child_of_its_parent() {
        let framework = examples::framework();
        let ids = Ids::new("example", "https://x.invalid");
        let context = Context {
            framework: &framework,
            ids,
            changed: "T".into(),
            details: &crate::NO_DETAILS,
        };
        let associations = associations(&context, &tree::place(&framework).unwrap());
        assert_eq!(associations.len(), 6);
        let ids = &context.ids;
        let ends = |i: usize| {
            (
                associations[i]["originNodeURI"]["identifier"].clone(),
                associations[i]["destinationNodeURI"]["identifier"].clone(),
            )
        };
        assert_eq!(
            ends(0),
            (
                ids.area("1").identifier.into(),
                ids.document().identifier.into()
            )
        );
        assert_eq!(
            ends(2),
            (
                ids.competence("1.1.1").identifier.into(),
                ids.competence("1.1").identifier.into()
            )
        );
        assert_eq!(
            ends(5),
            (
                ids.competence("2.1").identifier.into(),
                ids.area("2").identifier.into()
            )
        );
        assert_eq!(associations[4]["sequenceNumber"], 2);
        assert_eq!(associations[0]["destinationNodeURI"]["title"], "Example");
        assert!(
            associations
                .iter()
                .all(|a| a["associationType"] == IS_CHILD_OF)
        );
    }
}
