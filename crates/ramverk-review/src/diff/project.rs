//! Items projected into what the diff compares: id, title and named fields in display order.

use std::collections::HashMap;

use ramverk_model::{
    Area, Competence, Framework, LearningOutcome, Role, Scale, Statement, Status, Term,
};

use super::change::Side;
use super::compare::{Fields, Value, list, text};
use super::field::{Field, FieldKind};

/// Something with a stable id and a title.
pub trait Keyed {
    /// The stable id.
    fn id(&self) -> &str;
    /// The title.
    fn title(&self) -> &str;
}

macro_rules! keyed {
    ($($type:ty),*) => {$(
        impl Keyed for &$type {
            fn id(&self) -> &str { &self.id }
            fn title(&self) -> &str { &self.title }
        }
    )*};
}
keyed!(Area, Scale, Role, ramverk_model::Principle);

/// A glossary entry is named by its term.
impl Keyed for &Term {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.term
    }
}

/// A competence statement or a learning outcome: an id and a text, at a level.
pub trait Assessed {
    /// The stable id (`CS1.1.01`).
    fn id(&self) -> &str;
    /// The statement or outcome itself.
    fn text(&self) -> &str;
    /// The competence's statements or outcomes.
    fn of(competence: &Competence) -> &[Self]
    where
        Self: Sized;
}

impl Assessed for Statement {
    fn id(&self) -> &str {
        &self.id
    }
    fn text(&self) -> &str {
        &self.text
    }
    fn of(competence: &Competence) -> &[Statement] {
        &competence.statements
    }
}

impl Assessed for LearningOutcome {
    fn id(&self) -> &str {
        &self.id
    }
    fn text(&self) -> &str {
        &self.text
    }
    fn of(competence: &Competence) -> &[LearningOutcome] {
        &competence.learning_outcomes
    }
}

/// A statement or outcome with the id of the competence it sits under, in the new version's
/// ids: a competence renumbered moves none of its statements.
pub struct Held<'a, T> {
    /// The statement or outcome.
    pub item: &'a T,
    /// The competence's id (the new one, when the competence was renumbered).
    pub competence: &'a str,
}

impl<T: Assessed> Keyed for Held<'_, T> {
    fn id(&self) -> &str {
        self.item.id()
    }
    fn title(&self) -> &str {
        self.item.text()
    }
}

/// Every statement (or outcome) of a framework in document order, each with its competence's
/// id renamed by `renamed` (old id → new id; empty for the new version).
pub fn held<'a, T: Assessed>(
    competences: &[Placed<'a>],
    renamed: &HashMap<&'a str, &'a str>,
) -> Vec<Held<'a, T>> {
    competences
        .iter()
        .flat_map(|placed| {
            let id = placed.competence.id.as_str();
            let competence = renamed.get(id).copied().unwrap_or(id);
            T::of(placed.competence)
                .iter()
                .map(move |item| Held { item, competence })
        })
        .collect()
}

/// A competence with where it sits, for comparing position as well as content.
pub struct Placed<'a> {
    /// The competence.
    pub competence: &'a Competence,
    /// The id of its area.
    pub area: &'a str,
    /// The id of the competence it sits under, if any.
    pub parent: Option<&'a str>,
    /// The descriptors' words, lower-cased and sorted: a cheap bound on how alike two are.
    pub words: Vec<String>,
}

impl Keyed for Placed<'_> {
    fn id(&self) -> &str {
        &self.competence.id
    }
    fn title(&self) -> &str {
        &self.competence.title
    }
}

/// Every competence of a framework, at any depth, in document order.
pub fn flatten(framework: &Framework) -> Vec<Placed<'_>> {
    let words = |competence: &Competence| {
        let mut words: Vec<String> = competence
            .descriptors
            .values()
            .flat_map(|d| d.split_whitespace())
            .map(str::to_lowercase)
            .collect();
        words.sort_unstable();
        words
    };
    framework
        .placed_competences()
        .into_iter()
        .map(|p| Placed {
            competence: p.competence,
            area: p.area,
            parent: p.parent,
            words: words(p.competence),
        })
        .collect()
}

/// The framework on one side of the comparison.
pub fn side(framework: &Framework) -> Side {
    Side {
        id: framework.id.clone(),
        title: framework.title.clone(),
        version: framework.version.clone(),
        language: framework.language.clone(),
        area_word: framework.vocabulary.as_ref().map(|v| v.area.clone()),
    }
}

/// A competence's fields, its place included.
pub fn competence_fields(placed: &Placed) -> Fields {
    let c = placed.competence;
    let mut out = Fields::new();
    text(&mut out, FieldKind::Title, Some(&c.title));
    text(&mut out, FieldKind::Area, Some(placed.area));
    text(&mut out, FieldKind::Parent, placed.parent);
    text(&mut out, FieldKind::Definition, c.definition.as_deref());
    text(&mut out, FieldKind::Description, c.description.as_deref());
    list(&mut out, FieldKind::Example, c.examples.iter().cloned());
    for (rank, descriptor) in &c.descriptors {
        text(
            &mut out,
            Field::ranked(FieldKind::Descriptor, *rank),
            Some(descriptor),
        );
    }
    let activity = |a: &ramverk_model::LearningActivity| {
        if a.levels.is_empty() {
            a.text.clone()
        } else {
            format!("{} (levels {:?})", a.text, a.levels)
        }
    };
    list(
        &mut out,
        FieldKind::LearningActivity,
        c.learning_activities.iter().map(activity),
    );
    out
}

/// An area's fields.
pub fn area_fields(area: &&Area) -> Fields {
    let mut out = Fields::new();
    text(&mut out, FieldKind::Title, Some(&area.title));
    text(
        &mut out,
        FieldKind::Description,
        area.description.as_deref(),
    );
    text(&mut out, FieldKind::Motivation, area.motivation.as_deref());
    let mut restricted: Vec<String> = area.restricted_to.clone();
    restricted.sort();
    if !restricted.is_empty() {
        text(
            &mut out,
            FieldKind::RestrictedTo,
            Some(&restricted.join(", ")),
        );
    }
    out
}

/// A scale's fields: each level's label, description and purpose, each step's label,
/// description, equivalent and level (by step rank), the scheme the steps are mapped to.
pub fn scale_fields(scale: &&Scale) -> Fields {
    let mut out = Fields::new();
    text(&mut out, FieldKind::Title, Some(&scale.title));
    text(
        &mut out,
        FieldKind::Description,
        scale.description.as_deref(),
    );
    for level in &scale.levels {
        text(
            &mut out,
            Field::ranked(FieldKind::Level, level.rank),
            Some(&level.label),
        );
        text(
            &mut out,
            Field::ranked(FieldKind::LevelDescription, level.rank),
            level.description.as_deref(),
        );
        text(
            &mut out,
            Field::ranked(FieldKind::LevelPurpose, level.rank),
            level.purpose.as_deref(),
        );
    }
    for (level, step) in scale.steps() {
        let rank = step.rank;
        text(
            &mut out,
            Field::ranked(FieldKind::Step, rank),
            step.label.as_deref(),
        );
        text(
            &mut out,
            Field::ranked(FieldKind::StepDescription, rank),
            step.description.as_deref(),
        );
        text(
            &mut out,
            Field::ranked(FieldKind::StepEquivalent, rank),
            step.equivalent.as_deref(),
        );
        text(
            &mut out,
            Field::ranked(FieldKind::StepLevel, rank),
            Some(&level.rank.to_string()),
        );
    }
    text(
        &mut out,
        FieldKind::Equivalents,
        scale.equivalents.as_deref(),
    );
    if let Some(not_rated) = &scale.not_rated {
        text(
            &mut out,
            FieldKind::NotRated,
            Some(&format!("{} = {}", not_rated.value, not_rated.label)),
        );
    }
    text(
        &mut out,
        FieldKind::Cumulative,
        Some(yes_no(scale.cumulative)),
    );
    text(
        &mut out,
        FieldKind::RequiresDescriptors,
        Some(yes_no(scale.requires_descriptors)),
    );
    out
}

/// A competence statement's fields: where it sits (competence, level), its labels and text.
pub fn statement_fields(held: &Held<Statement>) -> Fields {
    let s = held.item;
    let mut out = Fields::new();
    text(&mut out, FieldKind::Competence, Some(held.competence));
    text(&mut out, FieldKind::Level, Some(&s.level.to_string()));
    labels(&mut out, &s.labels);
    text(&mut out, FieldKind::Text, Some(&s.text));
    out
}

/// A learning outcome's fields: where it sits (competence, level), its dimension, labels and
/// text.
pub fn outcome_fields(held: &Held<LearningOutcome>) -> Fields {
    let o = held.item;
    let mut out = Fields::new();
    text(&mut out, FieldKind::Competence, Some(held.competence));
    text(&mut out, FieldKind::Level, Some(&o.level.to_string()));
    text(&mut out, FieldKind::Dimension, Some(o.dimension.name()));
    labels(&mut out, &o.labels);
    text(&mut out, FieldKind::Text, Some(&o.text));
    out
}

/// Labels as one field, sorted: their order is not content.
fn labels(out: &mut Fields, labels: &[String]) {
    let mut sorted: Vec<&str> = labels.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    if !sorted.is_empty() {
        text(out, FieldKind::Labels, Some(&sorted.join(", ")));
    }
}

/// A glossary entry's fields.
pub fn term_fields(term: &&Term) -> Fields {
    vec![
        (FieldKind::Term.into(), Value::Text(term.term.clone())),
        (
            FieldKind::Explanation.into(),
            Value::Text(term.explanation.clone()),
        ),
    ]
}

/// A role's fields.
pub fn role_fields(role: &&Role) -> Fields {
    let mut out = Fields::new();
    text(&mut out, FieldKind::Title, Some(&role.title));
    text(&mut out, FieldKind::Unit, role.unit.as_deref());
    text(
        &mut out,
        FieldKind::Description,
        role.description.as_deref(),
    );
    out
}

/// A guiding principle's fields.
pub fn principle_fields(principle: &&ramverk_model::Principle) -> Fields {
    vec![
        (
            FieldKind::Title.into(),
            Value::Text(principle.title.clone()),
        ),
        (FieldKind::Text.into(), Value::Text(principle.text.clone())),
    ]
}

/// The framework's own fields: id, title, version, status, publisher, licence, sources, notes ...
pub fn metadata_fields(f: &Framework) -> Fields {
    let mut out = Fields::new();
    text(&mut out, FieldKind::Id, Some(&f.id));
    text(&mut out, FieldKind::Title, Some(&f.title));
    text(&mut out, FieldKind::Version, Some(&f.version));
    text(&mut out, FieldKind::Language, Some(&f.language));
    text(&mut out, FieldKind::Status, Some(status(f.status)));
    text(&mut out, FieldKind::Adopted, f.adopted.as_deref());
    text(&mut out, FieldKind::Publisher, Some(&f.publisher.name));
    text(
        &mut out,
        FieldKind::PublisherUnit,
        f.publisher.unit.as_deref(),
    );
    text(
        &mut out,
        FieldKind::PublisherUrl,
        f.publisher.url.as_deref(),
    );
    text(&mut out, FieldKind::Description, f.description.as_deref());
    if let Some(licence) = &f.licence {
        text(&mut out, FieldKind::Licence, Some(&licence.id));
        text(
            &mut out,
            FieldKind::LicenceAttribution,
            Some(&licence.attribution),
        );
        text(&mut out, FieldKind::LicenceUrl, licence.url.as_deref());
        text(
            &mut out,
            FieldKind::LicenceNotice,
            licence.notice.as_deref(),
        );
    }
    text(&mut out, FieldKind::RatingScale, f.rating_scale.as_deref());
    text(
        &mut out,
        FieldKind::MotivationScale,
        f.motivation_scale.as_deref(),
    );
    if let Some(vocabulary) = &f.vocabulary {
        text(
            &mut out,
            FieldKind::Vocabulary,
            Some(&format!(
                "{} / {}",
                vocabulary.area,
                vocabulary.competence.join(" / ")
            )),
        );
    }
    let source = |s: &ramverk_model::Source| {
        [
            Some(s.title.as_str()),
            s.date.as_deref(),
            s.reference.as_deref(),
            s.parts.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
    };
    list(&mut out, FieldKind::Source, f.sources.iter().map(source));
    list(
        &mut out,
        FieldKind::Correction,
        f.corrections
            .iter()
            .map(|c| format!("{}: {} → {} ({})", c.item, c.source, c.kept, c.reason)),
    );
    list(&mut out, FieldKind::Note, f.notes.iter().cloned());
    out
}

/// A yes-or-no setting as the diff shows it.
fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

/// A status as the diff shows it: the word in the framework file.
fn status(status: Status) -> &'static str {
    match status {
        Status::Draft => "draft",
        Status::Adopted => "adopted",
        Status::Deprecated => "deprecated",
    }
}
