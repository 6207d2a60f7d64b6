//! A conflict: one item or field that ours and theirs changed in different ways.

use ramverk_review::diff::Section;

use crate::FieldPath;

/// Why ours and theirs cannot both be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConflictKind {
    /// Both changed the same field (or added it), differently.
    BothChanged,
    /// We changed the item (or field), upstream removed it.
    ChangedRemoved,
    /// We removed the item (or field), upstream changed it.
    RemovedChanged,
    /// Both added an item with the same id and different content.
    IdReused,
    /// Both renumbered the item, to different ids.
    RenumberedDifferently,
    /// Two items of the result have the same id: one kept by an open conflict, one renumbered
    /// into its id.
    IdTaken,
    /// The item's place is gone: moved into an area or competence the result does not have,
    /// or the two sides' moves put it inside itself.
    PlaceLost,
}

/// One item or field of an item that is left to the user, or that a resolution settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The section of the item; `None` for the framework's own fields (title, version ...).
    pub section: Option<Section>,
    /// The item's id in the result (the framework's id in ours for its own fields).
    pub item: String,
    /// The field; `None` for the whole item (changed on one side and removed on the other, an
    /// id reused, renumbered differently).
    pub field: Option<FieldPath>,
    /// Why it is a conflict.
    pub kind: ConflictKind,
    /// In the common base: the text, or JSON for anything else; `None` when absent.
    pub base: Option<String>,
    /// In ours.
    pub ours: Option<String>,
    /// In theirs.
    pub theirs: Option<String>,
}
