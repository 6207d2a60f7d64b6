//! Items projected into what the diff compares: id, title and named fields in display order.

use ramverk_model::{Area, Competence, Framework, Role, Scale, Status};

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

/// A scale's fields, each level's label and description among them.
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
    }
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

/// The framework's own fields: id, title, version, status, publisher, sources, notes ...
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
