//! The CFItemTypes the package's items use, and CFDefinitions: those types, the glossary's terms
//! as CFConcepts and the framework's licence as a CFLicense.

use ramverk_plugin_sdk::detailed_export::Dimension;
use serde_json::Value;

use crate::Context;
use crate::json::{self, Object};

/// One CFItemType: its title (what items name in `CFItemType`), the kind its identifier is
/// derived from, its hierarchy code and description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemType {
    pub title: &'static str,
    pub kind: &'static str,
    code: &'static str,
    description: &'static str,
}

pub const AREA: ItemType = ItemType {
    title: "Competency Area",
    kind: "area",
    code: "1",
    description: "A group of competences: a competence area (kompetensområde, dimension).",
};
pub const COMPETENCE: ItemType = ItemType {
    title: "Competency",
    kind: "competence",
    code: "2",
    description: "A competence, possibly nested in another competence.",
};
pub const STATEMENT: ItemType = ItemType {
    title: "Competence Statement",
    kind: "statement",
    code: "3",
    description: "What someone at a proficiency level of the competence it is a child of can do; \
        its level is its hasSkillLevel association, its labels are its conceptKeywords.",
};
const OUTCOME_KNOWLEDGE: ItemType = ItemType {
    title: "Learning Outcome: Knowledge",
    kind: "outcome-knowledge",
    code: "4.1",
    description: "What a learner knows or understands at a proficiency level of the competence it \
        is a child of.",
};
const OUTCOME_SKILL: ItemType = ItemType {
    title: "Learning Outcome: Skill",
    kind: "outcome-skill",
    code: "4.2",
    description: "What a learner can do at a proficiency level of the competence it is a child of.",
};
const OUTCOME_ATTITUDE: ItemType = ItemType {
    title: "Learning Outcome: Attitude",
    kind: "outcome-attitude",
    code: "4.3",
    description: "What a learner values or is disposed to do at a proficiency level of the \
        competence it is a child of.",
};
pub const LEVEL: ItemType = ItemType {
    title: "Proficiency Level",
    kind: "level",
    code: "5",
    description: "A level of the framework's rating scale; its notes say what the level is for.",
};
pub const STEP: ItemType = ItemType {
    title: "Proficiency Step",
    kind: "step",
    code: "6",
    description: "A finer step within the proficiency level it is a child of; its alternativeLabel \
        is its equivalent in the scheme the scale maps to (\"A1–C2: B1\").",
};

/// Every type, in the order CFDefinitions lists them.
const ALL: [ItemType; 8] = [
    AREA,
    COMPETENCE,
    STATEMENT,
    OUTCOME_KNOWLEDGE,
    OUTCOME_SKILL,
    OUTCOME_ATTITUDE,
    LEVEL,
    STEP,
];

/// The item type of a learning outcome of `dimension`.
pub fn outcome(dimension: Dimension) -> ItemType {
    match dimension {
        Dimension::Knowledge => OUTCOME_KNOWLEDGE,
        Dimension::Skill => OUTCOME_SKILL,
        Dimension::Attitude => OUTCOME_ATTITUDE,
    }
}

/// CFDefinitions: the item types `items` name (areas' and competences' always), the glossary's
/// CFConcepts and the CFLicense, each only when there is one.
pub fn definitions(context: &Context<'_>, items: &[Value]) -> Value {
    let used = |t: &ItemType| {
        *t == AREA || *t == COMPETENCE || items.iter().any(|i| i["CFItemType"] == t.title)
    };
    let types: Vec<Value> = ALL
        .iter()
        .filter(|t| used(t))
        .map(|t| {
            Object::record(&context.ids.item_type(t.kind))
                .set("title", t.title)
                .set("description", t.description)
                .set("hierarchyCode", t.code)
                .set("typeCode", t.kind)
                .set("lastChangeDateTime", context.changed.as_str())
                .into_value()
        })
        .collect();
    let concepts: Vec<Value> = context
        .details
        .glossary
        .iter()
        .filter_map(|term| {
            let title = json::text(Some(&term.term))?;
            Some(
                Object::record(&context.ids.concept(&term.id))
                    .set("title", title)
                    .set("keywords", title)
                    .set("hierarchyCode", term.id.as_str())
                    .maybe("description", json::text(Some(&term.explanation)))
                    .set("lastChangeDateTime", context.changed.as_str())
                    .into_value(),
            )
        })
        .collect();
    let mut definitions = Object::new().set("CFItemTypes", types);
    if !concepts.is_empty() {
        definitions = definitions.set("CFConcepts", concepts);
    }
    if let Some(licence) = licence(context) {
        definitions = definitions.set("CFLicenses", vec![licence]);
    }
    definitions.into_value()
}

/// The CFLicense: its title the licence's id, its text the attribution, notice and address.
pub fn licence(context: &Context<'_>) -> Option<Value> {
    let licence = context.details.licence.as_ref()?;
    let title = json::text(Some(&licence.id))?;
    let text: Vec<&str> = [
        Some(licence.attribution.as_str()),
        licence.notice.as_deref(),
        licence.url.as_deref(),
    ]
    .into_iter()
    .filter_map(json::text)
    .collect();
    Some(
        Object::record(&context.ids.licence())
            .set("title", title)
            .maybe("description", json::text(Some(&licence.attribution)))
            .set("licenseText", text.join("\n\n"))
            .set("lastChangeDateTime", context.changed.as_str())
            .into_value(),
    )
}

/// The link from the CFDocument to its CFLicense, when the framework has a licence.
pub fn licence_link(context: &Context<'_>) -> Option<Value> {
    let licence = context.details.licence.as_ref()?;
    let title = json::text(Some(&licence.id))?;
    Some(json::link(title, &context.ids.licence()))
}
