//! The Hub's HTTP API, spoken as the `huggingface_hub` client speaks it: a bearer token for the
//! configured endpoint only, redirects followed by hand (a Range header kept, the token dropped
//! when the host changes), 408/429/5xx and network failures retried with backoff a bounded number
//! of times, `X-Error-Code` read to say what went wrong.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::HubError;

/// How to reach a hub, read from the environment as the `huggingface_hub` client reads it.
#[derive(Debug, Clone)]
pub struct HubConfig {
    /// `HF_ENDPOINT`, default `https://huggingface.co`.
    pub endpoint: String,
    /// `HF_TOKEN`, else the token file (`HF_TOKEN_PATH`, default `$HF_HOME/token`).
    pub token: Option<String>,
    /// `HF_HUB_CACHE` (default `$HF_HOME/hub`): the Hugging Face cache, read, never written.
    pub hub_cache: Option<PathBuf>,
    /// osai's own cache of what it fetched (`OSAI_CACHE`, default `$XDG_CACHE_HOME/osai`).
    pub osai_cache: Option<PathBuf>,
    /// Read only the caches (`--offline`, or `HF_HUB_OFFLINE=1`).
    pub offline: bool,
    /// Per request, connection to last byte.
    pub timeout: Duration,
    /// Tries for one request when the hub is busy or failing (429, 5xx, network).
    pub tries: u32,
    /// First wait between tries, doubled each time (a `Retry-After` the hub gives wins).
    pub backoff: Duration,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn truthy(v: Option<String>) -> bool {
    v.is_some_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "1" | "on" | "yes" | "true"
        )
    })
}

fn home_cache() -> Option<PathBuf> {
    env("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".cache")))
}

impl HubConfig {
    pub fn from_env() -> Self {
        let hf_home = env("HF_HOME")
            .map(PathBuf::from)
            .or_else(|| home_cache().map(|c| c.join("huggingface")));
        let token = env("HF_TOKEN").or_else(|| {
            let path = env("HF_TOKEN_PATH")
                .map(PathBuf::from)
                .or_else(|| hf_home.as_ref().map(|h| h.join("token")))?;
            let t = std::fs::read_to_string(path).ok()?;
            let t = t.trim();
            (!t.is_empty()).then(|| t.to_owned())
        });
        Self {
            endpoint: env("HF_ENDPOINT")
                .unwrap_or_else(|| "https://huggingface.co".into())
                .trim_end_matches('/')
                .to_owned(),
            token,
            hub_cache: env("HF_HUB_CACHE")
                .or_else(|| env("HUGGINGFACE_HUB_CACHE"))
                .map(PathBuf::from)
                .or_else(|| hf_home.map(|h| h.join("hub"))),
            osai_cache: env("OSAI_CACHE")
                .map(PathBuf::from)
                .or_else(|| home_cache().map(|c| c.join("osai"))),
            offline: truthy(env("HF_HUB_OFFLINE")),
            timeout: Duration::from_secs(30),
            tries: 5,
            backoff: Duration::from_millis(500),
        }
    }
}

/// One answer: status, the headers osai reads, and the body still to read.
pub struct Reply {
    pub status: u16,
    pub url: String,
    headers: Vec<(String, String)>,
    body: ureq::Body,
    counter: Arc<AtomicU64>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// At most `max` bytes of the body; the rest is never read.
    pub fn bytes(mut self, max: u64) -> Result<Vec<u8>, HubError> {
        let mut out = Vec::new();
        self.body
            .as_reader()
            .take(max)
            .read_to_end(&mut out)
            .map_err(|e| HubError::Network(format!("{}: {e}", self.url)))?;
        self.counter.fetch_add(out.len() as u64, Ordering::Relaxed);
        Ok(out)
    }

    /// The body as JSON (at most 64 MiB).
    pub fn json(self) -> Result<serde_json::Value, HubError> {
        let url = self.url.clone();
        let bytes = self.bytes(64 << 20)?;
        serde_json::from_slice(&bytes)
            .map_err(|e| HubError::BadAnswer(format!("{url} did not answer JSON: {e}")))
    }
}

/// A request's options beyond its address.
#[derive(Debug, Default, Clone)]
pub struct Ask<'a> {
    /// `Range: bytes=START-END` (inclusive).
    pub range: Option<(u64, u64)>,
    /// `If-None-Match`, to revalidate a cached answer.
    pub etag: Option<&'a str>,
}

/// A hub client: one per process, shared by threads.
pub struct Client {
    pub config: HubConfig,
    agent: ureq::Agent,
    /// Bytes of answers read, all requests together.
    pub fetched: Arc<AtomicU64>,
}

fn origin(url: &str) -> &str {
    let after = url.find("://").map(|i| i + 3).unwrap_or(0);
    match url[after..].find('/') {
        Some(i) => &url[..after + i],
        None => url,
    }
}

fn is_loopback(url: &str) -> bool {
    let o = origin(url);
    let host = o.rsplit("://").next().unwrap_or(o);
    host.starts_with("127.") || host.starts_with("localhost") || host.starts_with("[::1]")
}

/// `Location` resolved against the address it answered.
fn follow(from: &str, location: &str) -> String {
    if location.starts_with("http://") || location.starts_with("https://") {
        location.to_owned()
    } else if location.starts_with('/') {
        format!("{}{location}", origin(from))
    } else {
        let base = from.rsplit_once('/').map(|(b, _)| b).unwrap_or(from);
        format!("{base}/{location}")
    }
}

impl Client {
    pub fn new(config: HubConfig) -> Self {
        let mut builder = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_global(Some(config.timeout))
            .user_agent(concat!("osai/", env!("CARGO_PKG_VERSION")));
        if is_loopback(&config.endpoint) {
            // A mirror on this machine (or the tests' stand-in) is never reached through a proxy.
            builder = builder.proxy(None);
        }
        Self {
            agent: builder.build().into(),
            config,
            fetched: Arc::new(AtomicU64::new(0)),
        }
    }

    pub fn endpoint(&self) -> &str {
        &self.config.endpoint
    }

    /// GET `url`, following redirects and retrying what a retry can fix. Any status is
    /// returned; the caller says what a 4xx means for what it asked.
    pub fn get(&self, url: &str, ask: &Ask<'_>) -> Result<Reply, HubError> {
        if self.config.offline {
            return Err(HubError::Offline(format!(
                "{url} is not in the cache and --offline (or HF_HUB_OFFLINE) forbids fetching it"
            )));
        }
        let mut url = url.to_owned();
        let mut hops = 0;
        let mut tries = 0;
        let endpoint_origin = origin(&self.config.endpoint).to_owned();
        loop {
            tries += 1;
            let mut req = self.agent.get(&url);
            if let Some(t) = &self.config.token
                && origin(&url) == endpoint_origin
            {
                req = req.header("Authorization", &format!("Bearer {t}"));
            }
            if let Some((a, b)) = ask.range {
                req = req.header("Range", &format!("bytes={a}-{b}"));
            }
            if let Some(e) = ask.etag {
                req = req.header("If-None-Match", e);
            }
            let wait = match req.call() {
                Err(e) => {
                    if tries >= self.config.tries {
                        return Err(HubError::Network(format!(
                            "{url}: {e} (after {tries} tries)"
                        )));
                    }
                    None
                }
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let headers: Vec<(String, String)> = resp
                        .headers()
                        .iter()
                        .filter_map(|(k, v)| {
                            Some((k.as_str().to_owned(), v.to_str().ok()?.to_owned()))
                        })
                        .collect();
                    let reply = Reply {
                        status,
                        url: url.clone(),
                        headers,
                        body: resp.into_body(),
                        counter: self.fetched.clone(),
                    };
                    if matches!(status, 301 | 302 | 303 | 307 | 308)
                        && let Some(loc) = reply.header("location")
                    {
                        hops += 1;
                        if hops > 5 {
                            return Err(HubError::BadAnswer(format!(
                                "{url}: more than 5 redirects"
                            )));
                        }
                        url = follow(&url, loc);
                        tries -= 1;
                        continue;
                    }
                    if !matches!(status, 408 | 429 | 500 | 502 | 503 | 504) {
                        return Ok(reply);
                    }
                    if tries >= self.config.tries {
                        return Err(HubError::Busy { url, status, tries });
                    }
                    reply
                        .header("retry-after")
                        .and_then(|s| s.trim().parse::<u64>().ok())
                        .map(|s| Duration::from_secs(s.min(60)))
                }
            };
            let backoff = self.config.backoff * 2u32.saturating_pow(tries.saturating_sub(1));
            std::thread::sleep(wait.unwrap_or(backoff).min(Duration::from_secs(60)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_resolve_as_browsers_do() {
        assert_eq!(
            follow("http://127.0.0.1:9/org/m/resolve/x/a.bin", "/cdn/abc"),
            "http://127.0.0.1:9/cdn/abc"
        );
        assert_eq!(
            follow("https://huggingface.co/a", "https://cdn.example/x?sig=1"),
            "https://cdn.example/x?sig=1"
        );
        assert_eq!(
            origin("https://huggingface.co/api/models"),
            "https://huggingface.co"
        );
        assert!(is_loopback("http://127.0.0.1:8080"));
        assert!(!is_loopback("https://huggingface.co"));
    }
}
