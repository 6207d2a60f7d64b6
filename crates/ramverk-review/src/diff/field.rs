//! Diff fields by name: produced by the diff, weighed by the classifier, labelled by the renderer.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

/// One field of an item or of the framework: its kind and, for descriptors, scale levels and
/// steps, the rank it belongs to. It serialises as its English name, the one users see in the
/// JSON (`definition`, `descriptor 3`, `level 2 description`, `step 3 equivalent`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Field {
    kind: FieldKind,
    rank: Option<u8>,
}

/// What a field is, without its rank: what the summary counts across competences (`descriptor`,
/// not `descriptor 3`). It serialises as its English name.
///
/// Adding a variant fails to compile until [`FieldKind::name`], [`FieldKind::is_ranked`], the
/// classifier and the renderer's labels say what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldKind {
    /// `title`.
    Title,
    /// `description`.
    Description,
    /// `text`.
    Text,
    /// `area`.
    Area,
    /// `parent`.
    Parent,
    /// `definition`.
    Definition,
    /// `example`.
    Example,
    /// `descriptor`, of any rank.
    Descriptor,
    /// `learning activity`.
    LearningActivity,
    /// `motivation`.
    Motivation,
    /// `restricted to`.
    RestrictedTo,
    /// `level 2`: a scale level's label, of any rank; without a rank, `level`: the level a
    /// competence statement or learning outcome belongs to.
    Level,
    /// `level description`, of any rank.
    LevelDescription,
    /// `level purpose`, of any rank: what a level is for.
    LevelPurpose,
    /// `step`, of any step rank: a finer step's label.
    Step,
    /// `step description`, of any step rank.
    StepDescription,
    /// `step equivalent`, of any step rank: the step on the scale's other scheme (`A1`).
    StepEquivalent,
    /// `step level`, of any step rank: the level the step belongs to.
    StepLevel,
    /// `equivalents`: the other scheme a scale's steps are mapped to (`A1–C2`).
    Equivalents,
    /// `not rated`.
    NotRated,
    /// `cumulative`.
    Cumulative,
    /// `requires descriptors`.
    RequiresDescriptors,
    /// `unit`.
    Unit,
    /// `id`.
    Id,
    /// `version`.
    Version,
    /// `language`.
    Language,
    /// `status`.
    Status,
    /// `adopted`.
    Adopted,
    /// `publisher`.
    Publisher,
    /// `publisher unit`.
    PublisherUnit,
    /// `publisher url`.
    PublisherUrl,
    /// `rating scale`.
    RatingScale,
    /// `motivation scale`.
    MotivationScale,
    /// `vocabulary`.
    Vocabulary,
    /// `source`.
    Source,
    /// `correction`.
    Correction,
    /// `note`.
    Note,
    /// `competence`: the competence a statement or learning outcome sits under.
    Competence,
    /// `labels`: the labels that classify a statement or learning outcome.
    Labels,
    /// `dimension`: a learning outcome's knowledge, skill or attitude.
    Dimension,
    /// `term`: a glossary term.
    Term,
    /// `explanation`: what a glossary term means.
    Explanation,
    /// `licence`: the licence's id.
    Licence,
    /// `licence attribution`.
    LicenceAttribution,
    /// `licence url`.
    LicenceUrl,
    /// `licence notice`.
    LicenceNotice,
}

impl Field {
    /// A field that belongs to the level or step of `rank` (`descriptor 3`, `level 2`,
    /// `level 2 description`, `step 3 equivalent`).
    pub fn ranked(kind: FieldKind, rank: u8) -> Field {
        debug_assert!(kind.is_ranked(), "{kind} has no rank");
        Field {
            kind,
            rank: Some(rank),
        }
    }

    /// The field without its rank.
    pub fn kind(self) -> FieldKind {
        self.kind
    }

    /// The rank the field belongs to: a level's for descriptors and scale levels, a step's for
    /// steps.
    pub fn rank(self) -> Option<u8> {
        self.rank
    }

    /// The English name, as the JSON and `version check` write it: `descriptor 3`,
    /// `level 2 description`, `step 3 equivalent`, `learning activity`; the rank follows the
    /// kind's first word.
    pub fn name(self) -> Cow<'static, str> {
        match (self.kind.name().split_once(' '), self.rank) {
            (Some((first, rest)), Some(rank)) => Cow::Owned(format!("{first} {rank} {rest}")),
            (None, Some(rank)) => Cow::Owned(format!("{} {rank}", self.kind.name())),
            (_, None) => Cow::Borrowed(self.kind.name()),
        }
    }
}

impl From<FieldKind> for Field {
    fn from(kind: FieldKind) -> Field {
        Field { kind, rank: None }
    }
}

impl FieldKind {
    /// Whether a field of this kind belongs to a level or step rank (a [`FieldKind::Level`]
    /// without one is a statement's or outcome's level).
    pub fn is_ranked(self) -> bool {
        match self {
            FieldKind::Descriptor
            | FieldKind::Level
            | FieldKind::LevelDescription
            | FieldKind::LevelPurpose
            | FieldKind::Step
            | FieldKind::StepDescription
            | FieldKind::StepEquivalent
            | FieldKind::StepLevel => true,
            FieldKind::Title
            | FieldKind::Description
            | FieldKind::Text
            | FieldKind::Area
            | FieldKind::Parent
            | FieldKind::Definition
            | FieldKind::Example
            | FieldKind::LearningActivity
            | FieldKind::Motivation
            | FieldKind::RestrictedTo
            | FieldKind::NotRated
            | FieldKind::Cumulative
            | FieldKind::RequiresDescriptors
            | FieldKind::Unit
            | FieldKind::Id
            | FieldKind::Version
            | FieldKind::Language
            | FieldKind::Status
            | FieldKind::Adopted
            | FieldKind::Publisher
            | FieldKind::PublisherUnit
            | FieldKind::PublisherUrl
            | FieldKind::RatingScale
            | FieldKind::MotivationScale
            | FieldKind::Vocabulary
            | FieldKind::Source
            | FieldKind::Correction
            | FieldKind::Note
            | FieldKind::Equivalents
            | FieldKind::Competence
            | FieldKind::Labels
            | FieldKind::Dimension
            | FieldKind::Term
            | FieldKind::Explanation
            | FieldKind::Licence
            | FieldKind::LicenceAttribution
            | FieldKind::LicenceUrl
            | FieldKind::LicenceNotice => false,
        }
    }

    /// The English name, as the JSON writes it: `descriptor`, `learning activity`.
    pub fn name(self) -> &'static str {
        match self {
            FieldKind::Title => "title",
            FieldKind::Description => "description",
            FieldKind::Text => "text",
            FieldKind::Area => "area",
            FieldKind::Parent => "parent",
            FieldKind::Definition => "definition",
            FieldKind::Example => "example",
            FieldKind::Descriptor => "descriptor",
            FieldKind::LearningActivity => "learning activity",
            FieldKind::Motivation => "motivation",
            FieldKind::RestrictedTo => "restricted to",
            FieldKind::Level => "level",
            FieldKind::LevelDescription => "level description",
            FieldKind::LevelPurpose => "level purpose",
            FieldKind::Step => "step",
            FieldKind::StepDescription => "step description",
            FieldKind::StepEquivalent => "step equivalent",
            FieldKind::StepLevel => "step level",
            FieldKind::Equivalents => "equivalents",
            FieldKind::NotRated => "not rated",
            FieldKind::Cumulative => "cumulative",
            FieldKind::RequiresDescriptors => "requires descriptors",
            FieldKind::Unit => "unit",
            FieldKind::Id => "id",
            FieldKind::Version => "version",
            FieldKind::Language => "language",
            FieldKind::Status => "status",
            FieldKind::Adopted => "adopted",
            FieldKind::Publisher => "publisher",
            FieldKind::PublisherUnit => "publisher unit",
            FieldKind::PublisherUrl => "publisher url",
            FieldKind::RatingScale => "rating scale",
            FieldKind::MotivationScale => "motivation scale",
            FieldKind::Vocabulary => "vocabulary",
            FieldKind::Source => "source",
            FieldKind::Correction => "correction",
            FieldKind::Note => "note",
            FieldKind::Competence => "competence",
            FieldKind::Labels => "labels",
            FieldKind::Dimension => "dimension",
            FieldKind::Term => "term",
            FieldKind::Explanation => "explanation",
            FieldKind::Licence => "licence",
            FieldKind::LicenceAttribution => "licence attribution",
            FieldKind::LicenceUrl => "licence url",
            FieldKind::LicenceNotice => "licence notice",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl fmt::Display for FieldKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.name())
    }
}

impl Serialize for FieldKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::{Field, FieldKind};

    #[test]
    fn names_are_the_english_wire_names() {
        assert_eq!(
            Field::ranked(FieldKind::Descriptor, 3).name(),
            "descriptor 3"
        );
        assert_eq!(Field::ranked(FieldKind::Level, 2).name(), "level 2");
        assert_eq!(
            Field::ranked(FieldKind::LevelDescription, 2).name(),
            "level 2 description"
        );
        assert_eq!(
            Field::from(FieldKind::LearningActivity).name(),
            "learning activity"
        );
        assert_eq!(
            Field::ranked(FieldKind::LevelPurpose, 2).name(),
            "level 2 purpose"
        );
        assert_eq!(Field::ranked(FieldKind::Step, 3).name(), "step 3");
        assert_eq!(
            Field::ranked(FieldKind::StepEquivalent, 3).name(),
            "step 3 equivalent"
        );
        assert_eq!(Field::from(FieldKind::Level).name(), "level");
        assert_eq!(Field::from(FieldKind::LicenceUrl).name(), "licence url");
        assert_eq!(
            Field::from(FieldKind::PublisherUrl).to_string(),
            "publisher url"
        );
        assert_eq!(
            Field::ranked(FieldKind::Descriptor, 5).kind(),
            FieldKind::Descriptor
        );
        assert_eq!(
            serde_json::to_string(&Field::from(FieldKind::RestrictedTo)).unwrap(),
            "\"restricted to\""
        );
        assert_eq!(
            serde_json::to_string(&FieldKind::Descriptor).unwrap(),
            "\"descriptor\""
        );
    }
}
