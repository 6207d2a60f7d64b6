//! Frameworks read from git revisions (`v1.0.0:frameworks/x`) and from other repositories
//! (`URL#v1.0.0:frameworks/x`, in [`remote`]), through the git command line.

mod remote;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};

use ramverk_check::load::{AREAS_DIR, LoadError, Loaded, PROFILES_DIR, ROOT_FILE, load};

/// Where a framework comes from: the work tree, a path inside a git revision, or a path inside
/// a revision of another repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A path on disk.
    Path(PathBuf),
    /// `REV:PATH`, the path relative to the current directory (or absolute), inside the
    /// repository.
    Revision {
        /// Any revision git understands: a tag, a branch, a commit, `HEAD~2`.
        rev: String,
        /// The framework's path.
        path: PathBuf,
    },
    /// `URL#REV:PATH`: a path inside a revision of the repository at `URL` (`https://`,
    /// `ssh://`, `git://`, `file://`, scp-like `user@host:path`, or a local path when built
    /// directly), fetched into a temporary repository.
    Remote {
        /// The repository, as git fetches it.
        url: String,
        /// A tag, a branch or a commit id of that repository (what `git fetch URL REV` takes;
        /// anything else, such as an abbreviated id or `v1~1`, costs a fetch of every branch
        /// and tag).
        rev: String,
        /// The framework's path from the repository's root (empty or `.` for the root).
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
    /// The current directory cannot be read, so a relative path has nothing to be relative to.
    #[error("cannot read the current directory: {0}")]
    CurrentDir(std::io::Error),
    /// `PATH` of `REV:PATH` lies outside the repository.
    #[error(
        "`{path}` is outside the git repository at {root}; REV:PATH reads a path inside the repository"
    )]
    Outside {
        /// The path as given.
        path: String,
        /// The repository's root.
        root: String,
    },
    /// The path exists in the revision but holds no framework.
    #[error("`{path}` in revision `{rev}` is not a framework (no {ROOT_FILE} in it)")]
    NoFramework {
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
    /// `URL#` with no `REV:` after it, or a URL with no `#REV:PATH` at all.
    #[error(
        "`{argument}` names a git repository without a revision; write URL#REV:PATH, such as \
         https://git.example.se/hr/ramverk.git#v1.0.0:frameworks/x"
    )]
    RemoteWithoutRevision {
        /// The argument as given.
        argument: String,
    },
    /// A URL or revision that git would read as an option.
    #[error(
        "`{value}` starts with `-`; a git URL or revision may not, as git would read it as an option"
    )]
    OptionLike {
        /// The URL or revision.
        value: String,
    },
    /// The repository at a URL could not be fetched from (no such repository, no access).
    #[error("cannot fetch `{rev}` from `{url}`: {message}")]
    Unreachable {
        /// The URL.
        url: String,
        /// The revision asked for.
        rev: String,
        /// What git said.
        message: String,
    },
    /// The repository at a URL was fetched from, but has no such revision.
    #[error("`{rev}` is not a revision of `{url}` (a tag, a branch or a commit id there)")]
    NotARemoteRevision {
        /// The URL.
        url: String,
        /// The revision asked for.
        rev: String,
    },
    /// The framework in the revision could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Reads anything that exists on disk as a path, `URL#REV:PATH` (a URL by its scheme, or
/// scp-like `user@host:path` before a `#`) as a revision of another repository, `REV:PATH` as a
/// revision, and anything else (no colon) as a path.
///
/// A URL without `#REV:`, or a URL or revision starting with `-`, is an error.
pub fn parse_location(argument: &str) -> Result<Location, RevisionError> {
    if Path::new(argument).exists() {
        return Ok(Location::Path(argument.into()));
    }
    if let Some(remote) = remote::parse(argument) {
        return remote;
    }
    Ok(match argument.split_once(':') {
        Some((rev, path)) if !rev.is_empty() => Location::Revision {
            rev: rev.to_owned(),
            path: path.into(),
        },
        _ => Location::Path(argument.into()),
    })
}

/// A loaded framework and, for revisions, the temporary copy it was read from.
pub struct Opened {
    /// The framework; file paths read `REV:path` for revisions and `URL#REV:path` for other
    /// repositories.
    pub loaded: Loaded,
    /// Where the framework's files are on disk (a temporary copy for revisions), for reading
    /// what lies beside them, such as translations.
    pub disk_path: PathBuf,
    /// The full id of the commit the framework was read from: the revision's commit, or for a
    /// path, HEAD when the path has no uncommitted changes (see [`committed`]); `None` for a
    /// path outside git or with changes.
    pub commit: Option<String>,
    _checkout: Option<tempfile::TempDir>,
}

/// Loads a framework from the work tree, from a git revision, or from a revision of another
/// repository.
pub fn open(location: &Location) -> Result<Opened, RevisionError> {
    match location {
        Location::Path(path) => Ok(Opened {
            loaded: load(path)?,
            disk_path: path.clone(),
            commit: committed(path),
            _checkout: None,
        }),
        Location::Revision { rev, path } => {
            let wanted = repository_path(path)?;
            let commit =
                resolve(Repo::Current, rev).ok_or_else(|| RevisionError::NotARevision {
                    rev: rev.to_owned(),
                })?;
            read(Repo::Current, &commit, rev, &wanted)
        }
        Location::Remote { url, rev, path } => {
            let wanted = remote::repository_path(url, path)?;
            let (repository, commit) = remote::fetch(url, rev)?;
            read(
                Repo::Bare(repository.path()),
                &commit,
                &format!("{url}#{rev}"),
                &wanted,
            )
        }
    }
}

/// The framework at `wanted` in `commit` of `repo`, its file paths reading `LABEL:path`.
fn read(repo: Repo, commit: &str, label: &str, wanted: &str) -> Result<Opened, RevisionError> {
    let (checkout, root) = checkout(repo, commit, label, wanted)?;
    let mut loaded = load(&root)?;
    for file in &mut loaded.map.files {
        if let Ok(relative) = file.path.strip_prefix(checkout.path()) {
            file.path = PathBuf::from(format!("{label}:{}", relative.display()));
        }
    }
    loaded.path = PathBuf::from(format!("{label}:{}", display(wanted)));
    Ok(Opened {
        loaded,
        disk_path: root,
        commit: Some(commit.to_owned()),
        _checkout: Some(checkout),
    })
}

/// The full id of the commit `rev` names in `repo`, when it names one.
fn resolve(repo: Repo, rev: &str) -> Option<String> {
    let id = git_in(
        repo,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .ok()?;
    Some(String::from_utf8_lossy(&id).trim().to_owned())
}

/// The repository a git command runs in.
#[derive(Debug, Clone, Copy)]
enum Repo<'a> {
    /// The current directory's.
    Current,
    /// A repository by its git directory (the temporary bare repository of a fetch).
    Bare(&'a Path),
}

impl Repo<'_> {
    /// `git`, run in this repository, never asking on the terminal for a password.
    fn command(self) -> Command {
        let mut command = Command::new("git");
        if let Repo::Bare(dir) = self {
            command.arg("--git-dir").arg(dir);
        }
        // Never ask: a private URL fails with git's message instead of waiting for a password
        // (https) or a host key or passphrase (ssh), unless the user set their own ssh command.
        command.env("GIT_TERMINAL_PROMPT", "0").stdin(Stdio::null());
        if std::env::var_os("GIT_SSH_COMMAND").is_none() && std::env::var_os("GIT_SSH").is_none() {
            command.env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
        }
        command
    }
}

fn git(args: &[&str]) -> Result<Vec<u8>, RevisionError> {
    git_in(Repo::Current, args)
}

fn git_in(repo: Repo, args: &[&str]) -> Result<Vec<u8>, RevisionError> {
    let output = repo
        .command()
        .args(args)
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

/// `PATH` of `REV:PATH` as a path inside the repository, `/`-separated (`""` for its root):
/// relative to the current directory like any path, an absolute path taken as it is, `.` and
/// `..` resolved; a path outside the repository is an error, never quietly another path.
pub fn repository_path(path: &Path) -> Result<String, RevisionError> {
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let top = PathBuf::from(String::from_utf8_lossy(&top).trim());
    let cwd = std::env::current_dir().map_err(RevisionError::CurrentDir)?;
    let absolute = lexical(&cwd.join(path));
    let inside = |top: &Path, absolute: &Path| {
        absolute.strip_prefix(top).ok().and_then(|relative| {
            relative
                .components()
                .map(|part| match part {
                    Component::Normal(name) => name.to_str(),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>()
                .map(|parts| parts.join("/"))
        })
    };
    // Symbolic links (a temporary directory under /tmp → /private/tmp) resolved when the path
    // does not read as inside the repository as written.
    let resolved = || {
        let top = std::fs::canonicalize(&top).ok()?;
        inside(&top, &real_path(&absolute))
    };
    inside(&top, &absolute)
        .or_else(resolved)
        .ok_or_else(|| RevisionError::Outside {
            path: path.display().to_string(),
            root: top.display().to_string(),
        })
}

/// `path` with `.` and `..` resolved by its text, as git resolves a path.
pub fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` with symbolic links resolved in the part of it that exists.
fn real_path(path: &Path) -> PathBuf {
    let mut existing = path.to_owned();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(&existing) {
            return rest.iter().rev().fold(real, |path, name| path.join(name));
        }
        match (
            existing.file_name().map(ToOwned::to_owned),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_owned();
            }
            _ => return path.to_owned(),
        }
    }
}

/// The folder of a framework directory holding its translations (as `ramverk-i18n` keeps them).
const TRANSLATIONS_DIR: &str = "translations";

/// One entry of a git tree.
struct Entry {
    mode: String,
    kind: String,
    oid: String,
    name: String,
}

impl Entry {
    /// A regular file (not a symbolic link or a submodule) whose name ends in one of `endings`.
    fn is_file_ending(&self, endings: &[&str]) -> bool {
        self.kind == "blob"
            && (self.mode == "100644" || self.mode == "100755")
            && endings.iter().any(|ending| self.name.ends_with(ending))
    }
}

/// The entries of the tree `object` (`rev:path` or an object id).
fn tree(repo: Repo, object: &str) -> Result<Vec<Entry>, RevisionError> {
    let listing = git_in(repo, &["ls-tree", "--full-tree", "-z", object])?;
    Ok(listing
        .split(|&b| b == 0)
        .filter_map(|line| {
            let line = String::from_utf8_lossy(line);
            let (meta, name) = line.split_once('\t')?;
            let mut meta = meta.split(' ');
            Some(Entry {
                mode: meta.next()?.to_owned(),
                kind: meta.next()?.to_owned(),
                oid: meta.next()?.to_owned(),
                name: name.to_owned(),
            })
        })
        .collect())
}

/// The files of the framework at `wanted` in `commit`, as (path in the repository, object id):
/// only what a framework is made of — the root file, `areas/` and `profiles/` YAML files and
/// the translations — never every file under the path. Errors name the revision `label`.
fn framework_files(
    repo: Repo,
    commit: &str,
    label: &str,
    wanted: &str,
) -> Result<Vec<(String, String)>, RevisionError> {
    let join = |dir: &str, name: &str| {
        if dir.is_empty() {
            name.to_owned()
        } else {
            format!("{dir}/{name}")
        }
    };
    let object = format!("{commit}:{wanted}");
    let kind =
        git_in(repo, &["cat-file", "-t", &object]).map_err(|_| RevisionError::NotInRevision {
            rev: label.to_owned(),
            path: display(wanted),
        })?;
    let mut files = Vec::new();
    let mut add_folder = |dir: &str, oid: &str, endings: &[&str]| -> Result<(), RevisionError> {
        for entry in tree(repo, oid)? {
            if entry.is_file_ending(endings) {
                files.push((join(dir, &entry.name), entry.oid));
            }
        }
        Ok(())
    };
    match String::from_utf8_lossy(&kind).trim() {
        "tree" => {
            let mut root = None;
            for entry in tree(repo, &object)? {
                let path = join(wanted, &entry.name);
                match entry.name.as_str() {
                    ROOT_FILE if entry.is_file_ending(&[ROOT_FILE]) => root = Some(entry.oid),
                    AREAS_DIR | PROFILES_DIR if entry.kind == "tree" => {
                        add_folder(&path, &entry.oid, &[".yaml", ".yml"])?
                    }
                    TRANSLATIONS_DIR if entry.kind == "tree" => {
                        add_folder(&path, &entry.oid, &[".yaml"])?
                    }
                    _ => {}
                }
            }
            let root = root.ok_or_else(|| RevisionError::NoFramework {
                rev: label.to_owned(),
                path: display(wanted),
            })?;
            files.insert(0, (join(wanted, ROOT_FILE), root));
        }
        "blob" => {
            let oid = git_in(repo, &["rev-parse", &object])?;
            let (parent, name) = wanted.rsplit_once('/').unwrap_or(("", wanted));
            let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
            let beside = format!("{stem}.translations");
            for entry in tree(repo, &format!("{commit}:{parent}"))? {
                if entry.name == beside && entry.kind == "tree" {
                    add_folder(&join(parent, &beside), &entry.oid, &[".yaml"])?;
                }
            }
            files.insert(
                0,
                (
                    wanted.to_owned(),
                    String::from_utf8_lossy(&oid).trim().to_owned(),
                ),
            );
        }
        _ => {
            return Err(RevisionError::NoFramework {
                rev: label.to_owned(),
                path: display(wanted),
            });
        }
    }
    Ok(files)
}

/// A repository path for messages: `.` for the root.
fn display(wanted: &str) -> String {
    if wanted.is_empty() {
        ".".to_owned()
    } else {
        wanted.to_owned()
    }
}

/// Copies the framework's files at `wanted` (a path in the repository) in `commit` into a
/// temporary directory; returns it and the framework's path in it.
fn checkout(
    repo: Repo,
    commit: &str,
    label: &str,
    wanted: &str,
) -> Result<(tempfile::TempDir, PathBuf), RevisionError> {
    let files = framework_files(repo, commit, label, wanted)?;
    let spec = || format!("{label}:{}", display(wanted));
    let dir = tempfile::tempdir().map_err(|cause| RevisionError::Write {
        spec: spec(),
        cause,
    })?;
    let objects: Vec<&str> = files.iter().map(|(_, oid)| oid.as_str()).collect();
    let contents = cat_files(repo, &objects)?;
    for ((name, _), bytes) in files.iter().zip(contents) {
        let target = dir.path().join(name);
        let write = || -> std::io::Result<()> {
            std::fs::create_dir_all(target.parent().unwrap_or(dir.path()))?;
            match bytes {
                Blob::Read(bytes) => std::fs::write(&target, bytes),
                Blob::TooLarge(size) => std::fs::File::create(&target)?.set_len(size),
            }
        };
        write().map_err(|cause| RevisionError::Write {
            spec: spec(),
            cause,
        })?;
    }
    let root = dir.path().join(wanted);
    Ok((dir, root))
}

/// A file's content at a revision.
enum Blob {
    Read(Vec<u8>),
    /// More than [`ramverk_source::MAX_FILE_BYTES`], not read: its size.
    TooLarge(u64),
}

/// The contents of each object, read through one `git cat-file --batch`.
fn cat_files(repo: Repo, objects: &[&str]) -> Result<Vec<Blob>, RevisionError> {
    let mut child = repo
        .command()
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
    let requests: String = objects.iter().map(|oid| format!("{oid}\n")).collect();
    let writer = std::thread::spawn(move || stdin.write_all(requests.as_bytes()));
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| RevisionError::Failed("git cat-file: no stdout".into()))?;
    let mut reader = BufReader::new(stdout);
    let mut out = Vec::with_capacity(objects.len());
    for oid in objects {
        let mut header = String::new();
        reader.read_line(&mut header).map_err(RevisionError::Git)?;
        let size: usize = header
            .split_whitespace()
            .nth(2)
            .and_then(|size| size.parse().ok())
            .ok_or_else(|| {
                RevisionError::Failed(format!(
                    "git cat-file could not read object {oid}: {}",
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
                    "git cat-file ended in the middle of object {oid}"
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

#[cfg(test)]
mod tests {
    use super::{Location, RevisionError, lexical, parse_location};

    #[test]
    fn revision_or_path() {
        assert_eq!(
            parse_location("v1.0.0:frameworks/x").unwrap(),
            Location::Revision {
                rev: "v1.0.0".into(),
                path: "frameworks/x".into()
            }
        );
        assert_eq!(
            parse_location("frameworks/x").unwrap(),
            Location::Path("frameworks/x".into())
        );
        assert_eq!(
            lexical(std::path::Path::new("/r/a/./b/../c/")),
            std::path::Path::new("/r/a/c")
        );
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
