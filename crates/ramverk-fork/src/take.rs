//! How one conflict is resolved: ours, theirs, or a text of the user's own.

/// What to keep where ours and theirs disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Take {
    /// Keep our version (`--ours`).
    Ours,
    /// Take upstream's version (`--theirs`).
    Theirs,
    /// Write this instead (an edited conflict file): the text of a text field; for a number,
    /// a list or a whole item, its JSON.
    Text(String),
}
