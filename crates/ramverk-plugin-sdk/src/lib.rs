//! ramverk-plugin-sdk: the guest SDK — write a ramverk plugin by implementing one trait and naming
//! it in one macro. It knows nothing of the host; it sees the model only through `wit/v1`.
//!
//! Enable the feature of the plugin kind you write (`scoring`, `role-profile`, `export`, or
//! `detailed-export` for an export that also receives the framework's statements, learning
//! outcomes, level steps, glossary and licence), implement `scoring::Scoring`,
//! `role_profile::RoleProfile`, `export::Export` or `detailed_export::DetailedExport`, and invoke
//! the matching macro:
//!
//! ```ignore
//! use ramverk_plugin_sdk::export::*;
//!
//! struct Titles;
//! impl Export for Titles {
//!     fn render(framework: Framework, _config: Config) -> Result<Vec<File>, String> {
//!         let lines: Vec<String> = framework.competences.iter().map(|c| format!("{} {}", c.id, c.title)).collect();
//!         Ok(vec![File::text("titles.txt", "text/plain", lines.join("\n"))])
//!     }
//! }
//! ramverk_plugin_sdk::export_plugin!(Titles);
//! ```
//!
//! Build with `cargo build --release --target wasm32-wasip2`; see docs/plugins.md.

extern crate self as ramverk_plugin_sdk;

mod config;
mod model;

pub use config::Config;
pub use model::FrameworkExt;

/// The framework model as plugins see it (generated from `wit/v1/types.wit`).
pub mod types {
    wit_bindgen::generate!({
        path: "../../wit/v1",
        world: "model",
        runtime_path: "::ramverk_plugin_sdk::__wit_bindgen::rt",
        additional_derives: [PartialEq, ::ramverk_plugin_sdk::__serde::Serialize, ::ramverk_plugin_sdk::__serde::Deserialize],
    });
    pub use ramverk::plugin::types::*;
}

/// What API 1.1 adds to the model: statements, learning outcomes, level steps, glossary, licence
/// (generated from `wit/v1/details.wit`); export plugins receive it through [`detailed_export`].
pub mod details {
    pub use crate::types::ramverk::plugin::details::*;
}

#[doc(hidden)]
pub use wit_bindgen as __wit_bindgen;

/// The bindings of one plugin world (`wit/v1`), sharing the model types of [`types`] (and of
/// further interfaces the world uses, given as `"name": path` after `$module`), with an export
/// macro named `$export_macro` that finds them at `$module`.
macro_rules! world_bindings {
    ($world:literal, $export_macro:literal, $module:literal $(, $($with:tt)*)?) => {
        wit_bindgen::generate!({
            path: "../../wit/v1",
            world: $world,
            runtime_path: "::ramverk_plugin_sdk::__wit_bindgen::rt",
            additional_derives: [PartialEq, ::ramverk_plugin_sdk::__serde::Serialize, ::ramverk_plugin_sdk::__serde::Deserialize],
            with: {
                "ramverk:plugin/types@1.1.0": crate::types::ramverk::plugin::types,
                $($($with)*)?
            },
            pub_export_macro: true,
            export_macro_name: $export_macro,
            default_bindings_module: $module,
        });
    };
}

/// `File::text`, for the output file record of an export world.
#[allow(unused_macros)]
macro_rules! file_text {
    ($file:ty) => {
        impl $file {
            /// A file with `name` (relative, `/` between folders) and UTF-8 text content.
            pub fn text(
                name: impl Into<String>,
                media_type: impl Into<String>,
                content: impl Into<String>,
            ) -> $file {
                Self {
                    name: name.into(),
                    media_type: media_type.into(),
                    content: content.into().into_bytes(),
                }
            }
        }
    };
}

/// The model's types implement serde's traits, so plugins can write them as JSON or YAML.
#[doc(hidden)]
pub use serde as __serde;

#[cfg(feature = "scoring")]
pub mod scoring;

#[cfg(feature = "role-profile")]
pub mod role_profile;

#[cfg(feature = "export")]
pub mod export;

#[cfg(feature = "detailed-export")]
pub mod detailed_export;
