//! libFuzzer target: `ramverk_testkit::fuzz::xliff` (docs/fuzzing.md).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| ramverk_testkit::fuzz::xliff(data));
