//! `ramverk approve` and `ramverk verify`: approval records that cannot drift from the content.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context as _, bail};
use ramverk_check::check;
use ramverk_review::approval::{Approval, append, approvals_path, parse, read};
use ramverk_review::canonical::{ContentHash, content_hash};
use ramverk_review::diff::diff;
use ramverk_review::revision::{Location, open};
use ramverk_source::Severity;
use serde_json::json;

use super::{framework_of, load_framework};
use crate::cli::{ApproveArgs, VerifyArgs};
use crate::output::{self, ColorMode, Outcome};
use ramverk_render::diff as view;

/// Appends an approval of the framework's current version to its approvals.yaml.
pub fn approve(args: &ApproveArgs) -> anyhow::Result<Outcome> {
    if !ramverk_check::is_real_date(&args.date) {
        bail!(
            "--date {} is not a calendar date; write YYYY-MM-DD",
            args.date
        );
    }
    let (loaded, framework) = load_framework(&args.path)?;
    let errors = check(&loaded)
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if errors > 0 {
        bail!(
            "{} has {errors} error(s); a framework must validate before it is approved (ramverk validate {})",
            args.path.display(),
            args.path.display()
        );
    }
    let hash = content_hash(&framework)?.to_string();
    let path = approvals_path(&args.path);
    let (approvals, text) = read(&path)?;
    let mut earlier = None;
    for approval in approvals
        .approvals
        .iter()
        .filter(|a| a.version == framework.version)
    {
        if !recorded(&path, approval)?.matches(&framework)? {
            earlier = Some(approval);
            break;
        }
    }
    if let Some(earlier) = earlier {
        bail!(
            "version {} was approved on {} with other content; bump the version before approving the changed content (ramverk version bump)",
            framework.version,
            earlier.date
        );
    }
    let approval = Approval {
        version: framework.version.clone(),
        date: args.date.clone(),
        by: args.by.clone(),
        note: args.note.clone(),
        content: hash,
        commit: ramverk_review::revision::committed(&args.path),
    };
    let updated = append(&text, &approval);
    let check_back = parse(&path, &updated)?;
    if check_back.approvals.len() != approvals.approvals.len() + 1 {
        bail!(
            "{} does not end with its `approvals:` list; add the approval by hand",
            path.display()
        );
    }
    ramverk_source::write_atomic(&path, updated.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    let mut out = format!(
        "{}: approved {} {} ({}), {}\n",
        path.display(),
        framework.id,
        framework.version,
        args.date,
        approval.content
    );
    if approval.commit.is_none() {
        out.push_str("note: the framework has uncommitted changes or is not in git; commit it so that `ramverk verify` can show what changed later\n");
    }
    output::print(&out)?;
    Ok(Outcome::Ok)
}

/// Checks every framework's content against the approval of its version.
pub fn verify(args: &VerifyArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let paths = if args.paths.is_empty() {
        super::default_paths()?
    } else {
        args.paths.clone()
    };
    let mut out = String::new();
    let mut reports = Vec::new();
    let mut failed = false;
    for path in &paths {
        let (_, framework) = load_framework(path)?;
        let (approvals, _) = read(&approvals_path(path))?;
        let hash = content_hash(&framework)?.to_string();
        let record = approvals
            .approvals
            .iter()
            .rev()
            .find(|a| a.version == framework.version);
        let matches = match record {
            Some(record) => recorded(&approvals_path(path), record)?.matches(&framework)?,
            None => false,
        };
        let (ok, message) = match record {
            None => (
                false,
                format!(
                    "version {} has no approval in {}",
                    framework.version,
                    approvals_path(path).display()
                ),
            ),
            Some(record) if matches => (
                true,
                format!(
                    "{} {} matches its approval of {} by {}",
                    framework.id, framework.version, record.date, record.by
                ),
            ),
            Some(record) => (
                false,
                format!(
                    "{} {} differs from the content approved on {} by {}",
                    framework.id, framework.version, record.date, record.by
                ),
            ),
        };
        failed |= !ok;
        let verdict = if ok {
            color.paint("1;32", "ok")
        } else {
            color.paint("1;31", "failed")
        };
        writeln!(out, "{verdict}: {}: {message}", path.display())?;
        let mut changes = Vec::new();
        if let Some(record) = record.filter(|_| !matches) {
            changes = what_changed(path, record, &framework)?;
            for line in &changes {
                writeln!(out, "  {line}")?;
            }
            writeln!(
                out,
                "  help: undo the changes, or bump the version (ramverk version bump) and have it approved"
            )?;
        }
        reports.push(json!({ "path": path.display().to_string(), "version": framework.version, "ok": ok, "message": message, "content": hash, "changes": changes }));
    }
    output::per_framework(args.format, &out, color, reports, failed)
}

/// The hash an approval recorded, in the canonical form it names.
fn recorded(file: &Path, approval: &Approval) -> anyhow::Result<ContentHash> {
    ContentHash::parse(&approval.content).with_context(|| {
        format!(
            "{}: the approval of version {} of {}",
            file.display(),
            approval.version,
            approval.date
        )
    })
}

/// The summary of the differences from the approved content, read from the recorded commit.
fn what_changed(
    path: &Path,
    record: &Approval,
    framework: &ramverk_model::Framework,
) -> anyhow::Result<Vec<String>> {
    let Some(commit) = &record.commit else {
        return Ok(vec![
            "the approval names no commit, so the approved content cannot be shown".into(),
        ]);
    };
    let opened = match open(&Location::Revision {
        rev: commit.clone(),
        path: path.to_owned(),
    }) {
        Ok(opened) => opened,
        Err(error) => {
            return Ok(vec![format!(
                "the approved content (commit {commit}) cannot be read: {error}"
            )]);
        }
    };
    let (_, approved) = framework_of(opened.loaded)?;
    let changes = diff(&approved, framework);
    let memo = view::human(&changes, ColorMode::plain());
    Ok(memo
        .lines()
        .skip(2)
        .filter(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .collect())
}
