//! `ramverk templates export` writes the built-in templates for a user to start from, and
//! `--templates DIR` reads a user's templates for the documents.

use std::path::Path;

use anyhow::{Context as _, bail};
use ramverk_publish::{BUILTIN, TemplateSource};
use ramverk_source::{read_text_limited, write_atomic};

use crate::cli::{TemplatesCommand, TemplatesExportArgs};
use crate::output::{Outcome, print_note};

/// The extension of a template file: `framework.html.hbs` is the template `framework.html`.
const EXTENSION: &str = ".hbs";
/// Largest template file read, in bytes.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;
/// Most entries a template directory may have.
const MAX_ENTRIES: usize = 1000;

pub fn run(command: &TemplatesCommand) -> anyhow::Result<Outcome> {
    match command {
        TemplatesCommand::Export(args) => export(args),
    }
}

/// Writes every built-in template as `NAME.hbs` into the directory; refuses to replace a file
/// already there unless `--force` (checked for all before any is written).
fn export(args: &TemplatesExportArgs) -> anyhow::Result<Outcome> {
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create {}", args.dir.display()))?;
    let targets: Vec<_> = BUILTIN
        .iter()
        .map(|(name, text)| (args.dir.join(format!("{name}{EXTENSION}")), *text))
        .collect();
    if !args.force {
        let existing: Vec<String> = targets
            .iter()
            .filter(|(path, _)| path.symlink_metadata().is_ok())
            .map(|(path, _)| path.display().to_string())
            .collect();
        if !existing.is_empty() {
            bail!(
                "{} already exist(s): {}\n  help: add --force to replace them",
                existing.len(),
                existing.join(", ")
            );
        }
    }
    for (path, text) in &targets {
        write_atomic(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    print_note(&format!(
        "wrote {} templates into {}; use them with `ramverk export --templates {}` (see docs/templates.md)",
        targets.len(),
        args.dir.display(),
        args.dir.display()
    ));
    Ok(Outcome::Ok)
}

/// The templates in `dir`: every `NAME.hbs` file (other files are left alone). A name no
/// built-in template has is refused when the templates are built.
/// The user's templates for a command that writes documents: `--templates DIR` read, or none.
/// `--templates` is refused unless the format is a document (`templated`), and the branding
/// flags unless it is HTML (`branded`), rather than ignored.
pub fn for_documents(
    dir: Option<&Path>,
    brand: &crate::cli::BrandOptions,
    templated: bool,
    branded: bool,
) -> anyhow::Result<Vec<TemplateSource>> {
    if brand.given() && !branded {
        bail!(
            "the branding options (--brand, --organisation, --logo, colours, --footer) apply to --format html only"
        );
    }
    match dir {
        Some(_) if !templated => {
            bail!("--templates applies to --format html and markdown only")
        }
        Some(dir) => read_dir(dir),
        None => Ok(Vec::new()),
    }
}

pub fn read_dir(dir: &Path) -> anyhow::Result<Vec<TemplateSource>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the template directory {}", dir.display()))?;
    let mut sources = Vec::new();
    for (count, entry) in entries.enumerate() {
        if count >= MAX_ENTRIES {
            bail!(
                "{} has more than {MAX_ENTRIES} entries; a template directory holds the templates (NAME.hbs)",
                dir.display()
            );
        }
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        let file_name = entry.file_name();
        let Some(name) = file_name
            .to_str()
            .and_then(|name| name.strip_suffix(EXTENSION))
        else {
            continue;
        };
        let path = entry.path();
        let text = read_text_limited(&path, MAX_TEMPLATE_BYTES)
            .with_context(|| format!("cannot read the template {}", path.display()))?;
        sources.push(TemplateSource {
            name: name.to_owned(),
            origin: path.display().to_string(),
            text,
        });
    }
    sources.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(sources)
}
