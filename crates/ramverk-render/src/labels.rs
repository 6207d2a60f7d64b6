//! Words for review documents in the framework's language: Swedish, Danish or English.

use ramverk_review::diff::{Field, FieldKind};

use super::language::Language;

/// The fixed words of a diff report.
pub struct Labels {
    pub changes_in: &'static str,
    pub summary: &'static str,
    pub no_changes: &'static str,
    pub metadata: &'static str,
    pub guidance: &'static str,
    pub scales: &'static str,
    pub areas: &'static str,
    pub competences: &'static str,
    pub roles: &'static str,
    pub profiles: &'static str,
    pub expectations: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub changed: &'static str,
    pub renumbered: &'static str,
    pub raised: &'static str,
    pub lowered: &'static str,
    pub not_applicable: &'static str,
    pub field: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub competence: &'static str,
    pub in_competences: &'static str,
    /// Plural participles for counts: added, removed, changed, renumbered.
    pub plural: [&'static str; 4],
    pub in_word: &'static str,
    /// Plural participles for raised and lowered.
    pub plural_moves: [&'static str; 2],
}

/// Labels for a BCP 47 tag; English for languages ramverk has no labels for.
pub fn for_language(tag: &str) -> &'static Labels {
    match Language::of(tag) {
        Language::Swedish => &SV,
        Language::Danish => &DA,
        Language::English => &EN,
    }
}

const SV: Labels = Labels {
    changes_in: "Ändringar i",
    summary: "Sammanfattning",
    no_changes: "Inga ändringar i innehållet.",
    metadata: "Uppgifter om ramverket",
    guidance: "Utgångspunkter",
    scales: "Skalor",
    areas: "Kompetensområden",
    competences: "Kompetenser",
    roles: "Roller",
    profiles: "Kompetensprofiler",
    expectations: "Förväntad nivå för roll",
    added: "tillagd",
    removed: "borttagen",
    changed: "ändrad",
    renumbered: "omnumrerad",
    raised: "höjd",
    lowered: "sänkt",
    not_applicable: "ej relevant",
    field: "Fält",
    before: "Före",
    after: "Efter",
    competence: "Kompetens",
    in_competences: "kompetenser",
    plural: ["tillagda", "borttagna", "ändrade", "omnumrerade"],
    in_word: "i",
    plural_moves: ["höjda", "sänkta"],
};

const DA: Labels = Labels {
    changes_in: "Ændringer i",
    summary: "Sammenfatning",
    no_changes: "Ingen ændringer i indholdet.",
    metadata: "Oplysninger om rammeværket",
    guidance: "Principper",
    scales: "Skalaer",
    areas: "Dimensioner",
    competences: "Kompetencer",
    roles: "Roller",
    profiles: "Kompetenceprofiler",
    expectations: "Forventet niveau for rolle",
    added: "tilføjet",
    removed: "fjernet",
    changed: "ændret",
    renumbered: "omnummereret",
    raised: "hævet",
    lowered: "sænket",
    not_applicable: "ikke relevant",
    field: "Felt",
    before: "Før",
    after: "Efter",
    competence: "Kompetence",
    in_competences: "kompetencer",
    plural: ["tilføjede", "fjernede", "ændrede", "omnummererede"],
    in_word: "i",
    plural_moves: ["hævede", "sænkede"],
};

const EN: Labels = Labels {
    changes_in: "Changes in",
    summary: "Summary",
    no_changes: "No changes in content.",
    metadata: "About the framework",
    guidance: "Guiding principles",
    scales: "Scales",
    areas: "Areas",
    competences: "Competences",
    roles: "Roles",
    profiles: "Role profiles",
    expectations: "Expected level for role",
    added: "added",
    removed: "removed",
    changed: "changed",
    renumbered: "renumbered",
    raised: "raised",
    lowered: "lowered",
    not_applicable: "not applicable",
    field: "Field",
    before: "Before",
    after: "After",
    competence: "Competence",
    in_competences: "competences",
    plural: ["added", "removed", "changed", "renumbered"],
    in_word: "in",
    plural_moves: ["raised", "lowered"],
};

/// A diff field's name (`descriptor 3`, `example`) in the report's language.
pub fn field_name(language: &str, field: Field) -> String {
    let language = Language::of(language);
    let word = kind_name(language, field.kind());
    match (field.kind(), field.rank()) {
        (FieldKind::LevelDescription, Some(rank)) => match language {
            Language::Swedish => format!("beskrivning av nivå {rank}"),
            Language::Danish => format!("beskrivelse af niveau {rank}"),
            Language::English => format!("level {rank} description"),
        },
        (_, Some(rank)) => format!("{word} {rank}"),
        (_, None) => word.to_owned(),
    }
}

/// A diff field's name without its rank (`descriptor`, `example`) in the report's language.
pub fn field_kind_name(language: &str, kind: FieldKind) -> &'static str {
    kind_name(Language::of(language), kind)
}

fn kind_name(language: Language, kind: FieldKind) -> &'static str {
    let [sv, da, en] = field_words(kind);
    match language {
        Language::Swedish => sv,
        Language::Danish => da,
        Language::English => en,
    }
}

/// A field's word in Swedish, Danish and English.
fn field_words(kind: FieldKind) -> [&'static str; 3] {
    match kind {
        FieldKind::Title => ["titel", "titel", "title"],
        FieldKind::Definition => ["definition", "definition", "definition"],
        FieldKind::Description => ["beskrivning", "beskrivelse", "description"],
        FieldKind::Example => ["exempel", "eksempel", "example"],
        FieldKind::Descriptor => ["nivåbeskrivning", "niveaubeskrivelse", "descriptor"],
        FieldKind::LearningActivity => ["läraktivitet", "læringsaktivitet", "learning activity"],
        FieldKind::Area => ["kompetensområde", "dimension", "area"],
        FieldKind::Parent => ["överordnad kompetens", "overordnet kompetence", "parent"],
        FieldKind::Motivation => ["motivation", "motivation", "motivation"],
        FieldKind::RestrictedTo => ["endast för", "kun for", "restricted to"],
        FieldKind::Level => ["nivå", "niveau", "level"],
        FieldKind::LevelDescription => [
            "nivåns beskrivning",
            "niveauets beskrivelse",
            "level description",
        ],
        FieldKind::NotRated => ["ej skattad", "ikke vurderet", "not rated"],
        FieldKind::Cumulative => ["trappa", "trappe", "cumulative"],
        FieldKind::RequiresDescriptors => [
            "kräver nivåbeskrivningar",
            "kræver niveaubeskrivelser",
            "requires descriptors",
        ],
        FieldKind::Unit => ["enhet", "enhed", "unit"],
        FieldKind::Text => ["text", "tekst", "text"],
        FieldKind::Id => ["id", "id", "id"],
        FieldKind::Version => ["version", "version", "version"],
        FieldKind::Status => ["status", "status", "status"],
        FieldKind::Adopted => ["fastställd", "vedtaget", "adopted"],
        FieldKind::Language => ["språk", "sprog", "language"],
        FieldKind::Publisher => ["utgivare", "udgiver", "publisher"],
        FieldKind::PublisherUnit => ["utgivarens enhet", "udgiverens enhed", "publisher unit"],
        FieldKind::PublisherUrl => [
            "utgivarens webbplats",
            "udgiverens websted",
            "publisher url",
        ],
        FieldKind::RatingScale => ["skattningsskala", "vurderingsskala", "rating scale"],
        FieldKind::MotivationScale => ["motivationsskala", "motivationsskala", "motivation scale"],
        FieldKind::Vocabulary => ["begrepp", "begreber", "vocabulary"],
        FieldKind::Source => ["källa", "kilde", "source"],
        FieldKind::Correction => ["rättelse", "rettelse", "correction"],
        FieldKind::Note => ["anteckning", "note", "note"],
    }
}

#[cfg(test)]
mod tests {
    use ramverk_review::diff::{Field, FieldKind};

    use super::{field_kind_name, field_name};

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
}
