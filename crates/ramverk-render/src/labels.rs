//! Words for review documents in the framework's language: Swedish, Danish or English.

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
    match super::language::Language::of(tag) {
        super::language::Language::Swedish => &SV,
        super::language::Language::Danish => &DA,
        super::language::Language::English => &EN,
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

/// A diff field name (`descriptor 3`, `example`) in the report's language.
pub fn field_name(language: &str, field: &str) -> String {
    let (base, number) = match field.rsplit_once(' ') {
        Some((base, n)) if n.chars().all(|c| c.is_ascii_digit()) => (base, Some(n)),
        _ => (field, None),
    };
    let words: &[(&str, &str, &str)] = &[
        ("title", "titel", "titel"),
        ("definition", "definition", "definition"),
        ("description", "beskrivning", "beskrivelse"),
        ("example", "exempel", "eksempel"),
        ("descriptor", "nivåbeskrivning", "niveaubeskrivelse"),
        ("learning activity", "läraktivitet", "læringsaktivitet"),
        ("area", "kompetensområde", "dimension"),
        ("parent", "överordnad kompetens", "overordnet kompetence"),
        ("motivation", "motivation", "motivation"),
        ("restricted to", "endast för", "kun for"),
        ("level", "nivå", "niveau"),
        (
            "level description",
            "nivåns beskrivning",
            "niveauets beskrivelse",
        ),
        ("not rated", "ej skattad", "ikke vurderet"),
        ("cumulative", "trappa", "trappe"),
        (
            "requires descriptors",
            "kräver nivåbeskrivningar",
            "kræver niveaubeskrivelser",
        ),
        ("unit", "enhet", "enhed"),
        ("text", "text", "tekst"),
        ("version", "version", "version"),
        ("status", "status", "status"),
        ("adopted", "fastställd", "vedtaget"),
        ("language", "språk", "sprog"),
        ("publisher", "utgivare", "udgiver"),
        ("publisher unit", "utgivarens enhet", "udgiverens enhed"),
        (
            "publisher url",
            "utgivarens webbplats",
            "udgiverens websted",
        ),
        ("rating scale", "skattningsskala", "vurderingsskala"),
        ("motivation scale", "motivationsskala", "motivationsskala"),
        ("vocabulary", "begrepp", "begreber"),
        ("source", "källa", "kilde"),
        ("correction", "rättelse", "rettelse"),
        ("note", "anteckning", "note"),
    ];
    let translated = words
        .iter()
        .find(|(en, _, _)| *en == base)
        .map_or(base, |(en, sv, da)| match language.split('-').next() {
            Some("sv") => sv,
            Some("da") => da,
            _ => en,
        });
    match number {
        Some(n) => format!("{translated} {n}"),
        None => translated.to_owned(),
    }
}
