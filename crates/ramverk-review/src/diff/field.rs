//! Diff fields by name: produced by the diff, weighed by the classifier, labelled by the renderer.

use std::borrow::Cow;
use std::fmt;

use serde::{Serialize, Serializer};

/// One field of an item or of the framework. It serialises as its English name, the one users
/// see in the JSON (`definition`, `descriptor 3`, `level 2 description`).
///
/// Adding a variant fails to compile until [`Field::kind`], the classifier and the renderer's
/// labels say what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// `title`: of the framework or any item.
    Title,
    /// `description`: of the framework, a scale, an area, a competence or a role.
    Description,
    /// `text`: of a guiding principle.
    Text,
    /// `area`: the area a competence sits in.
    Area,
    /// `parent`: the competence a competence sits under.
    Parent,
    /// `definition` of a competence.
    Definition,
    /// `example`: one of a competence's examples.
    Example,
    /// `descriptor N`: a competence's descriptor for the level of rank N.
    Descriptor(u8),
    /// `learning activity`: one of a competence's learning activities.
    LearningActivity,
    /// `motivation`: an area's motivation statement.
    Motivation,
    /// `restricted to`: the roles an area applies to.
    RestrictedTo,
    /// `level N`: the label of a scale's level of rank N.
    Level(u8),
    /// `level N description`: the description of a scale's level of rank N.
    LevelDescription(u8),
    /// `not rated`: a scale's value for "not rated".
    NotRated,
    /// `cumulative`: whether a scale's levels build on each other.
    Cumulative,
    /// `requires descriptors`: whether competences rated on a scale need descriptors.
    RequiresDescriptors,
    /// `unit`: a role's unit.
    Unit,
    /// `id` of the framework.
    Id,
    /// `version` of the framework.
    Version,
    /// `language` of the framework.
    Language,
    /// `status` of the framework.
    Status,
    /// `adopted`: when the framework was adopted.
    Adopted,
    /// `publisher`: the publishing organisation's name.
    Publisher,
    /// `publisher unit`.
    PublisherUnit,
    /// `publisher url`.
    PublisherUrl,
    /// `rating scale`: the scale competences are rated on.
    RatingScale,
    /// `motivation scale`: the scale motivation is rated on.
    MotivationScale,
    /// `vocabulary`: the framework's words for area and competence.
    Vocabulary,
    /// `source`: one of the framework's sources.
    Source,
    /// `correction`: one of the framework's corrections of its sources.
    Correction,
    /// `note`: one of the framework's notes.
    Note,
}

/// A field without its rank: what the summary counts across competences (`descriptor`, not
/// `descriptor 3`). It serialises as its English name.
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
    /// `level`, of any rank.
    Level,
    /// `level description`, of any rank.
    LevelDescription,
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
}

impl Field {
    /// The field without its rank, and its rank: the one place that says which fields have one.
    pub fn parts(self) -> (FieldKind, Option<u8>) {
        match self {
            Field::Title => (FieldKind::Title, None),
            Field::Description => (FieldKind::Description, None),
            Field::Text => (FieldKind::Text, None),
            Field::Area => (FieldKind::Area, None),
            Field::Parent => (FieldKind::Parent, None),
            Field::Definition => (FieldKind::Definition, None),
            Field::Example => (FieldKind::Example, None),
            Field::Descriptor(rank) => (FieldKind::Descriptor, Some(rank)),
            Field::LearningActivity => (FieldKind::LearningActivity, None),
            Field::Motivation => (FieldKind::Motivation, None),
            Field::RestrictedTo => (FieldKind::RestrictedTo, None),
            Field::Level(rank) => (FieldKind::Level, Some(rank)),
            Field::LevelDescription(rank) => (FieldKind::LevelDescription, Some(rank)),
            Field::NotRated => (FieldKind::NotRated, None),
            Field::Cumulative => (FieldKind::Cumulative, None),
            Field::RequiresDescriptors => (FieldKind::RequiresDescriptors, None),
            Field::Unit => (FieldKind::Unit, None),
            Field::Id => (FieldKind::Id, None),
            Field::Version => (FieldKind::Version, None),
            Field::Language => (FieldKind::Language, None),
            Field::Status => (FieldKind::Status, None),
            Field::Adopted => (FieldKind::Adopted, None),
            Field::Publisher => (FieldKind::Publisher, None),
            Field::PublisherUnit => (FieldKind::PublisherUnit, None),
            Field::PublisherUrl => (FieldKind::PublisherUrl, None),
            Field::RatingScale => (FieldKind::RatingScale, None),
            Field::MotivationScale => (FieldKind::MotivationScale, None),
            Field::Vocabulary => (FieldKind::Vocabulary, None),
            Field::Source => (FieldKind::Source, None),
            Field::Correction => (FieldKind::Correction, None),
            Field::Note => (FieldKind::Note, None),
        }
    }

    /// The field without its rank.
    pub fn kind(self) -> FieldKind {
        self.parts().0
    }

    /// The level rank the field belongs to, for descriptors and scale levels.
    pub fn rank(self) -> Option<u8> {
        self.parts().1
    }

    /// The English name, as the JSON and `version check` write it: `descriptor 3`,
    /// `level 2 description`, `learning activity`.
    pub fn name(self) -> Cow<'static, str> {
        let (kind, rank) = self.parts();
        match (self, rank) {
            (Field::LevelDescription(rank), _) => Cow::Owned(format!("level {rank} description")),
            (_, Some(rank)) => Cow::Owned(format!("{} {rank}", kind.name())),
            (_, None) => Cow::Borrowed(kind.name()),
        }
    }
}

impl FieldKind {
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
        assert_eq!(Field::Descriptor(3).name(), "descriptor 3");
        assert_eq!(Field::Level(2).name(), "level 2");
        assert_eq!(Field::LevelDescription(2).name(), "level 2 description");
        assert_eq!(Field::LearningActivity.name(), "learning activity");
        assert_eq!(Field::PublisherUrl.to_string(), "publisher url");
        assert_eq!(Field::Descriptor(5).kind(), FieldKind::Descriptor);
        assert_eq!(
            serde_json::to_string(&Field::RestrictedTo).unwrap(),
            "\"restricted to\""
        );
        assert_eq!(
            serde_json::to_string(&FieldKind::Descriptor).unwrap(),
            "\"descriptor\""
        );
    }
}
