//! The user's choices for conflicts, per item or per field of an item.

use std::collections::HashMap;

use crate::{FieldPath, Take};

/// Choices for conflicts: per item (every conflict of the item) or per field of an item, the
/// field's choice first. Items are named by their ids in the result.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolutions {
    items: HashMap<String, Take>,
    fields: HashMap<(String, FieldPath), Take>,
}

impl Resolutions {
    /// No choices: every conflict stays open.
    pub fn new() -> Resolutions {
        Resolutions::default()
    }

    /// Resolves every conflict of the item `id` (`--ours 5.3`).
    pub fn item(mut self, id: impl Into<String>, take: Take) -> Resolutions {
        self.items.insert(id.into(), take);
        self
    }

    /// Resolves the conflict of one field of the item `id`.
    pub fn field(mut self, id: impl Into<String>, field: FieldPath, take: Take) -> Resolutions {
        self.fields.insert((id.into(), field), take);
        self
    }

    /// Whether there are no choices.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.fields.is_empty()
    }

    /// The choice for a field of an item known by any of `ids`, or for the whole item.
    pub(crate) fn find(&self, ids: &[&str], field: Option<&FieldPath>) -> Option<&Take> {
        if let Some(field) = field {
            let by_field = ids
                .iter()
                .find_map(|id| self.fields.get(&((*id).to_owned(), field.clone())));
            if by_field.is_some() {
                return by_field;
            }
        }
        ids.iter().find_map(|id| self.items.get(*id))
    }
}
