//! The manifest beside each plugin's `.wasm`: what it is, which API it needs, its settings.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use ramverk_source::{Code, Diagnostic, SourceMap};
use serde::{Deserialize, Serialize};

/// The plugin API this host implements (`wit/v1`).
pub const API_VERSION: &str = "1.1.0";

/// The file name ramverk looks for beside a plugin's `.wasm`.
pub const MANIFEST_FILE: &str = "plugin.yaml";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    RoleProfile,
    Scoring,
    Export,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::RoleProfile => "role-profile",
            Kind::Scoring => "scoring",
            Kind::Export => "export",
        }
    }

    /// The WIT interfaces a component of this kind may export (one of them): an export plugin
    /// exports `exporter` (API 1.0) or `detailed-exporter` (API 1.1, with the framework's details).
    pub fn interfaces(self) -> &'static [&'static str] {
        match self {
            Kind::RoleProfile => &["role-profile"],
            Kind::Scoring => &["scoring"],
            Kind::Export => &["exporter", "detailed-exporter"],
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A configuration key the plugin reads, with its default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `plugin.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub name: String,
    pub version: String,
    pub kind: Kind,
    /// The plugin API version it was built against, e.g. `1.0.0`.
    pub api: String,
    pub description: String,
    /// The component file, relative to the manifest (default: the name with `_` for `-`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasm: Option<String>,
    /// Export plugins: the format name users pass to `ramverk export --format`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub config: BTreeMap<String, SettingSpec>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {message}\n  help: {help}", path.display(), position.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
pub struct ManifestError {
    pub path: PathBuf,
    pub position: Option<(usize, usize)>,
    pub message: String,
    pub help: String,
}

impl ManifestError {
    /// The error as a finding (`plugin-manifest`), its file added to `map` without text.
    pub fn diagnostic(&self, map: &mut SourceMap) -> Diagnostic {
        let file = map.add_file_without_text(self.path.clone());
        let (line, column) = self.position.map_or((0, 0), |(line, column)| {
            let number = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            (number(line), number(column))
        });
        Diagnostic::new(Code::PluginManifest, self.message.clone())
            .at_line(file, line, column, "")
            .help(self.help.clone())
    }
}

/// Largest manifest read, in bytes: a manifest is a few lines of YAML.
pub const MAX_MANIFEST_BYTES: u64 = 1 << 20;

impl Manifest {
    /// Reads and checks the manifest at `path`.
    pub fn read(path: &Path) -> Result<Manifest, ManifestError> {
        let error = |position, message: String, help: &str| ManifestError {
            path: path.to_path_buf(),
            position,
            message,
            help: help.into(),
        };
        let text = ramverk_source::read_text_limited(path, MAX_MANIFEST_BYTES).map_err(|e| {
            error(
                None,
                format!("cannot read the manifest: {e}"),
                "each plugin needs a plugin.yaml beside its .wasm",
            )
        })?;
        Manifest::parse(&text, path)
    }

    /// Reads and checks a manifest's `text`; errors name `path`.
    pub fn parse(text: &str, path: &Path) -> Result<Manifest, ManifestError> {
        let error = |position, message: String, help: &str| ManifestError {
            path: path.to_path_buf(),
            position,
            message,
            help: help.into(),
        };
        let manifest: Manifest = serde_saphyr::from_str(text).map_err(|e| {
            let position = e.location().filter(|l| l.line() > 0).map(|l| (l.line() as usize, l.column() as usize));
            let message = e.to_string();
            let message = message.lines().next().unwrap_or_default();
            let message = message.find(" at line ").map_or(message, |at| &message[..at]);
            let message = without_location_prefix(message).to_string();
            error(position, message, "see docs/plugins.md for the manifest's fields: name, version, kind, api, description, wasm, format, config")
        })?;
        manifest
            .check()
            .map_err(|(message, help)| error(None, message, help))?;
        Ok(manifest)
    }

    fn check(&self) -> Result<(), (String, &'static str)> {
        let name_ok = !self.name.is_empty()
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !name_ok {
            return Err((
                format!("the name `{}` is not a plugin name", self.name),
                "use lowercase letters, digits and `-`, e.g. my-scoring",
            ));
        }
        if semver::Version::parse(&self.version).is_err() {
            return Err((
                format!("the version `{}` is not a semantic version", self.version),
                "write it as MAJOR.MINOR.PATCH, e.g. 1.0.0",
            ));
        }
        if semver::Version::parse(&self.api).is_err() {
            return Err((
                format!("the api `{}` is not a semantic version", self.api),
                "write the plugin API version, e.g. 1.0.0",
            ));
        }
        match (self.kind, &self.format) {
            (Kind::Export, None) => Err((
                "an export plugin must name its format".into(),
                "add `format: NAME`, the name users pass to `ramverk export --format`",
            )),
            (Kind::RoleProfile | Kind::Scoring, Some(_)) => Err((
                "only export plugins have a format".into(),
                "remove the `format` field",
            )),
            _ => Ok(()),
        }
    }

    /// Whether this host can run a plugin built against the manifest's API version.
    pub fn api_supported(&self) -> bool {
        supported(&self.api)
    }

    /// The component file name.
    pub fn wasm_file(&self) -> String {
        self.wasm
            .clone()
            .unwrap_or_else(|| format!("{}.wasm", self.name.replace('-', "_")))
    }

    /// The defaults with `overrides` (key, value) applied, in key order; unknown keys are errors.
    pub fn settings(
        &self,
        overrides: &[(String, String)],
    ) -> Result<Vec<(String, String)>, String> {
        let mut values: BTreeMap<String, String> = self
            .config
            .iter()
            .filter_map(|(k, s)| s.default.clone().map(|v| (k.clone(), v)))
            .collect();
        for (key, value) in overrides {
            if !self.config.contains_key(key) {
                let known: Vec<&str> = self.config.keys().map(String::as_str).collect();
                let known = if known.is_empty() {
                    "it has no settings".to_string()
                } else {
                    format!("its settings are {}", known.join(", "))
                };
                return Err(format!(
                    "plugin {} has no setting `{key}`; {known}",
                    self.name
                ));
            }
            values.insert(key.clone(), value.clone());
        }
        Ok(values.into_iter().collect())
    }
}

/// The parser's message without its `error: line 3 column 7: ` prefix: the finding carries the
/// position itself.
fn without_location_prefix(message: &str) -> &str {
    let message = message.strip_prefix("error: ").unwrap_or(message);
    let Some(rest) = message.strip_prefix("line ") else {
        return message;
    };
    let located = rest
        .split_once(": ")
        .filter(|(place, _)| {
            place
                .split(" column ")
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(|(_, message)| message);
    located.unwrap_or(message)
}

/// Same major version (and not newer in minor than the host, for 1.x).
pub fn supported(api: &str) -> bool {
    let (Ok(api), Ok(host)) = (
        semver::Version::parse(api),
        semver::Version::parse(API_VERSION),
    ) else {
        return false;
    };
    api.major == host.major && api.minor <= host.minor
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(MANIFEST_FILE);
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn reads_a_manifest_with_settings() {
        let (_dir, path) = write(
            "name: my-rule\nversion: 1.2.0\nkind: scoring\napi: 1.0.0\ndescription: x\nconfig:\n  limit:\n    default: \"3\"\n",
        );
        let manifest = Manifest::read(&path).unwrap();
        assert_eq!(manifest.wasm_file(), "my_rule.wasm");
        assert_eq!(
            manifest.settings(&[]).unwrap(),
            vec![("limit".to_string(), "3".to_string())]
        );
        assert!(
            manifest
                .settings(&[("limt".into(), "1".into())])
                .unwrap_err()
                .contains("its settings are limit")
        );
    }

    #[test]
    fn a_manifest_over_the_limit_is_not_read() {
        let long = format!(
            "name: my-rule\nversion: 1.2.0\nkind: scoring\napi: 1.0.0\ndescription: \"{}\"\n",
            "x".repeat(MAX_MANIFEST_BYTES as usize)
        );
        let (_dir, path) = write(&long);
        let error = Manifest::read(&path).unwrap_err().to_string();
        assert!(
            error.contains("more than the limit of 1048576 bytes"),
            "{error}"
        );
        let (_dir, path) = write("");
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        let error = Manifest::read(&path).unwrap_err().to_string();
        assert!(error.contains("it is a directory"), "{error}");
    }

    #[test]
    fn errors_are_located_and_explained() {
        let (_dir, path) =
            write("name: my-rule\nversion: 1.2.0\nkind: scorer\napi: 1.0.0\ndescription: x\n");
        let error = Manifest::read(&path).unwrap_err();
        assert_eq!(error.position.map(|p| p.0), Some(3), "{error}");
        let (_dir, path) =
            write("name: My Rule\nversion: 1\nkind: scoring\napi: 1.0.0\ndescription: x\n");
        assert!(
            Manifest::read(&path)
                .unwrap_err()
                .to_string()
                .contains("not a plugin name")
        );
    }

    #[test]
    fn messages_lose_the_parser_location_prefix() {
        assert_eq!(
            without_location_prefix("error: line 3 column 7: unknown variant `scorer`"),
            "unknown variant `scorer`"
        );
        assert_eq!(
            without_location_prefix("line of sight: ok"),
            "line of sight: ok"
        );
        let (_dir, path) =
            write("name: my-rule\nversion: 1.2.0\nkind: scorer\napi: 1.0.0\ndescription: x\n");
        let error = Manifest::read(&path).unwrap_err();
        assert!(
            error.message.starts_with("unknown variant `scorer`"),
            "{error}"
        );
        let mut map = SourceMap::default();
        let finding = error.diagnostic(&mut map);
        assert_eq!(finding.code, Code::PluginManifest);
        assert_eq!(finding.primary.as_ref().map(|l| l.position.line), Some(3));
        assert!(!map.files[0].has_text);
    }

    #[test]
    fn api_versions() {
        assert!(supported("1.0.0"));
        assert!(supported("1.1.0"));
        assert!(!supported("2.0.0"));
        assert!(!supported("1.9.0"));
    }
}
