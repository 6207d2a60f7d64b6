//! ramverk-render: renders the capabilities' values (findings, diffs, frameworks, reports) as
//! text for people and JSON or annotations for programs. It knows no arguments and no files.

mod color;

pub mod diagnostics;
pub mod diff;
pub mod figures;
pub mod fork;
pub mod framework;
pub mod labels;
pub mod language;
pub mod messages;
pub mod report_labels;
pub mod score;
mod snippet;
pub mod text;
pub mod vocabulary;

pub use color::ColorMode;
