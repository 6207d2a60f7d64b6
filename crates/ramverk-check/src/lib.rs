//! ramverk-check: loading a framework (files, JSON Schema, model) and the semantic checks a
//! schema cannot express, one module per concern. It knows no diffs, translations or output.

mod accepted;
mod context;
mod descriptors;
pub mod file_kind;
mod ids;
pub mod load;
mod metadata;
mod numbers;
mod profiles;
mod references;
mod scales;
pub mod schema;
mod texts;

pub use accepted::Acceptance;
pub use context::{CompetenceAt, Context};
pub use load::{LoadError, Loaded, load, load_texts};
pub use metadata::is_real_date;

use ramverk_source::Diagnostic;

/// Runs every check on a loaded framework and returns its findings, in file order, without the
/// warnings the framework accepts (see [`check_with_accepted`]).
pub fn check(loaded: &Loaded) -> Vec<Diagnostic> {
    check_with_accepted(loaded).0
}

/// Runs every check on a loaded framework: the findings to report, in file order, and the
/// warnings left out because the framework's `accepted:` accepts them.
pub fn check_with_accepted(loaded: &Loaded) -> (Vec<Diagnostic>, Vec<Acceptance>) {
    let mut out = loaded.diagnostics.clone();
    let mut acceptances = Vec::new();
    if let Some(framework) = &loaded.framework {
        let cx = Context::new(framework, &loaded.map);
        metadata::check(&cx, &mut out);
        ids::check(&cx, &mut out);
        references::check(&cx, &mut out);
        scales::check(&cx, &mut out);
        descriptors::check(&cx, &mut out);
        profiles::check(&cx, &mut out);
        texts::check(&cx, &mut out);
        (out, acceptances) = accepted::apply(&cx, out);
    }
    out.sort_by_key(|d| {
        d.primary
            .as_ref()
            .map(|label| (label.file, label.position.start))
    });
    (out, acceptances)
}
