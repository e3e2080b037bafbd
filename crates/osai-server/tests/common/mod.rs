//! A server of a test's own on loopback, and raw HTTP/1.1 requests to it.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use osai_server::Limits;

/// A server of its own with these limits (and a hub to read ids from, if given), on a runtime
/// with one async worker: work that ran on the workers would stall everything else at once.
pub fn server_with(limits: Limits, hub: Option<osai_hub::HubConfig>) -> SocketAddr {
    server_on(osai_server::Store::in_memory().expect("store"), limits, hub)
}

/// A server of its own over `store`.
pub fn server_on(
    store: osai_server::Store,
    limits: Limits,
    hub: Option<osai_hub::HubConfig>,
) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr")).expect("send");
            let app = osai_server::app_full(store, None, limits.clone(), hub);
            osai_server::serve_on(listener, app, &limits, std::future::pending()).await;
        });
    });
    rx.recv().expect("server address")
}

pub fn server(limits: Limits) -> SocketAddr {
    server_with(limits, None)
}

/// Sends a request, returns (status, body).
pub fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    content_type: &str,
    body: &[u8],
) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).expect("write");
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}
