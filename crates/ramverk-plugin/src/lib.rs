//! ramverk-plugin: the plugin host — loads role-profile, scoring and export plugins (WebAssembly
//! components, `wit/v1`) into a deny-by-default sandbox. It knows no arguments and no output.
//!
//! Limits: CPU (fuel), wall-clock time, memory and output size.

mod bindings;
mod cache;
mod convert;
mod discover;
mod error;
mod files;
mod host;
mod limits;
mod manifest;
mod plugin;
mod sandbox;

pub use cache::{CacheOutcome, entry_path as cache_entry_path};
pub use discover::{Found, SearchPath, discover, search_paths};
pub use error::{Limit, PluginError};
pub use files::{OutputFile, check_file_name, write_files};
pub use host::Host;
pub use limits::Limits;
pub use manifest::{
    API_VERSION, Kind, MANIFEST_FILE, Manifest, ManifestError, SettingSpec,
    supported as api_supported,
};
pub use plugin::{Derived, Plugin, locate};
