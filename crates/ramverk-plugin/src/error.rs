//! Why a plugin could not be loaded or run, always naming the plugin.

use std::path::PathBuf;

/// The sandbox limit a plugin ran into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Fuel,
    Time,
    Memory,
    Stack,
    Output,
    Files,
}

impl Limit {
    /// The limit's name, as `--plugin-limit NAME=VALUE` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Limit::Fuel => "fuel",
            Limit::Time => "time",
            Limit::Memory => "memory",
            Limit::Stack => "stack",
            Limit::Output => "output",
            Limit::Files => "files",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    #[error("cannot read plugin {path}: {message}")]
    Read { path: PathBuf, message: String },
    #[error("{0}")]
    Manifest(#[from] crate::manifest::ManifestError),
    #[error("plugin {plugin}: {path} is not a WebAssembly component ramverk can run: {message}")]
    Compile {
        plugin: String,
        path: PathBuf,
        message: String,
    },
    #[error(
        "plugin {plugin} was built for plugin API {found}, but this ramverk supports API {supported}; rebuild it with ramverk-plugin-sdk {supported}"
    )]
    ApiVersion {
        plugin: String,
        found: String,
        supported: String,
    },
    #[error("plugin {plugin} is of kind {found}; this needs a plugin of kind {wanted}")]
    WrongKind {
        plugin: String,
        found: String,
        wanted: String,
    },
    #[error("plugin {plugin} could not start: {message}")]
    Instantiate { plugin: String, message: String },
    #[error("plugin {plugin} stopped at the {} limit: {hint}", limit.name())]
    Limit {
        plugin: String,
        limit: Limit,
        limit_value: String,
        hint: String,
    },
    #[error("plugin {plugin} crashed: {message}{}", stderr_note(stderr))]
    Trap {
        plugin: String,
        message: String,
        stderr: String,
    },
    #[error("cannot give plugin {plugin} this input: {message}")]
    Input { plugin: String, message: String },
    #[error("plugin {plugin} reported an error: {message}")]
    Reported { plugin: String, message: String },
    #[error("plugin {plugin} returned invalid data: {message}")]
    Invalid { plugin: String, message: String },
    #[error("plugin {plugin}: its self-test failed: {message}")]
    SelfTest { plugin: String, message: String },
    #[error("could not write {path}: {message}")]
    Write { path: PathBuf, message: String },
}

fn stderr_note(stderr: &str) -> String {
    let stderr = stderr.trim();
    if stderr.is_empty() {
        String::new()
    } else {
        format!("\n  it printed: {}", stderr.replace('\n', "\n    "))
    }
}
