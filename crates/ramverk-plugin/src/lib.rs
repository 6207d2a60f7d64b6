//! ramverk-plugin: the plugin host. Loads role-profile, scoring and export plugins
//! (WebAssembly components, `wit/v1`) and runs them in a deny-by-default sandbox with
//! limits on CPU (fuel), wall-clock time, memory and output size.

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

pub use cache::{entry_path as cache_entry_path, CacheOutcome};
pub use discover::{discover, search_paths, Found, SearchPath};
pub use error::{Limit, PluginError};
pub use files::{check_file_name, write_files, OutputFile};
pub use host::Host;
pub use limits::Limits;
pub use manifest::{supported as api_supported, Kind, Manifest, ManifestError, SettingSpec, API_VERSION, MANIFEST_FILE};
pub use plugin::{locate, Derived, Plugin};
