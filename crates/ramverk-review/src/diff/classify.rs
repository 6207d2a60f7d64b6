//! The version bump a diff needs: major if ratings change meaning, minor for additions, else patch.

use serde::Serialize;

use super::change::{ChangeKind, Diff, FieldChange, Movement, Section};
use super::field::{Field, FieldKind};

/// The size of a version bump.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// No content changed.
    None,
    /// Wording only.
    Patch,
    /// Additions only.
    Minor,
    /// Something existing ratings rely on changed.
    Major,
}

/// The bump a diff needs, with the reasons for it (most serious first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classification {
    /// The bump needed.
    pub bump: Bump,
    /// Why, one line per kind of change.
    pub reasons: Vec<(Bump, String)>,
}

/// Classifies every change of a diff, as `docs/diff.md` lists the kinds of change.
pub fn classify(diff: &Diff) -> Classification {
    let mut reasons: Vec<(Bump, String)> = Vec::new();
    let mut add = |bump: Bump, text: String| reasons.push((bump, text));
    for item in &diff.competences {
        match item.change {
            ChangeKind::Removed => add(
                Bump::Major,
                format!("competence {} {} removed", item.id, item.title),
            ),
            ChangeKind::Renumbered => add(
                Bump::Major,
                format!(
                    "competence {} renumbered to {}: ratings under {} now mean something else",
                    item.old_id.as_deref().unwrap_or("?"),
                    item.id,
                    item.old_id.as_deref().unwrap_or("?")
                ),
            ),
            ChangeKind::Added => add(
                Bump::Minor,
                format!("competence {} {} added", item.id, item.title),
            ),
            ChangeKind::Changed => {
                if item
                    .fields
                    .iter()
                    .any(|f| meaning(f.field) == Meaning::Place)
                {
                    add(Bump::Major, format!("competence {} moved", item.id));
                }
                field_reasons(&mut add, &format!("competence {}", item.id), &item.fields);
            }
        }
    }
    for item in &diff.scales {
        let bump = item_bump(Section::Scales, item.change, &item.fields);
        match item.change {
            ChangeKind::Added => add(bump, format!("scale {} added", item.id)),
            // Only its levels' purposes, steps or equivalents changed: content, field by field.
            ChangeKind::Changed if bump < Bump::Major => {
                field_reasons(&mut add, &format!("scale {}", item.id), &item.fields);
            }
            _ => add(
                bump,
                format!(
                    "scale {} {}: ratings on it may now mean something else",
                    item.id,
                    kind(item.change)
                ),
            ),
        }
    }
    for section in [
        Section::Statements,
        Section::LearningOutcomes,
        Section::Glossary,
    ] {
        for item in diff.items(section) {
            let what = format!("{} {}", noun(section), item.id);
            match item.change {
                ChangeKind::Changed => {}
                ChangeKind::Renumbered => add(
                    item_bump(section, item.change, &item.fields),
                    format!(
                        "{} {} renumbered to {}",
                        noun(section),
                        item.old_id.as_deref().unwrap_or("?"),
                        item.id
                    ),
                ),
                ChangeKind::Added | ChangeKind::Removed => add(
                    item_bump(section, item.change, &item.fields),
                    format!("{what} {}", kind(item.change)),
                ),
            }
            let moved: Vec<String> = item
                .fields
                .iter()
                .filter(|f| meaning(f.field) == Meaning::Place)
                .map(|f| {
                    format!(
                        "{} {} → {}",
                        f.field,
                        f.old.as_deref().unwrap_or("–"),
                        f.new.as_deref().unwrap_or("–")
                    )
                })
                .collect();
            if !moved.is_empty() {
                add(
                    Bump::Major,
                    format!(
                        "{what} moved ({}): it is assessed elsewhere",
                        moved.join(", ")
                    ),
                );
            }
            field_reasons(&mut add, &what, &item.fields);
        }
    }
    for item in &diff.areas {
        match item.change {
            ChangeKind::Added => add(
                Bump::Minor,
                format!("area {} {} added", item.id, item.title),
            ),
            ChangeKind::Removed => add(Bump::Major, format!("area {} removed", item.id)),
            ChangeKind::Renumbered => add(
                Bump::Major,
                format!(
                    "area {} renumbered to {}",
                    item.old_id.as_deref().unwrap_or("?"),
                    item.id
                ),
            ),
            ChangeKind::Changed => {
                if item
                    .fields
                    .iter()
                    .any(|f| meaning(f.field) == Meaning::Audience)
                {
                    add(
                        Bump::Major,
                        format!("area {}: the roles it applies to changed", item.id),
                    );
                }
                field_reasons(&mut add, &format!("area {}", item.id), &item.fields);
            }
        }
    }
    for cell in &diff.expectations {
        let what = format!("expected level of {} for {}", cell.role, cell.competence);
        add(
            expectation_bump(cell.movement),
            format!("{what} {}", movement(cell.movement)),
        );
    }
    for section in [Section::Roles, Section::Profiles, Section::Guidance] {
        for item in diff.items(section) {
            let bump = match item.change {
                ChangeKind::Added => Bump::Minor,
                ChangeKind::Removed | ChangeKind::Renumbered => Bump::Major,
                // A profile's cells are classified above; its description here.
                ChangeKind::Changed => {
                    field_reasons(
                        &mut add,
                        &format!("{} {}", noun(section), item.id),
                        &item.fields,
                    );
                    continue;
                }
            };
            add(
                bump,
                format!("{} {} {}", noun(section), item.id, kind(item.change)),
            );
        }
    }
    for field in &diff.metadata {
        let bump = metadata_bump(field);
        match meaning(field.field) {
            Meaning::Record => {}
            Meaning::Scale => match (&field.old, &field.new) {
                (Some(old), Some(new)) => add(
                    bump,
                    format!(
                        "{} switched from {old} to {new}: ratings now mean levels of another scale",
                        field.field
                    ),
                ),
                (Some(old), None) => add(
                    bump,
                    format!(
                        "{} {old} removed: ratings on it no longer have a scale",
                        field.field
                    ),
                ),
                _ => add(bump, format!("{} added", field.field)),
            },
            _ => add(bump, format!("{} {}", field.field, field_change(field))),
        }
    }
    reasons.sort_by_key(|reason| std::cmp::Reverse(reason.0));
    reasons.dedup();
    Classification {
        bump: reasons.first().map_or(Bump::None, |r| r.0),
        reasons,
    }
}

/// The bump a changed expected level needs: a level set where there was none is an addition;
/// raised, lowered or removed, earlier ratings are measured against another level.
pub fn expectation_bump(movement: Movement) -> Bump {
    match movement {
        Movement::Added => Bump::Minor,
        Movement::Raised | Movement::Lowered | Movement::Removed => Bump::Major,
    }
}

/// The bump a change of `kind` to an item of `section` needs, given the fields that changed:
/// an addition is minor; a removal or renumbering is major (but for a glossary term); a changed
/// scale is major unless only its levels' purposes, steps or equivalents changed; a changed
/// item needs what its most serious field needs ([`item_field_bump`]).
///
/// Competence statements and learning outcomes are weighed like level descriptors, which they
/// refine: removed, what was assessed at a level is gone (major); renumbered, the id other
/// tools and translations know them by now means nothing or something else (major, as for a
/// competence); added, minor; their text reworded, wording (patch); moved to another
/// competence or level, major ([`item_field_bump`]).
pub fn item_bump(section: Section, kind: ChangeKind, fields: &[FieldChange]) -> Bump {
    match (section, kind) {
        (_, ChangeKind::Added) => Bump::Minor,
        // A glossary term explains a word the framework uses; no rating is made against it.
        (Section::Glossary, ChangeKind::Removed | ChangeKind::Renumbered) => Bump::Minor,
        (_, ChangeKind::Removed | ChangeKind::Renumbered) => Bump::Major,
        (Section::Scales, ChangeKind::Changed)
            if fields
                .iter()
                .any(|f| meaning(f.field) != Meaning::Refinement) =>
        {
            Bump::Major
        }
        (_, ChangeKind::Changed) => fields
            .iter()
            .map(item_field_bump)
            .max()
            .unwrap_or(Bump::None),
    }
}

/// The bump one changed field of an item needs: a competence that moved (area, parent), a
/// statement or outcome that moved (competence, level) or an area whose roles changed is
/// major; other fields as [`field_bump`] says.
pub fn item_field_bump(field: &FieldChange) -> Bump {
    match meaning(field.field) {
        Meaning::Place | Meaning::Audience => Bump::Major,
        _ => field_bump(field).map_or(Bump::None, |(bump, _)| bump),
    }
}

/// The bump a change of one of the framework's own fields needs: none for its record (version,
/// status, adoption date); a scale for ratings switched or removed is major, one added minor;
/// anything else is wording — the licence too: it says how the framework may be shared and
/// adapted, not what a rating means, yet unlike the record it is content an approval covers,
/// so a new licence (id, attribution, address, notice) needs a new version number, as a new
/// publisher does.
pub fn metadata_bump(field: &FieldChange) -> Bump {
    match meaning(field.field) {
        Meaning::Record => Bump::None,
        Meaning::Scale => match (&field.old, &field.new) {
            (Some(_), _) => Bump::Major,
            (None, _) => Bump::Minor,
        },
        _ => Bump::Patch,
    }
}

/// The reasons for the changed fields of one item (`competence 1.1: example removed`), one per
/// bump and verb; where an item sits and whom it applies to are reasoned by the caller.
fn field_reasons(add: &mut impl FnMut(Bump, String), item: &str, fields: &[FieldChange]) {
    let mut groups: Vec<(Bump, &'static str, Vec<FieldChange>)> = Vec::new();
    for field in fields {
        let Some((bump, verb)) = field_bump(field) else {
            continue;
        };
        match groups.iter_mut().find(|g| g.0 == bump && g.1 == verb) {
            Some(group) => group.2.push(field.clone()),
            None => groups.push((bump, verb, vec![field.clone()])),
        }
    }
    for (bump, verb, fields) in groups {
        add(bump, format!("{item}: {} {verb}", field_list(&fields)));
    }
}

/// The bump one changed field of an item needs, and the verb for it; `None` for a place or
/// audience field, which the caller reasons about once per item.
///
/// - added where there was nothing: minor;
/// - removed: major when it defines what a rating means (a level descriptor, an area's
///   motivation statement), else minor — more than wording, yet no rating changes meaning;
/// - both texts present: patch, wording.
fn field_bump(field: &FieldChange) -> Option<(Bump, &'static str)> {
    match meaning(field.field) {
        Meaning::Place | Meaning::Audience | Meaning::Record => return None,
        Meaning::Scale | Meaning::Defining | Meaning::Refinement | Meaning::Content => {}
    }
    Some(match (&field.old, &field.new) {
        (None, _) => (Bump::Minor, "added"),
        (Some(_), None) if defines_ratings(field.field) => (Bump::Major, "removed"),
        (Some(_), None) => (Bump::Minor, "removed"),
        (Some(_), Some(_)) => (Bump::Patch, "reworded"),
    })
}

/// Whether removing the field takes away what ratings were made against.
fn defines_ratings(field: Field) -> bool {
    matches!(meaning(field), Meaning::Defining | Meaning::Scale)
}

/// `added`, `removed` or `changed`, for a field of the framework itself.
fn field_change(field: &FieldChange) -> &'static str {
    if field.old.is_none() {
        "added"
    } else if field.new.is_none() {
        "removed"
    } else {
        "changed"
    }
}

/// What a change of a field can mean for ratings made before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    /// Where a competence sits (its area, its parent), or a statement or learning outcome (its
    /// competence, its level): changed, the item moved and is read, and assessed, elsewhere.
    Place,
    /// Which roles an area applies to: changed, ratings apply to other people.
    Audience,
    /// Which scale ratings are made on (`rating_scale`, `motivation_scale`): switched or
    /// removed, every rating on it means something else.
    Scale,
    /// What a rating is made against (a level descriptor, an area's motivation statement):
    /// reworded it is wording; removed, ratings lose their yardstick.
    Defining,
    /// The record of a version rather than its content (version, status, adoption date).
    Record,
    /// What refines a scale without being what ratings are made against: a level's purpose,
    /// its finer steps (label, description, equivalent, the level they belong to), the scheme
    /// the steps are mapped to. A scale changed in these alone changed in content, field by
    /// field; changed in anything else, ratings on it may mean something else.
    Refinement,
    /// Content: wording, or something added where there was nothing.
    Content,
}

/// What each field means; a new field must be placed here.
fn meaning(field: Field) -> Meaning {
    match field.kind() {
        FieldKind::Area | FieldKind::Parent => Meaning::Place,
        // A statement's or outcome's competence and level (a level without a rank): moved, it
        // is assessed under another competence or at another level, as a competence moved.
        FieldKind::Competence => Meaning::Place,
        FieldKind::Level if field.rank().is_none() => Meaning::Place,
        FieldKind::RestrictedTo => Meaning::Audience,
        FieldKind::RatingScale | FieldKind::MotivationScale => Meaning::Scale,
        FieldKind::Descriptor | FieldKind::Motivation => Meaning::Defining,
        FieldKind::Version | FieldKind::Status | FieldKind::Adopted => Meaning::Record,
        FieldKind::LevelPurpose
        | FieldKind::Step
        | FieldKind::StepDescription
        | FieldKind::StepEquivalent
        | FieldKind::StepLevel
        | FieldKind::Equivalents => Meaning::Refinement,
        // A statement's or outcome's text is what is assessed, like a descriptor's; it is never
        // absent, so it can only be reworded (patch), and a statement taken away is an item
        // removed (major, in `item_bump`). Labels and a dimension classify a statement or
        // outcome; a glossary explains words; a licence says how the framework may be shared:
        // none is what a rating is made against.
        FieldKind::Title
        | FieldKind::Description
        | FieldKind::Text
        | FieldKind::Definition
        | FieldKind::Example
        | FieldKind::LearningActivity
        | FieldKind::Level
        | FieldKind::LevelDescription
        | FieldKind::NotRated
        | FieldKind::Cumulative
        | FieldKind::RequiresDescriptors
        | FieldKind::Unit
        | FieldKind::Id
        | FieldKind::Language
        | FieldKind::Publisher
        | FieldKind::PublisherUnit
        | FieldKind::PublisherUrl
        | FieldKind::Vocabulary
        | FieldKind::Source
        | FieldKind::Correction
        | FieldKind::Note
        | FieldKind::Labels
        | FieldKind::Dimension
        | FieldKind::Term
        | FieldKind::Explanation
        | FieldKind::Licence
        | FieldKind::LicenceAttribution
        | FieldKind::LicenceUrl
        | FieldKind::LicenceNotice => Meaning::Content,
    }
}

/// The noun for an item of a section in a reason (`role medarbetare added`).
fn noun(section: Section) -> &'static str {
    match section {
        Section::Guidance => "guiding principle",
        Section::Scales => "scale",
        Section::Areas => "area",
        Section::Competences => "competence",
        Section::Statements => "competence statement",
        Section::LearningOutcomes => "learning outcome",
        Section::Glossary => "glossary term",
        Section::Roles => "role",
        Section::Profiles => "profile",
    }
}

/// The changed fields' names, `title, descriptor 2, example`, a run of one field named once.
fn field_list(fields: &[FieldChange]) -> String {
    let mut names: Vec<Field> = fields.iter().map(|f| f.field).collect();
    names.dedup();
    names
        .iter()
        .map(|field| field.name())
        .collect::<Vec<_>>()
        .join(", ")
}

fn kind(change: ChangeKind) -> &'static str {
    match change {
        ChangeKind::Added => "added",
        ChangeKind::Removed => "removed",
        ChangeKind::Changed => "changed",
        ChangeKind::Renumbered => "renumbered",
    }
}

fn movement(movement: Movement) -> &'static str {
    match movement {
        Movement::Raised => "raised",
        Movement::Lowered => "lowered",
        Movement::Added => "added",
        Movement::Removed => "removed",
    }
}

/// The version `old` becomes with a bump (`None` leaves it as it is).
pub fn bumped(old: &semver::Version, bump: Bump) -> semver::Version {
    match bump {
        Bump::None => old.clone(),
        Bump::Patch => semver::Version::new(old.major, old.minor, old.patch + 1),
        Bump::Minor => semver::Version::new(old.major, old.minor + 1, 0),
        Bump::Major => semver::Version::new(old.major + 1, 0, 0),
    }
}

/// Whether going from `old` to `new` is at least the bump needed.
pub fn is_enough(old: &semver::Version, new: &semver::Version, needed: Bump) -> bool {
    let (o, n) = (
        (old.major, old.minor, old.patch),
        (new.major, new.minor, new.patch),
    );
    match needed {
        Bump::None => n >= o,
        Bump::Patch => n > o,
        Bump::Minor => n.0 > o.0 || (n.0 == o.0 && n.1 > o.1),
        Bump::Major => n.0 > o.0,
    }
}

#[cfg(test)]
mod tests {
    use super::{Bump, bumped, is_enough};

    #[test]
    fn bumps_and_checks() {
        let v = |s: &str| semver::Version::parse(s).unwrap();
        assert_eq!(bumped(&v("1.2.3"), Bump::Major), v("2.0.0"));
        assert_eq!(bumped(&v("1.2.3"), Bump::Minor), v("1.3.0"));
        assert_eq!(bumped(&v("1.2.3"), Bump::Patch), v("1.2.4"));
        assert!(is_enough(&v("1.2.3"), &v("2.0.0"), Bump::Major));
        assert!(!is_enough(&v("1.2.3"), &v("1.3.0"), Bump::Major));
        assert!(is_enough(&v("1.2.3"), &v("1.3.0"), Bump::Minor));
        assert!(!is_enough(&v("1.2.3"), &v("1.2.4"), Bump::Minor));
        assert!(is_enough(&v("1.2.3"), &v("1.2.4"), Bump::Patch));
        assert!(!is_enough(&v("1.2.3"), &v("1.2.3"), Bump::Patch));
    }
}
