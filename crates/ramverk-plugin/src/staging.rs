//! The private staging folder an export is written into before it is published, locked while its
//! writer lives, so that the next run recognises and removes the folders of killed writers.
//!
//! A staging folder is named `.<name>.ramverk-staging-<pid>-<random>` and holds a file `lock`,
//! locked exclusively from just after the folder is made until it is removed. A staging folder
//! whose `lock` nobody holds (its writer was killed), or that has no `lock` and nothing else (its
//! writer was killed between the two steps), is stale: [`remove_stale`] removes it. A live
//! writer's folder is never removed, whatever its age: its lock cannot be taken. The lock file is
//! removed last, so a run killed while removing a staging folder leaves one that is still stale.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::PluginError;

/// The lock file's name inside a staging folder.
const LOCK: &str = "lock";
/// The longest part of an output folder's name kept in its staging folder's name.
const MAX_NAME: usize = 160;

/// A staging folder this process made and holds locked; removed by [`Staging::remove`].
pub struct Staging {
    pub root: PathBuf,
    lock: File,
}

impl Staging {
    /// A new, empty, locked staging folder in `parent`, named after `name`.
    pub fn new(parent: &Path, name: &str) -> Result<Staging, PluginError> {
        for _ in 0..16 {
            let root = parent.join(staging_name(name).map_err(|e| write_error(parent, e))?);
            match std::fs::create_dir(&root) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(write_error(&root, e)),
            }
            let path = root.join(LOCK);
            let lock = match File::options().write(true).create_new(true).open(&path) {
                Ok(file) => file,
                // Another run found the folder empty and removed it as stale.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(write_error(&path, e)),
            };
            // Where file systems cannot lock, nobody can take the lock either, so nothing of
            // this folder is removed by another run.
            let _ = lock.lock();
            // Another run took the lock before this one and removed the folder.
            if !ramverk_source::still_named(&lock, &path) {
                continue;
            }
            return Ok(Staging { root, lock });
        }
        Err(write_error(parent, "cannot create a staging folder"))
    }

    /// Where the new files are written: `new/` under the staging folder.
    pub fn new_files(&self) -> PathBuf {
        self.root.join("new")
    }

    /// Where copies of the files being replaced are kept until the publishing is done: `old/`.
    pub fn old_files(&self) -> PathBuf {
        self.root.join("old")
    }

    /// Removes the folder and everything left in it. Best effort.
    pub fn remove(self) {
        remove_lock_last(&self.root, self.lock);
    }
}

/// Removes everything in the staging folder `root` but its lock file, then the lock file, then
/// the folder: a run killed in the middle leaves a folder that is still recognisably stale (its
/// lock file free, or nothing left in it). `lock` is closed before its file is removed (Windows
/// cannot remove an open file).
fn remove_lock_last(root: &Path, lock: File) {
    if let Ok(entries) = std::fs::read_dir(root) {
        for entry in entries.flatten() {
            if entry.file_name() == LOCK {
                continue;
            }
            let path = entry.path();
            let _ = if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
        }
    }
    drop(lock);
    let _ = std::fs::remove_file(root.join(LOCK));
    let _ = std::fs::remove_dir(root);
}

pub fn write_error(path: &Path, error: impl std::fmt::Display) -> PluginError {
    PluginError::Write {
        path: path.to_path_buf(),
        message: error.to_string(),
    }
}

/// `.<name>.ramverk-staging-<pid>-<random>`.
fn staging_name(name: &str) -> Result<String, getrandom::Error> {
    let mut end = name.len().min(MAX_NAME);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    let mut nonce = [0u8; 8];
    getrandom::fill(&mut nonce)?;
    Ok(format!(
        ".{}.ramverk-staging-{}-{:016x}",
        &name[..end],
        std::process::id(),
        u64::from_le_bytes(nonce)
    ))
}

/// Whether `file` is the name of a staging folder for an output named `name`.
fn is_staging_name(file: &str, name: &str) -> bool {
    let mut end = name.len().min(MAX_NAME);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    let Some(rest) = file
        .strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(&name[..end]))
        .and_then(|rest| rest.strip_prefix(".ramverk-staging-"))
    else {
        return false;
    };
    let Some((pid, random)) = rest.split_once('-') else {
        return false;
    };
    !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
        && random.len() == 16
        && random.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Removes the staging folders for `name` in `parent` that their writers left when they were
/// killed (see the module docs). Best effort: a folder that cannot be examined is left alone.
pub fn remove_stale(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry
            .file_name()
            .to_str()
            .is_some_and(|file| is_staging_name(file, name))
            || !entry.file_type().is_ok_and(|kind| kind.is_dir())
        {
            continue;
        }
        let root = entry.path();
        match File::open(root.join(LOCK)) {
            Ok(lock) => {
                if lock.try_lock().is_ok() {
                    remove_lock_last(&root, lock);
                }
            }
            // Only succeeds when the folder is empty; its writer, if alive, then makes another.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let _ = std::fs::remove_dir(&root);
            }
            Err(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn names_are_recognised_only_for_their_output() {
        let name = staging_name("site").unwrap();
        assert!(is_staging_name(&name, "site"), "{name}");
        assert!(!is_staging_name(&name, "sit"));
        assert!(!is_staging_name(&name, "other"));
        for other in [
            ".site.ramverk-staging-12-0123456789abcdeX",
            ".site.ramverk-staging--0123456789abcdef",
            ".site.ramverk-staging-12-0123",
            "site.ramverk-staging-12-0123456789abcdef",
        ] {
            assert!(!is_staging_name(other, "site"), "{other}");
        }
        let long = "å".repeat(200);
        let name = staging_name(&long).unwrap();
        assert!(name.len() < 255);
        assert!(is_staging_name(&name, &long));
    }

    #[test]
    fn only_the_folders_of_dead_writers_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let live = Staging::new(dir.path(), "out").unwrap();
        std::fs::write(live.root.join("file"), "x").unwrap();
        // Killed after locking: the lock file is there, nobody holds it.
        let dead = dir.path().join(".out.ramverk-staging-1-0123456789abcdef");
        std::fs::create_dir_all(dead.join("new")).unwrap();
        std::fs::write(dead.join(LOCK), "").unwrap();
        std::fs::write(dead.join("new/file"), "half").unwrap();
        // Killed between making the folder and its lock file.
        let empty = dir.path().join(".out.ramverk-staging-2-0123456789abcdef");
        std::fs::create_dir(&empty).unwrap();
        // Not a staging folder of `out`.
        std::fs::create_dir(dir.path().join(".other.ramverk-staging-3-0123456789abcdef")).unwrap();
        std::fs::create_dir(dir.path().join("out")).unwrap();
        remove_stale(dir.path(), "out");
        let live_name = live
            .root
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let mut expected = vec![
            ".other.ramverk-staging-3-0123456789abcdef".to_string(),
            live_name,
            "out".to_string(),
        ];
        expected.sort();
        assert_eq!(names(dir.path()), expected);
        assert_eq!(names(&live.root), ["file", "lock"]);
        live.remove();
        assert_eq!(
            names(dir.path()),
            [".other.ramverk-staging-3-0123456789abcdef", "out"]
        );
    }
}
