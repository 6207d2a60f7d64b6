//! The compiled-plugin cache's folder and secret key, trusted only when no one but this user can
//! have written them.
//!
//! The key is 32 random bytes in `KEY_FILE`, created once with mode 0600 and published with a hard
//! link (all or nothing, never replacing a key another process made first). On Unix the folder must
//! be a real folder owned by the effective user and writable by no one else; one that others may
//! only read or enter (0755, 0750) is made private (0700) and reported as [`Tightened`]. The key
//! must be a regular file (not a symbolic link) owned by that user that no one else may read or
//! write. On Windows the folder and key are refused when they are symbolic links; their privacy
//! rests on the ACLs of the user's profile folder, which ramverk does not inspect.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The key's file name inside the cache folder.
pub const KEY_FILE: &str = "cache-key";

/// The key's length in bytes.
const KEY_LEN: usize = 32;

/// A cache folder that passed the checks, and its key.
#[derive(Clone)]
pub struct TrustedDir {
    pub path: PathBuf,
    pub key: [u8; KEY_LEN],
    /// Set when the folder was made private by this check.
    pub tightened: Option<Tightened>,
}

/// A cache folder others could read or enter, made private (mode 0700) before it was used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tightened {
    pub path: PathBuf,
    /// Its mode before (permission bits only), e.g. `0o755`.
    pub mode: u32,
}

impl std::fmt::Debug for TrustedDir {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustedDir")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// `dir` and its key, creating both when missing; or why the cache must not be used.
pub fn open(dir: &Path) -> Result<TrustedDir, String> {
    create_dir(dir)
        .map_err(|e| format!("cannot create the cache folder {}: {e}", dir.display()))?;
    let tightened = check_dir(dir)?;
    let path = dir.join(KEY_FILE);
    let key = match read_key(&path)? {
        Some(key) => key,
        None => create_key(dir, &path)?,
    };
    Ok(TrustedDir {
        path: dir.to_path_buf(),
        key,
        tightened,
    })
}

/// Creates `dir` (mode 0700 on Unix) and its parents when missing.
fn create_dir(dir: &Path) -> std::io::Result<()> {
    if std::fs::symlink_metadata(dir).is_ok() {
        return Ok(());
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    #[cfg(unix)]
    let builder = {
        let mut builder = std::fs::DirBuilder::new();
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
    };
    #[cfg(not(unix))]
    let builder = std::fs::DirBuilder::new();
    match builder.create(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other,
    }
}

/// Checks that `dir` is a real folder that only this user can write to, and makes it private
/// (0700) when others may read or enter it.
fn check_dir(dir: &Path) -> Result<Option<Tightened>, String> {
    let meta = std::fs::symlink_metadata(dir)
        .map_err(|e| format!("cannot read the cache folder {}: {e}", dir.display()))?;
    if meta.file_type().is_symlink() {
        return Err(format!(
            "the cache folder {} is a symbolic link; point RAMVERK_CACHE_DIR at the real folder",
            dir.display()
        ));
    }
    if !meta.is_dir() {
        return Err(format!(
            "the cache folder {} is not a folder",
            dir.display()
        ));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let user = rustix::process::geteuid().as_raw();
        if meta.uid() != user {
            return Err(format!(
                "the cache folder {} belongs to user id {}, not to you (user id {user})",
                dir.display(),
                meta.uid()
            ));
        }
        let mode = meta.mode() & 0o7777;
        if mode & 0o022 != 0 {
            return Err(format!(
                "the cache folder {} is writable by other users (mode {mode:o}); run `chmod 700 {}`",
                dir.display(),
                dir.display()
            ));
        }
        if mode & 0o077 != 0 {
            make_private(dir, &meta)?;
            return Ok(Some(Tightened {
                path: dir.to_path_buf(),
                mode,
            }));
        }
    }
    Ok(None)
}

/// Sets the mode of the folder `dir` (described by `meta`) to 0700, through a handle that does not
/// follow symbolic links and is checked to be that same folder.
#[cfg(unix)]
fn make_private(dir: &Path, meta: &std::fs::Metadata) -> Result<(), String> {
    use rustix::fs::{Mode, OFlags};
    use std::os::unix::fs::MetadataExt;
    let failed = |e: &dyn std::fmt::Display| {
        format!(
            "cannot make the cache folder {} private: {e}; run `chmod 700 {}`",
            dir.display(),
            dir.display()
        )
    };
    let fd = rustix::fs::open(
        dir,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
        Mode::empty(),
    )
    .map_err(|e| failed(&e))?;
    let opened = rustix::fs::fstat(&fd).map_err(|e| failed(&e))?;
    if opened.st_dev != meta.dev() || opened.st_ino != meta.ino() {
        return Err(failed(&"it changed while being checked"));
    }
    rustix::fs::fchmod(&fd, Mode::from_raw_mode(0o700)).map_err(|e| failed(&e))
}

/// The key at `path`; `None` when there is none yet.
fn read_key(path: &Path) -> Result<Option<[u8; KEY_LEN]>, String> {
    let refuse = |why: String| {
        format!(
            "the cache key {} {why}; delete the cache folder to start a new cache",
            path.display()
        )
    };
    let mut file = match open_no_follow(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(refuse(format!("cannot be opened ({e})"))),
    };
    let meta = file
        .metadata()
        .map_err(|e| refuse(format!("cannot be read ({e})")))?;
    if !meta.is_file() {
        return Err(refuse("is not a regular file".into()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let user = rustix::process::geteuid().as_raw();
        if meta.uid() != user {
            return Err(refuse(format!(
                "belongs to user id {}, not to you",
                meta.uid()
            )));
        }
        if meta.mode() & 0o077 != 0 {
            return Err(refuse(format!(
                "may be read or written by other users (mode {:o}, must be 600)",
                meta.mode() & 0o7777
            )));
        }
    }
    if meta.len() != KEY_LEN as u64 {
        return Err(refuse(format!(
            "is {} bytes long, not {KEY_LEN}",
            meta.len()
        )));
    }
    let mut key = [0u8; KEY_LEN];
    file.read_exact(&mut key)
        .map_err(|e| refuse(format!("cannot be read ({e})")))?;
    Ok(Some(key))
}

/// Opens `path` for reading, failing (rather than following) when it is a symbolic link.
#[cfg(unix)]
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    use rustix::fs::{Mode, OFlags};
    let fd = rustix::fs::open(
        path,
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK,
        Mode::empty(),
    )
    .map_err(|e| {
        if e == rustix::io::Errno::LOOP {
            std::io::Error::other("it is a symbolic link")
        } else {
            std::io::Error::from(e)
        }
    })?;
    Ok(std::fs::File::from(fd))
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Err(std::io::Error::other("it is a symbolic link"));
    }
    std::fs::File::open(path)
}

/// Writes a new random key to a private temporary file and links it into place; when another
/// process linked its key first, that key is the one used.
fn create_key(dir: &Path, path: &Path) -> Result<[u8; KEY_LEN], String> {
    let failed =
        |e: &dyn std::fmt::Display| format!("cannot create the cache key {}: {e}", path.display());
    let mut key = [0u8; KEY_LEN];
    getrandom::fill(&mut key).map_err(|e| failed(&e))?;
    let mut nonce = [0u8; 8];
    getrandom::fill(&mut nonce).map_err(|e| failed(&e))?;
    let temporary = dir.join(format!(
        ".{KEY_FILE}.{}.{:016x}.tmp",
        std::process::id(),
        u64::from_le_bytes(nonce)
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&temporary).and_then(|mut file| {
        file.write_all(&key)?;
        file.sync_all()
    });
    let linked = written.and_then(|()| std::fs::hard_link(&temporary, path));
    let _ = std::fs::remove_file(&temporary);
    match linked {
        Ok(()) => Ok(key),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => match read_key(path)? {
            Some(key) => Ok(key),
            None => Err(failed(&"it vanished while being created")),
        },
        Err(e) => Err(failed(&e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_folder_gets_a_private_key_that_stays_the_same() {
        let base = tempfile::tempdir().unwrap();
        let dir = base.path().join("a/cache");
        let first = open(&dir).unwrap();
        let second = open(&dir).unwrap();
        assert_eq!(first.key, second.key);
        assert_ne!(first.key, [0u8; KEY_LEN]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&dir), 0o700);
            assert_eq!(mode(&dir.join(KEY_FILE)), 0o600);
        }
        // Only the key is left: the temporary file it was written to is gone.
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, [KEY_FILE]);
    }

    #[test]
    fn a_damaged_key_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(KEY_FILE), b"short").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let key = dir.path().join(KEY_FILE);
            std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let error = open(dir.path()).unwrap_err();
        assert!(error.contains("is 5 bytes long"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_or_key_of_another_user_is_refused() {
        if rustix::process::geteuid().is_root() {
            // Root can give a folder and a key away.
            let dir = tempfile::tempdir().unwrap();
            open(dir.path()).unwrap();
            let key = dir.path().join(KEY_FILE);
            std::os::unix::fs::chown(&key, Some(65534), None).unwrap();
            let error = open(dir.path()).unwrap_err();
            assert!(error.contains("belongs to user id 65534"), "{error}");
            std::os::unix::fs::chown(dir.path(), Some(65534), None).unwrap();
            let error = open(dir.path()).unwrap_err();
            assert!(
                error.contains("belongs to user id 65534, not to you"),
                "{error}"
            );
            // Someone else's readable folder is refused, not made private.
            use std::os::unix::fs::PermissionsExt;
            let readable = std::fs::Permissions::from_mode(0o755);
            std::fs::set_permissions(dir.path(), readable).unwrap();
            let error = open(dir.path()).unwrap_err();
            assert!(error.contains("not to you"), "{error}");
            let mode = std::fs::metadata(dir.path()).unwrap().permissions().mode();
            assert_eq!(mode & 0o7777, 0o755);
        } else {
            // Anyone else: `/` belongs to root, and is refused before anything is written there.
            let error = open(Path::new("/")).unwrap_err();
            assert!(
                error.contains("belongs to user id 0, not to you"),
                "{error}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn unsafe_folders_and_keys_are_refused() {
        use std::os::unix::fs::PermissionsExt;
        let chmod = |p: &Path, mode: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
        };
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
        // A folder others may write to.
        let dir = tempfile::tempdir().unwrap();
        chmod(dir.path(), 0o777);
        let error = open(dir.path()).unwrap_err();
        assert!(error.contains("writable by other users"), "{error}");
        chmod(dir.path(), 0o775);
        let error = open(dir.path()).unwrap_err();
        assert!(
            error.contains("writable by other users (mode 775)"),
            "{error}"
        );
        chmod(dir.path(), 0o707);
        assert!(open(dir.path()).is_err());
        // Refused, nothing was written to it and its mode is as it was.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        assert_eq!(mode(dir.path()), 0o707);
        // A folder others may only read and enter is made private, and said to be.
        chmod(dir.path(), 0o755);
        let trusted = open(dir.path()).unwrap();
        assert_eq!(mode(dir.path()), 0o700);
        assert_eq!(
            trusted.tightened,
            Some(Tightened {
                path: dir.path().to_path_buf(),
                mode: 0o755
            })
        );
        chmod(dir.path(), 0o750);
        assert_eq!(open(dir.path()).unwrap().tightened.unwrap().mode, 0o750);
        // A private folder is left as it is.
        assert_eq!(open(dir.path()).unwrap().tightened, None);
        assert_eq!(mode(dir.path()), 0o700);
        // A key others may read.
        let key = dir.path().join(KEY_FILE);
        chmod(&key, 0o644);
        let error = open(dir.path()).unwrap_err();
        assert!(
            error.contains("may be read or written by other users"),
            "{error}"
        );
        chmod(&key, 0o600);
        assert_eq!(open(dir.path()).unwrap().key, trusted.key);
        // A key that is a symbolic link, even to a file of the right size and mode.
        let elsewhere = tempfile::tempdir().unwrap();
        std::fs::rename(&key, elsewhere.path().join("key")).unwrap();
        std::os::unix::fs::symlink(elsewhere.path().join("key"), &key).unwrap();
        let error = open(dir.path()).unwrap_err();
        assert!(error.contains("symbolic link"), "{error}");
        // A cache folder that is a symbolic link.
        let link = elsewhere.path().join("link");
        std::os::unix::fs::symlink(dir.path(), &link).unwrap();
        let error = open(&link).unwrap_err();
        assert!(error.contains("symbolic link"), "{error}");
    }
}
