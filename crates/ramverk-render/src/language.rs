//! Which of ramverk's label languages a BCP 47 tag reads in: Swedish, Danish or English.

/// A language ramverk has fixed words for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Swedish,
    Danish,
    English,
}

impl Language {
    /// The language of a tag (`sv`, `da-DK`); English for languages ramverk has no words for.
    pub fn of(tag: &str) -> Language {
        match tag.split('-').next().unwrap_or(tag) {
            "sv" => Language::Swedish,
            "da" => Language::Danish,
            _ => Language::English,
        }
    }

    /// The language's BCP 47 tag: `sv`, `da`, `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Swedish => "sv",
            Language::Danish => "da",
            Language::English => "en",
        }
    }
}

/// `text` with its first letter in upper case: `now` → `Now`.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Language, capitalized};

    #[test]
    fn tags_map_to_languages() {
        assert_eq!(Language::of("sv"), Language::Swedish);
        assert_eq!(Language::of("sv-FI"), Language::Swedish);
        assert_eq!(Language::of("da"), Language::Danish);
        assert_eq!(Language::of("en"), Language::English);
        assert_eq!(Language::of("nb"), Language::English);
        assert_eq!(Language::of(""), Language::English);
    }

    #[test]
    fn capitalizes_the_first_letter() {
        assert_eq!(capitalized("före"), "Före");
        assert_eq!(capitalized("ændring"), "Ændring");
        assert_eq!(capitalized(""), "");
    }
}
