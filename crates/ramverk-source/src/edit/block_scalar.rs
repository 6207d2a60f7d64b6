//! Writing a string as a block scalar — folded (`>`) or literal (`|`) — when that reads back as
//! exactly the string.

use crate::node::Value;
use crate::yaml_scalar::{is_break_like, is_printable};

/// A block scalar: its header (`>-`, `|`…) and its content lines, without indentation.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Block {
    /// `>`, `>-`, `|` or `|-`.
    pub header: &'static str,
    /// The content lines; an empty string is an empty line.
    pub lines: Vec<String>,
}

impl Block {
    /// The content lines indented by `indent` spaces, joined by `nl`.
    pub fn content(&self, indent: usize, nl: &str) -> String {
        let pad = " ".repeat(indent);
        let mut out = String::new();
        for (index, line) in self.lines.iter().enumerate() {
            if index > 0 {
                out.push_str(nl);
            }
            if !line.is_empty() {
                out.push_str(&pad);
                out.push_str(line);
            }
        }
        out
    }

    /// The header, a line break, and the content.
    pub fn whole(&self, indent: usize, nl: &str) -> String {
        format!("{}{nl}{}", self.header, self.content(indent, nl))
    }
}

/// `text` as a block scalar at `indent`, in the preferred style (folded or literal) when that
/// reads back exactly, else in the other, else `None`. Folded lines are wrapped to `width`
/// columns (indentation included).
pub(super) fn block(text: &str, folded_first: bool, indent: usize, width: usize) -> Option<Block> {
    let (first, second) = if folded_first {
        (folded(text, indent, width), literal(text))
    } else {
        (literal(text), folded(text, indent, width))
    };
    [first, second]
        .into_iter()
        .flatten()
        .find(|block| reads_back(block, text))
}

/// `text` folded when that reads back exactly.
pub(super) fn folded_exact(text: &str, indent: usize, width: usize) -> Option<Block> {
    folded(text, indent, width).filter(|block| reads_back(block, text))
}

/// `text` folded: paragraphs wrapped at single spaces, a blank line for each line break.
fn folded(text: &str, indent: usize, width: usize) -> Option<Block> {
    let (body, header) = chomped(text, ">", ">-")?;
    if body
        .chars()
        .any(|c| c != '\n' && (!is_printable(c) || is_break_like(c)))
    {
        return None;
    }
    let mut lines = Vec::new();
    let mut paragraphs = body.split('\n').peekable();
    while let Some(paragraph) = paragraphs.next() {
        if paragraph.is_empty() || paragraph.starts_with(' ') || paragraph.ends_with(' ') {
            return None;
        }
        wrap(paragraph, indent, width, &mut lines);
        if paragraphs.peek().is_some() {
            lines.push(String::new());
        }
    }
    Some(Block { header, lines })
}

/// `text` literally, one line for each line.
fn literal(text: &str) -> Option<Block> {
    let (body, header) = chomped(text, "|", "|-")?;
    let allowed = |c: char| (is_printable(c) && !is_break_like(c)) || c == '\t';
    if body.starts_with([' ', '\t']) || !body.chars().all(|c| c == '\n' || allowed(c)) {
        return None;
    }
    let mut lines = Vec::new();
    for line in body.split('\n') {
        let blank = !line.is_empty() && line.trim_matches([' ', '\t']).is_empty();
        if blank || line.starts_with('\t') {
            return None;
        }
        lines.push(line.to_owned());
    }
    Some(Block { header, lines })
}

/// The text without its final line break and the header that adds it back (`clip`) or not
/// (`strip`); `None` for an empty text, one that starts with a line break or ends with more than
/// one.
fn chomped<'a>(
    text: &'a str,
    clip: &'static str,
    strip: &'static str,
) -> Option<(&'a str, &'static str)> {
    let (body, header) = match text.strip_suffix('\n') {
        Some(body) => (body, clip),
        None => (text, strip),
    };
    (!body.is_empty() && !body.starts_with('\n') && !body.ends_with('\n')).then_some((body, header))
}

/// Breaks one paragraph into lines of at most `width` columns (indentation included) at single
/// spaces between two other characters; a longer word stays whole on its own line.
fn wrap(paragraph: &str, indent: usize, width: usize, lines: &mut Vec<String>) {
    let room = width.saturating_sub(indent).max(1);
    let mut line = String::new();
    let mut line_chars = 0;
    for word in words(paragraph) {
        let chars = word.chars().count();
        if !line.is_empty() && line_chars + 1 + chars > room {
            lines.push(std::mem::take(&mut line));
            line_chars = 0;
        }
        if !line.is_empty() {
            line.push(' ');
            line_chars += 1;
        }
        line.push_str(word);
        line_chars += chars;
    }
    lines.push(line);
}

/// The paragraph cut at every single space that has another character on either side.
fn words(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut previous: Option<char> = None;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        let breakable = c == ' '
            && previous.is_some_and(|p| p != ' ' && p != '\t')
            && next.is_some_and(|n| n != ' ' && n != '\t');
        if breakable {
            out.push(&paragraph[start..offset]);
            start = offset + 1;
        }
        previous = Some(c);
    }
    out.push(&paragraph[start..]);
    out
}

/// Whether the block reads back as `text` (checked by reading a one-key document).
fn reads_back(block: &Block, text: &str) -> bool {
    let document = format!("k: {}\n", block.whole(2, "\n"));
    match crate::parse(&document).map(|node| node.value) {
        Ok(Value::Map(entries)) => {
            entries.len() == 1 && matches!(&entries[0].node.value, Value::Str(read) if read == text)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_single_spaces_within_the_width() {
        let text = "alpha beta gamma delta epsilon zeta eta theta";
        let block = folded(text, 4, 24).expect("folds");
        assert_eq!(block.header, ">-");
        assert!(
            block
                .lines
                .iter()
                .all(|line| line.chars().count() + 4 <= 24)
        );
        assert_eq!(block.lines.join(" "), text);
        assert!(reads_back(&block, text));
    }

    #[test]
    fn paragraphs_and_final_line_break() {
        let text = "one two\nthree\n";
        let block = folded(text, 2, 80).expect("folds");
        assert_eq!(block.header, ">");
        assert_eq!(block.lines, ["one two", "", "three"]);
        assert!(reads_back(&block, text));
    }

    #[test]
    fn refuses_what_folding_cannot_carry() {
        assert_eq!(folded(" lead", 2, 80), None);
        assert_eq!(folded("trail ", 2, 80), None);
        assert_eq!(folded("two\n\n", 2, 80), None);
        assert_eq!(folded("", 2, 80), None);
        assert_eq!(literal("  indented"), None);
        assert!(block("a  b\n c", true, 2, 80).is_some_and(|b| b.header == "|-"));
    }

    #[test]
    fn long_words_stay_whole() {
        let text = format!("{} b c", "x".repeat(50));
        let block = folded(&text, 2, 20).expect("folds");
        assert_eq!(block.lines[0], "x".repeat(50));
        assert!(reads_back(&block, &text));
    }
}
