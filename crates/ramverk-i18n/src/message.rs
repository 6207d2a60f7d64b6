//! The translatable texts of a framework, each under a stable key naming where it sits.
//!
//! Keys are built from ids, never from the text: `competence:2.3:title`,
//! `competence:2.3:descriptor:4`, `scale:niva:level:3:label`, `scale:proficiency:step:5:description`,
//! `statement:CS1.1.01:text`, `outcome:LO1.1.01:text`, `term:ai-system:explanation`. Texts in lists without ids
//! (examples, learning activities) are numbered from 1 (`competence:2.3:example:2`). Ids never
//! contain `:`, so a key is unambiguous, and it is a valid XML NMTOKEN for XLIFF unit ids.

use ramverk_model::{Area, Competence, Framework, Scale};
use ramverk_source::Pointer;

use crate::ItemKind;

/// One translatable text of the framework.
#[derive(Debug, Clone, PartialEq)]
pub struct Message<'a> {
    /// The stable key (`competence:2.3:title`).
    pub key: String,
    /// The text in the source language.
    pub text: &'a str,
    /// Context for the translator: what the text is and where it belongs.
    pub note: String,
    /// Where the text sits in the model.
    pub pointer: Pointer,
    /// The text's fingerprint (see [`crate::fingerprint`]), computed once.
    pub fingerprint: String,
}

/// Every translatable text of `framework`, in document order.
///
/// Not translated: ids, version, dates and URLs; the sources (documents are cited by their
/// published titles); the licence (its attribution cites the original); labels of statements and
/// learning outcomes and the steps' equivalents (classification codes, like ids); corrections and
/// notes (they concern the source-language transcription).
pub fn messages(framework: &Framework) -> Vec<Message<'_>> {
    let mut out = Vec::new();
    let root = Pointer::root();
    push(
        &mut out,
        "framework:title",
        &framework.title,
        "Title of the framework".into(),
        root.key("title"),
    );
    push_opt(
        &mut out,
        "framework:description",
        &framework.description,
        "Description of the framework",
        root.key("description"),
    );
    push(
        &mut out,
        "publisher:name",
        &framework.publisher.name,
        "Name of the publishing organisation".into(),
        root.key("publisher").key("name"),
    );
    push_opt(
        &mut out,
        "publisher:unit",
        &framework.publisher.unit,
        "Department of the publishing organisation",
        root.key("publisher").key("unit"),
    );
    if let Some(vocabulary) = &framework.vocabulary {
        let at = root.key("vocabulary");
        push(
            &mut out,
            "vocabulary:area",
            &vocabulary.area,
            "What this framework calls an area (a heading word)".into(),
            at.key("area"),
        );
        for (index, word) in vocabulary.competence.iter().enumerate() {
            let note = format!(
                "What this framework calls a competence at depth {} (a heading word)",
                index + 1
            );
            push(
                &mut out,
                &format!("vocabulary:competence:{}", index + 1),
                word,
                note,
                at.key("competence").index(index),
            );
        }
    }
    for (index, principle) in framework.guidance.iter().enumerate() {
        let at = root.key("guidance").index(index);
        let key = format!("guidance:{}", principle.id);
        push(
            &mut out,
            &format!("{key}:title"),
            &principle.title,
            "Heading of a guiding principle".into(),
            at.key("title"),
        );
        let note = format!("Guiding principle \"{}\"", principle.title);
        push(
            &mut out,
            &format!("{key}:text"),
            &principle.text,
            note,
            at.key("text"),
        );
    }
    for (index, scale) in framework.scales.iter().enumerate() {
        scale_messages(&mut out, scale, root.key("scales").index(index));
    }
    for (index, area) in framework.areas.iter().enumerate() {
        area_messages(&mut out, area, root.key("areas").index(index), framework);
    }
    for (index, term) in framework.glossary.iter().enumerate() {
        let at = root.key("glossary").index(index);
        let key = ItemKind::Term.key(&term.id);
        push(
            &mut out,
            &format!("{key}:term"),
            &term.term,
            "A term of the glossary".into(),
            at.key("term"),
        );
        push(
            &mut out,
            &format!("{key}:explanation"),
            &term.explanation,
            format!("What the glossary term \"{}\" means", term.term),
            at.key("explanation"),
        );
    }
    for (index, role) in framework.roles.iter().enumerate() {
        let at = root.key("roles").index(index);
        let key = format!("role:{}", role.id);
        push(
            &mut out,
            &format!("{key}:title"),
            &role.title,
            format!("Name of the role `{}`", role.id),
            at.key("title"),
        );
        push_opt(
            &mut out,
            &format!("{key}:unit"),
            &role.unit,
            &format!("Unit the role `{}` belongs to", role.id),
            at.key("unit"),
        );
        push_opt(
            &mut out,
            &format!("{key}:description"),
            &role.description,
            &format!("What the role `{}` does", role.id),
            at.key("description"),
        );
    }
    for (index, profile) in framework.profiles.iter().enumerate() {
        let at = root.key("profiles").index(index);
        let note = format!("Note on the role profile of `{}`", profile.role);
        push_opt(
            &mut out,
            &format!("profile:{}:description", profile.role),
            &profile.description,
            &note,
            at.key("description"),
        );
    }
    out
}

fn scale_messages<'a>(out: &mut Vec<Message<'a>>, scale: &'a Scale, at: Pointer) {
    let key = format!("scale:{}", scale.id);
    push(
        out,
        &format!("{key}:title"),
        &scale.title,
        format!("Name of the scale `{}`", scale.id),
        at.key("title"),
    );
    push_opt(
        out,
        &format!("{key}:description"),
        &scale.description,
        &format!("How to use the scale \"{}\"", scale.title),
        at.key("description"),
    );
    for (index, level) in scale.levels.iter().enumerate() {
        let level_at = at.key("levels").index(index);
        let level_key = format!("{key}:level:{}", level.rank);
        let note = format!(
            "Short label of level {} on the scale \"{}\"",
            level.rank, scale.title
        );
        push(
            out,
            &format!("{level_key}:label"),
            &level.label,
            note,
            level_at.key("label"),
        );
        let note = format!(
            "Explanation of level {} ({}) on the scale \"{}\"",
            level.rank, level.label, scale.title
        );
        push_opt(
            out,
            &format!("{level_key}:description"),
            &level.description,
            &note,
            level_at.key("description"),
        );
        let note = format!(
            "What level {} ({}) on the scale \"{}\" is for",
            level.rank, level.label, scale.title
        );
        push_opt(
            out,
            &format!("{level_key}:purpose"),
            &level.purpose,
            &note,
            level_at.key("purpose"),
        );
        for (index, step) in level.steps.iter().enumerate() {
            let step_at = level_at.key("steps").index(index);
            let step_key = format!("{key}:step:{}", step.rank);
            let context = format!(
                "step {} (within level {}, {}) on the scale \"{}\"",
                step.rank, level.rank, level.label, scale.title
            );
            push_opt(
                out,
                &format!("{step_key}:label"),
                &step.label,
                &format!("Short label of {context}"),
                step_at.key("label"),
            );
            push_opt(
                out,
                &format!("{step_key}:description"),
                &step.description,
                &format!("Explanation of {context}"),
                step_at.key("description"),
            );
        }
    }
    if let Some(not_rated) = &scale.not_rated {
        let note = format!(
            "Label of the value {} meaning \"not rated\" on the scale \"{}\"",
            not_rated.value, scale.title
        );
        push(
            out,
            &format!("{key}:not-rated"),
            &not_rated.label,
            note,
            at.key("not_rated").key("label"),
        );
    }
}

fn area_messages<'a>(
    out: &mut Vec<Message<'a>>,
    area: &'a Area,
    at: Pointer,
    framework: &'a Framework,
) {
    let key = ItemKind::Area.key(&area.id);
    push(
        out,
        &format!("{key}:title"),
        &area.title,
        format!("Title of area {}", area.id),
        at.key("title"),
    );
    let context = format!("area {} \"{}\"", area.id, area.title);
    push_opt(
        out,
        &format!("{key}:description"),
        &area.description,
        &format!("Description of {context}"),
        at.key("description"),
    );
    let note = format!("Motivation statement the employee rates agreement with, for {context}");
    push_opt(
        out,
        &format!("{key}:motivation"),
        &area.motivation,
        &note,
        at.key("motivation"),
    );
    for (index, competence) in area.competences.iter().enumerate() {
        competence_messages(
            out,
            competence,
            at.key("competences").index(index),
            &context,
            framework,
        );
    }
}

fn competence_messages<'a>(
    out: &mut Vec<Message<'a>>,
    competence: &'a Competence,
    at: Pointer,
    parent: &str,
    framework: &'a Framework,
) {
    let key = ItemKind::Competence.key(&competence.id);
    let context = format!("competence {} \"{}\"", competence.id, competence.title);
    push(
        out,
        &format!("{key}:title"),
        &competence.title,
        format!("Title of competence {} in {parent}", competence.id),
        at.key("title"),
    );
    push_opt(
        out,
        &format!("{key}:definition"),
        &competence.definition,
        &format!("One-sentence definition of {context}"),
        at.key("definition"),
    );
    push_opt(
        out,
        &format!("{key}:description"),
        &competence.description,
        &format!("Description of {context}"),
        at.key("description"),
    );
    for (index, example) in competence.examples.iter().enumerate() {
        let note = format!("Example or clarification {} of {context}", index + 1);
        push(
            out,
            &format!("{key}:example:{}", index + 1),
            example,
            note,
            at.key("examples").index(index),
        );
    }
    let scale = framework
        .rating_scale
        .as_deref()
        .and_then(|id| framework.scales.iter().find(|scale| scale.id == id));
    for (rank, descriptor) in &competence.descriptors {
        let label = scale
            .and_then(|scale| scale.level(*rank))
            .map(|level| format!(" ({})", level.label))
            .unwrap_or_default();
        let note = format!("What level {rank}{label} means for {context}");
        push(
            out,
            &format!("{key}:descriptor:{rank}"),
            descriptor,
            note,
            at.key("descriptors").key(&rank.to_string()),
        );
    }
    for (index, activity) in competence.learning_activities.iter().enumerate() {
        let note = format!("Suggested learning activity {} for {context}", index + 1);
        push(
            out,
            &format!("{key}:activity:{}", index + 1),
            &activity.text,
            note,
            at.key("learning_activities").index(index).key("text"),
        );
    }
    let level_name = |rank: u8| {
        scale
            .and_then(|scale| scale.level(rank))
            .map(|level| format!("level {rank} ({})", level.label))
            .unwrap_or_else(|| format!("level {rank}"))
    };
    for (index, statement) in competence.statements.iter().enumerate() {
        let note = format!(
            "Competence statement {}: what a person at {} can do, for {context}",
            statement.id,
            level_name(statement.level)
        );
        push(
            out,
            &format!("{}:text", ItemKind::Statement.key(&statement.id)),
            &statement.text,
            note,
            at.key("statements").index(index).key("text"),
        );
    }
    for (index, outcome) in competence.learning_outcomes.iter().enumerate() {
        let note = format!(
            "Learning outcome {} ({}, {}) for {context}",
            outcome.id,
            outcome.dimension.name(),
            level_name(outcome.level)
        );
        push(
            out,
            &format!("{}:text", ItemKind::LearningOutcome.key(&outcome.id)),
            &outcome.text,
            note,
            at.key("learning_outcomes").index(index).key("text"),
        );
    }
    for (index, child) in competence.competences.iter().enumerate() {
        competence_messages(
            out,
            child,
            at.key("competences").index(index),
            &context,
            framework,
        );
    }
}

fn push<'a>(out: &mut Vec<Message<'a>>, key: &str, text: &'a str, note: String, pointer: Pointer) {
    out.push(Message {
        key: key.to_owned(),
        text,
        note,
        pointer,
        fingerprint: crate::fingerprint(text),
    });
}

fn push_opt<'a>(
    out: &mut Vec<Message<'a>>,
    key: &str,
    text: &'a Option<String>,
    note: &str,
    pointer: Pointer,
) {
    if let Some(text) = text {
        push(out, key, text, note.to_owned(), pointer);
    }
}
