//! Writing one string as a YAML scalar that reads back as exactly that string.

/// `text` as a plain scalar when that is unambiguous, else double-quoted with escapes.
pub fn scalar(text: &str) -> String {
    if is_plain_safe(text) {
        return text.to_owned();
    }
    double_quoted(text)
}

/// `text` as a mapping key in block style: like [`scalar`], but a whole number stays plain (`3:`
/// reads as the key "3") and `<<` (a merge key when plain) is quoted.
pub fn key(text: &str) -> String {
    key_with(text, scalar)
}

/// `text` inside a flow collection (`[a, b]`, `{k: v}`): plain when that is unambiguous there too
/// (no `,[]{}`), else double-quoted.
pub fn flow_scalar(text: &str) -> String {
    if is_plain_safe_in_flow(text) {
        return text.to_owned();
    }
    double_quoted(text)
}

/// `text` as a key inside a flow mapping.
pub fn flow_key(text: &str) -> String {
    key_with(text, flow_scalar)
}

/// A key: a whole number plain, `<<` quoted, anything else as `write` writes a value.
fn key_with(text: &str, write: fn(&str) -> String) -> String {
    if is_canonical_integer(text) {
        return text.to_owned();
    }
    if text == "<<" {
        return double_quoted(text);
    }
    write(text)
}

/// `text` double-quoted, with every character YAML would not keep as it is escaped.
pub fn double_quoted(text: &str) -> String {
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
            c if !is_printable(c) || is_break_like(c) => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` single-quoted (`'it''s'`), or `None` when it holds a line break or a character that
/// only double quotes can escape.
pub fn single_quoted(text: &str) -> Option<String> {
    if text.chars().any(|c| !is_printable(c) || is_break_like(c)) {
        return None;
    }
    Some(format!("'{}'", text.replace('\'', "''")))
}

/// Characters YAML allows unescaped (YAML 1.2, production c-printable, without the tab).
pub fn is_printable(c: char) -> bool {
    matches!(c as u32, 0x20..=0x7e | 0x85 | 0xa0..=0xd7ff | 0xe000..=0xfffd | 0x10000..=0x10ffff)
}

/// Characters some YAML readers take for a line break or a byte order mark.
pub fn is_break_like(c: char) -> bool {
    matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
}

/// Whether `text` can be written without quotes in block context and read back as the same
/// string.
pub fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if text.trim() != text || text.chars().any(|c| !is_printable(c) || is_break_like(c)) {
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

/// Whether `text` can be written without quotes inside a flow collection.
pub fn is_plain_safe_in_flow(text: &str) -> bool {
    is_plain_safe(text) && !text.contains([',', '[', ']', '{', '}'])
}

/// `0`, `7`, `42`: digits without a sign or leading zero, within `i64`; YAML reads them as the
/// number and ramverk's reader turns a number key back into the same text.
fn is_canonical_integer(text: &str) -> bool {
    !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'))
        && text.parse::<i64>().is_ok()
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
            | "nan"
            | "inf"
            | "infinity"
    ) {
        return true;
    }
    text.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::{key, scalar, single_quoted};

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
        assert_eq!(scalar("2024-09-02"), "\"2024-09-02\"");
        assert_eq!(scalar("~"), "\"~\"");
        assert_eq!(scalar("a\u{2028}b"), "\"a\\u2028b\"");
    }

    #[test]
    fn keys_keep_whole_numbers_plain() {
        assert_eq!(key("3"), "3");
        assert_eq!(key("03"), "\"03\"");
        assert_eq!(key("1.1"), "\"1.1\"");
        assert_eq!(key("<<"), "\"<<\"");
        assert_eq!(key("title"), "title");
    }

    #[test]
    fn single_quotes_double_the_quote_and_refuse_breaks() {
        assert_eq!(single_quoted("it's").as_deref(), Some("'it''s'"));
        assert_eq!(single_quoted("a\nb"), None);
        assert_eq!(single_quoted("a\tb"), None);
    }
}
