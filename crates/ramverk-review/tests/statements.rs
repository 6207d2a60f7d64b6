//! Competence statements, learning outcomes, steps, the glossary and the licence in the diff:
//! tests/fixtures/diff/statements-base → statements-changed, item by item and as classified.

use std::path::Path;

use ramverk_model::Framework;
use ramverk_review::diff::{
    Bump, ChangeKind, Diff, FieldKind, ItemChange, Section, classify, contents, diff,
};

fn load(name: &str) -> Framework {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/diff")
        .join(name);
    let loaded = ramverk_check::load(&path).expect("loads");
    loaded.framework.expect("a framework")
}

fn changes() -> Diff {
    diff(&load("statements-base"), &load("statements-changed"))
}

/// An item as (change, id, old id, the names of its changed fields).
fn outline(items: &[ItemChange]) -> Vec<(ChangeKind, String, Option<String>, Vec<String>)> {
    items
        .iter()
        .map(|item| {
            (
                item.change,
                item.id.clone(),
                item.old_id.clone(),
                item.fields.iter().map(|f| f.field.to_string()).collect(),
            )
        })
        .collect()
}

fn row(
    change: ChangeKind,
    id: &str,
    old_id: Option<&str>,
    fields: &[&str],
) -> (ChangeKind, String, Option<String>, Vec<String>) {
    (
        change,
        id.to_owned(),
        old_id.map(str::to_owned),
        fields.iter().map(|f| (*f).to_owned()).collect(),
    )
}

#[test]
fn statements_are_changed_removed_renumbered_added_and_moved() {
    let changes = changes();
    use ChangeKind::{Added, Changed, Removed, Renumbered};
    // New-version order, a removed item after the one before it; CS1.1.03 took the id of the
    // removed CS1.1.02, and is renumbered rather than CS1.1.02 reworded beyond recognition.
    assert_eq!(
        outline(&changes.statements),
        [
            row(Changed, "CS1.1.01", None, &["text"]),
            row(Removed, "CS1.1.02", None, &[]),
            row(Renumbered, "CS1.1.02", Some("CS1.1.03"), &[]),
            row(Added, "CS1.1.05", None, &[]),
            row(Changed, "CS1.1.04", None, &["competence"]),
        ]
    );
    let moved = &changes.statements[4];
    assert_eq!(moved.fields[0].old.as_deref(), Some("1.1"));
    assert_eq!(moved.fields[0].new.as_deref(), Some("1.2"));
    // A statement is titled by its text.
    assert_eq!(
        changes.statements[0].title,
        "Use a search engine to find and compare simple information."
    );
    assert_eq!(
        outline(&changes.learning_outcomes),
        [row(Changed, "LO1.1.02", None, &["dimension"])]
    );
    let dimension = &changes.learning_outcomes[0].fields[0];
    assert_eq!(
        (dimension.old.as_deref(), dimension.new.as_deref()),
        (Some("attitude"), Some("skill"))
    );
    assert_eq!(
        outline(&changes.glossary),
        [row(Added, "ai-assistant", None, &[])]
    );
    assert_eq!(changes.glossary[0].title, "AI assistant");
    assert_eq!(
        outline(&changes.scales),
        [row(Changed, "proficiency", None, &["step 2 equivalent"])]
    );
    let metadata: Vec<String> = changes
        .metadata
        .iter()
        .map(|f| f.field.to_string())
        .collect();
    assert_eq!(
        metadata,
        [
            "version",
            "licence",
            "licence attribution",
            "licence url",
            "licence notice"
        ]
    );
    let summary = &changes.summary;
    assert_eq!(
        (
            summary.statements.added,
            summary.statements.removed,
            summary.statements.renumbered,
            summary.statements.changed
        ),
        (1, 1, 1, 2)
    );
    assert_eq!(summary.learning_outcomes.changed, 1);
    assert_eq!(summary.glossary.added, 1);
    for section in [
        Section::Statements,
        Section::LearningOutcomes,
        Section::Glossary,
    ] {
        assert_eq!(
            changes.items(section).len(),
            {
                let c = summary.counts(section);
                c.added + c.removed + c.changed + c.renumbered
            },
            "{section:?}"
        );
    }
}

#[test]
fn the_changes_are_classified_as_the_docs_say() {
    let classification = classify(&changes());
    assert_eq!(classification.bump, Bump::Major);
    let reasons: Vec<(Bump, &str)> = classification
        .reasons
        .iter()
        .map(|(bump, text)| (*bump, text.as_str()))
        .collect();
    for expected in [
        (Bump::Major, "competence statement CS1.1.02 removed"),
        (
            Bump::Major,
            "competence statement CS1.1.03 renumbered to CS1.1.02",
        ),
        (
            Bump::Major,
            "competence statement CS1.1.04 moved (competence 1.1 → 1.2): it is assessed elsewhere",
        ),
        (Bump::Minor, "competence statement CS1.1.05 added"),
        (Bump::Minor, "glossary term ai-assistant added"),
        (Bump::Patch, "competence statement CS1.1.01: text reworded"),
        (Bump::Patch, "learning outcome LO1.1.02: dimension reworded"),
        (Bump::Patch, "scale proficiency: step 2 equivalent reworded"),
        (Bump::Patch, "licence changed"),
        (Bump::Patch, "licence notice added"),
    ] {
        assert!(reasons.contains(&expected), "{expected:?} in {reasons:#?}");
    }
}

#[test]
fn an_added_statement_holds_its_competence_level_labels_and_text() {
    let new = load("statements-changed");
    let held = contents(&new, Section::Statements);
    let added = held.get("CS1.1.05").expect("CS1.1.05");
    let fields: Vec<(String, Option<&str>)> = added
        .iter()
        .map(|f| (f.field.to_string(), f.new.as_deref()))
        .collect();
    assert_eq!(
        fields,
        [
            ("competence".to_owned(), Some("1.1")),
            ("level".to_owned(), Some("2")),
            ("labels".to_owned(), Some("AI-Explicit")),
            (
                "text".to_owned(),
                Some("Ask an AI assistant to summarise search results, and check its sources.")
            ),
        ]
    );
    assert!(added.iter().all(|f| f.old.is_none()));
    assert_eq!(Section::Statements.title_field(), Some(FieldKind::Text));
    let outcomes = contents(&new, Section::LearningOutcomes);
    let dimension = outcomes["LO1.1.02"]
        .iter()
        .find(|f| f.field.kind() == FieldKind::Dimension)
        .and_then(|f| f.new.as_deref());
    assert_eq!(dimension, Some("skill"));
    let glossary = contents(&new, Section::Glossary);
    assert_eq!(glossary["ai-assistant"].len(), 2);
}

#[test]
fn reordered_statements_and_labels_and_a_renumbered_competence_are_no_change_to_statements() {
    let mut old = load("statements-base");
    old.areas[0].competences[0].statements[0].labels = vec!["AI-Implicit".into(), "Search".into()];
    let mut new = old.clone();
    let searching = &mut new.areas[0].competences[0];
    searching.statements[0].labels.reverse();
    searching.statements.reverse();
    searching.learning_outcomes.reverse();
    assert!(diff(&old, &new).is_empty());
    // Competence 1.2 renumbered 1.3: its statements stay where they are (under the new id).
    new.areas[0].competences[1].id = "1.3".to_owned();
    let changes = diff(&old, &new);
    assert_eq!(changes.summary.competences.renumbered, 1);
    assert!(changes.statements.is_empty(), "{:#?}", changes.statements);
}
