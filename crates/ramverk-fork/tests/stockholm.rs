//! Stockholm's pilot (0.9.0) forked and merged with upstream's 1.0.0: between them area 6 and
//! eight roles arrive, competence 5.3 is removed and 5.4 renumbered to 5.3. "Ours" is the pilot
//! edited in code the way a municipality adapts it.

mod support;

use std::sync::OnceLock;

use ramverk_fork::{
    AppliedKind, Conflict, ConflictKind, FieldPath, Merge, Resolutions, Take, merge,
};
use ramverk_model::{Competence, Expectation, Framework, Profile, Role};
use ramverk_review::diff::Section;
use support::{competence, load};

/// The pilot, 0.9.0: the common base.
fn base() -> &'static Framework {
    static BASE: OnceLock<Framework> = OnceLock::new();
    BASE.get_or_init(|| load("frameworks/stockholm-kultur/history/0.9.0"))
}

/// Upstream's next version, 1.0.0.
fn theirs() -> &'static Framework {
    static THEIRS: OnceLock<Framework> = OnceLock::new();
    THEIRS.get_or_init(|| load("frameworks/stockholm-kultur"))
}

fn find<'a>(framework: &'a Framework, id: &str) -> Option<&'a Competence> {
    framework
        .placed_competences()
        .into_iter()
        .map(|placed| placed.competence)
        .find(|competence| competence.id == id)
}

fn profile<'a>(framework: &'a mut Framework, role: &str) -> &'a mut Profile {
    framework
        .profiles
        .iter_mut()
        .find(|p| p.role == role)
        .unwrap_or_else(|| panic!("no profile {role}"))
}

fn expected(framework: &Framework, role: &str, competence: &str) -> Option<Expectation> {
    framework
        .profiles
        .iter()
        .find(|p| p.role == role)
        .and_then(|p| p.expected.get(competence).copied())
}

fn role_title<'a>(framework: &'a Framework, id: &str) -> Option<&'a str> {
    framework
        .roles
        .iter()
        .find(|r| r.id == id)
        .map(|r| r.title.as_str())
}

/// Upstream's definition of a competence (the pilot has none).
fn upstream_definition(id: &str) -> String {
    find(theirs(), id)
        .and_then(|c| c.definition.clone())
        .expect("upstream defines it")
}

/// Our rewording of 5.4's level 2 (upstream's 5.3).
const OUR_DESCRIPTOR: &str = "Kan til en vis grad identificere digitale kompetencehuller.";

/// The fork, free of conflicts with upstream: its own id, a Danish role title, an added role
/// with its profile (for 5.4, which upstream renumbers), an expected level changed, 5.4's level 2
/// rewritten, and 1.2 given the definition upstream gives it too.
fn ours() -> Framework {
    let mut ours = base().clone();
    ours.id = "lund-kultur".to_owned();
    ours.roles
        .iter_mut()
        .find(|r| r.id == "chef")
        .expect("chef")
        .title = "Leder".to_owned();
    ours.roles.insert(
        1,
        Role {
            id: "it-koordinator".to_owned(),
            title: "IT-koordinator".to_owned(),
            unit: None,
            description: None,
        },
    );
    ours.profiles.push(Profile {
        role: "it-koordinator".to_owned(),
        description: None,
        expected: [
            ("1.1".to_owned(), Expectation::Level(4)),
            ("5.4".to_owned(), Expectation::Level(5)),
        ]
        .into(),
    });
    profile(&mut ours, "medarbetare")
        .expected
        .insert("1.1".to_owned(), Expectation::Level(4));
    competence(&mut ours, "5.4")
        .descriptors
        .insert(2, OUR_DESCRIPTOR.to_owned());
    competence(&mut ours, "1.2").definition = Some(upstream_definition("1.2"));
    ours
}

/// The merge of `ours` with upstream, one item resolved.
fn resolved(ours: &Framework, item: &str, take: Take) -> Merge {
    merge(base(), ours, theirs(), &Resolutions::new().item(item, take)).expect("merges")
}

/// Renumbers one of our competences, the expected levels for it following.
fn renumber(ours: &mut Framework, from: &str, to: &str) {
    competence(ours, from).id = to.to_owned();
    for profile in &mut ours.profiles {
        if let Some(level) = profile.expected.remove(from) {
            profile.expected.insert(to.to_owned(), level);
        }
    }
}

fn clean(base: &Framework, ours: &Framework, theirs: &Framework) -> Merge {
    let merged = merge(base, ours, theirs, &Resolutions::new()).expect("merges");
    assert_eq!(merged.conflicts, [], "no conflicts expected");
    merged
}

/// A conflict as (section, item, field, kind).
fn outline(conflicts: &[Conflict]) -> Vec<(Option<Section>, String, Option<String>, ConflictKind)> {
    conflicts
        .iter()
        .map(|c| {
            (
                c.section,
                c.item.clone(),
                c.field.as_ref().map(ToString::to_string),
                c.kind,
            )
        })
        .collect()
}

fn row(
    section: Option<Section>,
    item: &str,
    field: Option<&str>,
    kind: ConflictKind,
) -> (Option<Section>, String, Option<String>, ConflictKind) {
    (section, item.to_owned(), field.map(str::to_owned), kind)
}

#[test]
fn upstream_alone_gives_upstream() {
    let merged = clean(base(), base(), theirs());
    assert_eq!(&merged.framework, theirs());
    let renumbered: Vec<(&str, Option<&str>)> = merged
        .applied
        .iter()
        .filter(|a| a.kind == AppliedKind::Renumbered)
        .map(|a| (a.item.as_str(), a.was.as_deref()))
        .collect();
    assert_eq!(renumbered, [("5.3", Some("5.4"))]);
    let has = |section, item: &str, kind| {
        merged.applied.iter().any(|a| {
            a.section == Some(section) && a.item == item && a.kind == kind && a.field.is_none()
        })
    };
    assert!(has(Section::Areas, "6", AppliedKind::Added));
    assert!(has(Section::Competences, "5.3", AppliedKind::Removed));
    assert!(has(Section::Roles, "systemagare", AppliedKind::Added));
}

#[test]
fn ours_alone_gives_ours_and_takes_nothing() {
    let ours = ours();
    let merged = clean(base(), &ours, base());
    assert_eq!(merged.framework, ours);
    assert_eq!(merged.applied, []);
}

#[test]
fn the_same_on_both_sides_gives_it_once() {
    let ours = ours();
    let merged = clean(base(), &ours, &ours);
    assert_eq!(merged.framework, ours);
    assert_eq!(merged.applied, []);
    let merged = clean(base(), theirs(), theirs());
    assert_eq!(&merged.framework, theirs());
}

#[test]
fn the_fork_takes_upstreams_changes_and_keeps_its_own() {
    let merged = clean(base(), &ours(), theirs());
    let result = &merged.framework;
    // Ours: the id, the Danish title, the added role and its profile, the changed level.
    assert_eq!(result.id, "lund-kultur");
    assert_eq!(role_title(result, "chef"), Some("Leder"));
    assert_eq!(role_title(result, "it-koordinator"), Some("IT-koordinator"));
    assert_eq!(
        expected(result, "medarbetare", "1.1"),
        Some(Expectation::Level(4))
    );
    // Upstream's: the new version and status, area 6, the roles, the definitions.
    assert_eq!(result.version, "1.0.0");
    assert!(result.areas.iter().any(|a| a.id == "6"));
    assert_eq!(role_title(result, "systemagare"), Some("Systemägare"));
    assert_eq!(
        find(result, "1.1").and_then(|c| c.definition.clone()),
        Some(upstream_definition("1.1"))
    );
    // Upstream's removal of 5.3 and renumbering of 5.4 to 5.3 carry our edit and references.
    assert!(find(result, "5.4").is_none());
    let renumbered = find(result, "5.3").expect("5.3");
    assert_eq!(renumbered.title, "Identifiera digitala kompetensluckor");
    assert_eq!(renumbered.descriptors[&2], OUR_DESCRIPTOR);
    assert_eq!(renumbered.definition, Some(upstream_definition("5.3")));
    assert_eq!(
        expected(result, "it-koordinator", "5.3"),
        Some(Expectation::Level(5))
    );
    assert_eq!(expected(result, "it-koordinator", "5.4"), None);
    assert_eq!(expected(result, "chef", "5.3"), Some(Expectation::Level(4)));
    // The same definition added on both sides is there once and is not upstream's change.
    assert_eq!(
        find(result, "1.2").and_then(|c| c.definition.clone()),
        Some(upstream_definition("1.2"))
    );
    let field = |item: &str, name: &str| {
        merged.applied.iter().any(|a| {
            a.item == item && a.field.as_ref().map(ToString::to_string).as_deref() == Some(name)
        })
    };
    assert!(field("1.1", "definition"));
    assert!(field("5.3", "definition"));
    assert!(!field("1.2", "definition"));
    // Upstream's role order, our role after the role before it in ours.
    let roles: Vec<&str> = result.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(roles[..3], ["medarbetare", "it-koordinator", "chef"]);
    assert_eq!(roles.len(), theirs().roles.len() + 1);
}

/// The fork with conflicts: its own version number, its own definition of 1.1 and of 5.4 (which
/// upstream defines and renumbers to 5.3).
fn conflicting() -> Framework {
    let mut ours = ours();
    ours.version = "0.9.0-lund.1".to_owned();
    competence(&mut ours, "1.1").definition = Some("Vores definition af 1.1.".to_owned());
    competence(&mut ours, "5.4").definition = Some("Vores definition af 5.4.".to_owned());
    ours
}

#[test]
fn fields_changed_differently_are_conflicts_holding_ours() {
    let ours = conflicting();
    let merged = merge(base(), &ours, theirs(), &Resolutions::new()).expect("merges");
    use ConflictKind::BothChanged;
    assert_eq!(
        outline(&merged.conflicts),
        [
            row(None, "lund-kultur", Some("version"), BothChanged),
            row(
                Some(Section::Competences),
                "1.1",
                Some("definition"),
                BothChanged
            ),
            row(
                Some(Section::Competences),
                "5.3",
                Some("definition"),
                BothChanged
            ),
        ]
    );
    let version = &merged.conflicts[0];
    assert_eq!(version.base.as_deref(), Some("0.9.0"));
    assert_eq!(version.ours.as_deref(), Some("0.9.0-lund.1"));
    assert_eq!(version.theirs.as_deref(), Some("1.0.0"));
    let definition = &merged.conflicts[2];
    assert_eq!(definition.base, None);
    assert_eq!(definition.ours.as_deref(), Some("Vores definition af 5.4."));
    assert_eq!(definition.theirs, Some(upstream_definition("5.3")));
    let result = &merged.framework;
    assert_eq!(result.version, "0.9.0-lund.1");
    assert_eq!(
        find(result, "5.3").and_then(|c| c.definition.as_deref()),
        Some("Vores definition af 5.4.")
    );
    // Everything else merged as without the conflicts.
    assert_eq!(role_title(result, "systemagare"), Some("Systemägare"));
}

#[test]
fn resolutions_take_ours_theirs_or_a_text_per_field_or_item() {
    let resolutions = Resolutions::new()
        .field(
            "lund-kultur",
            FieldPath::new(["version"]),
            Take::Text("1.0.0-lund.1".into()),
        )
        .field("1.1", FieldPath::new(["definition"]), Take::Theirs)
        .item("5.3", Take::Ours);
    let merged = merge(base(), &conflicting(), theirs(), &resolutions).expect("merges");
    assert_eq!(merged.conflicts, []);
    assert_eq!(merged.resolved.len(), 3);
    let result = &merged.framework;
    assert_eq!(result.version, "1.0.0-lund.1");
    assert_eq!(
        find(result, "1.1").and_then(|c| c.definition.clone()),
        Some(upstream_definition("1.1"))
    );
    assert_eq!(
        find(result, "5.3").and_then(|c| c.definition.as_deref()),
        Some("Vores definition af 5.4.")
    );
    // A resolution for a field that is no conflict changes nothing.
    let resolutions = Resolutions::new().field("1.2", FieldPath::new(["title"]), Take::Theirs);
    let merged = clean(base(), &ours(), theirs());
    let again = merge(base(), &ours(), theirs(), &resolutions).expect("merges");
    assert_eq!(again, merged);
}

#[test]
fn a_text_that_does_not_fit_leaves_the_conflict_open() {
    let mut ours = ours();
    profile(&mut ours, "chef")
        .expected
        .insert("1.1".to_owned(), Expectation::Level(2));
    let mut theirs = theirs().clone();
    profile(&mut theirs, "chef")
        .expected
        .insert("1.1".to_owned(), Expectation::Level(5));
    let open = merge(base(), &ours, &theirs, &Resolutions::new()).expect("merges");
    assert_eq!(
        outline(&open.conflicts),
        [row(
            Some(Section::Profiles),
            "chef",
            Some("expected.1.1"),
            ConflictKind::BothChanged
        )]
    );
    let by = |text: &str| {
        let resolutions = Resolutions::new().field(
            "chef",
            FieldPath::new(["expected", "1.1"]),
            Take::Text(text.into()),
        );
        merge(base(), &ours, &theirs, &resolutions).expect("merges")
    };
    let three = by("3");
    assert_eq!(three.conflicts, []);
    assert_eq!(
        expected(&three.framework, "chef", "1.1"),
        Some(Expectation::Level(3))
    );
    let words = by("tre");
    assert_eq!(words.conflicts.len(), 1);
    assert_eq!(
        expected(&words.framework, "chef", "1.1"),
        Some(Expectation::Level(2))
    );
}

#[test]
fn an_item_changed_here_and_removed_upstream_is_a_conflict() {
    let mut ours = ours();
    competence(&mut ours, "5.3").title = "Kreativ brug af digital teknologi".to_owned();
    let merged = merge(base(), &ours, theirs(), &Resolutions::new()).expect("merges");
    // Kept while open, 5.3 collides with upstream's 5.3 (the pilot's 5.4).
    assert_eq!(
        outline(&merged.conflicts),
        [
            row(
                Some(Section::Competences),
                "5.3",
                None,
                ConflictKind::ChangedRemoved
            ),
            row(
                Some(Section::Competences),
                "5.3",
                None,
                ConflictKind::IdTaken
            ),
        ]
    );
    let removal = &merged.conflicts[0];
    assert_eq!(removal.theirs, None);
    assert!(
        removal
            .ours
            .as_deref()
            .is_some_and(|o| o.contains("Kreativ brug"))
    );
    let resolved = resolved(&ours, "5.3", Take::Theirs);
    assert_eq!(resolved.conflicts, []);
    assert_eq!(
        resolved.framework,
        clean(base(), &self::ours(), theirs()).framework
    );
}

#[test]
fn an_area_dropped_here_and_changed_upstream_is_a_conflict() {
    let mut ours = ours();
    ours.areas.retain(|area| area.id != "4");
    let merged = merge(base(), &ours, theirs(), &Resolutions::new()).expect("merges");
    assert_eq!(
        outline(&merged.conflicts),
        [row(
            Some(Section::Areas),
            "4",
            None,
            ConflictKind::RemovedChanged
        )]
    );
    assert!(merged.framework.areas.iter().all(|area| area.id != "4"));
    let theirs_taken = resolved(&ours, "4", Take::Theirs);
    assert!(theirs_taken.is_clean());
    assert_eq!(
        theirs_taken.framework.areas.iter().find(|a| a.id == "4"),
        theirs().areas.iter().find(|a| a.id == "4")
    );
    // Dropped where upstream left it alone: simply dropped.
    let mut unchanged_upstream = theirs().clone();
    let pilot_area = base()
        .areas
        .iter()
        .find(|a| a.id == "4")
        .cloned()
        .expect("area 4");
    let at = unchanged_upstream
        .areas
        .iter()
        .position(|a| a.id == "4")
        .expect("area 4");
    unchanged_upstream.areas[at] = pilot_area;
    let merged = clean(base(), &ours, &unchanged_upstream);
    assert!(merged.framework.areas.iter().all(|area| area.id != "4"));
}

#[test]
fn an_id_added_on_both_sides_with_different_content_is_reused() {
    let mut ours = ours();
    let mut area = base().areas[0].clone();
    area.id = "6".to_owned();
    area.title = "Lokale systemer".to_owned();
    area.competences.clear();
    ours.areas.push(area);
    ours.roles.push(Role {
        id: "systemagare".to_owned(),
        title: "Systemejer".to_owned(),
        unit: None,
        description: None,
    });
    let same = theirs()
        .roles
        .iter()
        .find(|r| r.id == "koordinator")
        .cloned()
        .expect("role");
    ours.roles.push(same);
    let merged = merge(base(), &ours, theirs(), &Resolutions::new()).expect("merges");
    assert_eq!(
        outline(&merged.conflicts),
        [
            row(Some(Section::Areas), "6", None, ConflictKind::IdReused),
            row(
                Some(Section::Roles),
                "systemagare",
                None,
                ConflictKind::IdReused
            ),
        ]
    );
    assert_eq!(
        role_title(&merged.framework, "systemagare"),
        Some("Systemejer")
    );
    assert_eq!(
        merged
            .framework
            .roles
            .iter()
            .filter(|r| r.id == "koordinator")
            .count(),
        1
    );
}

#[test]
fn renumbering_on_our_side_is_kept_and_upstream_follows_it() {
    let mut ours = ours();
    renumber(&mut ours, "1.2", "1.9");
    let merged = clean(base(), &ours, theirs());
    let result = &merged.framework;
    assert!(find(result, "1.2").is_none());
    assert_eq!(
        find(result, "1.9").and_then(|c| c.definition.clone()),
        Some(upstream_definition("1.2"))
    );
    // Upstream's new profiles name 1.2; in the result they name 1.9.
    assert_eq!(
        expected(result, "systemagare", "1.9"),
        expected(theirs(), "systemagare", "1.2")
    );
    assert!(
        result
            .profiles
            .iter()
            .all(|p| !p.expected.contains_key("1.2"))
    );
    // Where each side's ids are in the result: ours' own, upstream's 1.2 at ours' 1.9, and
    // upstream's 5.4 → 5.3 for both.
    let ids = &merged.ids;
    assert_eq!(ids.of_ours(Section::Competences, "1.9"), "1.9");
    assert_eq!(ids.of_theirs(Section::Competences, "1.2"), "1.9");
    assert_eq!(ids.of_ours(Section::Competences, "5.4"), "5.3");
    assert_eq!(ids.of_theirs(Section::Competences, "5.3"), "5.3");
    assert_eq!(ids.of_ours(Section::Areas, "1"), "1");
}

#[test]
fn renumbered_differently_on_both_sides_is_a_conflict() {
    let mut ours = ours();
    renumber(&mut ours, "5.4", "5.9");
    let open = merge(base(), &ours, theirs(), &Resolutions::new()).expect("merges");
    assert_eq!(
        outline(&open.conflicts),
        [row(
            Some(Section::Competences),
            "5.9",
            None,
            ConflictKind::RenumberedDifferently
        )]
    );
    assert!(find(&open.framework, "5.9").is_some());
    assert_eq!(open.ids.of_ours(Section::Competences, "5.9"), "5.9");
    assert_eq!(open.ids.of_theirs(Section::Competences, "5.3"), "5.9");
    let taken = resolved(&ours, "5.9", Take::Theirs);
    assert!(taken.is_clean());
    assert_eq!(taken.ids.of_ours(Section::Competences, "5.9"), "5.3");
    assert_eq!(taken.ids.of_theirs(Section::Competences, "5.3"), "5.3");
    assert_eq!(
        taken.framework,
        clean(base(), &self::ours(), theirs()).framework
    );
}

#[test]
fn merging_the_result_again_changes_nothing() {
    let first = clean(base(), &ours(), theirs());
    let again = clean(base(), &first.framework, theirs());
    assert_eq!(again.framework, first.framework);
    assert_eq!(again.applied, []);
    let next = clean(theirs(), &first.framework, theirs());
    assert_eq!(next.framework, first.framework);
    assert_eq!(next.applied, []);
}

/// A competence's examples — a list without ids — merge element by element: our rewording of
/// one and upstream's new one are both taken; the same example reworded differently on both
/// sides is a conflict on the list.
#[test]
fn examples_merge_element_by_element() {
    let base = theirs().clone();
    let mut ours = base.clone();
    let mut upstream = base.clone();
    let examples = competence(&mut ours, "2.1").examples.clone();
    assert!(examples.len() >= 2, "2.1 has examples in 1.0.0");
    competence(&mut ours, "2.1").examples[0] = "Vores eksempel.".to_owned();
    competence(&mut upstream, "2.1")
        .examples
        .push("Upstream's new example.".to_owned());
    let merged = clean(&base, &ours, &upstream);
    let mut result = merged.framework;
    let got = &competence(&mut result, "2.1").examples;
    assert_eq!(got[0], "Vores eksempel.");
    assert_eq!(got[1..examples.len()], examples[1..]);
    assert_eq!(
        got.last().map(String::as_str),
        Some("Upstream's new example.")
    );

    competence(&mut upstream, "2.1").examples[0] = "Upstream's rewording.".to_owned();
    let open = merge(&base, &ours, &upstream, &Resolutions::new()).expect("merges");
    assert_eq!(
        outline(&open.conflicts),
        [row(
            Some(Section::Competences),
            "2.1",
            Some("examples"),
            ConflictKind::BothChanged
        )]
    );
}
