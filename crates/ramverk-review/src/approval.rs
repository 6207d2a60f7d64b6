//! Approval records: who approved which version, with a hash of the content they approved.
//! The hash is over the canonical model (`crate::canonical`), so reformatting or reordering
//! does not change it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

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
    /// The hash of the canonical content approved, with its form
    /// (`ramverk-approval-v1:sha256:…`; `sha256:…` alone for approvals recorded before the form
    /// had a version); see `crate::canonical`.
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

#[cfg(test)]
mod tests {
    use super::{Approval, append};

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
}
