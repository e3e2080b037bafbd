//! The bundled catalogue: the Model Openness Tool's model files (MIT) and the European Open
//! Source AI Index's systems (CC-BY-4.0), embedded from `catalogue/` with where each set came
//! from (`catalogue/sources.toml`), read with the ordinary importers and assessed under every
//! definition. A database stores each entry as a release keyed `DATASET:FILE`; loading again
//! adds a version only where the manifest or its verdicts changed.

use std::sync::OnceLock;

use osai_engine::manifest::{Date, LocatedManifest};
use osai_engine::report::Report;
use osai_engine::{AssessOptions, Engine};
use serde::{Deserialize, Serialize};

use crate::store::{NewVersion, Store};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// A data set of the catalogue, as `catalogue/sources.toml` describes it.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub upstream: String,
    /// The upstream commit the files were taken at (`unrecorded` when not known).
    pub commit: String,
    /// When they were taken (YYYY-MM-DD).
    pub taken: String,
    pub folder: String,
    pub pattern: String,
    pub licence: String,
    pub licence_file: String,
    /// The attribution the data set's authors ask for, shown with every entry.
    pub attribution: String,
    pub page: String,
}

#[derive(Deserialize)]
struct Sources {
    dataset: Vec<Dataset>,
}

/// The data sets, in `sources.toml` order.
pub fn datasets() -> &'static [Dataset] {
    static SETS: OnceLock<Vec<Dataset>> = OnceLock::new();
    SETS.get_or_init(|| match toml::from_str::<Sources>(bundled::SOURCES) {
        Ok(s) => s.dataset,
        Err(e) => panic!("catalogue/sources.toml is invalid: {e}"),
    })
}

pub fn dataset(id: &str) -> Option<&'static Dataset> {
    datasets().iter().find(|d| d.id == id)
}

/// One file of a data set.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub dataset: &'static Dataset,
    /// The file's name in its folder.
    pub file: &'static str,
    pub bytes: &'static [u8],
}

impl Entry {
    /// The release's key in the store.
    pub fn key(&self) -> String {
        format!("{}:{}", self.dataset.id, self.file)
    }

    /// The file's path in the upstream repository, which facts point into.
    pub fn path(&self) -> String {
        let folder = self
            .dataset
            .folder
            .split_once('/')
            .map_or("", |(_, rest)| rest);
        if folder.is_empty() {
            self.file.to_owned()
        } else {
            format!("{folder}/{}", self.file)
        }
    }

    /// The entry read with the importer its format calls for.
    pub fn read(&self) -> Result<LocatedManifest, String> {
        osai_formats::read_bytes(&self.path(), self.bytes).map_err(|e| e.render_short())
    }
}

/// Every bundled entry, data set by data set, in file order.
pub fn entries() -> impl Iterator<Item = Entry> {
    bundled::FILES.iter().filter_map(|(folder, file, bytes)| {
        let dataset = datasets().iter().find(|d| d.folder == *folder)?;
        Some(Entry {
            dataset,
            file,
            bytes,
        })
    })
}

/// The entry a release was stored from.
pub fn entry(dataset: &str, source: &str) -> Option<Entry> {
    entries().find(|e| e.dataset.id == dataset && e.path() == source)
}

/// What loading the catalogue did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Loaded {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// (file, why) for each entry that could not be read.
    pub failed: Vec<(String, String)>,
}

/// One entry ready to store.
struct Prepared {
    key: String,
    kind: &'static str,
    dataset: &'static str,
    source: String,
    manifest: String,
    report: Report,
    facets: String,
}

/// Reads, assesses and stores every bundled entry (in one transaction); an entry whose
/// manifest and facets are those of its latest version is left as it is.
pub fn load(
    store: &mut Store,
    engine: &Engine<'_>,
    as_of: Date,
    now: &str,
) -> Result<Loaded, String> {
    let mut done = Loaded::default();
    let mut prepared = Vec::new();
    for e in entries() {
        let m = match e.read() {
            Ok(m) => m,
            Err(why) => {
                done.failed.push((e.path(), why));
                continue;
            }
        };
        let report = engine.assess(&m, &AssessOptions::new(as_of));
        let facets = crate::view::facets(&m.manifest, &report, engine.base);
        prepared.push(Prepared {
            key: e.key(),
            kind: m.manifest.release.kind.as_str(),
            dataset: &e.dataset.id,
            source: e.path(),
            manifest: serde_json::to_string(&m.manifest).map_err(|e| e.to_string())?,
            facets: serde_json::to_string(&facets).map_err(|e| e.to_string())?,
            report,
        });
    }
    let items: Vec<NewVersion<'_>> = prepared
        .iter()
        .map(|p| NewVersion {
            key: &p.key,
            kind: p.kind,
            dataset: Some(p.dataset),
            source: Some(&p.source),
            manifest: &p.manifest,
            report: &p.report,
            facets: Some(&p.facets),
        })
        .collect();
    for (_, version, stored) in store.put_all(&items, now, true).map_err(|e| e.0)? {
        match (stored, version) {
            (false, _) => done.unchanged += 1,
            (true, 1) => done.added += 1,
            (true, _) => done.updated += 1,
        }
    }
    Ok(done)
}
