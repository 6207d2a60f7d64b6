//! Semantic checks a schema cannot express; one module per concern, all writing to one list.

mod context;
mod descriptors;
mod ids;
mod metadata;
mod profiles;
mod references;
mod registry;
mod scales;
mod texts;

pub use context::{CompetenceAt, Context};
pub use metadata::is_real_date;
pub use registry::{RULES, Rule, severity_of};

use crate::diagnostic::Diagnostic;
use crate::load::Loaded;

/// Runs every check on a loaded framework and returns all findings, in file order.
pub fn check(loaded: &Loaded) -> Vec<Diagnostic> {
    let mut out = loaded.diagnostics.clone();
    if let Some(framework) = &loaded.framework {
        let cx = Context::new(framework, &loaded.map);
        metadata::check(&cx, &mut out);
        ids::check(&cx, &mut out);
        references::check(&cx, &mut out);
        scales::check(&cx, &mut out);
        descriptors::check(&cx, &mut out);
        profiles::check(&cx, &mut out);
        texts::check(&cx, &mut out);
    }
    out.sort_by_key(|d| {
        d.primary
            .as_ref()
            .map(|label| (label.file, label.position.start))
    });
    out
}
