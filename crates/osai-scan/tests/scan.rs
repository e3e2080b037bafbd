//! Release folders built here, in code, and what `osai scan` infers from them.

use std::path::{Path, PathBuf};

use osai_engine::component::ComponentId;
use osai_engine::manifest::{Confidence, Disclosure, LocatedManifest};
use osai_scan::fixtures::{write_gguf, write_safetensors};
use osai_scan::{Scan, ScanOptions, scan};

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let p = std::env::temp_dir().join(format!("osai-scan-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }

    fn write(&self, rel: &str, text: &str) -> PathBuf {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        p
    }

    fn path(&self, rel: &str) -> PathBuf {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn apache_text() -> &'static str {
    spdx::license_id("Apache-2.0").unwrap().text()
}

fn run(dir: &TempDir) -> Scan {
    scan(&dir.0, &ScanOptions::default()).unwrap()
}

fn codes(s: &Scan) -> Vec<&str> {
    s.warnings.iter().map(|w| w.code.as_ref()).collect()
}

const CARD: &str = "---\nlicense: apache-2.0\npipeline_tag: text-generation\nbase_model: acme/base-1b\n---\n# acme-tiny\n\n## Training Data\n\nWeb text, 2025.\n";

#[test]
fn single_safetensors_with_card_and_licence() {
    let d = TempDir::new("single");
    d.write("README.md", CARD);
    d.write("LICENSE", apache_text());
    write_safetensors(
        &d.path("model.safetensors"),
        &[
            ("w", "BF16", &[4, 8]),
            ("b", "F32", &[8]),
            ("scale", "F32", &[]),
        ],
        0,
    )
    .unwrap();
    d.write(
        "config.json",
        r#"{"architectures": ["AcmeForCausalLM"], "model_type": "acme"}"#,
    );
    d.write("tokenizer.json", "{}");
    let s = run(&d);
    let m = &s.manifest;
    assert_eq!(m.release.name, "acme-tiny");
    assert_eq!(m.facts.parameters, Some(41.0)); // 32 + 8 + 1 (a scalar counts 1)
    assert_eq!(m.licenses.distribution.as_deref(), Some("Apache-2.0"));
    assert_eq!(m.facts.modified_from.as_deref(), Some("acme/base-1b"));
    assert!(m.components.contains_key(&ComponentId::ModelMetadata));
    let final_params = &m.components[&ComponentId::ModelParametersFinal];
    assert_eq!(final_params.location.as_deref(), Some("model.safetensors"));
    // evidence: the header's count, per dtype, and the card's licence line
    let ev: Vec<_> = m
        .evidence
        .iter()
        .filter(|e| e.fact == "facts.parameters")
        .collect();
    assert!(
        ev.iter().any(|e| e.file == "model.safetensors"
            && e.value.as_deref() == Some("41")
            && e.note.as_deref() == Some("safetensors header: 3 tensors; BF16 32, F32 9")),
        "{ev:#?}"
    );
    let lic = m
        .evidence
        .iter()
        .find(|e| e.fact == "components.model-parameters-final.license")
        .unwrap();
    assert_eq!((lic.file.as_str(), lic.line), ("README.md", Some(2)));
    assert_eq!(lic.confidence, Confidence::High);
    assert!(codes(&s).contains(&"W-LICENCE-ALIAS"), "{:?}", codes(&s));
}

#[test]
fn sharded_safetensors_total_from_the_headers_checked_against_the_index() {
    let d = TempDir::new("sharded");
    d.write("README.md", CARD);
    write_safetensors(
        &d.path("model-00001-of-00002.safetensors"),
        &[("a", "F16", &[10, 10])],
        0,
    )
    .unwrap();
    write_safetensors(
        &d.path("model-00002-of-00002.safetensors"),
        &[("b", "F16", &[5])],
        0,
    )
    .unwrap();
    let s = run(&d);
    assert_eq!(
        s.manifest.facts.parameters,
        Some(105.0),
        "sum of the shards"
    );
    d.write(
        "model.safetensors.index.json",
        "{\n  \"metadata\": {\n    \"total_parameters\": 104,\n    \"total_size\": 210\n  },\n  \"weight_map\": {}\n}\n",
    );
    // An index total that disagrees with the headers it indexes is not taken silently: every
    // header was read, so their sum is the count, with a warning pointing at the index's line.
    let s = run(&d);
    assert_eq!(s.manifest.facts.parameters, Some(105.0), "the headers win");
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == "W-SCAN-PARAMETERS-DISAGREE")
        .expect("a warning");
    assert_eq!(w.at.as_deref(), Some("model.safetensors.index.json:3"));
    // Agreeing, the index is the evidence of the total.
    d.write(
        "model.safetensors.index.json",
        "{\n  \"metadata\": {\n    \"total_parameters\": 105,\n    \"total_size\": 210\n  },\n  \"weight_map\": {}\n}\n",
    );
    let s = run(&d);
    assert_eq!(s.manifest.facts.parameters, Some(105.0));
    assert!(!codes(&s).contains(&"W-SCAN-PARAMETERS-DISAGREE"));
    let total = s
        .manifest
        .evidence
        .iter()
        .find(|e| e.note.as_deref().is_some_and(|n| n.starts_with("total:")))
        .unwrap();
    assert_eq!(
        (total.file.as_str(), total.line),
        ("model.safetensors.index.json", Some(3))
    );
    let per_file = s
        .manifest
        .evidence
        .iter()
        .filter(|e| e.fact == "facts.parameters" && e.file.ends_with(".safetensors"))
        .count();
    assert_eq!(per_file, 2, "each shard's own count is evidence");
}

#[test]
fn gguf_v3_header_metadata_and_count() {
    let d = TempDir::new("gguf");
    write_gguf(
        &d.path("acme-tiny-Q4_K_M.gguf"),
        &[
            ("general.architecture", "llama"),
            ("general.name", "Acme Tiny"),
            ("general.license", "Apache-2.0"),
        ],
        &[
            ("token_embd.weight", &[8, 4], 12),
            ("output.weight", &[4, 8], 0),
        ],
        0,
    )
    .unwrap();
    let s = run(&d);
    assert_eq!(s.manifest.release.name, "Acme Tiny");
    assert_eq!(s.manifest.facts.parameters, Some(64.0));
    let e = s
        .manifest
        .evidence
        .iter()
        .find(|e| {
            e.file.ends_with(".gguf")
                && e.fact == "facts.parameters"
                && e.note
                    .as_deref()
                    .is_some_and(|n| n.starts_with("GGUF header"))
        })
        .unwrap();
    assert_eq!(
        e.note.as_deref(),
        Some("GGUF header: 2 tensors; F32 32, Q4_K 32")
    );
    assert!(
        s.manifest
            .evidence
            .iter()
            .any(|e| e.fact == "licence in GGUF metadata"
                && e.value.as_deref() == Some("Apache-2.0"))
    );
    assert!(codes(&s).contains(&"W-SCAN-NO-CARD"));
}

#[test]
fn safetensors_total_wins_over_gguf() {
    let d = TempDir::new("both");
    write_safetensors(&d.path("model.safetensors"), &[("w", "F32", &[3, 3])], 0).unwrap();
    write_gguf(
        &d.path("q.gguf"),
        &[("general.architecture", "llama")],
        &[("w", &[100], 2)],
        0,
    )
    .unwrap();
    let s = run(&d);
    assert_eq!(s.manifest.facts.parameters, Some(9.0));
}

#[test]
fn a_100_gb_sparse_file_is_read_by_its_header_only() {
    let d = TempDir::new("sparse");
    let p = d.path("model.safetensors");
    write_safetensors(&p, &[("w", "BF16", &[1 << 20, 1 << 15])], 100 << 30).unwrap();
    assert_eq!(std::fs::metadata(&p).unwrap().len(), 100 << 30);
    let s = run(&d);
    assert_eq!(s.manifest.facts.parameters, Some((1u64 << 35) as f64));
    assert_eq!(s.bytes, 100 << 30);
}

#[test]
fn malformed_and_truncated_headers_are_warnings() {
    let d = TempDir::new("malformed");
    std::fs::write(d.path("a.safetensors"), (1u64 << 63).to_le_bytes()).unwrap();
    std::fs::write(d.path("b.safetensors"), [0x10, 0, 0, 0, 0, 0, 0, 0, b'{']).unwrap();
    std::fs::write(d.path("c.safetensors"), b"\x05\0\0\0\0\0\0\0hello").unwrap();
    std::fs::write(d.path("d.gguf"), b"GGUF\x03\0\0\0\x01").unwrap();
    std::fs::write(d.path("e.gguf"), b"NOPE").unwrap();
    let s = run(&d);
    let bad: Vec<_> = s
        .warnings
        .iter()
        .filter(|w| w.code == "W-SCAN-WEIGHTS-HEADER")
        .map(|w| w.at.clone().unwrap())
        .collect();
    assert_eq!(
        bad,
        [
            "a.safetensors",
            "b.safetensors",
            "c.safetensors",
            "d.gguf",
            "e.gguf"
        ]
    );
    assert_eq!(s.manifest.facts.parameters, None);
    assert!(codes(&s).contains(&"W-SCAN-PARAMETERS"));
    // The weights are there, even if unreadable.
    assert!(
        s.manifest
            .components
            .contains_key(&ComponentId::ModelParametersFinal)
    );
}

#[test]
fn lfs_pointers_are_recognised() {
    let d = TempDir::new("lfs");
    d.write(
        "model.safetensors",
        "version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 4938985248\n",
    );
    let s = run(&d);
    assert!(
        s.manifest
            .evidence
            .iter()
            .any(|e| e.value.as_deref() == Some("4938985248 bytes"))
    );
    assert!(codes(&s).contains(&"W-SCAN-PARAMETERS"));
}

#[test]
fn card_says_other_and_the_licence_text_decides() {
    let d = TempDir::new("other");
    d.write(
        "README.md",
        "---\nlicense: other\nlicense_link: LICENSE\n---\n# m\n",
    );
    d.write("LICENSE", apache_text());
    let s = run(&d);
    let c = &s.manifest.components[&ComponentId::ModelParametersFinal];
    assert_eq!(c.license.as_deref(), Some("Apache-2.0"));
}

#[test]
fn card_and_licence_text_disagree() {
    let d = TempDir::new("disagree");
    d.write("README.md", "---\nlicense: mit\n---\n# m\n");
    d.write("LICENSE", apache_text());
    let s = run(&d);
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == "W-SCAN-LICENCE-DISAGREE")
        .unwrap();
    assert_eq!(w.at.as_deref(), Some("README.md:2"));
    assert!(
        w.message.contains("`MIT`") && w.message.contains("`Apache-2.0`"),
        "{}",
        w.message
    );
}

#[test]
fn code_data_and_documents_by_their_names() {
    let d = TempDir::new("layout");
    d.write("README.md", CARD);
    d.write("src/train.py", "import torch\n");
    d.write("src/modeling_acme.py", "class Acme: pass\n");
    d.write("scripts/eval_mmlu.py", "print(1)\n");
    d.write("tools/dedup.py", "print(1)\n");
    d.write("tools/helper.py", "loss.backward()\noptimizer.step()\n");
    d.write("serve/app.py", "print(1)\n");
    d.write("data/shard-0.parquet", "x");
    d.write("data/README.md", "# Data card\n");
    d.write("docs/technical_report.pdf", "%PDF");
    d.write(".eval_results/mmlu.yaml", "score: 1\n");
    d.write("checkpoints/step1000/model.safetensors", "");
    d.write(
        "code/LICENSE",
        &spdx::license_id("MIT")
            .unwrap()
            .text()
            .replace("<year>", "2025")
            .replace("<copyright holders>", "ACME"),
    );
    d.write("code/run_train.py", "print(1)\n");
    let s = run(&d);
    let m = &s.manifest;
    let has = |id| m.components.contains_key(&id);
    for id in [
        ComponentId::TrainingCode,
        ComponentId::ModelArchitecture,
        ComponentId::EvaluationCode,
        ComponentId::DataPreprocessingCode,
        ComponentId::InferenceCode,
        ComponentId::Datasets,
        ComponentId::DataCard,
        ComponentId::TechnicalReport,
        ComponentId::EvaluationResults,
        ComponentId::ModelParametersIntermediate,
    ] {
        assert!(
            has(id),
            "{id:?} in {:?}",
            m.components.keys().collect::<Vec<_>>()
        );
    }
    assert_eq!(
        m.components[&ComponentId::Datasets].published,
        Disclosure::Partial
    );
    // A content guess is low confidence.
    let guess = m
        .evidence
        .iter()
        .find(|e| e.file == "tools/helper.py")
        .unwrap();
    assert_eq!(guess.confidence, Confidence::Low);
    // The sub-folder licence is reported.
    assert!(
        m.evidence
            .iter()
            .any(|e| e.fact == "licence of code/" && e.value.as_deref() == Some("MIT"))
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_odd_names_do_not_stop_the_scan() {
    use std::os::unix::ffi::OsStrExt;
    let d = TempDir::new("links");
    d.write("README.md", CARD);
    std::os::unix::fs::symlink(&d.0, d.0.join("loop")).unwrap();
    let odd = std::ffi::OsStr::from_bytes(b"caf\xe9.py");
    std::fs::write(d.0.join(odd), "x").unwrap();
    let s = run(&d);
    assert!(
        codes(&s).contains(&"W-SCAN-SYMLINK-LOOP"),
        "{:?}",
        codes(&s)
    );
    assert!(codes(&s).contains(&"W-SCAN-NAME"), "{:?}", codes(&s));
    assert_eq!(s.manifest.release.name, "acme-tiny");
}

#[test]
fn not_a_folder_is_an_error() {
    let e = scan(Path::new("/nonexistent/osai"), &ScanOptions::default()).unwrap_err();
    assert!(e.0.contains("cannot read"), "{e}");
}

#[test]
fn the_scanned_manifest_reads_back_and_assesses() {
    let d = TempDir::new("roundtrip");
    d.write("README.md", CARD);
    d.write("LICENSE", apache_text());
    write_safetensors(&d.path("model.safetensors"), &[("w", "BF16", &[4, 8])], 0).unwrap();
    let s = run(&d);
    let yaml = serde_saphyr::to_string(&s.manifest).unwrap();
    let back = osai_formats::read_str("release.yml", &yaml)
        .unwrap_or_else(|e| panic!("{yaml}\n{}", e.render(false)));
    assert_eq!(back.manifest, s.manifest);
    insta::assert_snapshot!("scanned-manifest", yaml);
}

/// A Mixtral-like folder: config.json names 8 routed experts, 2 per token; the headers hold
/// 32 parameters outside the experts and 8 × 16 in them. Active: 32 + 2/8 × 128 = 64.
#[test]
fn mixture_of_experts_from_config_and_headers() {
    let d = TempDir::new("moe");
    d.write(
        "config.json",
        r#"{"architectures": ["MixtralForCausalLM"], "num_local_experts": 8, "num_experts_per_tok": 2}"#,
    );
    let names: Vec<String> = (0..8)
        .map(|i| format!("model.layers.0.block_sparse_moe.experts.{i}.w1.weight"))
        .collect();
    let mut tensors: Vec<(&str, &str, &[u64])> =
        vec![("model.embed_tokens.weight", "BF16", &[8, 4])];
    for n in &names {
        tensors.push((n, "BF16", &[4, 4]));
    }
    write_safetensors(&d.path("model.safetensors"), &tensors, 0).unwrap();
    let s = run(&d);
    assert_eq!(s.manifest.facts.parameters, Some(160.0));
    assert_eq!(s.manifest.facts.mixture_of_experts, Some(true));
    assert_eq!(s.manifest.facts.active_parameters, Some(64.0));
    let e = s
        .manifest
        .evidence
        .iter()
        .find(|e| e.fact == "facts.mixture_of_experts")
        .unwrap();
    assert_eq!(e.file, "config.json");
    assert!(
        e.note
            .as_deref()
            .unwrap()
            .contains("8 routed experts, 2 per token")
    );
    // Experts in config.json but no readable headers: a warning, no invented count.
    let d = TempDir::new("moe-no-weights");
    d.write(
        "config.json",
        r#"{"n_routed_experts": 256, "num_experts_per_tok": 8}"#,
    );
    let s = run(&d);
    assert_eq!(s.manifest.facts.mixture_of_experts, Some(true));
    assert_eq!(s.manifest.facts.active_parameters, None);
    assert!(
        codes(&s).contains(&"W-SCAN-ACTIVE-PARAMETERS"),
        "{:?}",
        codes(&s)
    );
}

/// A folder with only LICENSE, config.json and a card: the weights are not there. Before,
/// the card's licence listed `model-parameters-final: {}` (published) with no evidence, and
/// the Open Weight Definition passed.
#[test]
fn a_folder_without_weights_does_not_publish_weights() {
    let d = TempDir::new("no-weights");
    d.write("README.md", CARD);
    d.write("LICENSE", apache_text());
    d.write("config.json", r#"{"architectures": ["LlamaForCausalLM"]}"#);
    let s = run(&d);
    let w = &s.manifest.components[&ComponentId::ModelParametersFinal];
    assert_eq!(w.published, Disclosure::No);
    assert!(codes(&s).contains(&"W-SCAN-NO-WEIGHTS"), "{:?}", codes(&s));
    let e = s
        .manifest
        .evidence
        .iter()
        .find(|e| e.fact == "components.model-parameters-final.published")
        .unwrap();
    assert!(e.note.as_deref().unwrap().contains("no weights file"));
    let located = LocatedManifest {
        manifest: s.manifest.clone(),
        sources: Default::default(),
        warnings: Vec::new(),
    };
    let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    let date = osai_engine::manifest::Date::constant(2026, 11, 29);
    let r = osai_engine::Engine::new(defs).assess(&located, &osai_engine::AssessOptions::new(date));
    let owd = r.definitions.iter().find(|d| d.id == "owd-0.3").unwrap();
    assert_eq!(owd.verdict, osai_engine::report::Status::Fail);
    let aia = r.definitions.iter().find(|d| d.id == "eu-ai-act").unwrap();
    let weights = aia
        .requirements
        .iter()
        .find(|q| &*q.code == "AIA-53-2-WEIGHTS")
        .unwrap();
    assert_eq!(weights.status, osai_engine::report::Status::Fail);
}

/// The folder's LICENSE licenses what is in the folder, not the Hub datasets its card names:
/// before, the root Apache-2.0 became `licenses.distribution` and `MOF-C1-DATASETS` passed
/// "under Apache-2.0" for fineweb-edu and c4.
#[test]
fn the_folders_licence_does_not_cover_the_datasets_the_card_names() {
    let d = TempDir::new("licence-scope");
    d.write(
        "README.md",
        "---\nlicense: apache-2.0\ndatasets:\n- HuggingFaceFW/fineweb-edu\n- allenai/c4\n---\n# acme-small\n",
    );
    d.write("LICENSE", apache_text());
    d.write("config.json", r#"{"architectures": ["LlamaForCausalLM"]}"#);
    write_safetensors(&d.path("model.safetensors"), &[("w", "F16", &[4, 4])], 0).unwrap();
    let s = run(&d);
    let l = &s.manifest.licenses;
    assert_eq!(l.distribution, None);
    assert_eq!(l.data, None);
    assert_eq!(l.code.as_deref(), Some("Apache-2.0"));
    assert!(
        codes(&s).contains(&"W-SCAN-LICENCE-SCOPE"),
        "{:?}",
        codes(&s)
    );
    let datasets = &s.manifest.components[&ComponentId::Datasets];
    assert_eq!(datasets.license, None);
    let located = LocatedManifest {
        manifest: s.manifest.clone(),
        sources: Default::default(),
        warnings: Vec::new(),
    };
    let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    let date = osai_engine::manifest::Date::constant(2026, 12, 3);
    let r = osai_engine::Engine::new(defs).assess(&located, &osai_engine::AssessOptions::new(date));
    let mof = r.definitions.iter().find(|d| d.id == "mof-1.0").unwrap();
    let datasets = mof
        .requirements
        .iter()
        .find(|q| &*q.code == "MOF-C1-DATASETS")
        .unwrap();
    assert_ne!(datasets.status, osai_engine::report::Status::Pass);
}

/// A card that says 7B beside weights counting 2.1 B is a disagreement, said at the card's
/// line; a card rounding the same count ("2.1B") is not. The weights' count stays the fact.
#[test]
fn the_cards_parameter_count_is_checked_against_the_headers() {
    let scan = |card: &str| {
        let d = TempDir::new("card-count");
        d.write("README.md", card);
        // 2^31 one-byte values (sparse): 2,147,483,648 parameters.
        write_safetensors(
            &d.path("model.safetensors"),
            &[("w", "U8", &[1 << 16, 1 << 15])],
            0,
        )
        .unwrap();
        run(&d)
    };
    let s = scan("---\nlicense: mit\n---\n# m\n\nA 7B parameter model.\n");
    assert_eq!(s.manifest.facts.parameters, Some(2_147_483_648.0));
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == "W-SCAN-CARD-PARAMETERS")
        .unwrap_or_else(|| panic!("{:?}", codes(&s)));
    assert_eq!(w.at.as_deref(), Some("README.md:6"));
    assert!(
        w.message.contains("`7B parameter` (7,000,000,000)")
            && w.message.contains("count 2,147,483,648"),
        "{}",
        w.message
    );
    for agrees in [
        "# m\n\n| Total Parameters | 2.1B |\n",
        "# m\n\nA 2 billion parameter model.\n",
        "# m\n\nno count stated\n",
    ] {
        let s = scan(agrees);
        assert!(
            !codes(&s).contains(&"W-SCAN-CARD-PARAMETERS"),
            "{agrees}: {:?}",
            codes(&s)
        );
    }
}

fn assess(m: &osai_engine::manifest::Manifest) -> osai_engine::report::Report {
    let located = LocatedManifest {
        manifest: m.clone(),
        sources: Default::default(),
        warnings: Vec::new(),
    };
    let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    let date = osai_engine::manifest::Date::constant(2026, 12, 3);
    osai_engine::Engine::new(defs).assess(&located, &osai_engine::AssessOptions::new(date))
}

/// The Hub's licence tags (`apache-2.0`, `llama3.1`, `other`) go through one normaliser: a card
/// read alone and the folder holding it (with its weights) give the same MOF outcome, class
/// and every requirement, for each public card condensed in the card fixtures.
#[test]
fn a_card_alone_and_its_folder_give_the_same_mof_outcome() {
    let cards = Path::new(env!("CARGO_MANIFEST_DIR")).join("../osai-formats/tests/cards");
    let mut compared = 0;
    for entry in std::fs::read_dir(&cards).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".md") || name == "SOURCES.md" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let alone = osai_formats::read_card("README.md", &text)
            .unwrap_or_else(|e| panic!("{name}: {}", e.render(false)));
        let d = TempDir::new(&format!("alone-{name}"));
        d.write("README.md", &text);
        write_safetensors(&d.path("model.safetensors"), &[("w", "BF16", &[4, 4])], 0).unwrap();
        let folder = run(&d);
        let mof = |r: &osai_engine::report::Report| {
            let d = r.definitions.iter().find(|d| d.id == "mof-1.0").unwrap();
            let reqs: Vec<_> = d
                .requirements
                .iter()
                .map(|q| (q.code.to_string(), q.status))
                .collect();
            (d.verdict, d.class, reqs)
        };
        assert_eq!(
            mof(&assess(&alone.manifest)),
            mof(&assess(&folder.manifest)),
            "{name}"
        );
        compared += 1;
    }
    assert!(compared >= 15, "{compared} cards");
}

/// Supply-chain warnings (not a malware scan): pickle-only weights, custom code behind
/// `trust_remote_code`, a chat template inside a GGUF file — each with its remedy, and none
/// when the safe form is there.
#[test]
fn supply_chain_warnings_say_what_runs_when_the_model_loads() {
    let d = TempDir::new("pickle");
    d.write("README.md", CARD);
    d.write("pytorch_model.bin", "not opened");
    d.write(
        "config.json",
        r#"{"architectures": ["AcmeForCausalLM"], "auto_map": {"AutoConfig": "configuration_acme.AcmeConfig", "AutoModelForCausalLM": "modeling_acme.AcmeForCausalLM"}}"#,
    );
    d.write(
        "tokenizer_config.json",
        r#"{"auto_map": {"AutoTokenizer": ["other/repo--tokenization_acme.AcmeTokenizer", null]}}"#,
    );
    let s = run(&d);
    let w = |code: &str| {
        s.warnings
            .iter()
            .filter(|w| w.code.as_ref() == code)
            .collect::<Vec<_>>()
    };
    let pickle = w("W-SCAN-PICKLE-ONLY");
    assert_eq!(pickle.len(), 1, "{:?}", s.warnings);
    assert!(pickle[0].message.contains("weights_only=True"));
    assert_eq!(pickle[0].at.as_deref(), Some("pytorch_model.bin"));
    let remote = w("W-SCAN-REMOTE-CODE");
    assert_eq!(remote.len(), 2, "{:?}", s.warnings);
    assert!(
        remote[0]
            .message
            .contains("configuration_acme.py, modeling_acme.py"),
        "{}",
        remote[0].message
    );
    assert!(
        remote[1].message.contains("tokenization_acme.py"),
        "{}",
        remote[1].message
    );
    assert!(
        remote
            .iter()
            .all(|r| r.message.contains("trust_remote_code=True"))
    );

    // Safetensors beside the pickle: no pickle warning; no auto_map: no remote-code warning.
    let d = TempDir::new("safe");
    d.write("README.md", CARD);
    d.write("pytorch_model.bin", "not opened");
    d.write("config.json", r#"{"architectures": ["LlamaForCausalLM"]}"#);
    write_safetensors(&d.path("model.safetensors"), &[("w", "F32", &[4, 4])], 0).unwrap();
    let s = run(&d);
    assert!(
        !codes(&s).contains(&"W-SCAN-PICKLE-ONLY"),
        "{:?}",
        s.warnings
    );
    assert!(!codes(&s).contains(&"W-SCAN-REMOTE-CODE"));

    let d = TempDir::new("gguf-template");
    write_gguf(
        &d.path("model.gguf"),
        &[
            ("general.name", "acme"),
            (
                "tokenizer.chat_template",
                "{% for m in messages %}{{ m.content }}{% endfor %}",
            ),
        ],
        &[("w", &[32, 32], 0)],
        0,
    )
    .unwrap();
    write_gguf(
        &d.path("model-q4.gguf"),
        &[("tokenizer.chat_template", "{{ messages }}")],
        &[("w", &[32, 32], 0)],
        0,
    )
    .unwrap();
    let s = run(&d);
    let templates = codes(&s)
        .into_iter()
        .filter(|c| *c == "W-SCAN-GGUF-CHAT-TEMPLATE")
        .count();
    assert_eq!(templates, 1, "once per release: {:?}", s.warnings);
}
