//! A plugin of API 1.0.0, built from a frozen copy of that API's WIT: it must keep loading and
//! running in every ramverk of API 1.x.

wit_bindgen::generate!({ path: "wit", world: "export-plugin" });

use exports::ramverk::plugin::exporter::File;
use ramverk::plugin::types::{Framework, Setting};

struct Titles;

/// One line per competence: its id, its title and how many descriptors it has.
pub fn lines(framework: &Framework) -> String {
    framework
        .competences
        .iter()
        .map(|c| {
            format!(
                "{} {} ({} descriptors)\n",
                c.id,
                c.title,
                c.descriptors.len()
            )
        })
        .collect()
}

impl Guest for Titles {
    fn self_test() -> Result<(), String> {
        Ok(())
    }
}

impl exports::ramverk::plugin::exporter::Guest for Titles {
    fn render(framework: Framework, _config: Vec<Setting>) -> Result<Vec<File>, String> {
        Ok(vec![File {
            name: "titles.txt".into(),
            media_type: "text/plain".into(),
            content: lines(&framework).into_bytes(),
        }])
    }
}

#[cfg(target_family = "wasm")]
export!(Titles);
