//! A text from a framework as documents show it: with its language when it differs from the
//! document's (a text left untranslated, `[sv] Söka …`), so that pages can mark it with `lang`.

use ramverk_render::language::Language;
use schemars::JsonSchema;
use serde::Serialize;

/// A text and, when it is in another language than the document, that language's tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Text {
    pub text: String,
    /// The BCP 47 tag of the text's language (`sv`) when it is not the document's.
    pub lang: Option<String>,
}

impl Text {
    /// `text` in a document in `language`. A text that a translation left in its source
    /// language starts with that language in brackets (`[sv] Söka …`, ramverk's marking of
    /// fallbacks): it keeps the marking and is tagged with the language.
    ///
    /// `source` is the language the framework was read in: a text without marking is in it.
    pub fn new(text: &str, language: Language, source: &str) -> Text {
        Text {
            text: text.to_owned(),
            lang: marked_language(text).unwrap_or(source).to_owned().into(),
        }
        .tagged_unless(language)
    }

    /// Fixed words of the document, in its language.
    pub fn plain(text: impl Into<String>) -> Text {
        Text {
            text: text.into(),
            lang: None,
        }
    }

    /// Without a tag when the text is in `language`.
    fn tagged_unless(mut self, language: Language) -> Text {
        if self
            .lang
            .as_deref()
            .is_none_or(|tag| !crate::text::is_tag(tag) || primary(tag) == language.tag())
        {
            self.lang = None;
        }
        self
    }
}

/// A sentence of fixed words and framework texts, each text with its language: a page marks a
/// title left in another language inside a sentence in the document's (`Ändringar i <span
/// lang="en">…</span>`). Neighbouring parts in the same language are one part.
pub fn sentence(parts: impl IntoIterator<Item = Text>) -> Vec<Text> {
    let mut out: Vec<Text> = Vec::new();
    for part in parts {
        match out.last_mut() {
            Some(last) if last.lang == part.lang => last.text.push_str(&part.text),
            _ if part.text.is_empty() => {}
            _ => out.push(part),
        }
    }
    out
}

/// A sentence with its first letter in upper case.
pub fn capitalized(mut sentence: Vec<Text>) -> Vec<Text> {
    if let Some(first) = sentence.first_mut() {
        first.text = ramverk_render::language::capitalized(&first.text);
    }
    sentence
}

/// The tag of a `[tag] ` marking at the start of a text.
fn marked_language(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('[')?;
    let (tag, _) = rest.split_once("] ")?;
    let valid = !tag.is_empty()
        && tag.len() <= 35
        && tag.split('-').all(|part| {
            !part.is_empty() && part.len() <= 8 && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
        && tag
            .split('-')
            .next()
            .is_some_and(|p| p.chars().all(|c| c.is_ascii_alphabetic()));
    valid.then_some(tag)
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

#[cfg(test)]
mod tests {
    use super::{Language, Text};

    #[test]
    fn an_untranslated_text_carries_its_language() {
        let text = Text::new("[sv] Söka information", Language::English, "en");
        assert_eq!(text.lang.as_deref(), Some("sv"));
        assert_eq!(text.text, "[sv] Söka information");
        assert_eq!(Text::new("[en] Search", Language::English, "en").lang, None);
        assert_eq!(Text::new("Search", Language::English, "en").lang, None);
        assert_eq!(Text::new("[a b] x", Language::English, "en").lang, None);
        assert_eq!(Text::new("[sv-FI] x", Language::Swedish, "sv").lang, None);
        assert_eq!(
            Text::new("[da-DK] x", Language::Swedish, "sv")
                .lang
                .as_deref(),
            Some("da-DK")
        );
    }

    #[test]
    fn a_sentence_joins_neighbours_in_the_same_language() {
        let title = Text::new("[sv] Ramverk", Language::English, "en");
        let parts = super::sentence([
            Text::plain("Changes "),
            Text::plain("in "),
            title.clone(),
            Text::plain(""),
            Text::plain("."),
        ]);
        assert_eq!(parts, [Text::plain("Changes in "), title, Text::plain(".")]);
        assert_eq!(
            super::capitalized(super::sentence([Text::plain("ändrad")]))[0].text,
            "Ändrad"
        );
    }

    #[test]
    fn a_text_in_a_framework_of_another_language_carries_it() {
        assert_eq!(
            Text::new("Söka information", Language::Danish, "sv")
                .lang
                .as_deref(),
            Some("sv")
        );
        assert_eq!(Text::new("Söka", Language::Swedish, "sv-SE").lang, None);
    }
}
