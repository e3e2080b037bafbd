//! `osai scan`: infer a release manifest from a release folder.
//!
//! Every inferred fact is written with its evidence (file, line where there is one, confidence).
//! Weights are read by their headers only, so a folder with a 100 GB file scans in milliseconds;
//! symbolic-link loops, unreadable files and names that are not UTF-8 are reported and skipped.

pub mod classify;
#[doc(hidden)]
pub mod fixtures;
pub mod source;
pub mod weights;

use std::collections::BTreeMap;
use std::io::{BufReader, Read};
use std::path::Path;

use osai_engine::component::ComponentId;
use osai_engine::licence::LicenceBase;
use osai_engine::manifest::{
    Component, Confidence, DataSource, Disclosure, Evidence, LocatedManifest, Manifest, Release,
    ReleaseKind,
};
use osai_engine::report::Warning;
use osai_identify::{Identifier, Kind};

use classify::FileKind;
pub use source::{Folder, Listing, Origin, Source, SourceFile};

/// Limits that keep a scan bounded on any folder.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub max_depth: usize,
    pub max_files: usize,
    /// Bytes read from a text file (card, licence, code head).
    pub max_text: u64,
}

impl Default for ScanOptions {
    fn default() -> Self {
        Self {
            max_depth: 24,
            max_files: 200_000,
            max_text: 4 << 20,
        }
    }
}

/// What a scan found.
#[derive(Debug, Clone, PartialEq)]
pub struct Scan {
    /// The inferred manifest, its `evidence` section filled.
    pub manifest: Manifest,
    pub warnings: Vec<Warning>,
    pub files: usize,
    pub bytes: u64,
}

impl Scan {
    /// The manifest as written and read back, so that its facts have lines like any manifest's
    /// (a report points at them); the scan's warnings come first.
    pub fn located(&self, name: &str) -> Result<osai_engine::manifest::LocatedManifest, String> {
        let yaml = osai_formats::manifest_yaml(&self.manifest)?;
        let mut m = osai_formats::read_bytes(name, yaml.as_bytes()).map_err(|e| {
            format!(
                "{name}: the scanned manifest does not read back: {}",
                e.render_short()
            )
        })?;
        let mut warnings = self.warnings.clone();
        warnings.append(&mut m.warnings);
        m.warnings = warnings;
        Ok(m)
    }
}

#[derive(Debug)]
pub struct ScanError(pub String);

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ScanError {}

struct Entry {
    rel: String,
    len: u64,
    kind: FileKind,
    file: SourceFile,
}

struct State<'s> {
    source: &'s dyn Source,
    manifest: Manifest,
    evidence: Vec<Evidence>,
    warnings: Vec<Warning>,
    /// Parameters in routed-expert tensors, from the headers that gave the total (when all
    /// were read): with the experts per token in config.json, the active parameters.
    expert_parameters: Option<u64>,
    /// A total the card's body states, and the card's path: checked against the headers.
    card_parameters: Option<(osai_formats::hf_card::StatedCount, String)>,
}

impl State<'_> {
    fn warn(&mut self, code: &'static str, message: String, at: Option<String>) {
        self.warnings.push(Warning {
            code: code.into(),
            message,
            at,
        });
    }

    fn evidence(
        &mut self,
        fact: &str,
        value: Option<String>,
        file: &str,
        line: Option<u32>,
        confidence: Confidence,
        note: impl Into<String>,
    ) {
        let note = note.into();
        self.evidence.push(Evidence {
            fact: fact.to_owned(),
            value,
            file: file.to_owned(),
            line,
            confidence,
            note: (!note.is_empty()).then_some(note),
            revision: None,
            url: None,
        });
    }

    /// Lists a component found in a file, unless it is already listed.
    fn component(
        &mut self,
        id: ComponentId,
        e: &Entry,
        confidence: Confidence,
        note: &str,
        licence: Option<&str>,
    ) {
        let new = !self.manifest.components.contains_key(&id);
        if new {
            let location = if e.rel.contains('/') && !matches!(id, ComponentId::ModelCard) {
                e.rel.rsplit_once('/').map(|(d, _)| format!("{d}/"))
            } else {
                Some(e.rel.clone())
            };
            let c = Component {
                location,
                license: licence.map(str::to_owned),
                ..Component::default()
            };
            self.manifest.components.insert(id, c);
        } else if let Some(c) = self.manifest.components.get_mut(&id)
            && c.location.is_none()
        {
            c.location = Some(e.rel.clone());
        }
        let fact = format!("components.{}", id.key());
        if new || self.evidence.iter().filter(|x| x.fact == fact).count() < 5 {
            self.evidence(&fact, None, &e.rel, None, confidence, note);
        }
    }
}

/// The start of a text file, or a warning that it could not be read.
fn read_text(e: &Entry, max: u64, st: &mut State) -> Option<String> {
    match st.source.head(&e.file, max) {
        Ok(b) => Some(String::from_utf8_lossy(&b).into_owned()),
        Err(err) => {
            st.warn(
                "W-SCAN-UNREADABLE",
                format!("not read: {err}"),
                Some(e.rel.clone()),
            );
            None
        }
    }
}

/// Scans a release folder.
pub fn scan(dir: &Path, opts: &ScanOptions) -> Result<Scan, ScanError> {
    scan_source(&Folder::new(dir)?, opts)
}

/// Scans a release from any source: a folder, a hub repository.
pub fn scan_source(source: &dyn Source, opts: &ScanOptions) -> Result<Scan, ScanError> {
    let listing = source.list(opts)?;
    let fallback_name = source.fallback_name();
    let release = Release::new(fallback_name.clone(), ReleaseKind::Model);
    let mut st = State {
        source,
        manifest: Manifest {
            osai: 1,
            release,
            licenses: Default::default(),
            components: Default::default(),
            // A folder shows what it holds, not what was published elsewhere.
            components_complete: false,
            data_information: Default::default(),
            facts: Default::default(),
            profiles: BTreeMap::new(),
            evidence: Vec::new(),
        },
        evidence: Vec::new(),
        warnings: listing.warnings,
        expert_parameters: None,
        card_parameters: None,
    };
    let bytes = listing.files.iter().map(|f| f.len).sum();
    let entries: Vec<Entry> = listing
        .files
        .into_iter()
        .map(|file| Entry {
            kind: classify::classify(&file.rel),
            rel: file.rel.clone(),
            len: file.len,
            file,
        })
        .collect();
    let card_named = read_card(&entries, opts, &mut st);
    let licences = read_licences(&entries, opts, &mut st);
    let gguf_name = read_weights(&entries, &mut st, &licences);
    card_parameters_agree(&mut st);
    no_weights(&entries, &mut st);
    if !card_named {
        match gguf_name {
            Some((name, file)) => {
                st.manifest.release.name = name.clone();
                st.evidence(
                    "release.name",
                    Some(name),
                    &file,
                    None,
                    Confidence::High,
                    "GGUF general.name",
                );
            }
            None => {
                let note = match source.hub_id() {
                    Some(_) => "the repository's id",
                    None => "the folder's name",
                };
                st.evidence(
                    "release.name",
                    Some(fallback_name),
                    ".",
                    None,
                    Confidence::Low,
                    note,
                );
            }
        }
    }
    read_rest(&entries, opts, &mut st, &licences);
    reconcile_licences(&mut st, &licences);
    scope_folder_licence(&entries, &mut st);
    if let Some(id) = source.hub_id() {
        st.manifest.release.huggingface = Some(id.clone());
        st.evidence(
            "release.huggingface",
            Some(id),
            ".",
            None,
            Confidence::High,
            "the repository that was read",
        );
    }
    let State {
        mut manifest,
        mut evidence,
        warnings,
        ..
    } = st;
    evidence.sort_by(|a, b| (&a.fact, &a.file).cmp(&(&b.fact, &b.file)));
    for e in &mut evidence {
        let Origin { revision, url } = source.origin(&e.file);
        e.revision = revision;
        e.url = url.map(|u| match e.line {
            Some(l) => format!("{u}#L{l}"),
            None => u,
        });
    }
    let _ = osai_formats::canonicalise_licences(&mut manifest);
    manifest.evidence = evidence;
    Ok(Scan {
        manifest,
        warnings,
        files: entries.len(),
        bytes,
    })
}

/// The card's facts, with their lines as evidence. Whether the card named the model.
fn read_card(entries: &[Entry], opts: &ScanOptions, st: &mut State) -> bool {
    let card = entries
        .iter()
        .filter(|e| e.kind == FileKind::ModelCard)
        .min_by_key(|e| {
            (
                e.rel.matches('/').count(),
                !e.rel.eq_ignore_ascii_case("README.md"),
            )
        });
    let Some(e) = card else {
        st.warn(
            "W-SCAN-NO-CARD",
            "no model card (README.md); the release's name, licence and data are not stated".into(),
            None,
        );
        return false;
    };
    let Some(text) = read_text(e, opts.max_text, st) else {
        return false;
    };
    st.card_parameters =
        osai_formats::hf_card::stated_parameters(&text).map(|c| (c, e.rel.clone()));
    let located: LocatedManifest = match osai_formats::read_card(&e.rel, &text) {
        Ok(m) => m,
        Err(errors) => {
            for d in &errors.diagnostics {
                st.warn(
                    "W-SCAN-CARD",
                    format!("{} ({}); the card is not used", d.message, d.code),
                    Some(format!("{}:{}:{}", e.rel, d.span.line, d.span.column)),
                );
            }
            return false;
        }
    };
    let named = !located.warnings.iter().any(|w| w.code == "W-CARD-NO-NAME");
    st.warnings.extend(
        located
            .warnings
            .iter()
            .filter(|w| w.code != "W-CARD-NO-NAME")
            .cloned(),
    );
    let m = located.manifest;
    let line = |path: &str| located.sources.get(path).map(|l| l.line);
    let keep_name = std::mem::take(&mut st.manifest.release.name);
    if named {
        st.manifest.release = m.release.clone();
        let n = m.release.name.clone();
        st.evidence(
            "release.name",
            Some(n),
            &e.rel,
            line("release.name"),
            Confidence::High,
            "the card's title",
        );
    } else {
        st.manifest.release = Release {
            name: keep_name,
            ..m.release.clone()
        };
    }
    st.manifest.facts = m.facts.clone();
    st.manifest.data_information = m.data_information.clone();
    for (id, c) in &m.components {
        st.manifest.components.insert(*id, c.clone());
    }
    let high = [
        (
            "components.model-parameters-final.license",
            "the card's `license`",
        ),
        ("release.type", "the card's `pipeline_tag`"),
        ("facts.output_modalities", "the card's `pipeline_tag`"),
        ("facts.modified_from", "the card's `base_model`"),
        (
            "components.datasets.sources",
            "the card's `datasets` (Hub ids)",
        ),
    ];
    let as_json = serde_json::to_value(&st.manifest).unwrap_or_default();
    for (path, note) in high {
        if let Some(l) = line(path) {
            let value = value_at(&as_json, path);
            st.evidence(path, value, &e.rel, Some(l), Confidence::High, note);
        }
    }
    if let Some(l) = line("components.evaluation-results") {
        st.evidence(
            "components.evaluation-results",
            None,
            &e.rel,
            Some(l),
            Confidence::Medium,
            "evaluation results in the card",
        );
    }
    // What the card reader found in the body (sections, links), in this folder's terms.
    for ev in &m.evidence {
        st.evidence(
            &ev.fact,
            ev.value.clone(),
            &e.rel,
            ev.line,
            ev.confidence,
            ev.note.as_deref().unwrap_or_default(),
        );
    }
    st.evidence(
        "components.model-card",
        None,
        &e.rel,
        None,
        Confidence::High,
        "the model card",
    );
    named
}

fn value_at(v: &serde_json::Value, path: &str) -> Option<String> {
    let mut cur = v;
    for k in path.split('.') {
        cur = cur.get(k)?;
    }
    Some(match cur {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

/// A licence text found and identified.
#[derive(Debug, Clone)]
struct LicenceFile {
    rel: String,
    /// The folder it covers (`""` for the root).
    folder: String,
    id: Option<String>,
    kind: Kind,
    role: Role,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Model,
    Code,
    General,
}

fn read_licences(entries: &[Entry], opts: &ScanOptions, st: &mut State) -> Vec<LicenceFile> {
    let files: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.kind == FileKind::LicenceText)
        .collect();
    if files.is_empty() {
        st.warn(
            "W-SCAN-NO-LICENCE-FILE",
            "no licence file (LICENSE, COPYING …) in the folder".into(),
            None,
        );
        return Vec::new();
    }
    let identifier = Identifier::shared();
    let mut out = Vec::new();
    for e in files {
        let Some(text) = read_text(e, opts.max_text.min(1 << 20), st) else {
            continue;
        };
        let found = identifier.identify(&text);
        let name = e.rel.rsplit('/').next().unwrap_or(&e.rel).to_uppercase();
        let role = if name.contains("MODEL") {
            Role::Model
        } else if name.contains("CODE") {
            Role::Code
        } else {
            Role::General
        };
        let folder = e
            .rel
            .rsplit_once('/')
            .map_or(String::new(), |(d, _)| d.to_owned());
        let confidence = if found.confidence >= 0.9 {
            Confidence::High
        } else {
            Confidence::Medium
        };
        let fact = match (found.kind, role, folder.is_empty()) {
            (Kind::Policy, _, _) => "use-policy".to_owned(),
            (Kind::Notice, _, _) => "notice".to_owned(),
            (_, Role::Model, true) => "licenses.model".to_owned(),
            (_, Role::Code, true) => "licenses.code".to_owned(),
            (_, _, true) => "licenses.distribution".to_owned(),
            (_, _, false) => format!("licence of {folder}/"),
        };
        match &found.id {
            Some(id) => st.evidence(&fact, Some(id.clone()), &e.rel, None, confidence, found.evidence.clone()),
            None if found.kind == Kind::Licence => st.warn(
                "W-SCAN-LICENCE-UNIDENTIFIED",
                format!(
                    "this licence text is not one osai recognises ({}); its terms are unknown, never open",
                    found.evidence
                ),
                Some(e.rel.clone()),
            ),
            None => {}
        }
        out.push(LicenceFile {
            rel: e.rel.clone(),
            folder,
            id: found.id,
            kind: found.kind,
            role,
        });
    }
    // Defaults from the root's licence texts.
    for l in out
        .iter()
        .filter(|l| l.folder.is_empty() && l.kind == Kind::Licence)
    {
        let Some(id) = &l.id else { continue };
        let slot = match l.role {
            Role::Model => &mut st.manifest.licenses.model,
            Role::Code => &mut st.manifest.licenses.code,
            Role::General => &mut st.manifest.licenses.distribution,
        };
        match slot {
            None => *slot = Some(id.clone()),
            Some(existing) if existing != id => {
                let msg = format!(
                    "two licence texts at the root: `{existing}` and `{id}` ({}); both apply",
                    l.rel
                );
                *existing = format!("({existing}) AND ({id})");
                st.warn("W-SCAN-LICENCES", msg, Some(l.rel.clone()));
            }
            Some(_) => {}
        }
    }
    out
}

/// The licence that covers a file: the nearest licence text in a folder above it, if that is
/// a sub-folder (the root's texts are the defaults).
fn subfolder_licence<'l>(rel: &str, licences: &'l [LicenceFile]) -> Option<&'l str> {
    licences
        .iter()
        .filter(|l| {
            !l.folder.is_empty()
                && l.kind == Kind::Licence
                && rel.starts_with(&l.folder)
                && rel[l.folder.len()..].starts_with('/')
        })
        .max_by_key(|l| l.folder.len())
        .and_then(|l| l.id.as_deref())
}

/// Reads a weights header: `Ok(Err(size))` for a Git LFS pointer.
fn open_header(
    source: &dyn Source,
    e: &Entry,
    gguf: bool,
) -> Result<Result<weights::WeightsHeader, u64>, String> {
    let parse = |r: &mut dyn Read| {
        let mut r = r;
        if gguf {
            weights::read_gguf(&mut r, e.len)
        } else {
            weights::read_safetensors(&mut r, e.len)
        }
    };
    let mut f = source
        .reader(&e.file)
        .map_err(|err| format!("not read: {err}"))?;
    if e.len < 1024 {
        let mut head = Vec::new();
        (&mut f)
            .take(1024)
            .read_to_end(&mut head)
            .map_err(|err| err.to_string())?;
        if let Some(size) = weights::lfs_pointer(&head) {
            return Ok(Err(size));
        }
        return parse(&mut head.as_slice())
            .map(Ok)
            .map_err(|err| err.to_string());
    }
    let mut r = BufReader::with_capacity(64 << 10, f);
    parse(&mut r).map(Ok).map_err(|err| err.to_string())
}

fn describe(h: &weights::WeightsHeader) -> String {
    let dtypes: Vec<String> = h.by_dtype.iter().map(|(d, n)| format!("{d} {n}")).collect();
    let s = if h.tensors == 1 { "" } else { "s" };
    format!("{} tensor{s}; {}", h.tensors, dtypes.join(", "))
}

/// Weights: parameter counts from headers; returns the GGUF `general.name` if there is one.
fn read_weights(
    entries: &[Entry],
    st: &mut State,
    licences: &[LicenceFile],
) -> Option<(String, String)> {
    let mut safetensors_total: Option<u64> = Some(0);
    let (mut safetensors_experts, mut gguf_experts) = (0u64, 0u64);
    let mut any_safetensors = false;
    let mut gguf: Option<(u64, String)> = None;
    let mut gguf_name = None;
    let mut index_total: Option<(u64, String, Option<u32>)> = None;
    let mut pickles: Vec<&str> = Vec::new();
    let mut chat_template_warned = false;
    for e in entries {
        let intermediate = classify::is_intermediate(&e.rel);
        let target = if intermediate {
            ComponentId::ModelParametersIntermediate
        } else {
            ComponentId::ModelParametersFinal
        };
        let lic = subfolder_licence(&e.rel, licences);
        match e.kind {
            FileKind::Safetensors | FileKind::Gguf => {
                let is_gguf = e.kind == FileKind::Gguf;
                let format = if is_gguf { "GGUF" } else { "safetensors" };
                st.component(
                    target,
                    e,
                    Confidence::High,
                    &format!("{format} weights"),
                    lic,
                );
                match open_header(st.source, e, is_gguf) {
                    Ok(Ok(h)) => {
                        let note = format!("{format} header: {}", describe(&h));
                        st.evidence(
                            "facts.parameters",
                            Some(h.parameters.to_string()),
                            &e.rel,
                            None,
                            Confidence::High,
                            note,
                        );
                        if intermediate {
                            continue;
                        }
                        if is_gguf {
                            if let Some(l) = h.metadata.get("general.license") {
                                st.evidence(
                                    "licence in GGUF metadata",
                                    Some(l.clone()),
                                    &e.rel,
                                    None,
                                    Confidence::High,
                                    "general.license",
                                );
                            }
                            if !chat_template_warned
                                && h.metadata.contains_key("tokenizer.chat_template")
                            {
                                chat_template_warned = true;
                                st.warn(
                                    "W-SCAN-GGUF-CHAT-TEMPLATE",
                                    "the GGUF file carries a chat template (`tokenizer.chat_template`, Jinja) that inference engines run on every prompt; a crafted template can leak or rewrite prompts (and has escaped sandboxes): read it before serving the file, or override it with a template you trust".into(),
                                    Some(e.rel.clone()),
                                );
                            }
                            if gguf_name.is_none()
                                && let Some(n) = h.metadata.get("general.name")
                            {
                                gguf_name = Some((n.clone(), e.rel.clone()));
                            }
                            if gguf.is_none() {
                                gguf = Some((h.parameters, e.rel.clone()));
                                gguf_experts = h.expert_parameters;
                            }
                        } else {
                            any_safetensors = true;
                            safetensors_total = safetensors_total.map(|t| t + h.parameters);
                            safetensors_experts += h.expert_parameters;
                        }
                    }
                    Ok(Err(size)) => {
                        st.evidence(
                            &format!("components.{}", target.key()),
                            Some(format!("{size} bytes")),
                            &e.rel,
                            None,
                            Confidence::Medium,
                            "a Git LFS pointer: the weights are stored elsewhere; header not read",
                        );
                        if !is_gguf && !intermediate {
                            any_safetensors = true;
                            safetensors_total = None;
                        }
                    }
                    Err(msg) => {
                        st.warn(
                            "W-SCAN-WEIGHTS-HEADER",
                            format!("{format} header not read: {msg}"),
                            Some(e.rel.clone()),
                        );
                        if !is_gguf && !intermediate {
                            any_safetensors = true;
                            safetensors_total = None;
                        }
                    }
                }
            }
            FileKind::SafetensorsIndex if !intermediate => {
                let Ok(bytes) = st.source.head(&e.file, 64 << 20) else {
                    continue;
                };
                let text = String::from_utf8_lossy(&bytes);
                let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) else {
                    st.warn(
                        "W-SCAN-INDEX",
                        "the index is not JSON".into(),
                        Some(e.rel.clone()),
                    );
                    continue;
                };
                let line = text
                    .lines()
                    .position(|l| l.contains("\"total_parameters\""))
                    .map(|i| i as u32 + 1);
                let meta = v.get("metadata");
                if let Some(n) = meta
                    .and_then(|m| m.get("total_parameters"))
                    .and_then(|n| n.as_u64())
                {
                    index_total = Some((n, e.rel.clone(), line));
                } else if let Some(size) = meta
                    .and_then(|m| m.get("total_size"))
                    .and_then(|n| n.as_u64())
                {
                    st.evidence(
                        "facts.parameters",
                        None,
                        &e.rel,
                        None,
                        Confidence::Low,
                        format!("total_size {size} bytes only: a size, not a parameter count"),
                    );
                }
            }
            FileKind::OtherWeights => {
                st.component(
                    target,
                    e,
                    Confidence::Medium,
                    "weights (pickle/ONNX/Keras: present, not opened)",
                    lic,
                );
                if !intermediate && classify::is_pickle(&e.rel) {
                    pickles.push(&e.rel);
                }
            }
            _ => {}
        }
    }
    if let Some(first) = pickles.first()
        && !any_safetensors
        && gguf.is_none()
    {
        st.warn(
            "W-SCAN-PICKLE-ONLY",
            format!(
                "the weights are only in pickle files ({} of them): loading a pickle runs whatever code it holds (torch.load with weights_only=False); publish safetensors beside them (the `safetensors` convert script), and load these with weights_only=True",
                pickles.len()
            ),
            Some((*first).to_owned()),
        );
    }
    // The index's total against the headers it indexes: the headers count the tensors that are
    // there, so when every header was read and they disagree, they win, with a warning.
    let header_sum = safetensors_total.filter(|&n| any_safetensors && n > 0);
    if let (Some((n, file, line)), Some(sum)) = (&index_total, header_sum)
        && *n != sum
    {
        st.warn(
            "W-SCAN-PARAMETERS-DISAGREE",
            format!(
                "the index's metadata.total_parameters says {n}, the safetensors headers sum to {sum}: the headers' count is used"
            ),
            Some(match line {
                Some(l) => format!("{file}:{l}"),
                None => file.clone(),
            }),
        );
        index_total = None;
    }
    let total = match (
        index_total,
        safetensors_total.filter(|_| any_safetensors),
        gguf,
    ) {
        (Some((n, file, line)), _, _) => {
            Some((n, file, line, "metadata.total_parameters of the index"))
        }
        (None, Some(n), _) if n > 0 => {
            let files: Vec<&Entry> = entries
                .iter()
                .filter(|e| e.kind == FileKind::Safetensors && !classify::is_intermediate(&e.rel))
                .collect();
            let file = match files.as_slice() {
                [one] => one.rel.clone(),
                _ => "*.safetensors".to_owned(),
            };
            Some((n, file, None, "sum of the safetensors headers"))
        }
        (None, _, Some((n, file))) => Some((n, file, None, "the GGUF header")),
        _ => None,
    };
    st.expert_parameters = match (&total, safetensors_total.filter(|_| any_safetensors)) {
        (Some((n, ..)), Some(sum)) if sum == *n => Some(safetensors_experts),
        (Some((_, _, _, "the GGUF header")), _) => Some(gguf_experts),
        _ => None,
    };
    if let Some((n, file, line, how)) = total {
        st.manifest.facts.parameters = Some(n as f64);
        st.evidence(
            "facts.parameters",
            Some(n.to_string()),
            &file,
            line,
            Confidence::High,
            format!("total: {how}"),
        );
    } else if any_safetensors {
        st.warn(
            "W-SCAN-PARAMETERS",
            "the weights' headers could not all be read (LFS pointers or errors) and no index gives the total; `facts.parameters` is not set".into(),
            None,
        );
    }
    gguf_name
}

/// The card's stated total against the weights' count: a card rounds, so only a count
/// outside its rounding is a disagreement. The headers' count stays the fact.
fn card_parameters_agree(st: &mut State) {
    let (Some((stated, card)), Some(counted)) = (&st.card_parameters, st.manifest.facts.parameters)
    else {
        return;
    };
    let counted = counted as u64;
    if stated.agrees_with(counted) {
        return;
    }
    let message = format!(
        "the card says `{}` ({}), the weights count {}: `facts.parameters` is the weights' count; correct the card, or check that these are the weights it describes",
        stated.quote,
        grouped(stated.count as u64),
        grouped(counted),
    );
    let at = Some(format!("{card}:{}", stated.line));
    st.warn("W-SCAN-CARD-PARAMETERS", message, at);
}

/// 8030261248 → "8,030,261,248".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A folder with no final weights file states what it shows: the weights are not in it. The
/// card's `license:` still says under which terms they would be; a location given elsewhere
/// (the card) is left alone, since the weights may be published there.
fn no_weights(entries: &[Entry], st: &mut State) {
    let weights = entries.iter().any(|e| {
        matches!(
            e.kind,
            FileKind::Safetensors
                | FileKind::SafetensorsIndex
                | FileKind::Gguf
                | FileKind::OtherWeights
        ) && !classify::is_intermediate(&e.rel)
    });
    let id = ComponentId::ModelParametersFinal;
    let noun = st.source.noun();
    if weights
        || st
            .manifest
            .components
            .get(&id)
            .is_some_and(|c| c.location.is_some())
    {
        return;
    }
    if !st.source.lists_every_file() {
        st.warn(
            "W-SCAN-PARTIAL-LISTING",
            format!("no weights file among the files read, but the {noun}'s listing may be partial (a cache holds what was downloaded): whether the weights are published is left unknown"),
            None,
        );
        return;
    }
    match st.manifest.components.get_mut(&id) {
        Some(c) => c.published = Disclosure::No,
        None => {
            st.manifest.components.insert(
                id,
                Component {
                    published: Disclosure::No,
                    ..Default::default()
                },
            );
        }
    }
    st.evidence(
        "components.model-parameters-final.published",
        Some("false".into()),
        ".",
        None,
        Confidence::Medium,
        format!("no weights file in the {noun} (safetensors, GGUF, pickle, ONNX, Keras, Flax)"),
    );
    st.warn(
        "W-SCAN-NO-WEIGHTS",
        format!("no weights file in the {noun}: `model-parameters-final` is written as not published; if the weights are published elsewhere, give their location"),
        None,
    );
}

/// The keys configurations use for the number of routed experts and of experts per token
/// (Mixtral, Qwen MoE, DeepSeek, OLMoE, DBRX, Jamba, …), in the order they are tried.
const EXPERT_KEYS: &[&str] = &[
    "num_local_experts",
    "n_routed_experts",
    "num_experts",
    "moe_num_experts",
];
const EXPERTS_PER_TOKEN_KEYS: &[&str] = &[
    "num_experts_per_tok",
    "num_experts_per_token",
    "moe_top_k",
    "top_k",
];

/// `auto_map` in a configuration: loading the model with `transformers` needs
/// `trust_remote_code=True`, which runs the repository's own Python files.
fn remote_code(st: &mut State, v: &serde_json::Value, rel: &str) {
    let Some(map) = v.get("auto_map").and_then(|m| m.as_object()) else {
        return;
    };
    let mut modules: Vec<String> = map
        .values()
        .flat_map(|c| match c {
            serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).collect(),
            other => other.as_str().into_iter().collect::<Vec<_>>(),
        })
        .filter_map(|c| c.rsplit_once('.').map(|(module, _)| module))
        .map(|m| {
            // `org/repo--module.Class` names code in another repository.
            let m = m.rsplit_once("--").map_or(m, |(_, local)| local);
            format!("{}.py", m.replace('.', "/"))
        })
        .collect();
    modules.sort();
    modules.dedup();
    st.warn(
        "W-SCAN-REMOTE-CODE",
        format!(
            "`auto_map` names custom code ({}): loading with transformers needs trust_remote_code=True, which runs those Python files; read them, pin the revision (code can change under the same name), or use a model class built into transformers",
            if modules.is_empty() {
                "no module named".to_owned()
            } else {
                modules.join(", ")
            }
        ),
        Some(rel.to_owned()),
    );
}

/// A config.json (or its `text_config`/`ffn_config`) that names more than one routed expert
/// makes the model a mixture of experts; with the experts per token and the headers' expert
/// tensors, the active parameters follow.
fn experts_of_config(st: &mut State, config: &serde_json::Value, file: &str) {
    let find = |keys: &[&str]| {
        [
            Some(config),
            config.get("text_config"),
            config.get("ffn_config"),
        ]
        .into_iter()
        .flatten()
        .find_map(|c| keys.iter().find_map(|k| c.get(*k).and_then(|v| v.as_u64())))
    };
    let Some(experts) = find(EXPERT_KEYS).filter(|&n| n > 1) else {
        return;
    };
    let per_token = find(EXPERTS_PER_TOKEN_KEYS).filter(|&k| k >= 1 && k <= experts);
    st.manifest.facts.mixture_of_experts = Some(true);
    let how = match per_token {
        Some(k) => format!("{experts} routed experts, {k} per token"),
        None => format!("{experts} routed experts"),
    };
    st.evidence(
        "facts.mixture_of_experts",
        Some("true".into()),
        file,
        None,
        Confidence::High,
        how.clone(),
    );
    let total = st.manifest.facts.parameters.map(|p| p as u64);
    if let (Some(k), Some(total), Some(routed)) = (per_token, total, st.expert_parameters)
        && routed > 0
        && routed <= total
    {
        let active = (total - routed) + routed / experts * k;
        st.manifest.facts.active_parameters = Some(active as f64);
        st.evidence(
            "facts.active_parameters",
            Some(active.to_string()),
            file,
            None,
            Confidence::Medium,
            format!(
                "the weights' tensors outside the routed experts ({}) plus {k}/{experts} of the routed experts' ({routed})",
                total - routed
            ),
        );
    } else {
        st.warn(
            "W-SCAN-ACTIVE-PARAMETERS",
            format!("a mixture of experts ({how}), but its active parameters could not be computed from the weights' headers; state `facts.active_parameters`, or the compute estimate from the total count is only an upper bound"),
            Some(file.to_owned()),
        );
    }
}

fn read_rest(entries: &[Entry], opts: &ScanOptions, st: &mut State, licences: &[LicenceFile]) {
    let mut content_reads = 0usize;
    let mut data_files: BTreeMap<ComponentId, Vec<&Entry>> = BTreeMap::new();
    for e in entries {
        let lic = subfolder_licence(&e.rel, licences);
        match e.kind {
            FileKind::ModelMetadata => {
                st.component(
                    ComponentId::ModelMetadata,
                    e,
                    Confidence::Medium,
                    "model configuration or tokenizer",
                    lic,
                );
                if e.rel == "tokenizer_config.json"
                    && let Ok(b) = st.source.head(&e.file, 1 << 20)
                    && let Ok(v) = serde_json::from_slice::<serde_json::Value>(&b)
                {
                    remote_code(st, &v, &e.rel);
                }
                if e.rel == "config.json"
                    && let Ok(b) = st.source.head(&e.file, 1 << 20)
                    && let Ok(v) = serde_json::from_slice::<serde_json::Value>(&b)
                {
                    let arch = v
                        .get("architectures")
                        .and_then(|a| a.get(0))
                        .and_then(|a| a.as_str())
                        .or_else(|| v.get("model_type").and_then(|m| m.as_str()));
                    if let Some(a) = arch {
                        st.evidence(
                            "architecture",
                            Some(a.to_owned()),
                            &e.rel,
                            None,
                            Confidence::High,
                            "config.json",
                        );
                    }
                    experts_of_config(st, &v, &e.rel);
                    remote_code(st, &v, &e.rel);
                    if v.get("quantization_config").is_some() {
                        st.evidence(
                            "facts.parameters",
                            None,
                            &e.rel,
                            None,
                            Confidence::Medium,
                            "quantized checkpoint: packed tensors make the header count differ from the logical parameter count",
                        );
                    }
                }
            }
            FileKind::Code => {
                if classify::is_sample_output(&e.rel) {
                    continue;
                }
                if let Some((id, why)) = classify::code_component(&e.rel) {
                    st.component(id, e, Confidence::Medium, why, lic);
                } else if content_reads < 2_000 && e.len > 0 {
                    content_reads += 1;
                    if let Ok(b) = st.source.head(&e.file, opts.max_text.min(64 << 10)) {
                        let head = String::from_utf8_lossy(&b);
                        if let Some((id, why)) = classify::code_component_by_content(&head) {
                            st.component(id, e, Confidence::Low, why, lic);
                        }
                    }
                }
            }
            FileKind::DataFile => {
                if classify::is_sample_output(&e.rel) {
                    st.component(
                        ComponentId::SampleModelOutputs,
                        e,
                        Confidence::Low,
                        "files under a samples folder",
                        lic,
                    );
                } else {
                    data_files
                        .entry(classify::data_component(&e.rel).0)
                        .or_default()
                        .push(e);
                }
            }
            FileKind::DataCard => st.component(
                ComponentId::DataCard,
                e,
                Confidence::Medium,
                "a data card by its name",
                lic,
            ),
            FileKind::EvalResults => st.component(
                ComponentId::EvaluationResults,
                e,
                Confidence::Medium,
                "evaluation results by their name",
                lic,
            ),
            FileKind::Pdf => {
                if let Some(id) = classify::pdf_component(&e.rel) {
                    st.component(id, e, Confidence::Low, "a PDF by its name", lic);
                }
            }
            FileKind::Other if classify::is_sample_output(&e.rel) => {
                st.component(
                    ComponentId::SampleModelOutputs,
                    e,
                    Confidence::Low,
                    "files under a samples folder",
                    lic,
                );
            }
            _ => {}
        }
    }
    for (id, files) in data_files {
        let first = files[0];
        let lic = subfolder_licence(&first.rel, licences);
        let new = !st.manifest.components.contains_key(&id);
        st.component(
            id,
            first,
            Confidence::Low,
            &format!("{} data files", files.len()),
            lic,
        );
        if new && id == ComponentId::Datasets {
            // Data files in the release: some data is published; whether it is all, the files
            // cannot say.
            if let Some(c) = st.manifest.components.get_mut(&id) {
                c.published = Disclosure::Partial;
                let folder = c.location.clone().unwrap_or_default();
                c.sources.push(DataSource {
                    name: format!("files under {folder}"),
                    class: None,
                    license: lic.map(str::to_owned),
                    location: Some(folder),
                    tokens: None,
                });
            }
        }
    }
}

/// A folder's licence text covers what is in the folder: with no data file in it, the data a
/// card only names (Hub datasets) is not the licensor's to license, so the root licence becomes
/// the code's, the weights' and the documents' default, not the data's; the data's licence stays
/// not stated (`W-SCAN-LICENCE-SCOPE`).
fn scope_folder_licence(entries: &[Entry], st: &mut State) {
    let data_in_folder = entries.iter().any(|e| e.kind == FileKind::DataFile);
    let names_data = [ComponentId::Datasets, ComponentId::EvaluationData]
        .iter()
        .any(|id| st.manifest.components.contains_key(id));
    let l = &mut st.manifest.licenses;
    if data_in_folder || !names_data || l.data.is_some() {
        return;
    }
    let Some(root) = l.distribution.take() else {
        return;
    };
    let mut set = Vec::new();
    for (path, slot) in [
        ("licenses.code", &mut l.code),
        ("licenses.model", &mut l.model),
        ("licenses.document", &mut l.document),
    ] {
        if slot.is_none() {
            *slot = Some(root.clone());
            set.push(path);
        }
    }
    let (moved, kept): (Vec<Evidence>, Vec<Evidence>) = std::mem::take(&mut st.evidence)
        .into_iter()
        .partition(|e| e.fact == "licenses.distribution");
    st.evidence = kept;
    for e in moved {
        for path in &set {
            st.evidence.push(Evidence {
                fact: (*path).to_owned(),
                note: Some(format!(
                    "{} (the folder's licence: what is in the folder, not the data the card names)",
                    e.note.as_deref().unwrap_or_default()
                )),
                ..e.clone()
            });
        }
    }
    st.warn(
        "W-SCAN-LICENCE-SCOPE",
        format!(
            "the folder's licence `{root}` covers its code, weights and documents, not the datasets the card names (they are not in the folder): their licences are not stated"
        ),
        None,
    );
}

/// Compares the card's licence with the licence texts; a card that says `other` takes the
/// text's identification.
fn reconcile_licences(st: &mut State, licences: &[LicenceFile]) {
    let base = LicenceBase::builtin();
    let canonical = |s: &str| base.resolve(s).map(|r| r.canonical.clone()).ok();
    let from_files = st
        .manifest
        .licenses
        .model
        .clone()
        .or_else(|| st.manifest.licenses.distribution.clone());
    let final_id = ComponentId::ModelParametersFinal;
    let card = st
        .manifest
        .components
        .get(&final_id)
        .and_then(|c| c.license.clone());
    let card_evidence = st
        .evidence
        .iter()
        .find(|x| x.fact == "components.model-parameters-final.license")
        .map(|x| format!("{}:{}", x.file, x.line.unwrap_or(1)));
    if let (Some(card), Some(file)) = (card, from_files) {
        let card_c = canonical(&card);
        let unknown = card_c.is_none() || card_c.as_deref() == Some("undisclosed");
        if unknown {
            for id in [final_id, ComponentId::ModelCard] {
                if let Some(c) = st.manifest.components.get_mut(&id) {
                    c.license = Some(file.clone());
                }
            }
            let from = licences
                .iter()
                .find(|l| l.id.as_deref() == Some(file.as_str()))
                .map_or("the licence file".to_owned(), |l| l.rel.clone());
            st.evidence(
                "components.model-parameters-final.license",
                Some(file.clone()),
                &from,
                None,
                Confidence::High,
                format!("the card's `{card}` names no known licence; its text is identified"),
            );
        } else if card_c != canonical(&file) {
            st.warn(
                    "W-SCAN-LICENCE-DISAGREE",
                    format!(
                        "the card says `{card}` but the licence text is `{file}`; the card's value is kept — check which terms apply"
                    ),
                    card_evidence,
                );
        }
    }
    for l in licences.iter().filter(|l| l.kind == Kind::Policy) {
        st.warn(
            "W-SCAN-USE-POLICY",
            format!(
                "an acceptable-use policy ships with the release ({}): use restrictions beyond the licence",
                l.id.as_deref().unwrap_or("unrecognised")
            ),
            Some(l.rel.clone()),
        );
    }
}
