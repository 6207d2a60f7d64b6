//! Export plugins of API 1.1 that also receive the framework's details: implement
//! [`DetailedExport`] and name the type in [`detailed_export_plugin!`](crate::detailed_export_plugin).

pub use crate::details::*;
pub use crate::types::*;
pub use crate::{Config, FrameworkExt};

#[doc(hidden)]
pub mod bindings {
    world_bindings!(
        "detailed-export-plugin",
        "__export_detailed_exporter",
        "::ramverk_plugin_sdk::detailed_export::bindings",
        "ramverk:plugin/details@1.1.0": crate::types::ramverk::plugin::details,
    );
}

pub use bindings::exports::ramverk::plugin::detailed_exporter::File;

/// Renders a framework and its details (statements, learning outcomes, level steps, glossary,
/// licence) into files of the format the plugin's manifest declares.
pub trait DetailedExport {
    fn render(
        framework: Framework,
        details: FrameworkDetails,
        config: Config,
    ) -> Result<Vec<File>, String>;

    /// Checks the plugin on built-in examples (`ramverk plugin check` runs it).
    fn self_test() -> Result<(), String> {
        Ok(())
    }
}

file_text!(File);

impl FrameworkDetails {
    /// No details: what a framework of the 1.0 model has.
    pub fn empty() -> FrameworkDetails {
        FrameworkDetails {
            statements: vec![],
            learning_outcomes: vec![],
            levels: vec![],
            equivalents: vec![],
            glossary: vec![],
            licence: None,
        }
    }
}

/// Exports `$plugin` (a type implementing [`DetailedExport`]) as the plugin's export format.
#[macro_export]
macro_rules! detailed_export_plugin {
    ($plugin:ty) => {
        const _: () = {
            struct __RamverkDetailedExport;
            impl $crate::detailed_export::bindings::Guest for __RamverkDetailedExport {
                fn self_test() -> ::core::result::Result<(), ::std::string::String> {
                    <$plugin as $crate::detailed_export::DetailedExport>::self_test()
                }
            }
            impl $crate::detailed_export::bindings::exports::ramverk::plugin::detailed_exporter::Guest for __RamverkDetailedExport {
                fn render(
                    framework: $crate::types::Framework,
                    details: $crate::details::FrameworkDetails,
                    config: ::std::vec::Vec<$crate::types::Setting>,
                ) -> ::core::result::Result<::std::vec::Vec<$crate::detailed_export::File>, ::std::string::String> {
                    <$plugin as $crate::detailed_export::DetailedExport>::render(framework, details, $crate::Config::new(config))
                }
            }
            // Exported only in the WebAssembly build; natively the plugin is an ordinary library.
            #[cfg(target_family = "wasm")]
            $crate::detailed_export::bindings::__export_detailed_exporter!(__RamverkDetailedExport with_types_in $crate::detailed_export::bindings);
        };
    };
}
