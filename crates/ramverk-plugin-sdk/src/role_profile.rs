//! Role-profile plugins: implement [`RoleProfile`] and name the type in [`role_profile_plugin!`](crate::role_profile_plugin).

pub use crate::types::*;
pub use crate::{Config, FrameworkExt};

#[doc(hidden)]
pub mod bindings {
    world_bindings!(
        "role-profile-plugin",
        "__export_role_profile",
        "::ramverk_plugin_sdk::role_profile::bindings"
    );
}

pub use bindings::exports::ramverk::plugin::role_profile::Derived;

/// Derives roles and profiles from the framework and the plugin's configuration.
pub trait RoleProfile {
    fn derive(framework: Framework, config: Config) -> Result<Derived, String>;

    /// Checks the plugin on built-in examples (`ramverk plugin check` runs it).
    fn self_test() -> Result<(), String> {
        Ok(())
    }
}

/// Exports `$plugin` (a type implementing [`RoleProfile`]) as the plugin's role-profile rule.
#[macro_export]
macro_rules! role_profile_plugin {
    ($plugin:ty) => {
        const _: () = {
            struct __RamverkRoleProfile;
            impl $crate::role_profile::bindings::Guest for __RamverkRoleProfile {
                fn self_test() -> ::core::result::Result<(), ::std::string::String> {
                    <$plugin as $crate::role_profile::RoleProfile>::self_test()
                }
            }
            impl $crate::role_profile::bindings::exports::ramverk::plugin::role_profile::Guest for __RamverkRoleProfile {
                fn derive(
                    framework: $crate::types::Framework,
                    config: ::std::vec::Vec<$crate::types::Setting>,
                ) -> ::core::result::Result<$crate::role_profile::Derived, ::std::string::String> {
                    <$plugin as $crate::role_profile::RoleProfile>::derive(framework, $crate::Config::new(config))
                }
            }
            // Exported only in the WebAssembly build; natively the plugin is an ordinary library.
            #[cfg(target_family = "wasm")]
            $crate::role_profile::bindings::__export_role_profile!(__RamverkRoleProfile with_types_in $crate::role_profile::bindings);
        };
    };
}
