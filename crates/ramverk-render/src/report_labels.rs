//! Words for score reports for people in the framework's language: Swedish, Danish or English.

use ramverk_assess::{GroupKind, Outcome};

use super::language::Language;

/// The fixed words of a score report for people. JSON and CSV keep their English keys.
pub struct ReportLabels {
    /// After the framework's title in the report's heading.
    pub assessment_figures: &'static str,
    /// Section headings: everyone, by area, by role, by unit, by competence.
    pub everyone: &'static str,
    pub by_area: &'static str,
    pub by_role: &'static str,
    pub by_unit: &'static str,
    pub by_competence: &'static str,
    /// The title of the group of everyone.
    pub all_persons: &'static str,
    /// What a group is, for a table's first column: any group, an area, a competence, a role,
    /// a unit.
    pub group: &'static str,
    pub area: &'static str,
    pub competence: &'static str,
    pub role: &'static str,
    pub unit: &'static str,
    /// The six figures: persons, mean rating, ratings with a need, persons with a need, high
    /// motivation, coverage.
    pub columns: [&'static str; 6],
    /// The same, at most ten characters each, for a terminal.
    pub short_columns: [&'static str; 6],
    /// The name of the built-in scoring rule.
    pub builtin_rule: &'static str,
    /// How the framework was scored, after its id and version: the rule, the privacy threshold.
    pub scored_with: fn(&str, u32) -> String,
    /// What a ratings file held: ratings, persons.
    pub ratings_of: fn(usize, usize) -> String,
    /// How many invalid rows were skipped.
    pub skipped: fn(u64) -> String,
    /// The current and the earlier round, in lower case.
    pub now: &'static str,
    pub before: &'static str,
    /// Where a change stands, after the earlier round's line.
    pub changes_in_parentheses: &'static str,
    /// A hidden group: too small to show, or hidden so that such a group cannot be worked out
    /// (which of the two is not said: that would narrow down the group's size).
    pub hidden: fn(u32) -> String,
    /// The same, short, for a Markdown table's cell.
    pub hidden_short: &'static str,
    /// What complementary suppression did, given the number of groups it hid.
    pub complementary: fn(usize) -> String,
    /// Outcomes of one competence of one person: met, need, not rated, not expected.
    pub met: &'static str,
    pub need: &'static str,
    pub not_rated: &'static str,
    pub not_expected: &'static str,
    /// The per-person section's heading.
    pub persons: &'static str,
    /// A person's needs and the steps below the expected levels.
    pub needs_and_gap: fn(u32, u32) -> String,
    /// Per-person columns: expected level, rating, outcome, learning activities.
    pub expected: &'static str,
    pub rating: &'static str,
    pub outcome: &'static str,
    pub learning_activities: &'static str,
    /// The HTML page's facts: framework, scoring rule, the ratings (one round), privacy.
    pub framework: &'static str,
    pub scoring_rule: &'static str,
    pub ratings: &'static str,
    pub privacy: &'static str,
    pub privacy_note: fn(u32) -> String,
    pub key_figures: &'static str,
    /// The unit of a change of a share, after the number: ` pp`.
    pub points: &'static str,
    pub areas_at_a_glance: &'static str,
    /// Chart captions: mean rating, share with a need, share with high motivation, per area.
    pub chart_mean: &'static str,
    pub chart_need: &'static str,
    pub chart_motivation: &'static str,
    /// Above a table comparing two rounds.
    pub changes_note: &'static str,
}

impl ReportLabels {
    /// The heading of the section of groups of a kind.
    pub fn section(&self, kind: GroupKind) -> &'static str {
        match kind {
            GroupKind::All => self.everyone,
            GroupKind::Area => self.by_area,
            GroupKind::Role => self.by_role,
            GroupKind::Unit => self.by_unit,
            GroupKind::Competence => self.by_competence,
        }
    }

    /// What one group of a kind is.
    pub fn kind(&self, kind: GroupKind) -> &'static str {
        match kind {
            GroupKind::All => self.group,
            GroupKind::Area => self.area,
            GroupKind::Competence => self.competence,
            GroupKind::Role => self.role,
            GroupKind::Unit => self.unit,
        }
    }

    /// An outcome in these words.
    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        match outcome {
            Outcome::Met => self.met,
            Outcome::Need => self.need,
            Outcome::NotRated => self.not_rated,
            Outcome::NotExpected => self.not_expected,
        }
    }
}

/// Labels for a BCP 47 tag; English for languages ramverk has no labels for.
pub fn for_language(tag: &str) -> &'static ReportLabels {
    match Language::of(tag) {
        Language::Swedish => &SV,
        Language::Danish => &DA,
        Language::English => &EN,
    }
}

const SV: ReportLabels = ReportLabels {
    assessment_figures: "resultat av kompetensskattningen",
    everyone: "Alla",
    by_area: "Per kompetensområde",
    by_role: "Per roll",
    by_unit: "Per enhet",
    by_competence: "Per kompetens",
    all_persons: "Alla personer",
    group: "grupp",
    area: "kompetensområde",
    competence: "kompetens",
    role: "roll",
    unit: "enhet",
    columns: [
        "personer",
        "medelvärde",
        "skattningar med behov",
        "personer med behov",
        "hög motivation",
        "täckningsgrad",
    ],
    short_columns: [
        "personer",
        "medel",
        "behov",
        "med behov",
        "hög mot.",
        "täckning",
    ],
    builtin_rule: "de inbyggda Stockholmsreglerna",
    scored_with: |rule, min_group| {
        format!(
            "beräknat med {rule}; grupper med färre än {min_group} personer visas inte, för att skydda enskilda"
        )
    },
    ratings_of: |ratings, persons| format!("{ratings} skattningar från {persons} personer"),
    skipped: |rows| format!("{rows} ogiltiga rader hoppades över"),
    now: "nu",
    before: "före",
    changes_in_parentheses: "förändring inom parentes, andelar i procentenheter",
    hidden: |min_group| {
        format!(
            "dold för att skydda enskilda (färre än {min_group} personer, eller en grupp som annars skulle avslöja en sådan)"
        )
    },
    hidden_short: "dold",
    complementary: |groups| {
        match groups {
        0 => "ingen dold grupp kan räknas fram ur de siffror som visas".to_string(),
        1 => "1 grupp till är dold så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)".to_string(),
        n => format!("{n} grupper till är dolda så att ingen dold grupp kan räknas fram ur de siffror som visas (sekundärt röjandeskydd)"),
    }
    },
    met: "uppnådd",
    need: "BEHOV",
    not_rated: "ej skattad",
    not_expected: "ej förväntad",
    persons: "Personer",
    needs_and_gap: |needs, gap| {
        format!("{needs} kompetensbehov, {gap} nivåsteg under förväntad nivå")
    },
    expected: "förväntad nivå",
    rating: "skattning",
    outcome: "resultat",
    learning_activities: "läraktiviteter",
    framework: "Ramverk",
    scoring_rule: "Beräkningsregel",
    ratings: "Skattningar",
    privacy: "Integritetsskydd",
    privacy_note: |min_group| {
        format!(
            "för grupper med färre än {min_group} personer visas inga siffror, för att skydda enskilda"
        )
    },
    key_figures: "Nyckeltal för alla",
    points: " p.e.",
    areas_at_a_glance: "Kompetensområdena i överblick",
    chart_mean: "Medelvärde per kompetensområde (1–5)",
    chart_need: "Andel skattningar med kompetensbehov per kompetensområde",
    chart_motivation: "Andel med hög motivation per kompetensområde",
    changes_note: "Förändring sedan föregående omgång inom parentes, för andelar i procentenheter (p.e.).",
};

const DA: ReportLabels = ReportLabels {
    assessment_figures: "resultater af kompetencevurderingen",
    everyone: "Alle",
    by_area: "Fordelt på kompetenceområder",
    by_role: "Fordelt på roller",
    by_unit: "Fordelt på enheder",
    by_competence: "Fordelt på kompetencer",
    all_persons: "Alle personer",
    group: "gruppe",
    area: "kompetenceområde",
    competence: "kompetence",
    role: "rolle",
    unit: "enhed",
    columns: [
        "personer",
        "gennemsnit",
        "vurderinger med behov",
        "personer med behov",
        "høj motivation",
        "dækningsgrad",
    ],
    short_columns: [
        "personer",
        "gnsn.",
        "behov",
        "med behov",
        "høj mot.",
        "dækning",
    ],
    builtin_rule: "de indbyggede Stockholm-regler",
    scored_with: |rule, min_group| {
        format!(
            "beregnet med {rule}; grupper med færre end {min_group} personer vises ikke for at beskytte enkeltpersoner"
        )
    },
    ratings_of: |ratings, persons| format!("{ratings} vurderinger fra {persons} personer"),
    skipped: |rows| format!("{rows} ugyldige rækker sprunget over"),
    now: "nu",
    before: "før",
    changes_in_parentheses: "ændring i parentes, andele i procentpoint",
    hidden: |min_group| {
        format!(
            "skjult for at beskytte enkeltpersoner (færre end {min_group} personer, eller en gruppe som ellers ville afsløre en sådan)"
        )
    },
    hidden_short: "skjult",
    complementary: |groups| {
        match groups {
        0 => "ingen skjult gruppe kan regnes ud af de viste tal".to_string(),
        1 => "1 gruppe mere er skjult, så ingen skjult gruppe kan regnes ud af de viste tal (sekundær diskretionering)".to_string(),
        n => format!("{n} grupper mere er skjult, så ingen skjult gruppe kan regnes ud af de viste tal (sekundær diskretionering)"),
    }
    },
    met: "opfyldt",
    need: "BEHOV",
    not_rated: "ikke vurderet",
    not_expected: "ikke forventet",
    persons: "Personer",
    needs_and_gap: |needs, gap| {
        format!("{needs} kompetencebehov, {gap} niveautrin under forventet niveau")
    },
    expected: "forventet niveau",
    rating: "vurdering",
    outcome: "resultat",
    learning_activities: "læringsaktiviteter",
    framework: "Rammeværk",
    scoring_rule: "Beregningsregel",
    ratings: "Vurderinger",
    privacy: "Databeskyttelse",
    privacy_note: |min_group| {
        format!(
            "for grupper med færre end {min_group} personer vises ingen tal for at beskytte enkeltpersoner"
        )
    },
    key_figures: "Nøgletal for alle",
    points: " pp",
    areas_at_a_glance: "Kompetenceområderne i overblik",
    chart_mean: "Gennemsnit pr. kompetenceområde (1–5)",
    chart_need: "Andel vurderinger med kompetencebehov pr. kompetenceområde",
    chart_motivation: "Andel med høj motivation pr. kompetenceområde",
    changes_note: "Ændring siden forrige runde i parentes, for andele i procentpoint (pp).",
};

/// English; also the words of the machine formats (the title of the group of everyone in CSV).
pub const EN: ReportLabels = ReportLabels {
    assessment_figures: "assessment figures",
    everyone: "Everyone",
    by_area: "By area",
    by_role: "By role",
    by_unit: "By unit",
    by_competence: "By competence",
    all_persons: "All persons",
    group: "group",
    area: "area",
    competence: "competence",
    role: "role",
    unit: "unit",
    columns: [
        "persons",
        "mean rating",
        "ratings with need",
        "persons with need",
        "high motivation",
        "coverage",
    ],
    short_columns: [
        "persons",
        "mean",
        "needs",
        "with need",
        "high mot.",
        "coverage",
    ],
    builtin_rule: "the built-in Stockholm rules",
    scored_with: |rule, min_group| {
        format!("scored with {rule}; groups under {min_group} persons suppressed")
    },
    ratings_of: |ratings, persons| format!("{ratings} ratings of {persons} persons"),
    skipped: |rows| format!("{rows} invalid rows skipped"),
    now: "now",
    before: "before",
    changes_in_parentheses: "changes in parentheses, percentage points",
    hidden: |min_group| {
        format!(
            "suppressed to protect individuals (fewer than {min_group} persons, or a group that would give such a group away)"
        )
    },
    hidden_short: "suppressed",
    complementary: |groups| {
        match groups {
        0 => "no suppressed group can be worked out from the figures shown".to_string(),
        1 => "1 more group suppressed so that no suppressed group can be worked out from the figures shown (complementary suppression)".to_string(),
        n => format!("{n} more groups suppressed so that no suppressed group can be worked out from the figures shown (complementary suppression)"),
    }
    },
    met: "met",
    need: "NEED",
    not_rated: "not rated",
    not_expected: "not expected",
    persons: "Persons",
    needs_and_gap: |needs, gap| format!("{needs} need(s), gap {gap}"),
    expected: "expected",
    rating: "rating",
    outcome: "outcome",
    learning_activities: "learning activities",
    framework: "Framework",
    scoring_rule: "Scoring rule",
    ratings: "Ratings",
    privacy: "Privacy",
    privacy_note: |min_group| {
        format!(
            "groups of fewer than {min_group} persons are suppressed: no figures are shown for them"
        )
    },
    key_figures: "Key figures for everyone",
    points: " pp",
    areas_at_a_glance: "Areas at a glance",
    chart_mean: "Mean rating per area (1–5)",
    chart_need: "Share of ratings with a need, per area",
    chart_motivation: "Share with high motivation, per area",
    changes_note: "Changes since the earlier round in parentheses, in percentage points for shares.",
};

#[cfg(test)]
mod tests {
    use super::{DA, EN, SV};

    #[test]
    fn short_columns_fit_the_terminal_table() {
        for labels in [&SV, &DA, &EN] {
            for column in labels.short_columns {
                assert!(column.chars().count() <= 10, "{column:?} is too wide");
            }
        }
    }
}
