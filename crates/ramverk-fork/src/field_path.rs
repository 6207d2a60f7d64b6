//! Where in an item a field sits: the model's field names and keys, outermost first.

use std::fmt;

/// A field of an item, as the model names it: `definition`, `descriptors.3`, `expected.5.3`
/// (the expected level of a profile for competence 5.3), `levels.2.label` (a scale level's
/// label). The segments are kept apart, so that a key with a dot in it (`5.3`) stays one key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(Vec<String>);

impl FieldPath {
    /// A path from its segments, outermost first (`["descriptors", "3"]`).
    pub fn new<S: Into<String>>(segments: impl IntoIterator<Item = S>) -> FieldPath {
        FieldPath(segments.into_iter().map(Into::into).collect())
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[String] {
        &self.0
    }

    /// This path with one more segment.
    pub(crate) fn child(&self, segment: impl Into<String>) -> FieldPath {
        let mut segments = self.0.clone();
        segments.push(segment.into());
        FieldPath(segments)
    }

    /// Whether the path names no field (the item itself).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for FieldPath {
    /// The segments joined by dots: `descriptors.3`, `expected.5.3`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("."))
    }
}

#[cfg(test)]
mod tests {
    use super::FieldPath;

    #[test]
    fn a_key_with_a_dot_stays_one_segment() {
        let path = FieldPath::new(["expected"]).child("5.3");
        assert_eq!(path.segments(), ["expected", "5.3"]);
        assert_eq!(path.to_string(), "expected.5.3");
        assert_ne!(path, FieldPath::new(["expected", "5", "3"]));
    }
}
