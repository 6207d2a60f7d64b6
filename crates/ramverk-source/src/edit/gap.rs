//! What stands between a key (or the previous item) and its value: `:`, `-`, comments, a block
//! scalar's header (`>-`, `|`), anchors and tags.

use std::ops::Range;

/// The indicators found in a gap.
#[derive(Debug, Default)]
pub(super) struct Gap {
    /// The first `:`.
    pub colon: Option<usize>,
    /// The last `-` of a sequence item.
    pub dash: Option<usize>,
    /// A block scalar's header, `|` or `>` with its chomping and indentation indicators.
    pub header: Option<Range<usize>>,
}

/// Reads the gap `from..to` of `text`.
pub(super) fn scan(text: &str, from: usize, to: usize) -> Gap {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    let mut gap = Gap::default();
    let mut at = from;
    while at < to {
        match bytes[at] {
            b'#' | b'%' => at = skip_to_line_end(bytes, at, to),
            b':' => {
                gap.colon.get_or_insert(at);
                at += 1;
            }
            b'-' if bytes.get(at + 1..at + 3) == Some(b"--".as_slice())
                && (at == 0 || bytes[at - 1] == b'\n') =>
            {
                at += 3;
            }
            b'-' => {
                gap.dash = Some(at);
                at += 1;
            }
            b'|' | b'>' => {
                let start = at;
                at += 1;
                while at < to && matches!(bytes[at], b'0'..=b'9' | b'+' | b'-') {
                    at += 1;
                }
                gap.header = Some(start..at);
            }
            b'&' | b'!' | b'*' => {
                while at < to && !bytes[at].is_ascii_whitespace() {
                    at += 1;
                }
            }
            _ => at += 1,
        }
    }
    gap
}

fn skip_to_line_end(bytes: &[u8], at: usize, to: usize) -> usize {
    bytes[at..to]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(to, |offset| at + offset)
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[test]
    fn finds_the_indicators() {
        let text = "key: >- # note\n  text";
        let gap = scan(text, 3, 17);
        assert_eq!(gap.colon, Some(3));
        assert_eq!(gap.header, Some(5..7));
        assert_eq!(gap.dash, None);
        let text = "list:\n  - - # a-b\n    x";
        let gap = scan(text, 4, 22);
        assert_eq!(gap.dash, Some(10));
    }
}
