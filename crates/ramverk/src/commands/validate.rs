//! `ramverk validate`: load, check and report; the exit status says whether it is clean.

use std::fmt::Write as _;
use std::path::PathBuf;

use ramverk_check::{Acceptance, LoadError, Loaded};
use ramverk_source::{Diagnostic, Severity};
use serde_json::json;

use crate::cli::{DiagnosticFormat, ValidateArgs};
use crate::output::{self, ColorMode, Outcome};
use ramverk_render::diagnostics;

/// One path's result: checked, or not readable at all.
enum Checked {
    Read {
        loaded: Box<Loaded>,
        diagnostics: Vec<Diagnostic>,
        /// Warnings the framework accepts, counted apart.
        accepted: Vec<Acceptance>,
    },
    Unreadable {
        path: PathBuf,
        error: LoadError,
    },
}

impl Checked {
    fn count(&self, severity: Severity) -> usize {
        match self {
            Checked::Read { diagnostics, .. } => diagnostics
                .iter()
                .filter(|d| d.severity == severity)
                .count(),
            Checked::Unreadable { .. } => 0,
        }
    }
}

/// Validates every path and prints the findings.
pub fn run(args: &ValidateArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    let paths = if args.paths.is_empty() {
        super::default_paths()?
    } else {
        args.paths.clone()
    };
    let results: Vec<Checked> = paths
        .iter()
        .map(|path| match ramverk_check::load(path) {
            Ok(mut loaded) => {
                let (mut diagnostics, accepted) = ramverk_check::check_with_accepted(&loaded);
                if let Some(framework) = loaded.framework.take() {
                    diagnostics.extend(ramverk_i18n::check_translations(
                        &framework,
                        path,
                        &mut loaded.map,
                    ));
                    loaded.framework = Some(framework);
                }
                Checked::Read {
                    loaded: Box::new(loaded),
                    diagnostics,
                    accepted,
                }
            }
            Err(error) => Checked::Unreadable {
                path: path.clone(),
                error,
            },
        })
        .collect();
    let text = match args.format {
        DiagnosticFormat::Human => human(&results, args.deny_warnings, color)?,
        DiagnosticFormat::Json => json(&results)?,
        DiagnosticFormat::Github => github(&results),
    };
    match args.format {
        DiagnosticFormat::Human => output::print_human(&text, color)?,
        DiagnosticFormat::Json | DiagnosticFormat::Github => output::print(&text)?,
    }
    for result in &results {
        if let Checked::Unreadable { error, .. } = result {
            output::print_error(error);
        }
    }
    let errors: usize = results.iter().map(|r| r.count(Severity::Error)).sum();
    let warnings: usize = results.iter().map(|r| r.count(Severity::Warning)).sum();
    let outcome = if results
        .iter()
        .any(|r| matches!(r, Checked::Unreadable { .. }))
    {
        Outcome::CouldNotRun
    } else if errors > 0 || (args.deny_warnings && warnings > 0) {
        Outcome::Findings
    } else {
        Outcome::Ok
    };
    // The process ends next: freeing millions of nodes one by one would only delay the exit.
    std::mem::forget(results);
    Ok(outcome)
}

fn human(results: &[Checked], deny_warnings: bool, color: ColorMode) -> anyhow::Result<String> {
    let mut out = String::new();
    for result in results {
        let Checked::Read {
            loaded,
            diagnostics: found,
            accepted,
        } = result
        else {
            continue;
        };
        out.push_str(&diagnostics::human(&loaded.map, found, color)?);
        let name = loaded
            .framework
            .as_ref()
            .map_or_else(String::new, |f| format!(" ({} {})", f.id, f.version));
        let (errors, warnings) = (
            result.count(Severity::Error),
            result.count(Severity::Warning),
        );
        let status = match (errors, warnings) {
            (0, 0) => color.paint("1;32", "ok"),
            (0, _) if !deny_warnings => color.paint("1;33", "ok"),
            _ => color.paint("1;31", "failed"),
        };
        let accepted: Vec<String> = accepted
            .iter()
            .map(|a| format!("{} {}", a.count, a.code))
            .collect();
        let accepted = if accepted.is_empty() {
            String::new()
        } else {
            format!(" ({} accepted)", accepted.join(", "))
        };
        writeln!(
            out,
            "{status}: {}{name}: {errors} error{}, {warnings} warning{}{accepted}",
            loaded.path.display(),
            plural(errors),
            plural(warnings)
        )?;
    }
    Ok(out)
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

fn json(results: &[Checked]) -> anyhow::Result<String> {
    let frameworks: Vec<_> = results
        .iter()
        .map(|result| match result {
            Checked::Read { loaded, diagnostics: found, accepted } => json!({
                "path": loaded.path.display().to_string(),
                "id": loaded.framework.as_ref().map(|f| &f.id),
                "version": loaded.framework.as_ref().map(|f| &f.version),
                "errors": result.count(Severity::Error),
                "warnings": result.count(Severity::Warning),
                "accepted": accepted.iter().map(|a| json!({"code": a.code, "count": a.count})).collect::<Vec<_>>(),
                "diagnostics": found.iter().map(|d| diagnostics::json(&loaded.map, d)).collect::<Vec<_>>(),
            }),
            Checked::Unreadable { path, error } => json!({
                "path": path.display().to_string(),
                "unreadable": error.to_string(),
            }),
        })
        .collect();
    let document = json!({
        "errors": results.iter().map(|r| r.count(Severity::Error)).sum::<usize>(),
        "warnings": results.iter().map(|r| r.count(Severity::Warning)).sum::<usize>(),
        "frameworks": frameworks,
    });
    Ok(serde_json::to_string_pretty(&document)? + "\n")
}

fn github(results: &[Checked]) -> String {
    let mut out = String::new();
    for result in results {
        if let Checked::Read {
            loaded,
            diagnostics: found,
            ..
        } = result
        {
            for diagnostic in found {
                out.push_str(&diagnostics::github(&loaded.map, diagnostic));
                out.push('\n');
            }
        }
    }
    out
}
