//! Any bytes as a GGUF file: a header or an error, never a panic or an unbounded allocation.
//! Inputs that do not start with the magic get it prepended half of the time, so the fuzzer
//! spends its time past the first check.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = osai_scan::weights::read_gguf(&mut &data[..], data.len() as u64);
    if !data.starts_with(b"GGUF") && data.first().is_some_and(|b| b % 2 == 0) {
        let mut v = b"GGUF".to_vec();
        v.extend_from_slice(&data[1..]);
        let _ = osai_scan::weights::read_gguf(&mut v.as_slice(), v.len() as u64);
        let _ = osai_scan::weights::read_gguf(&mut v.as_slice(), 1 << 40);
    }
});
