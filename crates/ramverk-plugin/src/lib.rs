//! ramverk-plugin: the plugin host — loads role-profile, scoring and export plugins (WebAssembly
//! components, `wit/v1`) into a deny-by-default sandbox, from disk or compiled in (the bundled
//! export plugins). It knows no arguments and no output.
//!
//! Limits: CPU (fuel), wall-clock time, memory, output size and the number of files.

mod bindings;
mod builtin;
mod cache;
mod cache_key;
mod convert;
mod discover;
mod error;
mod files;
mod host;
mod limits;
mod manifest;
mod plugin;
mod publish;
mod sandbox;
mod source;
mod staging;

pub use builtin::{BUILT_IN, BuiltIn};
pub use cache::{CacheOutcome, entry_path as cache_entry_path};
pub use cache_key::{KEY_FILE as CACHE_KEY_FILE, Tightened as CacheTightened};
pub use discover::{Found, Origin, SearchPath, discover, search_paths};
pub use error::{Limit, PluginError};
pub use files::{Layout, OutputFile, check_file_name, layout};
pub use host::Host;
pub use limits::Limits;
pub use manifest::{
    API_VERSION, Kind, MANIFEST_FILE, Manifest, ManifestError, SettingSpec,
    supported as api_supported,
};
pub use plugin::{Derived, Plugin, locate};
pub use publish::write_files;
pub use source::{Location, Source};
