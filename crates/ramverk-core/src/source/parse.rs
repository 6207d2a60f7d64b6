//! Parsing one YAML file into a node tree, within limits that keep hostile input harmless.

use super::node::{Node, Position};

/// Largest file ramverk reads, in bytes.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Why a file could not be parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, when known.
    pub position: Option<Position>,
    /// Which kind of problem: `yaml-syntax`, `duplicate-key`, `yaml-limit`, `too-large`, `encoding`.
    pub code: &'static str,
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
            code: "too-large",
            help: Some("split the framework into several files under areas/ and profiles/".into()),
        });
    }
    if text.trim().is_empty() {
        return Err(ParseError {
            message: "file is empty".into(),
            position: None,
            code: "yaml-syntax",
            help: Some("a framework file holds one YAML mapping".into()),
        });
    }
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: 16_000_000,
            max_nodes: 8_000_000,
            max_depth: 64,
            max_documents: 1,
        },
        with_snippet: false,
    };
    serde_saphyr::from_str_with_options::<Node>(text, options).map_err(|error| convert(&error, text))
}

fn convert(error: &serde_saphyr::Error, text: &str) -> ParseError {
    let message = first_line(&error.to_string());
    let position = error
        .location()
        .filter(|location| location.line() > 0)
        .map(|location| position_at(text, location.line() as u32, location.column() as u32));
    let lower = message.to_lowercase();
    let (code, help) = if lower.contains("duplicate") {
        ("duplicate-key", "remove or rename one of the two keys; YAML keys must be unique")
    } else if lower.contains("budget") || lower.contains("alias") || lower.contains("depth") {
        (
            "yaml-limit",
            "the file exceeds a safety limit (aliases, nesting or size); write the content out plainly",
        )
    } else if lower.contains("multiple documents") || lower.contains("more than one") {
        ("yaml-syntax", "a framework file holds exactly one YAML document; remove the extra `---`")
    } else {
        ("yaml-syntax", "check indentation, quoting and the `key: value` form around this place")
    };
    ParseError { message, position, code, help: Some(help.into()) }
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
            let end = text[begin..].chars().next().map_or(begin, |c| begin + c.len_utf8());
            return Position { line, column, start: begin, end };
        }
        start += content.len();
    }
    Position { line, column, start: text.len(), end: text.len() }
}
