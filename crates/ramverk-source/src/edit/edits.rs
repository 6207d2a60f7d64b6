//! The edits of one run, collected as (range, replacement) and applied once, in order.

use std::ops::Range;

use super::error::EditError;
use super::lines::locate;

/// One replacement of a byte range (an insertion when the range is empty).
#[derive(Debug)]
struct Edit {
    range: Range<usize>,
    text: String,
}

/// Edits to one text. Edits at the same offset keep the order they were added in.
#[derive(Debug, Default)]
pub(super) struct Edits {
    list: Vec<Edit>,
}

impl Edits {
    /// Replaces `range` with `text`.
    pub fn replace(&mut self, range: Range<usize>, text: String) {
        self.list.push(Edit { range, text });
    }

    /// Inserts `text` at `at`.
    pub fn insert(&mut self, at: usize, text: String) {
        self.replace(at..at, text);
    }

    /// The text of `range` with the edits applied; every edit must lie inside it, none may
    /// overlap another.
    pub fn apply(mut self, text: &str, range: Range<usize>) -> Result<String, EditError> {
        self.list
            .sort_by_key(|edit| (edit.range.start, edit.range.end));
        let mut out = String::with_capacity(
            range.len() + self.list.iter().map(|e| e.text.len()).sum::<usize>(),
        );
        let mut cursor = range.start;
        for edit in &self.list {
            let kept = (edit.range.start >= cursor && edit.range.end <= range.end)
                .then(|| text.get(cursor..edit.range.start))
                .flatten();
            let Some(kept) = kept.filter(|_| edit.range.start <= edit.range.end) else {
                let at = locate(text, edit.range.start.min(text.len()));
                return Err(EditError::Bug {
                    detail: format!(
                        "two edits overlap at line {}, column {}",
                        at.line, at.column
                    ),
                });
            };
            out.push_str(kept);
            out.push_str(&edit.text);
            cursor = edit.range.end;
        }
        let rest = text.get(cursor..range.end).ok_or_else(|| EditError::Bug {
            detail: "an edit ends inside a character".into(),
        })?;
        out.push_str(rest);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::Edits;

    #[test]
    fn applies_in_order_and_refuses_overlaps() {
        let mut edits = Edits::default();
        edits.replace(4..5, "X".into());
        edits.insert(2, "a".into());
        edits.insert(2, "b".into());
        edits.replace(2..3, String::new());
        assert_eq!(edits.apply("012345", 0..6).expect("applies"), "01ab3X5");
        let mut edits = Edits::default();
        edits.replace(1..4, String::new());
        edits.replace(2..5, String::new());
        assert!(edits.apply("012345", 0..6).is_err());
    }
}
