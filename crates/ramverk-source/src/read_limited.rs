//! Bounded reads: only regular files (or `-`, standard input), never more bytes than a limit.

use std::fmt;
use std::fs::{self, File, FileType};
use std::io::{self, Read};
use std::path::Path;
use std::string::FromUtf8Error;

/// The path that means standard input.
pub const STDIN: &str = "-";

/// What a path names when it is not a regular file, which ramverk neither reads nor replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialFile {
    Directory,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Other,
}

impl SpecialFile {
    /// The kind of a file type that is not a regular file; `None` for a regular file. Symbolic
    /// links count as `Other`: pass the type of what they point to.
    pub fn of(file_type: &FileType) -> Option<SpecialFile> {
        if file_type.is_file() {
            return None;
        }
        if file_type.is_dir() {
            return Some(SpecialFile::Directory);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Some(SpecialFile::Fifo);
            }
            if file_type.is_char_device() {
                return Some(SpecialFile::CharDevice);
            }
            if file_type.is_block_device() {
                return Some(SpecialFile::BlockDevice);
            }
            if file_type.is_socket() {
                return Some(SpecialFile::Socket);
            }
        }
        Some(SpecialFile::Other)
    }

    /// `a directory`, `a named pipe (FIFO)`, ...
    pub fn describe(self) -> &'static str {
        match self {
            SpecialFile::Directory => "a directory",
            SpecialFile::Fifo => "a named pipe (FIFO)",
            SpecialFile::CharDevice => "a character device",
            SpecialFile::BlockDevice => "a block device",
            SpecialFile::Socket => "a socket",
            SpecialFile::Other => "not a regular file",
        }
    }
}

/// Why a bounded read failed.
#[derive(Debug)]
pub enum ReadError {
    /// The operating system refused (not found, no permission, ...).
    Io(io::Error),
    /// The path names a directory, pipe, device or socket.
    Special(SpecialFile),
    /// More than `limit` bytes; `size` is the size the file system reported, when it did.
    TooLarge { limit: u64, size: Option<u64> },
    /// The bytes (all of them, within the limit) are not UTF-8.
    NotUtf8(FromUtf8Error),
}

impl ReadError {
    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io(error) if error.kind() == io::ErrorKind::NotFound)
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(error) => write!(f, "{error}"),
            ReadError::Special(SpecialFile::Other) => write!(
                f,
                "it is not a regular file; ramverk reads only regular files (or `-` for standard input)"
            ),
            ReadError::Special(kind) => write!(
                f,
                "it is {}, not a regular file; ramverk reads only regular files (or `-` for standard input)",
                kind.describe()
            ),
            ReadError::TooLarge {
                limit,
                size: Some(size),
            } => write!(
                f,
                "file is {size} bytes, more than the limit of {limit} bytes"
            ),
            ReadError::TooLarge { limit, size: None } => {
                write!(f, "file is more than the limit of {limit} bytes")
            }
            ReadError::NotUtf8(error) => write!(
                f,
                "file is not valid UTF-8 (first bad byte at offset {})",
                error.utf8_error().valid_up_to()
            ),
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io(error) => Some(error),
            ReadError::NotUtf8(error) => Some(error),
            _ => None,
        }
    }
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> Self {
        ReadError::Io(error)
    }
}

/// Reads at most `limit` bytes of the regular file at `path` (`-` reads standard input). The
/// limit is on the bytes actually read, whatever size the file system reports; directories,
/// pipes, devices and sockets are refused before they are opened, so a read never blocks on a
/// pipe nobody writes to nor runs on forever (`/dev/zero`).
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    if path.as_os_str() == STDIN {
        return read_up_to(io::stdin().lock(), limit, 0, None);
    }
    refuse_special(&fs::metadata(path)?.file_type())?;
    let file = File::open(path)?;
    let opened = file.metadata()?;
    refuse_special(&opened.file_type())?;
    let size = opened.len();
    if size > limit {
        return Err(ReadError::TooLarge {
            limit,
            size: Some(size),
        });
    }
    read_up_to(file, limit, size, Some(size))
}

/// [`read_limited`], as UTF-8 text.
pub fn read_text_limited(path: &Path, limit: u64) -> Result<String, ReadError> {
    String::from_utf8(read_limited(path, limit)?).map_err(ReadError::NotUtf8)
}

fn refuse_special(file_type: &FileType) -> Result<(), ReadError> {
    match SpecialFile::of(file_type) {
        None => Ok(()),
        Some(kind) => Err(ReadError::Special(kind)),
    }
}

/// Reads until the end or one byte past `limit`, whichever comes first.
fn read_up_to(
    reader: impl Read,
    limit: u64,
    expected: u64,
    size: Option<u64>,
) -> Result<Vec<u8>, ReadError> {
    let capacity = usize::try_from(expected.min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity.saturating_add(1));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        // A file that grew while it was read is reported with no size: the old one is wrong.
        let size = size.filter(|&size| size > limit);
        return Err(ReadError::TooLarge { limit, size });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::{ReadError, SpecialFile, read_limited, read_text_limited, read_up_to};

    #[test]
    fn reads_a_file_within_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "id: a\n").unwrap();
        assert_eq!(read_text_limited(&path, 6).unwrap(), "id: a\n");
        assert!(matches!(
            read_limited(&path, 5),
            Err(ReadError::TooLarge {
                limit: 5,
                size: Some(6)
            })
        ));
    }

    #[test]
    fn the_limit_is_on_bytes_read_not_the_reported_size() {
        // An endless reader, like /dev/zero or a pipe: stops one byte past the limit.
        let endless = std::io::repeat(b'a');
        let error = read_up_to(endless, 1000, 0, Some(0)).unwrap_err();
        assert!(matches!(
            error,
            ReadError::TooLarge {
                limit: 1000,
                size: None
            }
        ));
        assert_eq!(
            error.to_string(),
            "file is more than the limit of 1000 bytes"
        );
    }

    #[test]
    fn directories_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let error = read_limited(dir.path(), 10).unwrap_err();
        assert!(matches!(error, ReadError::Special(SpecialFile::Directory)));
        assert!(error.to_string().contains("it is a directory"));
    }

    #[test]
    fn missing_files_say_so() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            read_limited(&dir.path().join("none"), 10)
                .unwrap_err()
                .is_not_found()
        );
    }

    #[test]
    fn invalid_utf8_is_an_error_of_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("latin1.yaml");
        std::fs::write(&path, b"id: \xe9\n").unwrap();
        assert!(matches!(
            read_text_limited(&path, 100),
            Err(ReadError::NotUtf8(_))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_pipes_are_refused_at_once() {
        let error = read_limited(std::path::Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert!(matches!(error, ReadError::Special(SpecialFile::CharDevice)));
        assert!(error.to_string().contains("character device"), "{error}");
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // Opening a FIFO nobody writes to would block: it is refused before it is opened.
        let error = read_limited(&fifo, 1 << 20).unwrap_err();
        assert!(matches!(error, ReadError::Special(SpecialFile::Fifo)));
    }
}
