//! The HTTP API and pages over a real socket on loopback: the server runs in this process on an
//! ephemeral port, requests are plain HTTP/1.1 written by hand.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::OnceLock;

const TOKEN: &str = "test-token-0123456789";

fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Runtime::new().expect("runtime");
            rt.block_on(async move {
                let mut store = osai_server::Store::in_memory().expect("store");
                osai_server::seed(&mut store).expect("seed");
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                    .await
                    .expect("bind");
                tx.send(listener.local_addr().expect("addr")).expect("send");
                let limits = osai_server::Limits::default();
                let app = osai_server::app_with(store, Some(TOKEN.into()), limits.clone());
                osai_server::serve_on(listener, app, &limits, std::future::pending()).await;
            });
        });
        rx.recv().expect("server address")
    })
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

fn request(method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut s = TcpStream::connect(server()).expect("connect");
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).expect("write");
    // The server may answer (413) before reading the whole body; a reset then is fine.
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

fn example(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name);
    std::fs::read(p).expect("example")
}

#[test]
fn health_and_openapi_3_1() {
    let r = request("GET", "/healthz", &[], b"");
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["schema"], 2);
    let r = request("GET", "/api/v1/openapi.json", &[], b"");
    assert_eq!(r.status, 200);
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/assess",
        "/api/v1/releases",
        "/api/v1/releases/{id}",
        "/api/v1/releases/{id}/versions",
        "/healthz",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} documented");
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
}

#[test]
fn assess_gives_the_report_in_every_format() {
    let body = example("olmo-2-7b.yml");
    let r = request("POST", "/api/v1/assess?as_of=2026-11-29", &[], &body);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), Some("application/json"));
    let v = r.json();
    assert_eq!(v["release"]["name"], "OLMo-2-1124-7B");
    assert_eq!(v["as_of"], "2026-11-29");
    let r = request(
        "POST",
        "/api/v1/assess?definition=mof-1.0,osaid-1.0",
        &[],
        &body,
    );
    assert_eq!(r.json()["definitions"].as_array().unwrap().len(), 2);
    let r = request("POST", "/api/v1/assess?format=html&lang=fr", &[], &body);
    assert!(
        r.body.contains("<html lang=\"fr\">"),
        "{}",
        &r.body[..200.min(r.body.len())]
    );
    let r = request("POST", "/api/v1/assess?format=markdown", &[], &body);
    assert!(r.body.starts_with("### osai: OLMo-2-1124-7B"));
    let r = request("POST", "/api/v1/assess?format=sarif", &[], &body);
    assert_eq!(r.json()["version"], "2.1.0");
    // A model card is read as well.
    let card = b"---\nlicense: apache-2.0\n---\n# tiny\n";
    let r = request("POST", "/api/v1/assess", &[], card);
    assert_eq!(r.json()["release"]["name"], "tiny");
}

#[test]
fn bad_input_is_400_with_the_place_and_a_hint() {
    let r = request(
        "POST",
        "/api/v1/assess",
        &[],
        b"osai: 1\nrelease:\n  name: x\n  kind: modle\n",
    );
    assert_eq!(r.status, 400);
    let e = &r.json()["error"];
    assert_eq!(e["line"], 4);
    assert_eq!(e["column"], 9);
    assert_eq!(e["hint"], "did you mean `model`?");
    assert!(e["message"].as_str().unwrap().contains("modle"));
    let r = request("POST", "/api/v1/assess?definition=nope", &[], b"");
    assert_eq!(r.status, 400);
    let r = request(
        "POST",
        "/api/v1/assess?as_of=yesterday",
        &[],
        &example("olmo-2-7b.yml"),
    );
    assert_eq!(r.status, 400);
}

#[test]
fn a_body_over_one_mebibyte_is_413() {
    let big = vec![b'a'; (1 << 20) + 10];
    let r = request("POST", "/api/v1/assess", &[], &big);
    assert_eq!(r.status, 413);
}

#[test]
fn writes_need_the_token_and_keep_every_version() {
    let body = b"osai: 1\nrelease:\n  name: versioned-model\n  kind: model\n";
    let r = request("POST", "/api/v1/releases", &[], body);
    assert_eq!(r.status, 401);
    let r = request(
        "POST",
        "/api/v1/releases",
        &[("Authorization", "Bearer wrong-token-0123456789")],
        body,
    );
    assert_eq!(r.status, 401);
    let auth = format!("Bearer {TOKEN}");
    let first = request(
        "POST",
        "/api/v1/releases",
        &[("Authorization", &auth)],
        body,
    );
    assert_eq!(first.status, 201, "{}", first.body);
    let id = first.json()["id"].as_i64().unwrap();
    let second = request(
        "POST",
        "/api/v1/releases",
        &[("Authorization", &auth)],
        body,
    );
    assert_eq!(second.json()["id"].as_i64(), Some(id));
    assert_eq!(
        second.json()["version"].as_i64(),
        Some(first.json()["version"].as_i64().unwrap() + 1)
    );
    let versions = request("GET", &format!("/api/v1/releases/{id}/versions"), &[], b"").json();
    assert!(versions.as_array().unwrap().len() >= 2);
    let detail = request("GET", &format!("/api/v1/releases/{id}"), &[], b"").json();
    assert_eq!(detail["manifest"]["release"]["name"], "versioned-model");
    assert_eq!(detail["report"]["release"]["name"], "versioned-model");
    assert_eq!(
        request("GET", "/api/v1/releases/999999", &[], b"").status,
        404
    );
    // Bad input to a write is 400, not stored.
    let r = request(
        "POST",
        "/api/v1/releases",
        &[("Authorization", &auth)],
        b"not: [a manifest",
    );
    assert_eq!(r.status, 400);
}

#[test]
fn list_filters_by_verdict_and_pages() {
    let all = request("GET", "/api/v1/releases?per_page=500", &[], b"").json();
    assert!(all["total"].as_i64().unwrap() >= 3, "{all}");
    let pass = request(
        "GET",
        "/api/v1/releases?definition=osaid-1.0&verdict=pass",
        &[],
        b"",
    )
    .json();
    let names: Vec<&str> = pass["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["name"].as_str())
        .collect();
    assert!(names.contains(&"OLMo-2-1124-7B"), "{names:?}");
    assert!(!names.contains(&"Llama-3.1-8B"), "{names:?}");
    let page = request("GET", "/api/v1/releases?per_page=1&page=2", &[], b"").json();
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["page"], 2);
}

#[test]
fn pages_render_escaped_with_security_headers() {
    let r = request("GET", "/?lang=fr", &[], b"");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<html lang=\"fr\">"));
    assert!(
        r.header("content-security-policy")
            .unwrap()
            .contains("default-src 'none'")
    );
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(r.header("x-frame-options"), Some("DENY"));
    let r = request(
        "GET",
        "/releases",
        &[("Accept-Language", "fr-FR,fr;q=0.9")],
        b"",
    );
    assert!(
        r.body.contains("Catalogue des publications"),
        "Accept-Language picks French"
    );
    let r = request("GET", "/definitions/eu-ai-act", &[], b"");
    assert!(r.body.contains("AIA-53-2-LICENCE"));
    let r = request("GET", "/definitions/nope", &[("Accept", "text/html")], b"");
    assert_eq!(r.status, 404);
    let r = request("GET", "/releases/1", &[], b"");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<table class=\"matrix\">"));
    // A name with markup is escaped on every page.
    let auth = format!("Bearer {TOKEN}");
    let evil = b"osai: 1\nrelease:\n  name: \"<script>alert(1)</script>\"\n  kind: model\n";
    let r = request(
        "POST",
        "/api/v1/releases",
        &[("Authorization", &auth)],
        evil,
    );
    assert_eq!(r.status, 201);
    let cat = request("GET", "/releases?per_page=500", &[], b"");
    assert!(!cat.body.contains("<script>alert(1)</script>"));
    assert!(cat.body.contains("&lt;script&gt;"));
}

#[test]
fn the_form_and_the_questionnaire_give_a_report_page() {
    let boundary = "osaiboundary";
    let manifest = String::from_utf8(example("llama-3.1-8b.yml")).unwrap();
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"manifest\"\r\n\r\n{manifest}\r\n--{boundary}--\r\n"
    );
    let ct = format!("multipart/form-data; boundary={boundary}");
    let r = request(
        "POST",
        "/assess?lang=en",
        &[("Content-Type", &ct)],
        body.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Llama-3.1-8B"));
    let bad = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"manifest\"\r\n\r\nosai: 2\r\n--{boundary}--\r\n"
    );
    let r = request("POST", "/assess", &[("Content-Type", &ct)], bad.as_bytes());
    assert_eq!(r.status, 400);
    assert!(r.body.contains("role=\"alert\""));
    // Every problem is listed, as the CLI lists them, not only the first.
    let two = "osai: 1\r\nrelease: {name: x, kind: model}\r\nlicenses: {code: Apache-2.O}\r\nfacts: {parameters: many}\r\n";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"manifest\"\r\n\r\n{two}\r\n--{boundary}--\r\n"
    );
    let r = request(
        "POST",
        "/assess?lang=en",
        &[("Content-Type", &ct)],
        body.as_bytes(),
    );
    assert_eq!(r.status, 400);
    for code in ["E-LICENCE-UNKNOWN", "E-TYPE"] {
        assert!(r.body.contains(code), "{code} not listed:\n{}", r.body);
    }
    let form = "name=asked&kind=model&components.model-parameters-final.published=yes&licenses.model=Apache-2.0&facts.general_purpose=no&facts.monetised=&facts.eu_market=yes&facts.training_compute_flop=";
    let r = request(
        "POST",
        "/ask?lang=fr",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("Rapport osai : asked"));
}

/// An Apache-2.0 general-purpose model with its weights, architecture and model card
/// published, not monetised, on the EU market, below the systemic-risk threshold.
const FULLY_ANSWERED: &str = "name=asked-open&kind=model\
&components.model-parameters-final.published=yes\
&components.model-architecture.published=yes\
&components.model-card.published=yes\
&licenses.model=Apache-2.0&licenses.code=Apache-2.0&licenses.document=CC-BY-4.0\
&facts.general_purpose=yes&facts.output_modalities=text\
&facts.training_compute_flop=1e22&facts.systemic_risk_designated=no\
&facts.monetised=no&facts.eu_market=yes";

fn ask(form: &str) -> Reply {
    request(
        "POST",
        "/ask?lang=en",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    )
}

#[test]
fn the_questionnaire_asks_what_the_definitions_read() {
    let r = request("GET", "/ask", &[], b"");
    assert_eq!(r.status, 200);
    for path in [
        "components.model-architecture.published",
        "components.model-card.published",
        "licenses.model",
        "data_information.provenance",
        "facts.general_purpose",
        "facts.placed_on_market",
    ] {
        assert!(
            r.body.contains(&format!("name=\"{path}\"")),
            "{path} not asked"
        );
    }
    assert!(
        r.body.contains("AIA-53-2-ARCHITECTURE"),
        "the requirements it decides are named"
    );
    assert!(
        !r.body.contains("name=\"facts.intended_purposes\""),
        "a system question"
    );
    let system = request("GET", "/ask?kind=system", &[], b"");
    assert!(system.body.contains("name=\"facts.intended_purposes\""));
}

#[test]
fn a_fully_answered_questionnaire_reaches_the_art_53_2_exemption_and_shows_its_manifest() {
    let r = ask(FULLY_ANSWERED);
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("id=\"questionnaire-manifest\""));
    assert!(r.body.contains("download=\"asked-open.osai.yml\""));
    assert!(
        r.body.contains("components_complete: false"),
        "the manifest is shown"
    );
    assert!(
        r.body.contains("questionnaire.osai.yml:"),
        "evidence points into it"
    );
    assert!(
        r.body.contains("exempt: art-53-2"),
        "the Art. 53(2) exemption applies"
    );
}

#[test]
fn unanswered_questions_stay_unknown_and_every_bad_answer_is_listed() {
    let r = ask("name=bare&kind=model");
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(
        !r.body.contains(">fail<"),
        "nothing fails on what was not answered"
    );
    let bad = ask(
        "name=x&kind=model&facts.training_compute_flop=lots&licenses.model=Apache 2.1&facts.output_modalities=smell",
    );
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("write a plain number"));
    assert!(bad.body.contains("did you mean"));
    assert!(bad.body.contains("smell"));
    assert!(bad.body.contains("value=\"lots\""), "answers are kept");
}
