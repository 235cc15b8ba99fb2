//! Fuzz `reportage::analyze`: any bytes, read as UTF-8 (invalid sequences become
//! U+FFFD), must analyse without panicking and satisfy every invariant of
//! `tests/invariants.rs` (spans on char boundaries, layers in order, sentences
//! covering the text, same output twice, `sentences()` agreeing with `analyze`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = invariants::check(&text) {
        panic!("{e}");
    }
});
