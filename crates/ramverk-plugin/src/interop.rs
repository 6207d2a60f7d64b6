//! The plugin interface's records as JSON, for running a plugin's Rust code natively (tests,
//! benchmarks, debugging a plugin outside the sandbox) with exactly the data the host would pass.

use ramverk_core::scoring as score;
use ramverk_core::Framework;
use serde_json::Value;

use crate::convert;

/// `framework` as the plugin sees it (`wit/v1` `framework` record).
pub fn framework(framework: &Framework) -> Value {
    serde_json::to_value(convert::framework(framework)).unwrap_or(Value::Null)
}

/// The scoring input as the plugin sees it, or why it does not fit `framework`.
pub fn scoring_input(input: score::Input, framework: &Framework) -> Result<Value, String> {
    Ok(serde_json::to_value(convert::scoring_input(input, framework)?).unwrap_or(Value::Null))
}

/// A scoring plugin's output (as JSON of its `output` record) in ramverk's model.
pub fn scoring_output(value: Value) -> Result<score::Output, serde_json::Error> {
    serde_json::from_value(value).map(convert::scoring_output)
}
