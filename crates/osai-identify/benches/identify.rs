//! `licence identify` throughput over the licence-texts corpus (files/s), AI licences (feature
//! match) and SPDX texts (detector) separately.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/licence-texts");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} is absent", dir.display());
        return;
    };
    let mut texts: Vec<(String, String)> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.file_name().is_some_and(|n| n != "SOURCES.md"))
        .filter_map(|p| {
            Some((
                p.file_name()?.to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).ok()?,
            ))
        })
        .collect();
    texts.sort();
    let id = osai_identify::Identifier::new();
    id.identify("warm up the SPDX store");
    let mut g = c.benchmark_group("identify");
    g.throughput(Throughput::Elements(texts.len() as u64));
    g.bench_function("corpus", |b| {
        b.iter(|| {
            texts.iter().for_each(|(_, t)| {
                std::hint::black_box(id.identify(t));
            })
        })
    });
    let ai: Vec<&String> = texts
        .iter()
        .filter(|(n, _)| !n.contains("MIT") && !n.contains("apache"))
        .map(|(_, t)| t)
        .collect();
    g.throughput(Throughput::Elements(ai.len() as u64));
    g.bench_function("ai-licences", |b| {
        b.iter(|| {
            ai.iter().for_each(|t| {
                std::hint::black_box(id.identify(t));
            })
        })
    });
    let spdx: Vec<&String> = texts
        .iter()
        .filter(|(n, _)| n.contains("MIT") || n.contains("apache"))
        .map(|(_, t)| t)
        .collect();
    g.throughput(Throughput::Elements(spdx.len() as u64));
    g.bench_function("spdx-texts", |b| {
        b.iter(|| {
            spdx.iter().for_each(|t| {
                std::hint::black_box(id.identify(t));
            })
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
