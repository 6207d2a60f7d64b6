//! Whether a path is a regular file ramverk may open: broken and looping links, directories,
//! named pipes and devices are told apart, without opening anything (a pipe would block).

use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use ramverk_source::SpecialFile;

/// Why a path cannot be read as a file; shown after "PATH is".
#[derive(Debug, thiserror::Error)]
pub enum NotAFile {
    /// A symbolic link whose target does not exist.
    #[error("a link to `{}`, which does not exist", .0.display())]
    BrokenLink(PathBuf),
    /// A symbolic link that leads back to itself.
    #[error("a link that loops back to itself")]
    LinkLoop,
    /// A directory.
    #[error("a directory, not a file")]
    Directory,
    /// A named pipe, socket or device.
    #[error("{}, not a regular file", special(*.0))]
    Special(SpecialFile),
    /// The operating system refused to say.
    #[error("unreadable: {0}")]
    Io(io::Error),
}

/// The length of the regular file at `path` (a link to one counts), or why it is not one.
pub fn regular_file(path: &Path) -> Result<u64, NotAFile> {
    match fs::metadata(path) {
        Ok(metadata) if metadata.is_file() => Ok(metadata.len()),
        Ok(metadata) if metadata.is_dir() => Err(NotAFile::Directory),
        Ok(metadata) => Err(NotAFile::Special(
            SpecialFile::of(&metadata.file_type()).unwrap_or(SpecialFile::Other),
        )),
        Err(error) => Err(broken_link(path).unwrap_or(NotAFile::Io(error))),
    }
}

/// What a broken link is: a link to nothing or a loop, found by following it hop by hop.
fn broken_link(path: &Path) -> Option<NotAFile> {
    let mut seen = HashSet::new();
    let mut current = path.to_owned();
    // Systems give up after 40 hops; a chain that long is a loop in all but name.
    for _ in 0..40 {
        let metadata = match fs::symlink_metadata(&current) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == io::ErrorKind::NotFound && current != path => {
                return Some(NotAFile::BrokenLink(current));
            }
            Err(_) => return None,
        };
        if !metadata.file_type().is_symlink() {
            return None;
        }
        if !seen.insert(current.clone()) {
            return Some(NotAFile::LinkLoop);
        }
        let target = fs::read_link(&current).ok()?;
        current = match current.parent() {
            Some(parent) if target.is_relative() => parent.join(target),
            _ => target,
        };
    }
    Some(NotAFile::LinkLoop)
}

/// What a special file is, with its article: `a named pipe (FIFO)`, `a socket`, ...
fn special(kind: SpecialFile) -> &'static str {
    match kind {
        SpecialFile::Other => "a special file",
        kind => kind.describe(),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::{NotAFile, SpecialFile, regular_file};

    #[test]
    fn links_pipes_and_directories_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name);
        std::fs::write(path("real.yaml"), "id: x\n").unwrap();
        std::os::unix::fs::symlink("real.yaml", path("good.yaml")).unwrap();
        std::os::unix::fs::symlink("gone.yaml", path("dangling.yaml")).unwrap();
        std::os::unix::fs::symlink("b.yaml", path("a.yaml")).unwrap();
        std::os::unix::fs::symlink("a.yaml", path("b.yaml")).unwrap();
        std::fs::create_dir(path("folder.yaml")).unwrap();
        let status = std::process::Command::new("mkfifo")
            .arg(path("pipe.yaml"))
            .status()
            .unwrap();
        assert!(status.success());

        assert_eq!(regular_file(&path("real.yaml")).unwrap(), 6);
        assert_eq!(regular_file(&path("good.yaml")).unwrap(), 6);
        assert!(
            matches!(regular_file(&path("dangling.yaml")), Err(NotAFile::BrokenLink(target)) if target.ends_with("gone.yaml"))
        );
        assert!(matches!(
            regular_file(&path("a.yaml")),
            Err(NotAFile::LinkLoop)
        ));
        assert!(matches!(
            regular_file(&path("folder.yaml")),
            Err(NotAFile::Directory)
        ));
        assert!(matches!(
            regular_file(&path("pipe.yaml")),
            Err(NotAFile::Special(SpecialFile::Fifo))
        ));
    }
}
