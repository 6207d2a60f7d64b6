//! Writes translation files for a (synthetic) framework, for benchmarks:
//! `cargo run --example synthetic_translations -- FRAMEWORK_DIR LOCALES [SEED]` with LOCALES
//! like `da,en,de`. Per locale: about 80 % current translations (translated, reviewed, final),
//! 5 % stale (made from an earlier source text), 15 % missing.

use std::collections::HashMap;
use std::path::PathBuf;

use ramverk_i18n::{Entry, Translation, TranslationState, fingerprint, messages, translation_path};
use rand::{RngExt, SeedableRng};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: synthetic_translations FRAMEWORK_DIR LOCALES [SEED]";
    let dir = PathBuf::from(args.next().ok_or(usage)?);
    let locales = args.next().ok_or(usage)?;
    let seed: u64 = args
        .next()
        .map(|seed| seed.parse())
        .transpose()?
        .unwrap_or(42);
    let framework = ramverk_check::load(&dir)?
        .framework
        .ok_or("the framework has errors; run ramverk validate")?;
    let all = messages(&framework);
    let order: HashMap<&str, usize> = all
        .iter()
        .enumerate()
        .map(|(index, message)| (message.key.as_str(), index))
        .collect();
    for (number, language) in locales.split(',').enumerate() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed + number as u64);
        let mut translation = Translation::new(translation_path(&dir, language), language);
        for message in &all {
            let roll: f64 = rng.random();
            if roll >= 0.85 {
                continue;
            }
            let source = if roll < 0.05 {
                format!("{} (earlier wording)", message.text)
            } else {
                message.text.to_owned()
            };
            let state = [
                TranslationState::Translated,
                TranslationState::Translated,
                TranslationState::Reviewed,
                TranslationState::Final,
            ][rng.random_range(0..4)];
            translation.set(Entry {
                key: message.key.clone(),
                text: format!("{language}: {}", message.text),
                state,
                fingerprint: fingerprint(&source),
                source: Some(source),
                line: 0,
            });
        }
        std::fs::create_dir_all(translation.path.parent().ok_or("no parent")?)?;
        std::fs::write(&translation.path, translation.render(&order, &framework.id))?;
        eprintln!(
            "wrote {} ({} entries of {})",
            translation.path.display(),
            translation.entries.len(),
            all.len()
        );
    }
    Ok(())
}
