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

/// Classifies every change of a diff.
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
            ChangeKind::Changed
                if item
                    .fields
                    .iter()
                    .any(|f| meaning(f.field) == Meaning::Place) =>
            {
                add(Bump::Major, format!("competence {} moved", item.id))
            }
            ChangeKind::Changed if item.fields.iter().all(|f| f.old.is_none()) => add(
                Bump::Minor,
                format!("competence {}: {} added", item.id, field_list(&item.fields)),
            ),
            ChangeKind::Changed => add(
                Bump::Patch,
                format!(
                    "competence {}: {} reworded",
                    item.id,
                    field_list(&item.fields)
                ),
            ),
        }
    }
    for item in &diff.scales {
        match item.change {
            ChangeKind::Added => add(Bump::Minor, format!("scale {} added", item.id)),
            _ => add(
                Bump::Major,
                format!(
                    "scale {} {}: ratings on it may now mean something else",
                    item.id,
                    kind(item.change)
                ),
            ),
        }
    }
    for item in &diff.areas {
        let restricted = item
            .fields
            .iter()
            .any(|f| meaning(f.field) == Meaning::Audience);
        match item.change {
            ChangeKind::Added => add(
                Bump::Minor,
                format!("area {} {} added", item.id, item.title),
            ),
            ChangeKind::Removed | ChangeKind::Renumbered => add(
                Bump::Major,
                format!("area {} {}", item.id, kind(item.change)),
            ),
            ChangeKind::Changed if restricted => add(
                Bump::Major,
                format!("area {}: the roles it applies to changed", item.id),
            ),
            ChangeKind::Changed => add(
                Bump::Patch,
                format!("area {}: {} reworded", item.id, field_list(&item.fields)),
            ),
        }
    }
    for cell in &diff.expectations {
        let what = format!("expected level of {} for {}", cell.role, cell.competence);
        match cell.movement {
            Movement::Raised | Movement::Lowered | Movement::Removed => {
                add(Bump::Major, format!("{what} {}", movement(cell.movement)))
            }
            Movement::Added => add(Bump::Minor, format!("{what} added")),
        }
    }
    for section in [Section::Roles, Section::Profiles, Section::Guidance] {
        for item in diff.items(section) {
            let bump = match item.change {
                ChangeKind::Added => Bump::Minor,
                ChangeKind::Removed | ChangeKind::Renumbered => Bump::Major,
                ChangeKind::Changed if section == Section::Profiles => continue, // its cells are classified above
                ChangeKind::Changed => Bump::Patch,
            };
            add(
                bump,
                format!("{} {} {}", noun(section), item.id, kind(item.change)),
            );
        }
    }
    for field in diff
        .metadata
        .iter()
        .filter(|f| meaning(f.field) != Meaning::Record)
    {
        add(
            Bump::Patch,
            format!(
                "{} {}",
                field.field,
                if field.old.is_none() {
                    "added"
                } else if field.new.is_none() {
                    "removed"
                } else {
                    "changed"
                }
            ),
        );
    }
    reasons.sort_by_key(|reason| std::cmp::Reverse(reason.0));
    reasons.dedup();
    Classification {
        bump: reasons.first().map_or(Bump::None, |r| r.0),
        reasons,
    }
}

/// What a change of a field can mean for ratings made before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    /// Where a competence sits (its area, its parent): changed, the competence moved.
    Place,
    /// Which roles an area applies to: changed, ratings apply to other people.
    Audience,
    /// The record of a version rather than its content (version, status, adoption date).
    Record,
    /// Content: wording, or something added where there was nothing.
    Content,
}

/// What each field means; a new field must be placed here.
fn meaning(field: Field) -> Meaning {
    match field.kind() {
        FieldKind::Area | FieldKind::Parent => Meaning::Place,
        FieldKind::RestrictedTo => Meaning::Audience,
        FieldKind::Version | FieldKind::Status | FieldKind::Adopted => Meaning::Record,
        FieldKind::Title
        | FieldKind::Description
        | FieldKind::Text
        | FieldKind::Definition
        | FieldKind::Example
        | FieldKind::Descriptor
        | FieldKind::LearningActivity
        | FieldKind::Motivation
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
        | FieldKind::RatingScale
        | FieldKind::MotivationScale
        | FieldKind::Vocabulary
        | FieldKind::Source
        | FieldKind::Correction
        | FieldKind::Note => Meaning::Content,
    }
}

/// The noun for an item of a section in a reason (`role medarbetare added`).
fn noun(section: Section) -> &'static str {
    match section {
        Section::Guidance => "guiding principle",
        Section::Scales => "scale",
        Section::Areas => "area",
        Section::Competences => "competence",
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
