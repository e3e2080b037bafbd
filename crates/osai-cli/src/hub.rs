//! Hub ids wherever a file is read (`hf:ORG/NAME[@REV]`, `https://huggingface.co/ORG/NAME`),
//! and lists of ids (`--from FILE`) read with bounded concurrency, in input order.

use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, mpsc};

use osai_engine::manifest::LocatedManifest;
use osai_formats::diagnostic::{Diagnostic, InputErrors};
use osai_formats::tree::Span;
use osai_hub::{Client, HubConfig, HubError, HubId, HubScan};

use crate::UsageError;

pub(crate) use osai_hub::is_hub_id;

/// Concurrent requests for `--from` unless `--jobs` says otherwise.
pub(crate) const DEFAULT_JOBS: usize = 8;

fn client_for(offline: bool) -> Arc<Client> {
    static ONLINE: OnceLock<Arc<Client>> = OnceLock::new();
    static OFFLINE: OnceLock<Arc<Client>> = OnceLock::new();
    let cell = if offline { &OFFLINE } else { &ONLINE };
    cell.get_or_init(|| {
        let mut config = HubConfig::from_env();
        config.offline |= offline;
        Arc::new(Client::new(config))
    })
    .clone()
}

/// Scans one hub id.
pub(crate) fn scan(arg: &str, offline: bool) -> Result<HubScan, HubError> {
    let id = HubId::parse(arg).map_err(HubError::Id)?;
    osai_hub::scan(
        &client_for(offline),
        &id,
        &osai_scan::ScanOptions::default(),
    )
}

/// Reads a hub id where a file was expected: the manifest its scan infers.
pub(crate) fn read(name: &str) -> Result<LocatedManifest, UsageError> {
    let found = scan(name, false).map_err(|e| UsageError(format!("{name}: {e}")))?;
    found.scan.located(name).map_err(UsageError)
}

/// One id of a `--from` list, with its line.
#[derive(Debug, Clone)]
pub(crate) struct IdLine {
    pub line: u32,
    pub id: String,
}

/// `--shard K/N`: this job's share, K from 0 to N−1.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shard {
    pub k: u64,
    pub n: u64,
}

fn parse_shard(s: &str) -> Result<Shard, String> {
    let (k, n) = s
        .split_once('/')
        .ok_or_else(|| format!("`{s}` is not a shard: write K/N, e.g. 0/4 … 3/4"))?;
    let (k, n): (u64, u64) = (
        k.trim()
            .parse()
            .map_err(|_| format!("`{k}` is not a shard number"))?,
        n.trim()
            .parse()
            .map_err(|_| format!("`{n}` is not a number of shards"))?,
    );
    if n == 0 || k >= n {
        return Err(format!(
            "shard {k}/{n}: K counts from 0 to N−1 (0/{n} … {}/{n})",
            n.max(1) - 1
        ));
    }
    Ok(Shard { k, n })
}

/// FNV-1a: stable across runs, machines and versions, unlike the standard library's hasher.
fn stable_hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Shard {
    pub(crate) fn takes(&self, id: &str) -> bool {
        stable_hash(id) % self.n == self.k
    }
}

/// The ids of a list: one per line, blank lines and `#` comments skipped; with `shard`
/// (`K/N`), only this job's share.
pub(crate) fn read_ids(path: &Path, shard: Option<&str>) -> Result<Vec<IdLine>, UsageError> {
    let shard = shard.map(parse_shard).transpose().map_err(UsageError)?;
    let text = if path == Path::new("-") {
        std::io::read_to_string(std::io::stdin())?
    } else {
        std::fs::read_to_string(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?
    };
    Ok(text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let id = l.split('#').next().unwrap_or_default().trim();
            let id = if is_hub_id(id) {
                id.to_owned()
            } else {
                format!("hf:{id}")
            };
            // Written as `hf:ORG/NAME[@REV]` whatever the form, so that a resumed run knows it.
            let id = HubId::parse(&id).map(|h| h.to_string()).unwrap_or(id);
            (id != "hf:").then(|| IdLine {
                line: i as u32 + 1,
                id,
            })
        })
        .filter(|l| shard.is_none_or(|s| s.takes(&l.id)))
        .collect())
}

/// The repositories an earlier run already wrote to a JSON Lines output (manifests with
/// `release.huggingface`); error records are tried again.
pub(crate) fn already_written(output: &Path) -> HashSet<String> {
    let Ok(text) = std::fs::read_to_string(output) else {
        return HashSet::new();
    };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            v.pointer("/release/huggingface")
                .and_then(|h| h.as_str())
                .map(str::to_owned)
        })
        .collect()
}

/// Whether an earlier run wrote this id's repository.
pub(crate) fn written(done: &HashSet<String>, id: &str) -> bool {
    HubId::parse(id).is_ok_and(|h| done.contains(&h.repo))
}

/// A failed id as an input error at its line of the list.
pub(crate) fn id_error(source: &str, at: &IdLine, e: &HubError) -> InputErrors {
    let span = Span {
        start: 0,
        end: at.id.len(),
        line: at.line,
        column: 1,
    };
    InputErrors::single(
        source,
        &at.id,
        Diagnostic::new(e.code(), span, format!("{}: {e}", at.id), "this id"),
    )
}

/// Scans every id, `jobs` at a time, and hands the results to `each` in input order.
pub(crate) fn for_each_scan(
    ids: &[IdLine],
    jobs: usize,
    offline: bool,
    mut each: impl FnMut(&IdLine, Result<HubScan, HubError>) -> Result<(), UsageError>,
) -> Result<(), UsageError> {
    let visible = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    let bar = if visible {
        let b = indicatif::ProgressBar::new(ids.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} hub [{elapsed_precise}] {wide_bar} {pos}/{len} models · {per_sec} · ETA {eta}",
        ) {
            b.set_style(style);
        }
        b
    } else {
        indicatif::ProgressBar::hidden()
    };
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<(usize, Result<HubScan, HubError>)>(jobs * 4);
    let result = std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(at) = ids.get(i) else { break };
                    if tx.send((i, scan(&at.id, offline))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0;
        for (i, r) in rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&want) {
                each(&ids[want], r)?;
                want += 1;
                bar.inc(1);
            }
        }
        Ok(())
    });
    bar.finish_and_clear();
    result
}

/// One id's scan as a manifest to assess, or its error at its line of the list.
pub(crate) fn item(
    from: &Path,
    at: &IdLine,
    r: Result<HubScan, HubError>,
) -> Result<LocatedManifest, InputErrors> {
    let source = from.display().to_string();
    let found = r.map_err(|e| id_error(&source, at, &e))?;
    found
        .scan
        .located(&at.id)
        .map_err(|msg| id_error(&source, at, &HubError::BadAnswer(msg)))
}
