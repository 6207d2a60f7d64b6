//! The framework's glossary as the framework page shows it: each term with its explanation.

use schemars::JsonSchema;
use serde::Serialize;

use crate::framework_document::Build;
use crate::text::Text;

/// A term of the glossary.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TermView {
    /// The term's id (`ai-system`), unique in the glossary: the page's anchor `term-ID`.
    pub id: String,
    /// The term (`AI system`).
    pub term: Text,
    /// What it means.
    pub explanation: Text,
}

impl Build<'_> {
    /// Every term of the glossary, in the framework's order.
    pub(crate) fn glossary(&self) -> Vec<TermView> {
        self.framework
            .glossary
            .iter()
            .enumerate()
            .map(|(index, term)| TermView {
                id: term.id.clone(),
                term: self.text(&format!("/glossary/{index}/term"), &term.term),
                explanation: self
                    .text(&format!("/glossary/{index}/explanation"), &term.explanation),
            })
            .collect()
    }
}
