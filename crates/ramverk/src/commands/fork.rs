//! `ramverk fork SOURCE NEW --id ID --title TITLE`: a copy of a framework to adapt, with
//! `upstream.yaml` recording where it came from and the base it was taken at.

use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, bail};
use ramverk_check::load::{AREAS_DIR, PROFILES_DIR, ROOT_FILE};
use ramverk_fork::{UPSTREAM_FILE, Upstream};
use ramverk_review::revision::{Location, lexical, open, parse_location};

use super::framework_of;
use super::import::{validated, write_changes};
use crate::cli::{ForkArgs, Format};
use crate::output::{self, Outcome};

/// Forks `args.source` into `args.new`.
pub fn run(args: &ForkArgs) -> anyhow::Result<Outcome> {
    check_id(&args.id)?;
    if args.title.trim().is_empty() {
        bail!("--title is empty; give the fork a title of its own");
    }
    let target = &args.new;
    if target.symlink_metadata().is_ok()
        && (!target.is_dir() || std::fs::read_dir(target)?.next().is_some())
    {
        bail!(
            "{} already exists and is not an empty folder; fork into a new folder",
            target.display()
        );
    }
    let location =
        parse_location(&args.source).with_context(|| format!("cannot read {}", args.source))?;
    let opened = open(&location).with_context(|| format!("cannot read {}", args.source))?;
    let Some(commit) = opened.commit.clone() else {
        bail!(
            "{} has uncommitted changes or is not in a git repository, so its base could not be \
             recovered later; commit it first, or fork from REV:PATH or URL#REV:PATH",
            args.source
        );
    };
    let disk_path = opened.disk_path.clone();
    let (_, base) = framework_of(opened.loaded)?;
    let hash = ramverk_review::canonical::content_hash(&base)
        .context("cannot compute the base's content hash")?;
    let upstream = Upstream {
        repository: match &location {
            Location::Remote { url, .. } => Some(url.clone()),
            _ => None,
        },
        path: recorded_path(&location, target)?,
        revision: match &location {
            Location::Path(_) => None,
            Location::Revision { rev, .. } | Location::Remote { rev, .. } => Some(rev.clone()),
        },
        framework: base.id.clone(),
        version: base.version.clone(),
        commit,
        base: hash.to_string(),
        language: base.language.clone(),
    };

    let staging = super::staging_beside(target, ".ramverk-fork-")?;
    copy_framework(&disk_path, staging.path())?;
    // The fork's own id and title, edited into the copy in place.
    let (loaded, mut framework) = framework_of(ramverk_check::load(staging.path())?)?;
    framework.id = args.id.clone();
    framework.title = args.title.clone();
    let changes =
        ramverk_import::apply::plan(&loaded, &framework).map_err(|e| anyhow::anyhow!("{e}"))?;
    write_changes(&changes)?;
    std::fs::write(staging.path().join(UPSTREAM_FILE), upstream.to_yaml())
        .context("cannot write upstream.yaml")?;
    validated(staging.path(), &target.display().to_string())?;
    if target.exists() {
        std::fs::remove_dir(target)
            .with_context(|| format!("cannot replace the empty folder {}", target.display()))?;
    }
    let staged = staging.keep();
    std::fs::rename(&staged, target).with_context(|| {
        let _ = std::fs::remove_dir_all(&staged);
        format!("cannot move the fork to {}", target.display())
    })?;
    let text = match args.format {
        Format::Json => {
            serde_json::to_string_pretty(&serde_json::json!({
                "fork": target.display().to_string(),
                "id": args.id,
                "upstream": {
                    "source": upstream.describe(),
                    "framework": upstream.framework,
                    "version": upstream.version,
                    "commit": upstream.commit,
                    "base": upstream.base,
                },
            }))? + "\n"
        }
        Format::Human => format!(
            "forked {} {} ({}, commit {}) into {} as {}\n",
            upstream.framework,
            upstream.version,
            args.source,
            short(&upstream.commit),
            target.display(),
            args.id
        ),
    };
    output::print_as(args.format, &text)?;
    Ok(Outcome::Ok)
}

/// The first 12 digits of a commit id.
pub fn short(commit: &str) -> &str {
    commit.get(..12).unwrap_or(commit)
}

/// An id as the schema wants it: a letter or digit, then letters, digits, `.`, `_`, `-`.
fn check_id(id: &str) -> anyhow::Result<()> {
    let mut chars = id.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphanumeric());
    if !first_ok
        || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        || id.len() > 100
    {
        bail!(
            "--id {id:?} is not an id: use letters a–z, digits, `.`, `_` and `-`, starting with a \
             letter or digit (e.g. fredericia-bibliotek)"
        );
    }
    Ok(())
}

/// The framework's files of `from` (a folder or a single file) copied into `to`: the root file,
/// `areas/` and `profiles/` YAML files and the translations — not its approvals or history,
/// which are upstream's own.
fn copy_framework(from: &Path, to: &Path) -> anyhow::Result<()> {
    let copy = |source: &Path, target: &Path| -> anyhow::Result<()> {
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::copy(source, target)
            .with_context(|| format!("cannot copy {}", source.display()))?;
        Ok(())
    };
    if from.is_file() {
        return copy(from, &to.join(ROOT_FILE));
    }
    copy(&from.join(ROOT_FILE), &to.join(ROOT_FILE))?;
    for (source, target, endings) in [
        (
            from.join(AREAS_DIR),
            to.join(AREAS_DIR),
            &[".yaml", ".yml"][..],
        ),
        (
            from.join(PROFILES_DIR),
            to.join(PROFILES_DIR),
            &[".yaml", ".yml"][..],
        ),
        (
            ramverk_i18n::translations_dir(from),
            ramverk_i18n::translations_dir(to),
            &[".yaml"][..],
        ),
    ] {
        let Ok(entries) = std::fs::read_dir(&source) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            // Regular files only: a symbolic link is not followed out of the framework.
            if entry.file_type()?.is_file() && endings.iter().any(|e| name.ends_with(e)) {
                copy(&entry.path(), &target.join(&name))?;
            }
        }
    }
    Ok(())
}

/// The path `upstream.yaml` records: inside the repository for a URL; else relative to the
/// fork's folder, `/` between folders, so that the fork can move with its repository.
fn recorded_path(location: &Location, fork: &Path) -> anyhow::Result<String> {
    let path = match location {
        Location::Remote { path, .. } => return Ok(slashed(path)),
        Location::Path(path) | Location::Revision { path, .. } => path,
    };
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let source = lexical(&cwd.join(path));
    let fork = lexical(&cwd.join(fork));
    Ok(slashed(&relative(&source, &fork)))
}

/// `path` relative to the folder `from` (both absolute and lexically normal).
fn relative(path: &Path, from: &Path) -> PathBuf {
    let path: Vec<Component> = path.components().collect();
    let from: Vec<Component> = from.components().collect();
    let common = path.iter().zip(&from).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return path.iter().collect();
    }
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for part in &path[common..] {
        out.push(part);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// A relative path with `/` between its parts, on every system.
fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(
            relative(&p("/r/frameworks/stockholm"), &p("/r/frameworks/fork")),
            p("../stockholm")
        );
        assert_eq!(
            relative(
                &p("/r/frameworks/stockholm/history/0.9.0"),
                &p("/r/forks/x")
            ),
            p("../../frameworks/stockholm/history/0.9.0")
        );
        assert_eq!(lexical(&p("/r/a/./b/../c")), p("/r/a/c"));
    }

    #[test]
    fn ids() {
        assert!(check_id("fredericia-bibliotek").is_ok());
        for bad in ["", "-x", "a b", "ø", "a:b"] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
    }
}
