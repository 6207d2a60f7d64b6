//! A framework as it would load after an edit of one of its files, before anything is written.

use std::path::{Path, PathBuf};

use ramverk_check::load::{LoadError, Loaded, load};

/// Why the edited framework could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ReloadError {
    /// The temporary copy could not be written.
    #[error("cannot write a temporary copy of {path} to check the edit: {cause}")]
    Write {
        /// The framework.
        path: PathBuf,
        /// What went wrong.
        cause: std::io::Error,
    },
    /// A file of the framework lies outside the framework's own path.
    #[error("{file} is not inside {path}")]
    Outside {
        /// The file.
        file: PathBuf,
        /// The framework.
        path: PathBuf,
    },
    /// The copy could not be loaded at all.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Loads the framework `loaded` with the text of file number `file` replaced by `text`, from a
/// temporary copy of the texts already read: the files on disk are neither read again nor
/// written. File paths in the result are the temporary copy's.
pub fn reload_edited(loaded: &Loaded, file: usize, text: &str) -> Result<Loaded, ReloadError> {
    let path = &loaded.path;
    let write_error = |cause| ReloadError::Write {
        path: path.clone(),
        cause,
    };
    let copy = tempfile::tempdir().map_err(write_error)?;
    let is_file = loaded.map.files.len() == 1 && loaded.map.files[0].path == *path;
    let root = if is_file {
        copy.path()
            .join(path.file_name().unwrap_or("framework.yaml".as_ref()))
    } else {
        copy.path().to_owned()
    };
    for (index, source) in loaded.map.files.iter().enumerate() {
        let target = if is_file {
            root.clone()
        } else {
            let relative: &Path =
                source
                    .path
                    .strip_prefix(path)
                    .map_err(|_| ReloadError::Outside {
                        file: source.path.clone(),
                        path: path.clone(),
                    })?;
            copy.path().join(relative)
        };
        let body = if index == file { text } else { &source.text };
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(write_error)?;
        }
        std::fs::write(&target, body).map_err(write_error)?;
    }
    Ok(load(&root)?)
}
