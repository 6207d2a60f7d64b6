//! The CFItems of the framework's details (API 1.1) and where they hang: competence statements
//! and learning outcomes are children of their competence (after its nested competences) and
//! reach their level by a `hasSkillLevel` association; the rating scale's levels are children of
//! the document (after the areas), each level's steps children of the level. Levels and steps are
//! coded `<scale>.<level>` and `<scale>.<level>.<step>` (`proficiency.2.3`), apart from the areas'
//! codes.

use std::collections::HashMap;

use ramverk_plugin_sdk::detailed_export::{FrameworkExt, Level, Scale};
use serde_json::Value;

use crate::Context;
use crate::associations::child_of;
use crate::ids::Id;
use crate::item_types::{self, ItemType};
use crate::items::{node_id, typed};
use crate::json::{self, Object};
use crate::tree::{Node, Placed};

/// The CASE association type from a statement or outcome to its level.
pub const HAS_SKILL_LEVEL: &str = "hasSkillLevel";

/// A CFItem of the details, with its parent and, for statements and outcomes, its level.
pub struct Entry {
    pub item: Value,
    id: Id,
    title: String,
    parent: (String, Id),
    position: u32,
    level: Option<(String, Id)>,
}

/// The entries of `context`'s details, in this order: the rating scale's levels and their steps,
/// then every competence's statements and learning outcomes. None when the framework has no
/// details; an error names a statement whose competence or level does not exist.
pub fn entries(context: &Context<'_>, nodes: &[Placed<'_>]) -> Result<Vec<Entry>, String> {
    let details = context.details;
    let framework = context.framework;
    let mut entries = Vec::new();
    let scale = framework.rating_scale();
    let has_items = !details.statements.is_empty() || !details.learning_outcomes.is_empty();
    let scale = scale
        .filter(|scale| has_items || details.levels.iter().any(|level| level.scale == scale.id));
    if let Some(scale) = scale {
        levels(context, scale, &mut entries)?;
    }
    if !has_items {
        return Ok(entries);
    }
    let Some(scale) = scale else {
        return Err(
            "the framework has competence statements or learning outcomes but no rating scale \
             for their levels"
                .into(),
        );
    };
    // Each competence's node and how many children it has so far.
    let mut children: HashMap<&str, (usize, u32)> = HashMap::new();
    for (index, placed) in nodes.iter().enumerate() {
        if let Node::Competence(competence) = placed.node {
            children.insert(&competence.id, (index, 0));
        }
        if let Some(parent) = placed.parent.and_then(|p| nodes.get(p))
            && let Node::Competence(competence) = parent.node
            && let Some(entry) = children.get_mut(competence.id.as_str())
        {
            entry.1 += 1;
        }
    }
    let mut child = |competence: &str, what: &str| {
        let (index, count) = children.get_mut(competence).ok_or_else(|| {
            format!("{what} names competence {competence:?}, which the framework does not have")
        })?;
        *count += 1;
        let node = &nodes[*index].node;
        Ok::<_, String>(((node.title().to_string(), node_id(context, node)), *count))
    };
    for statement in &details.statements {
        let what = format!("competence statement {}", statement.id);
        let (parent, position) = child(&statement.competence, &what)?;
        let level = skill_level(context, scale, statement.level, &what)?;
        entries.push(leaf(
            context,
            context.ids.statement(&statement.id),
            &statement.id,
            &statement.text,
            &statement.labels,
            item_types::STATEMENT,
            (parent, position, level),
            &what,
        )?);
    }
    for outcome in &details.learning_outcomes {
        let what = format!("learning outcome {}", outcome.id);
        let (parent, position) = child(&outcome.competence, &what)?;
        let level = skill_level(context, scale, outcome.level, &what)?;
        entries.push(leaf(
            context,
            context.ids.outcome(&outcome.id),
            &outcome.id,
            &outcome.text,
            &outcome.labels,
            item_types::outcome(outcome.dimension),
            (parent, position, level),
            &what,
        )?);
    }
    Ok(entries)
}

/// A statement's or outcome's CFItem: its text the fullStatement, its labels the conceptKeywords.
#[allow(clippy::too_many_arguments)]
fn leaf(
    context: &Context<'_>,
    id: Id,
    code: &str,
    text: &str,
    labels: &[String],
    item_type: ItemType,
    (parent, position, level): ((String, Id), u32, (String, Id)),
    what: &str,
) -> Result<Entry, String> {
    let title = json::text(Some(text)).ok_or_else(|| format!("{what} has no text"))?;
    let keywords: Vec<&str> = labels.iter().filter_map(|l| json::text(Some(l))).collect();
    let item = Object::record(&id)
        .set("fullStatement", title)
        .set("humanCodingScheme", code)
        .set("listEnumeration", position.to_string());
    let item = match keywords.is_empty() {
        true => item,
        false => item.set("conceptKeywords", keywords),
    };
    Ok(Entry {
        item: typed(context, item, item_type).into_value(),
        title: title.to_string(),
        id,
        parent,
        position,
        level: Some(level),
    })
}

/// The level item a statement at `rank` links to, or an error if the scale has no such level.
fn skill_level(
    context: &Context<'_>,
    scale: &Scale,
    rank: u8,
    what: &str,
) -> Result<(String, Id), String> {
    let level = scale
        .levels
        .iter()
        .find(|level| level.rank == rank)
        .ok_or_else(|| {
            format!(
                "{what} is at level {rank}, which the rating scale {} does not have",
                scale.id
            )
        })?;
    Ok((
        level.label.trim().to_string(),
        context.ids.scale_level(&scale.id, rank),
    ))
}

/// The scale's levels as children of the document after the areas, with their purpose as notes
/// and their steps as their children.
fn levels(context: &Context<'_>, scale: &Scale, entries: &mut Vec<Entry>) -> Result<(), String> {
    let document = (context.framework.title.clone(), context.ids.document());
    let scheme = context
        .details
        .equivalents
        .iter()
        .find(|e| e.scale == scale.id)
        .and_then(|e| json::text(Some(&e.scheme)));
    let areas = context.framework.areas.len() as u32;
    for (index, level) in scale.levels.iter().enumerate() {
        let details = context
            .details
            .levels
            .iter()
            .find(|d| d.scale == scale.id && d.level == level.rank);
        let id = context.ids.scale_level(&scale.id, level.rank);
        let title = level_title(level)?;
        let purpose = details.and_then(|d| json::text(d.purpose.as_deref()));
        let item = Object::record(&id)
            .set("fullStatement", level_statement(level, &title))
            .maybe(
                "abbreviatedStatement",
                json::text(level.description.as_deref()).map(|_| title.as_str()),
            )
            .set("humanCodingScheme", format!("{}.{}", scale.id, level.rank))
            .set("listEnumeration", (areas + index as u32 + 1).to_string())
            .maybe("notes", purpose);
        entries.push(Entry {
            item: typed(context, item, item_types::LEVEL).into_value(),
            id: id.clone(),
            title: title.clone(),
            parent: document.clone(),
            position: areas + index as u32 + 1,
            level: None,
        });
        for (position, step) in details.iter().flat_map(|d| &d.steps).enumerate() {
            let step_id = context.ids.step(&scale.id, step.rank);
            let label = json::text(step.label.as_deref());
            let statement = json::text(step.description.as_deref())
                .or(label)
                .map(str::to_string)
                .unwrap_or_else(|| format!("{title} {}", step.rank));
            let item = Object::record(&step_id)
                .set("fullStatement", statement.as_str())
                .maybe(
                    "abbreviatedStatement",
                    label.filter(|label| *label != statement),
                )
                .maybe(
                    "alternativeLabel",
                    json::text(step.equivalent.as_deref()).map(|equivalent| match scheme {
                        Some(scheme) => format!("{scheme}: {equivalent}"),
                        None => equivalent.to_string(),
                    }),
                )
                .set(
                    "humanCodingScheme",
                    format!("{}.{}.{}", scale.id, level.rank, step.rank),
                )
                .set("listEnumeration", (position + 1).to_string());
            entries.push(Entry {
                item: typed(context, item, item_types::STEP).into_value(),
                id: step_id,
                title: statement,
                parent: (title.clone(), id.clone()),
                position: position as u32 + 1,
                level: None,
            });
        }
    }
    Ok(())
}

fn level_title(level: &Level) -> Result<String, String> {
    json::text(Some(&level.label))
        .map(str::to_string)
        .ok_or_else(|| format!("level {} of the rating scale has no label", level.rank))
}

/// A level's fullStatement: its description, else its label.
fn level_statement(level: &Level, title: &str) -> String {
    json::text(level.description.as_deref())
        .unwrap_or(title)
        .to_string()
}

/// The associations of the entries: `isChildOf` to the parent, `hasSkillLevel` to the level.
pub fn associations(context: &Context<'_>, entries: &[Entry]) -> Vec<Value> {
    let mut associations = Vec::new();
    for entry in entries {
        let origin = json::link(&entry.title, &entry.id);
        associations.push(child_of(
            context,
            &entry.id,
            origin.clone(),
            json::link(&entry.parent.0, &entry.parent.1),
            entry.position,
        ));
        if let Some((title, level)) = &entry.level {
            associations.push(
                Object::record(&context.ids.skill_level(&entry.id))
                    .set("associationType", HAS_SKILL_LEVEL)
                    .set("originNodeURI", origin)
                    .set("destinationNodeURI", json::link(title, level))
                    .set("lastChangeDateTime", context.changed.as_str())
                    .into_value(),
            );
        }
    }
    associations
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NO_DETAILS, examples, ids::Ids, tree};
    use ramverk_plugin_sdk::detailed_export::FrameworkDetails;

    fn render(details: &FrameworkDetails) -> Result<Vec<Entry>, String> {
        let framework = examples::framework();
        let context = Context {
            framework: &framework,
            details,
            ids: Ids::new("example", "https://x.invalid"),
            changed: "T".into(),
        };
        entries(&context, &tree::place(&framework).unwrap())
    }

    #[test]
    fn no_details_no_entries() {
        assert!(render(&NO_DETAILS).unwrap().is_empty());
    }

    #[test]
    fn bad_statements_are_errors_naming_them() {
        let mut details = examples::details();
        details.statements[0].competence = "9.9".into();
        let error = render(&details).err().unwrap();
        assert!(error.contains("1.1-S1 names competence \"9.9\""), "{error}");
        let mut details = examples::details();
        details.statements[1].level = 7;
        let error = render(&details).err().unwrap();
        assert!(error.contains("1.1-S2 is at level 7"), "{error}");
        let mut details = examples::details();
        details.learning_outcomes[0].text = " ".into();
        let error = render(&details).err().unwrap();
        assert!(
            error.contains("learning outcome 1.2-LO1 has no text"),
            "{error}"
        );
    }
}
