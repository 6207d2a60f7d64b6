//! Source texts as the snippet printer sees them: a line too long to print (a 12 MB scalar on
//! one line) is cut to a window around the place a finding points at, marked with `…`, while
//! line and column numbers stay those of the file.

use std::borrow::Cow;
use std::ops::Range;

use codespan_reporting::files::{Error, Files, SimpleFiles};
use ramverk_source::{Diagnostic, SourceMap};

/// Lines longer than this many bytes are cut to a window.
const LONG_LINE: usize = 400;
/// Characters kept before the first place a finding points at on a long line.
const BEFORE: usize = 60;
/// Characters a window holds in all.
const WIDTH: usize = 200;
/// The mark where a line is cut.
const CUT: &str = "…";

/// Where a long line was cut: byte offsets into the file's text and into the shown text.
#[derive(Debug, Clone, Copy)]
struct Window {
    /// Index of the line.
    line: usize,
    /// First byte of the line in the file.
    line_start: usize,
    /// The window's bytes in the file.
    start: usize,
    end: usize,
    /// End of the line's text (before its newline) in the file.
    line_end: usize,
    /// First byte of the line in the shown text.
    shown_line_start: usize,
    /// End of the line's text in the shown text.
    shown_end: usize,
    /// Bytes of the mark before the window (0 when the window begins the line).
    lead: usize,
    /// Characters of the line left out before the window.
    skipped: usize,
}

/// Every file of a source map, long lines cut, for codespan.
pub(crate) struct Sources<'a> {
    files: SimpleFiles<String, Cow<'a, str>>,
    /// Per file, its cut lines in line order.
    windows: Vec<Vec<Window>>,
}

impl<'a> Sources<'a> {
    /// The files of `map`; a long line is cut around the first place in it that one of
    /// `diagnostics` points at (or at its start).
    pub(crate) fn new(map: &'a SourceMap, diagnostics: &[Diagnostic]) -> Sources<'a> {
        let mut files = SimpleFiles::new();
        let mut windows = Vec::with_capacity(map.files.len());
        // One pass over the findings, not one per file: many files and many findings stay cheap.
        let mut anchors: Vec<Vec<usize>> = vec![Vec::new(); map.files.len()];
        for label in diagnostics
            .iter()
            .flat_map(|d| d.primary.iter().chain(&d.secondary))
        {
            if let Some(file) = anchors.get_mut(label.file) {
                file.push(label.position.start);
            }
        }
        for (file, anchors) in map.files.iter().zip(&mut anchors) {
            anchors.sort_unstable();
            let (text, cut) = cut_long_lines(&file.text, anchors);
            files.add(crate::diagnostics::display_path(&file.path), text);
            windows.push(cut);
        }
        Sources { files, windows }
    }

    /// The shown text of a file.
    pub(crate) fn text(&self, file: usize) -> &str {
        self.files.source(file).unwrap_or("")
    }

    /// Where a byte offset of file `file` is in the shown text; offsets cut away are placed on
    /// the nearest mark.
    pub(crate) fn shown(&self, file: usize, offset: usize) -> usize {
        let windows = self.windows.get(file).map_or(&[][..], Vec::as_slice);
        let before = windows.partition_point(|window| window.line_start <= offset);
        let Some(window) = before.checked_sub(1).map(|index| windows[index]) else {
            return offset;
        };
        let shift = |from: usize| window.shown_line_start + window.lead + (from - window.start);
        if offset > window.line_end {
            // A later line: moved by what the cuts up to here removed.
            offset - window.line_end + window.shown_end
        } else if offset < window.start {
            window.shown_line_start
        } else {
            // Inside the window, or cut away after it (then on the trailing mark).
            shift(offset.min(window.end))
        }
    }
}

/// The text with every line over [`LONG_LINE`] bytes cut to a window, and where it was cut.
fn cut_long_lines<'t>(text: &'t str, anchors: &[usize]) -> (Cow<'t, str>, Vec<Window>) {
    if text.len() <= LONG_LINE || !text.split('\n').any(|line| line.len() > LONG_LINE) {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut shown = String::new();
    let mut windows = Vec::new();
    let mut line_start = 0;
    for (line, content) in text.split_inclusive('\n').enumerate() {
        let body = content.strip_suffix('\n').unwrap_or(content);
        let line_end = line_start + body.len();
        if body.len() <= LONG_LINE {
            shown.push_str(content);
            line_start += content.len();
            continue;
        }
        let first = anchors.partition_point(|&anchor| anchor < line_start);
        let anchor = anchors
            .get(first)
            .copied()
            .filter(|&anchor| anchor <= line_end)
            .unwrap_or(line_start);
        let anchor = floor_char(text, anchor);
        let start = text[line_start..anchor]
            .char_indices()
            .rev()
            .nth(BEFORE - 1)
            .map_or(line_start, |(at, _)| line_start + at);
        let end = text[start..line_end]
            .char_indices()
            .nth(WIDTH)
            .map_or(line_end, |(at, _)| start + at);
        let shown_line_start = shown.len();
        let lead = if start > line_start { CUT.len() } else { 0 };
        if lead > 0 {
            shown.push_str(CUT);
        }
        shown.push_str(&text[start..end]);
        if end < line_end {
            shown.push_str(CUT);
        }
        let shown_end = shown.len();
        shown.push_str(&content[body.len()..]);
        windows.push(Window {
            line,
            line_start,
            start,
            end,
            line_end,
            shown_line_start,
            shown_end,
            lead,
            skipped: text[line_start..start].chars().count(),
        });
        line_start += content.len();
    }
    (Cow::Owned(shown), windows)
}

fn floor_char(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl<'f> Files<'f> for Sources<'_> {
    type FileId = usize;
    type Name = String;
    type Source = &'f str;

    fn name(&'f self, id: usize) -> Result<String, Error> {
        self.files.name(id)
    }

    fn source(&'f self, id: usize) -> Result<&'f str, Error> {
        self.files.source(id)
    }

    fn line_index(&'f self, id: usize, byte_index: usize) -> Result<usize, Error> {
        self.files.line_index(id, byte_index)
    }

    fn line_range(&'f self, id: usize, line_index: usize) -> Result<Range<usize>, Error> {
        self.files.line_range(id, line_index)
    }

    /// The column in the file, not in the cut line.
    fn column_number(
        &'f self,
        id: usize,
        line_index: usize,
        byte_index: usize,
    ) -> Result<usize, Error> {
        let source = self.files.source(id)?;
        let range = self.files.line_range(id, line_index)?;
        let windows = self.windows.get(id).map_or(&[][..], Vec::as_slice);
        let Ok(found) = windows.binary_search_by_key(&line_index, |window| window.line) else {
            return Ok(codespan_reporting::files::column_index(source, range, byte_index) + 1);
        };
        let window = windows[found];
        let from = window.shown_line_start + window.lead;
        let within = source
            .get(from..byte_index.max(from))
            .map_or(0, |text| text.chars().count());
        Ok(window.skipped + within + 1)
    }
}
