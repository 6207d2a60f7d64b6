//! A fork's merge with its upstream for people and programs: the conflicts left open or settled,
//! and the upstream changes taken.

use ramverk_fork::{Applied, AppliedKind, Conflict, ConflictKind, Resolved, Take};
use ramverk_review::diff::Section;
use serde_json::{Value, json};

use crate::ColorMode;
use crate::language::Language;
use crate::messages::{Args, Messages};
use crate::text::visible;

/// The section's name as a word of the command line and the conflict file (`competences`).
pub fn section_name(section: Option<Section>) -> &'static str {
    match section {
        None => "framework",
        Some(Section::Guidance) => "guidance",
        Some(Section::Scales) => "scales",
        Some(Section::Areas) => "areas",
        Some(Section::Competences) => "competences",
        Some(Section::Statements) => "statements",
        Some(Section::LearningOutcomes) => "learning-outcomes",
        Some(Section::Glossary) => "glossary",
        Some(Section::Roles) => "roles",
        Some(Section::Profiles) => "profiles",
    }
}

/// The kind of conflict as a word (`both-changed`).
pub fn kind_name(kind: ConflictKind) -> &'static str {
    match kind {
        ConflictKind::BothChanged => "both-changed",
        ConflictKind::ChangedRemoved => "changed-here-removed-upstream",
        ConflictKind::RemovedChanged => "removed-here-changed-upstream",
        ConflictKind::IdReused => "id-reused",
        ConflictKind::RenumberedDifferently => "renumbered-differently",
        ConflictKind::IdTaken => "id-taken",
        ConflictKind::PlaceLost => "place-lost",
    }
}

/// What the conflict is, in a sentence of `language`.
fn kind_text(kind: ConflictKind, language: Language) -> String {
    Messages::of(language).get(&format!("fork-kind-{}", kind_name(kind)))
}

/// How a conflict is named on the command line: `ITEM` or `ITEM/FIELD` (`5.3/descriptors.2`).
pub fn conflict_name(conflict: &Conflict) -> String {
    match &conflict.field {
        Some(field) => format!("{}/{field}", conflict.item),
        None => conflict.item.clone(),
    }
}

/// The conflicts as text in `language`: one block each with base, ours and theirs, and how to
/// resolve them.
pub fn conflicts_human(conflicts: &[Conflict], language: Language, color: ColorMode) -> String {
    let messages = Messages::of(language);
    let absent = messages.get("fork-absent");
    let mut out = String::new();
    for conflict in conflicts {
        out += &format!(
            "{} {} {}: {}\n",
            color.paint("1;31", &messages.get("fork-conflict")),
            section_name(conflict.section),
            color.paint("1", &visible(&conflict_name(conflict))),
            kind_text(conflict.kind, language)
        );
        for (side, text) in [
            ("base  ", &conflict.base),
            ("ours  ", &conflict.ours),
            ("theirs", &conflict.theirs),
        ] {
            let text = text.as_deref().map_or_else(|| absent.clone(), one_line);
            out += &format!("    {side}  {text}\n");
        }
    }
    if let Some(first) = conflicts.first() {
        out += "\n";
        out += &messages.format(
            "fork-resolve-hint",
            Args::new()
                .count("count", conflicts.len())
                .text("example", visible(&conflict_name(first)).into_owned()),
        );
        out += "\n";
    }
    out
}

/// The texts a fork in another language than upstream's translated and upstream rewrote (the
/// `theirs` of each conflict is upstream's new original, in `from`), in `language`.
pub fn retranslate_human(
    texts: &[Conflict],
    from: &str,
    language: Language,
    color: ColorMode,
) -> String {
    if texts.is_empty() {
        return String::new();
    }
    let messages = Messages::of(language);
    let mut out = color.paint(
        "1",
        &messages.format("fork-retranslate", Args::new().text("from", from)),
    );
    out += "\n";
    let removed = messages.get("fork-removed");
    for text in texts {
        out += &format!(
            "  {} {}\n    {}: {}\n",
            section_name(text.section),
            visible(&conflict_name(text)),
            messages.get("fork-now"),
            text.theirs
                .as_deref()
                .map_or_else(|| removed.clone(), one_line)
        );
    }
    out
}

/// The upstream changes taken, one line each.
pub fn applied_human(applied: &[Applied]) -> String {
    applied
        .iter()
        .map(|change| {
            let what = applied_name(change.kind);
            let field = change
                .field
                .as_ref()
                .map(|f| format!(" {f}"))
                .unwrap_or_default();
            let was = change
                .was
                .as_ref()
                .map(|w| format!(" (was {})", visible(w)))
                .unwrap_or_default();
            format!(
                "  {what} {} {}{field}{was}\n",
                section_name(change.section),
                visible(&change.item)
            )
        })
        .collect()
}

/// A text on one line, shortened to 200 characters, control characters shown.
fn one_line(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    visible(&crate::text::shortened(&flat, 200)).into_owned()
}

/// What happened to an item upstream, as a word (`added`).
fn applied_name(kind: AppliedKind) -> &'static str {
    match kind {
        AppliedKind::Added => "added",
        AppliedKind::Removed => "removed",
        AppliedKind::Changed => "changed",
        AppliedKind::Renumbered => "renumbered",
    }
}

/// One conflict as JSON.
pub fn conflict_json(conflict: &Conflict) -> Value {
    json!({
        "section": section_name(conflict.section),
        "item": conflict.item,
        "field": conflict.field.as_ref().map(ToString::to_string),
        "name": conflict_name(conflict),
        "kind": kind_name(conflict.kind),
        "base": conflict.base,
        "ours": conflict.ours,
        "theirs": conflict.theirs,
    })
}

/// A settled conflict as JSON: the conflict and the choice made.
pub fn resolved_json(resolved: &Resolved) -> Value {
    let mut value = conflict_json(&resolved.conflict);
    value["take"] = match &resolved.take {
        Take::Ours => json!("ours"),
        Take::Theirs => json!("theirs"),
        Take::Text(text) => json!({ "text": text }),
    };
    value
}

/// An upstream change taken, as JSON.
pub fn applied_json(applied: &Applied) -> Value {
    json!({
        "section": section_name(applied.section),
        "item": applied.item,
        "field": applied.field.as_ref().map(ToString::to_string),
        "kind": applied_name(applied.kind),
        "was": applied.was,
    })
}
