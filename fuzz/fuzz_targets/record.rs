//! Any text into the JSON Lines record reader: it must never panic, and a manifest it gives
//! must be the one serde gives for the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osai_engine::manifest::Manifest;

fuzz_target!(|text: &str| {
    if let Some(fast) = osai_formats::record::manifest(text) {
        let slow: Manifest = serde_json::from_str(text).expect("serde refuses what the record reader read");
        assert_eq!(fast, slow);
    }
});
