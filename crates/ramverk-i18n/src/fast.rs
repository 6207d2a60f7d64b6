//! A fast path for translation files in the layout `ramverk i18n merge` writes: one line per
//! key and field, plain or double-quoted scalars, full-line comments. Anything else — another
//! layout, a YAML feature, a problem to report — returns `None`, and the file goes the full way.

use std::collections::HashSet;
use std::path::Path;

use crate::translation::{Entry, Layout, State, Translation, line_starts, trim_trailing_comments};
use crate::yaml::is_plain_safe;

/// The translation in `text`, when it is in the canonical layout and valid (its `original` text
/// is left for the caller to move in).
pub fn read(path: &Path, text: &str) -> Option<Translation> {
    let starts = line_starts(text);
    let mut language = None;
    let mut header_end = None;
    let mut block_end = text.len();
    let mut indent = None;
    let mut field_indent = None;
    let mut keys = Vec::new();
    let mut seen = HashSet::new();
    let mut current: Option<Pending> = None;
    let mut entries: Vec<Entry> = Vec::new();
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let spaces = content.len() - trimmed.len();
        if content[..spaces].contains('\t') {
            return None;
        }
        let number = index as u32 + 1;
        if spaces == 0 {
            if header_end.is_some() && block_end == text.len() && !keys.is_empty() {
                block_end = starts[index];
            }
            match trimmed.split_once(':')? {
                ("language", value) if language.is_none() => {
                    language = Some(scalar(value.strip_prefix(' ')?)?)
                }
                ("entries", "") if header_end.is_none() => {
                    header_end = Some(starts.get(index + 1).copied().unwrap_or(text.len()))
                }
                _ => return None,
            }
            continue;
        }
        header_end?;
        let (name, value) = match trimmed.split_once(": ") {
            Some((name, value)) => (name, Some(value)),
            None => (trimmed.strip_suffix(':')?, None),
        };
        match (value, *indent.get_or_insert(spaces) == spaces) {
            (None, true) => {
                if let Some(done) = current.take() {
                    entries.push(done.finish()?);
                }
                if !seen.insert(name) || !is_plain_safe(name) || name.contains(' ') {
                    return None;
                }
                keys.push(starts[index]);
                current = Some(Pending::new(name, number));
            }
            (Some(value), false) if *field_indent.get_or_insert(spaces) == spaces => {
                current.as_mut()?.field(name, scalar(value)?)?;
            }
            _ => return None,
        }
    }
    if let Some(done) = current.take() {
        entries.push(done.finish()?);
    }
    let after_header = header_end?;
    let mut translation = Translation::new(path.to_owned(), &language?);
    if !crate::translation::is_language_tag(&translation.language) {
        return None;
    }
    for (position, entry) in entries.into_iter().enumerate() {
        let start = keys[position];
        let end = keys.get(position + 1).copied().unwrap_or(block_end);
        translation.set(entry);
        translation
            .spans
            .push(trim_trailing_comments(text, start, end));
    }
    translation.layout = Layout {
        after_header,
        indent: indent.unwrap_or(2),
        field_indent: field_indent.unwrap_or(4),
        empty_value: None,
        rewrite: false,
        header_missing: false,
    };
    translation.dirty.clear();
    Some(translation)
}

/// An entry being read.
struct Pending {
    key: String,
    line: u32,
    text: Option<String>,
    state: Option<State>,
    source: Option<String>,
    fingerprint: Option<String>,
}

impl Pending {
    fn new(key: &str, line: u32) -> Self {
        Pending {
            key: key.to_owned(),
            line,
            text: None,
            state: None,
            source: None,
            fingerprint: None,
        }
    }

    /// Files one field; `None` for anything unexpected (the full reader explains it).
    fn field(&mut self, name: &str, value: String) -> Option<()> {
        let slot = match name {
            "text" => &mut self.text,
            "source" => &mut self.source,
            "fingerprint" if value.len() == 16 && value.bytes().all(|b| b.is_ascii_hexdigit()) => {
                &mut self.fingerprint
            }
            "state" => {
                self.state.is_none().then_some(())?;
                self.state = Some(State::parse(&value)?);
                return Some(());
            }
            _ => return None,
        };
        slot.is_none().then_some(())?;
        *slot = Some(value);
        Some(())
    }

    fn finish(self) -> Option<Entry> {
        Some(Entry {
            key: self.key,
            text: self.text?,
            state: self.state?,
            source: self.source,
            fingerprint: self.fingerprint?,
            line: self.line,
        })
    }
}

/// A one-line scalar: plain (when YAML reads it as this very string) or double-quoted.
fn scalar(raw: &str) -> Option<String> {
    match raw.strip_prefix('"') {
        Some(quoted) => unquote(quoted.strip_suffix('"')?),
        None => is_plain_safe(raw).then(|| raw.to_owned()),
    }
}

/// The content of a double-quoted scalar, for the escapes ramverk writes.
fn unquote(inner: &str) -> Option<String> {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => {
                let escaped = match chars.next()? {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    '0' => '\0',
                    'x' => hex(&mut chars, 2)?,
                    'u' => hex(&mut chars, 4)?,
                    'U' => hex(&mut chars, 8)?,
                    _ => return None,
                };
                out.push(escaped);
            }
            c if (c as u32) < 0x20 && c != '\t' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

fn hex(chars: &mut std::str::Chars<'_>, digits: usize) -> Option<char> {
    let text: String = chars.by_ref().take(digits).collect();
    (text.len() == digits).then_some(())?;
    char::from_u32(u32::from_str_radix(&text, 16).ok()?)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::Path;

    use super::read;
    use crate::{Entry, State, Translation, fingerprint};

    #[test]
    fn files_as_ramverk_writes_them_take_the_fast_path() {
        let mut translation = Translation::new("da.yaml".into(), "da");
        for (index, text) in [
            "Søge: data",
            "yes",
            "3 niveauer",
            "tekst med \"citat\"\nog linje",
            "# ikke en kommentar",
        ]
        .iter()
        .enumerate()
        {
            let source = format!("Källa {index}");
            translation.set(Entry {
                key: format!("competence:{index}:title"),
                text: (*text).into(),
                state: State::Reviewed,
                fingerprint: fingerprint(&source),
                source: Some(source),
                line: 0,
            });
        }
        let text = translation.render(&HashMap::new(), "x");
        let mut fast =
            read(Path::new("da.yaml"), &text).expect("the fast path reads what ramverk writes");
        fast.original = text.clone();
        assert_eq!(
            fast,
            Translation::parse_in_full(Path::new("da.yaml"), text.clone()).unwrap()
        );
        // Anything unusual goes the full way.
        for unusual in [
            text.replace("state: reviewed", "state: reviewed # ok"),
            text.replace("language: da", "language: 'da'"),
            text.replacen("text: ", "text: &a ", 1),
        ] {
            assert!(read(Path::new("da.yaml"), &unusual).is_none(), "{unusual}");
        }
    }
}
