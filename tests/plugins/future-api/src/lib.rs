//! A plugin for an API version this ramverk does not know.

wit_bindgen::generate!({ path: "wit", world: "export-plugin" });

struct Future;

impl Guest for Future {
    fn self_test() -> Result<(), String> {
        Ok(())
    }
}

impl exports::ramverk::plugin::exporter::Guest for Future {
    fn render_v2(_framework: String) -> Result<Vec<u8>, String> {
        Ok(Vec::new())
    }
}

#[cfg(target_family = "wasm")]
export!(Future);
