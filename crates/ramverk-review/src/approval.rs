//! Approval records: who approved which version, with a hash of the content they approved.
//! The hash is over the canonical model, so reformatting or reordering does not change it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use ramverk_model::Framework;

/// The file beside `framework.yaml` that holds a framework's approvals.
pub const APPROVALS_FILE: &str = "approvals.yaml";

/// One approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approval {
    /// The framework version approved.
    pub version: String,
    /// When (`YYYY-MM-DD`).
    pub date: String,
    /// Who approved it.
    pub by: String,
    /// Where the decision is recorded, conditions, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// `sha256:` hash of the canonical content approved.
    pub content: String,
    /// The git commit holding the approved content, when it was committed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commit: Option<String>,
}

/// The approvals file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Approvals {
    /// Approvals, oldest first.
    #[serde(default)]
    pub approvals: Vec<Approval>,
}

/// Why the approvals file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ApprovalError {
    /// Reading failed.
    #[error("{path}: {cause}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        cause: ramverk_source::ReadError,
    },
    /// The file is not a valid approvals file.
    #[error("{path}: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with line and column.
        message: String,
    },
}

/// The path of a framework's approvals file.
pub fn approvals_path(framework_dir: &Path) -> PathBuf {
    framework_dir.join(APPROVALS_FILE)
}

/// Reads the approvals file; a missing file is no approvals.
pub fn read(path: &Path) -> Result<(Approvals, String), ApprovalError> {
    let text = match ramverk_source::read_text_limited(path, ramverk_source::MAX_FILE_BYTES as u64)
    {
        Ok(text) => text,
        Err(cause) if cause.is_not_found() => {
            return Ok((Approvals::default(), String::new()));
        }
        Err(cause) => {
            return Err(ApprovalError::Io {
                path: path.to_owned(),
                cause,
            });
        }
    };
    Ok((parse(path, &text)?, text))
}

/// Parses the text of an approvals file (named `path` in errors).
pub fn parse(path: &Path, text: &str) -> Result<Approvals, ApprovalError> {
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Ok(Approvals::default());
    }
    serde_saphyr::from_str::<Approvals>(text).map_err(|error| ApprovalError::Invalid {
        path: path.to_owned(),
        message: error.to_string().lines().next().unwrap_or("").to_owned(),
    })
}

/// The text of the approvals file with one more approval appended; the existing text, comments
/// and all, is kept as it is.
pub fn append(existing: &str, approval: &Approval) -> String {
    let mut text = if existing.trim().is_empty() || !existing.contains("approvals:") {
        let mut header = existing.to_owned();
        if header.is_empty() {
            header.push_str("# Approvals of this framework: who approved which version, and a hash of the content they\n");
            header.push_str(
                "# approved. Written by `ramverk approve`, checked by `ramverk verify`.\n",
            );
        }
        if !header.ends_with('\n') {
            header.push('\n');
        }
        header.push_str("approvals:\n");
        header
    } else {
        let mut text = existing.to_owned();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text
    };
    let quote = |value: &str| serde_json::to_string(value).unwrap_or_else(|_| format!("{value:?}"));
    text.push_str(&format!("  - version: {}\n", quote(&approval.version)));
    text.push_str(&format!("    date: {}\n", quote(&approval.date)));
    text.push_str(&format!("    by: {}\n", quote(&approval.by)));
    if let Some(note) = &approval.note {
        text.push_str(&format!("    note: {}\n", quote(note)));
    }
    text.push_str(&format!("    content: {}\n", quote(&approval.content)));
    if let Some(commit) = &approval.commit {
        text.push_str(&format!("    commit: {}\n", quote(commit)));
    }
    text
}

/// `sha256:…` over the canonical model: keys sorted, lists of items sorted by their id, text
/// lists sorted; so layout, quoting, comments, key order and item order do not change it.
pub fn content_hash(framework: &Framework) -> String {
    let value = serde_json::to_value(framework).unwrap_or_default();
    let canonical = canonical(value);
    let bytes = serde_json::to_vec(&canonical).unwrap_or_default();
    let digest = Sha256::digest(&bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

fn canonical(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> =
                map.into_iter().map(|(k, v)| (k, canonical(v))).collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().collect())
        }
        Value::Array(items) => {
            let mut items: Vec<Value> = items.into_iter().map(canonical).collect();
            items.sort_by_cached_key(sort_key);
            Value::Array(items)
        }
        Value::String(text) => Value::String(text.split_whitespace().collect::<Vec<_>>().join(" ")),
        other => other,
    }
}

fn sort_key(item: &serde_json::Value) -> String {
    let key = ["id", "role", "rank", "item", "title", "text"]
        .iter()
        .find_map(|k| item.get(*k));
    match key {
        Some(serde_json::Value::Number(n)) => format!("{:020}", n.as_u64().unwrap_or(0)),
        Some(other) => other.to_string(),
        None => item.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Approval, append, content_hash};

    #[test]
    fn appending_keeps_existing_text() {
        let approval = Approval {
            version: "1.0.0".into(),
            date: "2024-09-02".into(),
            by: "Förvaltningsgruppen".into(),
            note: None,
            content: "sha256:00".into(),
            commit: None,
        };
        let first = append("", &approval);
        assert!(first.starts_with("# Approvals"));
        let with_comment = format!("{first}# a human's comment\n");
        let second = append(&with_comment, &approval);
        assert!(second.starts_with(&with_comment));
        let parsed: super::Approvals = serde_saphyr::from_str(&second).unwrap();
        assert_eq!(parsed.approvals.len(), 2);
    }

    #[test]
    fn hash_ignores_order_and_spacing() {
        let yaml = |order: &str| {
            format!(
                "id: x\ntitle: T\nversion: \"1.0.0\"\nlanguage: sv\nstatus: draft\npublisher: {{name: P}}\nareas:\n{order}"
            )
        };
        let a = yaml("  - {id: \"1\", title: A}\n  - {id: \"2\", title: \"B  b\"}\n");
        let b = yaml("  - {id: \"2\", title: B b}\n  - {id: \"1\", title: A}\n");
        let fa: ramverk_model::Framework = serde_saphyr::from_str(&a).unwrap();
        let fb: ramverk_model::Framework = serde_saphyr::from_str(&b).unwrap();
        assert_eq!(content_hash(&fa), content_hash(&fb));
        let mut fc = fa.clone();
        fc.areas[0].title = "Annat".into();
        assert_ne!(content_hash(&fa), content_hash(&fc));
    }
}
