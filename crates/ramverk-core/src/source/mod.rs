//! Source files: reading YAML with positions, and finding where a model value came from.

pub(crate) mod fast;
mod map;
mod node;
mod parse;
mod pointer;

pub use fast::{Json as FastJson, build as fast_build};
pub use map::{Mount, SourceFile, SourceMap, Target, position_of_range};
pub use node::{Entry, Node, Position, Value};
pub use parse::{MAX_FILE_BYTES, ParseError, parse, parse_with_serde_saphyr, position_at};
pub use pointer::{Pointer, Step};
