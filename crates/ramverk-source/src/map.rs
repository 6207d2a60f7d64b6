//! Which file, line and column each part of an assembled framework came from.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::path::PathBuf;
use std::sync::OnceLock;

use crate::node::{Entry, Node, Position, Value};
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
    node: OnceLock<Option<Node>>,
    /// Where the keys of the tree's large mappings are, built with the first location asked for.
    keys: LazyKeyIndex,
}

impl Mount {
    /// A file whose node tree is already built.
    pub fn with_node(at: Pointer, file: usize, node: Node) -> Self {
        Mount {
            at,
            file,
            node: OnceLock::from(Some(node)),
            keys: LazyKeyIndex::default(),
        }
    }

    /// A file whose node tree is built from its text when needed.
    pub fn lazy(at: Pointer, file: usize) -> Self {
        Mount {
            at,
            file,
            node: OnceLock::new(),
            keys: LazyKeyIndex::default(),
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
        let keys = mount.keys.0.get_or_init(|| KeyIndex::of(node));
        Some((mount.file, walk(node, keys, rest, target)))
    }
}

/// Mappings with more entries than this are indexed; smaller ones are searched entry by entry.
const INDEXED_FROM: usize = 16;

/// Where each key of a tree's large mappings is, so that locating a finding in a mapping of n
/// keys takes constant time, not time in n (n findings in one mapping would take time in n²):
/// (address of the mapping's entries, hash of the key) → index of the key's first entry. The tree
/// never moves or changes once built, so the addresses stay valid; an entry whose key does not
/// match (a hash collision) sends the search back to a scan, so the index can make a search slow,
/// never wrong.
#[derive(Debug, Default)]
struct KeyIndex {
    /// The addresses of the mappings indexed.
    maps: HashSet<usize>,
    first: HashMap<(usize, u64), u32>,
    hasher: RandomState,
}

impl KeyIndex {
    /// The index of every mapping in `node` with more than [`INDEXED_FROM`] entries.
    fn of(node: &Node) -> KeyIndex {
        let mut index = KeyIndex::default();
        let mut pending = vec![node];
        while let Some(node) = pending.pop() {
            match &node.value {
                Value::Map(entries) => {
                    if entries.len() > INDEXED_FROM {
                        index.add(entries);
                    }
                    pending.extend(entries.iter().map(|entry| &entry.node));
                }
                Value::Seq(items) => pending.extend(items),
                _ => {}
            }
        }
        index
    }

    fn add(&mut self, entries: &[Entry]) {
        self.maps.insert(entries.as_ptr() as usize);
        self.first.reserve(entries.len());
        for (at, entry) in entries.iter().enumerate() {
            let key = (entries.as_ptr() as usize, self.hasher.hash_one(&entry.key));
            // The first of repeated keys, as a scan would find.
            self.first.entry(key).or_insert(at as u32);
        }
    }

    /// The first entry of `entries` whose key is `key`.
    fn find<'a>(&self, entries: &'a [Entry], key: &str) -> Option<&'a Entry> {
        let map = entries.as_ptr() as usize;
        if self.maps.contains(&map) {
            let at = self.first.get(&(map, self.hasher.hash_one(key)));
            // Indexed and absent: no entry has this key.
            let entry = entries.get(*at? as usize)?;
            if same_key(entry, key) {
                return Some(entry);
            }
        }
        entries.iter().find(|entry| same_key(entry, key))
    }
}

/// Whether `entry` has the key `key`; the tests count the calls.
fn same_key(entry: &Entry, key: &str) -> bool {
    #[cfg(test)]
    tests::COMPARED.with(|count| count.set(count.get() + 1));
    entry.key == key
}

/// A [`KeyIndex`] built on first use; a copy starts without one (its tree is elsewhere).
#[derive(Debug, Default)]
struct LazyKeyIndex(OnceLock<KeyIndex>);

impl Clone for LazyKeyIndex {
    fn clone(&self) -> Self {
        LazyKeyIndex::default()
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
        // Counted from the value, not from the start of the file: many findings in a large file
        // cost time in the size of their values, not in the size of the file each.
        Some((
            file,
            position_after(text, position, found, found + needle.len()),
        ))
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

/// The position of the byte range `start..end` of `text`, counted from `from`, a position at or
/// before `start`.
fn position_after(text: &str, from: Position, start: usize, end: usize) -> Position {
    let between = &text[from.start..start];
    let (line, column) = match between.rfind('\n') {
        Some(last) => (
            from.line as usize + between.matches('\n').count(),
            between[last + 1..].chars().count() + 1,
        ),
        None => (
            from.line as usize,
            from.column as usize + between.chars().count(),
        ),
    };
    Position {
        line: line as u32,
        column: column as u32,
        start,
        end,
    }
}

fn walk(node: &Node, keys: &KeyIndex, steps: &[Step], target: Target) -> Position {
    let Some((step, rest)) = steps.split_first() else {
        return node.position;
    };
    let child = match (&node.value, step) {
        (Value::Map(entries), step) => {
            let key = match step {
                Step::Key(key) => key.clone(),
                Step::Index(index) => index.to_string(),
            };
            keys.find(entries, &key).map(|entry| {
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
        Some(Ok(child)) => walk(child, keys, rest, target),
        Some(Err(key_position)) => key_position,
        None => node.position,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// How many keys [`same_key`] compared on this thread.
        pub(super) static COMPARED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    fn compared() -> usize {
        COMPARED.with(std::cell::Cell::get)
    }

    /// A file with one mapping of `n` keys `k0` … `k<n-1>`, one per line, `k0` repeated at the end.
    fn large_mapping(n: usize) -> SourceMap {
        let mut text: String = (0..n).map(|i| format!("k{i}: {i}\n")).collect();
        text.push_str("k0: again\n");
        let node = crate::parse_with_serde_saphyr(&text).unwrap();
        let mut map = SourceMap::default();
        let file = map.add_file("big.yaml".into(), text);
        map.mounts
            .push(Mount::with_node(Pointer::root(), file, node));
        map
    }

    #[test]
    fn locating_every_key_of_a_large_mapping_compares_each_key_once() {
        let n = 20_000;
        let map = large_mapping(n);
        let before = compared();
        for i in (0..n).rev() {
            let (_, position) = map
                .locate(&Pointer::root().key(&format!("k{i}")), Target::Key)
                .unwrap();
            assert_eq!(position.line as usize, i + 1);
        }
        // A scan would compare n²/2 keys (200,000,000); the index compares one per lookup.
        assert_eq!(compared() - before, n);
        // A repeated key is found where it first appears, as a scan finds it; a missing one
        // falls back to the mapping, without comparing a key.
        let before = compared();
        let (_, first) = map.locate(&Pointer::root().key("k0"), Target::Key).unwrap();
        assert_eq!(first.line, 1);
        let (_, missing) = map
            .locate(&Pointer::root().key("nope"), Target::Key)
            .unwrap();
        assert_eq!(missing.line, 1);
        assert_eq!(compared() - before, 1);
    }

    #[test]
    fn a_text_is_placed_as_if_counted_from_the_start_of_the_file() {
        let text = "a: x\nb: >-\n  før\n  mid tèxt\nc: ö då är här\n";
        let node = crate::parse(text).unwrap();
        let mut map = SourceMap::default();
        let file = map.add_file("t.yaml".into(), text.into());
        map.mounts
            .push(Mount::with_node(Pointer::root(), file, node));
        for (key, needle) in [("b", "tèxt"), ("b", "før"), ("c", "här"), ("c", "ö")] {
            let (_, position) = map.locate_text(&Pointer::root().key(key), needle).unwrap();
            let start = text.find(needle).unwrap();
            assert_eq!(
                position,
                position_of_range(text, start, start + needle.len()),
                "{needle}"
            );
        }
    }

    #[test]
    fn a_copied_map_builds_its_own_index_and_small_mappings_are_scanned() {
        let map = large_mapping(100).clone();
        let (_, position) = map
            .locate(&Pointer::root().key("k99"), Target::Value)
            .unwrap();
        assert_eq!(position.line, 100);
        let small = large_mapping(INDEXED_FROM - 1);
        let before = compared();
        let (_, position) = small
            .locate(&Pointer::root().key("k9"), Target::Key)
            .unwrap();
        assert_eq!(position.line, 10);
        assert_eq!(compared() - before, 10);
    }
}
