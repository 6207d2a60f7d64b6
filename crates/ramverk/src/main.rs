//! The `ramverk` command: parses arguments, calls the capability crates, renders the result through ramverk-render.

mod cli;
mod commands;
mod output;

use std::process::ExitCode;

use clap::Parser;

/// Loading a large framework makes millions of small allocations; mimalloc does them faster
/// than the system allocator (measured in docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = output::color_mode(cli.color);
    let result = match cli.command {
        Command::Validate(args) => commands::validate::run(&args, color),
        Command::Show(args) => commands::show::run(&args, color),
        Command::Stats(args) => commands::stats::run(&args),
        Command::Diff(args) => commands::diff::run(&args, color),
        Command::Import(args) => commands::import::run(&args, color),
        Command::Version(command) => commands::version::run(&command, color),
        Command::Changelog(args) => commands::version::changelog(&args),
        Command::Approve(args) => commands::approve::approve(&args),
        Command::Verify(args) => commands::approve::verify(&args, color),
        Command::Export(args) => commands::export::run(&args),
        Command::Fork(args) => commands::fork::run(&args),
        Command::Upstream(command) => commands::upstream::run(&command, color),
        Command::Templates(command) => commands::templates::run(&command),
        Command::Score(args) => commands::score::run(&args),
        Command::Plugin(command) => commands::plugin::run(&command),
        Command::Ratings(command) => commands::ratings::run(&command),
        Command::I18n(command) => commands::i18n::run(&command, color),
        Command::Schema => commands::schema::run(),
        Command::Completions(args) => commands::generate::completions(&args),
        Command::Man(args) => commands::generate::man(&args),
    };
    match result {
        Ok(code) => code.into(),
        Err(error) => {
            output::print_error(&format_args!("{error:#}"));
            output::Outcome::CouldNotRun.into()
        }
    }
}
