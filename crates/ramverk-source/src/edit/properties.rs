//! Where a document uses anchors, aliases, tags and merge keys, read once from the YAML events.

use serde_saphyr::granit_parser::{Event, Parser, ScalarStyle};

use super::error::Feature;

/// The positions (node starts) of anchors, aliases, tags and merge keys, in text order.
#[derive(Debug, Default)]
pub(super) struct Properties {
    found: Vec<(usize, Feature)>,
    has_aliases: bool,
}

impl Properties {
    /// Reads `text`'s events; a text without `&`, `*`, `!` or `<` has none of these.
    pub fn find(text: &str) -> Properties {
        let mut properties = Properties::default();
        if !text.contains(['&', '*', '!', '<']) {
            return properties;
        }
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let at = span.start.byte_offset().unwrap_or(0);
            let (anchor, tag) = match event {
                Event::Alias(_) => {
                    properties.has_aliases = true;
                    properties.found.push((at, Feature::Alias));
                    continue;
                }
                Event::Scalar(value, style, anchor, tag) => {
                    if style == ScalarStyle::Plain && value == "<<" {
                        properties.found.push((at, Feature::MergeKey));
                    }
                    (anchor, tag.is_some())
                }
                Event::SequenceStart(_, anchor, tag) | Event::MappingStart(_, anchor, tag) => {
                    (anchor, tag.is_some())
                }
                _ => continue,
            };
            if anchor != 0 {
                properties.found.push((at, Feature::Anchor));
            }
            if tag {
                properties.found.push((at, Feature::Tag));
            }
        }
        properties.found.sort_by_key(|(at, _)| *at);
        properties
    }

    /// The first anchor, alias or tag of a node whose start lies in `from..=to`.
    pub fn on_node(&self, from: usize, to: usize) -> Option<(usize, Feature)> {
        self.within(from, to + 1)
            .find(|(_, feature)| *feature != Feature::MergeKey)
    }

    /// The first anchor in `from..to` when the document has aliases (which may refer to it).
    pub fn referenced_anchor(&self, from: usize, to: usize) -> Option<usize> {
        if !self.has_aliases {
            return None;
        }
        self.within(from, to)
            .find(|(_, feature)| *feature == Feature::Anchor)
            .map(|(at, _)| at)
    }

    /// The merge keys in `from..to`.
    pub fn merge_keys(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        self.within(from, to)
            .filter(|(_, feature)| *feature == Feature::MergeKey)
            .map(|(at, _)| at)
    }

    fn within(&self, from: usize, to: usize) -> impl Iterator<Item = (usize, Feature)> + '_ {
        let first = self.found.partition_point(|(at, _)| *at < from);
        self.found[first..]
            .iter()
            .take_while(move |(at, _)| *at < to)
            .copied()
    }
}
