//! The organisation's look on every HTML document: its name, logo, colours and a footer line,
//! checked before use (hex colours with enough contrast, a logo that is what its bytes say).

use base64::Engine as _;
use schemars::JsonSchema;
use serde::Serialize;

/// What every HTML page shows of the publishing organisation. The default is ramverk's own
/// neutral look with no organisation named.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, JsonSchema)]
pub struct Branding {
    /// The organisation's name, shown in the page header: `Stockholms stad`.
    pub organisation: Option<String>,
    /// The logo, embedded in the page so that it stays self-contained.
    pub logo: Option<Logo>,
    /// The page colours.
    pub colors: Colors,
    /// A line in every page footer: `Kulturförvaltningen · kontakt@example.se`.
    pub footer: Option<String>,
}

/// A logo as a `data:` URI and the text that stands for it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, JsonSchema)]
pub struct Logo {
    /// `data:image/png;base64,…`
    pub data_uri: String,
    /// The alternative text: the organisation's name unless given.
    pub alt: String,
}

/// Page colours as CSS hex colours (`#1a5276`). `primary` is the header's background, with
/// `on_primary` for its text; `accent` marks links and highlighted levels.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, JsonSchema)]
pub struct Colors {
    /// The header's background.
    pub primary: String,
    /// The header's text, on `primary`.
    pub on_primary: String,
    /// Links and the expected level's mark, on white.
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

/// The least contrast WCAG 2.1 AA asks of normal text (success criterion 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// The largest logo embedded, in bytes: a page stays light enough to mail.
pub const MAX_LOGO_BYTES: u64 = 512 * 1024;

/// Branding that cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BrandingError {
    #[error("`{0}` is not a hex colour; write it as #rgb or #rrggbb (e.g. #1f3a5f)")]
    NotHex(String),
    #[error(
        "{what} have a contrast of {ratio:.2}:1, less than the {MIN_CONTRAST}:1 WCAG 2.1 AA asks for text; choose a darker or lighter colour"
    )]
    Contrast { what: String, ratio: f64 },
    #[error("the logo is not a PNG, JPEG or SVG image (by its content, whatever its name says)")]
    NotAnImage,
    #[error(
        "the SVG logo contains {0}, which a logo must not have (scripts, event handlers, external references)"
    )]
    UnsafeSvg(&'static str),
    #[error("the SVG logo is not UTF-8 text")]
    SvgNotText,
}

/// `text` as a CSS hex colour in lower case (`#1F3A5F` → `#1f3a5f`), or why it is not one.
/// Only hex is accepted: the colour goes into the page's CSS as it is.
pub fn hex_color(text: &str) -> Result<String, BrandingError> {
    let digits = text.strip_prefix('#').unwrap_or("");
    if (digits.len() == 3 || digits.len() == 6) && digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(format!("#{}", digits.to_ascii_lowercase()))
    } else {
        Err(BrandingError::NotHex(text.to_owned()))
    }
}

/// The WCAG contrast ratio of two hex colours (1 to 21).
pub fn contrast(first: &str, second: &str) -> Result<f64, BrandingError> {
    let (a, b) = (luminance(first)?, luminance(second)?);
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    Ok((light + 0.05) / (dark + 0.05))
}

/// The relative luminance of a hex colour (WCAG 2.1).
fn luminance(color: &str) -> Result<f64, BrandingError> {
    let hex = hex_color(color)?;
    let digits = &hex[1..];
    let full: String = if digits.len() == 3 {
        digits.chars().flat_map(|c| [c, c]).collect()
    } else {
        digits.to_owned()
    };
    let channel = |index: usize| -> f64 {
        let value = u8::from_str_radix(&full[index..index + 2], 16).unwrap_or(0);
        let c = f64::from(value) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    Ok(0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4))
}

impl Colors {
    /// The colours, each checked as hex and normalised, with enough contrast: `on_primary` on
    /// `primary`, and `accent` on the white page.
    pub fn new(primary: &str, on_primary: &str, accent: &str) -> Result<Colors, BrandingError> {
        let colors = Colors {
            primary: hex_color(primary)?,
            on_primary: hex_color(on_primary)?,
            accent: hex_color(accent)?,
        };
        for (what, first, second) in [
            (
                format!(
                    "on_primary {} on primary {}",
                    colors.on_primary, colors.primary
                ),
                &colors.on_primary,
                &colors.primary,
            ),
            (
                format!("accent {} on the white page #ffffff", colors.accent),
                &colors.accent,
                &"#ffffff".to_owned(),
            ),
        ] {
            let ratio = contrast(first, second)?;
            if ratio < MIN_CONTRAST {
                return Err(BrandingError::Contrast { what, ratio });
            }
        }
        Ok(colors)
    }
}

impl Logo {
    /// A logo from the bytes of an image file, its media type told by the bytes (PNG, JPEG,
    /// SVG), not by a file name. An SVG with scripts, event handlers or external references is
    /// refused. The caller bounds the size ([`MAX_LOGO_BYTES`]).
    pub fn from_bytes(bytes: &[u8], alt: String) -> Result<Logo, BrandingError> {
        let media_type = media_type(bytes)?;
        let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
        Ok(Logo {
            data_uri: format!("data:{media_type};base64,{encoded}"),
            alt,
        })
    }
}

/// The media type of an image by its first bytes.
fn media_type(bytes: &[u8]) -> Result<&'static str, BrandingError> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Ok("image/png");
    }
    if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        return Ok("image/jpeg");
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return if looks_like_svg(&String::from_utf8_lossy(&bytes[..bytes.len().min(1024)])) {
            Err(BrandingError::SvgNotText)
        } else {
            Err(BrandingError::NotAnImage)
        };
    };
    if !looks_like_svg(text) {
        return Err(BrandingError::NotAnImage);
    }
    let lower = text.to_ascii_lowercase();
    let unsafe_parts: [(&str, &'static str); 6] = [
        ("<script", "a <script> element"),
        ("javascript:", "a javascript: address"),
        ("<foreignobject", "a <foreignObject> element"),
        ("<!entity", "an entity declaration"),
        ("href=\"http", "an external reference"),
        ("href='http", "an external reference"),
    ];
    for (needle, what) in unsafe_parts {
        if lower.contains(needle) {
            return Err(BrandingError::UnsafeSvg(what));
        }
    }
    if has_event_handler(&lower) {
        return Err(BrandingError::UnsafeSvg(
            "an event handler attribute (on…=)",
        ));
    }
    Ok("image/svg+xml")
}

/// Whether `text` starts as an SVG document: after a byte-order mark, white space, an XML
/// declaration, comments and a doctype, an `<svg` element.
fn looks_like_svg(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            let Some(end) = after.find("?>") else {
                return false;
            };
            rest = after[end + 2..].trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            let Some(end) = after.find("-->") else {
                return false;
            };
            rest = after[end + 3..].trim_start();
        } else if let Some(after) = rest.strip_prefix("<!") {
            let Some(end) = after.find('>') else {
                return false;
            };
            rest = after[end + 1..].trim_start();
        } else {
            return rest.starts_with("<svg");
        }
    }
}

/// Whether a lower-cased SVG has an attribute `on…=` (onload, onclick, …).
fn has_event_handler(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    lower.match_indices("on").any(|(index, _)| {
        let before = index.checked_sub(1).map(|i| bytes[i]);
        let after: String = lower[index + 2..]
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        let next = lower[index + 2 + after.len()..]
            .trim_start()
            .as_bytes()
            .first()
            .copied();
        matches!(before, Some(b' ' | b'\t' | b'\n' | b'\r' | b'/'))
            && !after.is_empty()
            && next == Some(b'=')
    })
}

#[cfg(test)]
mod tests {
    use super::{BrandingError, Colors, Logo, contrast, hex_color};

    #[test]
    fn only_hex_colours_are_accepted() {
        assert_eq!(hex_color("#1F3A5F").unwrap(), "#1f3a5f");
        assert_eq!(hex_color("#fff").unwrap(), "#fff");
        for bad in [
            "red",
            "expression(alert(1))",
            "#12345",
            "#1f3a5f; background: url(x)",
            "1f3a5f",
            "",
        ] {
            assert!(hex_color(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((contrast("#000000", "#ffffff").unwrap() - 21.0).abs() < 0.01);
        assert!((contrast("#777777", "#ffffff").unwrap() - 4.48).abs() < 0.01);
        assert!(Colors::new("#1f3a5f", "#ffffff", "#1a5c99").is_ok());
        let Err(BrandingError::Contrast { what, ratio }) =
            Colors::new("#ffff00", "#ffffff", "#1a5c99")
        else {
            panic!("yellow behind white text has too little contrast");
        };
        assert!(what.contains("on_primary"), "{what}");
        assert!(ratio < 4.5);
        assert!(Colors::new("#1f3a5f", "#ffffff", "#aaaaaa").is_err());
    }

    #[test]
    fn a_logo_is_what_its_bytes_say() {
        let png = Logo::from_bytes(b"\x89PNG\r\n\x1a\nrest", "Logo".into()).unwrap();
        assert!(png.data_uri.starts_with("data:image/png;base64,iVBORw0KGg"));
        let jpeg = Logo::from_bytes(&[0xff, 0xd8, 0xff, 0xe0, 0], "Logo".into()).unwrap();
        assert!(jpeg.data_uri.starts_with("data:image/jpeg;base64,"));
        let svg = Logo::from_bytes(
            b"<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>",
            "Logo".into(),
        )
        .unwrap();
        assert!(svg.data_uri.starts_with("data:image/svg+xml;base64,"));
        assert_eq!(
            Logo::from_bytes(b"GIF89a", "x".into()),
            Err(BrandingError::NotAnImage)
        );
        assert_eq!(
            Logo::from_bytes(b"<html><svg></svg></html>", "x".into()),
            Err(BrandingError::NotAnImage)
        );
        for hostile in [
            "<svg><script>alert(1)</script></svg>",
            "<svg onload=\"alert(1)\"></svg>",
            "<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<svg><image href=\"https://tracker.example/x.png\"/></svg>",
            "<svg><foreignObject><div>x</div></foreignObject></svg>",
        ] {
            assert!(
                matches!(
                    Logo::from_bytes(hostile.as_bytes(), "x".into()),
                    Err(BrandingError::UnsafeSvg(_))
                ),
                "{hostile}"
            );
        }
    }
}
