//! A realistic synthetic corpus for batch benchmarks (see `corpus.rs`), written as JSON Lines.
//!
//!     cargo run --release -p osai-formats --example gen_corpus -- 200000 /tmp/corpus.jsonl

use std::io::Write;

mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200_000);
    let path = args
        .next()
        .unwrap_or_else(|| "/tmp/osai-corpus.jsonl".into());
    let bases = corpus::bases();
    assert!(!bases.is_empty(), "no base manifests found");
    let mut rng = corpus::Rng::seeded();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("create output"));
    for i in 0..n {
        let m = corpus::vary(&bases, &mut rng, i);
        serde_json::to_writer(&mut out, &m).expect("json");
        out.write_all(b"\n").expect("write");
    }
    out.flush().expect("flush");
    eprintln!("{n} releases from {} bases -> {path}", bases.len());
}
