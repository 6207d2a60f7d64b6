//! Writing one string as a YAML scalar that reads back as exactly that string.

/// `text` as a plain scalar when that is unambiguous, else double-quoted with escapes.
pub fn scalar(text: &str) -> String {
    if is_plain_safe(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if !is_printable(c) && (c as u32) < 0x100 => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c)
                || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}') =>
            {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters YAML allows unescaped (YAML 1.2, production c-printable).
fn is_printable(c: char) -> bool {
    matches!(c as u32, 0x20..=0x7e | 0x85 | 0xa0..=0xd7ff | 0xe000..=0xfffd | 0x10000..=0x10ffff)
}

/// Whether `text` can be written without quotes and read back as the same string.
fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if text.trim() != text
        || text.chars().any(|c| {
            !is_printable(c) || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
        })
    {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if text.contains(": ") || text.contains(" #") || text.ends_with(':') {
        return false;
    }
    !looks_like_other_type(text)
}

/// Plain scalars YAML would read as null, a boolean or a number.
fn looks_like_other_type(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "~" | "null"
            | "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "y"
            | "n"
            | ".nan"
            | ".inf"
            | "-.inf"
            | "+.inf"
    ) {
        return true;
    }
    text.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::scalar;

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(scalar("Söka och filtrera data"), "Söka och filtrera data");
        assert_eq!(scalar("competence:1.1:title"), "competence:1.1:title");
        assert_eq!(scalar("Nivå: 3"), "\"Nivå: 3\"");
        assert_eq!(scalar("yes"), "\"yes\"");
        assert_eq!(scalar("3"), "\"3\"");
        assert_eq!(scalar("a \"b\"\nc"), r#""a \"b\"\nc""#);
        assert_eq!(scalar(""), "\"\"");
        assert_eq!(scalar("- list"), "\"- list\"");
    }
}
