//! A loop to profile: read the OLMo example N times.
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(2000);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let yaml = std::fs::read_to_string(root.join("olmo-2-7b.yml")).expect("example");
    let mut total = 0;
    for _ in 0..n {
        total += osai_formats::read_str("olmo.yml", &yaml)
            .map(|m| m.sources.len())
            .unwrap_or(0);
    }
    println!("{total}");
}
