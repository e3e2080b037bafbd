//! Batch throughput per release on the synthetic corpus (the generator the `gen_corpus` example
//! writes to disk): parsing a JSON Lines record (the record reader, and serde for comparison),
//! reading it with its checks, assessing it with the five definitions of the
//! spec or with MOF alone, writing the brief line — one core, the work each rayon task does.
//! `scripts/bench-batch.sh` times the whole command on both cores.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

#[path = "../examples/gen_corpus/corpus.rs"]
mod corpus;

const RELEASES: usize = 2000;
const FIVE: [&str; 5] = [
    "osaid-1.0",
    "mof-1.0",
    "data-inclusive",
    "debian-ml",
    "eu-ai-act",
];

fn bench(c: &mut Criterion) {
    let lines = corpus::jsonl(RELEASES);
    let all = osai_engine::builtin_definitions();
    let pick = |ids: &[&str]| -> Vec<&osai_engine::definition::Definition> {
        ids.iter()
            .filter_map(|id| all.iter().find(|d| d.id == *id))
            .collect()
    };
    let as_of = jiff::civil::date(2026, 11, 29);
    let mut g = c.benchmark_group("batch");
    g.throughput(Throughput::Elements(RELEASES as u64));
    g.sample_size(20);
    // The manifest alone: the record reader, and serde as it would read the same lines.
    g.bench_function("parse/record-reader", |b| {
        b.iter(|| {
            lines
                .iter()
                .filter_map(|l| osai_formats::record::manifest(l))
                .count()
        })
    });
    g.bench_function("parse/serde", |b| {
        b.iter(|| {
            lines
                .iter()
                .filter_map(|l| serde_json::from_str::<osai_engine::manifest::Manifest>(l).ok())
                .count()
        })
    });
    g.bench_function("read-record", |b| {
        b.iter(|| {
            lines
                .iter()
                .enumerate()
                .filter_map(|(i, l)| {
                    osai_formats::read_json_record_fast("c.jsonl", l, i as u32, false)
                })
                .count()
        })
    });
    for (name, ids) in [
        ("five-definitions", &FIVE[..]),
        ("mof-alone", &["mof-1.0"][..]),
    ] {
        let engine = osai_engine::Engine::new(pick(ids));
        let writer = osai_report::BriefWriter::new(engine.definitions.iter().copied());
        let descriptions = engine.reads_descriptions();
        let mut out = Vec::with_capacity(RELEASES * 6 * 1024);
        g.bench_function(format!("{name}/read-assess-brief"), |b| {
            b.iter(|| {
                out.clear();
                for (i, l) in lines.iter().enumerate() {
                    if let Some(m) =
                        osai_formats::read_json_record_fast("c.jsonl", l, i as u32, descriptions)
                    {
                        writer.write(&mut out, &engine.assess_brief(&m, as_of));
                    }
                }
                out.len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
