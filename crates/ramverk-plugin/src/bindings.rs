//! Host bindings for plugin API v1 (`wit/v1`, package 1.1.0; components built for 1.0.0 load
//! through the same bindings, wasmtime matching their names semver-compatibly): one module per plugin kind, sharing the model types.
//!
//! A later API v2 gets its own modules beside these; v1 plugins keep loading through them.

pub mod model {
    wasmtime::component::bindgen!({
        path: "../../wit/v1",
        world: "model",
    });
    pub use ramverk::plugin::details;
    pub use ramverk::plugin::types::*;
}

pub mod scoring {
    wasmtime::component::bindgen!({
        path: "../../wit/v1",
        world: "scoring-plugin",
        with: { "ramverk:plugin/types": super::model::ramverk::plugin::types },
    });
    pub use exports::ramverk::plugin::scoring::*;
}

pub mod role_profile {
    wasmtime::component::bindgen!({
        path: "../../wit/v1",
        world: "role-profile-plugin",
        with: { "ramverk:plugin/types": super::model::ramverk::plugin::types },
    });
}

pub mod export {
    wasmtime::component::bindgen!({
        path: "../../wit/v1",
        world: "export-plugin",
        with: { "ramverk:plugin/types": super::model::ramverk::plugin::types },
    });
}

/// Export plugins of API 1.1.0 that also receive the framework's details.
pub mod detailed_export {
    wasmtime::component::bindgen!({
        path: "../../wit/v1",
        world: "detailed-export-plugin",
        with: {
            "ramverk:plugin/types": super::model::ramverk::plugin::types,
            "ramverk:plugin/details": super::model::ramverk::plugin::details,
        },
    });
}
