//! Revisions of other repositories (`URL#REV:PATH`): recognised by their URL, fetched into a
//! temporary bare repository, and read there like a revision of this one.

use std::path::{Component, Path};

use super::{Location, Repo, RevisionError, git_in, resolve};

/// The schemes that make an argument a URL.
const SCHEMES: [&str; 5] = ["file://", "https://", "http://", "ssh://", "git://"];

/// `URL#REV:PATH` when `argument` names another repository — by a scheme, or scp-like
/// `user@host:path` before a `#` — and `None` when it does not.
pub(super) fn parse(argument: &str) -> Option<Result<Location, RevisionError>> {
    let (url, after) = match argument.split_once('#') {
        Some((url, after)) => (url, Some(after)),
        None => (argument, None),
    };
    let lower = url.to_ascii_lowercase();
    let scheme = SCHEMES.iter().any(|scheme| lower.starts_with(scheme));
    let is_url = scheme || (after.is_some() && scp_like(url));
    if !is_url {
        return None;
    }
    let without_revision = || RevisionError::RemoteWithoutRevision {
        argument: argument.to_owned(),
    };
    let parsed = after
        .and_then(|after| after.split_once(':'))
        .filter(|(rev, _)| !rev.is_empty())
        .ok_or_else(without_revision)
        .and_then(|(rev, path)| {
            refuse_options(url, rev)?;
            Ok(Location::Remote {
                url: url.to_owned(),
                rev: rev.to_owned(),
                path: path.into(),
            })
        });
    Some(parsed)
}

/// `user@host:path`, as git reads it: a `:` with an `@` before it and no `/` or `\` before it.
fn scp_like(url: &str) -> bool {
    url.split_once(':')
        .is_some_and(|(host, _)| host.contains('@') && !host.contains('/') && !host.contains('\\'))
}

/// Refuses a URL or a revision that git would read as an option.
fn refuse_options(url: &str, rev: &str) -> Result<(), RevisionError> {
    match [url, rev].into_iter().find(|value| value.starts_with('-')) {
        Some(value) => Err(RevisionError::OptionLike {
            value: value.to_owned(),
        }),
        None => Ok(()),
    }
}

/// `PATH` of `URL#REV:PATH` as a path inside that repository, `/`-separated (`""` for its root):
/// always from the repository's root, `.` and `..` resolved; a path leading out of the
/// repository is an error.
pub(super) fn repository_path(url: &str, path: &Path) -> Result<String, RevisionError> {
    let outside = || RevisionError::Outside {
        path: path.display().to_string(),
        root: url.to_owned(),
    };
    let mut parts = Vec::new();
    for part in path.components() {
        match part {
            Component::Normal(name) => parts.push(name.to_str().ok_or_else(outside)?),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop().ok_or_else(outside)?;
            }
            Component::RootDir | Component::Prefix(_) => return Err(outside()),
        }
    }
    Ok(parts.join("/"))
}

/// Fetches `rev` of the repository at `url` into a temporary bare repository: the revision
/// alone (`--depth 1`) when the repository hands it out by name or full id, else every branch
/// and tag, in which `rev` is then looked for. Returns the repository and the full id of
/// `rev`'s commit.
pub(super) fn fetch(url: &str, rev: &str) -> Result<(tempfile::TempDir, String), RevisionError> {
    refuse_options(url, rev)?;
    let dir = tempfile::Builder::new()
        .prefix("ramverk-fetch")
        .tempdir()
        .map_err(|cause| RevisionError::Write {
            spec: format!("{url}#{rev}"),
            cause,
        })?;
    let repo = Repo::Bare(dir.path());
    git_in(repo, &["init", "--bare", "--quiet"])?;
    let shallow = git_in(
        repo,
        &[
            "fetch",
            "--quiet",
            "--no-tags",
            "--depth",
            "1",
            "--",
            url,
            rev,
        ],
    );
    if shallow.is_ok()
        && let Some(commit) = resolve(repo, "FETCH_HEAD")
    {
        return Ok((dir, commit));
    }
    git_in(
        repo,
        &[
            "fetch",
            "--quiet",
            "--no-tags",
            "--",
            url,
            "+refs/heads/*:refs/heads/*",
            "+refs/tags/*:refs/tags/*",
        ],
    )
    .map_err(|error| RevisionError::Unreachable {
        url: url.to_owned(),
        rev: rev.to_owned(),
        message: match error {
            RevisionError::Failed(message) => message,
            other => other.to_string(),
        },
    })?;
    let commit = resolve(repo, rev).ok_or_else(|| RevisionError::NotARemoteRevision {
        url: url.to_owned(),
        rev: rev.to_owned(),
    })?;
    Ok((dir, commit))
}

#[cfg(test)]
mod tests {
    use super::{Location, RevisionError, parse, repository_path};
    use std::path::Path;

    #[test]
    fn urls_with_a_revision() {
        assert_eq!(
            parse("file:///srv/stockholm.git#v1.0.0:frameworks/stockholm-kultur").map(Result::ok),
            Some(Some(Location::Remote {
                url: "file:///srv/stockholm.git".into(),
                rev: "v1.0.0".into(),
                path: "frameworks/stockholm-kultur".into(),
            }))
        );
        assert_eq!(
            parse("git@git.example.se:hr/ramverk.git#main:").map(Result::ok),
            Some(Some(Location::Remote {
                url: "git@git.example.se:hr/ramverk.git".into(),
                rev: "main".into(),
                path: "".into(),
            }))
        );
        // Not URLs: a revision, a path, scp-like without `#`, a Windows path.
        for argument in [
            "v1.0.0:frameworks/x",
            "frameworks/a#b",
            "git@host:repo",
            "C:\\ramverk#v1:x",
        ] {
            assert!(parse(argument).is_none(), "{argument}");
        }
    }

    #[test]
    fn urls_without_a_revision_or_like_options_are_refused() {
        for argument in [
            "https://git.example.se/hr/ramverk.git",
            "https://git.example.se/hr/ramverk.git#v1",
            "https://git.example.se/hr/ramverk.git#:frameworks/x",
        ] {
            assert!(
                matches!(
                    parse(argument),
                    Some(Err(RevisionError::RemoteWithoutRevision { .. }))
                ),
                "{argument}"
            );
        }
        for argument in [
            "-oProxyCommand=x@host:repo#v1:x",
            "https://git.example.se/x.git#--upload-pack=x:frameworks/x",
        ] {
            assert!(
                matches!(parse(argument), Some(Err(RevisionError::OptionLike { .. }))),
                "{argument}"
            );
        }
    }

    #[test]
    fn paths_are_from_the_repository_root() {
        let url = "file:///srv/x.git";
        assert_eq!(repository_path(url, Path::new("")).unwrap(), "");
        assert_eq!(repository_path(url, Path::new(".")).unwrap(), "");
        assert_eq!(
            repository_path(url, Path::new("./frameworks/a/../b/")).unwrap(),
            "frameworks/b"
        );
        assert!(repository_path(url, Path::new("../x")).is_err());
        assert!(repository_path(url, Path::new("/etc")).is_err());
    }
}
