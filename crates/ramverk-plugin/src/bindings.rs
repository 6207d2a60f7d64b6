//! Host bindings for plugin API v1 (`wit/v1`): one module per plugin kind, sharing the model types.
//!
//! A later API v2 gets its own modules beside these; v1 plugins keep loading through them.

pub mod model {
    wasmtime::component::bindgen!({
        path: "../../wit/v1",
        world: "model",
    });
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
