//! ramverk-fork: forks of a framework — the three-way merge of a local adaptation ("ours") with
//! upstream's next version ("theirs") over their common base, matched by id with renumbering
//! followed, conflicts listed per field and resolved per item or field; and `upstream.yaml`, the
//! record of where a fork came from. It knows no files, no command line and no output format.

mod applied;
mod conflict;
mod error;
mod field_path;
mod flat;
mod merge;
mod places;
mod rename;
mod resolutions;
mod result_ids;
mod sequence;
mod shared_ids;
mod take;
mod three_way;
mod upstream;

pub use applied::{Applied, AppliedKind};
pub use conflict::{Conflict, ConflictKind};
pub use error::MergeError;
pub use field_path::FieldPath;
pub use merge::{Merge, Resolved, merge};
pub use resolutions::Resolutions;
pub use result_ids::ResultIds;
pub use take::Take;
pub use upstream::{UPSTREAM_FILE, Upstream, UpstreamError};
