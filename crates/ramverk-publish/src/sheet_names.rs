//! Worksheet names Excel accepts: at most 31 UTF-16 units, none of `[]:*?/\`, no apostrophe at
//! either end, not `History`, and unique regardless of case.

/// Excel's longest sheet name, in UTF-16 code units.
pub const MAX_LENGTH: usize = 31;

/// Hands out sheet names, each valid and distinct from those given before.
#[derive(Debug, Default)]
pub struct SheetNames {
    taken: Vec<String>,
}

impl SheetNames {
    pub fn new() -> SheetNames {
        SheetNames::default()
    }

    /// A valid name as close to `wanted` as may be: forbidden and control characters become
    /// spaces, runs of spaces one, apostrophes at the ends go, the text is cut to 31 units, and a
    /// name already given (in any case) gets ` (2)`, ` (3)`, … within the limit.
    pub fn name(&mut self, wanted: &str) -> String {
        let base = clean(wanted);
        let mut candidate = base.clone();
        let mut number = 2;
        while self.is_taken(&candidate) {
            let suffix = format!(" ({number})");
            candidate = format!(
                "{}{suffix}",
                cut(&base, MAX_LENGTH - suffix.len()).trim_end()
            );
            number += 1;
        }
        self.taken.push(candidate.to_lowercase());
        candidate
    }

    fn is_taken(&self, name: &str) -> bool {
        let lower = name.to_lowercase();
        // Excel keeps `History` for the change history of a shared workbook.
        lower == "history" || self.taken.contains(&lower)
    }
}

fn clean(wanted: &str) -> String {
    let replaced: String = wanted
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let spaced = replaced.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut = cut(&spaced, MAX_LENGTH);
    let trimmed = cut.trim_matches(|c: char| c == '\'' || c.is_whitespace());
    if trimmed.is_empty() {
        "-".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// The longest prefix of `text` of at most `max` UTF-16 units.
fn cut(text: &str, max: usize) -> &str {
    let mut units = 0;
    for (index, c) in text.char_indices() {
        units += c.len_utf16();
        if units > max {
            return &text[..index];
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{MAX_LENGTH, SheetNames};

    #[test]
    fn names_are_cleaned_cut_and_made_unique() {
        let mut names = SheetNames::new();
        assert_eq!(names.name("1 Information"), "1 Information");
        assert_eq!(names.name("1 INFORMATION"), "1 INFORMATION (2)");
        assert_eq!(names.name("a/b\\c[d]e:f*g?h"), "a b c d e f g h");
        assert_eq!(names.name("'quoted'"), "quoted");
        assert_eq!(names.name("history"), "history (2)");
        assert_eq!(names.name("[]"), "-");
        assert_eq!(names.name("line\nbreak"), "line break");
        let long = "6 Digitalisering och verksamhetsutveckling med IT";
        let first = names.name(long);
        let second = names.name(long);
        assert_eq!(first, "6 Digitalisering och verksamhet");
        assert_eq!(second, "6 Digitalisering och verksa (2)");
        for name in [first, second, names.name(&"😀".repeat(40))] {
            assert!(name.encode_utf16().count() <= MAX_LENGTH, "{name}");
        }
    }
}
