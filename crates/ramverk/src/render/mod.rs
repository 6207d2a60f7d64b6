//! Rendering core values as text for people and as JSON or annotations for programs.

pub mod diagnostics;
pub mod diff;
pub mod framework;
pub mod labels;
pub mod language;
pub mod report_labels;
pub mod score;
pub mod score_html;
pub mod show_labels;
pub mod text;
