//! Hub ids at the command line, against the loopback stand-in: `osai scan hf:ID`, `--from`
//! lists with errors in place, `--resume`, `--shard`, and `assess`/`export` of an id.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use osai_hub::standin::{Repo, StandIn};
use osai_scan::fixtures::safetensors_header;

const SHA: &str = "7df9a82518afdb5e5e4e0d4ae8ae7c6e6f6d2a11";

fn model(id: &str) -> Repo {
    let (h, d) = safetensors_header(&[("w", "BF16", &[4096, 4096])]);
    Repo::new(id, SHA)
        .file(
            "README.md",
            "---\nlicense: apache-2.0\n---\n# A model\n\nWeights, code and data are open.\n",
        )
        .file("LICENSE", spdx::license_id("Apache-2.0").unwrap().text())
        .file("config.json", r#"{"architectures": ["LlamaForCausalLM"]}"#)
        .sparse("model.safetensors", h.clone(), h.len() as u64 + d)
}

fn tmp(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("osai-cli-hub-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// The binary with the hub at `endpoint` and every cache and token path inside `home`.
fn osai(endpoint: &str, home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_osai"))
        .args(args)
        .env("HF_ENDPOINT", endpoint)
        .env("HF_HOME", home.join("hf"))
        .env("OSAI_CACHE", home.join("osai"))
        .env_remove("HF_TOKEN")
        .env_remove("HF_HUB_CACHE")
        .env_remove("HF_HUB_OFFLINE")
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// `osai scan --from IDS --format jsonl` and `more`.
fn scan_from(endpoint: &str, home: &Path, ids: &Path, more: &[&str]) -> Output {
    let mut args = vec!["scan", "--from", ids.to_str().unwrap(), "--format", "jsonl"];
    args.extend_from_slice(more);
    osai(endpoint, home, &args)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn hub() -> StandIn {
    StandIn::builder()
        .repo(model("org/open-7b"))
        .repo(model("org/other-1b"))
        .repo(model("lab/third"))
        .start()
        .unwrap()
}

#[test]
fn scan_a_hub_id_writes_a_manifest_pinned_to_its_commit() {
    let hub = hub();
    let home = tmp("scan");
    let o = osai(&hub.endpoint, &home, &["scan", "hf:org/open-7b"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(
        out.contains(&format!("from hf:org/open-7b at commit {SHA}")),
        "{out}"
    );
    assert!(out.contains("parameters: 16777216"), "{out}");
    assert!(out.contains("huggingface: org/open-7b"), "{out}");
    assert!(out.contains(&format!("revision: {SHA}")), "{out}");
    assert!(
        out.contains(&format!(
            "{}/org/open-7b/blob/{SHA}/README.md",
            hub.endpoint
        )),
        "{out}"
    );
    // The same id where a file is read: assess and export.
    let o = osai(
        &hub.endpoint,
        &home,
        &[
            "assess",
            "-d",
            "osaid-1.0",
            "--brief",
            "https://huggingface.co/org/open-7b",
        ],
    );
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{}",
        text(&o.stderr)
    );
    assert!(text(&o.stdout).contains("osaid-1.0"), "{}", text(&o.stdout));
    let o = osai(
        &hub.endpoint,
        &home,
        &["export", "--to", "cyclonedx", "hf:org/open-7b"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let o = osai(&hub.endpoint, &home, &["scan", "hf:org/absent"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).contains("no model `org/absent`"),
        "{}",
        text(&o.stderr)
    );
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn from_a_list_each_id_gets_its_line_and_an_unknown_one_an_error_in_place() {
    let hub = hub();
    let home = tmp("from");
    let ids = home.join("ids.txt");
    std::fs::write(&ids, "# three models and a typo\norg/open-7b\nhf:org/nope\n\nhttps://huggingface.co/org/other-1b\n").unwrap();
    let out = home.join("manifests.jsonl");
    let o = scan_from(&hub.endpoint, &home, &ids, &["-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["release"]["huggingface"], "org/open-7b");
    assert_eq!(lines[1]["error"]["line"], 3);
    assert!(
        lines[1]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("org/nope")
    );
    assert_eq!(
        lines[1]["error"]["diagnostics"][0]["code"],
        "E-HUB-NOT-FOUND"
    );
    assert_eq!(lines[2]["release"]["huggingface"], "org/other-1b");
    // --resume: the two written are skipped, the failed one tried again, nothing lost.
    let before = hub
        .stats
        .requests
        .load(std::sync::atomic::Ordering::Relaxed);
    let o = scan_from(
        &hub.endpoint,
        &home,
        &ids,
        &["-o", out.to_str().unwrap(), "--resume"],
    );
    assert_eq!(o.status.code(), Some(2));
    let log = hub.log();
    let again = &log[before as usize..];
    assert!(
        again
            .iter()
            .all(|l| !l.contains("open-7b") && !l.contains("other-1b")),
        "{again:#?}"
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 4);
    // assess --from: a report per id, the error in place.
    let o = osai(
        &hub.endpoint,
        &home,
        &[
            "assess",
            "--from",
            ids.to_str().unwrap(),
            "--format",
            "jsonl",
            "--brief",
            "-d",
            "osaid-1.0",
        ],
    );
    let reports: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(reports.len(), 3, "{}", text(&o.stderr));
    assert!(reports[1].contains("E-HUB-NOT-FOUND"), "{}", reports[1]);
    let _ = std::fs::remove_dir_all(home);
}

#[test]
fn shards_split_a_list_without_overlap() {
    let hub = hub();
    let home = tmp("shard");
    let ids = home.join("ids.txt");
    std::fs::write(&ids, "org/open-7b\norg/other-1b\nlab/third\n").unwrap();
    let mut seen = Vec::new();
    for k in 0..3 {
        let shard = format!("{k}/3");
        let o = scan_from(&hub.endpoint, &home, &ids, &["--shard", &shard]);
        assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
        for l in text(&o.stdout).lines() {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            seen.push(v["release"]["huggingface"].as_str().unwrap().to_owned());
        }
    }
    seen.sort();
    assert_eq!(seen, ["lab/third", "org/open-7b", "org/other-1b"]);
    let o = scan_from(&hub.endpoint, &home, &ids, &["--shard", "3/3"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("0 to N−1"), "{}", text(&o.stderr));
    let _ = std::fs::remove_dir_all(home);
}
