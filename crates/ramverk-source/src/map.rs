//! Which file, line and column each part of an assembled framework came from.

use std::path::PathBuf;

use crate::node::{Node, Position, Value};
use crate::pointer::{Pointer, Step};

/// A file read while loading, with its text (for rendering snippets).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    /// The path as given or found.
    pub path: PathBuf,
    /// The full text (empty when [`SourceFile::has_text`] is false).
    pub text: String,
    /// Whether `text` is the file's text. A spreadsheet, or a file too large to keep, has rows and
    /// columns but no text to quote: findings in it are placed by line and column alone.
    pub has_text: bool,
}

/// A parsed file placed at a pointer in the assembled framework.
#[derive(Debug, Clone)]
pub struct Mount {
    /// Where the file's root node sits in the framework (`""`, `/areas/3`).
    pub at: Pointer,
    /// Index into [`SourceMap::files`].
    pub file: usize,
    /// The file's node tree, built when a location is first asked for (most files never are).
    node: std::sync::OnceLock<Option<Node>>,
}

impl Mount {
    /// A file whose node tree is already built.
    pub fn with_node(at: Pointer, file: usize, node: Node) -> Self {
        Mount {
            at,
            file,
            node: std::sync::OnceLock::from(Some(node)),
        }
    }

    /// A file whose node tree is built from its text when needed.
    pub fn lazy(at: Pointer, file: usize) -> Self {
        Mount {
            at,
            file,
            node: std::sync::OnceLock::new(),
        }
    }

    /// The node tree of the file, parsing `text` the first time.
    pub fn node(&self, text: &str) -> Option<&Node> {
        self.node.get_or_init(|| crate::parse(text).ok()).as_ref()
    }
}

/// Whether a location should point at a mapping key or at its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The value.
    Value,
    /// The key of the entry holding the value.
    Key,
}

/// All files of a framework and where each is mounted.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    /// Every file read, in reading order.
    pub files: Vec<SourceFile>,
    /// Parsed files and where they sit in the model.
    pub mounts: Vec<Mount>,
}

impl SourceMap {
    /// Adds a file and returns its index.
    pub fn add_file(&mut self, path: PathBuf, text: String) -> usize {
        self.files.push(SourceFile {
            path,
            text,
            has_text: true,
        });
        self.files.len() - 1
    }

    /// Adds a file whose text is not kept (a spreadsheet, a large CSV file, a file read by
    /// another part of ramverk) and returns its index; labels in it carry a line and column only
    /// ([`Diagnostic::at_line`](crate::Diagnostic::at_line)).
    pub fn add_file_without_text(&mut self, path: PathBuf) -> usize {
        self.files.push(SourceFile {
            path,
            text: String::new(),
            has_text: false,
        });
        self.files.len() - 1
    }

    /// The file and position of the value (or key) a pointer names. Where the pointer leads past
    /// what the file has (a missing property), the nearest existing ancestor is returned.
    pub fn locate(&self, pointer: &Pointer, target: Target) -> Option<(usize, Position)> {
        let mount = self
            .mounts
            .iter()
            .filter(|mount| pointer.0.starts_with(&mount.at.0))
            .max_by_key(|mount| mount.at.0.len())?;
        let rest = &pointer.0[mount.at.0.len()..];
        let node = mount.node(&self.files.get(mount.file)?.text)?;
        Some((mount.file, walk(node, rest, target)))
    }
}

impl SourceMap {
    /// The unquoted scalar a pointer names, exactly as the file writes it (`1.20`, where YAML
    /// read the number 1.2), so that help can quote it; `None` for a quoted or compound value.
    pub fn written_plain(&self, pointer: &Pointer, target: Target) -> Option<&str> {
        let (file, position) = self.locate(pointer, target)?;
        let written = self
            .files
            .get(file)?
            .text
            .get(position.start..position.end)?;
        let plain = !written.is_empty()
            && !written.starts_with(['"', '\'', '[', '{', '|', '>', '&', '*', '!'])
            && !written.contains(|c: char| c.is_whitespace() || c == ':' || c == ',');
        plain.then_some(written)
    }

    /// The position of `needle` inside the value a pointer names (the first occurrence at or
    /// after the value's start), so a finding can underline one word instead of a whole text.
    pub fn locate_text(&self, pointer: &Pointer, needle: &str) -> Option<(usize, Position)> {
        let (file, position) = self.locate(pointer, Target::Value)?;
        let text = &self.files.get(file)?.text;
        let window_end = (position.start + 1 + 64 * 1024).min(text.len());
        let window = text.get(position.start..window_end)?;
        let found = position.start + window.find(needle)?;
        Some((file, position_of_range(text, found, found + needle.len())))
    }
}

/// The position of a byte range in a text.
pub fn position_of_range(text: &str, start: usize, end: usize) -> Position {
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |n| n + 1);
    let column = before[line_start..].chars().count() + 1;
    Position {
        line: line as u32,
        column: column as u32,
        start,
        end,
    }
}

fn walk(node: &Node, steps: &[Step], target: Target) -> Position {
    let Some((step, rest)) = steps.split_first() else {
        return node.position;
    };
    let child = match (&node.value, step) {
        (Value::Map(entries), step) => {
            let key = match step {
                Step::Key(key) => key.clone(),
                Step::Index(index) => index.to_string(),
            };
            entries.iter().find(|entry| entry.key == key).map(|entry| {
                if rest.is_empty() && target == Target::Key {
                    return Err(entry.key_position);
                }
                Ok(&entry.node)
            })
        }
        (Value::Seq(items), Step::Index(index)) => items.get(*index).map(Ok),
        _ => None,
    };
    match child {
        Some(Ok(child)) => walk(child, rest, target),
        Some(Err(key_position)) => key_position,
        None => node.position,
    }
}
