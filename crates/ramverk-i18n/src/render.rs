//! Writing a translation file back: changed entries are replaced where they stand, new ones
//! go after their neighbour in framework order, and comments and layout elsewhere stay as written.

use std::collections::HashMap;

use crate::translation::{Entry, Translation};
use ramverk_source::yaml_scalar::scalar;

impl Translation {
    /// The file's new text. `order` gives each message key's place in the framework;
    /// `about` is the framework's id, for the header comment of a new file.
    pub fn render(&self, order: &HashMap<&str, usize>, about: &str) -> String {
        if self.original.is_empty() || self.entries_block.rewrite {
            return self.render_whole(order, about);
        }
        let text = &self.original;
        let existing = self.spans.len();
        // New entries, each placed after the existing entry that precedes it in the framework.
        let mut ranked: Vec<(usize, usize)> = self.entries[..existing]
            .iter()
            .zip(&self.spans)
            .map(|(entry, span)| (place(order, &entry.key), span.end))
            .collect();
        ranked.sort_unstable();
        let mut inserts: Vec<(usize, &Entry)> = self.entries[existing..]
            .iter()
            .map(|entry| {
                (
                    self.insertion_point(&ranked, place(order, &entry.key)),
                    entry,
                )
            })
            .collect();
        inserts.sort_by_key(|(at, entry)| (*at, place(order, &entry.key)));
        let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        for &index in self.dirty.iter().filter(|&&index| index < existing) {
            let span = self.spans[index].clone();
            let kept = comment_lines(&text[span.clone()]);
            edits.push((span, kept + &self.entry_block(&self.entries[index])));
        }
        if !inserts.is_empty()
            && let Some(range) = self.entries_block.empty_value.clone()
        {
            edits.push((range, String::new()));
        }
        let mut at_point: Vec<(usize, String)> = Vec::new();
        for (at, entry) in inserts {
            let block = self.entry_block(entry);
            match at_point.last_mut() {
                Some((last, blocks)) if *last == at => blocks.push_str(&block),
                _ => at_point.push((at, block)),
            }
        }
        for (at, block) in at_point {
            let lead = if at > 0 && !text[..at].ends_with('\n') {
                "\n"
            } else {
                ""
            };
            let header = if self.entries_block.header_missing {
                "entries:\n"
            } else {
                ""
            };
            edits.push((at..at, format!("{lead}{header}{block}")));
        }
        edits.sort_by_key(|(range, _)| (range.start, range.end));
        let mut out = String::with_capacity(text.len() + 256);
        let mut cursor = 0;
        for (range, replacement) in edits {
            out.push_str(&text[cursor..range.start]);
            out.push_str(&replacement);
            cursor = range.end;
        }
        out.push_str(&text[cursor..]);
        out
    }

    /// Byte offset at which a new entry of framework place `rank` goes: after the existing entry
    /// that comes last before it (`ranked`: existing entries' places and span ends, sorted).
    fn insertion_point(&self, ranked: &[(usize, usize)], rank: usize) -> usize {
        match ranked.partition_point(|(place, _)| *place < rank) {
            0 => self.entries_block.after_header,
            before => ranked[before - 1].1,
        }
    }

    fn render_whole(&self, order: &HashMap<&str, usize>, about: &str) -> String {
        let mut out = format!(
            "# {about}: translation into `{}`, kept by `ramverk i18n merge` (see docs/translation.md).\n\
             # Each entry is keyed by where its source text sits; `source` and `fingerprint` record\n\
             # the text it was translated from, so a changed source makes it stale.\n\
             language: {}\nentries:\n",
            self.language,
            scalar(&self.language)
        );
        let mut entries: Vec<&Entry> = self.entries.iter().collect();
        entries.sort_by_key(|entry| place(order, &entry.key));
        for entry in entries {
            out.push_str(&self.entry_block(entry));
        }
        out
    }

    /// One entry as YAML lines, indented like the file's other entries.
    fn entry_block(&self, entry: &Entry) -> String {
        let indent = " ".repeat(self.entries_block.indent);
        let field = " ".repeat(self.entries_block.field_indent);
        let mut out = format!("{indent}{}:\n", scalar(&entry.key));
        out.push_str(&format!("{field}text: {}\n", scalar(&entry.text)));
        out.push_str(&format!("{field}state: {}\n", entry.state.name()));
        if let Some(source) = &entry.source {
            out.push_str(&format!("{field}source: {}\n", scalar(source)));
        }
        // Quoted when YAML would read it as a number (`"0123456789012345"`).
        out.push_str(&format!(
            "{field}fingerprint: {}\n",
            scalar(&entry.fingerprint)
        ));
        out
    }
}

/// A key's place in the framework; keys the framework no longer has go last.
fn place(order: &HashMap<&str, usize>, key: &str) -> usize {
    order.get(key).copied().unwrap_or(usize::MAX)
}

/// The full-line comments inside an entry's old text, kept above its new text.
fn comment_lines(block: &str) -> String {
    block
        .lines()
        .filter(|line| line.trim_start().starts_with('#'))
        .map(|line| format!("{line}\n"))
        .collect()
}
