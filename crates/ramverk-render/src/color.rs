//! Whether output is coloured, and painting text when it is.

/// Whether to colour, decided once by the caller (the binary reads `--color`, `NO_COLOR` and
/// whether stdout is a terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColorMode(bool);

impl ColorMode {
    /// Colours on or off.
    pub fn new(enabled: bool) -> Self {
        ColorMode(enabled)
    }

    /// No colours, for text that is embedded elsewhere.
    pub fn plain() -> Self {
        ColorMode(false)
    }

    /// Whether colours are on.
    pub fn enabled(self) -> bool {
        self.0
    }

    /// Wraps text in an ANSI style when colouring; the text's own control characters are shown
    /// ([`visible`](crate::text::visible)), not passed to the terminal.
    pub fn paint(self, style: &str, text: &str) -> String {
        if self.0 {
            let text = crate::text::visible(text);
            format!("\x1b[{style}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}
