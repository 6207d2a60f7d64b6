//! `upstream.yaml`: where a fork came from and the base it was taken at.

use ramverk_source::yaml_scalar::double_quoted;
use serde::{Deserialize, Serialize};

/// The file beside a fork's `framework.yaml` that records its upstream.
pub const UPSTREAM_FILE: &str = "upstream.yaml";

/// Where a fork came from, and its base: the upstream version it was forked from (or last
/// merged), recoverable exactly from its repository at `commit` and checked against `base`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Upstream {
    /// The git repository upstream lives in, as a URL (`https://…/ramverk.git`, `file:///…`);
    /// absent: the repository the fork is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    /// The framework's path: inside `repository` when there is one, else relative to the fork's
    /// folder (`/` between folders).
    pub path: String,
    /// The git revision upstream's versions are followed on (a branch, or the tag forked from);
    /// absent: the framework as it is in the work tree at `path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// Upstream's framework id.
    pub framework: String,
    /// Upstream's version at the base.
    pub version: String,
    /// The git commit the base was read from.
    pub commit: String,
    /// The content hash of the base (`ramverk-approval-v1:sha256:…`), to check that what is read
    /// back as the base is exactly it.
    pub base: String,
    /// Upstream's source language at the base.
    pub language: String,
}

/// Why `upstream.yaml` could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UpstreamError(String);

impl Upstream {
    /// Parses the text of an `upstream.yaml`.
    pub fn parse(text: &str) -> Result<Upstream, UpstreamError> {
        serde_saphyr::from_str::<Upstream>(text).map_err(|error| {
            UpstreamError(error.to_string().lines().next().unwrap_or("").to_owned())
        })
    }

    /// The text of a new `upstream.yaml`, with a comment saying what it is.
    pub fn to_yaml(&self) -> String {
        let quoted = double_quoted;
        let mut text = String::from(
            "# Where this framework was forked from and the upstream version it is based on.\n\
             # Written by `ramverk fork`; `ramverk upstream merge` moves it to each version merged.\n",
        );
        if let Some(repository) = &self.repository {
            text += &format!("repository: {}\n", quoted(repository));
        }
        text += &format!("path: {}\n", quoted(&self.path));
        if let Some(revision) = &self.revision {
            text += &format!("revision: {}\n", quoted(revision));
        }
        text += &format!(
            "framework: {}\nversion: {}\ncommit: {}\nbase: {}\nlanguage: {}\n",
            quoted(&self.framework),
            quoted(&self.version),
            quoted(&self.commit),
            quoted(&self.base),
            quoted(&self.language),
        );
        text
    }

    /// Where upstream is, in words: `file:///srv/x.git#v1.0.0:frameworks/x`, `../stockholm`.
    pub fn describe(&self) -> String {
        let revision = self.revision.as_deref().map(|r| format!("{r}:"));
        match &self.repository {
            Some(url) => format!("{url}#{}{}", revision.unwrap_or_default(), self.path),
            None => format!("{}{}", revision.unwrap_or_default(), self.path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Upstream {
        Upstream {
            repository: Some("file:///srv/stockholm.git".into()),
            path: "frameworks/stockholm-kultur".into(),
            revision: Some("v0.9.0".into()),
            framework: "stockholm-kultur".into(),
            version: "0.9.0".into(),
            commit: "0123456789abcdef0123456789abcdef01234567".into(),
            base: "ramverk-approval-v1:sha256:00".into(),
            language: "sv".into(),
        }
    }

    #[test]
    fn written_and_read_back() {
        let text = example().to_yaml();
        assert!(text.starts_with("# Where this framework"));
        assert_eq!(Upstream::parse(&text).unwrap(), example());
    }

    #[test]
    fn quotes_keep_special_text_text() {
        let mut upstream = example();
        upstream.version = "1.10".into();
        upstream.path = "a: #b".into();
        upstream.repository = None;
        upstream.revision = None;
        assert_eq!(Upstream::parse(&upstream.to_yaml()).unwrap(), upstream);
    }

    #[test]
    fn described_as_a_location() {
        assert_eq!(
            example().describe(),
            "file:///srv/stockholm.git#v0.9.0:frameworks/stockholm-kultur"
        );
        let local = Upstream {
            repository: None,
            revision: None,
            path: "../stockholm".into(),
            ..example()
        };
        assert_eq!(local.describe(), "../stockholm");
    }

    #[test]
    fn unknown_and_missing_fields_are_errors() {
        let text = example().to_yaml();
        assert!(Upstream::parse(&format!("{text}extra: 1\n")).is_err());
        let without: String = text
            .lines()
            .filter(|l| !l.starts_with("commit"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(
            Upstream::parse(&without)
                .unwrap_err()
                .to_string()
                .contains("commit")
        );
        assert!(Upstream::parse("version: 1.10\n").is_err());
    }
}
