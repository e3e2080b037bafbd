//! Hub ids typed on the home page or given to the API, read from the loopback stand-in: the
//! report, the errors a visitor can act on, the per-client budget, no address a visitor gives
//! ever fetched, the operator's token never lent, and `--no-hub`.

use std::net::SocketAddr;
use std::time::Duration;

use osai_hub::HubConfig;
use osai_hub::standin::{Repo, StandIn};
use osai_scan::fixtures::safetensors_header;
use osai_server::Limits;

mod common;
use common::send;

fn server(hub: Option<HubConfig>, limits: Limits) -> SocketAddr {
    common::server_with(limits, hub)
}

const MODEL: &str = "allenai/OLMo-2-1124-7B";
const SHA: &str = "0123456789abcdef0123456789abcdef01234567";

fn standin() -> StandIn {
    let (head, data) = safetensors_header(&[("w", "BF16", &[1000, 7])]);
    StandIn::builder()
        .repo(
            Repo::new(MODEL, SHA)
                .file(
                    "README.md",
                    "---\nlicense: apache-2.0\n---\n# OLMo 2 7B\n\nA fully open model.\n",
                )
                .file("config.json", r#"{"model_type": "olmo2"}"#)
                .sparse("model.safetensors", head.clone(), head.len() as u64 + data),
        )
        .repo(
            Repo::new("meta-llama/Llama-3.1-8B", SHA)
                .file("README.md", "---\nlicense: llama3.1\n---\n")
                .gated(),
        )
        .token("operator-token")
        .start()
        .expect("stand-in")
}

fn config(endpoint: &str) -> HubConfig {
    HubConfig {
        endpoint: endpoint.to_owned(),
        // The operator's token: the server must not use it for visitors.
        token: Some("operator-token".into()),
        hub_cache: None,
        osai_cache: None,
        offline: false,
        timeout: Duration::from_secs(5),
        tries: 2,
        backoff: Duration::from_millis(10),
    }
}

/// The home page's hub form, submitted.
fn form(addr: SocketAddr, id: &str, lang: &str) -> (u16, String) {
    let b = "osaiboundary";
    let body =
        format!("--{b}\r\nContent-Disposition: form-data; name=\"hub\"\r\n\r\n{id}\r\n--{b}--\r\n");
    send(
        addr,
        "POST",
        &format!("/assess?lang={lang}"),
        &format!("multipart/form-data; boundary={b}"),
        body.as_bytes(),
    )
}

fn api(addr: SocketAddr, id: &str) -> (u16, serde_json::Value) {
    let (status, body) = send(
        addr,
        "POST",
        &format!("/api/v1/assess?hub={id}"),
        "application/yaml",
        b"",
    );
    (status, serde_json::from_str(&body).unwrap_or_default())
}

#[test]
fn home_page_reads_a_hub_id_and_reports_it() {
    let hub = standin();
    let addr = server(Some(config(&hub.endpoint)), Limits::default());

    let (status, home) = send(addr, "GET", "/", "text/plain", b"");
    assert_eq!(status, 200);
    assert!(home.contains("name=\"hub\""), "{home}");

    // As typed in the box: ORG/NAME, no prefix.
    let (status, page) = form(addr, MODEL, "en");
    let page = page.replace("&#x2f;", "/");
    assert_eq!(status, 200, "{page}");
    assert!(!page.contains("W-SCAN-WEIGHTS-HEADER"), "{page}");
    assert!(
        page.contains(&format!("Read from hf:{MODEL} at commit {SHA}")),
        "{page}"
    );
    assert!(page.contains("Apache-2.0"), "{page}");
    assert!(page.contains("osaid-1.0"), "{page}");
    let (status, page) = form(addr, &format!("https://huggingface.co/{MODEL}"), "fr");
    let page = page.replace("&#x2f;", "/");
    assert_eq!(status, 200);
    assert!(page.contains(&format!("Lu depuis hf:{MODEL} au commit {SHA}")));

    let (status, report) = api(addr, &format!("hf:{MODEL}@main"));
    assert_eq!(status, 200, "{report}");
    let text = report.to_string();
    assert!(text.contains("osaid-1.0"), "{text}");
    assert!(text.contains("Apache-2.0"), "{text}");

    // The operator's token is never sent for a visitor.
    assert!(hub.log().iter().all(|l| l.ends_with("auth=false")));
}

#[test]
fn errors_a_visitor_can_act_on() {
    let hub = standin();
    let addr = server(Some(config(&hub.endpoint)), Limits::default());

    let (status, page) = form(addr, "allenai/OLMo-2-1124-7", "en");
    assert_eq!(status, 404, "{page}");
    assert!(page.contains("E-HUB-NOT-FOUND"), "{page}");
    assert!(page.contains("The repository could not be read"), "{page}");

    let (status, err) = api(addr, "hf:meta-llama/Llama-3.1-8B");
    assert_eq!(status, 403, "{err}");
    assert_eq!(err["error"]["code"], "E-HUB-GATED");
    let msg = err["error"]["message"].as_str().unwrap_or_default();
    assert!(msg.contains("public repositories only"), "{msg}");
    assert!(
        msg.contains("osai scan hf:meta-llama/Llama-3.1-8B"),
        "{msg}"
    );

    // An address is never fetched: only ids, read from the configured endpoint.
    let before = hub.log().len();
    for given in [
        "http://127.0.0.1:9/evil",
        "https://example.com/org/name",
        "hf:../../etc",
    ] {
        let (status, err) = api(addr, given);
        assert_eq!(status, 400, "{given}: {err}");
        assert_eq!(err["error"]["code"], "E-HUB-ID", "{given}");
    }
    assert_eq!(hub.log().len(), before);

    let (status, err) = send(
        addr,
        "POST",
        &format!("/api/v1/assess?hub=hf:{MODEL}"),
        "application/yaml",
        b"osai: 1\n",
    );
    assert_eq!(status, 400, "{err}");
}

#[test]
fn each_client_may_read_a_few_ids_a_minute() {
    let hub = standin();
    let limits = Limits {
        hub_per_client_burst: 2,
        hub_per_client_per_minute: 1,
        ..Limits::default()
    };
    let addr = server(Some(config(&hub.endpoint)), limits);
    for _ in 0..2 {
        assert_eq!(api(addr, MODEL).0, 200);
    }
    let (status, err) = api(addr, MODEL);
    assert_eq!(status, 429, "{err}");
    assert_eq!(err["error"]["code"], "E-HUB-BUDGET");
    // Manifests are still assessed: the hub's budget is its own.
    let (status, _) = send(
        addr,
        "POST",
        "/api/v1/assess",
        "application/yaml",
        b"osai: 1\nrelease:\n  name: x\n  kind: model\n",
    );
    assert_eq!(status, 200);
}

#[test]
fn no_hub_has_no_box_and_reads_nothing() {
    let hub = standin();
    let addr = server(None, Limits::default());
    let (_, home) = send(addr, "GET", "/", "text/plain", b"");
    assert!(!home.contains("name=\"hub\""), "{home}");
    let (status, err) = api(addr, MODEL);
    assert_eq!(status, 404, "{err}");
    assert_eq!(err["error"]["code"], "E-HUB-OFF");
    let (status, page) = form(addr, MODEL, "en");
    assert_eq!(status, 404);
    assert!(page.contains("--no-hub"), "{page}");
    assert!(hub.log().is_empty());
}
