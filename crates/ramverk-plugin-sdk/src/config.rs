//! A plugin's configuration: the manifest's defaults with the user's overrides applied.

use std::str::FromStr;

use crate::types::Setting;

/// Settings by key, as the host passes them.
#[derive(Debug, Clone, Default)]
pub struct Config {
    settings: Vec<Setting>,
}

impl Config {
    pub fn new(settings: Vec<Setting>) -> Self {
        Config { settings }
    }

    /// The value of `key`, if the manifest or the user gives one.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.settings
            .iter()
            .rev()
            .find(|setting| setting.key == key)
            .map(|setting| setting.value.as_str())
    }

    /// The value of `key`, or an error naming the missing key.
    pub fn require(&self, key: &str) -> Result<&str, String> {
        self.get(key)
            .ok_or_else(|| format!("the setting `{key}` is missing; give it in the manifest or with --config {key}=VALUE"))
    }

    /// The value of `key` parsed as `T`, or `default` when it is not set.
    pub fn parse_or<T: FromStr>(&self, key: &str, default: T) -> Result<T, String>
    where
        T::Err: std::fmt::Display,
    {
        match self.get(key) {
            None => Ok(default),
            Some(text) => text
                .trim()
                .parse()
                .map_err(|error| format!("the setting `{key}` = {text:?} is not valid: {error}")),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.settings
            .iter()
            .map(|setting| (setting.key.as_str(), setting.value.as_str()))
    }
}
