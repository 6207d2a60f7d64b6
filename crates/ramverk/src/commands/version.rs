//! `ramverk version check|bump` and `ramverk changelog`: a framework's version and its content
//! compared with a git revision.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context as _, bail};
use ramverk_review::diff::{Bump, Classification, Diff, bumped, classify, diff, is_enough};

use ramverk_check::load::Loaded;
use ramverk_model::Framework;
use ramverk_review::reload::reload_edited;
use ramverk_review::revision::{Location, RevisionError, open};
use ramverk_source::Severity;
use ramverk_source::{Pointer, Target};
use serde_json::json;

use super::{framework_of, load_framework};
use crate::cli::{BumpLevel, ChangelogArgs, Since, VersionCheckArgs, VersionCommand};
use crate::output::{self, ColorMode, Outcome};

/// Runs `version check` or `version bump`.
pub fn run(command: &VersionCommand, color: ColorMode) -> anyhow::Result<Outcome> {
    match command {
        VersionCommand::Check(args) => check(args, color),
        VersionCommand::Bump(args) => bump(args.level, &args.path, &args.since),
    }
}

/// The revision to compare with: `--since`, or the latest tag.
fn since(since: &Since) -> anyhow::Result<String> {
    if let Some(rev) = &since.since {
        return Ok(rev.clone());
    }
    ramverk_review::revision::latest_tag()
        .context("no --since REV given and no git tag to compare with; name the approved version, e.g. --since v1.0.0")
}

/// The comparison of a framework in the work tree with the same path at a revision; `None`
/// when the framework did not exist at that revision.
struct Comparison {
    rev: String,
    diff: Option<Diff>,
    /// The two versions compared (old, new), when the framework existed at the revision.
    sides: Option<(Framework, Framework)>,
    classification: Classification,
}

fn compare(path: &Path, rev: &str) -> anyhow::Result<Comparison> {
    let (_, new) = load_framework(path)?;
    let old = match open(&Location::Revision {
        rev: rev.to_owned(),
        path: path.to_owned(),
    }) {
        Ok(opened) => framework_of(opened.loaded)?.1,
        Err(RevisionError::NotInRevision { .. }) => {
            return Ok(Comparison {
                rev: rev.to_owned(),
                diff: None,
                sides: None,
                classification: Classification {
                    bump: Bump::None,
                    reasons: Vec::new(),
                },
            });
        }
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read {rev}:{}", path.display()));
        }
    };
    let diff = diff(&old, &new);
    let classification = classify(&diff);
    Ok(Comparison {
        rev: rev.to_owned(),
        diff: Some(diff),
        sides: Some((old, new)),
        classification,
    })
}

fn version(text: &str) -> anyhow::Result<semver::Version> {
    semver::Version::parse(text).with_context(|| format!("`{text}` is not a semantic version"))
}

fn check(args: &VersionCheckArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let rev = since(&args.since)?;
    let paths = if args.paths.is_empty() {
        super::default_paths()?
    } else {
        args.paths.clone()
    };
    let mut failed = false;
    let mut out = String::new();
    let mut reports = Vec::new();
    for path in &paths {
        let comparison = compare(path, &rev)?;
        let Some(diff) = &comparison.diff else {
            writeln!(
                out,
                "{}: new since {rev}; any version is fine",
                path.display()
            )?;
            reports.push(json!({ "path": path.display().to_string(), "since": rev, "new": true, "ok": true }));
            continue;
        };
        let (old, new) = (version(&diff.old.version)?, version(&diff.new.version)?);
        let needed = comparison.classification.bump;
        let ok = is_enough(&old, &new, needed);
        failed |= !ok;
        let verdict = if ok {
            color.paint("1;32", "ok")
        } else {
            color.paint("1;31", "not bumped enough")
        };
        let need = match needed {
            Bump::None => format!("no content changed since {}", comparison.rev),
            _ => format!(
                "the changes since {} need a {} bump",
                comparison.rev,
                bump_name(needed)
            ),
        };
        writeln!(out, "{verdict}: {} {old} → {new}; {need}", path.display())?;
        for (bump, reason) in comparison.classification.reasons.iter().take(12) {
            writeln!(out, "  {:<5} {reason}", bump_name(*bump))?;
        }
        let more = comparison.classification.reasons.len().saturating_sub(12);
        if more > 0 {
            writeln!(out, "  … and {more} more")?;
        }
        if !ok {
            let suggestion = bumped(&old, needed);
            writeln!(
                out,
                "  help: set version to {suggestion}: ramverk version bump {} --path {} --since {rev}",
                bump_name(needed),
                path.display()
            )?;
        }
        reports.push(json!({
            "path": path.display().to_string(), "since": rev, "old": old.to_string(), "new": new.to_string(),
            "needed": needed, "ok": ok, "suggested": bumped(&old, needed).to_string(),
            "reasons": comparison.classification.reasons.iter().map(|(b, r)| json!({"bump": b, "reason": r})).collect::<Vec<_>>(),
        }));
    }
    output::per_framework(args.format, &out, color, reports, failed)
}

fn bump_name(bump: Bump) -> &'static str {
    match bump {
        Bump::None => "no",
        Bump::Patch => "patch",
        Bump::Minor => "minor",
        Bump::Major => "major",
    }
}

/// Sets the version in the root file, replacing only the version's characters.
fn bump(level: BumpLevel, path: &Path, since_rev: &Since) -> anyhow::Result<Outcome> {
    let (loaded, framework) = load_framework(path)?;
    let current = version(&framework.version)?;
    let target = match level {
        BumpLevel::Major => bumped(&current, Bump::Major),
        BumpLevel::Minor => bumped(&current, Bump::Minor),
        BumpLevel::Patch => bumped(&current, Bump::Patch),
        BumpLevel::Auto => {
            let rev = since(since_rev)?;
            let comparison = compare(path, &rev)?;
            let Some(diff) = comparison.diff else {
                bail!(
                    "{} did not exist at {rev}; choose major, minor or patch",
                    path.display()
                )
            };
            let old = version(&diff.old.version)?;
            let needed = comparison.classification.bump;
            if is_enough(&old, &current, needed) {
                output::print_human(
                    &format!(
                        "{} is already {current}, enough for the {} changes since {rev}\n",
                        path.display(),
                        bump_name(needed)
                    ),
                    ColorMode::plain(),
                )?;
                return Ok(Outcome::Ok);
            }
            bumped(&old, needed)
        }
    };
    let (file, position) = loaded
        .map
        .locate(&Pointer::root().key("version"), Target::Value)
        .context("cannot find `version:` in the framework's root file")?;
    let source = &loaded.map.files[file];
    let original = source
        .text
        .get(position.start..position.end)
        .context("cannot find `version:` in the framework's root file")?;
    let quote = original.chars().next().filter(|c| *c == '"' || *c == '\'');
    let replacement = match quote {
        Some(q) => format!("{q}{target}{q}"),
        None => target.to_string(),
    };
    if original.trim_matches(['"', '\'']) != framework.version {
        bail!(
            "the version in {} is not written as a plain value; edit it by hand",
            source.path.display()
        );
    }
    let mut text = source.text.clone();
    text.replace_range(position.start..position.end, &replacement);
    check_edit(&loaded, &framework, file, &text, &target)?;
    ramverk_source::write_atomic(&source.path, text.as_bytes())
        .with_context(|| format!("cannot write {}", source.path.display()))?;
    output::print_human(
        &format!("{}: {current} → {target}\n", source.path.display()),
        ColorMode::plain(),
    )?;
    Ok(Outcome::Ok)
}

/// Loads and checks the framework as the edit would leave it, before anything is written: it
/// must load, differ from `framework` in its version alone (a version shared through a YAML
/// anchor would change more), and have no more errors than it had.
fn check_edit(
    loaded: &Loaded,
    framework: &Framework,
    file: usize,
    text: &str,
    target: &semver::Version,
) -> anyhow::Result<()> {
    let root = loaded.map.files[file].path.display();
    let edited = reload_edited(loaded, file, text)
        .with_context(|| format!("cannot check the edit of {root}; nothing was written"))?;
    let Some(new) = &edited.framework else {
        bail!(
            "setting the version to {target} would leave {root} unreadable; nothing was written, edit it by hand"
        );
    };
    let mut expected = framework.clone();
    expected.version = target.to_string();
    if *new != expected {
        bail!(
            "setting the version to {target} in {root} would change more than the version (is its value shared through a YAML anchor?); nothing was written, edit it by hand"
        );
    }
    let errors = |loaded: &Loaded| {
        ramverk_check::check(loaded)
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    };
    let (before, after) = (errors(loaded), errors(&edited));
    if after > before {
        bail!(
            "setting the version to {target} in {root} would leave {} error(s) where there were {before}; nothing was written (ramverk validate)",
            after
        );
    }
    Ok(())
}

/// Prints or writes a Markdown changelog entry for the changes since a revision.
pub fn changelog(args: &ChangelogArgs) -> anyhow::Result<Outcome> {
    let rev = since(&args.since)?;
    let comparison = compare(&args.path, &rev)?;
    let (Some(diff), Some((old, new))) = (comparison.diff, comparison.sides) else {
        bail!(
            "{} did not exist at {rev}: there is nothing to compare",
            args.path.display()
        )
    };
    let mut text = format!(
        "# Changelog: {}\n\n## {} ({} since {rev}, {})\n\n",
        diff.new.title,
        diff.new.version,
        diff.old.version,
        bump_name(comparison.classification.bump)
    );
    for (bump, reason) in &comparison.classification.reasons {
        writeln!(text, "- {} — {reason}", bump_name(*bump))?;
    }
    text.push('\n');
    let memo = ramverk_publish::memo::markdown(
        &diff,
        (&old, &new),
        ramverk_render::language::Language::of(&new.language),
        &[],
    )?;
    for line in memo.lines().skip(2) {
        let line = if line.starts_with('#') {
            format!("#{line}")
        } else {
            line.to_owned()
        };
        text.push_str(&line);
        text.push('\n');
    }
    match &args.output {
        Some(path) => ramverk_source::write_atomic(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => output::print(&text)?,
    }
    Ok(Outcome::Ok)
}
