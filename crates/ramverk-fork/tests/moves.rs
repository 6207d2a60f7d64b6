//! Items moved to another place — a competence to another area or under another competence, a
//! statement to another competence — merged as one item whose place changed: a move on one side
//! and an edit on the other both taken; moves that collide, and places that are gone, conflicts.

mod support;

use std::sync::OnceLock;

use ramverk_fork::{AppliedKind, ConflictKind, FieldPath, Merge, Resolutions, Take, merge};
use ramverk_model::{Area, Competence, Framework};
use ramverk_review::diff::Section;
use support::{competence, load};
/// Stockholm's pilot: areas 1–5, competences without sub-competences.
fn pilot() -> &'static Framework {
    static PILOT: OnceLock<Framework> = OnceLock::new();
    PILOT.get_or_init(|| load("frameworks/stockholm-kultur/history/0.9.0"))
}

/// DigComp 3.0: competences with statements and learning outcomes.
fn digcomp() -> &'static Framework {
    static DIGCOMP: OnceLock<Framework> = OnceLock::new();
    DIGCOMP.get_or_init(|| load("frameworks/digcomp-3"))
}

fn area<'a>(framework: &'a mut Framework, id: &str) -> &'a mut Area {
    framework
        .areas
        .iter_mut()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no area {id}"))
}

/// Takes a competence out of wherever it sits.
fn take_out(framework: &mut Framework, id: &str) -> Competence {
    fn from(list: &mut Vec<Competence>, id: &str) -> Option<Competence> {
        if let Some(i) = list.iter().position(|c| c.id == id) {
            return Some(list.remove(i));
        }
        list.iter_mut().find_map(|c| from(&mut c.competences, id))
    }
    framework
        .areas
        .iter_mut()
        .find_map(|a| from(&mut a.competences, id))
        .unwrap_or_else(|| panic!("no competence {id}"))
}

/// Where a competence sits: its area and the competence it is under, if any.
fn place(framework: &Framework, id: &str) -> Option<(String, Option<String>)> {
    framework
        .placed_competences()
        .into_iter()
        .find(|p| p.competence.id == id)
        .map(|p| (p.area.to_owned(), p.parent.map(str::to_owned)))
}

fn ids(area: &Area) -> Vec<&str> {
    area.competences.iter().map(|c| c.id.as_str()).collect()
}

/// Moves competence `id` to the end of area `to`.
fn move_to_area(framework: &mut Framework, id: &str, to: &str) {
    let competence = take_out(framework, id);
    area(framework, to).competences.push(competence);
}

/// Moves competence `id` under competence `under`.
fn move_under(framework: &mut Framework, id: &str, under: &str) {
    let moved = take_out(framework, id);
    competence(framework, under).competences.push(moved);
}

fn run(base: &Framework, ours: &Framework, theirs: &Framework, resolutions: Resolutions) -> Merge {
    merge(base, ours, theirs, &resolutions).expect("merges")
}

fn kinds(merge: &Merge) -> Vec<(String, Option<String>, ConflictKind)> {
    merge
        .conflicts
        .iter()
        .map(|c| {
            (
                c.item.clone(),
                c.field.as_ref().map(ToString::to_string),
                c.kind,
            )
        })
        .collect()
}

fn one(
    item: &str,
    field: Option<&str>,
    kind: ConflictKind,
) -> (String, Option<String>, ConflictKind) {
    (item.to_owned(), field.map(str::to_owned), kind)
}

#[test]
fn our_move_and_upstreams_edit_are_both_taken() {
    let base = pilot();
    let mut ours = base.clone();
    move_to_area(&mut ours, "2.1", "3");
    let mut theirs = base.clone();
    competence(&mut theirs, "2.1").definition = Some("Upstream's definition.".to_owned());
    let merged = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(kinds(&merged), []);
    assert_eq!(
        place(&merged.framework, "2.1"),
        Some(("3".to_owned(), None))
    );
    assert_eq!(
        competence(&mut merged.framework.clone(), "2.1")
            .definition
            .as_deref(),
        Some("Upstream's definition.")
    );
    let area2 = merged
        .framework
        .areas
        .iter()
        .find(|a| a.id == "2")
        .expect("area 2");
    assert!(!ids(area2).contains(&"2.1"));
    // Nothing but upstream's edit and our move: the same as upstream's edit made in ours.
    let mut expected = ours.clone();
    competence(&mut expected, "2.1").definition = Some("Upstream's definition.".to_owned());
    assert_eq!(merged.framework, expected);
}

#[test]
fn upstreams_move_is_applied_as_a_change_of_place() {
    let base = pilot();
    let mut ours = base.clone();
    competence(&mut ours, "2.1").title = "Vores titel".to_owned();
    let mut theirs = base.clone();
    move_under(&mut theirs, "2.1", "3.1");
    let merged = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(kinds(&merged), []);
    assert_eq!(
        place(&merged.framework, "2.1"),
        Some(("3".to_owned(), Some("3.1".to_owned())))
    );
    assert_eq!(
        competence(&mut merged.framework.clone(), "2.1").title,
        "Vores titel"
    );
    assert!(
        merged
            .applied
            .iter()
            .any(|a| a.section == Some(Section::Competences)
                && a.item == "2.1"
                && a.field == Some(FieldPath::new(["parent"]))
                && a.kind == AppliedKind::Changed)
    );
}

#[test]
fn the_same_move_on_both_sides_is_taken_once_and_different_moves_conflict() {
    let base = pilot();
    let mut ours = base.clone();
    move_to_area(&mut ours, "2.1", "3");
    let same = run(base, &ours, &ours.clone(), Resolutions::new());
    assert_eq!(kinds(&same), []);
    assert_eq!(same.framework, ours);

    let mut theirs = base.clone();
    move_to_area(&mut theirs, "2.1", "4");
    let open = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(
        kinds(&open),
        [one("2.1", Some("parent"), ConflictKind::BothChanged)]
    );
    let conflict = &open.conflicts[0];
    assert_eq!(
        (
            conflict.base.as_deref(),
            conflict.ours.as_deref(),
            conflict.theirs.as_deref()
        ),
        (Some("2"), Some("3"), Some("4"))
    );
    let field = FieldPath::new(["parent"]);
    let theirs_taken = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().field("2.1", field.clone(), Take::Theirs),
    );
    assert_eq!(kinds(&theirs_taken), []);
    assert_eq!(
        place(&theirs_taken.framework, "2.1"),
        Some(("4".to_owned(), None))
    );
    let elsewhere = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().field("2.1", field, Take::Text("5".to_owned())),
    );
    assert_eq!(kinds(&elsewhere), []);
    assert_eq!(
        place(&elsewhere.framework, "2.1"),
        Some(("5".to_owned(), None))
    );
    // A place the result does not have: the place is lost, and the conflict stays open.
    let nowhere = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().field(
            "2.1",
            FieldPath::new(["parent"]),
            Take::Text("99".to_owned()),
        ),
    );
    assert_eq!(
        kinds(&nowhere),
        [one("2.1", Some("parent"), ConflictKind::PlaceLost)]
    );
}

#[test]
fn a_move_here_and_a_removal_upstream_conflict() {
    let base = pilot();
    let mut ours = base.clone();
    move_to_area(&mut ours, "2.1", "3");
    let mut theirs = base.clone();
    take_out(&mut theirs, "2.1");
    let open = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(
        kinds(&open),
        [one("2.1", None, ConflictKind::ChangedRemoved)]
    );
    let removed = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().item("2.1", Take::Theirs),
    );
    assert_eq!(place(&removed.framework, "2.1"), None);
    let kept = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().item("2.1", Take::Ours),
    );
    assert_eq!(place(&kept.framework, "2.1"), Some(("3".to_owned(), None)));
}

#[test]
fn an_area_we_dissolved_goes_while_upstreams_edit_to_what_we_moved_out_is_kept() {
    let base = pilot();
    let mut ours = base.clone();
    for id in ids(area(&mut base.clone(), "5")) {
        move_to_area(&mut ours, id, "4");
    }
    ours.areas.retain(|a| a.id != "5");
    let mut theirs = base.clone();
    competence(&mut theirs, "5.1").definition = Some("Upstream's definition.".to_owned());
    let merged = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(kinds(&merged), []);
    assert!(merged.framework.areas.iter().all(|a| a.id != "5"));
    assert_eq!(
        place(&merged.framework, "5.1"),
        Some(("4".to_owned(), None))
    );
    assert_eq!(
        competence(&mut merged.framework.clone(), "5.1")
            .definition
            .as_deref(),
        Some("Upstream's definition.")
    );
}

#[test]
fn a_move_into_an_area_upstream_removed_is_a_conflict_on_the_area() {
    let base = pilot();
    let mut ours = base.clone();
    move_to_area(&mut ours, "2.1", "4");
    let mut theirs = base.clone();
    theirs.areas.retain(|a| a.id != "4");
    let open = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(kinds(&open), [one("4", None, ConflictKind::ChangedRemoved)]);
    assert!(
        open.conflicts[0]
            .ours
            .as_deref()
            .is_some_and(|shown| shown.contains("\"changed_within\":[\"2.1\"]")),
        "{:?}",
        open.conflicts[0].ours
    );
    // Upstream's removal taken: 2.1 goes back where upstream has it.
    let removed = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().item("4", Take::Theirs),
    );
    assert_eq!(kinds(&removed), []);
    assert!(removed.framework.areas.iter().all(|a| a.id != "4"));
    assert_eq!(
        place(&removed.framework, "2.1"),
        Some(("2".to_owned(), None))
    );
    // Ours: the area stays, with what it held and what we moved into it.
    let kept = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().item("4", Take::Ours),
    );
    assert_eq!(kinds(&kept), []);
    assert_eq!(kept.framework, ours);
}

#[test]
fn an_area_upstream_removed_while_we_edited_in_it_is_one_conflict() {
    let base = pilot();
    let mut ours = base.clone();
    competence(&mut ours, "4.2").title = "Vores titel".to_owned();
    let mut theirs = base.clone();
    theirs.areas.retain(|a| a.id != "4");
    let open = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(kinds(&open), [one("4", None, ConflictKind::ChangedRemoved)]);
    let kept = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().item("4", Take::Ours),
    );
    assert_eq!(kept.framework, ours);
    let removed = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().item("4", Take::Theirs),
    );
    assert_eq!(removed.framework, theirs);
}

#[test]
fn moves_that_put_a_competence_inside_itself_are_a_conflict_on_its_place() {
    let base = pilot();
    let mut ours = base.clone();
    move_under(&mut ours, "1.2", "1.1");
    let mut theirs = base.clone();
    move_under(&mut theirs, "1.1", "1.2");
    let open = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(
        kinds(&open),
        [one("1.2", Some("parent"), ConflictKind::PlaceLost)]
    );
    let conflict = &open.conflicts[0];
    assert_eq!(
        (
            conflict.base.as_deref(),
            conflict.ours.as_deref(),
            conflict.theirs.as_deref()
        ),
        (Some("1"), Some("1.1"), Some("1"))
    );
    let field = FieldPath::new(["parent"]);
    // Our place for 1.2 (under 1.1, which upstream put under 1.2) is inside itself: the
    // conflict stays open.
    let still = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().field("1.2", field.clone(), Take::Ours),
    );
    assert_eq!(
        kinds(&still),
        [one("1.2", Some("parent"), ConflictKind::PlaceLost)]
    );
    let settled = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().field("1.2", field, Take::Theirs),
    );
    assert_eq!(kinds(&settled), []);
    assert_eq!(settled.framework, theirs);
}

#[test]
fn a_statement_moved_here_keeps_upstreams_new_wording() {
    let base = digcomp();
    let first = |framework: &Framework| {
        let placed = framework.placed_competences();
        let from = placed
            .iter()
            .find(|p| !p.competence.statements.is_empty())
            .expect("statements");
        (
            from.competence.id.clone(),
            from.competence.statements[0].id.clone(),
        )
    };
    let (from, statement) = first(base);
    let to = base.placed_competences()[1].competence.id.clone();
    assert_ne!(from, to);
    let mut ours = base.clone();
    let moved = {
        let holder = competence(&mut ours, &from);
        let i = holder
            .statements
            .iter()
            .position(|s| s.id == statement)
            .expect("statement");
        holder.statements.remove(i)
    };
    competence(&mut ours, &to).statements.insert(0, moved);
    let mut theirs = base.clone();
    competence(&mut theirs, &from).statements[0].text = "Upstream's wording.".to_owned();
    let merged = run(base, &ours, &theirs, Resolutions::new());
    assert_eq!(kinds(&merged), []);
    let mut result = merged.framework.clone();
    let holder = competence(&mut result, &to);
    assert_eq!(holder.statements[0].id, statement);
    assert_eq!(holder.statements[0].text, "Upstream's wording.");
    assert!(
        competence(&mut result, &from)
            .statements
            .iter()
            .all(|s| s.id != statement)
    );
    // Merging again with what was merged gives the same.
    let again = run(&theirs, &merged.framework, &theirs, Resolutions::new());
    assert_eq!(kinds(&again), []);
    assert_eq!(again.framework, merged.framework);
}

#[test]
fn a_repeated_id_merges_nested_as_before() {
    let base = pilot();
    let mut ours = base.clone();
    let copy = competence(&mut ours, "1.1").clone();
    area(&mut ours, "2").competences.push(copy);
    let merged = run(base, &ours, base, Resolutions::new());
    assert_eq!(kinds(&merged), [one("1.1", None, ConflictKind::IdTaken)]);
    assert_eq!(merged.framework, ours);
}

/// Moves on the two sides that chain into a nesting deeper than a framework may have stop the
/// merge with an error naming a competence, instead of building it.
#[test]
fn moves_that_chain_too_deep_stop_the_merge() {
    let mut base = pilot().clone();
    let template = competence(&mut base, "1.1").clone();
    for i in 0..40 {
        let mut extra = template.clone();
        extra.id = format!("x{i}");
        area(&mut base, "1").competences.push(extra);
    }
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    for i in (1..40).step_by(2) {
        move_under(&mut ours, &format!("x{i}"), &format!("x{}", i - 1));
    }
    for i in (2..40).step_by(2) {
        move_under(&mut theirs, &format!("x{i}"), &format!("x{}", i - 1));
    }
    let error = merge(&base, &ours, &theirs, &Resolutions::new()).expect_err("too deep");
    assert!(
        error.to_string().contains("more than 30 levels deep"),
        "{error}"
    );
}

/// A text for a removed area keeps it with the text as its own fields, when it is the area's;
/// anything else leaves the conflict open.
#[test]
fn a_text_for_a_removed_area_keeps_it_when_it_is_the_areas_fields() {
    let base = pilot();
    let mut ours = base.clone();
    competence(&mut ours, "4.2").title = "Vores titel".to_owned();
    let mut theirs = base.clone();
    theirs.areas.retain(|a| a.id != "4");
    let text = |text: &str| Resolutions::new().item("4", Take::Text(text.to_owned()));
    for wrong in [
        "{\"id\":\"9\",\"title\":\"T\"}",
        "{\"id\":\"4\"}",
        "[]",
        "not json",
    ] {
        let open = run(base, &ours, &theirs, text(wrong));
        assert_eq!(
            kinds(&open),
            [one("4", None, ConflictKind::ChangedRemoved)],
            "{wrong}"
        );
        assert_eq!(open.resolved, [], "{wrong}");
    }
    let open = run(base, &ours, &theirs, Resolutions::new());
    let shown = open.conflicts[0].ours.clone().expect("shown");
    let renamed = shown.replace("\"title\":\"", "\"title\":\"Nyt navn: ");
    assert_ne!(renamed, shown);
    let settled = run(base, &ours, &theirs, text(&renamed));
    assert_eq!(kinds(&settled), []);
    let area4 = settled
        .framework
        .areas
        .iter()
        .find(|a| a.id == "4")
        .expect("area 4 kept");
    assert!(area4.title.starts_with("Nyt navn: "), "{}", area4.title);
    let mut expected = ours.clone();
    area(&mut expected, "4").title = area4.title.clone();
    assert_eq!(settled.framework, expected);
}

/// A competence the fork moved to another area and renumbered there (2.3 → 3.3) is still the
/// one upstream edited: upstream's 1.0.0 definition of 2.3 arrives in 3.3.
#[test]
fn a_competence_moved_and_renumbered_here_takes_upstreams_edit() {
    let base = pilot();
    let upstream = load("frameworks/stockholm-kultur");
    let mut ours = base.clone();
    move_to_area(&mut ours, "2.3", "3");
    competence(&mut ours, "2.3").id = "3.3".to_owned();
    for profile in &mut ours.profiles {
        if let Some(level) = profile.expected.remove("2.3") {
            profile.expected.insert("3.3".to_owned(), level);
        }
    }
    let merged = run(base, &ours, &upstream, Resolutions::new());
    assert_eq!(kinds(&merged), []);
    assert_eq!(
        place(&merged.framework, "3.3"),
        Some(("3".to_owned(), None))
    );
    assert_eq!(place(&merged.framework, "2.3"), None);
    let mut result = merged.framework.clone();
    let mut upstream = upstream.clone();
    assert_eq!(
        competence(&mut result, "3.3").definition,
        competence(&mut upstream, "2.3").definition
    );
}

/// A competence given whole as a text (the JSON a conflict shows, edited) stays in its place.
#[test]
fn a_competence_given_whole_as_a_text_stays_in_its_place() {
    let base = pilot();
    let mut ours = base.clone();
    competence(&mut ours, "2.1").title = "Vores titel".to_owned();
    let mut theirs = base.clone();
    take_out(&mut theirs, "2.1");
    let open = run(base, &ours, &theirs, Resolutions::new());
    let shown = open.conflicts[0].ours.clone().expect("ours shown");
    assert!(!shown.contains("\"parent\""), "{shown}");
    let text = shown.replace("Vores titel", "Vores nye titel");
    let settled = run(
        base,
        &ours,
        &theirs,
        Resolutions::new().item("2.1", Take::Text(text)),
    );
    assert_eq!(kinds(&settled), []);
    assert_eq!(
        place(&settled.framework, "2.1"),
        Some(("2".to_owned(), None))
    );
    let mut result = settled.framework.clone();
    assert_eq!(competence(&mut result, "2.1").title, "Vores nye titel");
}

/// A small deterministic generator (xorshift), so that the property below runs the same
/// changes every time.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Random changes of the kinds a fork or upstream makes: competences moved to another area or
/// under another competence, statements moved to another competence, titles edited, examples
/// added, competences removed, an area's competences reversed.
fn changed(base: &Framework, dice: &mut Dice) -> Framework {
    let mut out = base.clone();
    for _ in 0..1 + dice.below(6) {
        let ids: Vec<String> = out
            .placed_competences()
            .iter()
            .map(|p| p.competence.id.clone())
            .collect();
        let id = ids[dice.below(ids.len())].clone();
        match dice.below(7) {
            0 => {
                let to = out.areas[dice.below(out.areas.len())].id.clone();
                move_to_area(&mut out, &id, &to);
            }
            1 => {
                let under = ids[dice.below(ids.len())].clone();
                let inside = competence(&mut out, &id)
                    .walk()
                    .iter()
                    .any(|c| c.id == under);
                if !inside {
                    move_under(&mut out, &id, &under);
                }
            }
            2 => {
                let to = ids[dice.below(ids.len())].clone();
                let from = competence(&mut out, &id);
                if !from.statements.is_empty() && to != id {
                    let i = dice.below(from.statements.len());
                    let statement = from.statements.remove(i);
                    competence(&mut out, &to).statements.push(statement);
                }
            }
            3 => competence(&mut out, &id).title += " (ændret)",
            4 => competence(&mut out, &id)
                .examples
                .push(format!("Eksempel {}", dice.below(1000))),
            5 => {
                take_out(&mut out, &id);
                for profile in &mut out.profiles {
                    profile.expected.remove(&id);
                }
            }
            _ => {
                let i = dice.below(out.areas.len());
                out.areas[i].competences.reverse();
            }
        }
    }
    out
}

/// A change made on one side only comes through whole, whichever side made it, and the same
/// change on both sides is taken once: for many random mixes of moves, edits and removals.
#[test]
fn a_change_on_one_side_only_comes_through_whole() {
    let mut dice = Dice(0x5eed_f0e5);
    for (base, rounds) in [(pilot(), 60), (digcomp(), 12)] {
        for round in 0..rounds {
            let side = changed(base, &mut dice);
            for (ours, theirs, who) in [
                (&side, base, "ours"),
                (base, &side, "theirs"),
                (&side, &side, "both"),
            ] {
                let merged = run(base, ours, theirs, Resolutions::new());
                assert_eq!(kinds(&merged), [], "round {round}, {who}");
                assert!(
                    merged.framework == side,
                    "round {round}, {who}: not the side's framework"
                );
            }
        }
    }
}

/// Random changes on both sides merge without a panic or an error; a clean merge holds every
/// competence both sides kept, each once, and every move one side alone made.
#[test]
fn random_changes_on_both_sides_merge() {
    let mut dice = Dice(0xfa11_0f5e);
    let base = pilot();
    let mut clean = 0;
    for round in 0..80 {
        let ours = changed(base, &mut dice);
        let theirs = changed(base, &mut dice);
        let merged = run(base, &ours, &theirs, Resolutions::new());
        if !merged.conflicts.is_empty() {
            continue;
        }
        clean += 1;
        let ids = |f: &Framework| -> Vec<String> {
            f.placed_competences()
                .iter()
                .map(|p| p.competence.id.clone())
                .collect()
        };
        let result = ids(&merged.framework);
        let unique: std::collections::HashSet<&String> = result.iter().collect();
        assert_eq!(unique.len(), result.len(), "round {round}: an id twice");
        let (in_ours, in_theirs) = (ids(&ours), ids(&theirs));
        for id in in_ours.iter().filter(|id| in_theirs.contains(id)) {
            assert!(result.contains(id), "round {round}: {id} lost");
            // Where it sits directly: the competence it is under, else its area.
            let at = |f: &Framework| place(f, id).map(|(area, parent)| parent.unwrap_or(area));
            let [b, o, t] = [base, &ours, &theirs].map(at);
            let expected = if o == b { t } else { o };
            assert_eq!(at(&merged.framework), expected, "round {round}: {id}");
        }
    }
    assert!(clean >= 20, "too few clean merges to say much: {clean}");
}
