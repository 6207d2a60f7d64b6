//! A translation file: one locale's texts for a framework, keyed by stable message keys, each
//! with the fingerprint of the source text it was made from and its state.
//!
//! ```yaml
//! language: da
//! entries:
//!   competence:1.1:title:
//!     text: Søge, navigere og filtrere data
//!     state: reviewed
//!     source: Söka, navigera och filtrera data
//!     fingerprint: 5f0c6a4e9b1d2c33
//! ```

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::problem::{Problem, Problems};
use ramverk_source::suggest::did_you_mean;
use ramverk_source::{Node, Value, parse};

/// How far a translation has come (the XLIFF 2 segment states).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationState {
    /// A draft, or not started: not shown to readers.
    Initial,
    /// Translated, not yet reviewed.
    Translated,
    /// Checked by a second person.
    Reviewed,
    /// Signed off.
    Final,
}

impl TranslationState {
    /// Every state, lowest first.
    pub const ALL: [TranslationState; 4] = [
        TranslationState::Initial,
        TranslationState::Translated,
        TranslationState::Reviewed,
        TranslationState::Final,
    ];

    /// The name used in files (`reviewed`).
    pub fn name(self) -> &'static str {
        match self {
            TranslationState::Initial => "initial",
            TranslationState::Translated => "translated",
            TranslationState::Reviewed => "reviewed",
            TranslationState::Final => "final",
        }
    }

    /// What the state means, for the reference documentation.
    pub fn meaning(self) -> &'static str {
        match self {
            TranslationState::Initial => {
                "a draft or not started; readers see the source text instead"
            }
            TranslationState::Translated => "translated, not yet reviewed; shown to readers",
            TranslationState::Reviewed => "checked by a second person; shown to readers",
            TranslationState::Final => "signed off; shown to readers",
        }
    }

    /// The state named `name`.
    pub fn parse(name: &str) -> Option<TranslationState> {
        TranslationState::ALL
            .into_iter()
            .find(|state| state.name() == name)
    }
}

/// One translated text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The message key (`competence:1.1:title`).
    pub key: String,
    /// The translation.
    pub text: String,
    /// How far it has come.
    pub state: TranslationState,
    /// The source text it was made from, kept to show what changed when it goes stale.
    pub source: Option<String>,
    /// Fingerprint of that source text (see [`crate::fingerprint`]).
    pub fingerprint: String,
    /// 1-based line of the key in the file (0 for entries not yet written).
    #[serde(skip)]
    pub line: u32,
}

/// A translation file as read, with what is needed to edit it in place.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    /// Where it is (or will be) stored.
    pub path: PathBuf,
    /// The locale, a BCP 47 tag (`da`, `en-GB`).
    pub language: String,
    /// The entries in file order.
    pub entries: Vec<Entry>,
    index: foldhash::HashMap<String, usize>,
    /// The file's text as read (empty for a new file), for edits that keep comments and layout.
    pub(super) original: String,
    /// Byte range of each entry in `original`, by entry index (trailing comments excluded).
    pub(super) spans: Vec<std::ops::Range<usize>>,
    /// Where the `entries` mapping's block ends in `original`, and how it is indented.
    pub(super) entries_block: EntriesBlock,
    /// Entries changed or added since reading, by index.
    pub(super) dirty: std::collections::BTreeSet<usize>,
}

/// How the `entries` block of a file sits in its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct EntriesBlock {
    /// Byte offset just after the line holding `entries:`.
    pub after_header: usize,
    /// Spaces before an entry key.
    pub indent: usize,
    /// Spaces before an entry's fields.
    pub field_indent: usize,
    /// Bytes of an empty flow mapping (`{}`) or `null` to remove when adding entries.
    pub empty_value: Option<std::ops::Range<usize>>,
    /// The block cannot be edited in place (a non-empty flow mapping): rewrite it whole.
    pub rewrite: bool,
    /// The file has no `entries:` line yet: it comes before the first entry added.
    pub header_missing: bool,
}

/// The fields an entry may have, whether each is required, and what it holds.
pub const ENTRY_FIELDS: [(&str, bool, &str); 4] = [
    ("text", true, "the translation"),
    (
        "state",
        true,
        "how far it has come: `initial`, `translated`, `reviewed` or `final`",
    ),
    (
        "source",
        false,
        "the source text it was translated from (written by `ramverk i18n merge`; shown as \"old\" when the source changes)",
    ),
    (
        "fingerprint",
        true,
        "16 hex digits of SHA-256 over that source text with white space normalised; when it no longer matches the current source text, the translation is stale",
    ),
];

/// The names of [`ENTRY_FIELDS`].
const FIELDS: [&str; 4] = [
    ENTRY_FIELDS[0].0,
    ENTRY_FIELDS[1].0,
    ENTRY_FIELDS[2].0,
    ENTRY_FIELDS[3].0,
];

impl Translation {
    /// A new, empty translation to be stored at `path`.
    pub fn new(path: PathBuf, language: &str) -> Self {
        Translation {
            path,
            language: language.to_owned(),
            entries: Vec::new(),
            index: foldhash::HashMap::default(),
            original: String::new(),
            spans: Vec::new(),
            entries_block: EntriesBlock {
                indent: 2,
                field_indent: 4,
                ..EntriesBlock::default()
            },
            dirty: Default::default(),
        }
    }

    /// Reads the translation at `path`; every problem is reported with its line and column.
    pub fn read(path: &Path) -> Result<Self, Problems> {
        let text = ramverk_source::read_limited(path, ramverk_source::MAX_FILE_BYTES as u64)
            .map_err(|error| Problem::at(path, 0, 0, format!("cannot read: {error}")))?;
        let text = String::from_utf8(text).map_err(|error| {
            let (line, column) =
                line_column_of_bytes(error.as_bytes(), error.utf8_error().valid_up_to());
            Problem::at(path, line, column, "not valid UTF-8").help("save the file as UTF-8")
        })?;
        Self::parse(path, text)
    }

    /// Parses a translation file's text with ramverk's YAML reader ([`ramverk_source::parse`],
    /// the same as for every other file; it shares no code with the writer).
    pub fn parse(path: &Path, text: String) -> Result<Self, Problems> {
        let root = parse(&text);
        Self::from_yaml(path, text, root)
    }

    /// [`Translation::parse`] with the YAML read by serde-saphyr alone (for tests that check the
    /// reader against it).
    #[doc(hidden)]
    pub fn parse_with_serde_saphyr(path: &Path, text: String) -> Result<Self, Problems> {
        let root = ramverk_source::parse_with_serde_saphyr(&text);
        Self::from_yaml(path, text, root)
    }

    /// The translation in a parsed file.
    fn from_yaml(
        path: &Path,
        text: String,
        root: Result<Node, ramverk_source::ParseError>,
    ) -> Result<Self, Problems> {
        let root = root.map_err(|error| {
            let (line, column) = error.position.map(|p| (p.line, p.column)).unwrap_or((0, 0));
            let problem = Problem::at(path, line, column, error.message);
            Problems::from(match error.help {
                Some(help) => problem.help(help),
                None => problem,
            })
        })?;
        let mut problems = Vec::new();
        for (first, again) in root.duplicate_keys() {
            problems.push(
                Problem::at(
                    path,
                    again.key_position.line,
                    again.key_position.column,
                    format!("`{}` appears twice", again.key),
                )
                .help(format!(
                    "it first appears on line {}; keep one",
                    first.key_position.line
                )),
            );
        }
        let Value::Map(top) = &root.value else {
            return Err(Problem::at(
                path,
                root.position.line,
                root.position.column,
                "a translation file is a mapping with `language` and `entries`",
            )
            .into());
        };
        let mut language = None;
        let mut entries_node = None;
        let mut next_top_key = None;
        for (index, entry) in top.iter().enumerate() {
            match (entry.key.as_str(), &entry.node.value) {
                ("language", Value::Str(tag)) if is_language_tag(tag) => {
                    language = Some(tag.clone())
                }
                ("language", _) => problems.push(
                    Problem::at(
                        path,
                        entry.node.position.line,
                        entry.node.position.column,
                        "`language` must be a language tag",
                    )
                    .help("write a BCP 47 tag such as `da`, `sv`, `en` or `en-GB`"),
                ),
                ("entries", _) => {
                    entries_node = Some(entry);
                    next_top_key = top.get(index + 1).map(|next| next.key_position.start);
                }
                (other, _) => problems.push(
                    Problem::at(
                        path,
                        entry.key_position.line,
                        entry.key_position.column,
                        format!("unknown field `{other}`"),
                    )
                    .help("a translation file has `language` and `entries` only"),
                ),
            }
        }
        let Some(language) = language else {
            problems.push(
                Problem::at(path, 1, 1, "missing `language`")
                    .help("add `language: da` (the locale of the texts)"),
            );
            return Err(Problems(problems));
        };
        let mut translation = Translation::new(path.to_owned(), &language);
        let starts = line_starts(&text);
        if let Some(entries_entry) = entries_node {
            translation.read_entries(
                path,
                &text,
                &starts,
                entries_entry,
                next_top_key,
                &mut problems,
            );
        } else {
            translation.entries_block.after_header = text.len();
            translation.entries_block.header_missing = true;
        }
        if !problems.is_empty() {
            return Err(Problems(problems));
        }
        translation.original = text;
        Ok(translation)
    }

    fn read_entries(
        &mut self,
        path: &Path,
        text: &str,
        starts: &[usize],
        header: &ramverk_source::Entry,
        next_top_key: Option<usize>,
        problems: &mut Vec<Problem>,
    ) {
        let header_line_end = line_end(starts, text, header.key_position.line);
        let block_end = next_top_key
            .map(|start| starts[line_index_of(starts, start)])
            .unwrap_or(text.len());
        self.entries_block.after_header = header_line_end;
        let node = &header.node;
        let list = match &node.value {
            Value::Map(list) => list,
            Value::Null => {
                self.entries_block.empty_value = empty_value_range(text, node);
                return;
            }
            _ => {
                problems.push(
                    Problem::at(path, node.position.line, node.position.column, "`entries` must be a mapping from message keys to translations")
                        .help("write each entry as `KEY:` followed by indented `text`, `state`, `source` and `fingerprint`"),
                );
                return;
            }
        };
        if list.is_empty() {
            self.entries_block.empty_value = empty_value_range(text, node);
            return;
        }
        let flow = node.position.line == header.key_position.line;
        self.entries_block.rewrite = flow;
        self.entries_block.indent = list[0].key_position.column.saturating_sub(1) as usize;
        self.entries_block.field_indent = match &list[0].node.value {
            Value::Map(fields)
                if !fields.is_empty()
                    && fields[0].key_position.line > list[0].key_position.line =>
            {
                fields[0].key_position.column.saturating_sub(1) as usize
            }
            _ => self.entries_block.indent + 2,
        };
        for (index, item) in list.iter().enumerate() {
            let start = starts[line_index_of(starts, item.key_position.start)];
            let end = list
                .get(index + 1)
                .map(|next| starts[line_index_of(starts, next.key_position.start)])
                .unwrap_or(block_end);
            let span = if flow {
                item.key_position.start..item.node.position.end
            } else {
                trim_trailing_comments(text, start, end)
            };
            if let Some(entry) = read_entry(
                path,
                &item.key,
                item.key_position.line,
                &item.node,
                problems,
            ) {
                self.insert(entry);
                self.spans.push(span);
            }
        }
    }

    /// The entry for `key`, if there is one.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.index.get(key).map(|&index| &self.entries[index])
    }

    /// Adds or replaces the entry for its key; the file keeps everything else as it was.
    pub fn set(&mut self, entry: Entry) {
        match self.index.get(&entry.key) {
            Some(&index) if self.entries[index] == entry => {}
            Some(&index) => {
                self.entries[index] = entry;
                self.dirty.insert(index);
            }
            None => {
                self.dirty.insert(self.entries.len());
                self.insert(entry);
            }
        }
    }

    /// Renames keys all at once, as a renumbering of the framework's items does
    /// (`competence:5.4:title` → `competence:5.3:title`): each entry `rename` gives a new key is
    /// rewritten where it stands. An entry that holds a wanted key and is not renamed itself
    /// (the translation of an item that went) takes the key given up, so that no key is lost or
    /// doubled. Returns how many entries were renamed; none when the renames would double a key.
    pub fn rename_keys(&mut self, rename: impl Fn(&str) -> Option<String>) -> usize {
        let mut keys: Vec<String> = self.entries.iter().map(|e| e.key.clone()).collect();
        let wanted: Vec<(usize, String)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                rename(&entry.key)
                    .filter(|key| *key != entry.key)
                    .map(|key| (index, key))
            })
            .collect();
        if wanted.is_empty() {
            return 0;
        }
        let renamed: std::collections::HashSet<usize> =
            wanted.iter().map(|(index, _)| *index).collect();
        let mut changed: std::collections::BTreeSet<usize> = std::collections::BTreeSet::new();
        for (index, new) in &wanted {
            let old = std::mem::replace(&mut keys[*index], new.clone());
            changed.insert(*index);
            // An entry kept under the wanted key gives way: it takes the key given up.
            if let Some(&holder) = self.index.get(new)
                && !renamed.contains(&holder)
            {
                keys[holder] = old;
                changed.insert(holder);
            }
        }
        let distinct: std::collections::HashSet<&str> = keys.iter().map(String::as_str).collect();
        if distinct.len() != keys.len() {
            return 0;
        }
        for index in changed {
            self.entries[index].key = keys[index].clone();
            self.dirty.insert(index);
        }
        self.index = self
            .entries
            .iter()
            .enumerate()
            .map(|(index, entry)| (entry.key.clone(), index))
            .collect();
        wanted.len()
    }

    /// Whether anything was changed or added since the file was read.
    pub fn is_changed(&self) -> bool {
        !self.dirty.is_empty() || self.original.is_empty()
    }

    fn insert(&mut self, entry: Entry) {
        self.index.insert(entry.key.clone(), self.entries.len());
        self.entries.push(entry);
    }
}

/// Reads one entry's fields.
fn read_entry(
    path: &Path,
    key: &str,
    line: u32,
    node: &Node,
    problems: &mut Vec<Problem>,
) -> Option<Entry> {
    let Value::Map(fields) = &node.value else {
        problems.push(
            Problem::at(
                path,
                node.position.line,
                node.position.column,
                format!("the entry `{key}` must be a mapping"),
            )
            .help("give it `text`, `state`, `source` and `fingerprint`"),
        );
        return None;
    };
    let before = problems.len();
    let (mut text, mut state, mut source, mut fingerprint) = (None, None, None, None);
    for field in fields {
        let at = |message: String| {
            Problem::at(
                path,
                field.node.position.line,
                field.node.position.column,
                message,
            )
        };
        let value = match &field.node.value {
            Value::Str(value) => Some(value.clone()),
            Value::Null if field.key == "source" => None,
            _ => {
                problems.push(
                    at(format!("`{}` of `{key}` must be a string", field.key))
                        .help("put the text in quotes"),
                );
                continue;
            }
        };
        match field.key.as_str() {
            "text" => text = value,
            "source" => source = value,
            "state" => match value.as_deref().and_then(TranslationState::parse) {
                Some(parsed) => state = Some(parsed),
                None => problems.push(
                    at(format!("`{}` is not a state", value.unwrap_or_default())).help("use one of: initial, translated, reviewed, final"),
                ),
            },
            "fingerprint" => match value {
                Some(value) if value.len() == 16 && value.bytes().all(|b| b.is_ascii_hexdigit()) => fingerprint = Some(value),
                _ => problems.push(at("a fingerprint is 16 hexadecimal digits".into()).help(
                    "ramverk writes it when merging a PO or XLIFF file; do not edit it by hand — a wrong one hides a stale translation",
                )),
            },
            other => {
                let hint = match did_you_mean(other, FIELDS) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!("an entry has {}", FIELDS.join(", ")),
                };
                problems.push(
                    Problem::at(path, field.key_position.line, field.key_position.column, format!("unknown field `{other}` in `{key}`")).help(hint),
                );
            }
        }
    }
    let missing: Vec<&str> = [
        ("text", text.is_some()),
        ("state", state.is_some()),
        ("fingerprint", fingerprint.is_some()),
    ]
    .into_iter()
    .filter(|(_, present)| !present)
    .map(|(name, _)| name)
    .collect();
    if !missing.is_empty() && problems.len() == before {
        problems.push(
            Problem::at(path, line, 1, format!("the entry `{key}` has no {}", missing.join(", ")))
                .help("an entry needs `text`, `state` and `fingerprint` (merge translations with `ramverk i18n merge`)"),
        );
    }
    Some(Entry {
        key: key.to_owned(),
        text: text?,
        state: state?,
        source,
        fingerprint: fingerprint?,
        line,
    })
}

/// Whether `tag` looks like a BCP 47 language tag.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Byte offsets where each line starts.
pub(super) fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(at, _)| at + 1))
        .collect()
}

/// Index (0-based) of the line holding byte `offset`.
fn line_index_of(starts: &[usize], offset: usize) -> usize {
    starts
        .partition_point(|&start| start <= offset)
        .saturating_sub(1)
}

/// 1-based line and column (in bytes) of a byte offset.
fn line_column_of_bytes(bytes: &[u8], offset: usize) -> (u32, u32) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count() as u32 + 1;
    (line, column)
}

/// Byte offset just after the end of 1-based `line` (after its line break).
fn line_end(starts: &[usize], text: &str, line: u32) -> usize {
    starts.get(line as usize).copied().unwrap_or(text.len())
}

/// `start..end` without the blank and comment lines at its end (they belong to what follows).
fn trim_trailing_comments(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    let mut end = end;
    let first_line_end = text[start..end]
        .find('\n')
        .map(|at| start + at + 1)
        .unwrap_or(end);
    while end > first_line_end {
        let line_start = text[..end - 1]
            .rfind('\n')
            .map(|at| at + 1)
            .unwrap_or(0)
            .max(first_line_end);
        let line = text[line_start..end].trim();
        if line.is_empty() || line.starts_with('#') {
            end = line_start;
        } else {
            break;
        }
    }
    start..end
}

/// The bytes of an empty `{}` or explicit `null` value, to remove when entries are added: from
/// the value's start to the end of its line, without a trailing comment.
fn empty_value_range(text: &str, node: &Node) -> Option<std::ops::Range<usize>> {
    // An empty value (`entries:` and nothing after it) is an empty scalar placed at the colon:
    // nothing to remove.
    if node.value == Value::Null && node.position.end <= node.position.start {
        return None;
    }
    let start = node.position.start;
    let line_end = text
        .get(start..)?
        .find('\n')
        .map_or(text.len(), |at| start + at);
    let value = text.get(start..line_end)?;
    let value = value.split(" #").next().unwrap_or(value).trim_end();
    (!value.is_empty() && !value.starts_with('#')).then_some(start..start + value.len())
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::Path;

    use super::{Entry, Translation, TranslationState};
    use crate::fingerprint;

    #[test]
    fn renamed_keys_are_rewritten_where_they_stand_and_a_gone_items_entry_gives_way() {
        let text = "language: da\nentries:\n  # Vores egen.\n  competence:5.3:title:\n    text: Fem tre\n    state: translated\n    fingerprint: \"0000000000000001\"\n  competence:5.4:title:\n    text: Fem fire\n    state: translated\n    fingerprint: \"0000000000000002\"\n  area:1:title:\n    text: Et\n    state: translated\n    fingerprint: \"0000000000000003\"\n".to_owned();
        let mut translation = Translation::parse(Path::new("da.yaml"), text.clone()).unwrap();
        let renamed = translation.rename_keys(|key| {
            key.strip_prefix("competence:5.4:")
                .map(|rest| format!("competence:5.3:{rest}"))
        });
        assert_eq!(renamed, 1);
        assert_eq!(
            translation.get("competence:5.3:title").unwrap().text,
            "Fem fire"
        );
        assert_eq!(
            translation.get("competence:5.4:title").unwrap().text,
            "Fem tre"
        );
        let order = HashMap::new();
        let written = translation.render(&order, "f");
        assert!(written.contains("  # Vores egen.\n"), "{written}");
        assert!(
            written.ends_with("  area:1:title:\n    text: Et\n    state: translated\n    fingerprint: \"0000000000000003\"\n"),
            "{written}"
        );
        let read = Translation::parse(Path::new("da.yaml"), written).unwrap();
        assert_eq!(read.get("competence:5.3:title").unwrap().text, "Fem fire");
        // A rename that would double a key renames nothing.
        let mut doubled = Translation::parse(Path::new("da.yaml"), text).unwrap();
        let none =
            doubled.rename_keys(|key| key.starts_with("competence:").then(|| "x".to_owned()));
        assert_eq!(none, 0);
        assert!(doubled.get("competence:5.3:title").is_some());
    }

    #[test]
    fn files_as_ramverk_writes_them_read_back_as_serde_saphyr_reads_them() {
        let mut translation = Translation::new("da.yaml".into(), "da");
        for (index, text) in [
            "Søge: data",
            "yes",
            "3 niveauer",
            "tekst med \"citat\"\nog linje",
            "# ikke en kommentar",
            "",
            " indrykket ",
            "tab\tog \u{7f} og \u{2028}",
        ]
        .iter()
        .enumerate()
        {
            let source = format!("Källa {index}");
            translation.set(Entry {
                key: format!("competence:{index}:title"),
                text: (*text).into(),
                state: TranslationState::Reviewed,
                fingerprint: fingerprint(&source),
                source: Some(source),
                line: 0,
            });
        }
        let text = translation.render(&HashMap::new(), "x");
        let read = Translation::parse(Path::new("da.yaml"), text.clone()).unwrap();
        assert_eq!(
            read,
            Translation::parse_with_serde_saphyr(Path::new("da.yaml"), text.clone()).unwrap()
        );
        for (written, back) in translation.entries.iter().zip(&read.entries) {
            assert_eq!((&written.key, &written.text), (&back.key, &back.text));
        }
        // Other layouts and YAML features are read the same way too.
        for unusual in [
            text.replace("state: reviewed", "state: reviewed # ok"),
            text.replace("language: da", "language: 'da'"),
            text.replacen("text: ", "text: &a ", 1),
        ] {
            assert_eq!(
                Translation::parse(Path::new("da.yaml"), unusual.clone()).unwrap(),
                Translation::parse_with_serde_saphyr(Path::new("da.yaml"), unusual.clone())
                    .unwrap(),
                "{unusual}"
            );
        }
    }
}
