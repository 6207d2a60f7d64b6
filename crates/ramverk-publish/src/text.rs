//! A text from the framework and the language it is in, when that is not the document's.

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::Serialize;

/// A text of the framework as a document shows it. `lang` is set when the text was left in the
/// framework's source language because no current translation exists (`ramverk export --lang`):
/// HTML marks such a passage with its own `lang` attribute (the `_text.html` partial does it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Text {
    /// The text itself.
    pub text: String,
    /// The text's language (a BCP 47 tag) when it differs from the document's, else null.
    pub lang: Option<String>,
}

/// Which texts of a localized framework stayed in the source language: their JSON pointers
/// into the framework (`/areas/0/competences/1/definition`), as `ramverk_i18n` reports them.
#[derive(Debug, Clone, Default)]
pub struct Untranslated {
    /// The language those texts are in.
    pub language: String,
    /// Where they are.
    pub pointers: HashSet<String>,
}

impl Untranslated {
    /// Nothing left untranslated: the framework is shown in its own language.
    pub fn none() -> Untranslated {
        Untranslated::default()
    }

    /// The text at `pointer`, with its language when it was left untranslated.
    pub fn text(&self, pointer: &str, text: &str) -> Text {
        Text {
            text: text.to_owned(),
            lang: (self.pointers.contains(pointer) && is_tag(&self.language))
                .then(|| self.language.clone()),
        }
    }

    /// A text that is never translated (the licence, the labels of a statement): in a localized
    /// document it is in the source language and says so.
    pub fn source(&self, text: &str) -> Text {
        Text {
            text: text.to_owned(),
            lang: is_tag(&self.language).then(|| self.language.clone()),
        }
    }

    /// [`Untranslated::text`] of an optional text.
    pub fn optional(&self, pointer: &str, text: Option<&String>) -> Option<Text> {
        text.map(|text| self.text(pointer, text))
    }
}

/// Whether `tag` can stand in a `lang` attribute: letters, digits and hyphens (`sv`, `da-DK`).
/// A text whose language is anything else is shown without one.
pub fn is_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}
