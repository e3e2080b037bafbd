//! A loop to profile: assess the OLMo example N times with every built-in definition.
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let yaml = std::fs::read_to_string(root.join("olmo-2-7b.yml")).expect("example");
    let located = osai_formats::read_str("olmo.yml", &yaml).expect("parses");
    let engine = osai_engine::Engine::new(osai_engine::builtin_definitions().iter().collect());
    let opts = osai_engine::AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let mut total = 0;
    for _ in 0..n {
        total += engine.assess(&located, &opts).definitions.len();
    }
    println!("{total}");
}
