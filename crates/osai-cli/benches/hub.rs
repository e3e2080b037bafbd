//! `osai scan --from` against the loopback Hub stand-in with 20 ms of latency on every request,
//! at the default concurrency: models per second (criterion's throughput). Each model is a
//! card, a licence, a config, a shard index and two sparse 5 GB shards, so a scan makes the
//! requests a real one makes (model info, tree, small files, two redirected Range reads).
//! Every iteration starts with an empty osai cache, as a first crawl does.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use osai_hub::standin::{Repo, StandIn};
use osai_scan::fixtures::safetensors_header;

const MODELS: usize = 200;

fn repo(i: usize) -> Repo {
    let shard = |n: &str| safetensors_header(&[(n, "BF16", &[50_000, 25_000])]);
    let (h1, d1) = shard("a");
    let (h2, d2) = shard("b");
    let index = serde_json::json!({"metadata": {"total_size": d1 + d2}, "weight_map": {
        "a": "model-00001-of-00002.safetensors", "b": "model-00002-of-00002.safetensors"}});
    Repo::new(&format!("bench/model-{i:03}"), &format!("{i:040x}"))
        .file("README.md", "---\nlicense: apache-2.0\n---\n# A model\n")
        .file(
            "LICENSE",
            spdx::license_id("Apache-2.0")
                .map(|l| l.text())
                .unwrap_or("Apache"),
        )
        .file("config.json", r#"{"architectures": ["LlamaForCausalLM"]}"#)
        .file("model.safetensors.index.json", index.to_string())
        .sparse(
            "model-00001-of-00002.safetensors",
            h1.clone(),
            h1.len() as u64 + d1,
        )
        .sparse(
            "model-00002-of-00002.safetensors",
            h2.clone(),
            h2.len() as u64 + d2,
        )
}

fn bench(c: &mut Criterion) {
    let mut b = StandIn::builder().latency(Duration::from_millis(20));
    for i in 0..MODELS {
        b = b.repo(repo(i));
    }
    let Ok(hub) = b.start() else {
        eprintln!("skipped: no loopback socket");
        return;
    };
    let dir = std::env::temp_dir().join(format!("osai-bench-hub-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let ids = dir.join("ids.txt");
    let list: String = (0..MODELS)
        .map(|i| format!("bench/model-{i:03}\n"))
        .collect();
    if std::fs::write(&ids, list).is_err() {
        return;
    }
    let mut g = c.benchmark_group("hub");
    g.sample_size(10);
    g.throughput(Throughput::Elements(MODELS as u64));
    g.bench_function("scan --from, 20 ms latency, default concurrency", |bench| {
        bench.iter_batched(
            || {
                let cache: PathBuf = dir.join("cache");
                let _ = std::fs::remove_dir_all(&cache);
                cache
            },
            |cache| {
                let o = Command::new(env!("CARGO_BIN_EXE_osai"))
                    .args(["scan", "--from"])
                    .arg(&ids)
                    .args(["--format", "jsonl", "-q"])
                    .env("HF_ENDPOINT", &hub.endpoint)
                    .env("HF_HOME", dir.join("hf"))
                    .env("OSAI_CACHE", &cache)
                    .env_remove("HF_TOKEN")
                    .output()
                    .expect("the osai binary runs");
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
                assert_eq!(o.stdout.iter().filter(|b| **b == b'\n').count(), MODELS);
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
    let _ = std::fs::remove_dir_all(dir);
}

criterion_group!(benches, bench);
criterion_main!(benches);
