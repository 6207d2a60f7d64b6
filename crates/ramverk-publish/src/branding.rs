//! The organisation's look on every HTML document: its name, logo, colours and a footer line.

use serde::Serialize;

/// What every HTML page shows of the publishing organisation. The default is ramverk's own
/// neutral look with no organisation named.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Branding {
    /// The organisation's name, shown in the page header: `Stockholms stad`.
    pub organisation: Option<String>,
    /// The logo, embedded in the page so that it stays self-contained.
    pub logo: Option<Logo>,
    pub colors: Colors,
    /// A line in every page footer: `Kulturförvaltningen · kontakt@example.se`.
    pub footer: Option<String>,
}

/// A logo as a `data:` URI and the text that stands for it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Logo {
    /// `data:image/png;base64,…`
    pub data_uri: String,
    /// The alternative text: the organisation's name unless given.
    pub alt: String,
}

/// Page colours as CSS hex colours (`#1a5276`). `primary` is the header's background, with
/// `on_primary` for its text; `accent` marks links and highlighted levels.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Colors {
    pub primary: String,
    pub on_primary: String,
    pub accent: String,
}

impl Default for Colors {
    fn default() -> Colors {
        Colors {
            primary: "#1f3a5f".into(),
            on_primary: "#ffffff".into(),
            accent: "#1a5c99".into(),
        }
    }
}
