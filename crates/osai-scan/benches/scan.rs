//! Scanning a release folder of 1,000 files: four sparse 5 GB safetensors shards with their
//! index, a sparse 4 GB GGUF, a card, licences, code, data files and documents.

use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use osai_scan::fixtures::{write_gguf, write_safetensors};

const GB: u64 = 1 << 30;

fn build(dir: &Path) -> std::io::Result<usize> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir)?;
    let mut files = 0;
    let mut write = |rel: &str, text: &str| -> std::io::Result<()> {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap_or(dir))?;
        std::fs::write(p, text)?;
        files += 1;
        Ok(())
    };
    write(
        "README.md",
        "---\nlicense: apache-2.0\npipeline_tag: text-generation\ndatasets: [acme/web]\n---\n# bench-model\n\n## Training Data\n\nWeb text.\n\n## Evaluation\n\nMMLU 41.\n",
    )?;
    let mit = spdx::license_id("MIT")
        .map(|l| l.text())
        .unwrap_or("MIT License");
    write("LICENSE", mit)?;
    write("code/LICENSE", mit)?;
    write("config.json", r#"{"architectures": ["AcmeForCausalLM"]}"#)?;
    write("tokenizer.json", "{}")?;
    write(
        "model.safetensors.index.json",
        "{\"metadata\": {\"total_size\": 21474836480}, \"weight_map\": {}}",
    )?;
    for i in 0..900 {
        let kind = ["train", "eval", "infer", "utils", "prep"][i % 5];
        let body = if kind == "utils" {
            "import torch\nloss.backward()\n"
        } else {
            "print('x')\n"
        };
        write(&format!("code/{kind}/mod{}/{kind}_{i}.py", i % 30), body)?;
    }
    for i in 0..80 {
        write(&format!("data/part-{i:04}.parquet"), "PAR1")?;
    }
    for i in 0..8 {
        write(&format!("docs/note-{i}.md"), "notes\n")?;
    }
    write("docs/technical_report.pdf", "%PDF-1.7")?;
    let shards = 4;
    for s in 1..=shards {
        let name = format!("model-{s:05}-of-{shards:05}.safetensors");
        let tensors: Vec<(String, &str, Vec<u64>)> = (0..200)
            .map(|t| (format!("layers.{s}.{t}.weight"), "BF16", vec![4096, 4096]))
            .collect();
        let refs: Vec<(&str, &str, &[u64])> = tensors
            .iter()
            .map(|(n, d, sh)| (n.as_str(), *d, sh.as_slice()))
            .collect();
        write_safetensors(&dir.join(name), &refs, 5 * GB)?;
    }
    write_gguf(
        &dir.join("bench-model-Q4_K_M.gguf"),
        &[
            ("general.architecture", "llama"),
            ("general.name", "bench-model"),
        ],
        &[("token_embd.weight", &[4096, 32000], 12)],
        4 * GB,
    )?;
    Ok(files + shards + 1)
}

fn bench(c: &mut Criterion) {
    let dir: PathBuf = std::env::temp_dir().join("osai-bench-scan");
    let files = build(&dir).expect("build the bench folder");
    let opts = osai_scan::ScanOptions::default();
    let found = osai_scan::scan(&dir, &opts).expect("scan");
    eprintln!(
        "bench folder: {files} files, {:.1} GB (sparse); parameters found: {:?}",
        found.bytes as f64 / GB as f64,
        found.manifest.facts.parameters
    );
    assert_eq!(found.files, files);
    c.bench_function("scan 1000 files incl. 24 GB sparse weights", |b| {
        b.iter(|| osai_scan::scan(&dir, &opts).expect("scan"))
    });
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
