//! A framework laid out as the files of a framework directory: `framework.yaml` with everything
//! but the areas and profiles, one file per area under `areas/`, one per role profile under
//! `profiles/` — the layout `ramverk_check::load` reads.

use std::path::PathBuf;

use ramverk_model::Framework;

use ramverk_check::load::{AREAS_DIR, PROFILES_DIR, ROOT_FILE};

use crate::cells::slug;
use crate::error::ImportError;

/// One file of a framework directory: its path inside the directory and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// The path, relative to the framework directory (`areas/1-information.yaml`).
    pub path: PathBuf,
    /// The YAML text.
    pub text: String,
}

/// The files of a new framework directory holding `framework`, each headed by `heading` as YAML
/// comment lines.
pub fn files(framework: &Framework, heading: &str) -> Result<Vec<File>, ImportError> {
    let comment: String = heading
        .lines()
        .map(|line| {
            if line.is_empty() {
                "#\n".to_owned()
            } else {
                format!("# {line}\n")
            }
        })
        .collect();
    let mut root = framework.clone();
    let areas = std::mem::take(&mut root.areas);
    let profiles = std::mem::take(&mut root.profiles);
    let json = |value: serde_json::Value| -> Result<String, ImportError> {
        Ok(format!("{comment}{}", new_document(&value)?))
    };
    let mut out = vec![File {
        path: PathBuf::from(ROOT_FILE),
        text: json(to_json(&root))?,
    }];
    let width = areas.len().to_string().len();
    for (index, area) in areas.iter().enumerate() {
        let name = format!("{:0width$}-{}", index + 1, slug(&area.title));
        out.push(File {
            path: PathBuf::from(AREAS_DIR).join(format!("{}.yaml", name.trim_end_matches('-'))),
            text: json(to_json(area))?,
        });
    }
    for profile in &profiles {
        let name = match slug(&profile.role) {
            name if name.is_empty() => "profile".to_owned(),
            name => name,
        };
        out.push(File {
            path: PathBuf::from(PROFILES_DIR).join(format!("{name}.yaml")),
            text: json(to_json(profile))?,
        });
    }
    Ok(out)
}

/// `value` (a mapping) as the text of a new YAML document, in the style of the in-place edits.
pub fn new_document(value: &serde_json::Value) -> Result<String, ImportError> {
    ramverk_source::edit_to("", value).map_err(|error| {
        ImportError::new(format!("the framework cannot be written as YAML: {error}"))
    })
}

fn to_json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    // The model's types serialise to JSON without fail: strings, numbers, lists and maps.
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}
