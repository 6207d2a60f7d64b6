//! What the merge took from upstream, for the report.

use ramverk_review::diff::Section;

use crate::FieldPath;

/// How an upstream change came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppliedKind {
    /// An item upstream added.
    Added,
    /// An item upstream removed.
    Removed,
    /// A field upstream changed (added, removed or rewritten).
    Changed,
    /// An item upstream renumbered.
    Renumbered,
}

/// One upstream change the merge applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The section; `None` for the framework's own fields.
    pub section: Option<Section>,
    /// The item's id in the result (for a removed item, its id in the base).
    pub item: String,
    /// The field that changed; `None` for a whole item.
    pub field: Option<FieldPath>,
    /// What happened.
    pub kind: AppliedKind,
    /// The item's id in the base, when upstream renumbered it.
    pub was: Option<String>,
}
