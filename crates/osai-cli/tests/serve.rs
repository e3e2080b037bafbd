//! `osai serve` as a process: acknowledged writes survive `kill -9`, and the web form works in a
//! real browser (headless Chromium driven by playwright-core).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TOKEN: &str = "durability-token-0123456789";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn free_port() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind");
    l.local_addr().expect("addr")
}

fn start(addr: SocketAddr, db: &Path, seed: bool) -> Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_osai"));
    cmd.args(["serve", "--addr", &addr.to_string(), "--db"])
        .arg(db)
        .env("OSAI_TOKEN", TOKEN)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if !seed {
        cmd.args(["--no-seed", "--no-catalogue"]);
    }
    let mut child = cmd.spawn().expect("start osai serve");
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if get(addr, "/healthz").is_some_and(|(s, _)| s == 200) {
            return child;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("osai serve did not come up on {addr}");
}

fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    auth: bool,
    body: &[u8],
) -> Option<(u16, String)> {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let auth = if auth {
        format!("Authorization: Bearer {TOKEN}\r\n")
    } else {
        String::new()
    };
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{auth}Content-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).ok()?;
    s.write_all(body).ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.to_owned())?;
    Some((status, body))
}

fn get(addr: SocketAddr, path: &str) -> Option<(u16, String)> {
    http(addr, "GET", path, false, b"")
}

fn temp_db(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("osai-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d.join("osai.db")
}

/// Writes releases as fast as the server takes them while the main thread kills it with
/// SIGKILL; after a restart on the same database every write that got its 201 is there.
#[test]
fn acknowledged_writes_survive_kill_9() {
    let db = temp_db("kill");
    let mut acknowledged: Vec<String> = Vec::new();
    for round in 0..3 {
        let addr = free_port();
        let mut server = start(addr, &db, false);
        let writer = std::thread::spawn(move || {
            let mut acked = Vec::new();
            for i in 0.. {
                let name = format!("durable-{round}-{i}");
                let body = format!("osai: 1\nrelease:\n  name: {name}\n  kind: model\n");
                match http(addr, "POST", "/api/v1/releases", true, body.as_bytes()) {
                    Some((201, _)) => acked.push(name),
                    _ => break,
                }
            }
            acked
        });
        std::thread::sleep(Duration::from_millis(400 + 150 * round));
        server.kill().expect("SIGKILL"); // Child::kill is SIGKILL on Unix
        let _ = server.wait();
        let acked = writer.join().expect("writer");
        assert!(
            !acked.is_empty(),
            "round {round}: some writes were acknowledged"
        );
        acknowledged.extend(acked);
    }
    let addr = free_port();
    let mut server = start(addr, &db, false);
    let (status, body) = get(addr, "/api/v1/releases?per_page=500").expect("list");
    assert_eq!(status, 200);
    let mut stored: Vec<String> = Vec::new();
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let total = v["total"].as_i64().unwrap();
    let pages = (total + 499) / 500;
    for page in 1..=pages.max(1) {
        let (_, body) = get(addr, &format!("/api/v1/releases?per_page=500&page={page}")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        stored.extend(
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|i| i["name"].as_str().map(str::to_owned)),
        );
    }
    let missing: Vec<&String> = acknowledged
        .iter()
        .filter(|n| !stored.contains(n))
        .collect();
    let _ = server.kill();
    let _ = server.wait();
    assert!(
        missing.is_empty(),
        "{} of {} acknowledged writes lost: {missing:?}",
        missing.len(),
        acknowledged.len()
    );
    eprintln!(
        "kill -9: {} acknowledged writes over 3 kills, all present after restart",
        acknowledged.len()
    );
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}

/// Seeds on first start only — the three examples and the bundled catalogue, every entry with
/// its data set — and a second start on the same database adds nothing.
#[test]
fn seed_once_and_restart_on_the_same_database() {
    let db = temp_db("seed");
    let addr = free_port();
    let mut server = start(addr, &db, true);
    let (_, body) = get(addr, "/api/v1/releases?per_page=500").unwrap();
    let first: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(first["total"], 470);
    let items = first["items"].as_array().unwrap();
    let from = |d: &str| items.iter().filter(|i| i["dataset"] == d).count();
    assert_eq!((from("mot"), from("osai-index")), (273, 194));
    // Every release has a verdict under every built-in definition, the readings included.
    for i in items {
        assert_eq!(i["verdicts"].as_object().unwrap().len(), 11, "{i}");
    }
    let _ = server.kill();
    let _ = server.wait();
    let addr = free_port();
    let mut server = start(addr, &db, true);
    let (_, body) = get(addr, "/api/v1/releases").unwrap();
    let again: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(again["total"], 470);
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}

/// The `e2e/` folder when node, its packages (`npm ci --prefix e2e`) and Chromium are here;
/// `None` (skipped with the reason printed) elsewhere, and a failure under CI.
fn browser_tests() -> Option<std::path::PathBuf> {
    let e2e = root().join("e2e");
    let node_ok = Command::new("node").arg("--version").output().is_ok();
    let installed = e2e.join("node_modules/playwright-core").is_dir();
    let chromium = Path::new("/usr/bin/chromium").exists();
    if node_ok && installed && chromium {
        return Some(e2e);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must install node, e2e/node_modules (npm ci --prefix e2e) and Chromium"
    );
    eprintln!("SKIPPED: node, e2e/node_modules or /usr/bin/chromium missing");
    None
}

/// Runs an `e2e/` driver; its one JSON line.
fn node(e2e: &Path, script: &str, args: &[&str]) -> serde_json::Value {
    let out = Command::new("node")
        .arg(e2e.join(script))
        .args(args)
        .output()
        .expect("node");
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json line")
}

/// Headless Chromium (playwright-core from npm, `e2e/`) opens the home page, pastes a manifest
/// into the form, submits it and reads the verdicts from the report page.
#[test]
fn browser_submits_the_form_and_reads_the_verdict() {
    let Some(e2e) = browser_tests() else { return };
    let db = temp_db("browser");
    let addr = free_port();
    let mut server = start(addr, &db, false);
    let base = format!("http://{addr}");
    let run = |manifest: &str, lang: &str| {
        let path = root().join(manifest);
        node(&e2e, "assess.mjs", &[&base, path.to_str().unwrap(), lang])
    };
    let olmo = run("examples/olmo-2-7b.yml", "en");
    assert_eq!(olmo["title"], "osai report: OLMo-2-1124-7B");
    assert_eq!(olmo["verdicts"]["osaid-1.0"], "pass");
    assert_eq!(olmo["verdicts"]["mof-1.0"], "pass");
    let llama = run("examples/llama-3.1-8b.yml", "fr");
    assert_eq!(llama["verdicts"]["osaid-1.0"], "échec");
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}

/// The catalogue in headless Chromium, in English and French: the home page's search finds
/// the OLMo releases, a filter keeps those osaid-1.0 passes, two ticked releases open side by
/// side, and the statistics page has its four charts, each with a title, a description and
/// its numbers as a table. The screenshots go to target/e2e-screenshots/ (docs/serve.md
/// shows those of a run).
#[test]
fn browser_searches_filters_compares_and_reads_the_charts() {
    let Some(e2e) = browser_tests() else { return };
    let db = temp_db("browser-catalogue");
    let addr = free_port();
    let mut server = start(addr, &db, true);
    let shots = root().join("target/e2e-screenshots");
    for lang in ["en", "fr"] {
        let base = format!("http://{addr}");
        let v = node(
            &e2e,
            "catalogue.mjs",
            &[&base, shots.to_str().unwrap(), lang],
        );
        let names: Vec<&str> = v["names"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|n| n.as_str())
            .collect();
        assert!(
            names.len() >= 4 && names.iter().all(|n| n.to_lowercase().contains("olmo")),
            "{names:?}"
        );
        let passing = v["passing"].as_array().unwrap();
        assert!(passing.iter().any(|n| n == "OLMo-2-1124-7B"), "{v}");
        assert_eq!(v["compared"].as_array().unwrap().len(), 2, "{v}");
        let charts = v["charts"].as_array().unwrap();
        assert_eq!(charts.len(), 4, "{v}");
        assert!(
            charts
                .iter()
                .all(|c| !c["title"].as_str().unwrap().is_empty()
                    && !c["desc"].as_str().unwrap().is_empty()
                    && c["bars"].as_u64().unwrap() > 0)
        );
        assert_eq!(v["tables"], 4);
        let found = v["found"].as_str().unwrap();
        assert!(
            found.contains(if lang == "fr" {
                "correspondent"
            } else {
                "match"
            }),
            "{found}"
        );
        for s in v["screenshots"].as_array().unwrap() {
            let len = std::fs::metadata(s.as_str().unwrap())
                .map(|m| m.len())
                .unwrap_or(0);
            assert!(len > 10_000, "{s}: {len} bytes");
        }
    }
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
}

/// The web questionnaire, answered in headless Chromium for an Apache-2.0 general-purpose
/// model with its weights, architecture and model card published, reaches the Art. 53(2)
/// exemption, and the page shows the manifest it built with a download link.
#[test]
fn browser_answers_the_questionnaire_and_reaches_the_art_53_2_exemption() {
    let Some(e2e) = browser_tests() else { return };
    let db = temp_db("browser-ask");
    let addr = free_port();
    let mut server = start(addr, &db, false);
    let answers = serde_json::json!({
        "name": "asked-open",
        "components.model-parameters-final.published": "yes",
        "components.model-architecture.published": "yes",
        "components.model-card.published": "yes",
        "licenses.model": "Apache-2.0",
        "licenses.code": "Apache-2.0",
        "licenses.document": "CC-BY-4.0",
        "facts.general_purpose": "yes",
        "facts.output_modalities": ["text"],
        "facts.training_compute_flop": "1e22",
        "facts.systemic_risk_designated": "no",
        "facts.monetised": "no",
        "facts.eu_market": "yes",
    });
    let base = format!("http://{addr}");
    let page = node(&e2e, "ask.mjs", &[&base, &answers.to_string(), "en"]);
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_dir_all(db.parent().unwrap());
    assert_eq!(page["title"], "osai report: asked-open");
    assert_eq!(page["verdicts"]["eu-ai-act"], "pass", "{page}");
    let summary = page["summary"]["eu-ai-act"].as_str().unwrap_or_default();
    assert!(summary.contains("exempt: art-53-2"), "{summary}");
    let manifest = page["manifest"].as_str().unwrap_or_default();
    assert!(
        manifest.contains("components_complete: false"),
        "{manifest}"
    );
    assert!(manifest.contains("Apache-2.0"), "{manifest}");
    assert_eq!(page["download"], "asked-open.osai.yml");
}
