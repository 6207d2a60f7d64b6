//! Plain-text helpers: word wrapping with a hanging indent, escaping text for HTML.

/// Width to wrap at: `$COLUMNS` when set and sensible, else 100.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|w| (40..=400).contains(w))
        .unwrap_or(100)
}

/// Wraps `text` to `width` columns, every line prefixed with `indent`.
pub fn wrap(text: &str, indent: &str, width: usize) -> String {
    let room = width.saturating_sub(indent.chars().count()).max(20);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = line.chars().count() + word.chars().count() + usize::from(!line.is_empty());
        if needed > room && !line.is_empty() {
            lines.push(format!("{indent}{line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(format!("{indent}{line}"));
    }
    lines.join("\n")
}

/// `text` safe inside HTML elements and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_with_indent() {
        assert_eq!(wrap("aa bb cc dd", "  ", 27), "  aa bb cc dd");
        let long = "word ".repeat(10);
        let wrapped = wrap(&long, "> ", 22);
        assert!(
            wrapped
                .lines()
                .all(|line| line.starts_with("> ") && line.chars().count() <= 22)
        );
        assert_eq!(
            wrapped.split_whitespace().filter(|w| *w == "word").count(),
            10
        );
    }
}
