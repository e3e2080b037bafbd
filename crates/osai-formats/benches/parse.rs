//! Manifest reading throughput: YAML and JSON, small (the examples) and a MOT file.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let yaml = std::fs::read_to_string(root.join("olmo-2-7b.yml")).expect("example");
    let manifest = osai_formats::read_str("olmo.yml", &yaml)
        .expect("parses")
        .manifest;
    let json = serde_json::to_string(&manifest).expect("json");
    let mut g = c.benchmark_group("read_manifest");
    g.throughput(Throughput::Bytes(yaml.len() as u64));
    g.bench_function("yaml/olmo", |b| {
        b.iter(|| osai_formats::read_str("olmo.yml", std::hint::black_box(&yaml)))
    });
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function("json/olmo", |b| {
        b.iter(|| osai_formats::read_str("olmo.json", std::hint::black_box(&json)))
    });
    let mot = root.join("../../shared/corpora/mot/models/Amber.yml");
    if let Ok(text) = std::fs::read_to_string(&mot) {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("mot/amber", |b| {
            b.iter(|| osai_formats::read_str("Amber.yml", std::hint::black_box(&text)))
        });
    } else {
        eprintln!("skipping mot/amber: {} is absent", mot.display());
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
