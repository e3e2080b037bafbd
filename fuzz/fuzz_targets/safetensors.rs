//! Any bytes as a safetensors file: a header or an error, never a panic, and never an
//! allocation larger than the declared (and bounded) header. The first 8 bytes of the input
//! also give the file length the reader is told, so lengths past the data are exercised.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let claimed = if data.len() >= 8 {
        u64::from_le_bytes(data[..8].try_into().unwrap_or([0; 8])) % (1 << 40)
    } else {
        data.len() as u64
    };
    for len in [data.len() as u64, claimed] {
        let _ = osai_scan::weights::read_safetensors(&mut &data[..], len);
    }
});
