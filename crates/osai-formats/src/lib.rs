//! Reading releases into located manifests: the osai manifest (YAML or JSON) and, by content
//! detection, the Model Openness Tool's YAML. Every error points into the input.

mod cyclonedx;
pub mod diagnostic;
pub mod export;
pub mod hf_card;
mod index;
mod manifest;
mod mot;
mod read;
pub mod record;
mod spdx2;
mod spdx3;
mod synth;
pub mod tree;

use osai_engine::licence::LicenceBase;
use osai_engine::manifest::LocatedManifest;

pub use diagnostic::{Diagnostic, InputErrors};
pub use read::did_you_mean;

/// The Art. 50 transparency codes the manifest accepts.
pub const TRANSPARENCY_CODES: &[&str] = manifest::TRANSPARENCY;
use tree::Span;

/// What an input turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Manifest,
    ModelOpennessTool,
    /// European Open Source AI Index, legacy per-model YAML.
    OpenSourceAiIndex,
    /// A Hugging Face model card (README.md with YAML front matter).
    HuggingFaceCard,
    /// CycloneDX 1.5–1.7 JSON with a machine-learning-model component.
    CycloneDx,
    /// SPDX 3.0 JSON-LD with an AIPackage.
    Spdx3,
    /// SPDX 2.2/2.3 JSON: the described package read as the model (no AI profile).
    Spdx2,
}

impl InputFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Manifest => "osai manifest",
            Self::ModelOpennessTool => "Model Openness Tool YAML",
            Self::OpenSourceAiIndex => "European Open Source AI Index YAML",
            Self::HuggingFaceCard => "Hugging Face model card",
            Self::CycloneDx => "CycloneDX JSON",
            Self::Spdx3 => "SPDX 3.0 JSON-LD",
            Self::Spdx2 => "SPDX 2 JSON",
        }
    }
}

/// Reads one input (a file's bytes) into a located manifest, or every error found in it.
pub fn read_bytes(source: &str, bytes: &[u8]) -> Result<LocatedManifest, InputErrors> {
    read_bytes_detect(source, bytes).map(|(m, _)| m)
}

pub fn read_bytes_detect(
    source: &str,
    bytes: &[u8],
) -> Result<(LocatedManifest, InputFormat), InputErrors> {
    let at = match std::str::from_utf8(bytes) {
        Ok(text) => match memchr::memchr(0, bytes) {
            None => return read_str_detect(source, text),
            Some(at) => at,
        },
        Err(e) => e.valid_up_to(),
    };
    // The text up to the bad byte and a little after, so the error points where it is.
    let shown_end = bytes.len().min(at + 64);
    let shown = String::from_utf8_lossy(&bytes[..shown_end]).replace('\0', " ");
    let prefix = &shown[..at.min(shown.len())];
    let line = prefix.matches('\n').count() as u32 + 1;
    let line_start = prefix.rfind('\n').map_or(0, |i| i + 1);
    let span = Span {
        start: at,
        end: (at + 1).min(shown.len()),
        line,
        column: prefix[line_start..].chars().count() as u32 + 1,
    };
    let what = if bytes[at] == 0 {
        "a NUL byte"
    } else {
        "a byte that is not UTF-8"
    };
    let d = Diagnostic::new(
        "E-BINARY",
        span,
        format!("this is not a text file: {what} at line {line}"),
        "binary data",
    )
    .with_help("give a YAML or JSON manifest (UTF-8), a Model Openness Tool file, or use `osai scan DIR` on a release folder");
    Err(InputErrors::single(source, &shown, d))
}

/// A manifest as YAML, the way `osai import`, `osai ask` and the web questionnaire write it.
pub fn manifest_yaml(m: &osai_engine::manifest::Manifest) -> Result<String, String> {
    serde_saphyr::to_string(m).map_err(|e| format!("writing YAML: {e}"))
}

/// Reads a text input (YAML or JSON).
pub fn read_str(source: &str, text: &str) -> Result<LocatedManifest, InputErrors> {
    read_str_detect(source, text).map(|(m, _)| m)
}

pub fn read_str_detect(
    source: &str,
    text: &str,
) -> Result<(LocatedManifest, InputFormat), InputErrors> {
    read_str_at(source, text, 1)
}

/// Reads one JSON Lines record fast: straight into the manifest type, then the checks the
/// located reader makes (licences resolve without aliases, codes are known). `None` when the
/// record needs the located reader: an error to point at, a warning to give, another format.
/// Components' descriptions are kept only with `descriptions` (see
/// [`osai_engine::Engine::reads_descriptions`]).
pub fn read_json_record_fast(
    source: &str,
    text: &str,
    line: u32,
    descriptions: bool,
) -> Option<LocatedManifest> {
    let fast = if descriptions {
        record::manifest(text)
    } else {
        record::manifest_without_descriptions(text)
    };
    // Built where it is returned from, the manifest moves once.
    let mut located = LocatedManifest {
        manifest: match fast {
            Some(m) => m,
            None => serde_json::from_str(text).ok()?,
        },
        sources: osai_engine::manifest::SourceMap::whole_record(source, line),
        warnings: Vec::new(),
    };
    let (manifest, warnings) = (&located.manifest, &mut located.warnings);
    if manifest.osai != 1 || manifest.release.name.trim().is_empty() {
        return None;
    }
    let base = LicenceBase::builtin();
    let at = std::cell::OnceCell::new();
    let at = || {
        at.get_or_init(|| osai_engine::manifest::record_location(source, line))
            .clone()
    };
    let m = manifest;
    // Components often repeat a licence text; its warnings would repeat word for word (all at
    // this line), so each text is checked once.
    let mut texts: Vec<&str> = Vec::with_capacity(24);
    let stated = [
        &m.licenses.distribution,
        &m.licenses.code,
        &m.licenses.model,
        &m.licenses.data,
        &m.licenses.document,
        &m.data_information.license,
    ]
    .into_iter()
    .chain(
        m.components
            .values()
            .flat_map(|c| std::iter::once(&c.license).chain(c.sources.iter().map(|s| &s.license))),
    )
    .flatten();
    for t in stated {
        if !texts.contains(&t.as_str()) {
            texts.push(t);
        }
    }
    // A licence that does not resolve needs the located reader's diagnostic; aliases and vague
    // strings only need a warning, which this record can give at its line.
    let licences_ok = texts.iter().all(|t| {
        let resolved = base.resolve_cached(t);
        // An alias is written as its canonical id, which the located reader does.
        let Ok(r) = &*resolved else { return false };
        if !r.aliased.is_empty() {
            return false;
        }
        if r.vague {
            warnings.push(osai_engine::report::Warning {
                code: "W-LICENCE-VAGUE".into(),
                message: [
                    "`",
                    t,
                    "` names no single licence; requirements on it are unknown",
                ]
                .concat(),
                at: Some(at()),
            });
        }
        true
    }) && m
        .components
        .iter()
        .all(|(id, c)| c.sources.is_empty() || id.is_dataset());
    let f = &m.facts;
    let codes_ok = f
        .intended_purposes
        .iter()
        .flatten()
        .all(|c| manifest::is_annex_iii(c))
        && f.prohibited_practices
            .iter()
            .flatten()
            .all(|c| manifest::is_art5(c))
        && f.transparency
            .iter()
            .flatten()
            .all(|c| manifest::TRANSPARENCY.contains(&c.as_str()));
    (licences_ok && codes_ok).then_some(located)
}

/// Reads a text that starts on line `first_line` of `source` (one line of a JSON Lines file).
/// Positions in the result and in errors count from there.
pub fn read_str_at(
    source: &str,
    text: &str,
    first_line: u32,
) -> Result<(LocatedManifest, InputFormat), InputErrors> {
    let offset = first_line.saturating_sub(1);
    read_inner(source, text, offset).map_err(|mut e| {
        for d in &mut e.diagnostics {
            d.span.line += offset;
        }
        e
    })
}

fn read_inner(
    source: &str,
    text: &str,
    line_offset: u32,
) -> Result<(LocatedManifest, InputFormat), InputErrors> {
    let base = LicenceBase::builtin();
    let fail = |d: Diagnostic| InputErrors::single(source, text, d);
    let body = text.trim_start_matches('\u{feff}');
    if body.trim().is_empty() {
        return Err(fail(
            Diagnostic::new("E-EMPTY", Span::FILE_START, "the file is empty", "empty").with_help(
                "a manifest needs at least `osai: 1` and `release:` with `name:` and `kind:`",
            ),
        ));
    }
    let trimmed = body.trim_start();
    let json = trimmed.starts_with('{') || trimmed.starts_with('[');
    if !json && let Some(end) = hf_card::front_matter_end(text) {
        match tree::parse_yaml(&text[..end]) {
            Ok(root) if root.as_ref().is_none_or(hf_card_front_matter) => {
                return read_card_at(source, text, root.as_ref(), end, line_offset);
            }
            _ => {}
        }
    }
    // A Markdown file without front matter is a card's body (Meta's MODEL_CARD.md), not a
    // manifest that failed to parse.
    if !json && is_markdown_name(source) {
        return read_card_at(source, text, None, 0, line_offset);
    }
    if json && let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
        let index = tree::LineIndex::new(text);
        let line = e.line().max(1);
        let col = e.column().saturating_sub(1);
        let start = index.offset(line, col);
        let span = Span {
            start,
            end: start,
            line: line as u32,
            column: col as u32 + 1,
        };
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg).to_owned();
        return Err(fail(
            Diagnostic::new("E-SYNTAX", span, format!("invalid JSON: {msg}"), msg).with_help(
                "the file starts with `{`, so it is read as JSON; fix the JSON or write it as YAML",
            ),
        ));
    }
    let root = match tree::parse_yaml(text) {
        Ok(Some(root)) => root,
        Ok(None) => {
            return Err(fail(Diagnostic::new(
                "E-EMPTY",
                Span::FILE_START,
                "the file holds no YAML document",
                "empty",
            )));
        }
        Err(e) => {
            let help = if json {
                "fix the JSON syntax"
            } else {
                "check the indentation and quoting around this point"
            };
            return Err(fail(
                Diagnostic::new(
                    "E-SYNTAX",
                    e.span,
                    format!("invalid YAML: {}", e.message),
                    e.message.clone(),
                )
                .with_help(help),
            ));
        }
    };
    let mut r = read::Reader::new(source, base);
    r.line_offset = line_offset;
    r.text = Some(text);
    let (manifest, format) = if mot::is_mot(&root) {
        (mot::read(&mut r, &root), InputFormat::ModelOpennessTool)
    } else if index::is_index(&root) {
        (index::read(&mut r, &root), InputFormat::OpenSourceAiIndex)
    } else if cyclonedx::is_cyclonedx(&root) {
        let tree = cyclonedx::read(&mut r, &root);
        (
            tree.and_then(|t| manifest::read(&mut r, &t)),
            InputFormat::CycloneDx,
        )
    } else if spdx3::is_spdx3(&root) {
        let tree = spdx3::read(&mut r, &root);
        (
            tree.and_then(|t| manifest::read(&mut r, &t)),
            InputFormat::Spdx3,
        )
    } else if spdx2::is_spdx2(&root) {
        let tree = spdx2::read(&mut r, &root);
        (
            tree.and_then(|t| manifest::read(&mut r, &t)),
            InputFormat::Spdx2,
        )
    } else if matches!(root.value, tree::Value::Map(_)) {
        (manifest::read(&mut r, &root), InputFormat::Manifest)
    } else {
        let d = Diagnostic::new(
            "E-TYPE",
            root.span,
            format!(
                "a manifest is a mapping, this file holds {}",
                root.type_name()
            ),
            "expected a mapping",
        )
        .with_help("start with `osai: 1` and `release:`; see docs/manifest.md");
        return Err(fail(d));
    };
    finish(r, source, text, root.span, manifest, format)
}

fn finish(
    mut r: read::Reader<'_>,
    source: &str,
    text: &str,
    root_span: Span,
    manifest: Option<osai_engine::manifest::Manifest>,
    format: InputFormat,
) -> Result<(LocatedManifest, InputFormat), InputErrors> {
    let fail = |d: Diagnostic| InputErrors::single(source, text, d);
    // One value read into two places (a card's licence covers weights and card) warns once.
    let mut seen = std::collections::HashSet::new();
    r.warnings
        .retain(|w| seen.insert((w.code.clone(), w.message.clone(), w.at.clone())));
    if !r.errors.is_empty() {
        r.errors.sort_by_key(|d| (d.span.start, d.code));
        return Err(InputErrors {
            source: source.to_owned(),
            text: text.to_owned(),
            diagnostics: r.errors,
        });
    }
    let Some(manifest) = manifest else {
        return Err(fail(Diagnostic::new(
            "E-MISSING",
            root_span.start_only(),
            "not a release manifest",
            "here",
        )));
    };
    Ok((
        LocatedManifest {
            manifest,
            sources: r.sources,
            warnings: r.warnings,
        },
        format,
    ))
}

fn is_markdown_name(source: &str) -> bool {
    let lower = source.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// Front matter that is a card's, not an osai manifest written with `---` markers.
fn hf_card_front_matter(root: &tree::Node) -> bool {
    match &root.value {
        tree::Value::Map(_) => root.get("osai").is_none() && root.get("framework").is_none(),
        tree::Value::Null => true,
        _ => false,
    }
}

/// Reads a Hugging Face model card, with or without front matter (a body-only card such as
/// Meta's `MODEL_CARD.md` gives its sections only).
pub fn read_card(source: &str, text: &str) -> Result<LocatedManifest, InputErrors> {
    if let Some(end) = hf_card::front_matter_end(text) {
        match tree::parse_yaml(&text[..end]) {
            Ok(root) => return read_card_at(source, text, root.as_ref(), end, 0).map(|(m, _)| m),
            Err(e) => {
                let d = Diagnostic::new(
                    "E-SYNTAX",
                    e.span,
                    format!("invalid YAML in the card's front matter: {}", e.message),
                    e.message.clone(),
                )
                .with_help("check the indentation and quoting around this point");
                return Err(InputErrors::single(source, text, d));
            }
        }
    }
    read_card_at(source, text, None, 0, 0).map(|(m, _)| m)
}

fn read_card_at(
    source: &str,
    text: &str,
    root: Option<&tree::Node>,
    front_matter_end: usize,
    line_offset: u32,
) -> Result<(LocatedManifest, InputFormat), InputErrors> {
    let mut r = read::Reader::new(source, LicenceBase::builtin());
    r.line_offset = line_offset;
    // The body starts on the line after the closing `---`.
    let (body_start, body_line) = if root.is_some() || front_matter_end > 0 {
        let close_end = text[front_matter_end..]
            .find('\n')
            .map_or(text.len(), |i| front_matter_end + i + 1);
        let line = text[..close_end].matches('\n').count() as u32 + 1;
        (close_end, line)
    } else {
        (0, 1)
    };
    let tree = hf_card::read(&mut r, root, text, body_start, body_line);
    let manifest = manifest::read(&mut r, &tree);
    finish(
        r,
        source,
        text,
        Span::FILE_START,
        manifest,
        InputFormat::HuggingFaceCard,
    )
}

/// Writes every licence as osai reads it back: aliases as their canonical id, and a name
/// osai does not know as `LicenseRef-unknown-<name>`, an unknown licence (never open) that a
/// manifest accepts. Returns (as written, as now written) for each unknown one, so a writer
/// can say so.
pub fn canonicalise_licences(m: &mut osai_engine::manifest::Manifest) -> Vec<(String, String)> {
    let base = LicenceBase::builtin();
    let mut unknown = Vec::new();
    let mut fix = |l: &mut Option<String>| {
        let Some(text) = l else { return };
        match base.resolve(text) {
            Ok(r) if !r.aliased.is_empty() => *text = r.canonical.clone(),
            Ok(_) => {}
            Err(_) => {
                let written = unknown_licence_ref(text);
                unknown.push((std::mem::replace(text, written.clone()), written));
            }
        }
    };
    let d = &mut m.licenses;
    for l in [
        &mut d.distribution,
        &mut d.code,
        &mut d.model,
        &mut d.data,
        &mut d.document,
        &mut m.data_information.license,
    ] {
        fix(l);
    }
    for c in m.components.values_mut() {
        fix(&mut c.license);
        for s in &mut c.sources {
            fix(&mut s.license);
        }
    }
    unknown
}

/// `LicenseRef-unknown-` and the name in the characters an SPDX id allows.
fn unknown_licence_ref(name: &str) -> String {
    let mut id = String::from("LicenseRef-unknown-");
    let mut dash = false;
    for c in name.chars().take(64) {
        if c.is_ascii_alphanumeric() || c == '.' {
            id.push(c);
            dash = false;
        } else if !dash {
            id.push('-');
            dash = true;
        }
    }
    let trimmed = id.trim_end_matches('-').len();
    id.truncate(trimmed);
    if id.ends_with("unknown") {
        id.push_str("-licence");
    }
    id
}
