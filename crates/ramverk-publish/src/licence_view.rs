//! The framework's licence as a document shows it: its id linked to its text, the attribution
//! it asks for and its further terms.

use schemars::JsonSchema;
use serde::Serialize;

use crate::framework_document::Build;
use crate::text::Text;

/// The terms under which the framework may be used, shared and adapted.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LicenceView {
    /// The licence's SPDX identifier (`CC-BY-SA-4.0`), or its name.
    pub id: String,
    /// Where the licence's text is, when that is a web address (`http://`, `https://`) a link
    /// can carry; else null.
    pub url: Option<String>,
    /// The attribution to give when sharing or adapting the framework. The licence's texts are
    /// never translated: in a page in another language they carry the source's `lang`.
    pub attribution: Text,
    /// Further terms (disclaimers, what adapted versions must say), or null.
    pub notice: Option<Text>,
}

impl Build<'_> {
    /// The framework's licence, if it states one.
    pub(crate) fn licence(&self) -> Option<LicenceView> {
        let licence = self.framework.licence.as_ref()?;
        Some(LicenceView {
            id: licence.id.clone(),
            url: licence.url.clone().filter(|url| is_link(url)),
            attribution: self.untranslated.source(&licence.attribution),
            notice: licence
                .notice
                .as_ref()
                .map(|notice| self.untranslated.source(notice)),
        })
    }
}

/// Whether `url` is a web address that HTML and Markdown carry as a link as it is: `http://` or
/// `https://`, then no space, control character, quote, angle bracket, parenthesis or backslash
/// (a `javascript:` address, or one that would end a Markdown link early, is shown as no link).
pub fn is_link(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(c, '"' | '\'' | '<' | '>' | '(' | ')' | '\\' | '`')
            })
    })
}

#[cfg(test)]
mod tests {
    use super::is_link;

    #[test]
    fn only_plain_web_addresses_are_links() {
        assert!(is_link("https://creativecommons.org/licenses/by-sa/4.0/"));
        assert!(is_link("http://example.org/licence_text#part-2"));
        for url in [
            "javascript:alert(1)",
            "https://",
            "ftp://example.org/",
            "https://example.org/a b",
            "https://example.org/\"onmouseover=\"x",
            "https://example.org/a)(b",
            "data:text/html,<script>",
            " https://example.org/",
        ] {
            assert!(!is_link(url), "{url}");
        }
    }
}
