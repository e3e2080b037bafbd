//! Loops to profile (callgrind, perf): `profile_assess parse|assess [N]` reads, or assesses with
//! every built-in definition, the OLMo example N times.
fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "assess".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(2000);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let yaml = std::fs::read_to_string(root.join("olmo-2-7b.yml")).expect("example");
    let located = osai_formats::read_str("olmo.yml", &yaml).expect("parses");
    let engine = osai_engine::Engine::new(osai_engine::builtin_definitions().iter().collect());
    let opts = osai_engine::AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let mut total = 0;
    for _ in 0..n {
        total += match mode.as_str() {
            "parse" => osai_formats::read_str("olmo.yml", &yaml).map_or(0, |m| m.sources.len()),
            _ => engine.assess(&located, &opts).definitions.len(),
        };
    }
    println!("{total}");
}
