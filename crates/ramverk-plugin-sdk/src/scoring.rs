//! Scoring plugins: implement [`Scoring`] and name the type in [`scoring_plugin!`](crate::scoring_plugin).

pub use crate::types::*;
pub use crate::{Config, FrameworkExt};

#[doc(hidden)]
pub mod bindings {
    world_bindings!(
        "scoring-plugin",
        "__export_scoring",
        "::ramverk_plugin_sdk::scoring::bindings"
    );
}

pub use bindings::exports::ramverk::plugin::scoring::{
    Aggregate, GroupKind, Input, Motivations, Outcome, Output, PersonResult, Persons,
    RatingResults, Ratings,
};

/// A scoring rule: ratings and expected levels in, per-person results and aggregates out.
pub trait Scoring {
    fn score(framework: Framework, input: Input, config: Config) -> Result<Output, String>;

    /// Checks the rule on built-in examples (`ramverk plugin check` runs it).
    fn self_test() -> Result<(), String> {
        Ok(())
    }
}

/// One rating, gathered from the input's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating {
    pub person: u32,
    pub competence: u32,
    pub self_rating: Option<u8>,
    pub agreed: Option<u8>,
}

/// One person, gathered from the input's columns (plugins never see pseudonyms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Person<'a> {
    /// Index into `framework.roles`.
    pub role: u32,
    /// The organisational unit.
    pub unit: &'a str,
}

impl Input {
    /// How many persons there are.
    pub fn person_count(&self) -> usize {
        self.persons.role.len()
    }

    /// The persons one by one (the input carries them in columns).
    pub fn persons(&self) -> impl Iterator<Item = Person<'_>> + '_ {
        let p = &self.persons;
        (0..p.role.len()).map(move |i| Person {
            role: p.role[i],
            unit: self
                .units
                .get(p.unit[i] as usize)
                .map_or("", String::as_str),
        })
    }

    /// The ratings one by one (the input carries them in columns).
    pub fn ratings(&self) -> impl Iterator<Item = Rating> + '_ {
        let columns = &self.ratings;
        (0..columns.person.len()).map(move |i| Rating {
            person: columns.person[i],
            competence: columns.competence[i],
            self_rating: nonzero(columns.self_rating[i]),
            agreed: nonzero(columns.agreed[i]),
        })
    }
}

fn nonzero(value: u8) -> Option<u8> {
    (value != 0).then_some(value)
}

/// Exports `$plugin` (a type implementing [`Scoring`]) as the plugin's scoring rule.
#[macro_export]
macro_rules! scoring_plugin {
    ($plugin:ty) => {
        const _: () = {
            struct __RamverkScoring;
            impl $crate::scoring::bindings::Guest for __RamverkScoring {
                fn self_test() -> ::core::result::Result<(), ::std::string::String> {
                    <$plugin as $crate::scoring::Scoring>::self_test()
                }
            }
            impl $crate::scoring::bindings::exports::ramverk::plugin::scoring::Guest for __RamverkScoring {
                fn score(
                    framework: $crate::types::Framework,
                    input: $crate::scoring::Input,
                    config: ::std::vec::Vec<$crate::types::Setting>,
                ) -> ::core::result::Result<$crate::scoring::Output, ::std::string::String> {
                    <$plugin as $crate::scoring::Scoring>::score(framework, input, $crate::Config::new(config))
                }
            }
            // Exported only in the WebAssembly build; natively the plugin is an ordinary library.
            #[cfg(target_family = "wasm")]
            $crate::scoring::bindings::__export_scoring!(__RamverkScoring with_types_in $crate::scoring::bindings);
        };
    };
}
