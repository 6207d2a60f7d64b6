//! Atomic file writes: a locked temporary file beside the target, then a rename over it.
//!
//! The guarantees, for every file ramverk writes or rewrites:
//! - readers (and a crash or `kill -9` at any moment) see the whole old file or the whole new one;
//! - a symbolic link stays a link: the file it points to is replaced, beside itself;
//! - the replaced file's permissions are kept (the Unix mode; on Windows the read-only flag);
//! - directories, pipes (FIFOs), block devices and sockets are refused with a message saying what
//!   they are; a character device (`/dev/null`, a terminal) is written to directly, as a stream;
//! - temporary files are named `.<name>.ramverk-<pid>-<random>.tmp` and hold an exclusive lock
//!   while their writer lives. Every write first removes the temporary files of this pattern in
//!   its directory that nobody holds locked: their writer was killed. A file whose lock cannot
//!   be taken is left alone, so a live writer's file is never removed, whatever its age.

use std::fs::{self, File, Permissions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::read_limited::SpecialFile;

/// How many symbolic links a target may go through.
const MAX_LINKS: usize = 40;
/// The longest part of a target's name kept in its temporary file's name (names have 255 bytes).
const MAX_NAME_IN_TEMPORARY: usize = 160;

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // Asked of the system first: it follows links the way opening would (`/dev/stdout`).
    #[cfg(unix)]
    if let Ok(metadata) = fs::metadata(path)
        && SpecialFile::of(&metadata.file_type()) == Some(SpecialFile::CharDevice)
    {
        let mut device = fs::OpenOptions::new().write(true).open(path)?;
        return device.write_all(bytes).and_then(|()| device.flush());
    }
    let mut staged = StagedFile::create(path)?;
    staged.write_all(bytes)?;
    staged.commit()
}

/// A new version of a file, written beside it and put in its place by [`StagedFile::commit`];
/// dropped without a commit, it is removed and the old file stays as it was.
#[derive(Debug)]
pub struct StagedFile {
    file: Option<File>,
    temporary: PathBuf,
    target: PathBuf,
    permissions: Option<Permissions>,
}

impl StagedFile {
    /// Starts a new version of the regular file at `path` (which need not exist yet); a symbolic
    /// link is followed, so the file it points to is the one replaced.
    pub fn create(path: &Path) -> io::Result<StagedFile> {
        // Asked of the system first: it follows links the way opening would (`/dev/stdout`
        // when it is a pipe names no file, yet is one).
        if let Ok(metadata) = fs::metadata(path)
            && let Some(kind) = SpecialFile::of(&metadata.file_type())
        {
            return Err(refused(path, kind));
        }
        let target = resolve_links(path)?;
        let permissions = match fs::metadata(&target) {
            Ok(metadata) => match SpecialFile::of(&metadata.file_type()) {
                None => Some(metadata.permissions()),
                Some(kind) => return Err(refused(&target, kind)),
            },
            Err(error) if error.kind() == io::ErrorKind::NotFound => None,
            Err(error) => return Err(error),
        };
        let dir = parent_of(&target);
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no file name"))?
            .to_string_lossy()
            .into_owned();
        remove_stale_temporaries(&dir);
        for _ in 0..16 {
            let temporary = dir.join(temporary_name(&name));
            let file = match File::options()
                .write(true)
                .create_new(true)
                .open(&temporary)
            {
                Ok(file) => file,
                Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(error) => return Err(error),
            };
            // Held until the rename: it tells other runs that this file is not stale. Where file
            // systems cannot lock, nobody can take the lock either, so nothing is removed.
            let _ = file.lock();
            // A run that cleaned the directory between the create and the lock removed it.
            if !still_named(&file, &temporary) {
                continue;
            }
            return Ok(StagedFile {
                file: Some(file),
                temporary,
                target,
                permissions,
            });
        }
        Err(io::Error::other(format!(
            "cannot create a temporary file in {}",
            dir.display()
        )))
    }

    /// The file that [`StagedFile::commit`] replaces (symbolic links resolved).
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes the new version to disk, gives it the old file's permissions and renames it over
    /// the old file.
    pub fn commit(mut self) -> io::Result<()> {
        let file = self
            .file
            .take()
            .ok_or_else(|| io::Error::other("already committed"))?;
        let result = (|| {
            if let Some(permissions) = &self.permissions {
                file.set_permissions(permissions.clone())?;
            }
            file.sync_all()?;
            // Windows cannot rename a file that is open; Unix keeps the lock until the rename.
            #[cfg(windows)]
            drop(file);
            fs::rename(&self.temporary, &self.target)?;
            #[cfg(unix)]
            {
                drop(file);
                if let Ok(dir) = File::open(parent_of(&self.target)) {
                    let _ = dir.sync_all();
                }
            }
            Ok(())
        })();
        if result.is_err() {
            let _ = fs::remove_file(&self.temporary);
        }
        self.temporary = PathBuf::new();
        result
    }
}

impl Write for StagedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(file) => file.write(buf),
            None => Err(io::Error::other("already committed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some(file) => file.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            drop(file);
            let _ = fs::remove_file(&self.temporary);
        }
    }
}

/// The error for a target that is not a regular file.
fn refused(target: &Path, kind: SpecialFile) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{} is {}; ramverk replaces only regular files (name a file, or print to standard output)",
            target.display(),
            kind.describe()
        ),
    )
}

/// The directory a file is in (`.` for a bare name).
fn parent_of(path: &Path) -> PathBuf {
    path.parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf()
}

/// The file `path` names once its symbolic links are followed (it need not exist).
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = if link.is_absolute() {
                    link
                } else {
                    current.parent().unwrap_or(Path::new("")).join(link)
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{}: more than {MAX_LINKS} symbolic links in a row",
            path.display()
        ),
    ))
}

/// `.<name>.ramverk-<pid>-<random>.tmp`.
fn temporary_name(name: &str) -> String {
    let mut end = name.len().min(MAX_NAME_IN_TEMPORARY);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    let name = &name[..end];
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |time| time.as_nanos()),
    );
    format!(
        ".{name}.ramverk-{}-{:016x}.tmp",
        std::process::id(),
        hasher.finish()
    )
}

/// Whether a file name has the pattern of [`temporary_name`].
fn is_temporary_name(name: &str) -> bool {
    let Some(rest) = name
        .strip_prefix('.')
        .and_then(|rest| rest.strip_suffix(".tmp"))
    else {
        return false;
    };
    let Some((rest, random)) = rest.rsplit_once('-') else {
        return false;
    };
    let Some((_, pid)) = rest.rsplit_once(".ramverk-") else {
        return false;
    };
    random.len() == 16
        && random.bytes().all(|b| b.is_ascii_hexdigit())
        && !pid.is_empty()
        && pid.bytes().all(|b| b.is_ascii_digit())
}

/// Removes the temporary files in `dir` left by writers that were killed: those nobody holds
/// locked. Best effort; a file that cannot be examined is left alone.
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_str().is_some_and(is_temporary_name) {
            continue;
        }
        if !entry.file_type().is_ok_and(|kind| kind.is_file()) {
            continue;
        }
        let path = entry.path();
        let Ok(file) = File::open(&path) else {
            continue;
        };
        if file.try_lock().is_ok() {
            let _ = fs::remove_file(&path);
        }
    }
}

/// Whether `path` still names the open `file` (not removed or replaced since it was opened): a
/// lock file checks that it still locks the name it was taken for.
pub fn still_named(file: &File, path: &Path) -> bool {
    let Ok(named) = fs::symlink_metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        file.metadata()
            .is_ok_and(|open| open.dev() == named.dev() && open.ino() == named.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        named.is_file()
    }
}

#[cfg(test)]
mod tests {
    use super::{is_temporary_name, remove_stale_temporaries, temporary_name, write_atomic};
    use std::path::Path;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn replaces_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        assert_eq!(names(dir.path()), ["a.txt"]);
    }

    #[test]
    fn temporary_names_are_recognised() {
        let name = temporary_name("framework.yaml");
        assert!(name.starts_with(".framework.yaml.ramverk-"), "{name}");
        assert!(is_temporary_name(&name), "{name}");
        assert_ne!(name, temporary_name("framework.yaml"));
        for other in [
            ".framework.yaml.123.tmp",
            "framework.yaml",
            ".a.ramverk-12-xyz.tmp",
            ".a.ramverk--0123456789abcdef.tmp",
            "a.ramverk-12-0123456789abcdef.tmp",
        ] {
            assert!(!is_temporary_name(other), "{other}");
        }
        let long = "x".repeat(250);
        assert!(temporary_name(&long).len() < 255);
        let long = "å".repeat(125);
        assert!(temporary_name(&long).len() < 255);
    }

    #[test]
    fn stale_temporaries_are_removed_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir
            .path()
            .join(".a.txt.ramverk-999999-0123456789abcdef.tmp");
        std::fs::write(&stale, "half").unwrap();
        let live = dir.path().join(".b.txt.ramverk-1-fedcba9876543210.tmp");
        let held = std::fs::File::create(&live).unwrap();
        held.lock().unwrap();
        let foreign = dir.path().join(".c.txt.42.tmp");
        std::fs::write(&foreign, "not ours").unwrap();
        remove_stale_temporaries(dir.path());
        assert_eq!(
            names(dir.path()),
            [".b.txt.ramverk-1-fedcba9876543210.tmp", ".c.txt.42.tmp"]
        );
        drop(held);
        write_atomic(&dir.path().join("a.txt"), b"new").unwrap();
        assert_eq!(names(dir.path()), [".c.txt.42.tmp", "a.txt"]);
    }

    #[test]
    fn directories_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let error = write_atomic(&dir.path().join("sub"), b"x").unwrap_err();
        assert!(error.to_string().contains("is a directory"), "{error}");
        assert_eq!(names(dir.path()), ["sub"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_stays_a_link_and_permissions_stay() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("real")).unwrap();
        let real = dir.path().join("real/a.txt");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink("real/a.txt", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o7777, 0o640);
        assert_eq!(names(&dir.path().join("real")), ["a.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn pipes_are_refused_and_character_devices_streamed_to() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let error = write_atomic(&fifo, b"x").unwrap_err();
        assert!(error.to_string().contains("named pipe (FIFO)"), "{error}");
        assert_eq!(names(dir.path()), ["pipe"]);
        write_atomic(Path::new("/dev/null"), b"discarded").unwrap();
        // A pipe named by a link the system follows itself (`/dev/stdout` when piped).
        #[cfg(target_os = "linux")]
        {
            use std::os::fd::AsRawFd;
            let (_reader, writer) = std::io::pipe().unwrap();
            let named = format!("/proc/self/fd/{}", writer.as_raw_fd());
            let error = write_atomic(Path::new(&named), b"x").unwrap_err();
            assert!(error.to_string().contains("named pipe (FIFO)"), "{error}");
        }
    }
}
