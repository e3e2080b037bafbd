//! Any text into the JSON Lines record reader: it must never panic, and a manifest it gives
//! must be the one serde gives for the same text; left without descriptions, it must accept
//! the same texts and read everything else the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osai_engine::manifest::Manifest;

fuzz_target!(|text: &str| {
    let fast = osai_formats::record::manifest(text);
    let bare = osai_formats::record::manifest_without_descriptions(text);
    assert_eq!(fast.is_some(), bare.is_some());
    if let (Some(fast), Some(bare)) = (fast, bare) {
        let mut slow: Manifest = serde_json::from_str(text).expect("serde refuses what the record reader read");
        assert_eq!(fast, slow);
        for (_, c) in slow.components.iter_mut() {
            c.description = None;
        }
        assert_eq!(bare, slow);
    }
});
