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

/// One `Name: value` field of the header entry, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderField {
    /// The field's name.
    pub name: String,
    /// Its value, trimmed.
    pub value: String,
    /// The line the field starts on.
    pub line: u32,
}

/// A PO file as read: its header fields and entries (obsolete `#~` entries are skipped).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoFile {
    /// The fields of the header entry.
    pub header: Vec<HeaderField>,
    /// The entries, header excluded.
    pub entries: Vec<PoEntry>,
}

impl PoFile {
    /// A header field.
    pub fn field(&self, name: &str) -> Option<&HeaderField> {
        self.header
            .iter()
            .find(|field| field.name.eq_ignore_ascii_case(name))
    }

    /// The value of a header field.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.field(name).map(|field| field.value.as_str())
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

/// The entry being read, with the lines its parts came from.
#[derive(Default)]
struct Reading {
    entry: PoEntry,
    /// Line of `msgid`.
    msgid_line: u32,
    /// Where each line of the msgstr starts in it: (byte offset, line).
    msgstr_lines: Vec<(usize, u32)>,
}

/// Reads a PO file; problems carry their line and column.
pub fn read(path: &Path, text: &str) -> Result<PoFile, Problem> {
    let mut file = PoFile::default();
    let mut reading: Option<Reading> = None;
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
            if let Some(done) = reading.take() {
                finish(&mut file, done, path)?;
            }
            part = Part::Ignored;
        }
        if starts_entry && part == Part::Id {
            return Err(missing_msgstr(path, reading.as_ref()));
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
        // The column of the opening quote.
        let quote = raw
            .get(..raw.len() - rest.len())
            .unwrap_or("")
            .chars()
            .count();
        let current = reading.get_or_insert_with(|| Reading {
            entry: PoEntry {
                line: number,
                fuzzy: std::mem::take(&mut fuzzy),
                ..PoEntry::default()
            },
            ..Reading::default()
        });
        // A translation may not hold control characters; source texts and keys are compared
        // with the framework's, not kept.
        let value = |controls: bool| {
            parse_string(rest, controls).map_err(|(column, message)| {
                Problem::at(path, number, (quote + 1 + column) as u32, message)
                    .help("a PO string is in double quotes, with \\\" and \\\\ escaped, in UTF-8")
            })
        };
        match keyword {
            "msgctxt" if part == Part::Ignored => {
                current.entry.msgctxt = Some(value(true)?);
                part = Part::Context;
            }
            "msgid" if matches!(part, Part::Ignored | Part::Context) => {
                current.entry.msgid = value(true)?;
                current.msgid_line = number;
                part = Part::Id;
            }
            "msgstr" if part == Part::Id => {
                current.msgstr_lines.push((0, number));
                current.entry.msgstr = value(false)?;
                part = Part::Str;
            }
            "" if line.starts_with('"') && part != Part::Ignored => {
                let more = value(part != Part::Str)?;
                match part {
                    Part::Context => current
                        .entry
                        .msgctxt
                        .get_or_insert_with(String::new)
                        .push_str(&more),
                    Part::Id => current.entry.msgid.push_str(&more),
                    _ => {
                        current
                            .msgstr_lines
                            .push((current.entry.msgstr.len(), number));
                        current.entry.msgstr.push_str(&more);
                    }
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
    match (reading, part) {
        (Some(done), Part::Str) => finish(&mut file, done, path)?,
        (Some(done), Part::Id) => return Err(missing_msgstr(path, Some(&done))),
        (Some(done), _) => {
            return Err(
                Problem::at(path, done.entry.line, 1, "the last entry has no msgid")
                    .help("end every entry with a msgid and a msgstr line"),
            );
        }
        (None, _) => {}
    }
    Ok(file)
}

/// An entry that ends without its msgstr, located at its msgid (as `msgfmt` does).
fn missing_msgstr(path: &Path, reading: Option<&Reading>) -> Problem {
    let line = reading.map_or(0, |reading| reading.msgid_line);
    Problem::at(path, line, 1, "this entry has no msgstr")
        .help("follow every msgid with a msgstr line (msgstr \"\" when not translated)")
}

/// Files a finished entry, or the header.
fn finish(file: &mut PoFile, reading: Reading, path: &Path) -> Result<(), Problem> {
    let entry = reading.entry;
    if entry.msgctxt.is_none() && entry.msgid.is_empty() {
        if !file.header.is_empty() || !file.entries.is_empty() {
            return Err(
                Problem::at(path, entry.line, 1, "a second header entry (empty msgid)")
                    .help("keep one header at the top"),
            );
        }
        let line_of = |offset: usize| {
            let index = reading
                .msgstr_lines
                .partition_point(|&(start, _)| start <= offset);
            reading
                .msgstr_lines
                .get(index.saturating_sub(1))
                .map_or(entry.line, |&(_, line)| line)
        };
        let mut offset = 0;
        for line in entry.msgstr.split_inclusive('\n') {
            if let Some((name, value)) = line.split_once(':') {
                file.header.push(HeaderField {
                    name: name.trim().to_owned(),
                    value: value.trim().to_owned(),
                    line: line_of(offset),
                });
            }
            offset += line.len();
        }
        return Ok(());
    }
    file.entries.push(entry);
    Ok(())
}

/// The content of one `"…"` string with its escapes resolved. As in GNU gettext, octal (`\303`)
/// and hex (`\xc3`) escapes are bytes, which together must form UTF-8. A problem comes with the
/// column (counted from 1 at the opening quote) where it is. Unless `controls`, a control
/// character other than a line break or tab is refused.
fn parse_string(text: &str, controls: bool) -> Result<String, (usize, String)> {
    let inner = text
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|_| text.len() >= 2)
        .ok_or_else(|| {
            (
                0,
                format!("expected a string in double quotes, found `{text}`"),
            )
        })?;
    let mut bytes: Vec<u8> = Vec::with_capacity(inner.len());
    // Where each piece of the output came from: (byte in the output, column in the string).
    let mut origins: Vec<(usize, usize)> = Vec::new();
    let mut chars = inner.chars().enumerate().peekable();
    while let Some((column, c)) = chars.next() {
        let column = column + 1;
        origins.push((bytes.len(), column));
        let mut push = |c: char| bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        match c {
            '\\' => match chars.next().map(|(_, c)| c) {
                Some('n') => push('\n'),
                Some('t') => push('\t'),
                Some('r') => push('\r'),
                Some('a') => push('\u{7}'),
                Some('b') => push('\u{8}'),
                Some('f') => push('\u{c}'),
                Some('v') => push('\u{b}'),
                Some(d @ '0'..='7') => {
                    let mut value = d.to_digit(8).unwrap_or(0);
                    for _ in 0..2 {
                        match chars.peek().and_then(|(_, c)| c.to_digit(8)) {
                            Some(digit) => {
                                value = value * 8 + digit;
                                chars.next();
                            }
                            None => break,
                        }
                    }
                    let byte = u8::try_from(value).map_err(|_| {
                        (
                            column,
                            format!("the octal escape `\\{value:o}` is above \\377, not a byte"),
                        )
                    })?;
                    bytes.push(byte);
                }
                Some('x') => {
                    let mut value: u32 = 0;
                    let mut digits = 0;
                    while let Some(digit) = chars.peek().and_then(|(_, c)| c.to_digit(16)) {
                        value = value.saturating_mul(16).saturating_add(digit);
                        digits += 1;
                        chars.next();
                    }
                    let byte =
                        u8::try_from(value)
                            .ok()
                            .filter(|_| digits > 0)
                            .ok_or_else(|| {
                                (
                                    column,
                                    "a hex escape `\\x` needs one or two hex digits (a byte)"
                                        .to_owned(),
                                )
                            })?;
                    bytes.push(byte);
                }
                Some(other @ ('\\' | '"' | '?' | '\'')) => push(other),
                Some(other) => return Err((column, format!("unknown escape `\\{other}`"))),
                None => return Err((column, "a string ends in a lone backslash".into())),
            },
            '"' => return Err((column, "an unescaped `\"` inside a string".into())),
            c => push(c),
        }
    }
    let origin = |at: usize| {
        let index = origins.partition_point(|&(start, _)| start <= at);
        origins
            .get(index.saturating_sub(1))
            .map_or(0, |&(_, column)| column)
    };
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        (
            origin(at),
            "octal or hex escapes here are not UTF-8 (the file is read as UTF-8)".to_owned(),
        )
    })
    .and_then(|text| match text.char_indices().find(|&(_, c)| !controls && is_refused_control(c)) {
        Some((at, c)) => Err((
            origin(at),
            format!(
                "a control character (U+{:04X}) in the text; translations hold plain text, with line breaks and tabs at most",
                c as u32
            ),
        )),
        None => Ok(text),
    })
}

/// A control character that a text may not hold (all but line feed and tab).
pub(crate) fn is_refused_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}
