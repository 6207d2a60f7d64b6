//! ramverk-i18n: translations — texts under stable keys, translation files and their status, PO and
//! XLIFF 2 for translators, glossaries. It knows no diffs, scoring or terminal output.

mod check;
mod fingerprint;
mod glossary;
mod item_key;
mod localize;
mod location;
mod merge;
mod message;
mod po;
mod problem;
mod render;
mod status;
mod terms;
mod translation;
mod unit;
pub mod xliff;

pub use fingerprint::fingerprint;
pub use localize::{Fallback, Localized, Marking, Reason, localize};
pub use location::{
    check_language, discover, read_translation, translation_path, translations_dir,
};
pub use message::{Message, messages};
pub use problem::{Problem, Problems};
pub use status::{Counts, Stale, Standing, Status, standing, status};
pub use translation::{ENTRY_FIELDS, Entry, Translation, TranslationState, is_language_tag};
pub use unit::{Header, Unit, units};

/// Reading and writing GNU gettext PO files.
pub mod gettext {
    pub use super::po::{HeaderField, PoEntry, PoFile, read, write};
}
pub use check::check_translations;
pub use glossary::{Glossary, Term};
pub use item_key::{ItemKind, rekeyed};
pub use merge::{Exchange, Mark, Report, Returned, merge, merge_messages, read_exchange};
pub use terms::{TermFinding, check_terms};
