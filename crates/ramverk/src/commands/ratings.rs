//! `ramverk ratings check|generate`.

use anyhow::Context as _;
use ramverk_assess::synthetic::{RoundSpec, round};
use ramverk_assess::{ReadOptions, read_ratings_file_observed, write_ratings_csv};
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
    };
    let read = read_ratings_file_observed(path, &framework, &options, &mut |_, _| {})
        .map_err(|e| anyhow::anyhow!("{}:{}:{}: {}", path.display(), e.row, e.column, e.message))?;
    let text = match args.format {
        Format::Json => {
            let problems: Vec<_> = read
                .problems
                .iter()
                .map(|p| json!({ "row": p.row, "column": p.column, "message": p.message }))
                .collect();
            let value = json!({
                "file": path,
                "rows": read.rows,
                "persons": read.input.persons.len(),
                "ratings": read.input.ratings.len(),
                "motivation_answers": read.input.motivations.person.len(),
                "problems": problems,
            });
            serde_json::to_string_pretty(&value)? + "\n"
        }
        Format::Human => {
            let mut out: String = read
                .problems
                .iter()
                .map(|p| {
                    format!(
                        "{}:{}:{}: error: {}\n",
                        path.display(),
                        p.row,
                        p.column,
                        p.message
                    )
                })
                .collect();
            let verdict = if read.problems.is_empty() {
                "ok"
            } else {
                "problems in"
            };
            out += &format!(
                "{verdict} {}: {} rows, {} persons, {} ratings, {} motivation answers, {} problem(s) in {} row(s)\n",
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
    output::print(&text)?;
    Ok(if read.problems.is_empty() {
        Outcome::Ok
    } else {
        Outcome::Findings
    })
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
