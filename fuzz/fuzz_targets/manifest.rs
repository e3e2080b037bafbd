//! Any bytes into the manifest reader (YAML, JSON, MOT detection): it must return a manifest or
//! diagnostics, never panic; and a manifest it accepts must assess without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = osai_formats::read_bytes("fuzz.yml", data) {
        let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
        let engine = osai_engine::Engine::new(defs);
        let date = osai_engine::manifest::Date::constant(2026, 1, 1);
        let _ = engine.assess(&m, &osai_engine::AssessOptions::new(date));
    } else if let Err(e) = osai_formats::read_bytes("fuzz.yml", data) {
        let _ = e.render(false);
    }
});
