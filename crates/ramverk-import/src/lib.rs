//! ramverk-import: frameworks read from spreadsheets — ramverk's own export edited in a spreadsheet
//! program, and publishers' workbooks through a declarative mapping (docs/import.md) — as models. It knows no arguments, no output and no files beyond the
//! workbook it is given.

pub mod apply;
mod cells;
mod error;
mod item_sheets;
pub mod layout;
pub mod mapping;
mod own_layout;
mod publisher;

pub use cells::{number_text, slug};
pub use error::{ImportError, SheetPlace};
pub use mapping::{FORMAT, Mapping, parse_mapping};
pub use own_layout::import_own;
pub use publisher::build;
