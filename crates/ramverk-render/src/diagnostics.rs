//! Findings as rustc-style snippets, as JSON, and as GitHub Actions annotations.

use std::io::Write;

use codespan_reporting::diagnostic::{
    Diagnostic as Report, Label as ReportLabel, Severity as ReportSeverity,
};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::Buffer};
use ramverk_source::SourceMap;
use ramverk_source::{Diagnostic, Label, Severity};
use serde_json::{Value as Json, json};

use crate::ColorMode;

/// Findings with source snippets, as text (with ANSI colours when asked).
pub fn human(
    map: &SourceMap,
    diagnostics: &[Diagnostic],
    color: ColorMode,
) -> std::io::Result<String> {
    let mut files = SimpleFiles::new();
    for file in &map.files {
        files.add(display_path(&file.path), file.text.as_str());
    }
    let mut buffer = if color.enabled() {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let config = term::Config::default();
    for diagnostic in diagnostics {
        let report = to_report(map, diagnostic);
        term::emit_to_write_style(&mut buffer, &config, &files, &report)
            .map_err(std::io::Error::other)?;
    }
    buffer.flush()?;
    Ok(String::from_utf8_lossy(buffer.as_slice()).into_owned())
}

fn to_report(map: &SourceMap, diagnostic: &Diagnostic) -> Report<usize> {
    let severity = match diagnostic.severity {
        Severity::Error => ReportSeverity::Error,
        Severity::Warning => ReportSeverity::Warning,
    };
    let mut labels = Vec::new();
    if let Some(label) = &diagnostic.primary {
        labels
            .push(ReportLabel::primary(label.file, range(map, label)).with_message(&label.message));
    }
    for label in &diagnostic.secondary {
        labels.push(
            ReportLabel::secondary(label.file, range(map, label)).with_message(&label.message),
        );
    }
    let mut notes: Vec<String> = diagnostic
        .help
        .iter()
        .map(|help| format!("help: {help}"))
        .collect();
    notes.extend(diagnostic.notes.iter().map(|note| format!("note: {note}")));
    Report::new(severity)
        .with_code(diagnostic.code)
        .with_message(&diagnostic.message)
        .with_labels(labels)
        .with_notes(notes)
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
    let level = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut properties = Vec::new();
    if let Some(label) = &diagnostic.primary {
        if let Some(file) = map.files.get(label.file) {
            properties.push(format!(
                "file={}",
                escape_property(&display_path(&file.path))
            ));
            properties.push(format!("line={}", label.position.line));
            properties.push(format!("col={}", label.position.column));
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
        if let Some(file) = map.files.get(label.file) {
            let path = display_path(&file.path);
            let (line, column) = (label.position.line, label.position.column);
            message.push_str(&format!("\nsee {path}:{line}:{column}: {}", label.message));
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
