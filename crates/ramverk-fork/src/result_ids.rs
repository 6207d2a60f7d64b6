//! Where each side's item ids went in a merge's result, renumbering on either side followed.

use ramverk_review::diff::Section;

use crate::rename::Renames;

/// Maps an id of ours or of theirs to the id the same item has in the merged framework: the
/// side's renumbering undone to the base's id, then the result's renumbering applied — the
/// same renames the merge applies to the items themselves. An id the result does not have
/// maps to itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResultIds {
    ours: Renames,
    theirs: Renames,
    result: Renames,
}

impl ResultIds {
    pub(crate) fn new(ours: Renames, theirs: Renames, result: Renames) -> ResultIds {
        ResultIds {
            ours,
            theirs,
            result,
        }
    }

    /// The result's id of ours' item `id` in `section`.
    pub fn of_ours<'a>(&'a self, section: Section, id: &'a str) -> &'a str {
        self.result.apply(section, self.ours.apply(section, id))
    }

    /// The result's id of theirs' (upstream's) item `id` in `section`.
    pub fn of_theirs<'a>(&'a self, section: Section, id: &'a str) -> &'a str {
        self.result.apply(section, self.theirs.apply(section, id))
    }
}
