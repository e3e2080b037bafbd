//! `osai scan hf:ID` against the loopback stand-in: what is read, what is fetched, and the
//! errors a user can act on.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use osai_engine::manifest::Disclosure;
use osai_hub::standin::{Repo, StandIn};
use osai_hub::{Client, HubConfig, HubError, HubId};
use osai_scan::ScanOptions;
use osai_scan::fixtures::safetensors_header;

const OLMO: &str = "allenai/OLMo-2-1124-7B";
const OLMO_SHA: &str = "7df9a82518afdb5e5e4e0d4ae8ae7c6e6f6d2a11";
const LLAMA: &str = "meta-llama/Llama-3.1-8B";
const TOKEN: &str = "hf_standin_token";

fn apache() -> &'static str {
    spdx::license_id("Apache-2.0").unwrap().text()
}

/// A 5 GB model in two shards (2,500,000,000 BF16 parameters), its card, licence, config and
/// shard index, as the Hub lists them.
fn olmo() -> Repo {
    let shard = |name: &str| safetensors_header(&[(name, "BF16", &[50_000, 25_000])]);
    let (h1, d1) = shard("model.layers.0.weight");
    let (h2, d2) = shard("model.layers.1.weight");
    let index = serde_json::json!({
        "metadata": {"total_size": d1 + d2},
        "weight_map": {
            "model.layers.0.weight": "model-00001-of-00002.safetensors",
            "model.layers.1.weight": "model-00002-of-00002.safetensors",
        }
    });
    Repo::new(OLMO, OLMO_SHA)
        .file(
            "README.md",
            "---\nlicense: apache-2.0\nlanguage:\n- en\n---\n# OLMo 2 7B\n\nA fully open language model.\n",
        )
        .file("LICENSE", apache())
        .file(
            "config.json",
            r#"{"architectures": ["Olmo2ForCausalLM"], "model_type": "olmo2"}"#,
        )
        .file("model.safetensors.index.json", index.to_string())
        .sparse("model-00001-of-00002.safetensors", h1.clone(), h1.len() as u64 + d1)
        .sparse("model-00002-of-00002.safetensors", h2.clone(), h2.len() as u64 + d2)
        .file(".gitattributes", "*.safetensors filter=lfs diff=lfs merge=lfs -text\n")
}

fn llama() -> Repo {
    let (h, d) = safetensors_header(&[("w", "BF16", &[1000, 1000])]);
    Repo::new(LLAMA, "d04e592bb4f6aa9cfee91e2e20afa771667e1d4b")
        .file("README.md", "---\nlicense: llama3.1\n---\n# Llama 3.1\n")
        .sparse("model.safetensors", h.clone(), h.len() as u64 + d)
        .gated()
}

fn client(endpoint: &str, token: Option<&str>, cache: Option<PathBuf>) -> Arc<Client> {
    Arc::new(Client::new(HubConfig {
        endpoint: endpoint.to_owned(),
        token: token.map(str::to_owned),
        hub_cache: None,
        osai_cache: cache,
        offline: false,
        timeout: Duration::from_secs(10),
        tries: 3,
        backoff: Duration::from_millis(10),
    }))
}

fn tmp(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("osai-hub-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

fn codes(s: &osai_scan::Scan) -> Vec<&str> {
    s.warnings.iter().map(|w| &*w.code).collect()
}

#[test]
fn a_5_gb_model_is_assessed_from_under_1_mib_of_its_weights() {
    let hub = StandIn::builder()
        .repo(olmo())
        .fail_once(&format!("/api/models/{OLMO}"))
        .start()
        .unwrap();
    let c = client(&hub.endpoint, None, None);
    let found = osai_hub::scan(
        &c,
        &HubId::parse(&format!("hf:{OLMO}")).unwrap(),
        &ScanOptions::default(),
    )
    .unwrap();
    let m = &found.scan.manifest;
    assert_eq!(m.facts.parameters, Some(2_500_000_000.0));
    assert_eq!(m.licenses.distribution.as_deref(), Some("Apache-2.0"));
    assert_eq!(m.release.huggingface.as_deref(), Some(OLMO));
    assert_eq!(found.sha, OLMO_SHA);
    // Every fact's evidence names the commit it was read at and where to see it.
    assert!(!m.evidence.is_empty());
    for e in &m.evidence {
        assert_eq!(e.revision.as_deref(), Some(OLMO_SHA), "{e:?}");
        let url = e.url.as_deref().unwrap();
        assert!(
            url.starts_with(&format!("{}/{OLMO}/", hub.endpoint)),
            "{url}"
        );
        assert!(url.contains(OLMO_SHA), "{url}");
    }
    let weights = hub.sent(OLMO, ".safetensors");
    assert!(
        weights > 0 && weights < 1 << 20,
        "{weights} bytes of weights fetched"
    );
    assert!(found.fetched < 1 << 20, "{} bytes fetched", found.fetched);
    let log = hub.log();
    // The 429 was retried, the LFS redirect followed to the CDN path, files read at the sha.
    assert_eq!(
        log.iter()
            .filter(|l| l.starts_with(&format!("GET /api/models/{OLMO} ")))
            .count(),
        2,
        "{log:#?}"
    );
    assert!(log.iter().any(|l| l.starts_with("GET /cdn/")), "{log:#?}");
    assert!(
        log.iter()
            .filter(|l| l.contains("/resolve/"))
            .all(|l| l.contains(OLMO_SHA)),
        "{log:#?}"
    );
    assert!(!codes(&found.scan).contains(&"W-SCAN-NO-WEIGHTS"));
}

#[test]
fn a_gated_repository_needs_a_token_and_says_where_to_get_access() {
    let hub = StandIn::builder()
        .repo(llama())
        .token(TOKEN)
        .start()
        .unwrap();
    let id = HubId::parse(&format!("hf:{LLAMA}")).unwrap();
    let err = osai_hub::scan(
        &client(&hub.endpoint, None, None),
        &id,
        &ScanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            HubError::Gated {
                with_token: false,
                ..
            }
        ),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(text.contains("HF_TOKEN"), "{text}");
    assert!(
        text.contains(&format!("{}/{LLAMA}", hub.endpoint)),
        "{text}"
    );
    let wrong = osai_hub::scan(
        &client(&hub.endpoint, Some("hf_other"), None),
        &id,
        &ScanOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(
            wrong,
            HubError::Gated {
                with_token: true,
                ..
            }
        ),
        "{wrong:?}"
    );
    let ok = osai_hub::scan(
        &client(&hub.endpoint, Some(TOKEN), None),
        &id,
        &ScanOptions::default(),
    )
    .unwrap();
    assert_eq!(ok.scan.manifest.facts.parameters, Some(1_000_000.0));
    // The token goes to the hub, never to the CDN it redirects to.
    assert!(
        hub.log()
            .iter()
            .filter(|l| l.starts_with("GET /cdn/"))
            .all(|l| l.ends_with("auth=false"))
    );
}

#[test]
fn an_unknown_id_is_named_with_what_the_hubs_search_suggests() {
    let hub = StandIn::builder().repo(olmo()).start().unwrap();
    let c = client(&hub.endpoint, None, None);
    let err = osai_hub::scan(
        &c,
        &HubId::parse("hf:allenai/OLMo-2-1124-7b-typo").unwrap(),
        &ScanOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, HubError::NotFound { .. }), "{err:?}");
    assert!(!err.to_string().contains("did you mean"), "{err}");
    let err = osai_hub::scan(
        &c,
        &HubId::parse("hf:allen-ai/OLMo-2-1124-7B").unwrap(),
        &ScanOptions::default(),
    )
    .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("no model `allen-ai/OLMo-2-1124-7B`"),
        "{text}"
    );
    assert!(text.contains(&format!("did you mean hf:{OLMO}?")), "{text}");
    let err = osai_hub::scan(
        &c,
        &HubId::parse(&format!("hf:{OLMO}@v9")).unwrap(),
        &ScanOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, HubError::RevisionNotFound { .. }), "{err:?}");
}

#[test]
fn a_second_scan_revalidates_the_model_info_and_reads_small_files_from_the_cache() {
    let hub = StandIn::builder().repo(olmo()).start().unwrap();
    let cache = tmp("cache");
    let c = client(&hub.endpoint, None, Some(cache.clone()));
    let id = HubId::parse(&format!("hf:{OLMO}")).unwrap();
    let first = osai_hub::scan(&c, &id, &ScanOptions::default()).unwrap();
    let before = hub.log().len();
    let second = osai_hub::scan(&c, &id, &ScanOptions::default()).unwrap();
    assert_eq!(first.scan.manifest, second.scan.manifest);
    let again: Vec<String> = hub.log()[before..].to_vec();
    // The model info is revalidated (304), the tree and the small files are not fetched again;
    // only the weights headers are.
    assert!(
        again
            .iter()
            .any(|l| l.starts_with(&format!("GET /api/models/{OLMO} ")))
    );
    assert!(!again.iter().any(|l| l.contains("/tree/")), "{again:#?}");
    assert!(!again.iter().any(|l| l.contains("README.md")), "{again:#?}");
    // Offline, the same answer from the cache alone.
    let offline = Arc::new(Client::new(HubConfig {
        offline: true,
        ..c.config.clone()
    }));
    let third = osai_hub::scan(&offline, &id, &ScanOptions::default());
    // Weights headers are not cached: offline they are unread, and said so.
    let third = third.unwrap();
    assert!(
        codes(&third.scan).contains(&"W-SCAN-WEIGHTS-HEADER"),
        "{:?}",
        third.scan.warnings
    );
    assert_eq!(third.scan.manifest.licenses, first.scan.manifest.licenses);
    let _ = std::fs::remove_dir_all(cache);
}

/// The Hugging Face cache layout: `models--org--name/refs/main` holds the commit, and
/// `snapshots/<commit>/` the files that were downloaded.
fn hf_cache(root: &std::path::Path, with_weights: bool) {
    let repo = root.join("models--allenai--OLMo-2-1124-7B");
    std::fs::create_dir_all(repo.join("refs")).unwrap();
    std::fs::write(repo.join("refs/main"), OLMO_SHA).unwrap();
    let snap = repo.join("snapshots").join(OLMO_SHA);
    std::fs::create_dir_all(&snap).unwrap();
    std::fs::write(
        snap.join("README.md"),
        "---\nlicense: apache-2.0\n---\n# OLMo 2\n",
    )
    .unwrap();
    std::fs::write(snap.join("LICENSE"), apache()).unwrap();
    if with_weights {
        osai_scan::fixtures::write_safetensors(
            &snap.join("model.safetensors"),
            &[("w", "F32", &[300, 200])],
            0,
        )
        .unwrap();
    }
}

#[test]
fn offline_reads_the_hugging_face_cache_and_states_no_absence_from_it() {
    let root = tmp("hfcache");
    hf_cache(&root, true);
    let offline = |root: &std::path::Path| {
        Arc::new(Client::new(HubConfig {
            endpoint: "http://127.0.0.1:9".into(),
            token: None,
            hub_cache: Some(root.to_path_buf()),
            osai_cache: None,
            offline: true,
            timeout: Duration::from_secs(1),
            tries: 1,
            backoff: Duration::ZERO,
        }))
    };
    let id = HubId::parse(&format!("hf:{OLMO}")).unwrap();
    let found = osai_hub::scan(&offline(&root), &id, &ScanOptions::default()).unwrap();
    assert_eq!(found.scan.manifest.facts.parameters, Some(60_000.0));
    assert_eq!(found.sha, OLMO_SHA);
    assert_eq!(found.fetched, 0);
    // A snapshot holds what was downloaded: no weights in it is not "no weights published".
    let bare = tmp("hfcache-bare");
    hf_cache(&bare, false);
    let found = osai_hub::scan(&offline(&bare), &id, &ScanOptions::default()).unwrap();
    assert!(codes(&found.scan).contains(&"W-SCAN-PARTIAL-LISTING"));
    assert!(!codes(&found.scan).contains(&"W-SCAN-NO-WEIGHTS"));
    let weights = found
        .scan
        .manifest
        .components
        .get(&osai_engine::component::ComponentId::ModelParametersFinal);
    assert!(weights.is_none_or(|c| c.published != Disclosure::No));
    // Not in the cache: a clear error, nothing fetched.
    let err = osai_hub::scan(
        &offline(&bare),
        &HubId::parse("hf:org/absent").unwrap(),
        &ScanOptions::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("not in the cache"), "{err}");
    let _ = std::fs::remove_dir_all(root);
    let _ = std::fs::remove_dir_all(bare);
}

#[test]
fn a_tree_of_many_pages_is_listed_whole() {
    let mut repo = olmo();
    for i in 0..25 {
        repo = repo.file(&format!("docs/page-{i:02}.md"), "# page\n");
    }
    let hub = StandIn::builder().repo(repo).tree_page(10).start().unwrap();
    let found = osai_hub::scan(
        &client(&hub.endpoint, None, None),
        &HubId::parse(&format!("hf:{OLMO}")).unwrap(),
        &ScanOptions::default(),
    )
    .unwrap();
    assert_eq!(found.scan.files, 32);
}
