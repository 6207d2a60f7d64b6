//! The plugin's settings: where the package is published, the file name, the change time.

use ramverk_plugin_sdk::detailed_export::{Config, Framework};

/// The manifest's default for `base-uri`.
pub const DEFAULT_BASE_URI: &str = "https://example.invalid/ramverk/case";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Absolute URI without a trailing `/`; every record's uri starts with it.
    pub base_uri: String,
    /// The output file name; `None`: `<framework id>.case.json`.
    pub file: Option<String>,
    /// An ISO 8601 date or date-time for lastChangeDateTime; `None`: derived (see `time`).
    pub last_change: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            base_uri: DEFAULT_BASE_URI.into(),
            file: None,
            last_change: None,
        }
    }
}

impl Settings {
    pub fn from_config(config: &Config) -> Result<Settings, String> {
        let base_uri = base_uri(config.get("base-uri").unwrap_or(DEFAULT_BASE_URI))?;
        let file = given(config.get("file"));
        if let Some(file) = &file {
            check_file(file)?;
        }
        Ok(Settings {
            base_uri,
            file,
            last_change: given(config.get("last-change")),
        })
    }

    pub fn file_name(&self, framework: &Framework) -> String {
        self.file
            .clone()
            .unwrap_or_else(|| format!("{}.case.json", framework.id))
    }
}

/// A set, non-blank value, trimmed.
fn given(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .map(str::to_string)
}

/// The base URI must be absolute (`scheme:...`) and contain no spaces; a final `/` is dropped.
fn base_uri(text: &str) -> Result<String, String> {
    let uri = text.trim().trim_end_matches('/');
    let scheme = uri.split_once(':').map(|(scheme, _)| scheme).unwrap_or("");
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !scheme_ok || uri.len() <= scheme.len() + 1 || uri.contains(char::is_whitespace) {
        return Err(format!(
            "the setting `base-uri` = {text:?} is not an absolute URI; give one such as {DEFAULT_BASE_URI}"
        ));
    }
    Ok(uri.to_string())
}

fn check_file(file: &str) -> Result<(), String> {
    let relative = !file.starts_with('/')
        && !file.contains('\\')
        && file.split('/').all(|part| !part.is_empty() && part != "..");
    if relative {
        Ok(())
    } else {
        Err(format!(
            "the setting `file` = {file:?} must be a relative file name such as framework.case.json"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ramverk_plugin_sdk::types::Setting;

    fn config(pairs: &[(&str, &str)]) -> Config {
        Config::new(
            pairs
                .iter()
                .map(|(key, value)| Setting {
                    key: key.to_string(),
                    value: value.to_string(),
                })
                .collect(),
        )
    }

    #[test]
    fn defaults() {
        assert_eq!(
            Settings::from_config(&config(&[])).unwrap(),
            Settings::default()
        );
    }

    #[test]
    fn base_uri_loses_its_final_slash() {
        let settings =
            Settings::from_config(&config(&[("base-uri", "https://case.example.org/api/ ")]))
                .unwrap();
        assert_eq!(settings.base_uri, "https://case.example.org/api");
    }

    #[test]
    fn rejects_relative_base_uri_and_escaping_file() {
        assert!(
            Settings::from_config(&config(&[("base-uri", "case/items")]))
                .unwrap_err()
                .contains("base-uri")
        );
        assert!(Settings::from_config(&config(&[("base-uri", "https:")])).is_err());
        assert!(
            Settings::from_config(&config(&[("file", "../x.json")]))
                .unwrap_err()
                .contains("file")
        );
        assert!(Settings::from_config(&config(&[("file", "/x.json")])).is_err());
        assert!(Settings::from_config(&config(&[("file", "case/x.json")])).is_ok());
    }

    #[test]
    fn blank_values_mean_unset() {
        let settings =
            Settings::from_config(&config(&[("file", " "), ("last-change", "")])).unwrap();
        assert_eq!((settings.file, settings.last_change), (None, None));
    }
}
