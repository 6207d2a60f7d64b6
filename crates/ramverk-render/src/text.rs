//! Plain-text helpers: word wrapping with a hanging indent, escaping text for HTML and Markdown.

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

/// `text` (a name, a title, a file name from the user) as literal text in Markdown: on one line,
/// with every character that Markdown or a table would read as markup escaped — emphasis (`*`,
/// `_`, `~`), code (`` ` ``), links and images (`[`, `]`), HTML (`<`, `>`), table cells (`|`),
/// headings (`#`), and a leading `-` or `+` that would start a list. Every Markdown renderer of
/// ramverk puts data through here.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let special = matches!(
            c,
            '\\' | '*' | '_' | '~' | '`' | '|' | '[' | ']' | '<' | '>' | '#'
        ) || (i == 0 && matches!(c, '-' | '+'));
        if special {
            out.push('\\');
        }
        out.push(if matches!(c, '\n' | '\r') { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape_markdown, wrap};

    #[test]
    fn markdown_is_escaped_to_literal_text() {
        assert_eq!(
            escape_markdown("# Kultur | *Bibliotek* [x](javascript:y) <img> `c`_d_"),
            "\\# Kultur \\| \\*Bibliotek\\* \\[x\\](javascript:y) \\<img\\> \\`c\\`\\_d\\_"
        );
        assert_eq!(escape_markdown("- a\n# b"), "\\- a \\# b");
        assert_eq!(escape_markdown("Söka, navigera - 2"), "Söka, navigera - 2");
    }

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
