//! `ramverk ratings check|generate`.

use std::path::Path;

use anyhow::Context as _;
use ramverk_assess::synthetic::{RoundSpec, round};
use ramverk_assess::{RatingsError, ReadOptions, read_ratings_file_observed, write_ratings_csv};
use ramverk_render::diagnostics::{self, Short};
use ramverk_source::{Diagnostic, SourceMap};
use serde_json::json;

use super::load_framework;
use crate::cli::{Format, RatingsCheckArgs, RatingsCommand, RatingsGenerateArgs};
use crate::output::{self, Outcome};

pub fn run(command: &RatingsCommand) -> anyhow::Result<Outcome> {
    match command {
        RatingsCommand::Check(args) => check(args),
        RatingsCommand::Generate(args) => generate(args),
    }
}

fn check(args: &RatingsCheckArgs) -> anyhow::Result<Outcome> {
    let (_, framework) = load_framework(&args.path)?;
    let path = &args.ratings;
    let options = ReadOptions {
        round: args.round.clone(),
        ..ReadOptions::default()
    };
    let read = read_ratings_file_observed(path, &framework, &options, &mut |_, _| {})
        .map_err(|error| unreadable(path, &error))?;
    let (map, found) = findings(path, &read.problems);
    let text = match args.format {
        Format::Json => {
            let problems: Vec<_> = found
                .iter()
                .zip(&read.problems)
                .map(|(diagnostic, problem)| {
                    let mut value = diagnostics::json(&map, diagnostic);
                    // `row` as before the findings were diagnostics; `line` says the same.
                    value["row"] = json!(problem.row);
                    value
                })
                .collect();
            let value = json!({
                "file": path,
                "separator": read.separator.map(|s| (s as char).to_string()),
                "rows": read.rows,
                "persons": read.input.persons.len(),
                "ratings": read.input.ratings.len(),
                "motivation_answers": read.input.motivations.person.len(),
                "problems": problems,
            });
            serde_json::to_string_pretty(&value)? + "\n"
        }
        Format::Human => {
            let mut out: String = found
                .iter()
                .map(|diagnostic| diagnostics::short(&map, diagnostic, Short::WithSeverity) + "\n")
                .collect();
            let verdict = if read.problems.is_empty() {
                "ok"
            } else {
                "problems in"
            };
            // A CSV file separated by something else than commas says so.
            let separated = match read.separator_name() {
                Some(name) if name != "comma" => format!(" ({name}-separated)"),
                _ => String::new(),
            };
            out += &format!(
                "{verdict} {}{separated}: {} rows, {} persons, {} ratings, {} motivation answers, {} problem(s) in {} row(s)\n",
                path.display(),
                read.rows,
                read.input.persons.len(),
                read.input.ratings.len(),
                read.input.motivations.person.len(),
                read.problems.len(),
                read.skipped()
            );
            out
        }
    };
    output::print_as(args.format, &text)?;
    Ok(if read.problems.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Findings
    })
}

/// A ratings file's problems as findings, in a source map holding the file (without its text:
/// rows are lines).
pub fn findings(path: &Path, problems: &[RatingsError]) -> (SourceMap, Vec<Diagnostic>) {
    let mut map = SourceMap::default();
    let file = map.add_file_without_text(path.to_owned());
    let found = problems
        .iter()
        .map(|problem| problem.diagnostic(file))
        .collect();
    (map, found)
}

/// The error for a file that cannot be read as ratings at all: `path:row:column: message`.
pub fn unreadable(path: &Path, error: &RatingsError) -> anyhow::Error {
    let (map, found) = findings(path, std::slice::from_ref(error));
    anyhow::anyhow!(diagnostics::line(&map, &found[0]))
}

fn generate(args: &RatingsGenerateArgs) -> anyhow::Result<Outcome> {
    let (_, framework) = load_framework(&args.path)?;
    let input = round(
        &framework,
        RoundSpec {
            persons: args.persons,
            seed: args.seed,
            round: args.round,
        },
    );
    let text = write_ratings_csv(&input, &framework, Some(&args.round.to_string()));
    match &args.output {
        Some(path) => ramverk_source::write_atomic(path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => output::print(&text)?,
    }
    Ok(Outcome::Ok)
}
