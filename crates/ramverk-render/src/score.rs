//! Score reports: group figures for one round, or two side by side, as text, JSON or CSV (the
//! report in Markdown and HTML is ramverk-publish's).

use ramverk_assess::{Figures, GroupKind, GroupReport, Hidden, Output, PersonReport};
use ramverk_model::Framework;
use serde_json::json;

use super::figures::figure_cells;
use super::language::Language;
use super::report_labels::{self, ReportLabels};

/// Output formats of an assessment report; what each is for: [`ReportFormat::description`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportFormat {
    Human,
    Json,
    Csv,
    Markdown,
    Html,
}

impl ReportFormat {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [ReportFormat; 5] = [
        ReportFormat::Human,
        ReportFormat::Json,
        ReportFormat::Csv,
        ReportFormat::Markdown,
        ReportFormat::Html,
    ];

    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ReportFormat::Human => "human",
            ReportFormat::Json => "json",
            ReportFormat::Csv => "csv",
            ReportFormat::Markdown => "markdown",
            ReportFormat::Html => "html",
        }
    }

    /// What the format is for, in one line.
    pub fn description(self) -> &'static str {
        match self {
            ReportFormat::Human => "Tables for the terminal",
            ReportFormat::Json => "One JSON document",
            ReportFormat::Csv => "One row per group, for spreadsheets",
            ReportFormat::Markdown => "A report to paste into a memo",
            ReportFormat::Html => "A self-contained page with charts, for a browser or print",
        }
    }
}

/// One scored ratings file.
pub struct Round {
    pub file: String,
    pub rule: String,
    pub ratings: usize,
    pub persons: usize,
    pub skipped: u64,
    pub output: Output,
}

pub struct ScoreReport<'a> {
    pub framework: &'a Framework,
    pub now: &'a Round,
    pub before: Option<&'a Round>,
    pub min_group: u32,
    pub groups: Vec<GroupReport>,
    /// Each person's results, when asked for.
    pub persons: Option<Vec<PersonReport>>,
}

impl ScoreReport<'_> {
    /// The report's fixed words, in the framework's language.
    pub(super) fn labels(&self) -> &'static ReportLabels {
        report_labels::for_framework(self.framework)
    }

    /// How many groups are hidden for being small, and how many more so that those cannot be
    /// worked out by subtraction.
    fn hidden_counts(&self) -> (usize, usize) {
        let count = |why: Hidden| {
            self.groups
                .iter()
                .filter(|g| g.suppression == Some(why))
                .count()
        };
        (count(Hidden::Small), count(Hidden::Complementary))
    }

    /// What complementary suppression did, when any group is hidden.
    pub(super) fn complementary_note(&self) -> Option<String> {
        let (small, complementary) = self.hidden_counts();
        (small + complementary > 0).then(|| (self.labels().complementary)(complementary))
    }

    /// Why a hidden group shows no figures, in words.
    pub(super) fn hidden_text(&self) -> String {
        (self.labels().hidden)(self.min_group)
    }
}

/// The kinds of groups, in the order of the report's sections.
pub(super) const SECTIONS: [GroupKind; 5] = [
    GroupKind::All,
    GroupKind::Area,
    GroupKind::Role,
    GroupKind::Unit,
    GroupKind::Competence,
];

pub fn render(report: &ScoreReport, format: ReportFormat) -> anyhow::Result<String> {
    Ok(match format {
        ReportFormat::Human => {
            human(report)
                + &report
                    .persons
                    .as_deref()
                    .map(|persons| persons_text(persons, report.labels()))
                    .unwrap_or_default()
        }
        ReportFormat::Json => serde_json::to_string_pretty(&to_json(report))? + "\n",
        ReportFormat::Csv => match &report.persons {
            Some(persons) => persons_csv(persons),
            None => csv(report),
        },
        ReportFormat::Markdown | ReportFormat::Html => anyhow::bail!(
            "the {} report is a document: ramverk_publish::report renders it",
            format.name()
        ),
    })
}

/// The group's title in the framework's words; everyone is `labels.all_persons`.
/// A group's title: an area or competence as `key title`, a role by its title, a unit by its
/// name, everyone as `everyone`. The terminal report and the documents (ramverk-publish) share it.
pub fn group_title(framework: &Framework, group: &GroupReport, everyone: &str) -> String {
    let key = &group.key;
    let named = match group.kind {
        GroupKind::All => return everyone.to_owned(),
        GroupKind::Unit => return key.clone(),
        GroupKind::Area => framework
            .areas
            .iter()
            .find(|a| &a.id == key)
            .map(|a| format!("{key} {}", a.title)),
        GroupKind::Role => framework
            .roles
            .iter()
            .find(|r| &r.id == key)
            .map(|r| r.title.clone()),
        GroupKind::Competence => framework
            .placed_competences()
            .into_iter()
            .find(|p| &p.competence.id == key)
            .map(|p| format!("{key} {}", p.competence.title)),
    };
    named.unwrap_or_else(|| key.clone())
}

/// The six figures as cells; with an earlier round, each with its change in parentheses.
fn cells(now: &Figures, before: Option<&Figures>, language: Language) -> [String; 6] {
    figure_cells(now, before, language).map(|(value, change)| match change {
        Some(change) => format!("{value} ({change})"),
        None => value,
    })
}

/// The name of a scoring rule in the report's language: the built-in rule's name is translated,
/// a plugin's name is shown as it is.
pub(super) fn rule_name<'a>(rule: &'a str, labels: &'a ReportLabels) -> &'a str {
    if rule == report_labels::EN.builtin_rule {
        labels.builtin_rule
    } else {
        rule
    }
}

/// What a ratings file held: `file: 730 ratings of 60 persons`, and the rows skipped when asked for.
pub(super) fn round_text(round: &Round, labels: &ReportLabels, always_skipped: bool) -> String {
    let skipped = if always_skipped || round.skipped > 0 {
        format!(", {}", (labels.skipped)(round.skipped))
    } else {
        String::new()
    };
    format!(
        "{}: {}{skipped}",
        round.file,
        (labels.ratings_of)(round.ratings, round.persons)
    )
}

fn header(report: &ScoreReport) -> String {
    let labels = report.labels();
    let round = |r: &Round| round_text(r, labels, false);
    let mut out = format!(
        "{} {} {}\n",
        report.framework.id,
        report.framework.version,
        (labels.scored_with)(rule_name(&report.now.rule, labels), report.min_group)
    );
    match report.before {
        Some(before) => {
            let width = labels
                .now
                .chars()
                .count()
                .max(labels.before.chars().count())
                + 2;
            out += &format!(
                "{:<width$}{}\n{:<width$}{} ({})\n",
                format!("{}:", labels.now),
                round(report.now),
                format!("{}:", labels.before),
                round(before),
                labels.changes_in_parentheses
            )
        }
        None => out += &format!("{}\n", round(report.now)),
    }
    if let Some(note) = report.complementary_note() {
        out += &format!("{note}\n");
    }
    out
}

fn human(report: &ScoreReport) -> String {
    let labels = report.labels();
    let language = Language::of(&report.framework.language);
    let mut out = header(report);
    let width = if report.before.is_some() { 16 } else { 10 };
    for kind in SECTIONS {
        let rows: Vec<&GroupReport> = report.groups.iter().filter(|g| g.kind == kind).collect();
        if rows.is_empty() {
            continue;
        }
        out += &format!("\n{}\n  {:<40}", labels.section(kind), "");
        for column in labels.short_columns {
            out += &format!(" {column:>width$}");
        }
        out += "\n";
        for group in rows {
            let name: String = group_title(report.framework, group, labels.all_persons)
                .chars()
                .take(40)
                .collect();
            out += &format!("  {name:<40}");
            match &group.now {
                None => out += &format!(" ({})", report.hidden_text()),
                Some(now) => {
                    for cell in cells(now, group.before.as_ref(), language) {
                        out += &format!(" {cell:>width$}");
                    }
                }
            }
            out += "\n";
        }
    }
    out
}

fn round_json(round: &Round) -> serde_json::Value {
    json!({ "file": round.file, "rule": round.rule, "ratings": round.ratings, "persons": round.persons, "skipped_rows": round.skipped })
}

fn to_json(report: &ScoreReport) -> serde_json::Value {
    json!({
        "framework": report.framework.id,
        "version": report.framework.version,
        "rule": report.now.rule,
        "ratings": report.now.ratings,
        "persons": report.now.persons,
        "skipped_rows": report.now.skipped,
        "now": round_json(report.now),
        "before": report.before.map(round_json),
        "min_group": report.min_group,
        "suppression": suppression_json(report),
        "groups": report.groups,
        "person_results": report.persons,
    })
}

/// The threshold, the groups hidden for being small and those hidden so that the small ones cannot
/// be worked out by subtraction (complementary suppression, always applied).
fn suppression_json(report: &ScoreReport) -> serde_json::Value {
    let (small, complementary) = report.hidden_counts();
    json!({
        "min_group": report.min_group,
        "complementary": true,
        "small_groups": small,
        "complementary_groups": complementary,
        "note": (report_labels::EN.complementary)(complementary),
    })
}

fn csv(report: &ScoreReport) -> String {
    let fields = [
        "persons",
        "mean_rating",
        "need_share",
        "persons_with_need_share",
        "high_motivation_share",
        "coverage",
    ];
    let mut out = String::from("kind,key,title,suppressed");
    for field in fields {
        out += &format!(",{field}");
    }
    if report.before.is_some() {
        for field in fields {
            out += &format!(",before_{field}");
        }
    }
    out += "\n";
    let number = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.4}"));
    let values = |f: Option<&Figures>| match f {
        None => vec![String::new(); 6],
        Some(f) => vec![
            f.persons.to_string(),
            number(f.mean_rating),
            number(f.need_share),
            number(f.persons_with_need_share),
            number(f.high_motivation_share),
            number(f.coverage),
        ],
    };
    for group in &report.groups {
        let kind = serde_json::to_value(group.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let mut row = vec![
            kind,
            quote(&group.key),
            quote(&group_title(
                report.framework,
                group,
                report_labels::EN.all_persons,
            )),
            group.suppressed.to_string(),
        ];
        row.extend(values(group.now.as_ref()));
        if report.before.is_some() {
            row.extend(values(group.before.as_ref()));
        }
        out += &(row.join(",") + "\n");
    }
    out
}

/// A CSV cell from the framework or the ratings: neutralised against formula injection, quoted.
fn quote(text: &str) -> String {
    ramverk_source::csv_cell::csv_field(text, ',')
}

pub(super) fn level(value: Option<u8>) -> String {
    value.map_or("–".into(), |v| v.to_string())
}

fn persons_text(persons: &[PersonReport], labels: &ReportLabels) -> String {
    let mut out = format!("\n{}\n", labels.persons);
    for p in persons {
        out += &format!(
            "\n  {} ({}, {}): {}\n",
            p.person,
            p.role,
            p.unit,
            (labels.needs_and_gap)(p.needs, p.gap)
        );
        for c in &p.competences {
            let title: String = c.title.chars().take(50).collect();
            out += &format!(
                "    {:<6} {title:<50} {} {}  {} {}  {}\n",
                c.competence,
                labels.expected,
                level(c.expected),
                labels.rating,
                level(c.rating),
                labels.outcome(c.outcome)
            );
            for activity in &c.learning_activities {
                out += &format!("           → {activity}\n");
            }
        }
    }
    out
}

fn persons_csv(persons: &[PersonReport]) -> String {
    let mut out = String::from(
        "person,role,unit,competence,title,expected,rating,outcome,learning_activities\n",
    );
    let number = |v: Option<u8>| v.map_or(String::new(), |v| v.to_string());
    for p in persons {
        for c in &p.competences {
            let outcome = serde_json::to_value(c.outcome)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let row = [
                quote(&p.person),
                quote(&p.role),
                quote(&p.unit),
                quote(&c.competence),
                quote(&c.title),
                number(c.expected),
                number(c.rating),
                outcome,
                quote(&c.learning_activities.join("; ")),
            ];
            out += &(row.join(",") + "\n");
        }
    }
    out
}
