//! Score reports: group figures for one round, or two side by side, as text, JSON, CSV,
//! Markdown or an HTML page (`score_html`).

use ramverk_core::Framework;
use ramverk_core::scoring::{Figures, GroupKind, GroupReport, Outcome, Output, PersonReport};
use serde_json::json;

use crate::cli::ReportFormat;

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

pub(super) const SECTIONS: [(GroupKind, &str); 5] = [
    (GroupKind::All, "Everyone"),
    (GroupKind::Area, "By area"),
    (GroupKind::Role, "By role"),
    (GroupKind::Unit, "By unit"),
    (GroupKind::Competence, "By competence"),
];

pub(super) const COLUMNS: [&str; 6] = [
    "persons",
    "mean rating",
    "ratings with need",
    "persons with need",
    "high motivation",
    "coverage",
];

/// The same columns, short enough for a terminal.
const SHORT_COLUMNS: [&str; 6] = [
    "persons",
    "mean",
    "needs",
    "with need",
    "high mot.",
    "coverage",
];

pub fn render(report: &ScoreReport, format: ReportFormat) -> anyhow::Result<String> {
    Ok(match format {
        ReportFormat::Human => {
            human(report)
                + &report
                    .persons
                    .as_deref()
                    .map(persons_text)
                    .unwrap_or_default()
        }
        ReportFormat::Json => serde_json::to_string_pretty(&to_json(report))? + "\n",
        ReportFormat::Csv => match &report.persons {
            Some(persons) => persons_csv(persons),
            None => csv(report),
        },
        ReportFormat::Markdown => {
            markdown(report)
                + &report
                    .persons
                    .as_deref()
                    .map(persons_markdown)
                    .unwrap_or_default()
        }
        ReportFormat::Html => super::score_html::page(report),
    })
}

/// The group's title in the framework's words.
pub(super) fn title(framework: &Framework, group: &GroupReport) -> String {
    let key = &group.key;
    let named = match group.kind {
        GroupKind::All => return "All persons".into(),
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
fn cells(now: &Figures, before: Option<&Figures>) -> [String; 6] {
    figure_cells(now, before).map(|(value, change)| match change {
        Some(change) => format!("{value} ({change})"),
        None => value,
    })
}

/// The six figures (the columns of [`COLUMNS`]), each as its value and, with an earlier round,
/// its change: percentage points for shares, two decimals for the mean rating.
pub(super) fn figure_cells(
    now: &Figures,
    before: Option<&Figures>,
) -> [(String, Option<String>); 6] {
    let share = |pick: fn(&Figures) -> Option<f64>| {
        (
            percent(pick(now)),
            share_change(pick(now), before.and_then(pick)),
        )
    };
    [
        (now.persons.to_string(), None),
        (
            mean(now.mean_rating),
            mean_change(now.mean_rating, before.and_then(|b| b.mean_rating)),
        ),
        share(|f| f.need_share),
        share(|f| f.persons_with_need_share),
        share(|f| f.high_motivation_share),
        share(|f| f.coverage),
    ]
}

/// A share as a whole percentage (`29 %`), `–` when there is none.
pub(super) fn percent(value: Option<f64>) -> String {
    value.map_or("–".to_string(), |v| format!("{:.0} %", v * 100.0))
}

/// A mean rating with two decimals, `–` when there is none.
pub(super) fn mean(value: Option<f64>) -> String {
    value.map_or("–".to_string(), |v| format!("{v:.2}"))
}

/// The change of a share in whole percentage points, when both rounds have it.
fn share_change(now: Option<f64>, before: Option<f64>) -> Option<String> {
    Some(signed(((now? - before?) * 100.0).round(), 0))
}

/// The change of a mean rating, when both rounds have it.
fn mean_change(now: Option<f64>, before: Option<f64>) -> Option<String> {
    Some(signed(((now? - before?) * 100.0).round() / 100.0, 2))
}

/// `+3`, `-2`, `±0` (no "-0").
fn signed(value: f64, decimals: usize) -> String {
    if value == 0.0 {
        format!("±{:.decimals$}", 0.0)
    } else {
        format!("{value:+.decimals$}")
    }
}

fn header(report: &ScoreReport) -> String {
    let round = |r: &Round| {
        let skipped = if r.skipped > 0 {
            format!(", {} invalid rows skipped", r.skipped)
        } else {
            String::new()
        };
        format!(
            "{}: {} ratings of {} persons{skipped}",
            r.file, r.ratings, r.persons
        )
    };
    let mut out = format!(
        "{} {} scored with {}; groups under {} persons suppressed\n",
        report.framework.id, report.framework.version, report.now.rule, report.min_group
    );
    match report.before {
        Some(before) => {
            out += &format!(
                "now:    {}\nbefore: {} (changes in parentheses, percentage points)\n",
                round(report.now),
                round(before)
            )
        }
        None => out += &format!("{}\n", round(report.now)),
    }
    out
}

fn human(report: &ScoreReport) -> String {
    let mut out = header(report);
    let width = if report.before.is_some() { 16 } else { 10 };
    for (kind, heading) in SECTIONS {
        let rows: Vec<&GroupReport> = report.groups.iter().filter(|g| g.kind == kind).collect();
        if rows.is_empty() {
            continue;
        }
        out += &format!("\n{heading}\n  {:<40}", "");
        for column in SHORT_COLUMNS {
            out += &format!(" {column:>width$}");
        }
        out += "\n";
        for group in rows {
            let name: String = title(report.framework, group).chars().take(40).collect();
            out += &format!("  {name:<40}");
            match &group.now {
                None => out += &format!(" (fewer than {} persons: suppressed)", report.min_group),
                Some(now) => {
                    for cell in cells(now, group.before.as_ref()) {
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
        "groups": report.groups,
        "person_results": report.persons,
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
            quote(&title(report.framework, group)),
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

fn quote(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn markdown(report: &ScoreReport) -> String {
    let mut out = format!("# {} — assessment figures\n\n", report.framework.title);
    for line in header(report).lines() {
        out += &format!("- {line}\n");
    }
    for (kind, heading) in SECTIONS {
        let rows: Vec<&GroupReport> = report.groups.iter().filter(|g| g.kind == kind).collect();
        if rows.is_empty() {
            continue;
        }
        out += &format!(
            "\n## {heading}\n\n| group | {} |\n|---|{}\n",
            COLUMNS.join(" | "),
            "---:|".repeat(COLUMNS.len())
        );
        for group in rows {
            let cells = match &group.now {
                None => {
                    let mut cells = vec![String::from("–"); COLUMNS.len()];
                    cells[0] = format!("under {}: suppressed", report.min_group);
                    cells
                }
                Some(now) => cells(now, group.before.as_ref()).to_vec(),
            };
            out += &format!(
                "| {} | {} |\n",
                title(report.framework, group).replace('|', "\\|"),
                cells.join(" | ")
            );
        }
    }
    out
}

pub(super) fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "met",
        Outcome::Need => "NEED",
        Outcome::NotRated => "not rated",
        Outcome::NotExpected => "not expected",
    }
}

pub(super) fn level(value: Option<u8>) -> String {
    value.map_or("–".into(), |v| v.to_string())
}

fn persons_text(persons: &[PersonReport]) -> String {
    let mut out = String::from("\nPersons\n");
    for p in persons {
        out += &format!(
            "\n  {} ({}, {}): {} need(s), gap {}\n",
            p.person, p.role, p.unit, p.needs, p.gap
        );
        for c in &p.competences {
            let title: String = c.title.chars().take(50).collect();
            out += &format!(
                "    {:<6} {title:<50} expected {}  rating {}  {}\n",
                c.competence,
                level(c.expected),
                level(c.rating),
                outcome_word(c.outcome)
            );
            for activity in &c.learning_activities {
                out += &format!("           → {activity}\n");
            }
        }
    }
    out
}

fn persons_markdown(persons: &[PersonReport]) -> String {
    let mut out = String::from("\n## Persons\n");
    for p in persons {
        out += &format!(
            "\n### {} ({}, {})\n\n| competence | expected | rating | | learning activities |\n|---|---:|---:|---|---|\n",
            p.person, p.role, p.unit
        );
        for c in &p.competences {
            out += &format!(
                "| {} {} | {} | {} | {} | {} |\n",
                c.competence,
                c.title.replace('|', "\\|"),
                level(c.expected),
                level(c.rating),
                outcome_word(c.outcome),
                c.learning_activities.join("; ").replace('|', "\\|")
            );
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
