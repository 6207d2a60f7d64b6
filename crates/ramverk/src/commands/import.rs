//! `ramverk import FILE`: a framework from a spreadsheet — a publisher's workbook through a
//! mapping (`--mapping`), written as a new framework (`--new`) or shown and applied as the
//! changes to an existing one (`--into`, `--apply`).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use ramverk_check::load::{AREAS_DIR, PROFILES_DIR, ROOT_FILE};
use ramverk_import::apply::{Change, plan};
use ramverk_import::{ImportError, layout};
use ramverk_model::Framework;
use ramverk_source::{StagedFile, read_text_limited};
use ramverk_workbook::{Budget, Kind};

use super::framework_of;
use crate::cli::{Format, ImportArgs};
use crate::output::{self, ColorMode, Outcome};
use ramverk_render::diff as view;

/// Reads the file, builds the framework and writes it or shows what it changes.
pub fn run(args: &ImportArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let kind = Kind::of(&args.file)
        .map_err(|error| anyhow::anyhow!("{}: {error}", args.file.display()))?;
    let workbook = ramverk_workbook::read(&args.file, &Budget::default())
        .map_err(|error| anyhow::anyhow!("{}: {error}", args.file.display()))?;
    let Some(mapping_path) = &args.mapping else {
        // ramverk's own export, edited: read against the framework it was exported from.
        let Some(target) = &args.into else {
            bail!(
                "a file in ramverk's own export layout is imported into the framework it was exported from: --into PATH (or give a publisher's layout with --mapping MAP.yaml to make a new framework)"
            );
        };
        let (_, old) = framework_of(ramverk_check::load(target)?)?;
        let framework = ramverk_import::import_own(&old, &workbook, kind).map_err(|error| {
            let mut message = format!("{}: {error}", args.file.display());
            if let Some(help) = &error.help {
                message.push_str(&format!("\n  = help: {help}"));
            }
            anyhow::anyhow!(message)
        })?;
        return update(target, &framework, args, color);
    };
    let text = read_text_limited(mapping_path, ramverk_source::MAX_FILE_BYTES as u64)
        .with_context(|| format!("cannot read {}", mapping_path.display()))?;
    let located = |error: ImportError| located(error, &args.file, mapping_path);
    let mapping = ramverk_import::parse_mapping(&text).map_err(located)?;
    let framework = ramverk_import::build(&mapping, &workbook, kind).map_err(located)?;
    match (&args.new, &args.into) {
        (Some(target), _) => create(target, &framework, &args.file, mapping_path, args.format),
        (None, Some(target)) => update(target, &framework, args, color),
        (None, None) => bail!("say where the framework goes: --new PATH or --into PATH"),
    }
}

/// An import error as a message naming the mapping file's line and the workbook's sheet and cell.
fn located(error: ImportError, workbook: &Path, mapping: &Path) -> anyhow::Error {
    let mut message = String::new();
    if let Some(position) = error.mapping {
        message.push_str(&format!(
            "{}:{}:{}: ",
            mapping.display(),
            position.line,
            position.column
        ));
    }
    if error.place.is_some() {
        message.push_str(&format!("{}: ", workbook.display()));
    }
    let mut plain = error.clone();
    plain.mapping = None;
    message.push_str(&plain.to_string());
    if let Some(help) = &error.help {
        message.push_str(&format!("\n  = help: {help}"));
    }
    anyhow::anyhow!(message)
}

/// Writes `framework` as a new framework directory at `target`: every file is written into a
/// directory beside it, checked, and only then moved into place.
fn create(
    target: &Path,
    framework: &Framework,
    workbook: &Path,
    mapping: &Path,
    format: Format,
) -> anyhow::Result<Outcome> {
    if target.exists() && !target.is_dir() {
        bail!(
            "{} exists and is not a directory; --new writes a new framework directory",
            target.display()
        );
    }
    if let Some(taken) = framework_entries(target).first() {
        bail!(
            "{} already holds a framework ({} exists); use --into to update it",
            target.display(),
            taken.display()
        );
    }
    let heading = format!(
        "Imported by `ramverk import` from {} with the mapping {}.",
        file_name(workbook),
        file_name(mapping)
    );
    let files = layout::files(framework, &heading).map_err(|e| anyhow::anyhow!("{e}"))?;
    let staging = super::staging_beside(target, ".ramverk-import-")?;
    for file in &files {
        let path = staging.path().join(&file.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, &file.text)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let loaded = ramverk_check::load(staging.path())?;
    let findings = ramverk_check::check(&loaded);
    let errors: Vec<_> = findings
        .iter()
        .filter(|d| d.severity == ramverk_source::Severity::Error)
        .collect();
    if !errors.is_empty() {
        let first = ramverk_render::diagnostics::line(&loaded.map, errors[0]);
        bail!(
            "the imported framework does not validate ({} error(s)); nothing was written. First: {}",
            errors.len(),
            first.replace(
                &staging.path().display().to_string(),
                &target.display().to_string()
            )
        );
    }
    if target.exists() {
        // A folder that holds other files (the mapping, a README): the framework's files and
        // folders are moved in one by one; none of them is there yet.
        for entry in [ROOT_FILE, AREAS_DIR, PROFILES_DIR] {
            let from = staging.path().join(entry);
            if from.exists() {
                std::fs::rename(&from, target.join(entry)).with_context(|| {
                    format!("cannot move the new {entry} into {}", target.display())
                })?;
            }
        }
    } else {
        let staged = staging.keep();
        std::fs::rename(&staged, target).with_context(|| {
            let _ = std::fs::remove_dir_all(&staged);
            format!("cannot move the new framework to {}", target.display())
        })?;
    }
    let stats = ramverk_model::stats(framework);
    let text = match format {
        Format::Json => {
            serde_json::to_string_pretty(&serde_json::json!({
                "created": target.display().to_string(),
                "files": files.iter().map(|f| f.path.display().to_string()).collect::<Vec<_>>(),
                "stats": stats,
            }))? + "\n"
        }
        Format::Human => format!(
            "created {} ({} files): {} areas, {} competences, {} statements, {} learning outcomes, {} glossary terms\n",
            target.display(),
            files.len(),
            stats.areas,
            stats.competences,
            stats.statements,
            stats.learning_outcomes,
            stats.glossary_terms
        ),
    };
    output::print_as(format, &text)?;
    Ok(Outcome::Ok)
}

/// Shows what importing changes in the framework at `target`; with `--apply`, writes it.
fn update(
    target: &Path,
    framework: &Framework,
    args: &ImportArgs,
    color: ColorMode,
) -> anyhow::Result<Outcome> {
    let (loaded, old) = framework_of(ramverk_check::load(target)?)?;
    let diff = ramverk_review::diff::diff(&old, framework);
    let changes = plan(&loaded, framework).map_err(|e| anyhow::anyhow!("{e}"))?;
    if args.apply && !changes.is_empty() {
        // The result is checked before anything is written: in a copy of the framework holding
        // it as one file.
        let staging = tempfile::Builder::new()
            .prefix(".ramverk-import-")
            .tempdir()?;
        let text = layout::new_document(&serde_json::to_value(framework)?)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        std::fs::write(staging.path().join(ROOT_FILE), text)?;
        validated(staging.path(), "the imported framework")?;
    }
    match args.format {
        Format::Json => output::print(
            &(serde_json::to_string_pretty(&serde_json::json!({
                "applied": args.apply,
                "diff": diff,
                "files": changes.iter().map(|c| serde_json::json!({
                    "path": c.path().display().to_string(),
                    "change": match c { Change::Edit { .. } => "edit", Change::Create { .. } => "create", Change::Remove { .. } => "remove" },
                })).collect::<Vec<_>>(),
            }))? + "\n"),
        )?,
        Format::Human => output::print_human(&view::human(&diff, color), color)?,
    }
    if !args.apply {
        if !changes.is_empty() && args.format == Format::Human {
            output::print_note(&format!(
                "nothing written; run again with --apply to change {} file(s)",
                changes.len()
            ));
        }
        return Ok(Outcome::Ok);
    }
    write_changes(&changes)?;
    if args.format == Format::Human && !changes.is_empty() {
        output::print_note(&format!("changed {} file(s)", changes.len()));
    }
    Ok(Outcome::Ok)
}

/// Refuses a framework (in `dir`) that does not validate, naming its first error as if in `shown`.
pub fn validated(dir: &Path, shown: &str) -> anyhow::Result<()> {
    let loaded = ramverk_check::load(dir)?;
    let findings = ramverk_check::check(&loaded);
    let errors: Vec<_> = findings
        .iter()
        .filter(|d| d.severity == ramverk_source::Severity::Error)
        .collect();
    if let Some(first) = errors.first() {
        let first = ramverk_render::diagnostics::line(&loaded.map, first);
        bail!(
            "{shown} does not validate ({} error(s)); nothing was written. First: {}",
            errors.len(),
            first.replace(&dir.display().to_string(), shown)
        );
    }
    Ok(())
}

/// Writes every change: all new texts are staged beside their files first, then put in place;
/// files of removed items go last.
pub fn write_changes(changes: &[Change]) -> anyhow::Result<()> {
    let mut staged = Vec::new();
    for change in changes {
        if let Change::Edit { path, text } | Change::Create { path, text } = change {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("cannot create {}", dir.display()))?;
            }
            let mut file = StagedFile::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            file.write_all(text.as_bytes())
                .with_context(|| format!("cannot write {}", path.display()))?;
            staged.push(file);
        }
    }
    for file in staged {
        let path = file.target().to_owned();
        file.commit()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    for change in changes {
        if let Change::Remove { path } = change {
            std::fs::remove_file(path)
                .with_context(|| format!("cannot remove {}", path.display()))?;
        }
    }
    Ok(())
}

/// The framework files and folders already in `dir`.
fn framework_entries(dir: &Path) -> Vec<PathBuf> {
    [ROOT_FILE, AREAS_DIR, PROFILES_DIR]
        .iter()
        .map(|entry| dir.join(entry))
        .filter(|path| path.symlink_metadata().is_ok())
        .collect()
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
