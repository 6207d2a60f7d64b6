//! The document being edited — its text, its line break, what it uses — and the place of a node
//! in it (what holds the node: the root, a key, a list item).

use std::ops::Range;

use crate::Position;
use crate::node::Node;

use super::edits::Edits;
use super::error::EditError;
use super::lines::{line_after, line_start, locate};
use super::properties::Properties;

/// The text being edited and what every step needs to know about it.
pub(super) struct Doc<'a> {
    /// The original text.
    pub text: &'a str,
    /// Its line break: `\n` or `\r\n`, as its first line ends.
    pub nl: &'static str,
    /// Whether some mapping repeats a key (then mappings are compared through their JSON).
    pub exact_maps: bool,
    /// Where anchors, aliases, tags and merge keys are.
    pub properties: Properties,
}

/// What holds a node.
#[derive(Debug, Clone, Copy)]
pub(super) enum Parent {
    /// The node is the document's root.
    Root,
    /// The node is the value of a key at column `indent` whose `:` is at `colon`.
    Key {
        /// The key's column.
        indent: usize,
        /// Offset of the `:`.
        colon: usize,
    },
    /// The node is a list item whose `-` is at `dash`, column `indent`.
    Item {
        /// The dash's column.
        indent: usize,
        /// Offset of the `-`.
        dash: usize,
    },
}

/// Where a node is: what holds it, and where the text between its holder and it begins.
#[derive(Debug, Clone, Copy)]
pub(super) struct Place {
    /// Start of the gap before the node (after the key, after the dash; 0 for the root).
    pub gap_start: usize,
    /// What holds the node.
    pub parent: Parent,
}

impl<'a> Doc<'a> {
    /// The document `text`, whose root is `root`.
    pub fn new(text: &'a str, root: &Node) -> Doc<'a> {
        Doc {
            text,
            nl: line_break(text),
            exact_maps: !root.duplicate_keys().is_empty(),
            properties: Properties::find(text),
        }
    }

    /// The position of byte `at`.
    pub fn at(&self, at: usize) -> Position {
        locate(self.text, at)
    }

    /// A layout the editor does not follow, at byte `at`.
    pub fn layout(&self, at: usize, what: impl Into<String>) -> EditError {
        EditError::Layout {
            what: what.into(),
            at: self.at(at),
        }
    }

    /// Refuses to change a node that carries an anchor or tag, or is an alias.
    pub fn check_node(&self, node: &Node, place: Place) -> Result<(), EditError> {
        let start = node.position.start;
        match self.properties.on_node(place.gap_start.min(start), start) {
            Some((at, feature)) => Err(EditError::Unsupported {
                feature,
                at: self.at(at),
            }),
            None => Ok(()),
        }
    }

    /// Refuses to remove or replace text holding an anchor that aliases may refer to.
    pub fn check_removable(&self, range: &Range<usize>) -> Result<(), EditError> {
        match self.properties.referenced_anchor(range.start, range.end) {
            Some(at) => Err(EditError::Unsupported {
                feature: super::error::Feature::Anchor,
                at: self.at(at),
            }),
            None => Ok(()),
        }
    }

    /// Removes the whole lines `range` (an entry or item with its comments); when blank lines
    /// stand on both sides, one of them goes too.
    pub fn remove_lines(&self, range: Range<usize>, out: &mut Edits) -> Result<(), EditError> {
        self.check_removable(&range)?;
        let text = self.text;
        let blank = |from: usize, to: usize| {
            text.as_bytes()[from..to]
                .iter()
                .all(|b| b.is_ascii_whitespace())
        };
        let blank_before = range.start > 0 && blank(line_start(text, range.start - 1), range.start);
        let next = line_after(text, range.end);
        let end = if blank_before && range.end < text.len() && blank(range.end, next) {
            next
        } else {
            range.end
        };
        out.replace(range.start..end, String::new());
        Ok(())
    }

    /// Inserts whole `lines` (ending with a line break) at `at`, a line start or the text's end;
    /// at the end of a text without a final line break, the break goes before them instead.
    pub fn insert_lines(&self, at: usize, lines: String, out: &mut Edits) {
        let text = self.text;
        if at >= text.len() && !text.is_empty() && !text.ends_with('\n') {
            let body = lines.strip_suffix(self.nl).unwrap_or(&lines);
            out.insert(at, format!("{}{body}", self.nl));
        } else {
            out.insert(at, lines);
        }
    }
}

/// `\r\n` when the text's first line ends so, else `\n`.
pub(super) fn line_break(text: &str) -> &'static str {
    match text.find('\n') {
        Some(at) if at > 0 && text.as_bytes()[at - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}
