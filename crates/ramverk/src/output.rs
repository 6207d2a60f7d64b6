//! Exit statuses and colour choice shared by every command.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

pub use ramverk_render::ColorMode;

use crate::cli::ColorFlag;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything fine.
    Ok,
    /// The command ran and found problems.
    Findings,
    /// The command could not do its job.
    CouldNotRun,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Ok => ExitCode::SUCCESS,
            Outcome::Findings => ExitCode::from(1),
            Outcome::CouldNotRun => ExitCode::from(2),
        }
    }
}

/// Decides colouring from `--color` and the environment (NO_COLOR wins; `auto` needs a terminal).
pub fn color_mode(flag: ColorFlag) -> ColorMode {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    ColorMode::new(match flag {
        _ if no_color => false,
        ColorFlag::Always => true,
        ColorFlag::Never => false,
        ColorFlag::Auto => std::io::stdout().is_terminal(),
    })
}

/// Writes a command's output to stdout; a closed pipe (`ramverk … | head`) is not an error.
pub fn print(text: &str) -> std::io::Result<()> {
    print_bytes(text.as_bytes())
}

/// Writes bytes (a workbook, a text with a byte order mark) to stdout, as [`print`] does.
pub fn print_bytes(bytes: &[u8]) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes output for people to stdout, with data's control characters shown rather than acted on
/// by the terminal ([`ramverk_render::text::visible_output`]); colour sequences only when `color`.
pub fn print_human(text: &str, color: ColorMode) -> std::io::Result<()> {
    print(&ramverk_render::text::visible_output(text, color))
}

/// Writes a command's output in `format`: for people through [`print_human`] (uncoloured), JSON
/// as it is.
pub fn print_as(format: crate::cli::Format, text: &str) -> std::io::Result<()> {
    match format {
        crate::cli::Format::Human => print_human(text, ColorMode::plain()),
        crate::cli::Format::Json => print(text),
    }
}

/// A note for people on stderr (what was written, what falls back), its control characters shown.
pub fn print_note(text: &str) {
    eprintln!("{}", ramverk_render::text::visible(text));
}

/// An error for people on stderr, its control characters shown.
pub fn print_error(error: &dyn std::fmt::Display) {
    let text = format!("error: {error}");
    eprintln!("{}", ramverk_render::text::visible(&text));
}

/// A progress bar on stderr, drawn only when stderr is a terminal (indicatif hides it otherwise).
pub fn progress(message: &str, length: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(length),
        indicatif::ProgressDrawTarget::stderr(),
    );
    let style =
        indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} ({eta})")
            .map(|style| style.progress_chars("=> "))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar.set_message(message.to_string());
    bar
}

/// Prints a report about several frameworks — the human text, or `{"frameworks": [...]}` — and
/// ends with findings when any of them failed.
pub fn per_framework(
    format: crate::cli::Format,
    human: &str,
    color: ColorMode,
    reports: Vec<serde_json::Value>,
    failed: bool,
) -> anyhow::Result<Outcome> {
    match format {
        crate::cli::Format::Human => print_human(human, color)?,
        crate::cli::Format::Json => print(
            &(serde_json::to_string_pretty(&serde_json::json!({ "frameworks": reports }))? + "\n"),
        )?,
    }
    Ok(if failed {
        Outcome::Findings
    } else {
        Outcome::Ok
    })
}
