//! What can stop a merge from producing a framework.

/// The merge could not produce a framework.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The merged content is not a framework the model can hold (a resolution's text of the
    /// wrong kind, say).
    #[error("the merged framework does not fit the model: {0}")]
    Unrepresentable(#[source] serde_json::Error),
    /// The moves of the two sides nest competences deeper than a framework may.
    #[error(
        "the merge would nest competence {0} more than {max} levels deep; move it up in the fork first",
        max = crate::flat::MAX_DEPTH
    )]
    TooDeep(String),
}
