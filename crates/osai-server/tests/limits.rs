//! What protects the server from its clients, each tried on loopback: a slow or silent client,
//! CPU-heavy requests, a client that sends too many, absurd page numbers, an oversized upload.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use osai_server::Limits;

mod common;
use common::{send, server};

/// The heaviest valid request found: a 1 MiB manifest whose every licence is a long
/// expression under the limit (≈ 0.1 s of CPU and a 4 MB report each).
fn heavy_manifest() -> Vec<u8> {
    let ids = [
        "MIT",
        "Apache-2.0",
        "BSD-3-Clause",
        "ISC",
        "MPL-2.0",
        "CC-BY-4.0",
    ];
    let expr: Vec<String> = (0..84)
        .map(|i| format!("({} OR {})", ids[i % 6], ids[(i + 1) % 6]))
        .collect();
    let e = expr.join(" AND ");
    let mut body = format!(
        "osai: 1\nrelease:\n  name: heavy\n  kind: model\nlicenses:\n  distribution: {e}\ncomponents:\n  model-parameters-final:\n    license: {e}\n  datasets:\n    sources:\n"
    );
    let mut i = 0;
    while body.len() < (1 << 20) - 8_000 {
        body.push_str(&format!("      - name: s{i}\n        license: {e}\n"));
        i += 1;
    }
    body.into_bytes()
}

#[test]
fn healthz_stays_fast_while_heavy_public_requests_run() {
    let addr = server(Limits {
        per_client_burst: 10_000,
        per_client_per_second: 10_000,
        ..Limits::default()
    });
    let body = heavy_manifest();
    let (status, _) = send(addr, "POST", "/api/v1/assess", "application/yaml", &body);
    assert_eq!(status, 200, "the heavy request is valid");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let senders: Vec<_> = (0..2)
        .map(|_| {
            let (stop, body) = (stop.clone(), body.clone());
            std::thread::spawn(move || {
                let mut n = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) && n < 100 {
                    send(addr, "POST", "/api/v1/assess", "application/yaml", &body);
                    n += 1;
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let mut worst = Duration::ZERO;
    for _ in 0..20 {
        let t = Instant::now();
        let (status, body) = send(addr, "GET", "/healthz", "text/plain", b"");
        worst = worst.max(t.elapsed());
        assert_eq!(status, 200, "{body}");
        std::thread::sleep(Duration::from_millis(50));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for s in senders {
        s.join().unwrap();
    }
    assert!(
        worst < Duration::from_millis(100),
        "/healthz took {worst:?} while two heavy assessments ran"
    );
}

#[test]
fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let addr = server(Limits {
        header_read: Duration::from_millis(500),
        ..Limits::default()
    });
    let mut s = TcpStream::connect(addr).expect("connect");
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: loc").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let started = Instant::now();
    let mut buf = [0u8; 512];
    // Closed (0 bytes, possibly after a 408) well before our own 10 s timeout.
    loop {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(_) => continue,
            Err(e) => panic!("connection still open after {:?}: {e}", started.elapsed()),
        }
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn each_client_has_a_budget_on_the_public_assessments() {
    let addr = server(Limits {
        per_client_burst: 3,
        per_client_per_second: 1,
        ..Limits::default()
    });
    let body = b"osai: 1\nrelease:\n  name: a\n  kind: model\n";
    let statuses: Vec<u16> = (0..5)
        .map(|_| send(addr, "POST", "/api/v1/assess", "application/yaml", body).0)
        .collect();
    assert_eq!(&statuses[..3], &[200, 200, 200], "{statuses:?}");
    assert_eq!(statuses[4], 429, "{statuses:?}");
    // Reads are not budgeted.
    for _ in 0..10 {
        assert_eq!(
            send(addr, "GET", "/api/v1/releases", "text/plain", b"").0,
            200
        );
    }
}

#[test]
fn absurd_page_numbers_give_an_empty_page() {
    let addr = server(Limits::default());
    for path in [
        "/api/v1/releases?page=9223372036854775807&per_page=500",
        "/releases?page=9223372036854775807",
    ] {
        let (status, body) = send(addr, "GET", path, "text/plain", b"");
        assert_eq!(status, 200, "{path}: {body}");
    }
    let (_, body) = send(
        addr,
        "GET",
        "/api/v1/releases?page=9223372036854775807",
        "text/plain",
        b"",
    );
    let v: serde_json::Value = serde_json::from_str(&body).expect("json");
    assert_eq!(v["items"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_form_upload_over_the_limit_is_413() {
    let addr = server(Limits::default());
    let boundary = "XyZ";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.yml\"\r\nContent-Type: application/yaml\r\n\r\n"
    )
    .into_bytes();
    body.extend(std::iter::repeat_n(b'#', (1 << 20) + 10));
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let (status, _) = send(
        addr,
        "POST",
        "/assess",
        &format!("multipart/form-data; boundary={boundary}"),
        &body,
    );
    assert_eq!(status, 413);
}
