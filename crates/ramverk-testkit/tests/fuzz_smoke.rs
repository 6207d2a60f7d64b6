//! A short, deterministic run of every fuzz target (`ramverk_testkit::fuzz`) on the stable
//! toolchain: each committed seed in `fuzz/corpus/<target>/` and a seeded set of mutations of
//! it (bit flips, truncations, duplications, deletions, splices). A panic fails the test and the
//! input is saved. The long runs are libFuzzer's (docs/fuzzing.md).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use ramverk_testkit::fuzz;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Mutated variants per seed file (a few seconds per target in a debug build).
const MUTATIONS: usize = 12;

/// Bytes that tend to matter to the readers: separators, quotes, markup, NUL, invalid UTF-8.
const INTERESTING: [&[u8]; 14] = [
    b"\0",
    b"\xff",
    b"\"",
    b"\\",
    b"<",
    b"&a;",
    b":",
    b"- ",
    b"{",
    b"\n",
    b",",
    b"msgid \"",
    b"*a",
    b"\xc3",
];

fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = ramverk_testkit::workspace()
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let bytes = std::fs::read(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                bytes,
            )
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no seeds", dir.display());
    files
}

/// One to four random edits of `data`, `other` being another seed to splice from.
fn mutate(rng: &mut ChaCha8Rng, data: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = data.to_vec();
    for _ in 0..rng.random_range(1..=4) {
        let len = out.len();
        let at = if len == 0 {
            0
        } else {
            rng.random_range(0..len)
        };
        match rng.random_range(0..6) {
            0 if len > 0 => out[at] ^= 1 << rng.random_range(0..8),
            1 => out.truncate(at),
            2 if len > 0 => {
                let end = rng.random_range(at..=len.min(at + 256));
                let copy = out[at..end].to_vec();
                let times = rng.random_range(1..=8);
                for _ in 0..times {
                    out.splice(at..at, copy.iter().copied());
                }
            }
            3 if len > 0 => {
                let end = rng.random_range(at..=len.min(at + 64));
                out.drain(at..end);
            }
            4 => {
                let bytes = INTERESTING[rng.random_range(0..INTERESTING.len())];
                out.splice(at..at, bytes.iter().copied());
            }
            _ if !other.is_empty() => {
                let from = rng.random_range(0..other.len());
                let end = rng.random_range(from..=other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            _ => {}
        }
    }
    out
}

/// Runs `target` on `data`; on a panic saves the input and says where.
fn run_one(target: &str, name: &str, data: &[u8]) -> Option<String> {
    let started = std::time::Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| fuzz::run(target, data)));
    if started.elapsed().as_millis() > 200 {
        eprintln!("{target}: {name} took {:.1?}", started.elapsed());
    }
    match outcome {
        Ok(known) => {
            assert!(known, "no fuzz target called {target}");
            None
        }
        Err(_) => {
            let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-smoke");
            std::fs::create_dir_all(&dir).expect("the failures directory");
            let saved = dir.join(format!("{target}-{name}"));
            std::fs::write(&saved, data).expect("the failing input is saved");
            Some(format!(
                "{target} panicked on {name} (saved as {})",
                saved.display()
            ))
        }
    }
}

fn smoke(target: &str) {
    let seeds = corpus(target);
    let mut rng = ChaCha8Rng::seed_from_u64(0x5eed_f022);
    let mut failures = Vec::new();
    let mut runs = 0;
    let started = std::time::Instant::now();
    for (index, (name, data)) in seeds.iter().enumerate() {
        failures.extend(run_one(target, name, data));
        let other = &seeds[(index + 1) % seeds.len()].1;
        for n in 0..MUTATIONS {
            let mutated = mutate(&mut rng, data, other);
            failures.extend(run_one(target, &format!("{name}.mutation-{n}"), &mutated));
            runs += 1;
        }
    }
    eprintln!(
        "{target}: {} seeds and {runs} mutations in {:.1?}",
        seeds.len(),
        started.elapsed()
    );
    assert!(runs >= seeds.len() * MUTATIONS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_target_has_a_corpus_and_a_libfuzzer_target() {
    let fuzz = ramverk_testkit::workspace().join("fuzz");
    for target in fuzz::TARGETS {
        assert!(
            fuzz.join("corpus").join(target).is_dir(),
            "no corpus for {target}"
        );
        let source = fuzz.join("fuzz_targets").join(format!("{target}.rs"));
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        assert!(
            text.contains(&format!("ramverk_testkit::fuzz::{target}(")),
            "{} does not call ramverk_testkit::fuzz::{target}",
            source.display()
        );
    }
    assert!(!fuzz::run("no-such-target", b""));
}

#[test]
fn yaml_loader() {
    smoke("yaml_loader");
}

#[test]
fn ratings_csv() {
    smoke("ratings_csv");
}

#[test]
fn ratings_xlsx() {
    smoke("ratings_xlsx");
}

#[test]
fn ratings_ods() {
    smoke("ratings_ods");
}

#[test]
fn po() {
    smoke("po");
}

#[test]
fn xliff() {
    smoke("xliff");
}

#[test]
fn diff() {
    smoke("diff");
}
