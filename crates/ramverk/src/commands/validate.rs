//! `ramverk validate`: load, check and report; the exit status says whether it is clean.

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use ramverk_core::{Diagnostic, Loaded, Severity};
use serde_json::json;

use crate::cli::{DiagnosticFormat, ValidateArgs};
use crate::output::{ColorMode, Outcome};
use crate::render::diagnostics;

/// One framework's result.
struct Checked {
    loaded: Loaded,
    diagnostics: Vec<Diagnostic>,
}

impl Checked {
    fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }
}

/// Validates every path and prints the findings.
pub fn run(args: &ValidateArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let paths = if args.paths.is_empty() { default_paths()? } else { args.paths.clone() };
    let mut results = Vec::new();
    for path in &paths {
        let loaded = ramverk_core::load(path)?;
        let diagnostics = ramverk_core::check(&loaded);
        results.push(Checked { loaded, diagnostics });
    }
    match args.format {
        DiagnosticFormat::Human => print_human(&results, color)?,
        DiagnosticFormat::Json => print_json(&results)?,
        DiagnosticFormat::Github => print_github(&results),
    }
    let errors: usize = results.iter().map(|r| r.count(Severity::Error)).sum();
    let warnings: usize = results.iter().map(|r| r.count(Severity::Warning)).sum();
    let failed = errors > 0 || (args.deny_warnings && warnings > 0);
    Ok(if failed { Outcome::Findings } else { Outcome::Ok })
}

/// Every framework directory under `./frameworks`, for a bare `ramverk validate`.
fn default_paths() -> anyhow::Result<Vec<PathBuf>> {
    let dir = Path::new("frameworks");
    let entries = std::fs::read_dir(dir)
        .with_context(|| "no paths given and no ./frameworks directory here; name a framework to validate")?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.join(ramverk_core::load::ROOT_FILE).is_file())
        .collect();
    paths.sort();
    anyhow::ensure!(!paths.is_empty(), "no frameworks found under ./frameworks");
    Ok(paths)
}

fn print_human(results: &[Checked], color: ColorMode) -> anyhow::Result<()> {
    for result in results {
        diagnostics::human(&result.loaded.map, &result.diagnostics, color)?;
        let name = result.loaded.framework.as_ref().map_or_else(String::new, |f| format!(" ({} {})", f.id, f.version));
        let (errors, warnings) = (result.count(Severity::Error), result.count(Severity::Warning));
        let status = match (errors, warnings) {
            (0, 0) => color.paint("1;32", "ok"),
            (0, _) => color.paint("1;33", "ok"),
            _ => color.paint("1;31", "failed"),
        };
        println!(
            "{status}: {}{name}: {errors} error{}, {warnings} warning{}",
            result.loaded.path.display(),
            plural(errors),
            plural(warnings)
        );
    }
    Ok(())
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

fn print_json(results: &[Checked]) -> anyhow::Result<()> {
    let frameworks: Vec<_> = results
        .iter()
        .map(|result| {
            json!({
                "path": result.loaded.path.display().to_string(),
                "id": result.loaded.framework.as_ref().map(|f| &f.id),
                "version": result.loaded.framework.as_ref().map(|f| &f.version),
                "errors": result.count(Severity::Error),
                "warnings": result.count(Severity::Warning),
                "diagnostics": result.diagnostics.iter().map(|d| diagnostics::json(&result.loaded.map, d)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let document = json!({
        "errors": results.iter().map(|r| r.count(Severity::Error)).sum::<usize>(),
        "warnings": results.iter().map(|r| r.count(Severity::Warning)).sum::<usize>(),
        "frameworks": frameworks,
    });
    println!("{}", serde_json::to_string_pretty(&document)?);
    Ok(())
}

fn print_github(results: &[Checked]) {
    for result in results {
        for diagnostic in &result.diagnostics {
            println!("{}", diagnostics::github(&result.loaded.map, diagnostic));
        }
    }
}
