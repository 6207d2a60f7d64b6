//! ramverk-render: renders the capabilities' values (findings, diffs, frameworks, reports) as
//! text for people and JSON or annotations for programs. It knows no arguments and no files.

mod color;

pub mod diagnostics;
pub mod diff;
pub mod framework;
pub mod labels;
pub mod language;
pub mod messages;
pub mod report_labels;
pub mod score;
pub mod show_labels;
mod snippet;
pub mod text;

pub use color::ColorMode;
