//! Writes a synthetic framework directory:
//! `cargo run --example synthetic -- OUT_DIR [COMPETENCES ROLES SEED [CHANGED_FRACTION]]`;
//! with CHANGED_FRACTION (0.05 for 5 %), a later version with that share of items changed.

use std::path::PathBuf;

use ramverk_testkit::synthetic::{Spec, Variation, generate_version};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: synthetic OUT_DIR [COMPETENCES ROLES SEED]")?,
    );
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
    let variation = args
        .next()
        .map(|fraction| fraction.parse())
        .transpose()?
        .map(|fraction| Variation {
            fraction,
            seed: spec.seed + 1,
        });
    for file in generate_version(spec, variation) {
        let path = out.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, file.text)?;
    }
    eprintln!(
        "wrote {} ({} competences, {} roles, seed {})",
        out.display(),
        spec.competences,
        spec.roles,
        spec.seed
    );
    Ok(())
}
