//! The sandbox's limits, each with a default that a user may override.

use std::time::Duration;

/// What one plugin call may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deterministic CPU budget: WebAssembly instructions, roughly.
    pub fuel: u64,
    /// Wall-clock backstop for everything fuel does not count.
    pub time: Duration,
    /// Linear memory the plugin may grow to, in bytes.
    pub memory: usize,
    /// Bytes the plugin may return (files, texts, results).
    pub output: usize,
    /// Files and folders an export plugin may return, counted together: every name written is a
    /// file, and every folder its names pass through one more.
    pub files: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 20_000_000_000,
            time: Duration::from_secs(30),
            memory: 512 << 20,
            output: 64 << 20,
            files: 10_000,
        }
    }
}

impl Limits {
    /// Applies `NAME=VALUE` overrides (`fuel`, `time` in seconds, `memory` and `output` in
    /// bytes with an optional K/M/G suffix, `files` a count).
    pub fn with_override(mut self, text: &str) -> Result<Limits, String> {
        let (name, value) = text.split_once('=').ok_or_else(|| {
            format!("`{text}` is not NAME=VALUE; names: fuel, time, memory, output, files")
        })?;
        let value = value.trim();
        let bad = |what: &str| format!("`{value}` is not {what} for the limit `{name}`");
        match name.trim() {
            "fuel" => self.fuel = parse_size(value).ok_or_else(|| bad("a number"))?,
            "time" => {
                let seconds: f64 = value
                    .trim_end_matches('s')
                    .parse()
                    .map_err(|_| bad("a number of seconds"))?;
                if !(seconds > 0.0 && seconds < 1e6) {
                    return Err(bad("a positive number of seconds"));
                }
                self.time = Duration::from_secs_f64(seconds);
            }
            "memory" => {
                self.memory = parse_size(value).ok_or_else(|| bad("a size like 256M"))? as usize
            }
            "output" => {
                self.output = parse_size(value).ok_or_else(|| bad("a size like 64M"))? as usize
            }
            "files" => {
                self.files = value
                    .replace('_', "")
                    .parse()
                    .map_err(|_| bad("a number of files"))?
            }
            other => {
                return Err(format!(
                    "unknown limit `{other}`; the limits are fuel, time, memory, output and files"
                ));
            }
        }
        Ok(self)
    }
}

/// `1234`, `64K`, `256M`, `2G` (binary multiples), `10_000`.
fn parse_size(text: &str) -> Option<u64> {
    let text = text.replace('_', "");
    let (digits, shift) = match text.chars().last()?.to_ascii_uppercase() {
        'K' => (&text[..text.len() - 1], 10),
        'M' => (&text[..text.len() - 1], 20),
        'G' => (&text[..text.len() - 1], 30),
        _ => (text.as_str(), 0),
    };
    digits.parse::<u64>().ok()?.checked_mul(1 << shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_parse_and_bad_ones_explain() {
        let limits = Limits::default()
            .with_override("memory=16M")
            .unwrap()
            .with_override("time=0.5")
            .unwrap()
            .with_override("files=20_000")
            .unwrap();
        assert_eq!(limits.memory, 16 << 20);
        assert_eq!(limits.files, 20_000);
        assert!(
            Limits::default()
                .with_override("files=many")
                .unwrap_err()
                .contains("not a number of files")
        );
        assert_eq!(limits.time, Duration::from_millis(500));
        assert!(
            Limits::default()
                .with_override("speed=3")
                .unwrap_err()
                .contains("unknown limit")
        );
        assert!(
            Limits::default()
                .with_override("fuel=lots")
                .unwrap_err()
                .contains("not a number")
        );
    }
}
