//! Writing an export's files: staged whole beside or inside the output folder, then published in
//! one step, or rolled back so that nothing new is left behind.
//!
//! Every file is first written (and synced) into a private staging folder on the same file system.
//! When the output folder does not exist yet, the staging folder is renamed to it: one atomic step.
//! When it exists, the staging folder is made inside it, and once everything is staged the files
//! are moved into place one rename each, over the file they replace (kept under a second name in
//! the staging folder, so a kill at any moment leaves each file wholly old or wholly new); if a
//! move fails, the moves already made are undone and the replaced files put back. The staging
//! folder is removed in every case, and the staging folders of killed runs by the next run
//! (`staging`).

use std::path::{Path, PathBuf};

use crate::error::PluginError;
use crate::files::{Layout, OutputFile, layout};
use crate::staging::{Staging, remove_stale, write_error};

/// Checks every name, stages every file, then publishes them all (see the module docs): a failure
/// leaves no new or half-written file behind. Returns the paths written, in the files' order.
pub fn write_files(
    dir: &Path,
    files: &[OutputFile],
    plugin: &str,
) -> Result<Vec<PathBuf>, PluginError> {
    let layout = layout(files).map_err(|message| PluginError::Invalid {
        plugin: plugin.to_string(),
        message,
    })?;
    remove_stale_staging(dir);
    match std::fs::symlink_metadata(dir) {
        Ok(_) if !dir.is_dir() => Err(write_error(dir, "it exists and is not a folder")),
        Ok(_) => publish_into(dir, files, &layout),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => publish_new(dir, files, &layout),
        Err(e) => Err(write_error(dir, e)),
    }?;
    Ok(layout.files.iter().map(|file| dir.join(file)).collect())
}

/// Writes every folder and file of `layout` under the staging folder's `new/`.
fn stage(staging: &Staging, files: &[OutputFile], layout: &Layout) -> Result<(), PluginError> {
    let base = staging.new_files();
    std::fs::create_dir(&base).map_err(|e| write_error(&base, e))?;
    for folder in &layout.folders {
        let path = base.join(folder);
        std::fs::create_dir(&path).map_err(|e| write_error(&path, e))?;
    }
    for (file, relative) in files.iter().zip(&layout.files) {
        let path = base.join(relative);
        write_synced(&path, &file.content).map_err(|e| write_error(&path, e))?;
    }
    Ok(())
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Removes what killed runs left: their staging folders beside `dir` and inside it.
fn remove_stale_staging(dir: &Path) {
    if let Some(name) = dir.file_name() {
        remove_stale(parent_of(dir), &name.to_string_lossy());
    }
    if std::fs::symlink_metadata(dir).is_ok_and(|meta| meta.is_dir()) {
        remove_stale(dir, INSIDE);
    }
}

/// The name staging folders inside an existing output folder are made after.
const INSIDE: &str = "output";

/// The folder `dir` is in (`.` for a bare name).
fn parent_of(dir: &Path) -> &Path {
    dir.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The output folder does not exist: stage beside it, then rename the staged folder to it.
fn publish_new(dir: &Path, files: &[OutputFile], layout: &Layout) -> Result<(), PluginError> {
    let Some(name) = dir.file_name() else {
        // A path like `missing/..`: make it and publish into it.
        std::fs::create_dir_all(dir).map_err(|e| write_error(dir, e))?;
        return publish_into(dir, files, layout);
    };
    let parent = parent_of(dir);
    std::fs::create_dir_all(parent).map_err(|e| write_error(parent, e))?;
    let staging = Staging::new(parent, &name.to_string_lossy())?;
    let result = stage(&staging, files, layout)
        .and_then(|()| std::fs::rename(staging.new_files(), dir).map_err(|e| write_error(dir, e)));
    staging.remove();
    result
}

/// One change made to the output folder, remembered so that it can be undone.
enum Done {
    /// A folder created.
    Folder(PathBuf),
    /// A file moved from the staging folder to `target`; the file it replaced is kept at
    /// `replaced`.
    Moved {
        target: PathBuf,
        replaced: Option<PathBuf>,
    },
}

/// The output folder exists: stage inside it, check every target, then move the files in,
/// undoing every move if one fails.
fn publish_into(dir: &Path, files: &[OutputFile], layout: &Layout) -> Result<(), PluginError> {
    let staging = Staging::new(dir, INSIDE)?;
    let result = stage(&staging, files, layout).and_then(|()| {
        let missing = check_targets(dir, layout)?;
        let mut done = Vec::new();
        let moved = move_in(dir, &staging, layout, &missing, &mut done);
        if moved.is_err() {
            undo(done);
        }
        moved
    });
    staging.remove();
    result
}

/// Checks that every folder is a real folder (not a file, not a symbolic link) or missing, and
/// that no file would replace a folder; returns the folders to create.
fn check_targets(dir: &Path, layout: &Layout) -> Result<Vec<bool>, PluginError> {
    let mut missing = Vec::with_capacity(layout.folders.len());
    for folder in &layout.folders {
        let path = dir.join(folder);
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(write_error(
                    &path,
                    "it is a symbolic link; ramverk does not write through links",
                ));
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(write_error(&path, "it is a file, not a folder"));
            }
            Ok(_) => missing.push(false),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing.push(true),
            Err(e) => return Err(write_error(&path, e)),
        }
    }
    for file in &layout.files {
        let path = dir.join(file);
        if std::fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_dir()) {
            return Err(write_error(
                &path,
                "it is a folder; ramverk replaces files, never folders",
            ));
        }
    }
    Ok(missing)
}

fn move_in(
    dir: &Path,
    staging: &Staging,
    layout: &Layout,
    missing: &[bool],
    done: &mut Vec<Done>,
) -> Result<(), PluginError> {
    for (folder, &missing) in layout.folders.iter().zip(missing) {
        if missing {
            let path = dir.join(folder);
            std::fs::create_dir(&path).map_err(|e| write_error(&path, e))?;
            done.push(Done::Folder(path));
        }
    }
    let old = staging.old_files();
    std::fs::create_dir(&old).map_err(|e| write_error(&old, e))?;
    let base = staging.new_files();
    for (index, file) in layout.files.iter().enumerate() {
        let target = dir.join(file);
        let staged = base.join(file);
        // The file being replaced stays where it is until the rename replaces it in one step
        // (so a kill leaves the old file or the new one, never none); a second name for it (or
        // a copy) lets a failed publishing put it back.
        let replaced = match std::fs::symlink_metadata(&target) {
            Ok(_) => {
                let aside = old.join(index.to_string());
                std::fs::hard_link(&target, &aside)
                    .or_else(|_| std::fs::copy(&target, &aside).map(|_| ()))
                    .map_err(|e| write_error(&target, e))?;
                Some(aside)
            }
            Err(_) => None,
        };
        std::fs::rename(&staged, &target).map_err(|e| write_error(&target, e))?;
        done.push(Done::Moved { target, replaced });
    }
    Ok(())
}

/// Undoes `done`, last change first: new files removed, replaced files put back, new folders
/// removed.
fn undo(done: Vec<Done>) {
    for change in done.into_iter().rev() {
        match change {
            Done::Folder(path) => {
                let _ = std::fs::remove_dir(path);
            }
            Done::Moved { target, replaced } => match replaced {
                // One step back: the old file replaces the new one.
                Some(aside) => {
                    let _ = std::fs::rename(aside, &target);
                }
                None => {
                    let _ = std::fs::remove_file(&target);
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, content: &str) -> OutputFile {
        OutputFile {
            name: name.into(),
            media_type: "text/plain".into(),
            content: content.as_bytes().to_vec(),
        }
    }

    /// Every file and folder under `dir`, relative, sorted.
    fn tree(dir: &Path) -> Vec<String> {
        fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let relative = path.strip_prefix(base).unwrap().to_string_lossy();
                out.push(relative.replace('\\', "/"));
                if path.is_dir() && !path.is_symlink() {
                    walk(base, &path, out);
                }
            }
        }
        let mut out = Vec::new();
        walk(dir, dir, &mut out);
        out.sort();
        out
    }

    #[test]
    fn a_new_output_folder_appears_whole() {
        let base = tempfile::tempdir().unwrap();
        let dir = base.path().join("out/site");
        let written = write_files(&dir, &[file("a/b.txt", "1"), file("c.txt", "2")], "p").unwrap();
        assert_eq!(written, [dir.join("a/b.txt"), dir.join("c.txt")]);
        assert_eq!(tree(&dir), ["a", "a/b.txt", "c.txt"]);
        // No staging folder is left beside it.
        assert_eq!(
            tree(&base.path().join("out")),
            ["site", "site/a", "site/a/b.txt", "site/c.txt"]
        );
    }

    #[test]
    fn an_existing_output_folder_gets_every_file_or_none() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("keep.txt"), "mine").unwrap();
        std::fs::write(dir.path().join("c.txt"), "old").unwrap();
        write_files(
            dir.path(),
            &[file("a/b.txt", "1"), file("c.txt", "new")],
            "p",
        )
        .unwrap();
        assert_eq!(tree(dir.path()), ["a", "a/b.txt", "c.txt", "keep.txt"]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("c.txt")).unwrap(),
            "new"
        );
        // A file where a folder must go: nothing moves, nothing is left, the old files stay.
        std::fs::write(dir.path().join("x"), "a file").unwrap();
        let error = write_files(
            dir.path(),
            &[
                file("c.txt", "newer"),
                file("new.txt", "n"),
                file("x/y.txt", "y"),
            ],
            "p",
        )
        .unwrap_err();
        assert!(
            error.to_string().contains("is a file, not a folder"),
            "{error}"
        );
        assert_eq!(tree(dir.path()), ["a", "a/b.txt", "c.txt", "keep.txt", "x"]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("c.txt")).unwrap(),
            "new"
        );
    }

    #[test]
    fn a_failed_move_is_rolled_back() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("c.txt"), "old").unwrap();
        let files = [
            file("c.txt", "new"),
            file("d/e.txt", "e"),
            file("f.txt", "f"),
        ];
        let layout = layout(&files).unwrap();
        let staging = Staging::new(dir.path(), INSIDE).unwrap();
        stage(&staging, &files, &layout).unwrap();
        let missing = check_targets(dir.path(), &layout).unwrap();
        // The last file's staged copy disappears: its move fails after two moves succeeded.
        std::fs::remove_file(staging.new_files().join("f.txt")).unwrap();
        let mut done = Vec::new();
        assert!(move_in(dir.path(), &staging, &layout, &missing, &mut done).is_err());
        assert_eq!(done.len(), 3);
        undo(done);
        staging.remove();
        assert_eq!(tree(dir.path()), ["c.txt"]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("c.txt")).unwrap(),
            "old"
        );
    }

    #[test]
    fn names_that_do_not_fit_write_nothing() {
        let dir = tempfile::tempdir().unwrap();
        for files in [
            vec![file("ok.txt", "1"), file("../evil.txt", "2")],
            vec![file("x/y.txt", "1"), file("x", "2")],
        ] {
            let error = write_files(dir.path(), &files, "p").unwrap_err();
            assert!(matches!(error, PluginError::Invalid { .. }), "{error}");
            assert_eq!(tree(dir.path()), Vec::<String>::new());
        }
    }

    #[cfg(unix)]
    #[test]
    fn does_not_write_through_symbolic_links() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).unwrap();
        let error = write_files(dir.path(), &[file("link/x.txt", "x")], "p").unwrap_err();
        assert!(error.to_string().contains("symbolic link"), "{error}");
        assert_eq!(tree(outside.path()), Vec::<String>::new());
        assert_eq!(tree(dir.path()), ["link"]);
    }
}
