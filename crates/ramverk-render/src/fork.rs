//! A fork's merge with its upstream for people and programs: the conflicts left open or settled,
//! and the upstream changes taken.

use ramverk_fork::{Applied, AppliedKind, Conflict, ConflictKind, Resolved, Take};
use ramverk_review::diff::Section;
use serde_json::{Value, json};

use crate::ColorMode;
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

/// What the conflict is, in a sentence.
fn kind_text(kind: ConflictKind) -> &'static str {
    match kind {
        ConflictKind::BothChanged => "changed here and upstream, differently",
        ConflictKind::ChangedRemoved => "changed here, removed upstream",
        ConflictKind::RemovedChanged => "removed here, changed upstream",
        ConflictKind::IdReused => "added here and upstream with the same id, differently",
        ConflictKind::RenumberedDifferently => "renumbered here and upstream, to different ids",
        ConflictKind::IdTaken => "its id is taken by another item of the result",
        ConflictKind::PlaceLost => {
            "its place is gone: moved into an item the result does not have, or inside itself"
        }
    }
}

/// How a conflict is named on the command line: `ITEM` or `ITEM/FIELD` (`5.3/descriptors.2`).
pub fn conflict_name(conflict: &Conflict) -> String {
    match &conflict.field {
        Some(field) => format!("{}/{field}", conflict.item),
        None => conflict.item.clone(),
    }
}

/// The conflicts as text: one block each with base, ours and theirs, and how to resolve them.
pub fn conflicts_human(conflicts: &[Conflict], color: ColorMode) -> String {
    let mut out = String::new();
    for conflict in conflicts {
        out += &format!(
            "{} {} {}: {}\n",
            color.paint("1;31", "conflict"),
            section_name(conflict.section),
            color.paint("1", &conflict_name(conflict)),
            kind_text(conflict.kind)
        );
        for (side, text) in [
            ("base  ", &conflict.base),
            ("ours  ", &conflict.ours),
            ("theirs", &conflict.theirs),
        ] {
            let text = text.as_deref().map_or("(absent)".into(), one_line);
            out += &format!("    {side}  {text}\n");
        }
    }
    if !conflicts.is_empty() {
        out += &format!(
            "\n{} conflict(s): resolve each with --ours ITEM or --theirs ITEM (ITEM as shown, e.g. {}), \
             or set `take:` in the conflict file, and run the merge again\n",
            conflicts.len(),
            conflict_name(&conflicts[0])
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
