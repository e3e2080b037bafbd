//! Manifest reading throughput: YAML and JSON, small (the examples) and a MOT file; and the
//! rendering of many errors, which must grow linearly with their number.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

fn assess(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let yaml = std::fs::read_to_string(root.join("olmo-2-7b.yml")).expect("example");
    let located = osai_formats::read_str("olmo.yml", &yaml).expect("parses");
    let all: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    let mof: Vec<_> = osai_engine::builtin_definitions()
        .iter()
        .filter(|d| d.id == "mof-1.0")
        .collect();
    let opts = osai_engine::AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let engine = osai_engine::Engine::new(all);
    let mof_engine = osai_engine::Engine::new(mof);
    let mut g = c.benchmark_group("assess");
    g.bench_function("all-definitions/olmo", |b| {
        b.iter(|| engine.assess(std::hint::black_box(&located), &opts))
    });
    g.bench_function("mof-only/olmo", |b| {
        b.iter(|| mof_engine.assess(std::hint::black_box(&located), &opts))
    });
    let report = engine.assess(&located, &opts);
    let mut buf = Vec::new();
    g.bench_function("serialise-jsonl/olmo", |b| {
        b.iter(|| {
            buf.clear();
            serde_json::to_writer(&mut buf, std::hint::black_box(&report)).expect("json");
        })
    });
    eprintln!("one compact report: {} bytes", {
        buf.clear();
        serde_json::to_writer(&mut buf, &report).expect("json");
        buf.len()
    });
    g.finish();
}

criterion_group!(assessing, assess);

/// A manifest with `n` unknown component ids: `n` errors to render.
fn unknown_ids(n: usize) -> String {
    let mut text = String::from("osai: 1\nrelease:\n  name: a\n  kind: model\ncomponents:\n");
    for i in 0..n {
        text.push_str(&format!("  bogus-{i}: {{}}\n"));
    }
    text
}

/// Rendering 2,000 and 8,000 errors: the time per error stays flat (it grew with the file's
/// length before, 12.7 s for 8,000).
fn errors(c: &mut Criterion) {
    let mut g = c.benchmark_group("render_errors");
    g.sample_size(10);
    for n in [2_000, 8_000] {
        let errors = osai_formats::read_str("ids.yml", &unknown_ids(n)).expect_err("refused");
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(format!("unknown-ids/{n}"), |b| {
            b.iter(|| std::hint::black_box(&errors).render(false))
        });
    }
    g.finish();
}

criterion_group!(rendering, errors);
criterion_main!(benches, assessing, rendering);
