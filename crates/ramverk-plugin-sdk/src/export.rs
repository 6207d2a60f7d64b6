//! Export plugins: implement [`Export`] and name the type in [`export_plugin!`](crate::export_plugin).

pub use crate::types::*;
pub use crate::{Config, FrameworkExt};

#[doc(hidden)]
pub mod bindings {
    world_bindings!(
        "export-plugin",
        "__export_exporter",
        "::ramverk_plugin_sdk::export::bindings"
    );
}

pub use bindings::exports::ramverk::plugin::exporter::File;

/// Renders a framework into files of the format the plugin's manifest declares.
pub trait Export {
    fn render(framework: Framework, config: Config) -> Result<Vec<File>, String>;

    /// Checks the plugin on built-in examples (`ramverk plugin check` runs it).
    fn self_test() -> Result<(), String> {
        Ok(())
    }
}

file_text!(File);

/// Exports `$plugin` (a type implementing [`Export`]) as the plugin's export format.
#[macro_export]
macro_rules! export_plugin {
    ($plugin:ty) => {
        const _: () = {
            struct __RamverkExport;
            impl $crate::export::bindings::Guest for __RamverkExport {
                fn self_test() -> ::core::result::Result<(), ::std::string::String> {
                    <$plugin as $crate::export::Export>::self_test()
                }
            }
            impl $crate::export::bindings::exports::ramverk::plugin::exporter::Guest for __RamverkExport {
                fn render(
                    framework: $crate::types::Framework,
                    config: ::std::vec::Vec<$crate::types::Setting>,
                ) -> ::core::result::Result<::std::vec::Vec<$crate::export::File>, ::std::string::String> {
                    <$plugin as $crate::export::Export>::render(framework, $crate::Config::new(config))
                }
            }
            // Exported only in the WebAssembly build; natively the plugin is an ordinary library.
            #[cfg(target_family = "wasm")]
            $crate::export::bindings::__export_exporter!(__RamverkExport with_types_in $crate::export::bindings);
        };
    };
}
