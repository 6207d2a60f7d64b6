//! `ramverk schema`: print the framework JSON Schema.

use crate::output::{self, Outcome};

/// Prints the schema.
pub fn run() -> anyhow::Result<Outcome> {
    output::print(&ramverk_check::schema::schema_json())?;
    Ok(Outcome::Ok)
}
