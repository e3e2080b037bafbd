//! A hub repository as a scan source: listed at one commit, read as little as possible.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use osai_engine::report::Warning;
use osai_scan::{Listing, Origin, ScanError, ScanOptions, Source, SourceFile};
use serde_json::Value;

use crate::client::{Ask, Client, Reply};
use crate::{HubError, HubId, quote_path, quote_segment};

/// Files at most this large are fetched whole and kept in osai's cache.
const SMALL_FILE: u64 = 16 << 20;
/// The first request for a weights header asks for this much; later ones double it.
const FIRST_CHUNK: u64 = 64 << 10;
const MAX_CHUNK: u64 = 8 << 20;

/// A model repository on a hub, pinned at the commit its revision pointed to when it was read.
pub struct HubSource {
    client: Arc<Client>,
    pub id: HubId,
    /// The commit every file was read at.
    pub sha: String,
    /// The hub's model info (`/api/models/{id}`), or `{}` offline without a cached copy.
    pub info: Value,
    files: Vec<SourceFile>,
    complete: bool,
    warnings: Vec<Warning>,
    /// The first refusal that makes the scan meaningless (gated, bad token).
    fatal: Mutex<Option<HubError>>,
    /// File bytes fetched from the hub.
    fetched: AtomicU64,
    /// What was fetched ahead, in parallel: whole small files, and the first chunk of weights.
    ahead: Mutex<std::collections::HashMap<String, Vec<u8>>>,
}

/// Files read ahead in parallel when a repository is opened, at most.
const AHEAD_FILES: usize = 64;
const AHEAD_THREADS: usize = 8;

fn is_sha(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A path from a hub's tree that is safe to join under a cache folder.
fn safe_rel(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.starts_with('/')
        && !rel.contains('\\')
        && rel
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != "..")
}

fn write_atomically(path: &Path, bytes: &[u8]) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default(),
        std::process::id()
    ));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// `<url>; rel="next"` in a `Link` header.
fn next_page(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        params.contains("rel=\"next\"").then(|| {
            url.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_owned()
        })
    })
}

impl HubSource {
    fn osai_dir(&self) -> Option<PathBuf> {
        repo_cache(&self.client, &self.id)
    }

    fn resolve_url(&self, rel: &str) -> String {
        format!(
            "{}/{}/resolve/{}/{}",
            self.client.endpoint(),
            self.id.repo,
            self.sha,
            quote_path(rel)
        )
    }

    /// A source at `sha` with nothing listed yet.
    fn at(client: Arc<Client>, id: &HubId, sha: String, info: Value) -> Self {
        Self {
            client,
            id: id.clone(),
            sha,
            info,
            files: Vec::new(),
            complete: true,
            warnings: Vec::new(),
            fatal: Mutex::new(None),
            fetched: AtomicU64::new(0),
            ahead: Mutex::default(),
        }
    }

    /// Lists `id` at its revision: the hub (revalidating a cached answer), or only the caches
    /// when the client is offline.
    pub fn open(client: Arc<Client>, id: &HubId) -> Result<Self, HubError> {
        if client.config.offline {
            return Self::open_offline(client, id);
        }
        let info = model_info(&client, id)?;
        let sha = info
            .get("sha")
            .and_then(Value::as_str)
            .filter(|s| is_sha(s))
            .ok_or_else(|| {
                HubError::BadAnswer(format!(
                    "the hub's model info for `{}` has no commit sha",
                    id.repo
                ))
            })?
            .to_owned();
        let tree = match cached_tree(&client, id, &sha) {
            Some(t) => t,
            None => {
                let t = fetch_tree(&client, id, &sha)?;
                if let Some(dir) = repo_cache(&client, id) {
                    write_atomically(
                        &dir.join(&sha).join("tree.json"),
                        Value::Array(t.clone()).to_string().as_bytes(),
                    );
                }
                t
            }
        };
        let mut src = Self::at(client, id, sha, info);
        src.files = src.files_of_tree(&tree);
        src.check_access()?;
        src.read_ahead();
        Ok(src)
    }

    /// Fetches in parallel what the scanner will read one file after another (the card, the
    /// licences, the configuration, the shard index, the start of each weights file): on a
    /// hub 20 ms away that is one round trip instead of ten.
    fn read_ahead(&self) {
        use osai_scan::classify::{FileKind, classify, is_intermediate};
        let wanted: Vec<(&SourceFile, bool)> = self
            .files
            .iter()
            .filter(|f| f.path.is_none())
            .filter_map(|f| match classify(&f.rel) {
                FileKind::ModelCard | FileKind::LicenceText | FileKind::SafetensorsIndex
                    if f.len <= 1 << 20 =>
                {
                    Some((f, true))
                }
                FileKind::ModelMetadata if f.rel == "config.json" && f.len <= 1 << 20 => {
                    Some((f, true))
                }
                FileKind::Safetensors | FileKind::Gguf if !is_intermediate(&f.rel) => {
                    Some((f, false))
                }
                _ => None,
            })
            .take(AHEAD_FILES)
            .collect();
        let next = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..AHEAD_THREADS.min(wanted.len()) {
                s.spawn(|| {
                    while let Some((f, whole)) = wanted.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let got = if *whole {
                            self.fetch_whole(f, 1 << 20)
                        } else {
                            self.fetch_range(&f.rel, 0, FIRST_CHUNK.min(f.len.max(1)) - 1)
                        };
                        // A refusal is met again, and reported, when the scanner asks.
                        if let Ok(bytes) = got
                            && let Ok(mut a) = self.ahead.lock()
                        {
                            a.insert(f.rel.clone(), bytes);
                        }
                    }
                });
            }
        });
    }

    fn take_ahead(&self, rel: &str) -> Option<Vec<u8>> {
        self.ahead.lock().ok()?.remove(rel)
    }

    fn open_offline(client: Arc<Client>, id: &HubId) -> Result<Self, HubError> {
        let rev = id.revision_or_main();
        let snapshots = client
            .config
            .hub_cache
            .as_ref()
            .map(|c| c.join(id.cache_folder()));
        let sha = if is_sha(rev) {
            Some(rev.to_owned())
        } else {
            snapshots
                .as_ref()
                .and_then(|d| std::fs::read_to_string(d.join("refs").join(rev)).ok())
                .map(|s| s.trim().to_owned())
                .filter(|s| is_sha(s))
                .or_else(|| {
                    cached_info(&client, id)
                        .and_then(|(v, _)| v.get("sha").and_then(Value::as_str).map(str::to_owned))
                })
        };
        let where_ = format!(
            "HF_HUB_CACHE={}, OSAI_CACHE={}",
            client
                .config
                .hub_cache
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "(none)".into()),
            client
                .config
                .osai_cache
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "(none)".into())
        );
        let Some(sha) = sha else {
            return Err(HubError::Offline(format!(
                "{id} is not in the cache at revision `{rev}` ({where_}); run without --offline to fetch it"
            )));
        };
        let info = cached_info(&client, id)
            .map(|(v, _)| v)
            .filter(|v| v.get("sha").and_then(Value::as_str) == Some(sha.as_str()))
            .unwrap_or_else(|| Value::Object(Default::default()));
        let mut src = Self::at(client.clone(), id, sha.clone(), info);
        if let Some(tree) = cached_tree(&client, id, &sha) {
            src.files = src.files_of_tree(&tree);
            return Ok(src);
        }
        let snapshot = snapshots.map(|d| d.join("snapshots").join(&sha));
        let Some(snapshot) = snapshot.filter(|p| p.is_dir()) else {
            return Err(HubError::Offline(format!(
                "{id} at {sha} is not in the cache ({where_}); run without --offline to fetch it"
            )));
        };
        let listing = osai_scan::source::walk(&snapshot, &ScanOptions::default());
        src.files = listing.files;
        src.warnings = listing.warnings;
        src.complete = false;
        Ok(src)
    }

    fn files_of_tree(&self, tree: &[Value]) -> Vec<SourceFile> {
        let snapshot = self.client.config.hub_cache.as_ref().map(|c| {
            c.join(self.id.cache_folder())
                .join("snapshots")
                .join(&self.sha)
        });
        let own = self.osai_dir().map(|d| d.join(&self.sha).join("files"));
        let mut files: Vec<SourceFile> = tree
            .iter()
            .filter(|e| e.get("type").and_then(Value::as_str) == Some("file"))
            .filter_map(|e| {
                let rel = e.get("path")?.as_str()?.to_owned();
                if !safe_rel(&rel) {
                    return None;
                }
                let lfs = e.get("lfs");
                let len = lfs
                    .and_then(|l| l.get("size"))
                    .or_else(|| e.get("size"))
                    .and_then(Value::as_u64)
                    .unwrap_or(0);
                let sha256 = lfs
                    .and_then(|l| l.get("oid"))
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                let path = [snapshot.as_ref(), own.as_ref()]
                    .into_iter()
                    .flatten()
                    .map(|d| d.join(&rel))
                    .find(|p| p.is_file());
                Some(SourceFile {
                    rel,
                    len,
                    path,
                    sha256,
                })
            })
            .collect();
        files.sort_by(|a, b| a.rel.cmp(&b.rel));
        files
    }

    /// A gated repository's files are refused file by file; one small request says so first.
    fn check_access(&self) -> Result<(), HubError> {
        let gated = match self.info.get("gated") {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(_)) => true,
            _ => false,
        };
        if !gated {
            return Ok(());
        }
        let Some(probe) = self
            .files
            .iter()
            .filter(|f| f.path.is_none())
            .min_by_key(|f| f.len)
        else {
            return Ok(());
        };
        let reply = self.client.get(
            &self.resolve_url(&probe.rel),
            &Ask {
                range: Some((0, 0)),
                etag: None,
            },
        )?;
        if matches!(reply.status, 200 | 206) {
            return Ok(());
        }
        Err(self.refusal(&reply))
    }

    fn refusal(&self, reply: &Reply) -> HubError {
        refusal(&self.client, &self.id, reply)
    }

    /// Why the scan must stop, if a file was refused in a way no other file will escape.
    pub fn fatal(&self) -> Option<HubError> {
        self.fatal.lock().ok().and_then(|f| f.clone())
    }

    fn refused(&self, reply: &Reply) -> io::Error {
        let e = self.refusal(reply);
        if matches!(e, HubError::Gated { .. } | HubError::BadToken { .. })
            && let Ok(mut f) = self.fatal.lock()
            && f.is_none()
        {
            *f = Some(e.clone());
        }
        io::Error::other(e.to_string())
    }

    fn fetch_whole(&self, file: &SourceFile, max: u64) -> io::Result<Vec<u8>> {
        let reply = self
            .client
            .get(&self.resolve_url(&file.rel), &Ask::default())
            .map_err(|e| io::Error::other(e.to_string()))?;
        if reply.status != 200 {
            return Err(self.refused(&reply));
        }
        let bytes = reply
            .bytes(max)
            .map_err(|e| io::Error::other(e.to_string()))?;
        self.fetched
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        if (bytes.len() as u64) == file.len
            && let Some(dir) = self.osai_dir()
        {
            write_atomically(&dir.join(&self.sha).join("files").join(&file.rel), &bytes);
        }
        Ok(bytes)
    }

    fn fetch_range(&self, rel: &str, start: u64, end: u64) -> io::Result<Vec<u8>> {
        let reply = self
            .client
            .get(
                &self.resolve_url(rel),
                &Ask {
                    range: Some((start, end)),
                    etag: None,
                },
            )
            .map_err(|e| io::Error::other(e.to_string()))?;
        let want = end - start + 1;
        match reply.status {
            // A server that ignores Range sends the whole file: its start is still the start.
            206 => {}
            200 if start == 0 => {}
            200 => {
                return Err(io::Error::other(format!(
                    "{} ignored the Range request; the file is not read further",
                    reply.url
                )));
            }
            _ => return Err(self.refused(&reply)),
        }
        let bytes = reply
            .bytes(want)
            .map_err(|e| io::Error::other(e.to_string()))?;
        self.fetched
            .fetch_add(bytes.len() as u64, Ordering::Relaxed);
        Ok(bytes)
    }

    /// File bytes fetched from the hub so far.
    pub fn fetched(&self) -> u64 {
        self.fetched.load(Ordering::Relaxed)
    }

    /// Warnings from listing (a cache snapshot's unreadable files).
    pub fn listing_warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

fn repo_cache(client: &Client, id: &HubId) -> Option<PathBuf> {
    client
        .config
        .osai_cache
        .as_ref()
        .map(|c| c.join("hf").join(id.cache_folder()))
}

fn info_cache_path(client: &Client, id: &HubId) -> Option<PathBuf> {
    repo_cache(client, id).map(|d| {
        d.join("info")
            .join(format!("{}.json", quote_segment(id.revision_or_main())))
    })
}

fn cached_info(client: &Client, id: &HubId) -> Option<(Value, Option<String>)> {
    let path = info_cache_path(client, id)?;
    let v: Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    let etag = std::fs::read_to_string(path.with_extension("etag")).ok();
    Some((v, etag))
}

fn cached_tree(client: &Client, id: &HubId, sha: &str) -> Option<Vec<Value>> {
    let path = repo_cache(client, id)?.join(sha).join("tree.json");
    match serde_json::from_slice(&std::fs::read(path).ok()?).ok()? {
        Value::Array(a) => Some(a),
        _ => None,
    }
}

/// The model info at the revision, revalidated with its ETag when osai has it cached.
fn model_info(client: &Client, id: &HubId) -> Result<Value, HubError> {
    let url = match &id.revision {
        None => format!("{}/api/models/{}", client.endpoint(), id.repo),
        Some(r) => format!(
            "{}/api/models/{}/revision/{}",
            client.endpoint(),
            id.repo,
            quote_segment(r)
        ),
    };
    let cached = cached_info(client, id);
    let etag = cached.as_ref().and_then(|(_, e)| e.as_deref());
    let reply = client.get(&url, &Ask { range: None, etag })?;
    if reply.status == 304
        && let Some((v, _)) = cached
    {
        return Ok(v);
    }
    if reply.status != 200 {
        return Err(refusal(client, id, &reply));
    }
    let new_etag = reply.header("etag").map(str::to_owned);
    let v = reply.json()?;
    if let Some(path) = info_cache_path(client, id) {
        write_atomically(&path, v.to_string().as_bytes());
        match new_etag {
            Some(e) => write_atomically(&path.with_extension("etag"), e.as_bytes()),
            None => {
                let _ = std::fs::remove_file(path.with_extension("etag"));
            }
        }
    }
    Ok(v)
}

fn fetch_tree(client: &Client, id: &HubId, sha: &str) -> Result<Vec<Value>, HubError> {
    let mut url = Some(format!(
        "{}/api/models/{}/tree/{sha}?recursive=true&expand=false",
        client.endpoint(),
        id.repo
    ));
    let mut out = Vec::new();
    let mut pages = 0;
    while let Some(u) = url.take() {
        pages += 1;
        if pages > 10_000 {
            return Err(HubError::BadAnswer(format!(
                "{u}: more than 10,000 pages of files"
            )));
        }
        let reply = client.get(&u, &Ask::default())?;
        if reply.status != 200 {
            return Err(refusal(client, id, &reply));
        }
        url = reply.header("link").and_then(next_page);
        match reply.json()? {
            Value::Array(a) => out.extend(a),
            _ => {
                return Err(HubError::BadAnswer(format!(
                    "{u}: the file tree is not a list"
                )));
            }
        }
    }
    Ok(out)
}

/// What a refusal means, from its status and the hub's `X-Error-Code`.
fn refusal(client: &Client, id: &HubId, reply: &Reply) -> HubError {
    let code = reply.header("x-error-code").unwrap_or_default();
    let message = reply.header("x-error-message").unwrap_or_default();
    let with_token = client.config.token.is_some();
    match (reply.status, code) {
        (_, "GatedRepo") => HubError::Gated {
            repo: id.repo.clone(),
            page: format!("{}/{}", client.endpoint(), id.repo),
            with_token,
        },
        (_, "RevisionNotFound") => HubError::RevisionNotFound {
            repo: id.repo.clone(),
            revision: id.revision_or_main().to_owned(),
        },
        (401, _) if message == "Invalid credentials in Authorization header" => {
            HubError::BadToken {
                endpoint: client.endpoint().to_owned(),
            }
        }
        (_, "RepoNotFound") | (401 | 404, _) if !reply.url.contains("/resolve/") => {
            HubError::NotFound {
                repo: id.repo.clone(),
                endpoint: client.endpoint().to_owned(),
                with_token,
                suggestions: suggestions(client, &id.repo),
            }
        }
        (status, _) => HubError::Status {
            url: reply.url.clone(),
            status,
            message: if message.is_empty() {
                "not an answer osai can use".into()
            } else {
                message.to_owned()
            },
        },
    }
}

/// Ids the hub's search finds for the name, close to it in spelling.
fn suggestions(client: &Client, repo: &str) -> Vec<String> {
    let name = repo.rsplit('/').next().unwrap_or(repo);
    let url = format!(
        "{}/api/models?search={}&limit=20",
        client.endpoint(),
        quote_segment(name)
    );
    let Ok(reply) = client.get(&url, &Ask::default()) else {
        return Vec::new();
    };
    if reply.status != 200 {
        return Vec::new();
    }
    let Ok(Value::Array(found)) = reply.json() else {
        return Vec::new();
    };
    let want = repo.to_lowercase();
    let mut close: Vec<(usize, String)> = found
        .iter()
        .filter_map(|m| m.get("id").or_else(|| m.get("modelId"))?.as_str())
        .map(|id| {
            (
                strsim::levenshtein(&id.to_lowercase(), &want),
                id.to_owned(),
            )
        })
        .filter(|(d, id)| *d <= 3.max(want.len() / 8) && id != repo)
        .collect();
    close.sort();
    close.into_iter().take(3).map(|(_, id)| id).collect()
}

/// Reads a remote file from its start in growing `Range` requests, so that a header of a few
/// kilobytes costs one request and the tensor data is never fetched.
struct RangeReader<'s> {
    src: &'s HubSource,
    rel: String,
    len: u64,
    pos: u64,
    buf: Vec<u8>,
    buf_start: u64,
    chunk: u64,
}

impl Read for RangeReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.len || out.is_empty() {
            return Ok(0);
        }
        let buf_end = self.buf_start + self.buf.len() as u64;
        if self.pos < self.buf_start || self.pos >= buf_end {
            let end = (self.pos + self.chunk).min(self.len) - 1;
            self.buf = self.src.fetch_range(&self.rel, self.pos, end)?;
            self.buf_start = self.pos;
            self.chunk = (self.chunk * 2).min(MAX_CHUNK);
            if self.buf.is_empty() {
                return Ok(0);
            }
        }
        let at = (self.pos - self.buf_start) as usize;
        let n = out.len().min(self.buf.len() - at);
        out[..n].copy_from_slice(&self.buf[at..at + n]);
        self.pos += n as u64;
        Ok(n)
    }
}

impl Source for HubSource {
    fn fallback_name(&self) -> String {
        self.id
            .repo
            .rsplit('/')
            .next()
            .unwrap_or(&self.id.repo)
            .to_owned()
    }

    fn hub_id(&self) -> Option<String> {
        Some(self.id.repo.clone())
    }

    fn list(&self, opts: &ScanOptions) -> Result<Listing, ScanError> {
        let mut warnings = self.warnings.clone();
        let mut files = self.files.clone();
        if files.len() > opts.max_files {
            files.truncate(opts.max_files);
            warnings.push(Warning {
                code: "W-SCAN-TOO-MANY-FILES".into(),
                message: format!(
                    "more than {} files; the rest were not scanned",
                    opts.max_files
                ),
                at: None,
            });
        }
        Ok(Listing { files, warnings })
    }

    fn head(&self, file: &SourceFile, max: u64) -> io::Result<Vec<u8>> {
        if let Some(p) = &file.path {
            return osai_scan::source::read_local_head(p, max);
        }
        if let Some(mut bytes) = self.take_ahead(&file.rel)
            && bytes.len() as u64 >= max.min(file.len)
        {
            bytes.truncate(max as usize);
            return Ok(bytes);
        }
        if file.len <= max.min(SMALL_FILE) {
            self.fetch_whole(file, max)
        } else if max == 0 {
            Ok(Vec::new())
        } else {
            self.fetch_range(&file.rel, 0, max.min(file.len.max(1)) - 1)
        }
    }

    fn reader<'s>(&'s self, file: &SourceFile) -> io::Result<Box<dyn Read + 's>> {
        if let Some(p) = &file.path {
            return Ok(Box::new(std::fs::File::open(p)?));
        }
        let ahead = self.take_ahead(&file.rel);
        Ok(Box::new(RangeReader {
            src: self,
            rel: file.rel.clone(),
            len: file.len,
            pos: 0,
            chunk: if ahead.is_some() {
                FIRST_CHUNK * 2
            } else {
                FIRST_CHUNK
            },
            buf: ahead.unwrap_or_default(),
            buf_start: 0,
        }))
    }

    fn lists_every_file(&self) -> bool {
        self.complete
    }

    fn noun(&self) -> &'static str {
        "repository"
    }

    fn origin(&self, rel: &str) -> Origin {
        let base = format!("{}/{}", self.client.endpoint(), self.id.repo);
        let url = if rel == "." || rel.is_empty() {
            format!("{base}/tree/{}", self.sha)
        } else {
            format!("{base}/blob/{}/{}", self.sha, quote_path(rel))
        };
        Origin {
            revision: Some(self.sha.clone()),
            url: Some(url),
        }
    }
}
