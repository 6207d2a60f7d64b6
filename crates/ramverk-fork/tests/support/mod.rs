//! What the merge tests share: frameworks of the workspace loaded, a competence found to edit.

use std::path::Path;

use ramverk_model::{Competence, Framework};

/// The framework at `path` (relative to the workspace root), loaded as `ramverk` loads it.
pub fn load(path: &str) -> Framework {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    ramverk_check::load(&path)
        .expect("loads")
        .framework
        .expect("a framework")
}

/// The competence with this id, at any depth, to edit.
pub fn competence<'a>(framework: &'a mut Framework, id: &str) -> &'a mut Competence {
    fn find<'a>(list: &'a mut [Competence], id: &str) -> Option<&'a mut Competence> {
        for competence in list {
            if competence.id == id {
                return Some(competence);
            }
            if let Some(found) = find(&mut competence.competences, id) {
                return Some(found);
            }
        }
        None
    }
    framework
        .areas
        .iter_mut()
        .find_map(|area| find(&mut area.competences, id))
        .unwrap_or_else(|| panic!("no competence {id}"))
}
