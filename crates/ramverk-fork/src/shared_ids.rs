//! One id space for the three versions: each side's renumbering undone, the result's ids settled.

use std::collections::{HashMap, HashSet};

use ramverk_model::Framework;
use ramverk_review::diff::{ChangeKind, Section, diff};

use crate::rename::Renames;
use crate::{Applied, AppliedKind, Conflict, ConflictKind, Resolutions, Take};

/// The sections whose items the diff can see renumbered.
const RENUMBERED: [Section; 5] = [
    Section::Areas,
    Section::Competences,
    Section::Statements,
    Section::LearningOutcomes,
    Section::Glossary,
];

/// How the ids of ours and theirs map to the shared ones (the base's), and the shared ones to
/// the result's.
#[derive(Debug, Default)]
pub(crate) struct SharedIds {
    /// Ours' ids → shared ids.
    pub ours: Renames,
    /// Theirs' ids → shared ids.
    pub theirs: Renames,
    /// Shared ids → the result's ids.
    pub result: Renames,
    /// Both sides renumbered an item to different ids.
    pub conflicts: Vec<Conflict>,
    /// Renumbering conflicts a resolution settled.
    pub resolved: Vec<(Conflict, Take)>,
    /// Items upstream renumbered and we did not.
    pub applied: Vec<Applied>,
    /// Shared id → ours' and theirs' ids, for items both renumbered differently.
    aliases: HashMap<(Section, String), [String; 2]>,
}

/// Base id → side id, per section, for every item the side renumbered.
type Renumbering = HashMap<Section, Vec<(String, String)>>;

fn renumbering(base: &Framework, side: &Framework) -> Renumbering {
    let changes = diff(base, side);
    let mut out = Renumbering::new();
    for section in RENUMBERED {
        for item in changes.items(section) {
            if item.change == ChangeKind::Renumbered
                && let Some(old) = &item.old_id
            {
                out.entry(section)
                    .or_default()
                    .push((old.clone(), item.id.clone()));
            }
        }
    }
    out
}

/// The ids of every item of `section` in `framework`.
pub(crate) fn ids(framework: &Framework, section: Section) -> HashSet<&str> {
    let competences = framework.placed_competences();
    match section {
        Section::Areas => framework.areas.iter().map(|a| a.id.as_str()).collect(),
        Section::Competences => competences
            .iter()
            .map(|p| p.competence.id.as_str())
            .collect(),
        Section::Statements => competences
            .iter()
            .flat_map(|p| p.competence.statements.iter().map(|s| s.id.as_str()))
            .collect(),
        Section::LearningOutcomes => competences
            .iter()
            .flat_map(|p| p.competence.learning_outcomes.iter().map(|o| o.id.as_str()))
            .collect(),
        Section::Glossary => framework.glossary.iter().map(|t| t.id.as_str()).collect(),
        _ => HashSet::new(),
    }
}

/// The temporary shared id of a side's item that took an id the side renumbered away.
fn parked(id: &str, side: &str) -> String {
    format!("{id}~{side}")
}

/// Side ids → shared ids: renumbered items back to their base ids; an item that took the id of
/// one renumbered away is parked under a temporary id. Returns the renames and the parked ids
/// with their side ids.
fn to_shared(
    side: &Framework,
    renumbering: &Renumbering,
    tag: &str,
) -> (Renames, Vec<(Section, String, String)>) {
    let mut renames = Renames::default();
    let mut parked_ids = Vec::new();
    for (&section, pairs) in renumbering {
        let present = ids(side, section);
        let targets: HashSet<&str> = pairs.iter().map(|(_, new)| new.as_str()).collect();
        for (old, new) in pairs {
            renames.insert(section, new, old);
            if present.contains(old.as_str()) && !targets.contains(old.as_str()) {
                let temporary = parked(old, tag);
                renames.insert(section, old, &temporary);
                parked_ids.push((section, temporary, old.clone()));
            }
        }
    }
    (renames, parked_ids)
}

impl SharedIds {
    /// Reads each side's renumbering from the diff against the base and settles the result's
    /// ids: theirs' new id where upstream renumbered, ours where only we did; both renumbered
    /// differently is a conflict (ours while open).
    pub fn new(
        base: &Framework,
        ours: &Framework,
        theirs: &Framework,
        resolutions: &Resolutions,
    ) -> SharedIds {
        let ours_renumbering = renumbering(base, ours);
        let theirs_renumbering = renumbering(base, theirs);
        let (ours_renames, ours_parked) = to_shared(ours, &ours_renumbering, "ours");
        let (theirs_renames, theirs_parked) = to_shared(theirs, &theirs_renumbering, "theirs");
        let mut ids = SharedIds {
            ours: ours_renames,
            theirs: theirs_renames,
            ..SharedIds::default()
        };
        for (section, temporary, id) in ours_parked.into_iter().chain(theirs_parked) {
            ids.result.insert(section, &temporary, &id);
        }
        for section in RENUMBERED {
            let empty = Vec::new();
            let ours_pairs = ours_renumbering.get(&section).unwrap_or(&empty);
            let theirs_pairs = theirs_renumbering.get(&section).unwrap_or(&empty);
            let ours_by_base: HashMap<&str, &str> = ours_pairs
                .iter()
                .map(|(old, new)| (old.as_str(), new.as_str()))
                .collect();
            for (old, new) in theirs_pairs {
                match ours_by_base.get(old.as_str()) {
                    Some(&ours_new) if ours_new != new => {
                        let id = ids.both_renumbered(section, old, ours_new, new, resolutions);
                        ids.result.insert(section, old, &id);
                    }
                    Some(_) => ids.result.insert(section, old, new),
                    None => {
                        ids.result.insert(section, old, new);
                        ids.applied.push(Applied {
                            section: Some(section),
                            item: new.clone(),
                            field: None,
                            kind: AppliedKind::Renumbered,
                            was: Some(old.clone()),
                        });
                    }
                }
            }
            let theirs_bases: HashSet<&str> =
                theirs_pairs.iter().map(|(o, _)| o.as_str()).collect();
            for (old, new) in ours_pairs {
                if !theirs_bases.contains(old.as_str()) {
                    ids.result.insert(section, old, new);
                }
            }
        }
        ids
    }

    /// The result's id of an item both sides renumbered, differently.
    fn both_renumbered(
        &mut self,
        section: Section,
        base: &str,
        ours: &str,
        theirs: &str,
        resolutions: &Resolutions,
    ) -> String {
        let conflict = Conflict {
            section: Some(section),
            item: ours.to_owned(),
            field: None,
            kind: ConflictKind::RenumberedDifferently,
            base: Some(base.to_owned()),
            ours: Some(ours.to_owned()),
            theirs: Some(theirs.to_owned()),
        };
        self.aliases.insert(
            (section, base.to_owned()),
            [ours.to_owned(), theirs.to_owned()],
        );
        match resolutions.find(&[ours, theirs], None) {
            Some(take) => {
                let id = match take {
                    Take::Ours => ours.to_owned(),
                    Take::Theirs => theirs.to_owned(),
                    Take::Text(id) => id.clone(),
                };
                self.resolved.push((conflict, take.clone()));
                id
            }
            None => {
                self.conflicts.push(conflict);
                ours.to_owned()
            }
        }
    }

    /// The ids an item with shared id `id` may be known by in resolutions: its id in the result,
    /// and, when both sides renumbered it, the other side's.
    pub fn names(&self, section: Section, id: &str) -> Vec<String> {
        let mut names = vec![self.result.apply(section, id).to_owned()];
        if let Some(aliases) = self.aliases.get(&(section, id.to_owned())) {
            names.extend(aliases.iter().cloned());
        }
        names
    }
}
