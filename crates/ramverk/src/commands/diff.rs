//! `ramverk diff OLD NEW`: the semantic difference between two versions of a framework.

use anyhow::Context as _;
use ramverk_core::revision::{open, parse_location};

use ramverk_core::i18n::Marking;

use super::{framework_of, localize};
use crate::cli::{DiffArgs, DiffFormat};
use crate::output::{self, ColorMode, Outcome};
use crate::render::diff as view;

/// Loads both sides, compares them and prints the report.
pub fn run(args: &DiffArgs, color: ColorMode) -> anyhow::Result<Outcome> {
    // Both sides load at once; each also reads its files in parallel.
    let (old, new) = std::thread::scope(|scope| {
        let old = scope.spawn(|| open(&parse_location(&args.old)));
        let new = open(&parse_location(&args.new));
        (
            old.join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            new,
        )
    });
    let old = old.with_context(|| format!("cannot read {}", args.old))?;
    let new = new.with_context(|| format!("cannot read {}", args.new))?;
    let marking = if args.format == DiffFormat::Json {
        Marking::Plain
    } else {
        Marking::Bracketed
    };
    let (_, old_framework) = framework_of(old.loaded)?;
    let (_, new_framework) = framework_of(new.loaded)?;
    let old = localize(
        &old.disk_path,
        old_framework,
        args.lang.as_deref(),
        marking,
        false,
    )?;
    let new = localize(
        &new.disk_path,
        new_framework,
        args.lang.as_deref(),
        marking,
        false,
    )?;
    let diff = ramverk_core::diff::diff(&old, &new);
    let text = match args.format {
        DiffFormat::Human => view::human(&diff, color),
        DiffFormat::Markdown => view::markdown(&diff),
        DiffFormat::Html => view::html(&diff),
        DiffFormat::Json => serde_json::to_string_pretty(&diff)? + "\n",
    };
    output::print(&text)?;
    let outcome = if args.exit_code && !diff.is_empty() {
        Outcome::Findings
    } else {
        Outcome::Ok
    };
    // The process ends next: freeing both models item by item would only delay the exit.
    std::mem::forget((old, new, diff));
    Ok(outcome)
}
