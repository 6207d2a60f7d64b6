//! Which word a framework uses for its areas: the fixed texts that name areas follow it.

use ramverk_model::Framework;

/// The word the fixed texts use for an area: the generic one (`kompetensområde`,
/// `kompetenceområde`, `area`) or `dimension`, for frameworks whose vocabulary calls their areas
/// dimensions (the KL frameworks). The messages select it with the argument `$areas`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AreaWord {
    #[default]
    Area,
    Dimension,
}

impl AreaWord {
    /// Both words, in the order of [`AreaWord::index`].
    pub const ALL: [AreaWord; 2] = [AreaWord::Area, AreaWord::Dimension];

    /// The word for a framework's vocabulary word for an area (`Dimension`, `Kompetensområde`),
    /// in any of ramverk's languages; the generic word when there is none.
    pub fn of(word: Option<&str>) -> AreaWord {
        match word {
            Some(word) if word.trim().to_lowercase().starts_with("dimension") => {
                AreaWord::Dimension
            }
            _ => AreaWord::Area,
        }
    }

    /// The word of a framework's vocabulary.
    pub fn of_framework(framework: &Framework) -> AreaWord {
        AreaWord::of(framework.vocabulary.as_ref().map(|v| v.area.as_str()))
    }

    /// The value of the messages' `$areas` argument: `area` or `dimension`.
    pub fn key(self) -> &'static str {
        match self {
            AreaWord::Area => "area",
            AreaWord::Dimension => "dimension",
        }
    }

    /// The position in [`AreaWord::ALL`].
    pub fn index(self) -> usize {
        match self {
            AreaWord::Area => 0,
            AreaWord::Dimension => 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AreaWord;

    #[test]
    fn dimensions_are_told_apart_from_other_words() {
        assert_eq!(AreaWord::of(Some("Dimension")), AreaWord::Dimension);
        assert_eq!(AreaWord::of(Some("dimension")), AreaWord::Dimension);
        assert_eq!(AreaWord::of(Some("Kompetensområde")), AreaWord::Area);
        assert_eq!(AreaWord::of(Some("Kompetenceområde")), AreaWord::Area);
        assert_eq!(AreaWord::of(Some("Area")), AreaWord::Area);
        assert_eq!(AreaWord::of(None), AreaWord::Area);
    }
}
