//! Parsing one YAML file into a node tree, within limits that keep hostile input harmless.

use crate::Code;
use crate::node::{Node, Position};

/// Largest file ramverk reads, in bytes.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Why a file could not be parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, when known.
    pub position: Option<Position>,
    /// Which kind of problem: `yaml-syntax`, `yaml-limit` or `too-large`.
    pub code: Code,
    /// How to fix it.
    pub help: Option<String>,
}

/// Parses YAML text into a node tree. Never panics; budgets bound time and memory.
pub fn parse(text: &str) -> Result<Node, ParseError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ParseError {
            message: format!(
                "file is {} bytes, more than the limit of {} bytes",
                text.len(),
                MAX_FILE_BYTES
            ),
            position: None,
            code: Code::TooLarge,
            help: Some("split the framework into several files under areas/ and profiles/".into()),
        });
    }
    if text.trim().is_empty() {
        return Err(ParseError {
            message: "file is empty".into(),
            position: None,
            code: Code::YamlSyntax,
            help: Some("a framework file holds one YAML mapping".into()),
        });
    }
    if let Some(node) = crate::plain_yaml::build_plain(text, &mut crate::plain_yaml::PlainNodes) {
        return Ok(node);
    }
    parse_with_serde_saphyr(text)
}

/// The full parse: every YAML feature, ramverk's safety budgets, and precise errors.
pub fn parse_with_serde_saphyr(text: &str) -> Result<Node, ParseError> {
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: 16_000_000,
            max_nodes: 8_000_000,
            max_depth: 64,
            max_documents: 1,
        },
        duplicate_keys: serde_saphyr::DuplicateKeyPolicy::PassThrough,
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options::<Node>(text, options)
        .map_err(|error| convert(&error, text))
}

fn convert(error: &serde_saphyr::Error, text: &str) -> ParseError {
    let raw = first_line(&error.to_string());
    let message = strip_location(&raw);
    let position = error
        .location()
        .filter(|location| location.line() > 0)
        .map(|location| position_at(text, location.line() as u32, location.column() as u32));
    if let Some(kind) = message.strip_prefix("budget breached: ") {
        let (message, help) = budget_message(kind);
        return ParseError {
            message,
            position,
            code: Code::YamlLimit,
            help: Some(help.into()),
        };
    }
    let help = if message.contains("multiple documents")
        || message.contains("more than one document")
    {
        "a framework file holds exactly one YAML document; remove the extra `---`"
    } else if message.contains("quoted scalar") || message.contains("unclosed") {
        "a quoted text may be missing its closing quote; check the quotes on this line and the lines above"
    } else {
        "check indentation, quoting and the `key: value` form around this place"
    };
    ParseError {
        message,
        position,
        code: Code::YamlSyntax,
        help: Some(help.into()),
    }
}

/// A readable sentence for a breached parser budget (`Depth { depth: 65 }` ...).
fn budget_message(kind: &str) -> (String, &'static str) {
    let name = kind.split([' ', '{']).next().unwrap_or(kind);
    match name {
        "Depth" => (
            "the YAML is nested more than 64 levels deep".into(),
            "flatten the structure; a framework never needs this depth",
        ),
        "Aliases"
        | "Anchors"
        | "RecordedAnchorEvents"
        | "RecordedAnchorBytes"
        | "AliasAnchorRatio"
        | "MergeKeys" => (
            "aliases expand to more content than ramverk accepts (an alias bomb?)".into(),
            "write the content out plainly instead of repeating anchors with `*alias`",
        ),
        "Documents" => (
            "the file holds more than one YAML document".into(),
            "a framework file holds exactly one YAML document; remove the extra `---`",
        ),
        _ => (
            format!("the file exceeds a safety limit of the YAML reader ({name})"),
            "split the content over several files under areas/ and profiles/",
        ),
    }
}

/// Removes the " at line N, column M ..." the YAML library appends; positions are shown apart.
fn strip_location(message: &str) -> String {
    message
        .find(" at line ")
        .map_or(message, |at| &message[..at])
        .trim()
        .to_owned()
}

fn first_line(message: &str) -> String {
    let line = message.lines().next().unwrap_or(message).trim();
    line.strip_prefix("error: ").unwrap_or(line).to_owned()
}

/// The byte range of the character at a 1-based line and column.
pub fn position_at(text: &str, line: u32, column: u32) -> Position {
    let mut start = 0;
    for (index, content) in text.split_inclusive('\n').enumerate() {
        if index + 1 == line as usize {
            let offset = content
                .char_indices()
                .nth(column.saturating_sub(1) as usize)
                .map_or(content.trim_end_matches('\n').len(), |(offset, _)| offset);
            let begin = start + offset;
            let end = text[begin..]
                .chars()
                .next()
                .map_or(begin, |c| begin + c.len_utf8());
            return Position {
                line,
                column,
                start: begin,
                end,
            };
        }
        start += content.len();
    }
    Position {
        line,
        column,
        start: text.len(),
        end: text.len(),
    }
}
