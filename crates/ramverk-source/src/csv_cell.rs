//! Cells of the CSV files ramverk writes: neutralised against formula injection (OWASP "CSV
//! injection") and quoted as RFC 4180 asks — every CSV writer of ramverk goes through here.

use std::borrow::Cow;

/// What a cell may start with for a spreadsheet to take it as a formula (or, for tab and carriage
/// return, to drop the character and look at what follows).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `text` safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a leading `'`, so that Excel, LibreOffice and Google Sheets show it as
/// text instead of running it. A plain number (`-1`, `+0.25`) is left as it is: as a formula it
/// is only itself, and a spreadsheet must be able to add it up.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) && !plain_number(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A cell as it was before [`neutralise`]: the `'` before a formula character removed.
pub fn restore(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) && !plain_number(rest) => rest,
        _ => text,
    }
}

/// One CSV field: `text` neutralised, then quoted when it holds `separator`, a quote or a line
/// break.
pub fn csv_field(text: &str, separator: char) -> String {
    let text = neutralise(text);
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.into_owned()
    }
}

/// A decimal number with an optional sign: digits, optionally a point and more digits.
fn plain_number(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        for (text, written) in [
            (
                "=HYPERLINK(\"http://x\",\"klicka\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"klicka\"\")\"",
            ),
            ("+46 8 123", "'+46 8 123"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "\"'\r=1\""),
            ("-1", "-1"),
            ("+0.25", "+0.25"),
            ("-", "'-"),
            ("-.5", "'-.5"),
            ("Bibliotek, Kista", "\"Bibliotek, Kista\""),
            ("Säkerhet", "Säkerhet"),
            ("a=b", "a=b"),
        ] {
            assert_eq!(csv_field(text, ','), written, "{text:?}");
            assert_eq!(restore(&neutralise(text)), text, "{text:?}");
        }
        assert_eq!(csv_field("a;b", ';'), "\"a;b\"");
        assert_eq!(restore("'tis"), "'tis");
    }
}
