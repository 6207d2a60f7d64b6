//! libFuzzer target: `ramverk_testkit::fuzz::ratings_xlsx` (docs/fuzzing.md).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ramverk_testkit::fuzz::ratings_xlsx(data));
