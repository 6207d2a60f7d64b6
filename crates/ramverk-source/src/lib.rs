//! ramverk-source: source files — YAML read with positions and edited in place, where a model
//! value came from, and the one finding type (`Diagnostic`) with its codes. It knows no checks
//! and no commands.

mod atomic_write;
mod code;
pub mod csv_cell;
mod diagnostic;
mod edit;
mod map;
mod node;
mod numeric_key;
mod parse;
pub mod plain_yaml;
mod pointer;
mod read_limited;
pub mod suggest;
pub mod yaml_scalar;

pub use atomic_write::{StagedFile, remove_stale_temporaries, still_named, write_atomic};
pub use code::Code;
pub use diagnostic::{Diagnostic, Label, Severity};
pub use edit::{EditError, Feature, edit_to};
pub use map::{Mount, SourceFile, SourceMap, Target, position_of_range};
pub use node::{Entry, Node, Position, Value};
pub use parse::{
    MAX_FILE_BYTES, ParseError, READER_STACK, parse, parse_with_serde_saphyr, position_at,
};
pub use plain_yaml::{PlainJson, PlainNodes, build_plain};
pub use pointer::{Pointer, Step};
pub use read_limited::{ReadError, STDIN, SpecialFile, read_limited, read_text_limited};
