//! A diff as a terminal report, a Markdown review memo or a printable HTML page.

use std::collections::BTreeMap;
use std::fmt::Write;

use ramverk_model::Expectation;
use ramverk_review::diff::{
    ChangeKind, Diff, ExpectationChange, FieldChange, ItemChange, Movement, Section, SegmentKind,
};

use super::labels::{Labels, field_kind_name, field_name, for_language};
use super::text::{escape_html as escape, escape_markdown, html_text, visible};
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

// ----- Markdown -------------------------------------------------------------------------------

/// A review memo in Markdown, in the framework's language.
pub fn markdown(diff: &Diff) -> String {
    let labels = for_language(&diff.new.language);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} {}: {} → {}\n",
        labels.changes_in,
        escape_markdown(&diff.new.title),
        diff.old.version,
        diff.new.version
    );
    if diff.is_empty() {
        let _ = writeln!(out, "{}", labels.no_changes);
        return out;
    }
    let _ = writeln!(out, "## {}\n", labels.summary);
    for line in summary_lines(diff, labels) {
        let _ = writeln!(out, "- {line}");
    }
    out.push('\n');
    for (section, items) in sections(diff) {
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {}\n", section_title(section, labels));
        for item in items {
            let _ = writeln!(
                out,
                "- **{}** — {}",
                escape_markdown(&item_heading(item)),
                kind_word(item.change, labels)
            );
            for field in &item.fields {
                markdown_field(&mut out, &diff.new.language, field, labels, "  - ");
            }
        }
        out.push('\n');
    }
    if !diff.expectations.is_empty() {
        let _ = writeln!(out, "## {}\n", labels.expectations);
        let (roles, rows) = expectation_table(&diff.expectations, labels);
        let roles: Vec<String> = roles.iter().map(|r| escape_markdown(r)).collect();
        let _ = writeln!(out, "| {} | {} |", labels.competence, roles.join(" | "));
        let _ = writeln!(out, "|---|{}", "---|".repeat(roles.len()));
        for (id, cells) in rows {
            let _ = writeln!(out, "| {} | {} |", escape_markdown(&id), cells.join(" | "));
        }
        out.push('\n');
    }
    if !diff.metadata.is_empty() {
        let _ = writeln!(out, "## {}\n", labels.metadata);
        for field in &diff.metadata {
            markdown_field(&mut out, &diff.new.language, field, labels, "- ");
        }
        out.push('\n');
    }
    out
}

fn markdown_field(
    out: &mut String,
    language: &str,
    field: &FieldChange,
    labels: &Labels,
    bullet: &str,
) {
    let name = field_name(language, field.field);
    let text = match (&field.old, &field.new) {
        (None, Some(new)) => format!("{name} ({}): {}", labels.added, escape_markdown(new)),
        (Some(old), None) => format!("{name} ({}): ~~{}~~", labels.removed, escape_markdown(old)),
        _ => {
            let words: String = field
                .words
                .iter()
                .map(|segment| {
                    let text = escape_markdown(&segment.text);
                    let (lead, core, trail) = split_space(&text);
                    match segment.kind {
                        _ if core.is_empty() => text.clone(),
                        SegmentKind::Same => text.clone(),
                        SegmentKind::Removed => format!("{lead}~~{core}~~{trail}"),
                        SegmentKind::Inserted => format!("{lead}**{core}**{trail}"),
                    }
                })
                .collect();
            format!("{name}: {words}")
        }
    };
    let _ = writeln!(out, "{bullet}{text}");
}

/// Leading white space, the words, trailing white space: emphasis markers must touch the words.
fn split_space(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    let start = text.find(core).unwrap_or(0);
    (&text[..start], core, &text[start + core.len()..])
}

// ----- HTML -----------------------------------------------------------------------------------

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}\
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}h1,h3{overflow-wrap:anywhere}\
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}\
thead th{background:#f3f3f3;overflow-wrap:normal}th.field{width:12rem;color:#555;font-weight:normal}del{background:#fde2e2;color:#8a1111}ins{background:#dcf5dc;color:#135e13;text-decoration:none}\
.kind{font-size:.8rem;padding:.05rem .4rem;border-radius:.6rem;background:#eee;margin-left:.4rem}.added{background:#dcf5dc}.removed{background:#fde2e2}\
.renumbered{background:#e0ecfb}.changed{background:#fbf0d0}\
.wide{overflow-x:auto}table.expectations{font-size:.85rem;width:auto}table.expectations :is(th,td){white-space:nowrap;overflow-wrap:normal}\
table.expectations thead th+th{writing-mode:vertical-rl;transform:rotate(180deg);vertical-align:bottom}\
@media (max-width:40rem){body{margin:1rem auto}th.field{width:30%}}\
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}table{break-inside:auto}tr{break-inside:avoid}.wide{overflow:visible}}";

/// A self-contained, printable page with old and new text side by side.
pub fn html(diff: &Diff) -> String {
    let labels = for_language(&diff.new.language);
    let lang = escape(&diff.new.language);
    let title = format!(
        "{} {}: {} → {}",
        labels.changes_in, diff.new.title, diff.old.version, diff.new.version
    );
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n</header>\n<main>\n",
        escape(&title),
        html_text(&title)
    );
    if diff.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>\n</main>\n</body>\n</html>",
            labels.no_changes
        );
        return out;
    }
    let _ = writeln!(out, "<h2>{}</h2>\n<ul>", labels.summary);
    for line in summary_lines(diff, labels) {
        let _ = writeln!(out, "<li>{}</li>", escape(&line));
    }
    out.push_str("</ul>\n");
    for (section, items) in sections(diff) {
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "<h2>{}</h2>", section_title(section, labels));
        for item in items {
            let class = format!("{:?}", item.change).to_lowercase();
            let _ = writeln!(
                out,
                "<h3>{}<span class=\"kind {class}\">{}</span></h3>",
                html_text(&item_heading(item)),
                kind_word(item.change, labels)
            );
            if !item.fields.is_empty() {
                html_fields(&mut out, &diff.new.language, &item.fields, labels);
            }
        }
    }
    if !diff.expectations.is_empty() {
        // A competence × role matrix can be wider than a phone: it scrolls in a region of its own
        // (focusable, so that it scrolls from the keyboard too), never the page.
        let _ = writeln!(
            out,
            "<h2 id=\"expectations\">{}</h2>\n<div class=\"wide\" role=\"region\" aria-labelledby=\"expectations\" tabindex=\"0\">\n<table class=\"expectations\">\n<thead><tr><th scope=\"col\">{}</th>",
            labels.expectations, labels.competence
        );
        let (roles, rows) = expectation_table(&diff.expectations, labels);
        for role in &roles {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(role));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for (id, cells) in rows {
            let _ = write!(out, "<tr><th scope=\"row\">{}</th>", escape(&id));
            for cell in cells {
                let _ = write!(out, "<td>{}</td>", escape(&cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n</div>\n");
    }
    if !diff.metadata.is_empty() {
        let _ = writeln!(out, "<h2>{}</h2>", labels.metadata);
        html_fields(&mut out, &diff.new.language, &diff.metadata, labels);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn html_fields(out: &mut String, language: &str, fields: &[FieldChange], labels: &Labels) {
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        labels.field, labels.before, labels.after
    );
    for field in fields {
        let (before, after) = if field.words.is_empty() {
            (
                field
                    .old
                    .as_deref()
                    .map(|t| format!("<del>{}</del>", html_text(t))),
                field
                    .new
                    .as_deref()
                    .map(|t| format!("<ins>{}</ins>", html_text(t))),
            )
        } else {
            let side = |keep: SegmentKind, tag: &str| {
                field
                    .words
                    .iter()
                    .filter(|s| s.kind == SegmentKind::Same || s.kind == keep)
                    .map(|s| {
                        if s.kind == SegmentKind::Same {
                            escape(&s.text)
                        } else {
                            format!("<{tag}>{}</{tag}>", escape(&s.text))
                        }
                    })
                    .collect::<String>()
            };
            (
                Some(side(SegmentKind::Removed, "del")),
                Some(side(SegmentKind::Inserted, "ins")),
            )
        };
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\" class=\"field\">{}</th><td>{}</td><td>{}</td></tr>",
            escape(&field_name(language, field.field)),
            before.unwrap_or_default(),
            after.unwrap_or_default()
        );
    }
    out.push_str("</tbody>\n</table>\n");
}
