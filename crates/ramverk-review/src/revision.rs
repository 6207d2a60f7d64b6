//! Frameworks read from git revisions (`v1.0.0:frameworks/x`), through the git command line.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use ramverk_check::load::{LoadError, Loaded, load};

/// Where a framework comes from: the work tree, or a path inside a git revision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A path on disk.
    Path(PathBuf),
    /// `REV:PATH`, the path relative to the current directory.
    Revision {
        /// Any revision git understands: a tag, a branch, a commit, `HEAD~2`.
        rev: String,
        /// The framework's path.
        path: PathBuf,
    },
}

/// Why a revision could not be read.
#[derive(Debug, thiserror::Error)]
pub enum RevisionError {
    /// git is not installed or failed to start.
    #[error("cannot run git: {0}")]
    Git(std::io::Error),
    /// git answered with an error.
    #[error("{0}")]
    Failed(String),
    /// The revision is not one git knows in this repository.
    #[error("`{rev}` is not a revision of this repository (see `git tag`, `git log`)")]
    NotARevision {
        /// The revision asked for.
        rev: String,
    },
    /// The revision exists, but has no files under the path.
    #[error("`{path}` does not exist in revision `{rev}`")]
    NotInRevision {
        /// The revision.
        rev: String,
        /// The path, relative to the repository's root.
        path: String,
    },
    /// Writing the checkout failed.
    #[error("cannot write a temporary copy of {spec}: {cause}")]
    Write {
        /// `REV:PATH`.
        spec: String,
        /// What went wrong.
        cause: std::io::Error,
    },
    /// The framework in the revision could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Reads `REV:PATH` as a revision and anything that exists on disk (or has no colon) as a path.
pub fn parse_location(argument: &str) -> Location {
    if Path::new(argument).exists() {
        return Location::Path(argument.into());
    }
    match argument.split_once(':') {
        Some((rev, path)) if !rev.is_empty() => Location::Revision {
            rev: rev.to_owned(),
            path: path.into(),
        },
        _ => Location::Path(argument.into()),
    }
}

/// A loaded framework and, for revisions, the temporary copy it was read from.
pub struct Opened {
    /// The framework; file paths read `REV:path` for revisions.
    pub loaded: Loaded,
    /// Where the framework's files are on disk (a temporary copy for revisions), for reading
    /// what lies beside them, such as translations.
    pub disk_path: PathBuf,
    _checkout: Option<tempfile::TempDir>,
}

/// Loads a framework from the work tree or from a git revision.
pub fn open(location: &Location) -> Result<Opened, RevisionError> {
    match location {
        Location::Path(path) => Ok(Opened {
            loaded: load(path)?,
            disk_path: path.clone(),
            _checkout: None,
        }),
        Location::Revision { rev, path } => {
            let (checkout, root, prefix) = checkout(rev, path)?;
            let mut loaded = load(&root)?;
            for file in &mut loaded.map.files {
                if let Ok(relative) = file.path.strip_prefix(checkout.path()) {
                    file.path = PathBuf::from(format!("{rev}:{}", relative.display()));
                }
            }
            loaded.path = PathBuf::from(format!("{rev}:{}", prefix));
            Ok(Opened {
                loaded,
                disk_path: root,
                _checkout: Some(checkout),
            })
        }
    }
}

fn git(args: &[&str]) -> Result<Vec<u8>, RevisionError> {
    let output = Command::new("git")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(RevisionError::Git)?;
    if !output.status.success() {
        let message = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        return Err(RevisionError::Failed(format!(
            "git {}: {message}",
            args.join(" ")
        )));
    }
    Ok(output.stdout)
}

/// The most recent tag reachable from HEAD, when there is one.
pub fn latest_tag() -> Option<String> {
    git(&["describe", "--tags", "--abbrev=0"])
        .ok()
        .map(|out| String::from_utf8_lossy(&out).trim().to_owned())
}

/// The commit holding `path` as it is in the work tree: HEAD, when `path` has no uncommitted
/// changes; `None` outside git or with changes.
pub fn committed(path: &Path) -> Option<String> {
    let status = git(&["status", "--porcelain", "--", &path.to_string_lossy()]).ok()?;
    let head = git(&["rev-parse", "HEAD"]).ok()?;
    status
        .is_empty()
        .then(|| String::from_utf8_lossy(&head).trim().to_owned())
}

/// Copies the files under `path` at `rev` into a temporary directory.
fn checkout(rev: &str, path: &Path) -> Result<(tempfile::TempDir, PathBuf, String), RevisionError> {
    let prefix = String::from_utf8_lossy(&git(&["rev-parse", "--show-prefix"])?)
        .trim()
        .to_owned();
    let wanted = normalise(&format!("{prefix}{}", path.display()));
    git(&[
        "rev-parse",
        "--verify",
        "--quiet",
        &format!("{rev}^{{commit}}"),
    ])
    .map_err(|_| RevisionError::NotARevision {
        rev: rev.to_owned(),
    })?;
    let listing = git(&[
        "ls-tree",
        "--full-tree",
        "-r",
        "-z",
        "--name-only",
        rev,
        "--",
        &wanted,
    ])?;
    let files: Vec<String> = listing
        .split(|&b| b == 0)
        .filter(|name| !name.is_empty())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect();
    if files.is_empty() {
        return Err(RevisionError::NotInRevision {
            rev: rev.to_owned(),
            path: wanted,
        });
    }
    let dir = tempfile::tempdir().map_err(|cause| RevisionError::Write {
        spec: format!("{rev}:{wanted}"),
        cause,
    })?;
    let contents = cat_files(rev, &files)?;
    for (name, bytes) in files.iter().zip(contents) {
        let target = dir.path().join(name);
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(target.parent().unwrap_or(dir.path()))?;
            match bytes {
                Blob::Read(bytes) => std::fs::write(&target, bytes),
                Blob::TooLarge(size) => std::fs::File::create(&target)?.set_len(size),
            }
        };
        write().map_err(|cause| RevisionError::Write {
            spec: format!("{rev}:{wanted}"),
            cause,
        })?;
    }
    let root = dir.path().join(&wanted);
    Ok((dir, root, wanted))
}

/// A file's content at a revision.
enum Blob {
    Read(Vec<u8>),
    /// More than [`ramverk_source::MAX_FILE_BYTES`], not read: its size.
    TooLarge(u64),
}

/// The contents of `rev:file` for each file, read through one `git cat-file --batch`.
fn cat_files(rev: &str, files: &[String]) -> Result<Vec<Blob>, RevisionError> {
    let mut child = Command::new("git")
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(RevisionError::Git)?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| RevisionError::Failed("git cat-file: no stdin".into()))?;
    let requests: String = files.iter().map(|file| format!("{rev}:{file}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| RevisionError::Failed("git cat-file: no stdout".into()))?;
    let mut reader = BufReader::new(stdout);
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        let mut header = String::new();
        reader.read_line(&mut header).map_err(RevisionError::Git)?;
        let size: usize = header
            .split_whitespace()
            .nth(2)
            .and_then(|size| size.parse().ok())
            .ok_or_else(|| {
                RevisionError::Failed(format!(
                    "git cat-file could not read {rev}:{file}: {}",
                    header.trim()
                ))
            })?;
        if size as u64 > ramverk_source::MAX_FILE_BYTES as u64 {
            // Too large to read: skipped, and stood in for by a file of its size, which the
            // loader reports as too large without reading it.
            let skipped = std::io::copy(
                &mut (&mut reader).take(size as u64 + 1),
                &mut std::io::sink(),
            )
            .map_err(RevisionError::Git)?;
            if skipped != size as u64 + 1 {
                return Err(RevisionError::Failed(format!(
                    "git cat-file ended in the middle of {rev}:{file}"
                )));
            }
            out.push(Blob::TooLarge(size as u64));
            continue;
        }
        let mut bytes = vec![0; size + 1];
        reader.read_exact(&mut bytes).map_err(RevisionError::Git)?;
        bytes.pop();
        out.push(Blob::Read(bytes));
    }
    let _ = writer.join();
    let _ = child.wait();
    Ok(out)
}

fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::{Location, RevisionError, normalise, parse_location};

    #[test]
    fn revision_or_path() {
        assert_eq!(
            parse_location("v1.0.0:frameworks/x"),
            Location::Revision {
                rev: "v1.0.0".into(),
                path: "frameworks/x".into()
            }
        );
        assert_eq!(
            parse_location("frameworks/x"),
            Location::Path("frameworks/x".into())
        );
        assert_eq!(normalise("a/./b/../c/"), "a/c");
    }

    #[test]
    fn kinds_of_error_keep_their_messages() {
        let missing = RevisionError::NotInRevision {
            rev: "v1.0.0".into(),
            path: "frameworks/x".into(),
        };
        assert_eq!(
            missing.to_string(),
            "`frameworks/x` does not exist in revision `v1.0.0`"
        );
        let unknown = RevisionError::NotARevision { rev: "v9".into() };
        assert_eq!(
            unknown.to_string(),
            "`v9` is not a revision of this repository (see `git tag`, `git log`)"
        );
    }
}
