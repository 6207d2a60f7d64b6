//! libFuzzer target: `ramverk_testkit::fuzz::ratings_csv` (docs/fuzzing.md).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ramverk_testkit::fuzz::ratings_csv(data));
