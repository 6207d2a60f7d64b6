//! GNU gettext PO files: written for translators (msgctxt = the stable key, stale and draft
//! translations marked fuzzy, the previous source text in `#|`), and read back with every
//! entry's line, whatever a PO editor or `msgmerge` did to the wrapping.

use std::path::Path;

use crate::problem::Problem;
use crate::status::Standing;
use crate::translation::TranslationState;
use crate::unit::{Header, Unit};

/// A PO file for `units`.
pub fn write(header: &Header, units: &[Unit]) -> String {
    let mut out = String::with_capacity(units.len() * 256);
    out.push_str(&format!(
        "# {} — {} → {}\n# Translate the msgstr lines; keep msgctxt. Bring the file back with `ramverk i18n merge FILE`.\n",
        header.title, header.source_language, header.language
    ));
    out.push_str("msgid \"\"\nmsgstr \"\"\n");
    for field in [
        format!(
            "Project-Id-Version: {} {}",
            header.framework, header.version
        ),
        format!("PO-Revision-Date: {}", header.date),
        "Last-Translator: none yet".into(),
        format!("Language-Team: {}", header.language),
        format!("Language: {}", header.language),
        "MIME-Version: 1.0".into(),
        "Content-Type: text/plain; charset=UTF-8".into(),
        "Content-Transfer-Encoding: 8bit".into(),
        "Plural-Forms: nplurals=2; plural=(n != 1);".into(),
        format!("X-Generator: ramverk {}", env!("CARGO_PKG_VERSION")),
        format!("X-Ramverk-Framework: {}", header.framework),
        format!("X-Ramverk-Source-Language: {}", header.source_language),
    ] {
        out.push_str(&format!("\"{}\\n\"\n", escape(&field)));
    }
    for unit in units {
        out.push('\n');
        for line in unit.note.lines() {
            out.push_str(&format!("#. {line}\n"));
        }
        if let Some(reference) = &unit.reference {
            out.push_str(&format!("#: {}\n", reference.replace(' ', "\u{a0}")));
        }
        let fuzzy = matches!(
            unit.standing,
            Standing::Stale | Standing::Current(TranslationState::Initial)
        ) && !unit.target.is_empty();
        if fuzzy {
            out.push_str("#, fuzzy\n");
        }
        if let Some(previous) = &unit.previous_source {
            out.push_str(&format!("#| msgctxt \"{}\"\n", escape(&unit.key)));
            push_string(&mut out, "#| msgid", previous);
        }
        out.push_str(&format!("msgctxt \"{}\"\n", escape(&unit.key)));
        push_string(&mut out, "msgid", &unit.source);
        push_string(&mut out, "msgstr", &unit.target);
    }
    out
}

/// `keyword "text"`, split after each line break as gettext does.
fn push_string(out: &mut String, keyword: &str, text: &str) {
    let prefix = keyword
        .strip_suffix("msgid")
        .or_else(|| keyword.strip_suffix("msgstr"))
        .unwrap_or("");
    let prefix = prefix.trim_end();
    let pieces: Vec<&str> = text.split_inclusive('\n').collect();
    if pieces.len() <= 1 {
        out.push_str(&format!("{keyword} \"{}\"\n", escape(text)));
        return;
    }
    out.push_str(&format!("{keyword} \"\"\n"));
    for piece in pieces {
        let lead = if prefix.is_empty() {
            String::new()
        } else {
            format!("{prefix} ")
        };
        out.push_str(&format!("{lead}\"{}\"\n", escape(piece)));
    }
}

/// C-style escapes for a PO string.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => out.push_str(&format!("\\{:03o}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// One entry of a PO file as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoEntry {
    /// The context (ramverk's key).
    pub msgctxt: Option<String>,
    /// The source text.
    pub msgid: String,
    /// The translation.
    pub msgstr: String,
    /// Marked fuzzy.
    pub fuzzy: bool,
    /// Line of the entry's first keyword.
    pub line: u32,
}

/// A PO file as read: its header fields and entries (obsolete `#~` entries are skipped).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoFile {
    /// `Name: value` fields of the header entry.
    pub header: Vec<(String, String)>,
    /// The entries, header excluded.
    pub entries: Vec<PoEntry>,
}

impl PoFile {
    /// The value of a header field.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.header
            .iter()
            .find(|(field, _)| field.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// Which string a continuation line extends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Context,
    Id,
    Str,
    Ignored,
}

/// Reads a PO file; problems carry their line and column.
pub fn read(path: &Path, text: &str) -> Result<PoFile, Problem> {
    let mut file = PoFile::default();
    let mut entry: Option<PoEntry> = None;
    let mut part = Part::Ignored;
    let mut fuzzy = false;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (index, raw) in text.lines().enumerate() {
        let number = index as u32 + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with("#~") || line.starts_with("#|") {
            continue;
        }
        // A comment, or an entry's first keyword, after a msgstr ends that entry.
        let starts_entry = line.starts_with('#')
            || line.starts_with("msgctxt")
            || line.starts_with("msgid ")
            || line.starts_with("msgid\"");
        if starts_entry && part == Part::Str {
            if let Some(done) = entry.take() {
                finish(&mut file, done, path)?;
            }
            part = Part::Ignored;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            fuzzy |= flags.split(',').any(|flag| flag.trim() == "fuzzy");
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let (keyword, rest) = match line.find([' ', '"']) {
            Some(at) if !line.starts_with('"') => (&line[..at], line[at..].trim_start()),
            _ => ("", line),
        };
        let column = (raw.len() - raw.trim_start().len() + keyword.len() + 2) as u32;
        let value = || {
            parse_string(rest).map_err(|message| {
                Problem::at(path, number, column, message)
                    .help("a PO string is in double quotes, with \\\" and \\\\ escaped")
            })
        };
        let current = entry.get_or_insert_with(|| PoEntry {
            line: number,
            fuzzy: std::mem::take(&mut fuzzy),
            ..PoEntry::default()
        });
        match keyword {
            "msgctxt" if part == Part::Ignored => {
                current.msgctxt = Some(value()?);
                part = Part::Context;
            }
            "msgid" if matches!(part, Part::Ignored | Part::Context) => {
                current.msgid = value()?;
                part = Part::Id;
            }
            "msgstr" if part == Part::Id => {
                current.msgstr = value()?;
                part = Part::Str;
            }
            "" if line.starts_with('"') && part != Part::Ignored => {
                let more = value()?;
                match part {
                    Part::Context => current
                        .msgctxt
                        .get_or_insert_with(String::new)
                        .push_str(&more),
                    Part::Id => current.msgid.push_str(&more),
                    _ => current.msgstr.push_str(&more),
                }
            }
            "msgid_plural" => {
                return Err(Problem::at(
                    path,
                    number,
                    1,
                    "plural forms are not used in framework texts",
                )
                .help("remove msgid_plural and msgstr[N]; give one msgstr"));
            }
            k if k.starts_with("msgstr[") => {
                return Err(Problem::at(
                    path,
                    number,
                    1,
                    "plural forms are not used in framework texts",
                )
                .help("give one msgstr"));
            }
            "msgctxt" | "msgid" | "msgstr" => {
                return Err(
                    Problem::at(path, number, 1, format!("`{keyword}` out of order"))
                        .help("each entry is msgctxt (optional), then msgid, then msgstr"),
                );
            }
            other => {
                let shown = if other.is_empty() { line } else { other };
                return Err(
                    Problem::at(path, number, 1, format!("unexpected `{shown}`"))
                        .help("a PO entry has msgctxt, msgid and msgstr lines, and # comments"),
                );
            }
        }
    }
    match (entry, part) {
        (Some(done), Part::Str) => finish(&mut file, done, path)?,
        (Some(done), _) => {
            return Err(
                Problem::at(path, done.line, 1, "the last entry has no msgstr")
                    .help("end every entry with a msgstr line"),
            );
        }
        (None, _) => {}
    }
    Ok(file)
}

/// Files a finished entry, or the header.
fn finish(file: &mut PoFile, entry: PoEntry, path: &Path) -> Result<(), Problem> {
    if entry.msgctxt.is_none() && entry.msgid.is_empty() {
        if !file.header.is_empty() || !file.entries.is_empty() {
            return Err(
                Problem::at(path, entry.line, 1, "a second header entry (empty msgid)")
                    .help("keep one header at the top"),
            );
        }
        file.header = entry
            .msgstr
            .lines()
            .filter_map(|line| {
                line.split_once(':')
                    .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
            })
            .collect();
        return Ok(());
    }
    file.entries.push(entry);
    Ok(())
}

/// The content of one `"…"` string with its escapes resolved.
fn parse_string(text: &str) -> Result<String, String> {
    let inner = text
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|_| text.len() >= 2)
        .ok_or_else(|| format!("expected a string in double quotes, found `{text}`"))?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('a') => out.push('\u{7}'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some('v') => out.push('\u{b}'),
                Some(d @ '0'..='7') => {
                    let mut value = d.to_digit(8).unwrap_or(0);
                    let mut rest = chars.clone();
                    for _ in 0..2 {
                        match rest.next().and_then(|c| c.to_digit(8)) {
                            Some(digit) => {
                                value = value * 8 + digit;
                                chars.next();
                            }
                            None => break,
                        }
                        rest = chars.clone();
                    }
                    out.push(char::from_u32(value).ok_or("an octal escape outside Unicode")?);
                }
                Some(other @ ('\\' | '"' | '?' | '\'')) => out.push(other),
                Some(other) => return Err(format!("unknown escape `\\{other}`")),
                None => return Err("a string ends in a lone backslash".into()),
            },
            '"' => return Err("an unescaped `\"` inside a string".into()),
            c => out.push(c),
        }
    }
    Ok(out)
}
