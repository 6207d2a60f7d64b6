//! Words for review documents in the framework's language, from the Fluent messages (`diff-*`,
//! `section-*`, `field-*`, `value-*`, `status-*`).

use std::borrow::Cow;

use ramverk_review::diff::{ChangeKind, Diff, Field, FieldKind, Section};

use super::language::Language;
use super::messages::{Args, Messages};
use super::vocabulary::AreaWord;

/// The fixed words of a diff report, and the grammar that depends on what is counted.
pub struct Labels {
    messages: &'static Messages,
    area_word: AreaWord,
    pub changes_in: String,
    pub summary: String,
    pub no_changes: String,
    pub metadata: String,
    pub guidance: String,
    pub scales: String,
    pub areas: String,
    pub competences: String,
    pub statements: String,
    pub learning_outcomes: String,
    pub glossary: String,
    pub roles: String,
    pub profiles: String,
    pub expectations: String,
    pub not_applicable: String,
    pub field: String,
    pub before: String,
    pub after: String,
    pub competence: String,
}

/// Labels for a BCP 47 tag with the generic word for areas; English for languages ramverk has
/// no labels for.
pub fn for_language(tag: &str) -> Labels {
    Labels::new(Language::of(tag), AreaWord::Area)
}

/// Labels for a diff: in the new version's language, naming areas with its vocabulary's word.
pub fn for_diff(diff: &Diff) -> Labels {
    Labels::new(
        Language::of(&diff.new.language),
        AreaWord::of(diff.new.area_word.as_deref()),
    )
}

/// The message id of a section's title.
fn section_id(section: Section) -> &'static str {
    match section {
        Section::Guidance => "section-guidance",
        Section::Scales => "section-scales",
        Section::Areas => "section-areas",
        Section::Competences => "section-competences",
        Section::Statements => "section-statements",
        Section::LearningOutcomes => "section-learning-outcomes",
        Section::Glossary => "section-glossary",
        Section::Roles => "section-roles",
        Section::Profiles => "section-profiles",
    }
}

/// The message id of a change's participle, and of the same with its count.
fn change_ids(kind: ChangeKind) -> (&'static str, &'static str) {
    match kind {
        ChangeKind::Added => ("diff-added", "diff-count-added"),
        ChangeKind::Removed => ("diff-removed", "diff-count-removed"),
        ChangeKind::Changed => ("diff-changed", "diff-count-changed"),
        ChangeKind::Renumbered => ("diff-renumbered", "diff-count-renumbered"),
    }
}

/// What can be counted in a summary line: a change of an item, or an expected level that moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Change(ChangeKind),
    Raised,
    Lowered,
}

impl Labels {
    /// The words of `language`, naming areas with `areas`.
    pub fn new(language: Language, areas: AreaWord) -> Labels {
        let messages = Messages::of(language);
        let get = |id: &str| messages.format(id, Args::new().text("areas", areas.key()));
        Labels {
            messages,
            area_word: areas,
            changes_in: get("diff-changes-in"),
            summary: get("diff-summary"),
            no_changes: get("diff-no-changes"),
            metadata: get("section-metadata"),
            guidance: get("section-guidance"),
            scales: get("section-scales"),
            areas: get("section-areas"),
            competences: get("section-competences"),
            statements: get("section-statements"),
            learning_outcomes: get("section-learning-outcomes"),
            glossary: get("section-glossary"),
            roles: get("section-roles"),
            profiles: get("section-profiles"),
            expectations: get("section-expectations"),
            not_applicable: get("value-not-applicable"),
            field: get("diff-field"),
            before: get("diff-before"),
            after: get("diff-after"),
            competence: get("diff-competence"),
        }
    }

    /// The messages the labels come from.
    pub fn messages(&self) -> &'static Messages {
        self.messages
    }

    fn args(&self) -> Args<'static> {
        Args::new().text("areas", self.area_word.key())
    }

    /// A section's title.
    pub fn section(&self, section: Section) -> &str {
        match section {
            Section::Guidance => &self.guidance,
            Section::Scales => &self.scales,
            Section::Areas => &self.areas,
            Section::Competences => &self.competences,
            Section::Statements => &self.statements,
            Section::LearningOutcomes => &self.learning_outcomes,
            Section::Glossary => &self.glossary,
            Section::Roles => &self.roles,
            Section::Profiles => &self.profiles,
        }
    }

    /// The grammatical gender of a noun message (`common` or `neuter`).
    fn gender(&self, id: &str) -> String {
        self.messages.format(&format!("{id}.gender"), self.args())
    }

    /// The gender of a section's items.
    fn section_gender(&self, section: Section) -> String {
        self.gender(section_id(section))
    }

    /// What happened to one item of a section: `tillagt` for an area, `tillagd` for a competence.
    pub fn item_change(&self, kind: ChangeKind, section: Section) -> String {
        let gender = self.section_gender(section);
        self.messages.format(
            change_ids(kind).0,
            Args::new().count("count", 1).text("gender", gender),
        )
    }

    /// What happened to one field: `tillagt` for an example, `tillagd` for a definition.
    pub fn field_change(&self, kind: ChangeKind, field: Field) -> String {
        let gender = self.gender(field_id(field));
        self.messages.format(
            change_ids(kind).0,
            Args::new().count("count", 1).text("gender", gender),
        )
    }

    /// A count with its participle for a section's items (`None`: the framework's own fields,
    /// the expected levels use [`Labels::counted_expectations`]): `3 tillagda`, `1 tillagt`.
    pub fn counted(&self, what: Counted, count: usize, section: Option<Section>) -> String {
        let gender = match section {
            Some(section) => self.section_gender(section),
            None => self.gender("section-metadata"),
        };
        self.count_message(what, count, gender)
    }

    /// A count of expected levels with its participle: `2 höjda`, `1 sänkt`.
    pub fn counted_expectations(&self, what: Counted, count: usize) -> String {
        let gender = self.gender("section-expectations");
        self.count_message(what, count, gender)
    }

    fn count_message(&self, what: Counted, count: usize, gender: String) -> String {
        let id = match what {
            Counted::Change(kind) => change_ids(kind).1,
            Counted::Raised => "diff-count-raised",
            Counted::Lowered => "diff-count-lowered",
        };
        self.messages
            .format(id, Args::new().count("count", count).text("gender", gender))
    }

    /// How often a competence field changed: `tillagt i 2 kompetenser` (for `exempel`).
    pub fn in_competences(&self, kind: ChangeKind, field: FieldKind, count: usize) -> String {
        let change = self.field_change(kind, Field::from(field));
        self.messages.format(
            "diff-in-competences",
            Args::new().text("change", change).count("count", count),
        )
    }

    /// A field's name (`descriptor 3`, `example`).
    pub fn field_name(&self, field: Field) -> String {
        let args = match field.rank() {
            Some(rank) => self.args().number("rank", rank),
            None => self.args(),
        };
        self.messages.format(field_id(field), args)
    }

    /// A field's name without its rank (`descriptor`, `example`).
    pub fn field_kind_name(&self, kind: FieldKind) -> String {
        self.messages.format(kind_id(kind), self.args())
    }

    /// A field's value as the report shows it: yes/no settings and a framework's status in the
    /// report's words, every other text as it is.
    pub fn value<'a>(&self, kind: FieldKind, text: &'a str) -> Cow<'a, str> {
        match value_id(kind, text) {
            Some(id) => Cow::Owned(self.messages.get(id)),
            None => Cow::Borrowed(text),
        }
    }
}

/// The message id of a field's value, for the values the diff writes as fixed English words
/// (`yes`, `no`, `draft`, `knowledge` …); `None` for texts from the framework.
pub fn value_id(kind: FieldKind, text: &str) -> Option<&'static str> {
    match (kind, text) {
        (FieldKind::Cumulative | FieldKind::RequiresDescriptors, "yes") => Some("value-yes"),
        (FieldKind::Cumulative | FieldKind::RequiresDescriptors, "no") => Some("value-no"),
        (FieldKind::Status, "draft") => Some("status-draft"),
        (FieldKind::Status, "adopted") => Some("status-adopted"),
        (FieldKind::Status, "deprecated") => Some("status-deprecated"),
        (FieldKind::Dimension, "knowledge") => Some("value-knowledge"),
        (FieldKind::Dimension, "skill") => Some("value-skill"),
        (FieldKind::Dimension, "attitude") => Some("value-attitude"),
        _ => None,
    }
}

/// Whether a field's values are fixed words that [`Labels::value`] translates.
pub fn has_translated_values(kind: FieldKind) -> bool {
    matches!(
        kind,
        FieldKind::Cumulative
            | FieldKind::RequiresDescriptors
            | FieldKind::Status
            | FieldKind::Dimension
    )
}

/// A diff field's name (`descriptor 3`, `example`) in the report's language.
pub fn field_name(language: &str, field: Field) -> String {
    for_language(language).field_name(field)
}

/// A diff field's name without its rank (`descriptor`, `example`) in the report's language.
pub fn field_kind_name(language: &str, kind: FieldKind) -> String {
    for_language(language).field_kind_name(kind)
}

/// The message id of a field's name, with its rank when it has one.
fn field_id(field: Field) -> &'static str {
    match (field.kind(), field.rank()) {
        (FieldKind::Descriptor, Some(_)) => "field-descriptor-ranked",
        (FieldKind::Level, Some(_)) => "field-level-ranked",
        (FieldKind::LevelDescription, Some(_)) => "field-level-description-ranked",
        (FieldKind::LevelPurpose, Some(_)) => "field-level-purpose-ranked",
        (FieldKind::Step, Some(_)) => "field-step-ranked",
        (FieldKind::StepDescription, Some(_)) => "field-step-description-ranked",
        (FieldKind::StepEquivalent, Some(_)) => "field-step-equivalent-ranked",
        (FieldKind::StepLevel, Some(_)) => "field-step-level-ranked",
        (kind, _) => kind_id(kind),
    }
}

/// The message id of a field's name without its rank.
fn kind_id(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Title => "field-title",
        FieldKind::Description => "field-description",
        FieldKind::Text => "field-text",
        FieldKind::Area => "field-area",
        FieldKind::Parent => "field-parent",
        FieldKind::Definition => "field-definition",
        FieldKind::Example => "field-example",
        FieldKind::Descriptor => "field-descriptor",
        FieldKind::LearningActivity => "field-learning-activity",
        FieldKind::Motivation => "field-motivation",
        FieldKind::RestrictedTo => "field-restricted-to",
        FieldKind::Level => "field-level",
        FieldKind::LevelDescription => "field-level-description",
        FieldKind::LevelPurpose => "field-level-purpose",
        FieldKind::Step => "field-step",
        FieldKind::StepDescription => "field-step-description",
        FieldKind::StepEquivalent => "field-step-equivalent",
        FieldKind::StepLevel => "field-step-level",
        FieldKind::Equivalents => "field-equivalents",
        FieldKind::NotRated => "field-not-rated",
        FieldKind::Cumulative => "field-cumulative",
        FieldKind::RequiresDescriptors => "field-requires-descriptors",
        FieldKind::Unit => "field-unit",
        FieldKind::Id => "field-id",
        FieldKind::Version => "field-version",
        FieldKind::Language => "field-language",
        FieldKind::Status => "field-status",
        FieldKind::Adopted => "field-adopted",
        FieldKind::Publisher => "field-publisher",
        FieldKind::PublisherUnit => "field-publisher-unit",
        FieldKind::PublisherUrl => "field-publisher-url",
        FieldKind::RatingScale => "field-rating-scale",
        FieldKind::MotivationScale => "field-motivation-scale",
        FieldKind::Vocabulary => "field-vocabulary",
        FieldKind::Source => "field-source",
        FieldKind::Correction => "field-correction",
        FieldKind::Note => "field-note",
        FieldKind::Competence => "field-competence",
        FieldKind::Labels => "field-labels",
        FieldKind::Dimension => "field-dimension",
        FieldKind::Term => "field-term",
        FieldKind::Explanation => "field-explanation",
        FieldKind::Licence => "field-licence",
        FieldKind::LicenceAttribution => "field-licence-attribution",
        FieldKind::LicenceUrl => "field-licence-url",
        FieldKind::LicenceNotice => "field-licence-notice",
    }
}

#[cfg(test)]
mod tests {
    use ramverk_review::diff::{ChangeKind, Field, FieldKind, Section};

    use super::{Counted, Labels, field_kind_name, field_name};
    use crate::language::Language;
    use crate::vocabulary::AreaWord;

    #[test]
    fn fields_are_named_in_the_report_language() {
        assert_eq!(
            field_name("sv", Field::ranked(FieldKind::Descriptor, 3)),
            "nivåbeskrivning 3"
        );
        assert_eq!(
            field_name("da-DK", Field::ranked(FieldKind::Level, 2)),
            "niveau 2"
        );
        assert_eq!(
            field_name("nb", Field::ranked(FieldKind::Level, 2)),
            "level 2"
        );
        assert_eq!(
            field_name("en", Field::from(FieldKind::PublisherUrl)),
            "publisher url"
        );
        assert_eq!(field_name("sv", Field::from(FieldKind::Id)), "id");
        assert_eq!(
            field_kind_name("da", FieldKind::Descriptor),
            "niveaubeskrivelse"
        );
    }

    #[test]
    fn a_level_description_is_named_with_its_level() {
        assert_eq!(
            field_name("sv", Field::ranked(FieldKind::LevelDescription, 2)),
            "beskrivning av nivå 2"
        );
        assert_eq!(
            field_name("da", Field::ranked(FieldKind::LevelDescription, 2)),
            "beskrivelse af niveau 2"
        );
        assert_eq!(
            field_name("en", Field::ranked(FieldKind::LevelDescription, 2)),
            "level 2 description"
        );
    }

    /// Every section and every field has a gender in every language, so that no participle
    /// falls back to the common gender by a missing attribute.
    #[test]
    fn every_noun_has_a_gender() {
        use super::{kind_id, section_id};
        let kinds = [
            FieldKind::Title,
            FieldKind::Description,
            FieldKind::Text,
            FieldKind::Area,
            FieldKind::Parent,
            FieldKind::Definition,
            FieldKind::Example,
            FieldKind::Descriptor,
            FieldKind::LearningActivity,
            FieldKind::Motivation,
            FieldKind::RestrictedTo,
            FieldKind::Level,
            FieldKind::LevelDescription,
            FieldKind::LevelPurpose,
            FieldKind::Step,
            FieldKind::StepDescription,
            FieldKind::StepEquivalent,
            FieldKind::StepLevel,
            FieldKind::Equivalents,
            FieldKind::NotRated,
            FieldKind::Cumulative,
            FieldKind::RequiresDescriptors,
            FieldKind::Unit,
            FieldKind::Id,
            FieldKind::Version,
            FieldKind::Language,
            FieldKind::Status,
            FieldKind::Adopted,
            FieldKind::Publisher,
            FieldKind::PublisherUnit,
            FieldKind::PublisherUrl,
            FieldKind::RatingScale,
            FieldKind::MotivationScale,
            FieldKind::Vocabulary,
            FieldKind::Source,
            FieldKind::Correction,
            FieldKind::Note,
            FieldKind::Competence,
            FieldKind::Labels,
            FieldKind::Dimension,
            FieldKind::Term,
            FieldKind::Explanation,
            FieldKind::Licence,
            FieldKind::LicenceAttribution,
            FieldKind::LicenceUrl,
            FieldKind::LicenceNotice,
        ];
        let ranked = [
            "field-descriptor-ranked",
            "field-level-ranked",
            "field-level-description-ranked",
            "field-level-purpose-ranked",
            "field-step-ranked",
            "field-step-description-ranked",
            "field-step-equivalent-ranked",
            "field-step-level-ranked",
        ];
        let ids = Section::ALL
            .into_iter()
            .map(section_id)
            .chain(["section-metadata", "section-expectations"])
            .chain(kinds.into_iter().map(kind_id))
            .chain(ranked);
        for id in ids {
            for language in Language::ALL {
                for areas in AreaWord::ALL {
                    let labels = Labels::new(language, areas);
                    let gender = labels.gender(id);
                    assert!(
                        gender == "common" || gender == "neuter",
                        "{language:?} {id}: {gender}"
                    );
                }
            }
        }
    }

    /// L-1: Swedish participles agree with the gender of what they describe.
    #[test]
    fn swedish_participles_agree_with_the_noun() {
        let sv = Labels::new(Language::Swedish, AreaWord::Area);
        let added = Counted::Change(ChangeKind::Added);
        assert_eq!(sv.counted(added, 1, Some(Section::Areas)), "1 tillagt");
        assert_eq!(sv.counted(added, 2, Some(Section::Areas)), "2 tillagda");
        assert_eq!(
            sv.counted(added, 1, Some(Section::Competences)),
            "1 tillagd"
        );
        let removed = Counted::Change(ChangeKind::Removed);
        assert_eq!(sv.counted(removed, 1, Some(Section::Areas)), "1 borttaget");
        let renumbered = Counted::Change(ChangeKind::Renumbered);
        assert_eq!(
            sv.counted(renumbered, 1, Some(Section::Areas)),
            "1 omnumrerat"
        );
        assert_eq!(
            sv.item_change(ChangeKind::Changed, Section::Areas),
            "ändrat"
        );
        assert_eq!(
            sv.item_change(ChangeKind::Changed, Section::Roles),
            "ändrad"
        );
        for kind in [
            FieldKind::Example,
            FieldKind::Area,
            FieldKind::Language,
            FieldKind::Vocabulary,
        ] {
            assert_eq!(
                sv.field_change(ChangeKind::Added, Field::from(kind)),
                "tillagt",
                "{kind}"
            );
        }
        assert_eq!(
            sv.field_change(ChangeKind::Added, Field::from(FieldKind::Definition)),
            "tillagd"
        );
        assert_eq!(
            sv.in_competences(ChangeKind::Added, FieldKind::Example, 2),
            "tillagt i 2 kompetenser"
        );
        assert_eq!(sv.counted_expectations(Counted::Raised, 1), "1 höjd");
        assert_eq!(sv.counted_expectations(Counted::Lowered, 3), "3 sänkta");
        // Danish -et participles do not inflect for gender, only for number.
        let da = Labels::new(Language::Danish, AreaWord::Area);
        assert_eq!(da.counted(added, 1, Some(Section::Areas)), "1 tilføjet");
        assert_eq!(da.counted(added, 2, Some(Section::Areas)), "2 tilføjede");
    }

    /// L-2: one competence is singular.
    #[test]
    fn a_field_changed_in_one_competence_is_singular() {
        let cases = [
            (
                Language::Swedish,
                "ändrad i 1 kompetens",
                "ändrad i 2 kompetenser",
            ),
            (
                Language::Danish,
                "ændret i 1 kompetence",
                "ændret i 2 kompetencer",
            ),
            (
                Language::English,
                "changed in 1 competence",
                "changed in 2 competences",
            ),
        ];
        for (language, one, two) in cases {
            let labels = Labels::new(language, AreaWord::Area);
            assert_eq!(
                labels.in_competences(ChangeKind::Changed, FieldKind::Definition, 1),
                one
            );
            assert_eq!(
                labels.in_competences(ChangeKind::Changed, FieldKind::Definition, 2),
                two
            );
        }
    }

    /// L-5: the areas are named with the framework's word: dimensions for KL, otherwise the
    /// language's word for a competence area.
    #[test]
    fn areas_follow_the_framework_vocabulary() {
        let kl = Labels::new(Language::Danish, AreaWord::Dimension);
        assert_eq!(kl.section(Section::Areas), "Dimensioner");
        assert_eq!(kl.field_name(Field::from(FieldKind::Area)), "dimension");
        let stockholm_da = Labels::new(Language::Danish, AreaWord::Area);
        assert_eq!(stockholm_da.section(Section::Areas), "Kompetenceområder");
        assert_eq!(
            stockholm_da.field_name(Field::from(FieldKind::Area)),
            "kompetenceområde"
        );
        // A Swedish dimension is common gender: the participle follows the word.
        let sv = Labels::new(Language::Swedish, AreaWord::Dimension);
        assert_eq!(
            sv.counted(Counted::Change(ChangeKind::Added), 1, Some(Section::Areas)),
            "1 tillagd"
        );
    }

    /// Competence statements, learning outcomes and the glossary in the words an HR reader uses,
    /// with participles that agree: ett påstående, ett lärandemål, en term.
    #[test]
    fn statements_outcomes_and_glossary_in_every_language() {
        let cases = [
            (
                Language::Swedish,
                ["Kompetenspåståenden", "Lärandemål", "Ordlista"],
                ["1 tillagt", "1 borttaget", "1 tillagd"],
            ),
            (
                Language::Danish,
                ["Kompetenceudsagn", "Læringsudbytte", "Ordliste"],
                ["1 tilføjet", "1 fjernet", "1 tilføjet"],
            ),
            (
                Language::English,
                ["Competence statements", "Learning outcomes", "Glossary"],
                ["1 added", "1 removed", "1 added"],
            ),
        ];
        for (language, titles, counts) in cases {
            let labels = Labels::new(language, AreaWord::Area);
            let sections = [
                Section::Statements,
                Section::LearningOutcomes,
                Section::Glossary,
            ];
            assert_eq!(sections.map(|s| labels.section(s).to_owned()), titles);
            let kinds = [ChangeKind::Added, ChangeKind::Removed, ChangeKind::Added];
            let counted: Vec<String> = sections
                .iter()
                .zip(kinds)
                .map(|(section, kind)| labels.counted(Counted::Change(kind), 1, Some(*section)))
                .collect();
            assert_eq!(counted, counts, "{language:?}");
        }
        let sv = Labels::new(Language::Swedish, AreaWord::Area);
        assert_eq!(
            sv.field_name(Field::ranked(FieldKind::StepEquivalent, 3)),
            "motsvarande nivå för steg 3"
        );
        assert_eq!(
            sv.field_name(Field::ranked(FieldKind::LevelPurpose, 1)),
            "syfte med nivå 1"
        );
        // A statement's level has no rank: it is the level.
        assert_eq!(sv.field_name(Field::from(FieldKind::Level)), "nivå");
        assert_eq!(
            sv.field_change(ChangeKind::Added, Field::from(FieldKind::LicenceNotice)),
            "tillagt"
        );
        assert_eq!(
            sv.value(FieldKind::Dimension, "attitude"),
            "förhållningssätt"
        );
        let da = Labels::new(Language::Danish, AreaWord::Area);
        assert_eq!(da.field_name(Field::ranked(FieldKind::Step, 4)), "trin 4");
        assert_eq!(da.value(FieldKind::Dimension, "skill"), "færdighed");
        let en = Labels::new(Language::English, AreaWord::Area);
        assert_eq!(
            en.field_name(Field::ranked(FieldKind::StepDescription, 2)),
            "step 2 description"
        );
    }

    /// L-9: one English term for kompetensprofil.
    #[test]
    fn role_profiles_in_english() {
        let en = Labels::new(Language::English, AreaWord::Area);
        assert_eq!(en.section(Section::Profiles), "Role profiles");
    }

    /// L-10: yes/no settings and status values in the report's language.
    #[test]
    fn fixed_values_are_translated() {
        let sv = Labels::new(Language::Swedish, AreaWord::Area);
        assert_eq!(sv.value(FieldKind::RequiresDescriptors, "no"), "nej");
        assert_eq!(sv.value(FieldKind::Cumulative, "yes"), "ja");
        assert_eq!(sv.value(FieldKind::Status, "deprecated"), "avvecklat");
        assert_eq!(sv.value(FieldKind::Status, "adopted"), "fastställt");
        let da = Labels::new(Language::Danish, AreaWord::Area);
        assert_eq!(da.value(FieldKind::Status, "adopted"), "vedtaget");
        assert_eq!(da.value(FieldKind::RequiresDescriptors, "yes"), "ja");
        // A text from the framework is not a fixed word, even when it reads like one.
        assert_eq!(sv.value(FieldKind::Title, "no"), "no");
    }
}
