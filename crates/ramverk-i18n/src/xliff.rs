//! XLIFF 2.0 files: one `<unit>` per message (unit id = the stable key), one segment each with
//! its state; stale translations are `initial` with `subState="ramverk:stale"` and the previous
//! source text in a note.

use std::path::Path;

use quick_xml::NsReader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

use crate::po::is_refused_control;

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
    /// Line and column of the `<xliff>` element (where the languages are).
    pub root_at: (u32, u32),
    /// The `id` of the `<file>` (every `<file>` of a document has the same).
    pub file_id: Option<String>,
    /// Line and column of the first `<file>` element.
    pub file_at: (u32, u32),
    /// The units, in document order.
    pub units: Vec<XliffUnit>,
}

/// The XLIFF versions read: 2.1 and 2.2 keep the 2.0 core and its namespace.
const VERSIONS: [&str; 3] = ["2.0", "2.1", "2.2"];

/// Where text being read belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Into {
    Nothing,
    Source,
    Target,
}

/// An element met on the way down, as far as reading cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Element {
    /// `<segment>` or `<ignorable>`: holds a source and a target.
    Segment {
        source: bool,
        target: bool,
    },
    Source,
    Target,
    /// Anything else.
    Other,
}

/// Reads an XLIFF 2.0 document; problems carry their line and column. Refused: another version
/// or namespace, a second `<file>` for another framework, inline codes, a second `<source>` or
/// `<target>` in a segment, and control characters in a target.
pub fn read(path: &Path, xml: &str) -> Result<XliffFile, Problem> {
    let mut reader = NsReader::from_str(xml);
    let mut file = XliffFile::default();
    let mut unit: Option<XliffUnit> = None;
    let mut stack: Vec<Element> = Vec::new();
    let mut seen_root = false;
    let mut seen_file = false;
    let lines = std::cell::RefCell::new(LineCounter::default());
    let at = |offset: u64| lines.borrow_mut().at(xml, offset as usize);
    let problem = |offset: u64, message: String| {
        let (line, column) = at(offset);
        Problem::at(path, line, column, message)
    };
    loop {
        let offset = reader.buffer_position();
        let (core, event) = match reader.read_resolved_event() {
            Ok((namespace, event)) => (
                matches!(namespace, ResolveResult::Bound(ns) if ns.as_ref() == NAMESPACE.as_bytes()),
                event,
            ),
            Err(error) => {
                let (line, column) = at(reader.error_position());
                return Err(Problem::at(
                    path,
                    line,
                    column,
                    format!("not well-formed XML: {error}"),
                )
                .help("open the file in an XML editor or re-export it from your tool"));
            }
        };
        let into = match stack.last() {
            Some(Element::Source) => Into::Source,
            Some(Element::Target) => Into::Target,
            _ => Into::Nothing,
        };
        match event {
            Event::Start(ref element) | Event::Empty(ref element) if !seen_root => {
                if element.local_name().as_ref() != b"xliff" {
                    return Err(problem(
                        offset,
                        "not an XLIFF file (the root element is not <xliff>)".into(),
                    ));
                }
                let version = attr(element, b"version").unwrap_or_default();
                if !VERSIONS.contains(&version.as_str()) {
                    return Err(problem(
                        offset,
                        format!("XLIFF version `{version}` is not supported"),
                    )
                    .help("export XLIFF 2.0 from your tool, or use the PO file"));
                }
                if !core {
                    return Err(problem(
                        offset,
                        "the <xliff> element is not in the XLIFF 2.0 namespace".into(),
                    )
                    .help(format!("an XLIFF 2 document says xmlns=\"{NAMESPACE}\"")));
                }
                file.source_language = attr(element, b"srcLang").unwrap_or_default();
                file.target_language = attr(element, b"trgLang");
                file.root_at = at(offset);
                seen_root = true;
                if matches!(event, Event::Start(_)) {
                    stack.push(Element::Other);
                }
            }
            Event::Start(ref element) | Event::Empty(ref element) => {
                let empty = matches!(event, Event::Empty(_));
                let name = element.local_name();
                if into != Into::Nothing {
                    let shown = String::from_utf8_lossy(element.name().as_ref()).into_owned();
                    return Err(problem(
                        offset,
                        format!("an inline code or markup (<{shown}>) in a text; framework texts are plain text"),
                    )
                    .help("remove the element (<ph>, <pc>, <sc>, <ec>, <mrk>, <sm>, <em>, <cp>) and keep its text, if any, as plain text"));
                }
                let parent = stack.last_mut();
                let mut pushed = Element::Other;
                match (core, name.as_ref(), parent) {
                    (true, b"file", _) => {
                        let id = attr(element, b"id");
                        if !seen_file {
                            file.file_id = id;
                            file.file_at = at(offset);
                            seen_file = true;
                        } else if id != file.file_id {
                            return Err(problem(
                                offset,
                                format!(
                                    "a second <file> (`{}`) for another framework than the first (`{}`)",
                                    id.unwrap_or_default(),
                                    file.file_id.clone().unwrap_or_default()
                                ),
                            )
                            .help("merge one framework's file at a time: extract each framework's texts apart"));
                        }
                    }
                    (true, b"unit", _) => {
                        let (line, _) = at(offset);
                        unit = Some(XliffUnit {
                            id: attr(element, b"id").unwrap_or_default(),
                            line,
                            ..XliffUnit::default()
                        });
                    }
                    (true, b"segment" | b"ignorable", _) if unit.is_some() => {
                        pushed = Element::Segment {
                            source: false,
                            target: false,
                        };
                        if name.as_ref() == b"segment" {
                            segment_state(path, element, unit.as_mut(), || at(offset))?;
                        }
                    }
                    (true, b"source", Some(Element::Segment { source, .. })) => {
                        if std::mem::replace(source, true) {
                            return Err(problem(offset, "a second <source> in one segment".into())
                                .help("a segment has one source text"));
                        }
                        pushed = Element::Source;
                    }
                    (true, b"target", Some(Element::Segment { target, .. })) => {
                        if std::mem::replace(target, true) {
                            return Err(problem(offset, "a second <target> in one segment".into())
                                .help("keep one translation per segment"));
                        }
                        if let Some(unit) = unit.as_mut() {
                            unit.target.get_or_insert_with(String::new);
                        }
                        pushed = Element::Target;
                    }
                    _ => {}
                }
                if !empty {
                    stack.push(pushed);
                }
            }
            Event::Text(content) if into != Into::Nothing => {
                let decoded = content
                    .xml10_content()
                    .map_err(|error| problem(offset, format!("bad text: {error}")))?;
                if into == Into::Target {
                    refuse_controls(&content, offset, &problem)?;
                }
                push_text(unit.as_mut(), into, &decoded);
            }
            Event::GeneralRef(reference) if into != Into::Nothing => {
                let name = String::from_utf8_lossy(reference.as_ref()).into_owned();
                let resolved = resolve_reference(&name)
                    .ok_or_else(|| problem(offset, format!("unknown entity `&{name};`")))?;
                if into == Into::Target && resolved.chars().any(is_refused_control) {
                    return Err(control_problem(problem(offset, String::new()), &resolved));
                }
                push_text(unit.as_mut(), into, &resolved);
            }
            Event::CData(content) if into != Into::Nothing => {
                let decoded = content
                    .xml10_content()
                    .map_err(|error| problem(offset, format!("bad text: {error}")))?;
                if into == Into::Target {
                    // Past `<![CDATA[`.
                    refuse_controls(&content, offset + 9, &problem)?;
                }
                push_text(unit.as_mut(), into, &decoded);
            }
            Event::End(element) => {
                stack.pop();
                if core && element.local_name().as_ref() == b"unit" {
                    file.units.extend(unit.take());
                }
            }
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

/// Takes a `<segment>`'s state and sub-state into its unit: with several segments, the unit is
/// as far along as its least finished one.
fn segment_state(
    path: &Path,
    element: &BytesStart<'_>,
    unit: Option<&mut XliffUnit>,
    at: impl Fn() -> (u32, u32),
) -> Result<(), Problem> {
    let Some(unit) = unit else { return Ok(()) };
    let parsed = match attr(element, b"state") {
        None => None,
        Some(name) => Some(TranslationState::parse(&name).ok_or_else(|| {
            let (line, column) = at();
            Problem::at(
                path,
                line,
                column,
                format!("`{name}` is not an XLIFF 2 state"),
            )
            .help("use initial, translated, reviewed or final")
        })?),
    };
    unit.state = match (unit.state, parsed) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    unit.sub_state = unit.sub_state.take().or(attr(element, b"subState"));
    Ok(())
}

/// Refuses a control character written as such in a target's text (`raw`, starting at
/// `offset`); carriage returns are line ends, which XML reads as line feeds.
fn refuse_controls(
    raw: &[u8],
    offset: u64,
    problem: &impl Fn(u64, String) -> Problem,
) -> Result<(), Problem> {
    let text = String::from_utf8_lossy(raw);
    match text
        .char_indices()
        .find(|&(_, c)| c != '\r' && is_refused_control(c))
    {
        Some((index, c)) => Err(control_problem(
            problem(offset + index as u64, String::new()),
            &c.to_string(),
        )),
        None => Ok(()),
    }
}

/// The problem of a control character in a translation.
fn control_problem(mut problem: Problem, text: &str) -> Problem {
    let c = text
        .chars()
        .find(|&c| is_refused_control(c))
        .unwrap_or('\0');
    problem.message = format!(
        "a control character (U+{:04X}) in the translation; translations hold plain text, with line breaks and tabs at most",
        c as u32
    );
    problem.help("remove it; a text cannot show it")
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
fn attr(element: &BytesStart<'_>, name: &[u8]) -> Option<String> {
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
