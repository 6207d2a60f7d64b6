//! Writes a synthetic framework directory: `cargo run --example synthetic -- OUT_DIR [COMPETENCES ROLES SEED]`.

use std::path::PathBuf;

use ramverk_core::synthetic::{generate, Spec};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: synthetic OUT_DIR [COMPETENCES ROLES SEED]")?);
    let mut spec = Spec::LARGE;
    if let Some(competences) = args.next() {
        spec.competences = competences.parse()?;
    }
    if let Some(roles) = args.next() {
        spec.roles = roles.parse()?;
    }
    if let Some(seed) = args.next() {
        spec.seed = seed.parse()?;
    }
    for file in generate(spec) {
        let path = out.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, file.text)?;
    }
    eprintln!("wrote {} ({} competences, {} roles, seed {})", out.display(), spec.competences, spec.roles, spec.seed);
    Ok(())
}
