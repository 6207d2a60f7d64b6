//! A diff as a terminal report (the review memo in Markdown and HTML is ramverk-publish's).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write;

use ramverk_model::Expectation;
use ramverk_review::diff::{
    ChangeKind, Diff, ExpectationChange, FieldChange, ItemChange, Movement, Section, Segment,
    SegmentKind,
};

use super::labels::{Counted, Labels, for_diff, has_translated_values};
use super::text::visible;
use crate::ColorMode;

/// The sections of a report, in order, with their items.
fn sections(diff: &Diff) -> impl Iterator<Item = (Section, &[ItemChange])> {
    Section::ALL
        .into_iter()
        .map(|section| (section, diff.items(section)))
}

fn section_title(section: Section, labels: &Labels) -> &str {
    labels.section(section)
}

/// Adds `title: 3 tillagda, 1 borttagen` for the non-zero counts, if any.
fn push_counts(lines: &mut Vec<String>, title: &str, counts: Vec<(usize, String)>) {
    let parts: Vec<String> = counts
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, text)| text)
        .collect();
    if !parts.is_empty() {
        lines.push(format!("{title}: {}", parts.join(", ")));
    }
}

/// The summary as sentences: counts per section, then fields changed across competences. Each
/// count's participle agrees with what is counted (`Kompetensområden: 1 tillagt`).
fn summary_lines(diff: &Diff, labels: &Labels) -> Vec<String> {
    let s = &diff.summary;
    let change = Counted::Change;
    let mut lines = Vec::new();
    if s.metadata > 0 {
        lines.push(format!(
            "{}: {}",
            labels.metadata,
            labels.counted(change(ChangeKind::Changed), s.metadata, None)
        ));
    }
    for section in Section::ALL {
        let (title, c) = (section_title(section, labels), s.counts(section));
        let count =
            |kind: ChangeKind, n: usize| (n, labels.counted(change(kind), n, Some(section)));
        let parts = vec![
            count(ChangeKind::Added, c.added),
            count(ChangeKind::Removed, c.removed),
            count(ChangeKind::Renumbered, c.renumbered),
            count(ChangeKind::Changed, c.changed),
        ];
        push_counts(&mut lines, title, parts);
    }
    let e = &s.expectations;
    let count = |what: Counted, n: usize| (n, labels.counted_expectations(what, n));
    let parts = vec![
        count(change(ChangeKind::Added), e.added),
        count(change(ChangeKind::Removed), e.removed),
        count(Counted::Raised, e.raised),
        count(Counted::Lowered, e.lowered),
    ];
    push_counts(&mut lines, &labels.expectations, parts);
    for tally in &s.competence_fields {
        let parts: Vec<String> = [
            (ChangeKind::Added, tally.added),
            (ChangeKind::Removed, tally.removed),
            (ChangeKind::Changed, tally.changed),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| labels.in_competences(kind, tally.field, n))
        .collect();
        lines.push(format!(
            "{} – {}: {}",
            labels.competences,
            labels.field_kind_name(tally.field),
            parts.join(", ")
        ));
    }
    lines
}

/// A field change as the report shows it: fixed values (yes/no, a status) in the report's
/// words, a change of one of them as the old word removed and the new one inserted.
fn shown<'a>(field: &'a FieldChange, labels: &Labels) -> Cow<'a, FieldChange> {
    if !has_translated_values(field.field.kind()) {
        return Cow::Borrowed(field);
    }
    let value = |text: &Option<String>| {
        text.as_deref()
            .map(|t| labels.value(field.field.kind(), t).into_owned())
    };
    let (old, new) = (value(&field.old), value(&field.new));
    let words = match (&old, &new) {
        (Some(old), Some(new)) if !field.words.is_empty() => vec![
            Segment {
                kind: SegmentKind::Removed,
                text: old.clone(),
            },
            Segment {
                kind: SegmentKind::Inserted,
                text: new.clone(),
            },
        ],
        _ => Vec::new(),
    };
    Cow::Owned(FieldChange {
        field: field.field,
        old,
        new,
        words,
    })
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
        Some(Expectation::NotApplicable(_)) => labels.not_applicable.clone(),
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
    let labels = &for_diff(diff);
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
    let _ = writeln!(out, "{}", color.paint("1", &labels.summary));
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
                labels.item_change(item.change, section)
            );
            let _ = writeln!(out, "  {}", color.paint(style, &line));
            for field in &item.fields {
                human_field(&mut out, field, labels, color);
            }
        }
        out.push('\n');
    }
    if !diff.expectations.is_empty() {
        let _ = writeln!(out, "{}", color.paint("1", &labels.expectations));
        let (roles, rows) = expectation_table(&diff.expectations, labels);
        let width = rows
            .iter()
            .map(|(id, _)| id.len())
            .max()
            .unwrap_or(0)
            .max(labels.competence.chars().count());
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
        let _ = writeln!(out, "{}", color.paint("1", &labels.metadata));
        for field in &diff.metadata {
            human_field(&mut out, field, labels, color);
        }
        out.push('\n');
    }
    out
}

fn human_field(out: &mut String, field: &FieldChange, labels: &Labels, color: ColorMode) {
    let field = &*shown(field, labels);
    let name = labels.field_name(field.field);
    let added = || labels.field_change(ChangeKind::Added, field.field);
    let removed = || labels.field_change(ChangeKind::Removed, field.field);
    let text = match (&field.old, &field.new) {
        (None, Some(new)) => format!("{name} ({}): {}", added(), color.paint("32", new)),
        (Some(old), None) => format!("{name} ({}): {}", removed(), color.paint("31", old)),
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
