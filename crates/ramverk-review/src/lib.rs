//! ramverk-review: what a reviewer needs before approval — the semantic diff of two versions,
//! the version bump it calls for, approvals and `REV:PATH` revisions. It knows no output format.

pub mod approval;
pub mod canonical;
pub mod diff;
pub mod reload;
pub mod revision;
