//! Export output files: names confined to the output directory, all written or none.

use std::path::{Component, Path, PathBuf};

use crate::error::PluginError;

/// A file an export plugin produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub name: String,
    pub media_type: String,
    pub content: Vec<u8>,
}

/// The relative path for a plugin-given file name, or why it is refused.
pub fn check_file_name(name: &str) -> Result<PathBuf, String> {
    if name.is_empty() {
        return Err("a file has an empty name".into());
    }
    if name.len() > 1024 {
        return Err(format!(
            "the file name `{}…` is longer than 1024 bytes",
            &name[..name.floor_char_boundary(40)]
        ));
    }
    if name.contains(['\\', '\0', ':']) || name.chars().any(char::is_control) {
        return Err(format!(
            "the file name {name:?} contains a backslash, colon or control character; use `/` between folders"
        ));
    }
    if name.starts_with('/') {
        return Err(format!(
            "the file name `{name}` is absolute; names must be relative to the output directory"
        ));
    }
    let mut path = PathBuf::new();
    for part in name.split('/') {
        match part {
            "" => {
                return Err(format!(
                    "the file name `{name}` has an empty folder name (`//` or a trailing `/`)"
                ));
            }
            "." | ".." => {
                return Err(format!(
                    "the file name `{name}` contains `{part}`; names must stay inside the output directory"
                ));
            }
            _ if part.len() > 255 => {
                return Err(format!(
                    "a part of the file name `{name}` is longer than 255 bytes"
                ));
            }
            _ => path.push(part),
        }
    }
    debug_assert!(path.components().all(|c| matches!(c, Component::Normal(_))));
    Ok(path)
}

/// Checks every name, then writes every file into `dir` through temporary files that are renamed
/// only once all of them are written: a failure leaves no new or half-written file behind.
pub fn write_files(
    dir: &Path,
    files: &[OutputFile],
    plugin: &str,
) -> Result<Vec<PathBuf>, PluginError> {
    let invalid = |message: String| PluginError::Invalid {
        plugin: plugin.to_string(),
        message,
    };
    let mut targets = Vec::with_capacity(files.len());
    for file in files {
        let relative = check_file_name(&file.name).map_err(invalid)?;
        if targets.contains(&relative) {
            return Err(invalid(format!(
                "it returned the file `{}` twice",
                file.name
            )));
        }
        targets.push(relative);
    }
    let write_error = |path: &Path, error: std::io::Error| PluginError::Write {
        path: path.to_path_buf(),
        message: error.to_string(),
    };
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let result = (|| {
        for (file, relative) in files.iter().zip(&targets) {
            let target = dir.join(relative);
            let parent = target.parent().unwrap_or(dir);
            create_dirs_inside(dir, parent).map_err(|e| write_error(parent, e))?;
            let temporary = parent.join(format!(
                ".{}.{}.tmp",
                relative.file_name().unwrap_or_default().to_string_lossy(),
                std::process::id()
            ));
            staged.push((temporary.clone(), target.clone()));
            write_synced(&temporary, &file.content).map_err(|e| write_error(&target, e))?;
        }
        for (temporary, target) in &staged {
            std::fs::rename(temporary, target).map_err(|e| write_error(target, e))?;
        }
        Ok(())
    })();
    if result.is_err() {
        for (temporary, _) in &staged {
            let _ = std::fs::remove_file(temporary);
        }
    }
    result.map(|()| targets.iter().map(|relative| dir.join(relative)).collect())
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Creates `target` and its parents below `root`, refusing to pass through a symbolic link.
fn create_dirs_inside(root: &Path, target: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(root)?;
    let relative = target.strip_prefix(root).unwrap_or(Path::new(""));
    let mut current = root.to_path_buf();
    for part in relative.components() {
        current.push(part);
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(std::io::Error::other(format!(
                    "{} is a symbolic link; ramverk does not write through links",
                    current.display()
                )));
            }
            Ok(meta) if !meta.is_dir() => {
                return Err(std::io::Error::other(format!(
                    "{} is a file, not a folder",
                    current.display()
                )));
            }
            Ok(_) => {}
            Err(_) => std::fs::create_dir(&current)?,
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_inside_the_output_directory() {
        assert_eq!(
            check_file_name("case/framework.json").unwrap(),
            PathBuf::from("case/framework.json")
        );
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a//b",
            "a/",
            "./a",
            "C:\\x",
            "a\\b",
            "c:x",
            "a\nb",
        ] {
            assert!(check_file_name(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn a_bad_name_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str| OutputFile {
            name: name.into(),
            media_type: "text/plain".into(),
            content: b"x".to_vec(),
        };
        let error =
            write_files(dir.path(), &[file("ok.txt"), file("../evil.txt")], "p").unwrap_err();
        assert!(
            error.to_string().contains("inside the output directory"),
            "{error}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        let written = write_files(dir.path(), &[file("a/b.txt"), file("c.txt")], "p").unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(std::fs::read(dir.path().join("a/b.txt")).unwrap(), b"x");
    }

    #[cfg(unix)]
    #[test]
    fn does_not_write_through_symbolic_links() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).unwrap();
        let file = OutputFile {
            name: "link/x.txt".into(),
            media_type: "text/plain".into(),
            content: b"x".to_vec(),
        };
        assert!(write_files(dir.path(), &[file], "p").is_err());
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    }
}
