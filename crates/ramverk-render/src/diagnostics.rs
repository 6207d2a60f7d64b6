//! The one renderer of findings, for every command: rustc-style snippets, short lines
//! (`path:line:column: error: message`), JSON, and GitHub Actions annotations.
//!
//! A finding in a file whose text is not at hand (a spreadsheet, a ratings file, a plugin
//! manifest) has a line and column but no snippet: it is shown as a located line.

use std::io::Write;

use codespan_reporting::diagnostic::{
    Diagnostic as Report, Label as ReportLabel, Severity as ReportSeverity,
};
use codespan_reporting::term::{self, termcolor::Buffer};
use ramverk_source::SourceMap;
use ramverk_source::{Diagnostic, Label, Severity};
use serde_json::{Value as Json, json};

use crate::ColorMode;
use crate::snippet::Sources;
use crate::text::visible;

/// Findings with source snippets, as text (with ANSI colours when asked).
pub fn human(
    map: &SourceMap,
    diagnostics: &[Diagnostic],
    color: ColorMode,
) -> std::io::Result<String> {
    let files = Sources::new(map, diagnostics);
    let mut buffer = if color.enabled() {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let config = term::Config::default();
    for diagnostic in diagnostics {
        if diagnostic
            .primary
            .as_ref()
            .is_some_and(|label| !has_text(map, label))
        {
            buffer.write_all(without_snippet(map, diagnostic, color).as_bytes())?;
            continue;
        }
        let report = to_report(map, &files, diagnostic);
        term::emit_to_write_style(&mut buffer, &config, &files, &report)
            .map_err(std::io::Error::other)?;
    }
    buffer.flush()?;
    Ok(String::from_utf8_lossy(buffer.as_slice()).into_owned())
}

/// `error` or `warning`, as every form writes it.
fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Whether the label's file has text to quote.
fn has_text(map: &SourceMap, label: &Label) -> bool {
    map.files.get(label.file).is_some_and(|file| file.has_text)
}

/// `path:line:column: error[code]: message` and the notes, for a finding in a file without text.
fn without_snippet(map: &SourceMap, diagnostic: &Diagnostic, color: ColorMode) -> String {
    let name = severity_name(diagnostic.severity);
    let style = match diagnostic.severity {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
    };
    let place = diagnostic
        .primary
        .as_ref()
        .and_then(|label| place(map, label))
        .map(|place| format!("{place}: "))
        .unwrap_or_default();
    let mut out = format!(
        "{place}{}: {}\n",
        color.paint(style, &format!("{name}[{}]", diagnostic.code)),
        color.paint("1", &diagnostic.message)
    );
    for line in notes(map, diagnostic, true) {
        out.push_str(&format!("  = {line}\n"));
    }
    out.push('\n');
    out
}

fn to_report(map: &SourceMap, files: &Sources, diagnostic: &Diagnostic) -> Report<usize> {
    let severity = match diagnostic.severity {
        Severity::Error => ReportSeverity::Error,
        Severity::Warning => ReportSeverity::Warning,
    };
    let mut labels = Vec::new();
    if let Some(label) = &diagnostic.primary {
        labels.push(
            ReportLabel::primary(label.file, shown(files, map, label))
                .with_message(visible(&label.message)),
        );
    }
    for label in diagnostic
        .secondary
        .iter()
        .filter(|label| has_text(map, label))
    {
        labels.push(
            ReportLabel::secondary(label.file, shown(files, map, label))
                .with_message(visible(&label.message)),
        );
    }
    let notes = notes(map, diagnostic, false);
    Report::new(severity)
        .with_code(diagnostic.code)
        .with_message(visible(&diagnostic.message))
        .with_labels(labels)
        .with_notes(notes)
}

/// `help: …`, `note: …` and, for related places without a snippet (all of them when `all`),
/// `see path:line:column: label`.
fn notes(map: &SourceMap, diagnostic: &Diagnostic, all: bool) -> Vec<String> {
    let mut notes: Vec<String> = diagnostic
        .help
        .iter()
        .map(|help| format!("help: {}", visible(help)))
        .collect();
    notes.extend(
        diagnostic
            .notes
            .iter()
            .map(|note| format!("note: {}", visible(note))),
    );
    for label in &diagnostic.secondary {
        if (all || !has_text(map, label))
            && let Some(place) = place(map, label)
        {
            notes.push(format!("see {place}: {}", visible(&label.message)));
        }
    }
    notes
}

/// How a short finding begins after its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Short {
    /// `path:line:column: error: message`, compiler style: findings listed on their own.
    WithSeverity,
    /// `path:line:column: message`: findings listed under an error that already says what they
    /// are (a translation file with problems, a merge refused).
    MessageOnly,
}

/// A finding in a few lines: the located message (see [`Short`]), then `  help: …` and
/// `  note: …` lines. No trailing newline.
pub fn short(map: &SourceMap, diagnostic: &Diagnostic, style: Short) -> String {
    let mut out = match style {
        Short::MessageOnly => line(map, diagnostic),
        Short::WithSeverity => {
            let severity = severity_name(diagnostic.severity);
            match placed(map, diagnostic) {
                Some(place) => format!("{place}: {severity}: {}", diagnostic.message),
                None => format!("{severity}: {}", diagnostic.message),
            }
        }
    };
    for note in notes(map, diagnostic, true) {
        out.push_str(&format!("\n  {note}"));
    }
    out
}

/// Several findings in [`short`] form, one after the other (no trailing newline).
pub fn short_list(map: &SourceMap, diagnostics: &[Diagnostic], style: Short) -> String {
    diagnostics
        .iter()
        .map(|diagnostic| short(map, diagnostic, style))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `path:line:column: message`, the finding on one line (no help), to quote it in another
/// message.
pub fn line(map: &SourceMap, diagnostic: &Diagnostic) -> String {
    match placed(map, diagnostic) {
        Some(place) => format!("{place}: {}", diagnostic.message),
        None => diagnostic.message.clone(),
    }
}

fn placed(map: &SourceMap, diagnostic: &Diagnostic) -> Option<String> {
    diagnostic
        .primary
        .as_ref()
        .and_then(|label| place(map, label))
}

/// `path:line:column` of a label; without the column when it is 0, and only the path when the
/// line is 0 (the finding concerns the whole file).
pub fn place(map: &SourceMap, label: &Label) -> Option<String> {
    let file = map.files.get(label.file)?;
    let mut place = display_path(&file.path);
    let (line, column) = (label.position.line, label.position.column);
    if line > 0 {
        place.push_str(&format!(":{line}"));
        if column > 0 {
            place.push_str(&format!(":{column}"));
        }
    }
    Some(place)
}

/// The label's byte range in the text as shown (long lines cut).
fn shown(files: &Sources, map: &SourceMap, label: &Label) -> std::ops::Range<usize> {
    let range = range(map, label);
    let start = files.shown(label.file, range.start);
    let end = files.shown(label.file, range.end).max(start);
    if end > start {
        return start..end;
    }
    // The place was cut away after the window: point at the mark.
    let text = files.text(label.file);
    let line_end = text[start..].find('\n').map_or(text.len(), |at| start + at);
    start..next_char_end(text, start, line_end)
}

/// The label's byte range, kept on its first line so a mapping's span does not fill the screen.
fn range(map: &SourceMap, label: &Label) -> std::ops::Range<usize> {
    let text = map
        .files
        .get(label.file)
        .map_or("", |file| file.text.as_str());
    let start = label.position.start.min(text.len());
    let line_end = text[start..]
        .find('\n')
        .map_or(text.len(), |offset| start + offset);
    let end = label.position.end.clamp(start, line_end);
    let end = if end == start {
        next_char_end(text, start, line_end)
    } else {
        end
    };
    start..end
}

fn next_char_end(text: &str, start: usize, line_end: usize) -> usize {
    text[start..line_end]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8())
}

/// A path as shown to the user.
pub fn display_path(path: &std::path::Path) -> String {
    path.display().to_string()
}

/// One finding as a JSON object.
pub fn json(map: &SourceMap, diagnostic: &Diagnostic) -> Json {
    let place = |label: &Label| {
        json!({
            "file": map.files.get(label.file).map(|file| display_path(&file.path)),
            "line": label.position.line,
            "column": label.position.column,
            "message": label.message,
        })
    };
    json!({
        "code": diagnostic.code,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
        "file": diagnostic.primary.as_ref().and_then(|label| map.files.get(label.file)).map(|file| display_path(&file.path)),
        "line": diagnostic.primary.as_ref().map(|label| label.position.line),
        "column": diagnostic.primary.as_ref().map(|label| label.position.column),
        "pointer": diagnostic.pointer,
        "help": diagnostic.help,
        "notes": diagnostic.notes,
        "related": diagnostic.secondary.iter().map(place).collect::<Vec<_>>(),
    })
}

/// One finding as a GitHub Actions workflow command.
pub fn github(map: &SourceMap, diagnostic: &Diagnostic) -> String {
    let level = severity_name(diagnostic.severity);
    let mut properties = Vec::new();
    if let Some(label) = &diagnostic.primary
        && let Some(file) = map.files.get(label.file)
    {
        properties.push(format!(
            "file={}",
            escape_property(&display_path(&file.path))
        ));
        if label.position.line > 0 {
            properties.push(format!("line={}", label.position.line));
            if label.position.column > 0 {
                properties.push(format!("col={}", label.position.column));
            }
        }
    }
    properties.push(format!(
        "title={}",
        escape_property(&format!("ramverk {}", diagnostic.code))
    ));
    let mut message = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    for note in &diagnostic.notes {
        message.push_str(&format!("\nnote: {note}"));
    }
    for label in &diagnostic.secondary {
        if let Some(place) = place(map, label) {
            message.push_str(&format!("\nsee {place}: {}", label.message));
        }
    }
    format!(
        "::{level} {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use ramverk_source::{Code, Diagnostic, Severity, SourceMap};

    use super::{Short, github, human, json, line, short};
    use crate::ColorMode;

    /// A spreadsheet's finding: a row and column, no text to quote.
    fn in_a_spreadsheet() -> (SourceMap, Diagnostic) {
        let mut map = SourceMap::default();
        let file = map.add_file_without_text(PathBuf::from("round1.xlsx"));
        let finding = Diagnostic::new(Code::RatingsRow, "unknown competence `1.9`")
            .at_line(file, 2, 5, "")
            .help("use a competence id of the framework");
        (map, finding)
    }

    #[test]
    fn a_finding_without_text_is_a_located_line_in_every_form() {
        let (map, finding) = in_a_spreadsheet();
        assert_eq!(
            human(&map, std::slice::from_ref(&finding), ColorMode::plain()).unwrap(),
            "round1.xlsx:2:5: error[ratings-row]: unknown competence `1.9`\n  = help: use a competence id of the framework\n\n"
        );
        assert_eq!(
            short(&map, &finding, Short::WithSeverity),
            "round1.xlsx:2:5: error: unknown competence `1.9`\n  help: use a competence id of the framework"
        );
        let warning = finding.clone().with_severity(Severity::Warning);
        assert_eq!(
            line(&map, &warning),
            "round1.xlsx:2:5: unknown competence `1.9`"
        );
        assert!(
            short(&map, &warning, Short::WithSeverity).starts_with("round1.xlsx:2:5: warning: ")
        );
        let value = json(&map, &finding);
        assert_eq!(
            (
                &value["code"],
                &value["file"],
                &value["line"],
                &value["column"]
            ),
            (
                &serde_json::json!("ratings-row"),
                &serde_json::json!("round1.xlsx"),
                &serde_json::json!(2),
                &serde_json::json!(5)
            )
        );
        assert!(
            github(&map, &finding)
                .starts_with("::error file=round1.xlsx,line=2,col=5,title=ramverk ratings-row::")
        );
    }

    #[test]
    fn a_finding_about_a_whole_file_or_line_leaves_out_what_is_unknown() {
        let mut map = SourceMap::default();
        let file = map.add_file_without_text(PathBuf::from("sv-en.yaml"));
        let whole = Diagnostic::new(Code::GlossaryInvalid, "cannot read").at_line(file, 0, 0, "");
        let row = Diagnostic::new(Code::GlossaryInvalid, "listed twice").at_line(file, 6, 0, "");
        assert_eq!(
            short(&map, &whole, Short::MessageOnly),
            "sv-en.yaml: cannot read"
        );
        assert_eq!(
            short(&map, &row, Short::MessageOnly),
            "sv-en.yaml:6: listed twice"
        );
        assert_eq!(
            github(&map, &whole),
            "::error file=sv-en.yaml,title=ramverk glossary-invalid::cannot read"
        );
    }

    /// A finding on a 12 MB line prints a window around its place, not the line: the snippet
    /// stays small, the place is the file's line and column, and a finding on a later line is
    /// shown as it is.
    #[test]
    fn a_finding_on_a_huge_line_prints_a_window_around_its_place() {
        let mut map = SourceMap::default();
        let long = "a".repeat(6_000_000) + "XY" + &"b".repeat(6_000_000);
        let text = format!("id: x\ntitle: {long}\nversion: 1\n");
        let at = text.find("XY").unwrap();
        let next = text.find("version").unwrap();
        let file = map.add_file(PathBuf::from("framework.yaml"), text);
        let position = |start: usize, line: u32, column: u32| ramverk_source::Position {
            line,
            column,
            start,
            end: start + 2,
        };
        let on_the_line = Diagnostic::new(Code::YamlSyntax, "here").at_position(
            file,
            position(at, 2, 6_000_008),
            "this",
        );
        let after =
            Diagnostic::new(Code::Schema, "later").at_position(file, position(next, 3, 1), "that");
        let out = human(&map, &[on_the_line, after], ColorMode::plain()).unwrap();
        assert!(out.len() < 2_000, "{} bytes", out.len());
        assert!(out.contains("framework.yaml:2:6000008"), "{out}");
        assert!(out.contains("framework.yaml:3:1"), "{out}");
        assert!(out.contains("│ …aaaa"), "{out}");
        assert!(out.contains("aaaXYbbb"), "{out}");
        assert!(out.contains("bbb…\n"), "{out}");
        let snippet = out.lines().find(|l| l.contains("XY")).unwrap();
        let marks = out.lines().find(|l| l.contains("^^ this")).unwrap();
        assert_eq!(
            snippet.chars().position(|c| c == 'X'),
            marks.chars().position(|c| c == '^'),
            "{out}"
        );
        assert!(out.contains("3 │ version: 1\n"), "{out}");
    }
}
