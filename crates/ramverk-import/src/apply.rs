//! The edits that bring a framework's files to a new model: each file edited in place (comments,
//! key order and quoting of what did not change survive), files added for new areas and profiles
//! of a framework split into files, files removed with the areas and profiles they held.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use ramverk_check::Loaded;
use ramverk_model::Framework;
use ramverk_source::{Step, edit_to};
use serde_json::Value as Json;

use crate::cells::slug;
use crate::error::ImportError;

/// One change to a framework's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The file's new text (edited in place).
    Edit { path: PathBuf, text: String },
    /// A new file.
    Create { path: PathBuf, text: String },
    /// A file to remove: the area or profile it held is gone.
    Remove { path: PathBuf },
}

impl Change {
    /// The file the change is to.
    pub fn path(&self) -> &Path {
        match self {
            Change::Edit { path, .. } | Change::Create { path, .. } | Change::Remove { path } => {
                path
            }
        }
    }
}

/// The two lists a framework may keep in files of their own, and the key naming an item.
const PARTS: [(&str, &str, &str); 2] = [
    ("areas", "id", ramverk_check::load::AREAS_DIR),
    ("profiles", "role", ramverk_check::load::PROFILES_DIR),
];

/// The changes that make the files of `loaded` hold `new`. Files whose content already equals
/// their part of `new` are left out: an unchanged model gives no changes.
pub fn plan(loaded: &Loaded, new: &Framework) -> Result<Vec<Change>, ImportError> {
    if loaded.framework.is_none() {
        return Err(ImportError::new(format!(
            "{} cannot be read as a framework; run `ramverk validate {}`",
            loaded.path.display(),
            loaded.path.display()
        )));
    }
    let new_json = serde_json::to_value(new)
        .map_err(|error| ImportError::new(format!("the framework cannot be written: {error}")))?;
    let Json::Object(mut root) = new_json else {
        return Err(ImportError::new("the framework cannot be written"));
    };
    // Which file each area and profile of the framework came from.
    let mut targets: HashMap<usize, Json> = HashMap::new();
    let mut changes = Vec::new();
    let root_mount = loaded
        .map
        .mounts
        .iter()
        .find(|mount| mount.at.0.is_empty())
        .ok_or_else(|| ImportError::new("the framework has no root file"))?;
    let root_file = root_mount.file;
    let directory = loaded
        .map
        .files
        .get(root_file)
        .and_then(|file| file.path.parent())
        .unwrap_or(Path::new("."))
        .to_owned();
    let mut taken_names: HashSet<PathBuf> =
        loaded.map.files.iter().map(|f| f.path.clone()).collect();
    for (key, id_key, dir) in PARTS {
        let old_items = old_list(loaded, key);
        let part_files: HashMap<String, usize> = loaded
            .map
            .mounts
            .iter()
            .filter_map(|mount| match mount.at.0.as_slice() {
                [Step::Key(k), Step::Index(index)] if k == key => old_items
                    .get(*index)
                    .and_then(|item| item.get(id_key))
                    .and_then(Json::as_str)
                    .map(|id| (id.to_owned(), mount.file)),
                _ => None,
            })
            .collect();
        let split = !part_files.is_empty();
        let new_items = match root.shift_remove(key) {
            Some(Json::Array(items)) => items,
            _ => Vec::new(),
        };
        let mut inline = Vec::new();
        let mut kept: HashSet<&str> = HashSet::new();
        for (index, item) in new_items.iter().enumerate() {
            let id = item.get(id_key).and_then(Json::as_str).unwrap_or_default();
            if let Some(file) = part_files.get(id) {
                kept.insert(id);
                targets.insert(*file, item.clone());
            } else if split {
                let name = item
                    .get("title")
                    .and_then(Json::as_str)
                    .map(slug)
                    .filter(|name| !name.is_empty())
                    .unwrap_or_else(|| slug(id));
                let stem = if key == "areas" {
                    format!("{}-{name}", index + 1)
                } else {
                    slug(id)
                };
                let path = free_name(&directory.join(dir), &stem, &mut taken_names);
                changes.push(Change::Create {
                    path,
                    text: crate::layout::new_document(item)?,
                });
            } else {
                inline.push(item.clone());
            }
        }
        for (id, file) in &part_files {
            if !kept.contains(id.as_str()) {
                changes.push(Change::Remove {
                    path: loaded.map.files[*file].path.clone(),
                });
            }
        }
        let root_had_key = root_mount
            .node(&loaded.map.files[root_file].text)
            .is_some_and(|node| node_has_key(node, key));
        if !inline.is_empty() || root_had_key {
            root.insert(key.to_owned(), Json::Array(inline));
        }
    }
    targets.insert(root_file, Json::Object(root));
    let mut edits: Vec<(usize, Json)> = targets.into_iter().collect();
    edits.sort_by_key(|(file, _)| *file);
    for (file, target) in edits {
        let source = &loaded.map.files[file];
        let text = edit_to(&source.text, &target).map_err(|error| {
            ImportError::new(format!(
                "{} cannot be edited in place: {error}",
                source.path.display()
            ))
        })?;
        if text != source.text {
            changes.push(Change::Edit {
                path: source.path.clone(),
                text,
            });
        }
    }
    changes.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(changes)
}

/// The old framework's list `key` as JSON.
fn old_list(loaded: &Loaded, key: &str) -> Vec<Json> {
    let Some(framework) = &loaded.framework else {
        return Vec::new();
    };
    let value = match key {
        "areas" => serde_json::to_value(&framework.areas),
        _ => serde_json::to_value(&framework.profiles),
    };
    match value {
        Ok(Json::Array(items)) => items,
        _ => Vec::new(),
    }
}

fn node_has_key(node: &ramverk_source::Node, key: &str) -> bool {
    match &node.value {
        ramverk_source::Value::Map(entries) => entries.iter().any(|entry| entry.key == key),
        _ => false,
    }
}

/// `dir/stem.yaml`, or `dir/stem-2.yaml` … when that is taken.
fn free_name(dir: &Path, stem: &str, taken: &mut HashSet<PathBuf>) -> PathBuf {
    let mut path = dir.join(format!("{stem}.yaml"));
    let mut n = 2;
    while taken.contains(&path) || path.exists() {
        path = dir.join(format!("{stem}-{n}.yaml"));
        n += 1;
    }
    taken.insert(path.clone());
    path
}
