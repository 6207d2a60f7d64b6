//! Lines of the text: where a line starts and ends, columns, and the comment lines above a line.

use crate::Position;

/// The offset where the line holding `at` starts.
pub(super) fn line_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1)
}

/// The offset of the line break (`\n`, or the `\r` of `\r\n`) ending the line that holds `at`,
/// or the end of the text.
pub(super) fn line_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    match bytes[at..].iter().position(|&b| b == b'\n') {
        Some(offset) => {
            let newline = at + offset;
            if newline > at && bytes[newline - 1] == b'\r' {
                newline - 1
            } else {
                newline
            }
        }
        None => bytes.len(),
    }
}

/// The offset just after the line break ending the line that holds `at` (the next line's start),
/// or the end of the text.
pub(super) fn line_after(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |offset| at + offset + 1)
}

/// Whether only spaces (or a byte order mark) stand before `at` on its line.
pub(super) fn starts_line(text: &str, at: usize) -> bool {
    let start = line_start(text, at);
    text.get(start..at)
        .is_some_and(|before| before.chars().all(|c| c == ' ' || c == '\u{feff}'))
}

/// The 0-based column of `at`, in characters (a byte order mark takes none).
pub(super) fn column(text: &str, at: usize) -> usize {
    let start = line_start(text, at);
    text.get(start..at)
        .map_or(at.saturating_sub(start), |before| {
            before.chars().filter(|&c| c != '\u{feff}').count()
        })
}

/// Where the block of `line` starts when the comment lines directly above it (no blank line
/// between) go with it; never before `floor` (a line start).
pub(super) fn with_comments_above(text: &str, line: usize, floor: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = line;
    while start > floor {
        let previous = line_start(text, start - 1);
        if previous < floor {
            break;
        }
        let is_comment = bytes[previous..start]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|&b| b == b'#');
        if !is_comment {
            break;
        }
        start = previous;
    }
    start
}

/// The position of byte `at`: 1-based line and column, and the character's byte range.
pub(super) fn locate(text: &str, at: usize) -> Position {
    let at = at.min(text.len());
    let line = text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1;
    let width = text
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(0, char::len_utf8);
    Position {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column(text, at) + 1).unwrap_or(u32::MAX),
        start: at,
        end: at + width,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let text = "a: 1\r\n  b: 2\n# c\n# d\ne: 3";
        assert_eq!(line_start(text, 9), 6);
        assert_eq!(line_end(text, 0), 4);
        assert_eq!(line_after(text, 0), 6);
        assert_eq!(line_end(text, 22), text.len());
        assert!(starts_line(text, 8));
        assert!(!starts_line(text, 11));
        assert_eq!(column(text, 8), 2);
        assert_eq!(with_comments_above(text, 21, 0), 13);
        assert_eq!(with_comments_above(text, 21, 17), 17);
        assert_eq!(locate(text, 8).line, 2);
        assert_eq!(locate(text, 8).column, 3);
    }
}
