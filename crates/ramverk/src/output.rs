//! Exit statuses and colour choice shared by every command.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

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

/// Whether to colour, decided once from the flag, NO_COLOR and the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColorMode(bool);

impl ColorMode {
    /// Decides from `--color` and the environment (NO_COLOR wins; `auto` needs a terminal).
    pub fn from_flag(flag: ColorFlag) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        ColorMode(match flag {
            _ if no_color => false,
            ColorFlag::Always => true,
            ColorFlag::Never => false,
            ColorFlag::Auto => std::io::stdout().is_terminal(),
        })
    }

    /// No colours, for text that is embedded elsewhere.
    pub fn plain() -> Self {
        ColorMode(false)
    }

    /// Whether colours are on.
    pub fn enabled(self) -> bool {
        self.0
    }

    /// Wraps text in an ANSI style when colouring.
    pub fn paint(self, style: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{style}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// Writes a command's output to stdout; a closed pipe (`ramverk … | head`) is not an error.
pub fn print(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
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
