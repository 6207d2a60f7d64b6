//! `ramverk completions` and `ramverk man`: generated from the clap definitions.

use std::fs;
use std::io;

use anyhow::Context as _;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::output::Outcome;

/// Prints completions for a shell.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "ramverk", &mut io::stdout());
    Ok(Outcome::Ok)
}

/// Prints the man page, or writes all pages into a directory.
pub fn man(args: &ManArgs) -> anyhow::Result<Outcome> {
    let command = Cli::command();
    match &args.out_dir {
        None => clap_mangen::Man::new(command).render(&mut io::stdout())?,
        Some(dir) => {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
            clap_mangen::generate_to(command, dir).with_context(|| format!("cannot write man pages to {}", dir.display()))?;
        }
    }
    Ok(Outcome::Ok)
}
