//! Findings as data: code, severity, message, where, and how to fix.

use serde::Serialize;

use crate::{Code, Pointer, Position, SourceMap, Target};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The framework is wrong and must not be approved as it is.
    Error,
    /// Probably a mistake; `--deny-warnings` turns it into a failure.
    Warning,
}

/// A place in a source file, with what to say there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    /// Index into the source map's files.
    pub file: usize,
    /// Where in the file. In a file without text (see
    /// [`SourceFile::has_text`](crate::SourceFile::has_text)) only `line` and `column` are known;
    /// line 0 means the whole file, column 0 the whole line.
    #[serde(skip)]
    pub position: Position,
    /// What to say at that place (may be empty).
    pub message: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Stable code, such as `unknown-role`.
    pub code: Code,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// Where it is wrong.
    pub primary: Option<Label>,
    /// Related places (the first definition of a duplicate, ...).
    pub secondary: Vec<Label>,
    /// How to fix it.
    pub help: Option<String>,
    /// Further explanation.
    pub notes: Vec<String>,
    /// The model path the finding is about, when it is about one.
    pub pointer: Option<String>,
}

impl Diagnostic {
    /// A finding with the given code; the severity comes from the code's registration.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: message.into(),
            primary: None,
            secondary: Vec::new(),
            help: None,
            notes: Vec::new(),
            pointer: None,
        }
    }

    /// Places the finding at a position in a file.
    pub fn at_position(
        mut self,
        file: usize,
        position: Position,
        label: impl Into<String>,
    ) -> Self {
        self.primary = Some(Label {
            file,
            position,
            message: label.into(),
        });
        self
    }

    /// Places the finding at a line and column (1-based; 0 when the finding concerns the whole
    /// file or line) of a file whose text is not at hand: a spreadsheet's row and column, a line
    /// reported by another reader.
    pub fn at_line(self, file: usize, line: u32, column: u32, label: impl Into<String>) -> Self {
        self.at_position(
            file,
            Position {
                line,
                column,
                start: 0,
                end: 0,
            },
            label,
        )
    }

    /// The same finding with another severity, for a command that decides it (`score
    /// --skip-invalid` reports the rows it leaves out as warnings).
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// Places the finding at the value a pointer names.
    pub fn at(self, map: &SourceMap, pointer: &Pointer, label: impl Into<String>) -> Self {
        self.at_target(map, pointer, Target::Value, label)
    }

    /// Places the finding at the key or value a pointer names.
    pub fn at_target(
        mut self,
        map: &SourceMap,
        pointer: &Pointer,
        target: Target,
        label: impl Into<String>,
    ) -> Self {
        self.pointer = Some(pointer.to_string());
        if let Some((file, position)) = map.locate(pointer, target) {
            self.primary = Some(Label {
                file,
                position,
                message: label.into(),
            });
        }
        self
    }

    /// Places the finding at `needle` inside the value a pointer names (or at the value).
    pub fn at_text(
        mut self,
        map: &SourceMap,
        pointer: &Pointer,
        needle: &str,
        label: impl Into<String>,
    ) -> Self {
        match map.locate_text(pointer, needle) {
            Some((file, position)) => {
                self.pointer = Some(pointer.to_string());
                self.primary = Some(Label {
                    file,
                    position,
                    message: label.into(),
                });
                self
            }
            None => self.at(map, pointer, label),
        }
    }

    /// Adds a related place.
    pub fn also(mut self, map: &SourceMap, pointer: &Pointer, label: impl Into<String>) -> Self {
        if let Some((file, position)) = map.locate(pointer, Target::Value) {
            self.secondary.push(Label {
                file,
                position,
                message: label.into(),
            });
        }
        self
    }

    /// Adds a related place given as a file position.
    pub fn also_position(
        mut self,
        file: usize,
        position: Position,
        label: impl Into<String>,
    ) -> Self {
        self.secondary.push(Label {
            file,
            position,
            message: label.into(),
        });
        self
    }

    /// Adds how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a note.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}
