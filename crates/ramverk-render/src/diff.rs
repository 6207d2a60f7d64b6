//! A diff as a terminal report (the review memo in Markdown and HTML is ramverk-publish's).

use std::collections::BTreeMap;
use std::fmt::Write;

use ramverk_model::Expectation;
use ramverk_review::diff::{
    ChangeKind, Diff, ExpectationChange, FieldChange, ItemChange, Movement, Section, SegmentKind,
};

use super::labels::{Labels, field_kind_name, field_name, for_language};
use super::text::visible;
use crate::ColorMode;

/// The sections of a report, in order, with their items.
fn sections(diff: &Diff) -> impl Iterator<Item = (Section, &[ItemChange])> {
    Section::ALL
        .into_iter()
        .map(|section| (section, diff.items(section)))
}

fn section_title(section: Section, labels: &Labels) -> &'static str {
    match section {
        Section::Guidance => labels.guidance,
        Section::Scales => labels.scales,
        Section::Areas => labels.areas,
        Section::Competences => labels.competences,
        Section::Roles => labels.roles,
        Section::Profiles => labels.profiles,
    }
}

fn kind_word(kind: ChangeKind, labels: &Labels) -> &'static str {
    match kind {
        ChangeKind::Added => labels.added,
        ChangeKind::Removed => labels.removed,
        ChangeKind::Changed => labels.changed,
        ChangeKind::Renumbered => labels.renumbered,
    }
}

/// `3 tillagda` / `1 tillagd`: a count with the participle in the right number.
fn counted(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// Adds `title: 3 tillagda, 1 borttagen` for the non-zero counts, if any.
fn push_counts(lines: &mut Vec<String>, title: &str, counts: &[(usize, &str, &str)]) {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|(n, one, many)| counted(*n, one, many))
        .collect();
    if !parts.is_empty() {
        lines.push(format!("{title}: {}", parts.join(", ")));
    }
}

/// The summary as sentences: counts per section, then fields changed across competences.
fn summary_lines(diff: &Diff, labels: &Labels) -> Vec<String> {
    let [added, removed, changed, renumbered] = labels.plural;
    let s = &diff.summary;
    let mut lines = Vec::new();
    if s.metadata > 0 {
        lines.push(format!(
            "{}: {}",
            labels.metadata,
            counted(s.metadata, labels.changed, changed)
        ));
    }
    for section in Section::ALL {
        let (title, c) = (section_title(section, labels), s.counts(section));
        let parts = [
            (c.added, labels.added, added),
            (c.removed, labels.removed, removed),
            (c.renumbered, labels.renumbered, renumbered),
            (c.changed, labels.changed, changed),
        ];
        push_counts(&mut lines, title, &parts);
    }
    let e = &s.expectations;
    let [raised, lowered] = labels.plural_moves;
    let parts = [
        (e.added, labels.added, added),
        (e.removed, labels.removed, removed),
        (e.raised, labels.raised, raised),
        (e.lowered, labels.lowered, lowered),
    ];
    push_counts(&mut lines, labels.expectations, &parts);
    for tally in &s.competence_fields {
        let parts: Vec<String> = [
            (tally.added, labels.added),
            (tally.removed, labels.removed),
            (tally.changed, labels.changed),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| format!("{word} {} {n} {}", labels.in_word, labels.in_competences))
        .collect();
        lines.push(format!(
            "{} – {}: {}",
            labels.competences,
            field_kind_name(&diff.new.language, tally.field),
            parts.join(", ")
        ));
    }
    lines
}

fn item_heading(item: &ItemChange) -> String {
    match &item.old_id {
        Some(old) => format!("{old} → {} {}", item.id, item.title),
        None => format!("{} {}", item.id, item.title),
    }
}

fn expectation_text(e: Option<Expectation>, labels: &Labels) -> String {
    match e {
        Some(Expectation::Level(rank)) => rank.to_string(),
        Some(Expectation::NotApplicable(_)) => labels.not_applicable.to_owned(),
        None => "–".to_owned(),
    }
}

/// Expected-level changes as a competence × role table: (roles, rows of (competence, cells)).
fn expectation_table(
    cells: &[ExpectationChange],
    labels: &Labels,
) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let mut roles: Vec<String> = Vec::new();
    let mut rows: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    for cell in cells {
        if !roles.contains(&cell.role) {
            roles.push(cell.role.clone());
        }
        let mark = match cell.movement {
            Movement::Raised => " ↑",
            Movement::Lowered => " ↓",
            Movement::Added | Movement::Removed => "",
        };
        let text = format!(
            "{} → {}{mark}",
            expectation_text(cell.old, labels),
            expectation_text(cell.new, labels)
        );
        match rows.iter_mut().find(|(id, _)| *id == cell.competence) {
            Some((_, map)) => {
                map.insert(cell.role.clone(), text);
            }
            None => rows.push((
                cell.competence.clone(),
                BTreeMap::from([(cell.role.clone(), text)]),
            )),
        }
    }
    let rows = rows
        .into_iter()
        .map(|(id, map)| {
            (
                id,
                roles
                    .iter()
                    .map(|r| map.get(r).cloned().unwrap_or_default())
                    .collect(),
            )
        })
        .collect();
    (roles, rows)
}

// ----- terminal -------------------------------------------------------------------------------

/// The diff for a terminal; colours show removed and inserted words, `[-…-]` and `{+…+}` without.
pub fn human(diff: &Diff, color: ColorMode) -> String {
    let labels = for_language(&diff.new.language);
    let mut out = String::new();
    let title = format!(
        "{} {}: {} → {}",
        labels.changes_in, diff.new.title, diff.old.version, diff.new.version
    );
    let _ = writeln!(out, "{}\n", color.paint("1", &title));
    if diff.is_empty() {
        let _ = writeln!(out, "{}", labels.no_changes);
        return out;
    }
    let _ = writeln!(out, "{}", color.paint("1", labels.summary));
    for line in summary_lines(diff, labels) {
        let _ = writeln!(out, "  • {}", visible(&line));
    }
    out.push('\n');
    for (section, items) in sections(diff) {
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}", color.paint("1", section_title(section, labels)));
        for item in items {
            let (mark, style) = match item.change {
                ChangeKind::Added => ("+", "32"),
                ChangeKind::Removed => ("-", "31"),
                ChangeKind::Changed => ("~", "33"),
                ChangeKind::Renumbered => ("→", "36"),
            };
            let line = format!(
                "{mark} {} ({})",
                item_heading(item),
                kind_word(item.change, labels)
            );
            let _ = writeln!(out, "  {}", color.paint(style, &line));
            for field in &item.fields {
                human_field(&mut out, &diff.new.language, field, labels, color);
            }
        }
        out.push('\n');
    }
    if !diff.expectations.is_empty() {
        let _ = writeln!(out, "{}", color.paint("1", labels.expectations));
        let (roles, rows) = expectation_table(&diff.expectations, labels);
        let width = rows
            .iter()
            .map(|(id, _)| id.len())
            .max()
            .unwrap_or(0)
            .max(labels.competence.len());
        let widths: Vec<usize> = roles
            .iter()
            .enumerate()
            .map(|(i, r)| {
                rows.iter()
                    .map(|(_, c)| c[i].chars().count())
                    .max()
                    .unwrap_or(0)
                    .max(r.len())
            })
            .collect();
        let header: Vec<String> = roles
            .iter()
            .zip(&widths)
            .map(|(r, w)| format!("{r:<w$}"))
            .collect();
        let _ = writeln!(
            out,
            "  {:<width$}  {}",
            labels.competence,
            header.join("  ")
        );
        for (id, cells) in rows {
            let cells: Vec<String> = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c:<w$}"))
                .collect();
            let _ = writeln!(out, "  {id:<width$}  {}", cells.join("  ").trim_end());
        }
        out.push('\n');
    }
    if !diff.metadata.is_empty() {
        let _ = writeln!(out, "{}", color.paint("1", labels.metadata));
        for field in &diff.metadata {
            human_field(&mut out, &diff.new.language, field, labels, color);
        }
        out.push('\n');
    }
    out
}

fn human_field(
    out: &mut String,
    language: &str,
    field: &FieldChange,
    labels: &Labels,
    color: ColorMode,
) {
    let name = field_name(language, field.field);
    let text = match (&field.old, &field.new) {
        (None, Some(new)) => format!("{name} ({}): {}", labels.added, color.paint("32", new)),
        (Some(old), None) => format!("{name} ({}): {}", labels.removed, color.paint("31", old)),
        _ => format!("{name}: {}", words_human(&field.words, color)),
    };
    let _ = writeln!(out, "      {text}");
}

/// A word diff for the terminal: struck-through red and underlined green, or `[-…-]{+…+}`
/// without colour.
pub fn words_human(segments: &[ramverk_review::diff::Segment], color: ColorMode) -> String {
    let mut words = String::new();
    for segment in segments {
        words.push_str(&match segment.kind {
            _ if segment.text.trim().is_empty() => visible(&segment.text).into_owned(),
            SegmentKind::Same => visible(&segment.text).into_owned(),
            SegmentKind::Removed if color.enabled() => color.paint("31;9", &segment.text),
            SegmentKind::Inserted if color.enabled() => color.paint("32;4", &segment.text),
            SegmentKind::Removed => format!("[-{}-]", visible(&segment.text)),
            SegmentKind::Inserted => format!("{{+{}+}}", visible(&segment.text)),
        });
    }
    words
}
