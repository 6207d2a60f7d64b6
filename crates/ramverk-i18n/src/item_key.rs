//! The framework item a message key belongs to (`competence:5.4:title` is competence 5.4's), so
//! that a translation can follow an item whose id changed.

/// The kinds of item whose id follows the first part of a message key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Area,
    Competence,
    Statement,
    LearningOutcome,
    Term,
}

impl ItemKind {
    const ALL: [ItemKind; 5] = [
        ItemKind::Area,
        ItemKind::Competence,
        ItemKind::Statement,
        ItemKind::LearningOutcome,
        ItemKind::Term,
    ];

    /// The first part of the keys of this kind's items (`competence`).
    pub fn prefix(self) -> &'static str {
        match self {
            ItemKind::Area => "area",
            ItemKind::Competence => "competence",
            ItemKind::Statement => "statement",
            ItemKind::LearningOutcome => "outcome",
            ItemKind::Term => "term",
        }
    }

    /// The key of item `id` of this kind (`competence:5.4`), before the text's own parts.
    pub(crate) fn key(self, id: &str) -> String {
        format!("{}:{id}", self.prefix())
    }
}

/// `key` with its item's id replaced by the id `rename` gives for the item's kind and id
/// (`competence:5.4:title` → `competence:5.3:title`); `None` when the key is no item's or the id
/// stays.
pub fn rekeyed(key: &str, rename: impl Fn(ItemKind, &str) -> String) -> Option<String> {
    let mut parts = key.splitn(3, ':');
    let (prefix, id) = (parts.next()?, parts.next()?);
    let kind = ItemKind::ALL.into_iter().find(|k| k.prefix() == prefix)?;
    let new = rename(kind, id);
    (new != id).then(|| match parts.next() {
        Some(rest) => format!("{}:{rest}", kind.key(&new)),
        None => kind.key(&new),
    })
}

#[cfg(test)]
mod tests {
    use super::{ItemKind, rekeyed};

    #[test]
    fn the_items_id_is_replaced_and_the_rest_kept() {
        let next = |_: ItemKind, id: &str| format!("{id}x");
        assert_eq!(
            rekeyed("competence:5.4:title", next).as_deref(),
            Some("competence:5.4x:title")
        );
        assert_eq!(
            rekeyed("outcome:LO1:text", |kind, id| match kind {
                ItemKind::LearningOutcome => "LO2".into(),
                _ => id.into(),
            })
            .as_deref(),
            Some("outcome:LO2:text")
        );
        assert_eq!(rekeyed("area:3", next).as_deref(), Some("area:3x"));
        assert_eq!(rekeyed("scale:niva:level:3:label", next), None);
        assert_eq!(rekeyed("competence", next), None);
        assert_eq!(rekeyed("term:ai:term", |_, id| id.to_owned()), None);
    }
}
