//! Plain-text helpers: word wrapping with a hanging indent, escaping text for HTML and Markdown,
//! and showing data's control characters visibly instead of letting a terminal act on them.

use std::borrow::Cow;

/// Width to wrap at: `$COLUMNS` when set and sensible, else 100.
pub fn width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|w| (40..=400).contains(w))
        .unwrap_or(100)
}

/// Wraps `text` to `width` columns, every line prefixed with `indent`; its control characters
/// are shown ([`visible`]).
pub fn wrap(text: &str, indent: &str, width: usize) -> String {
    let text = visible(text);
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

/// Whether a terminal would act on `c` rather than show it: control characters (C0, DEL, C1;
/// ESC and NUL among them) and the bidirectional embeddings, overrides and isolates, which reorder
/// what follows them.
fn is_unshowable(c: char) -> bool {
    c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `text` as a terminal may show it: line feeds kept, a tab as four spaces, and every other
/// control character (ESC, NUL, CR, DEL, C1) and bidirectional control written as `\u{1b}`.
/// Every text from data goes through it on its way to a person's terminal (JSON escapes itself).
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unshowable(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

fn push_visible(out: &mut String, c: char) {
    match c {
        '\n' => out.push('\n'),
        '\t' => out.push_str("    "),
        c if is_unshowable(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        c => out.push(c),
    }
}

/// A whole output for a terminal made [`visible`]: the last guard before a terminal. With colours
/// on, colour sequences (`ESC [ digits ; … m`, as [`ColorMode::paint`](crate::ColorMode::paint)
/// writes them) are kept and every other control character is still shown; the renderers pass
/// data through [`visible`] themselves, so that what is kept is ramverk's.
pub fn visible_output(text: &str, color: crate::ColorMode) -> Cow<'_, str> {
    if !color.enabled() {
        return visible(text);
    }
    if !text.chars().any(|c| c != '\n' && is_unshowable(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let length = if c == '\u{1b}' {
            colour_sequence(rest)
        } else {
            0
        };
        if length > 0 {
            out.push_str(&rest[..length]);
            rest = &rest[length..];
        } else {
            push_visible(&mut out, c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Cow::Owned(out)
}

/// The length of the SGR colour sequence `ESC [ 0-9; … m` that `text` starts with, or 0.
fn colour_sequence(text: &str) -> usize {
    let Some(parameters) = text.strip_prefix("\u{1b}[") else {
        return 0;
    };
    let digits = parameters
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    if parameters.as_bytes().get(digits) == Some(&b'm') && digits <= 16 {
        2 + digits + 1
    } else {
        0
    }
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

/// At most `limit` characters, with an ellipsis when cut.
pub fn shortened(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    text.chars()
        .take(limit - 1)
        .collect::<String>()
        .trim_end()
        .to_string()
        + "…"
}

#[cfg(test)]
mod tests {
    use super::{escape_markdown, visible, visible_output, wrap};
    use crate::ColorMode;

    #[test]
    fn long_texts_are_shortened() {
        assert_eq!(super::shortened("abcdef", 4), "abc…");
    }

    #[test]
    fn control_characters_from_data_are_shown_not_acted_on() {
        let data = "a\u{1b}[31mred\0\ttab\r\u{7f}\u{9b}\u{202e}evil\u{2066}\nnext";
        let shown = visible(data);
        assert_eq!(
            shown,
            "a\\u{1b}[31mred\\u{0}    tab\\u{d}\\u{7f}\\u{9b}\\u{202e}evil\\u{2066}\nnext"
        );
        assert!(matches!(
            visible("plain, å ä ö\n"),
            std::borrow::Cow::Borrowed(_)
        ));
        // With colours on, colour sequences pass (the renderers show data's own visibly);
        // nothing else does.
        let painted = ColorMode::new(true).paint("1;31", "error");
        let output = format!("{painted} \u{1b}]0;title\u{7}\u{1b}[2J\0");
        let shown = visible_output(&output, ColorMode::new(true));
        assert_eq!(
            shown,
            "\u{1b}[1;31merror\u{1b}[0m \\u{1b}]0;title\\u{7}\\u{1b}[2J\\u{0}"
        );
        assert!(!visible_output(&output, ColorMode::plain()).contains('\u{1b}'));
    }

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
