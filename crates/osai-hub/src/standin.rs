//! A loopback stand-in for the Hub, for tests and benchmarks: the routes osai uses, answered in
//! the shape the Hub answers them (model info, the paginated file tree, `resolve` with a
//! redirect to a CDN path for LFS files, `Range`, `ETag`/304, `X-Error-Code`), with a gated
//! repository, injected latency and injected 429s. Sparse files: a multi-gigabyte weights file
//! is its header and virtual zeros, so nothing large is ever held or sent unless asked for.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

/// A file's content: bytes, or a header followed by zeros up to a length.
#[derive(Debug, Clone)]
pub enum Content {
    Bytes(Vec<u8>),
    Sparse { head: Vec<u8>, len: u64 },
}

impl Content {
    pub fn len(&self) -> u64 {
        match self {
            Content::Bytes(b) => b.len() as u64,
            Content::Sparse { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn slice(&self, start: u64, end: u64) -> Vec<u8> {
        let (head, _) = match self {
            Content::Bytes(b) => (b.as_slice(), b.len() as u64),
            Content::Sparse { head, len } => (head.as_slice(), *len),
        };
        (start..=end)
            .map(|i| head.get(i as usize).copied().unwrap_or(0))
            .collect()
    }
}

#[derive(Debug, Clone)]
pub struct RepoFile {
    pub path: String,
    pub content: Content,
    /// Stored with Git LFS: the tree gives its sha256 and `resolve` redirects to the CDN.
    pub lfs: bool,
}

#[derive(Debug, Clone)]
pub struct Repo {
    pub id: String,
    pub sha: String,
    pub files: Vec<RepoFile>,
    /// `false`, or the Hub's `"auto"` / `"manual"`.
    pub gated: Value,
    pub card_data: Value,
    /// Other revisions (branches, tags) and the commits they point to.
    pub refs: BTreeMap<String, String>,
}

impl Repo {
    pub fn new(id: &str, sha: &str) -> Self {
        Self {
            id: id.to_owned(),
            sha: sha.to_owned(),
            files: Vec::new(),
            gated: Value::Bool(false),
            card_data: json!({}),
            refs: BTreeMap::new(),
        }
    }

    pub fn file(mut self, path: &str, bytes: impl Into<Vec<u8>>) -> Self {
        let lfs = path.ends_with(".safetensors") || path.ends_with(".gguf");
        self.files.push(RepoFile {
            path: path.to_owned(),
            content: Content::Bytes(bytes.into()),
            lfs,
        });
        self
    }

    pub fn sparse(mut self, path: &str, head: Vec<u8>, len: u64) -> Self {
        self.files.push(RepoFile {
            path: path.to_owned(),
            content: Content::Sparse { head, len },
            lfs: true,
        });
        self
    }

    pub fn gated(mut self) -> Self {
        self.gated = json!("manual");
        self
    }

    /// The model info, as `/api/models/{id}` answers it.
    pub fn info(&self) -> Value {
        let (author, _) = self.id.split_once('/').unwrap_or(("", &self.id));
        json!({
            "_id": format!("{:024x}", fnv(self.id.as_bytes()) as u128),
            "id": self.id,
            "modelId": self.id,
            "author": author,
            "sha": self.sha,
            "lastModified": "2024-12-02T18:44:11.000Z",
            "private": false,
            "disabled": false,
            "gated": self.gated,
            "downloads": 12345,
            "likes": 67,
            "tags": ["transformers", "safetensors", "text-generation"],
            "pipeline_tag": "text-generation",
            "library_name": "transformers",
            "createdAt": "2024-11-18T20:46:59.000Z",
            "cardData": self.card_data,
            "siblings": self.files.iter().map(|f| json!({"rfilename": f.path})).collect::<Vec<_>>(),
            "spaces": [],
            "usedStorage": self.files.iter().map(|f| f.content.len()).sum::<u64>(),
        })
    }

    fn tree_item(&self, f: &RepoFile) -> Value {
        let mut item = json!({
            "type": "file",
            "oid": format!("{:040x}", fnv(f.path.as_bytes()) as u128 * 7919),
            "size": f.content.len(),
            "path": f.path,
        });
        if f.lfs {
            item["lfs"] = json!({
                "oid": lfs_oid(&self.id, &f.path),
                "size": f.content.len(),
                "pointerSize": 134,
            });
        }
        item
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A stable 64-hex-digit stand-in for an LFS object's sha256.
pub fn lfs_oid(repo: &str, path: &str) -> String {
    let a = fnv(format!("{repo}/{path}").as_bytes());
    let b = fnv(format!("{path}@{repo}").as_bytes());
    format!(
        "{a:016x}{b:016x}{:016x}{:016x}",
        a.rotate_left(17),
        b.rotate_left(29)
    )
}

/// What the stand-in was asked, for tests to assert on.
#[derive(Debug, Default)]
pub struct Stats {
    pub requests: AtomicU64,
    /// File bytes sent per path in a repository (`org/name/path`), CDN answers included.
    pub sent: Mutex<HashMap<String, u64>>,
    /// Every request line and its Authorization header's presence.
    pub log: Mutex<Vec<String>>,
}

struct State {
    repos: HashMap<String, Repo>,
    token: Option<String>,
    latency: Duration,
    /// Paths answered 429 the first time they are asked.
    fail_once: Mutex<HashSet<String>>,
    tree_page: usize,
    stats: Arc<Stats>,
    /// The CDN's origin: another port, so another origin, as the Hub's CDN is another host.
    cdn: String,
}

/// The running stand-in; it stops with the process.
pub struct StandIn {
    pub endpoint: String,
    pub stats: Arc<Stats>,
}

/// How to build a stand-in.
#[derive(Default)]
pub struct Builder {
    repos: Vec<Repo>,
    token: Option<String>,
    latency: Duration,
    fail_once: HashSet<String>,
    tree_page: usize,
}

impl Builder {
    pub fn repo(mut self, r: Repo) -> Self {
        self.repos.push(r);
        self
    }
    /// The token that opens gated repositories.
    pub fn token(mut self, t: &str) -> Self {
        self.token = Some(t.to_owned());
        self
    }
    pub fn latency(mut self, d: Duration) -> Self {
        self.latency = d;
        self
    }
    /// The first request for this path (without the query) gets 429.
    pub fn fail_once(mut self, path: &str) -> Self {
        self.fail_once.insert(path.to_owned());
        self
    }
    /// Files per page of the tree (default 1000, as the Hub).
    pub fn tree_page(mut self, n: usize) -> Self {
        self.tree_page = n;
        self
    }

    pub fn start(self) -> std::io::Result<StandIn> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let cdn = TcpListener::bind("127.0.0.1:0")?;
        let endpoint = format!("http://{}", listener.local_addr()?);
        let stats = Arc::new(Stats::default());
        let state = Arc::new(State {
            repos: self.repos.into_iter().map(|r| (r.id.clone(), r)).collect(),
            token: self.token,
            latency: self.latency,
            fail_once: Mutex::new(self.fail_once),
            tree_page: if self.tree_page == 0 {
                1000
            } else {
                self.tree_page
            },
            stats: stats.clone(),
            cdn: format!("http://{}", cdn.local_addr()?),
        });
        for l in [listener, cdn] {
            let state = state.clone();
            std::thread::spawn(move || {
                for conn in l.incoming().flatten() {
                    let state = state.clone();
                    std::thread::spawn(move || serve(conn, &state));
                }
            });
        }
        Ok(StandIn { endpoint, stats })
    }
}

impl StandIn {
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// File bytes sent for paths of `repo` that end with `suffix`.
    pub fn sent(&self, repo: &str, suffix: &str) -> u64 {
        self.stats
            .sent
            .lock()
            .map(|m| {
                m.iter()
                    .filter(|(k, _)| k.starts_with(&format!("{repo}/")) && k.ends_with(suffix))
                    .map(|(_, v)| *v)
                    .sum()
            })
            .unwrap_or(0)
    }

    pub fn log(&self) -> Vec<String> {
        self.stats.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

struct Request {
    path: String,
    query: String,
    headers: Vec<(String, String)>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn new(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }
    fn json(v: &Value) -> Self {
        let mut a = Self::new(200);
        a.body = v.to_string().into_bytes();
        a.headers.push((
            "Content-Type".into(),
            "application/json; charset=utf-8".into(),
        ));
        a
    }
    fn header(mut self, k: &str, v: impl Into<String>) -> Self {
        self.headers.push((k.into(), v.into()));
        self
    }
    fn error(status: u16, code: &str, message: &str) -> Self {
        let mut a = Self::new(status)
            .header("X-Error-Code", code)
            .header("X-Error-Message", message);
        a.body = json!({ "error": message }).to_string().into_bytes();
        a
    }
}

fn read_request(r: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut line = String::new();
    if r.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let target = line.split_whitespace().nth(1)?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (target, String::new()),
    };
    Some(Request {
        path,
        query,
        headers,
    })
}

fn serve(conn: TcpStream, state: &State) {
    let _ = conn.set_nodelay(true);
    let Ok(mut out) = conn.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(conn);
    while let Some(req) = read_request(&mut reader) {
        state.stats.requests.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut log) = state.stats.log.lock() {
            log.push(format!(
                "GET {}{}{} auth={}",
                req.path,
                if req.query.is_empty() { "" } else { "?" },
                req.query,
                req.header("authorization").is_some()
            ));
        }
        if !state.latency.is_zero() {
            std::thread::sleep(state.latency);
        }
        let a = answer(&req, state);
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Length: {}\r\n",
            a.status,
            a.body.len()
        );
        for (k, v) in &a.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        // One write: a head and a body written apart meet Nagle's algorithm and the client's
        // delayed ACK, 40 ms a request.
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&a.body);
        if out.write_all(&bytes).is_err() {
            return;
        }
    }
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && let Ok(hex) = std::str::from_utf8(&b[i + 1..i + 3])
            && let Ok(v) = u8::from_str_radix(hex, 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn authorised(req: &Request, state: &State) -> bool {
    match (&state.token, req.header("authorization")) {
        (Some(t), Some(h)) => h == format!("Bearer {t}"),
        _ => false,
    }
}

/// Splits `org/name/REST` or `name/REST` against the known repositories.
fn repo_of<'s>(state: &'s State, path: &str) -> Option<(&'s Repo, String)> {
    let parts: Vec<&str> = path.splitn(3, '/').collect();
    if parts.len() >= 2 {
        let two = format!("{}/{}", parts[0], parts[1]);
        if let Some(r) = state.repos.get(&two) {
            return Some((r, parts.get(2).copied().unwrap_or_default().to_owned()));
        }
    }
    state.repos.get(parts[0]).map(|r| {
        (
            r,
            path.split_once('/')
                .map(|x| x.1)
                .unwrap_or_default()
                .to_owned(),
        )
    })
}

fn commit_of(repo: &Repo, rev: &str) -> Option<String> {
    if rev == "main" || rev == repo.sha {
        return Some(repo.sha.clone());
    }
    repo.refs.get(rev).cloned()
}

fn range_of(req: &Request, len: u64) -> Option<(u64, u64)> {
    let spec = req.header("range")?.strip_prefix("bytes=")?;
    let (a, b) = spec.split_once('-')?;
    let a: u64 = a.parse().ok()?;
    let b: u64 = b.parse::<u64>().ok().unwrap_or(len.saturating_sub(1));
    (a <= b && a < len).then_some((a, b.min(len - 1)))
}

fn send_file(req: &Request, state: &State, repo: &Repo, f: &RepoFile) -> Answer {
    let len = f.content.len();
    let (status, start, end) = match range_of(req, len) {
        Some((a, b)) => (206, a, b),
        None if len == 0 => (200, 0, 0),
        None => (200, 0, len - 1),
    };
    let body = if len == 0 {
        Vec::new()
    } else {
        f.content.slice(start, end)
    };
    if let Ok(mut sent) = state.stats.sent.lock() {
        *sent.entry(format!("{}/{}", repo.id, f.path)).or_default() += body.len() as u64;
    }
    let mut a = Answer::new(status)
        .header("ETag", format!("\"{}\"", lfs_oid(&repo.id, &f.path)))
        .header("Accept-Ranges", "bytes");
    if status == 206 {
        a = a.header("Content-Range", format!("bytes {start}-{end}/{len}"));
    }
    a.body = body;
    a
}

fn answer(req: &Request, state: &State) -> Answer {
    let path = percent_decode(&req.path);
    if let Ok(mut f) = state.fail_once.lock()
        && f.remove(&req.path)
    {
        return Answer::error(429, "RateLimited", "Too many requests").header("Retry-After", "0");
    }
    if let Some(rest) = path.strip_prefix("/cdn/") {
        // /cdn/{repo}/{path}: where an LFS file's resolve redirects; no token needed.
        return match repo_of(state, rest) {
            Some((repo, file)) => match repo.files.iter().find(|f| f.path == file) {
                Some(f) => send_file(req, state, repo, f),
                None => Answer::new(404),
            },
            None => Answer::new(404),
        };
    }
    if path == "/api/models" {
        let search = req
            .query
            .split('&')
            .find_map(|kv| kv.strip_prefix("search="))
            .map(percent_decode)
            .unwrap_or_default()
            .to_lowercase();
        let found: Vec<Value> = state
            .repos
            .keys()
            .filter(|id| id.to_lowercase().contains(&search))
            .map(|id| json!({"id": id, "modelId": id}))
            .collect();
        return Answer::json(&Value::Array(found));
    }
    if let Some(rest) = path.strip_prefix("/api/models/") {
        let Some((repo, tail)) = repo_of(state, rest) else {
            return Answer::error(401, "RepoNotFound", "Repository not found");
        };
        let parts: Vec<&str> = tail.splitn(2, '/').collect();
        return match parts.as_slice() {
            [""] => info_answer(req, repo, &repo.sha),
            ["revision", rev] => match commit_of(repo, rev) {
                Some(sha) => info_answer(req, repo, &sha),
                None => Answer::error(404, "RevisionNotFound", "Invalid rev id"),
            },
            ["tree", rev] => match commit_of(repo, rev) {
                Some(_) => tree_answer(req, state, repo, rev),
                None => Answer::error(404, "RevisionNotFound", "Invalid rev id"),
            },
            _ => Answer::new(404),
        };
    }
    let Some((repo, tail)) = repo_of(state, path.trim_start_matches('/')) else {
        return Answer::error(401, "RepoNotFound", "Repository not found");
    };
    let Some(("resolve", rest)) = tail.split_once('/') else {
        return Answer::new(404);
    };
    let Some((rev, file)) = rest.split_once('/') else {
        return Answer::new(404);
    };
    if commit_of(repo, rev).is_none() {
        return Answer::error(404, "RevisionNotFound", "Invalid rev id");
    }
    if repo.gated != Value::Bool(false) && !authorised(req, state) {
        let status = if req.header("authorization").is_some() {
            403
        } else {
            401
        };
        return Answer::error(
            status,
            "GatedRepo",
            &format!(
                "Access to model {} is restricted. You must have access to it and be authenticated to access it. Please log in.",
                repo.id
            ),
        );
    }
    let Some(f) = repo.files.iter().find(|f| f.path == file) else {
        return Answer::error(404, "EntryNotFound", "Entry not found");
    };
    if f.lfs {
        let mut a = Answer::new(302)
            .header(
                "Location",
                format!(
                    "{}/cdn/{}/{}?X-Amz-Signature=standin",
                    state.cdn, repo.id, f.path
                ),
            )
            .header("X-Repo-Commit", repo.sha.clone())
            .header("X-Linked-Size", f.content.len().to_string())
            .header(
                "X-Linked-Etag",
                format!("\"{}\"", lfs_oid(&repo.id, &f.path)),
            );
        a.body = b"Found. Redirecting".to_vec();
        return a;
    }
    send_file(req, state, repo, f).header("X-Repo-Commit", repo.sha.clone())
}

fn info_answer(req: &Request, repo: &Repo, sha: &str) -> Answer {
    let mut info = repo.info();
    info["sha"] = json!(sha);
    let etag = format!("W/\"{:x}\"", fnv(info.to_string().as_bytes()));
    if req.header("if-none-match") == Some(etag.as_str()) {
        return Answer::new(304).header("ETag", etag);
    }
    Answer::json(&info).header("ETag", etag)
}

fn tree_answer(req: &Request, state: &State, repo: &Repo, rev: &str) -> Answer {
    let cursor: usize = req
        .query
        .split('&')
        .find_map(|kv| kv.strip_prefix("cursor="))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let items: Vec<Value> = repo
        .files
        .iter()
        .skip(cursor)
        .take(state.tree_page)
        .map(|f| repo.tree_item(f))
        .collect();
    let mut a = Answer::json(&Value::Array(items));
    let next = cursor + state.tree_page;
    if next < repo.files.len() {
        let host = req.header("host").unwrap_or("127.0.0.1");
        a = a.header(
            "Link",
            format!(
                "<http://{host}/api/models/{}/tree/{rev}?recursive=true&expand=false&cursor={next}>; rel=\"next\"",
                repo.id
            ),
        );
    }
    a
}
