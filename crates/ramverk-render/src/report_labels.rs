//! Words for score reports for people in the framework's language (Swedish, Danish or English),
//! from the Fluent messages `score-*`.

use std::sync::LazyLock;

use ramverk_assess::{GroupKind, Outcome};
use ramverk_model::Framework;

use super::language::Language;
use super::messages::{Args, Messages};
use super::vocabulary::AreaWord;

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

/// Labels for a BCP 47 tag, with the generic word for areas; English for languages ramverk has
/// no labels for.
pub fn for_language(tag: &str) -> &'static ReportLabels {
    for_words(Language::of(tag), AreaWord::Area)
}

/// Labels for a framework's report: its language, and its vocabulary's word for areas.
pub fn for_framework(framework: &Framework) -> &'static ReportLabels {
    for_words(
        Language::of(&framework.language),
        AreaWord::of_framework(framework),
    )
}

/// The labels of `language` that name areas with `areas`.
pub fn for_words(language: Language, areas: AreaWord) -> &'static ReportLabels {
    // Built once from the Fluent messages: one set per language and word for areas, kept for
    // the life of the process (their texts are `'static`, like the tables they replace).
    static ALL: LazyLock<[[ReportLabels; 2]; 3]> = LazyLock::new(|| {
        let each = |build: fn(AreaWord) -> ReportLabels| AreaWord::ALL.map(build);
        [each(build::<0>), each(build::<1>), each(build::<2>)]
    });
    &ALL[language.index()][areas.index()]
}

/// English; also the words of the machine formats (the title of the group of everyone in CSV).
pub static EN: LazyLock<ReportLabels> = LazyLock::new(|| build::<2>(AreaWord::Area));

/// The messages of the language at `L` in [`Language::ALL`].
fn messages<const L: usize>() -> &'static Messages {
    Messages::of(Language::ALL[L])
}

/// The labels of the language at `L` in [`Language::ALL`], from its messages (`score-*`).
fn build<const L: usize>(areas: AreaWord) -> ReportLabels {
    let text = |id: &str| -> &'static str {
        messages::<L>()
            .format(id, Args::new().text("areas", areas.key()))
            .leak()
    };
    ReportLabels {
        assessment_figures: text("score-heading"),
        everyone: text("score-everyone"),
        by_area: text("score-by-area"),
        by_role: text("score-by-role"),
        by_unit: text("score-by-unit"),
        by_competence: text("score-by-competence"),
        all_persons: text("score-all-persons"),
        group: text("score-group"),
        area: text("score-area"),
        competence: text("score-competence"),
        role: text("score-role"),
        unit: text("score-unit"),
        columns: [
            "score-column-persons",
            "score-column-mean",
            "score-column-need",
            "score-column-persons-with-need",
            "score-column-high-motivation",
            "score-column-coverage",
        ]
        .map(text),
        short_columns: [
            "score-short-persons",
            "score-short-mean",
            "score-short-need",
            "score-short-persons-with-need",
            "score-short-high-motivation",
            "score-short-coverage",
        ]
        .map(text),
        builtin_rule: text("score-builtin-rule"),
        scored_with: scored_with::<L>,
        ratings_of: ratings_of::<L>,
        skipped: skipped::<L>,
        now: text("score-now"),
        before: text("score-before"),
        changes_in_parentheses: text("score-changes-in-parentheses"),
        hidden: hidden::<L>,
        hidden_short: text("score-hidden-short"),
        complementary: complementary::<L>,
        met: text("score-met"),
        need: text("score-need"),
        not_rated: text("score-not-rated"),
        not_expected: text("score-not-expected"),
        persons: text("score-persons"),
        needs_and_gap: needs_and_gap::<L>,
        expected: text("score-expected"),
        rating: text("score-rating"),
        outcome: text("score-outcome"),
        learning_activities: text("score-learning-activities"),
        framework: text("score-framework"),
        scoring_rule: text("score-scoring-rule"),
        ratings: text("score-ratings"),
        privacy: text("score-privacy"),
        privacy_note: privacy_note::<L>,
        key_figures: text("score-key-figures"),
        points: format!(" {}", text("score-points")).leak(),
        areas_at_a_glance: text("score-areas-at-a-glance"),
        chart_mean: text("score-chart-mean"),
        chart_need: text("score-chart-need"),
        chart_motivation: text("score-chart-motivation"),
        changes_note: text("score-changes-note"),
    }
}

fn scored_with<const L: usize>(rule: &str, min_group: u32) -> String {
    messages::<L>().format(
        "score-scored-with",
        Args::new()
            .text("rule", rule.to_owned())
            .number("min_group", min_group),
    )
}

fn ratings_of<const L: usize>(ratings: usize, persons: usize) -> String {
    messages::<L>().format(
        "score-ratings-from",
        Args::new()
            .count("ratings", ratings)
            .count("persons", persons),
    )
}

fn skipped<const L: usize>(rows: u64) -> String {
    // Counts of rows fit an f64 exactly far beyond any file ramverk reads.
    messages::<L>().format("score-skipped", Args::new().number("count", rows as f64))
}

fn hidden<const L: usize>(min_group: u32) -> String {
    messages::<L>().format("score-hidden", Args::new().number("min_group", min_group))
}

fn complementary<const L: usize>(groups: usize) -> String {
    messages::<L>().format("score-complementary", Args::new().count("count", groups))
}

fn needs_and_gap<const L: usize>(needs: u32, gap: u32) -> String {
    messages::<L>().format(
        "score-needs-and-gap",
        Args::new().number("needs", needs).number("gap", gap),
    )
}

fn privacy_note<const L: usize>(min_group: u32) -> String {
    messages::<L>().format(
        "score-privacy-note",
        Args::new().number("min_group", min_group),
    )
}

#[cfg(test)]
mod tests {
    use super::{AreaWord, Language, for_words};

    #[test]
    fn short_columns_fit_the_terminal_table() {
        for (language, areas) in Language::ALL
            .into_iter()
            .flat_map(|l| AreaWord::ALL.map(|a| (l, a)))
        {
            let labels = for_words(language, areas);
            for column in labels.short_columns {
                assert!(column.chars().count() <= 10, "{column:?} is too wide");
            }
        }
    }

    /// L-5: the KL frameworks call their areas dimensions; the report does too.
    #[test]
    fn danish_dimensions() {
        let kl = for_words(Language::Danish, AreaWord::Dimension);
        assert_eq!(kl.by_area, "Fordelt på dimensioner");
        assert_eq!(kl.area, "dimension");
        let stockholm = for_words(Language::Danish, AreaWord::Area);
        assert_eq!(stockholm.by_area, "Fordelt på kompetenceområder");
        assert_eq!(stockholm.area, "kompetenceområde");
    }

    /// L-7, L-8 and the singular forms of the counted texts.
    #[test]
    fn counted_texts_agree_in_number() {
        let en = for_words(Language::English, AreaWord::Area);
        assert_eq!(en.assessment_figures, "self-assessment results");
        assert_eq!((en.ratings_of)(730, 60), "730 ratings from 60 persons");
        assert_eq!((en.ratings_of)(1, 1), "1 rating from 1 person");
        assert_eq!((en.skipped)(1), "1 invalid row skipped");
        assert_eq!(
            (en.needs_and_gap)(1, 2),
            "1 need, 2 level steps below the expected level"
        );
        let sv = for_words(Language::Swedish, AreaWord::Area);
        assert_eq!((sv.ratings_of)(1, 1), "1 skattning från 1 person");
        assert_eq!((sv.skipped)(2), "2 ogiltiga rader hoppades över");
        assert_eq!(
            (sv.complementary)(0),
            "ingen dold grupp kan räknas fram ur de siffror som visas"
        );
        assert!((sv.complementary)(1).starts_with("1 grupp till är dold "));
        assert!((sv.complementary)(2).starts_with("2 grupper till är dolda "));
        let da = for_words(Language::Danish, AreaWord::Area);
        assert_eq!((da.ratings_of)(2, 1), "2 vurderinger fra 1 person");
        assert_eq!(da.points, " pp");
    }
}
