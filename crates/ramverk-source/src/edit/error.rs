//! Why a YAML document could not be edited in place.

use std::fmt;

use crate::{ParseError, Position};

/// A YAML feature the editor leaves alone: text that uses it may not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    /// `&name` before a node.
    Anchor,
    /// `*name` in place of a node.
    Alias,
    /// `!tag` before a node.
    Tag,
    /// `<<:` merging another mapping into this one.
    MergeKey,
}

impl fmt::Display for Feature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(match self {
            Feature::Anchor => "an anchor (`&name`)",
            Feature::Alias => "an alias (`*name`)",
            Feature::Tag => "a tag (`!tag`)",
            Feature::MergeKey => "a merge key (`<<`)",
        })
    }
}

/// Why [`crate::edit_to`] refused to edit a document.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    /// The text is not YAML ramverk reads.
    #[error("{}", parse_message(.0))]
    Parse(ParseError),
    /// The document holds something other than a mapping at its root.
    #[error(
        "line {}, column {}: the document's root is not a mapping, so it cannot be edited into one",
        at.line,
        at.column
    )]
    RootNotMapping {
        /// Where the root node starts.
        at: Position,
    },
    /// The target is not a JSON object; a document's root is always a mapping.
    #[error("the target value is not an object; a framework document is a mapping")]
    TargetNotObject,
    /// An anchor, alias, tag or merge key stands where the text would have to change.
    #[error(
        "line {}, column {}: {feature} stands where the text would have to change; write that part out plainly before editing it",
        at.line,
        at.column
    )]
    Unsupported {
        /// Which feature.
        feature: Feature,
        /// Where it is.
        at: Position,
    },
    /// A mapping that has to change holds the same key twice.
    #[error(
        "line {}, column {}: the key `{key}` appears more than once in this mapping; remove the repeated one first",
        at.line,
        at.column
    )]
    DuplicateKey {
        /// The repeated key.
        key: String,
        /// Where it appears the second time.
        at: Position,
    },
    /// The text is laid out in a way the editor does not follow.
    #[error("line {}, column {}: {what}", at.line, at.column)]
    Layout {
        /// What the editor expected.
        what: String,
        /// Where.
        at: Position,
    },
    /// A bug in the editor: its result would not read back as the target. The text is refused
    /// rather than returned wrong.
    #[error("bug in the YAML editor: {detail}; the edit was refused, nothing was changed")]
    Bug {
        /// What went wrong.
        detail: String,
    },
}

fn parse_message(error: &ParseError) -> String {
    match error.position {
        Some(at) => format!(
            "line {}, column {}: the YAML does not parse: {}",
            at.line, at.column, error.message
        ),
        None => format!("the YAML does not parse: {}", error.message),
    }
}
