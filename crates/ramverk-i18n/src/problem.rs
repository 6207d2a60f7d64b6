//! A problem found in a translation, PO, XLIFF or glossary file, at a line and column; the
//! readers return them, and they become findings ([`Diagnostic`]) for the one renderer.

use std::fmt;
use std::path::PathBuf;

use ramverk_source::{Code, Diagnostic, Position, SourceMap};

/// What is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// 1-based line (0 when the problem concerns the whole file).
    pub line: u32,
    /// 1-based column (0 when unknown).
    pub column: u32,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Problem {
    /// A problem at `line`:`column` of `file`.
    pub fn at(
        file: impl Into<PathBuf>,
        line: u32,
        column: u32,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.into(),
            line,
            column,
            message: message.into(),
            help: None,
        }
    }

    /// Adds how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The problem as a finding with `code` at `position` of `file` (an index into a source map
    /// that holds the file's text).
    pub fn into_diagnostic(self, code: Code, file: usize, position: Position) -> Diagnostic {
        with_help(
            Diagnostic::new(code, self.message).at_position(file, position, ""),
            self.help,
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problem {}

/// Several problems, reported together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl Problems {
    /// The problems as findings with `code`, each file added to `map` once (without its text:
    /// the findings are placed by line and column).
    pub fn into_diagnostics(self, code: Code, map: &mut SourceMap) -> Vec<Diagnostic> {
        self.0
            .into_iter()
            .map(|problem| {
                let file = match map.files.iter().position(|file| file.path == problem.file) {
                    Some(file) => file,
                    None => map.add_file_without_text(problem.file.clone()),
                };
                let (line, column) = (problem.line, problem.column);
                let column = if line > 0 { column } else { 0 };
                let diagnostic =
                    Diagnostic::new(code, problem.message).at_line(file, line, column, "");
                with_help(diagnostic, problem.help)
            })
            .collect()
    }
}

fn with_help(diagnostic: Diagnostic, help: Option<String>) -> Diagnostic {
    match help {
        Some(help) => diagnostic.help(help),
        None => diagnostic,
    }
}

impl From<Problem> for Problems {
    fn from(problem: Problem) -> Self {
        Problems(vec![problem])
    }
}
