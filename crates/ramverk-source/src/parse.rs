//! Parsing one YAML file into a node tree, within limits that keep hostile input harmless.

use serde_saphyr::Error;
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind;
use serde_saphyr::localizer::ExternalMessageSource;

use crate::Code;
use crate::node::{Node, Position};

/// Stack for a thread that reads YAML: as much as a main thread has, because the full parser
/// recurses once per level of nesting, up to the depth budget of 64.
pub const READER_STACK: usize = 8 << 20;

/// Largest file ramverk reads, in bytes.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// Why a file could not be parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where, when known.
    pub position: Option<Position>,
    /// Which kind of problem: `yaml-syntax`, `yaml-limit` or `too-large`; `schema` for a key
    /// written as a number that YAML reads as another (`1.10:` is 1.1).
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
    // The plain reader leaves such keys to this way, where their written form is compared.
    let node = parse_with_serde_saphyr(text)?;
    match crate::numeric_key::lossy_key(&node, text) {
        Some(error) => Err(error),
        None => Ok(node),
    }
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
    // The library's sentence is shown as it is; what ramverk adds (code, help) follows from the
    // error's kind, never from its wording.
    let message = strip_location(&first_line(&error.to_string()));
    let position = error
        .location()
        .filter(|location| location.line() > 0)
        .map(|location| position_at(text, location.line() as u32, location.column() as u32));
    let root = root_cause(error);
    let limit = match root {
        Error::Budget { breach, .. } => Some(budget_message(breach)),
        // The alias replay hardening is a limit too, kept apart from the budget by the library.
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => {
            Some((ALIAS_LIMIT.0.to_owned(), ALIAS_LIMIT.1))
        }
        _ => None,
    };
    if let Some((message, help)) = limit {
        return ParseError {
            message,
            position,
            code: Code::YamlLimit,
            help: Some(help.into()),
        };
    }
    let help = match root {
        Error::MultipleDocuments { .. } => {
            "a framework file holds exactly one YAML document; remove the extra `---`"
        }
        Error::ExternalMessage { source, .. } if unclosed_quote(source) => {
            "a quoted text may be missing its closing quote; check the quotes on this line and the lines above"
        }
        _ => "check indentation, quoting and the `key: value` form around this place",
    };
    ParseError {
        message,
        position,
        code: Code::YamlSyntax,
        help: Some(help.into()),
    }
}

/// The error itself, without the wrappers that add a snippet or an alias's place.
fn root_cause(mut error: &Error) -> &Error {
    loop {
        match error {
            Error::WithSnippet { error: inner, .. } | Error::AliasError { error: inner, .. } => {
                error = inner
            }
            other => return other,
        }
    }
}

/// Whether the YAML scanner stopped inside a quoted text: an unclosed or badly ended quote.
fn unclosed_quote(source: &ExternalMessageSource) -> bool {
    let ExternalMessageSource::Parser(scan) = source else {
        return false;
    };
    matches!(
        scan.kind(),
        ErrorKind::UnclosedQuotedScalar
            | ErrorKind::DocumentIndicatorInQuotedScalar
            | ErrorKind::InvalidQuotedScalarIndent
            | ErrorKind::InvalidTrailingSingleQuotedScalar
            | ErrorKind::InvalidTrailingDoubleQuotedScalar
    )
}

/// What ramverk says when aliases expand to more than it accepts, and how to fix it.
const ALIAS_LIMIT: (&str, &str) = (
    "aliases expand to more content than ramverk accepts (an alias bomb?)",
    "write the content out plainly instead of repeating anchors with `*alias`",
);

/// A readable sentence for a breached parser budget, and how to fix it.
fn budget_message(breach: &BudgetBreach) -> (String, &'static str) {
    let name = match breach {
        BudgetBreach::Depth { .. } => {
            return (
                "the YAML is nested more than 64 levels deep".into(),
                "flatten the structure; a framework never needs this depth",
            );
        }
        BudgetBreach::Aliases { .. }
        | BudgetBreach::Anchors { .. }
        | BudgetBreach::RecordedAnchorEvents { .. }
        | BudgetBreach::RecordedAnchorBytes { .. }
        | BudgetBreach::AliasAnchorRatio { .. }
        | BudgetBreach::MergeKeys { .. } => return (ALIAS_LIMIT.0.into(), ALIAS_LIMIT.1),
        BudgetBreach::Documents { .. } => {
            return (
                "the file holds more than one YAML document".into(),
                "a framework file holds exactly one YAML document; remove the extra `---`",
            );
        }
        BudgetBreach::Events { .. } => "Events",
        BudgetBreach::Nodes { .. } => "Nodes",
        BudgetBreach::ScalarBytes { .. } => "ScalarBytes",
        BudgetBreach::InputBytes { .. } => "InputBytes",
        BudgetBreach::InclusionDepth { .. } => "InclusionDepth",
        BudgetBreach::SequenceUnbalanced => "SequenceUnbalanced",
        _ => "another budget",
    };
    (
        format!("the file exceeds a safety limit of the YAML reader ({name})"),
        "split the content over several files under areas/ and profiles/",
    )
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

#[cfg(test)]
mod kinds {
    use super::parse_with_serde_saphyr;
    use crate::Code;

    /// The code and help for a broken text, parsed on a thread with a main thread's stack (8 MiB),
    /// as the command parses: the recursive reader needs more than a test thread's 2 MiB for
    /// 64 levels in an unoptimised build.
    fn classify(text: &str) -> (Code, String) {
        let text = text.to_owned();
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                let error = parse_with_serde_saphyr(&text).expect_err("the text is broken");
                (error.code, error.help.unwrap_or_default())
            })
            .expect("a thread")
            .join()
            .expect("no panic")
    }

    #[test]
    fn the_help_follows_the_kind_of_error() {
        let (code, help) = classify("title: \"unclosed\nid: x\n");
        assert_eq!(code, Code::YamlSyntax);
        assert!(help.contains("closing quote"), "{help}");

        let (code, help) = classify("id: a\n---\nid: b\n");
        assert!(matches!(code, Code::YamlSyntax | Code::YamlLimit), "{code}");
        assert!(help.contains("exactly one YAML document"), "{help}");

        let (code, help) = classify("id: [a\ntitle: b\n");
        assert_eq!(code, Code::YamlSyntax);
        assert!(help.contains("indentation"), "{help}");
    }

    #[test]
    fn deep_nesting_is_a_limit() {
        let deep = format!("{}1{}", "[".repeat(80), "]".repeat(80));
        let (code, help) = classify(&deep);
        assert_eq!(code, Code::YamlLimit);
        assert!(help.contains("flatten"), "{help}");
    }

    #[test]
    fn an_alias_bomb_is_a_limit() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 0..9 {
            let previous = if level == 0 {
                "a".to_owned()
            } else {
                format!("l{}", level - 1)
            };
            bomb.push_str(&format!(
                "l{level}: &l{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n"
            ));
        }
        let (code, help) = classify(&bomb);
        assert_eq!(code, Code::YamlLimit);
        assert!(help.contains("*alias"), "{help}");
    }

    /// An anchor of 2,000 items aliased 600 times replays more events than the library's alias
    /// hardening allows (one million): a limit, not a syntax error.
    #[test]
    fn too_many_replayed_alias_events_are_a_limit() {
        let items = vec!["x"; 2000].join(", ");
        let mut text = format!("a: &a [{items}]\n");
        for index in 0..600 {
            text.push_str(&format!("b{index}: *a\n"));
        }
        let (code, help) = classify(&text);
        assert_eq!(code, Code::YamlLimit, "{help}");
        assert!(help.contains("*alias"), "{help}");
    }
}
