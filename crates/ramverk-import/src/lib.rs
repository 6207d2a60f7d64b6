//! ramverk-import: frameworks read from spreadsheets — publishers' workbooks through a declarative
//! mapping (docs/import.md) — as models. It knows no arguments, no output and no files beyond the
//! workbook it is given.

pub mod apply;
mod cells;
mod error;
pub mod layout;
pub mod mapping;
mod publisher;

pub use cells::{number_text, slug};
pub use error::{ImportError, SheetPlace};
pub use mapping::{FORMAT, Mapping, parse_mapping};
pub use publisher::build;
