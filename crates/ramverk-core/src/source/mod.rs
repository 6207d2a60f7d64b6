//! Source files: reading YAML with positions, and finding where a model value came from.

pub(crate) mod fast;
mod map;
mod node;
mod parse;
mod pointer;

pub use fast::{build as fast_build, Json as FastJson};
pub use map::{position_of_range, Mount, SourceFile, SourceMap, Target};
pub use node::{Entry, Node, Position, Value};
pub use parse::{parse, parse_with_serde_saphyr, position_at, ParseError, MAX_FILE_BYTES};
pub use pointer::{Pointer, Step};
