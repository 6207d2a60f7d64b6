//! `ramverk completions` and `ramverk man`: generated from the clap definitions.

use std::fs;
use std::path::Path;

use anyhow::Context as _;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::output::{self, Outcome};

/// Prints completions for a shell.
pub fn completions(args: &CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut command = Cli::command();
    let mut buffer = Vec::new();
    clap_complete::generate(args.shell, &mut command, "ramverk", &mut buffer);
    output::print(&String::from_utf8_lossy(&buffer))?;
    Ok(Outcome::Ok)
}

/// Prints the man page, or writes all pages into a directory.
pub fn man(args: &ManArgs) -> anyhow::Result<Outcome> {
    let command = Cli::command();
    match &args.out_dir {
        None => {
            let mut buffer = Vec::new();
            clap_mangen::Man::new(command).render(&mut buffer)?;
            output::print(&String::from_utf8_lossy(&buffer))?;
        }
        Some(dir) => {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
            write_pages(&command, dir, "ramverk")?;
        }
    }
    Ok(Outcome::Ok)
}

/// Writes the page of `command` and, recursively, of each subcommand (`ramverk-validate.1` ...).
fn write_pages(command: &clap::Command, dir: &Path, name: &str) -> anyhow::Result<()> {
    let mut buffer = Vec::new();
    clap_mangen::Man::new(command.clone())
        .title(name)
        .render(&mut buffer)?;
    let path = dir.join(format!("{name}.1"));
    ramverk_source::write_atomic(&path, &buffer)
        .with_context(|| format!("cannot write {}", path.display()))?;
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        write_pages(sub, dir, &format!("{name}-{}", sub.get_name()))?;
    }
    Ok(())
}
