//! Translation findings for `ramverk validate`: broken translation files are errors, stale and
//! obsolete entries warnings, each at its place in the translation file.

use std::collections::HashSet;
use std::path::Path;

use crate::location::discover;
use crate::message::messages;
use crate::translation::Translation;
use ramverk_model::Framework;
use ramverk_source::Code;
use ramverk_source::Diagnostic;
use ramverk_source::{MAX_FILE_BYTES, Position, ReadError, SourceMap};

/// Checks every translation file beside the framework at `path`, adding them to `map`.
pub fn check_translations(
    framework: &Framework,
    path: &Path,
    map: &mut SourceMap,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let all = messages(framework);
    let known: HashSet<&str> = all.iter().map(|message| message.key.as_str()).collect();
    for (language, file) in discover(path) {
        let text = match ramverk_source::read_text_limited(&file, MAX_FILE_BYTES as u64) {
            Ok(text) => text,
            Err(error) => {
                let (message, help) = match error {
                    ReadError::NotUtf8(_) => (
                        "cannot be read as UTF-8 text".to_string(),
                        "save it as UTF-8",
                    ),
                    ReadError::TooLarge { .. } => (
                        error.to_string(),
                        "split the framework, or leave texts out of this translation",
                    ),
                    other => (
                        format!("cannot be read: {other}"),
                        "make it a readable file",
                    ),
                };
                let index = map.add_file_without_text(file.clone());
                out.push(
                    Diagnostic::new(Code::TranslationInvalid, message)
                        .at_line(index, 0, 0, "")
                        .help(help),
                );
                continue;
            }
        };
        let index = map.add_file(file.clone(), text.clone());
        let starts = crate::translation::line_starts(&text);
        let at = |line: u32, column: u32| position(&text, &starts, line.max(1), column.max(1));
        if language == framework.language {
            out.push(
                Diagnostic::new(
                    Code::TranslationInvalid,
                    format!(
                        "a translation into `{language}`, the language the framework is written in"
                    ),
                )
                .at_position(index, at(1, 1), "")
                .help("remove the file, or correct the framework's `language`"),
            );
            continue;
        }
        let translation = match Translation::parse(&file, text.clone()) {
            Ok(translation) if translation.language == language => translation,
            Ok(translation) => {
                out.push(
                    Diagnostic::new(
                        Code::TranslationInvalid,
                        format!(
                            "the file is named for `{language}` but says `language: {}`",
                            translation.language
                        ),
                    )
                    .at_position(index, at(1, 1), "")
                    .help(format!(
                        "rename it to {}.yaml or correct `language`",
                        translation.language
                    )),
                );
                continue;
            }
            Err(problems) => {
                for problem in problems.0 {
                    let position = at(problem.line, problem.column);
                    out.push(problem.into_diagnostic(Code::TranslationInvalid, index, position));
                }
                continue;
            }
        };
        for message in &all {
            let Some(entry) = translation.get(&message.key) else {
                continue;
            };
            if !entry.text.trim().is_empty() && entry.fingerprint != message.fingerprint {
                out.push(
                    Diagnostic::new(Code::TranslationStale, format!("the `{language}` translation of `{}` was made from an earlier source text", message.key))
                        .at_position(index, at(entry.line, 3), "stale")
                        .help(format!("`ramverk i18n status {} --lang {language}` shows what changed; update it through `ramverk i18n extract` and `merge`", path.display())),
                );
            }
        }
        for entry in translation
            .entries
            .iter()
            .filter(|entry| !known.contains(entry.key.as_str()))
        {
            out.push(
                Diagnostic::new(
                    Code::TranslationObsolete,
                    format!(
                        "`{}` has no source text in {} any more",
                        entry.key, framework.id
                    ),
                )
                .at_position(index, at(entry.line, 3), "no such text")
                .help("remove the entry (the text was removed, or its id changed)"),
            );
        }
    }
    out
}

/// The position of 1-based `line` and `column` (in characters), found through the line starts
/// so that thousands of findings in a large file cost no more than one pass over it.
fn position(text: &str, starts: &[usize], line: u32, column: u32) -> Position {
    let line_start = starts.get(line as usize - 1).copied().unwrap_or(text.len());
    let line_end = starts.get(line as usize).copied().unwrap_or(text.len());
    let content = &text[line_start..line_end];
    let offset = content
        .char_indices()
        .nth(column as usize - 1)
        .map_or(content.trim_end_matches('\n').len(), |(at, _)| at);
    let start = line_start + offset;
    let end = text[start..]
        .chars()
        .next()
        .map_or(start, |c| start + c.len_utf8());
    Position {
        line,
        column,
        start,
        end,
    }
}
