//! XLIFF 2.0 files: one `<unit>` per message (unit id = the stable key), one segment each with
//! its state; stale translations are `initial` with `subState="ramverk:stale"` and the previous
//! source text in a note.

use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::problem::Problem;
use crate::status::Standing;
use crate::translation::TranslationState;
use crate::unit::{Header, Unit};

/// The XLIFF 2.0 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The sub-state of a translation whose source text changed since.
pub const STALE: &str = "ramverk:stale";

/// An XLIFF 2.0 document for `units`.
pub fn write(header: &Header, units: &[Unit]) -> String {
    let mut out = String::with_capacity(units.len() * 320);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        attribute(&header.source_language),
        attribute(&header.language)
    ));
    out.push_str(&format!(
        "  <file id=\"{}\" original=\"{} {}\" canResegment=\"no\">\n",
        attribute(&xml_id(&header.framework)),
        attribute(&header.framework),
        attribute(&header.version)
    ));
    out.push_str(&format!(
        "    <notes>\n      <note category=\"title\">{}</note>\n    </notes>\n",
        text(&header.title)
    ));
    for unit in units {
        write_unit(&mut out, unit);
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

fn write_unit(out: &mut String, unit: &Unit) {
    out.push_str(&format!(
        "    <unit id=\"{}\">\n      <notes>\n",
        attribute(&unit.key)
    ));
    out.push_str(&format!(
        "        <note category=\"description\">{}</note>\n",
        text(&unit.note)
    ));
    if let Some(reference) = &unit.reference {
        out.push_str(&format!(
            "        <note category=\"location\">{}</note>\n",
            text(reference)
        ));
    }
    if let Some(previous) = &unit.previous_source {
        out.push_str(&format!(
            "        <note category=\"previous-source\">{}</note>\n",
            text(previous)
        ));
    }
    out.push_str("      </notes>\n");
    let state = match unit.standing {
        Standing::Missing => "state=\"initial\"".to_owned(),
        Standing::Stale => format!("state=\"initial\" subState=\"{STALE}\""),
        Standing::Current(state) => format!("state=\"{}\"", state.name()),
    };
    out.push_str(&format!("      <segment {state}>\n"));
    out.push_str(&format!(
        "        <source{}>{}</source>\n",
        space(&unit.source),
        text(&unit.source)
    ));
    if !unit.target.is_empty() {
        out.push_str(&format!(
            "        <target{}>{}</target>\n",
            space(&unit.target),
            text(&unit.target)
        ));
    }
    out.push_str("      </segment>\n    </unit>\n");
}

/// `xml:space="preserve"` where white space must survive tools that normalise it.
fn space(value: &str) -> &'static str {
    if value.contains('\n') || value.contains("  ") || value.contains('\t') || value.trim() != value
    {
        " xml:space=\"preserve\""
    } else {
        ""
    }
}

/// A framework id as an XML NMTOKEN (ids already are; anything else becomes `_`).
fn xml_id(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_alphanumeric() || "._-:".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Text content with `&`, `<` and `>` escaped, and characters XML 1.0 forbids left out.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // As references, so that no reader normalises them into line feeds.
            '\r' | '\u{85}' | '\u{2028}' => out.push_str(&format!("&#{};", c as u32)),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// An attribute value: text escapes plus quotes and line breaks.
pub(super) fn attribute(value: &str) -> String {
    text(value)
        .replace('"', "&quot;")
        .replace('\n', "&#10;")
        .replace('\t', "&#9;")
}

/// One unit as read back.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffUnit {
    /// The unit id (ramverk's key).
    pub id: String,
    /// The source text.
    pub source: String,
    /// The translation, when the unit has a `<target>`.
    pub target: Option<String>,
    /// The segment state (XLIFF's default is `initial`).
    pub state: Option<TranslationState>,
    /// The segment's sub-state, when given.
    pub sub_state: Option<String>,
    /// Line of the `<unit>` element.
    pub line: u32,
}

/// An XLIFF 2.0 document as read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct XliffFile {
    /// `srcLang`.
    pub source_language: String,
    /// `trgLang`.
    pub target_language: Option<String>,
    /// The `id` of the first `<file>`.
    pub file_id: Option<String>,
    /// The units, in document order.
    pub units: Vec<XliffUnit>,
}

/// Where text being read belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Into {
    Nothing,
    Source,
    Target,
}

/// Reads an XLIFF 2.0 document; problems carry their line and column.
pub fn read(path: &Path, xml: &str) -> Result<XliffFile, Problem> {
    let mut reader = Reader::from_str(xml);
    let mut file = XliffFile::default();
    let mut unit: Option<XliffUnit> = None;
    let mut into = Into::Nothing;
    let mut seen_root = false;
    let lines = std::cell::RefCell::new(LineCounter::default());
    let at = |offset: u64| lines.borrow_mut().at(xml, offset as usize);
    loop {
        let offset = reader.buffer_position();
        let event = reader.read_event().map_err(|error| {
            let (line, column) = at(reader.error_position());
            Problem::at(path, line, column, format!("not well-formed XML: {error}"))
                .help("open the file in an XML editor or re-export it from your tool")
        })?;
        match event {
            Event::Start(element) | Event::Empty(element) if !seen_root => {
                let (line, column) = at(offset);
                if element.local_name().as_ref() != b"xliff" {
                    return Err(Problem::at(
                        path,
                        line,
                        column,
                        "not an XLIFF file (the root element is not <xliff>)",
                    ));
                }
                let version = attr(&element, b"version").unwrap_or_default();
                if !version.starts_with('2') {
                    return Err(Problem::at(
                        path,
                        line,
                        column,
                        format!("XLIFF version {version} is not supported"),
                    )
                    .help("export XLIFF 2.0 (or 2.1/2.2) from your tool, or use the PO file"));
                }
                file.source_language = attr(&element, b"srcLang").unwrap_or_default();
                file.target_language = attr(&element, b"trgLang");
                seen_root = true;
            }
            Event::Start(element) => match element.local_name().as_ref() {
                b"file" if file.file_id.is_none() => file.file_id = attr(&element, b"id"),
                b"unit" => {
                    let (line, _) = at(offset);
                    unit = Some(XliffUnit {
                        id: attr(&element, b"id").unwrap_or_default(),
                        line,
                        ..XliffUnit::default()
                    });
                }
                b"segment" => {
                    if let Some(unit) = unit.as_mut() {
                        let state = attr(&element, b"state");
                        let parsed = match state.as_deref() {
                            None => None,
                            Some(name) => Some(TranslationState::parse(name).ok_or_else(|| {
                                let (line, column) = at(offset);
                                Problem::at(
                                    path,
                                    line,
                                    column,
                                    format!("`{name}` is not an XLIFF 2 state"),
                                )
                                .help("use initial, translated, reviewed or final")
                            })?),
                        };
                        // Several segments: the unit is as far along as its least finished one.
                        unit.state = match (unit.state, parsed) {
                            (Some(a), Some(b)) => Some(a.min(b)),
                            (a, b) => a.or(b),
                        };
                        unit.sub_state = unit.sub_state.take().or(attr(&element, b"subState"));
                    }
                }
                b"source" if unit.is_some() => into = Into::Source,
                b"target" if unit.is_some() => {
                    into = Into::Target;
                    if let Some(unit) = unit.as_mut() {
                        unit.target.get_or_insert_with(String::new);
                    }
                }
                _ => {}
            },
            Event::Empty(element) => {
                if into != Into::Nothing
                    && matches!(element.local_name().as_ref(), b"ph" | b"sc" | b"ec")
                {
                    let (line, column) = at(offset);
                    return Err(Problem::at(
                        path,
                        line,
                        column,
                        "inline codes (<ph>, <sc>, <ec>) are not used in framework texts",
                    )
                    .help("remove the code from the target; framework texts are plain text"));
                }
                if element.local_name().as_ref() == b"target"
                    && let Some(unit) = unit.as_mut()
                {
                    unit.target.get_or_insert_with(String::new);
                }
            }
            Event::Text(content) if into != Into::Nothing => {
                let decoded = content.xml_content().map_err(|error| {
                    let (line, column) = at(offset);
                    Problem::at(path, line, column, format!("bad text: {error}"))
                })?;
                push_text(unit.as_mut(), into, &decoded);
            }
            Event::GeneralRef(reference) if into != Into::Nothing => {
                let name = String::from_utf8_lossy(reference.as_ref()).into_owned();
                let resolved = resolve_reference(&name).ok_or_else(|| {
                    let (line, column) = at(offset);
                    Problem::at(path, line, column, format!("unknown entity `&{name};`"))
                })?;
                push_text(unit.as_mut(), into, &resolved);
            }
            Event::CData(content) if into != Into::Nothing => {
                push_text(unit.as_mut(), into, &String::from_utf8_lossy(&content));
            }
            Event::End(element) => match element.local_name().as_ref() {
                b"source" | b"target" => into = Into::Nothing,
                b"unit" => file.units.extend(unit.take()),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err(Problem::at(
            path,
            1,
            1,
            "not an XLIFF file (no <xliff> element)",
        ));
    }
    Ok(file)
}

fn push_text(unit: Option<&mut XliffUnit>, into: Into, value: &str) {
    let Some(unit) = unit else { return };
    match into {
        Into::Source => unit.source.push_str(value),
        Into::Target => unit.target.get_or_insert_with(String::new).push_str(value),
        Into::Nothing => {}
    }
}

/// The character an entity or character reference stands for.
fn resolve_reference(name: &str) -> Option<String> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let number = name.strip_prefix('#')?;
            let value = match number
                .strip_prefix('x')
                .or_else(|| number.strip_prefix('X'))
            {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(value)?
        }
    };
    Some(c.to_string())
}

/// An attribute's unescaped value.
fn attr(element: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attribute| {
            attribute.key.local_name().as_ref() == name && attribute.key.prefix().is_none()
        })
        .and_then(|attribute| {
            attribute
                .unescape_value()
                .ok()
                .map(|value| value.into_owned())
        })
}

/// Line numbers of offsets met in increasing order, counting each stretch of text once.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: u32,
}

impl LineCounter {
    /// 1-based line and column of `offset` in `text`.
    fn at(&mut self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        if offset < self.offset || !text.is_char_boundary(offset) {
            return line_column(text, offset);
        }
        self.line += text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32;
        self.offset = offset;
        let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
        (
            self.line + 1,
            text[line_start..offset].chars().count() as u32 + 1,
        )
    }
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() as u32 + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|last| last.chars().count())
        .unwrap_or(0) as u32
        + 1;
    (line, column)
}
