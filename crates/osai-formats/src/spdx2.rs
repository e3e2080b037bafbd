//! SPDX 2.2 / 2.3 JSON (`spdxVersion` "SPDX-2.x"), the default output of many SBOM and AI-BOM
//! tools. SPDX 2 has no AI profile: osai reads the package the document describes as the model
//! (name, version, supplier, release date, licence, download location), the weights files it
//! contains and the checksums as evidence, and says with `W-SPDX2-NO-AI-PROFILE` that nothing
//! else an AI-BOM would state (datasets, training, parameters) can be read from it. A package
//! with no weights file and no Hugging Face reference is not taken for a model
//! (`W-SPDX2-NOT-A-MODEL`): its licence is evidence only.

use crate::cyclonedx::list;
use crate::diagnostic::Diagnostic;
use crate::read::Reader;
use crate::synth::{self, Synth};
use crate::tree::Node;
use std::collections::HashMap;

pub(crate) fn is_spdx2(root: &Node) -> bool {
    root.get("spdxVersion")
        .and_then(Node::as_str)
        .is_some_and(|v| v.starts_with("SPDX-2."))
}

/// Files whose names say they hold model weights.
const WEIGHTS: &[&str] = &[
    ".safetensors",
    ".gguf",
    ".bin",
    ".pt",
    ".pth",
    ".ckpt",
    ".onnx",
    ".h5",
    ".msgpack",
    ".tflite",
    ".mlmodel",
];

fn spdx_id(n: &Node) -> Option<&str> {
    n.get("SPDXID").and_then(Node::as_str)
}

/// A value SPDX writes as `NOASSERTION` (not known) or `NONE` (there is none) is not a value.
fn stated(node: Option<&Node>) -> Option<&Node> {
    node.filter(|n| !matches!(n.as_str(), Some("NOASSERTION" | "NONE") | None))
}

fn is_none(node: Option<&Node>) -> bool {
    node.and_then(Node::as_str) == Some("NONE")
}

pub(crate) fn read(r: &mut Reader<'_>, root: &Node) -> Option<Node> {
    r.lenient_licences = true;
    let version = root.get("spdxVersion");
    if let Some(v) = version
        && !matches!(v.as_str(), Some("SPDX-2.2" | "SPDX-2.3"))
    {
        r.warn(
            "W-SPDX2-VERSION",
            format!(
                "{} is read as SPDX-2.3; osai knows 2.2 and 2.3",
                v.scalar_text().unwrap_or("?")
            ),
            v.span,
        );
    }
    let packages = list(root.get("packages"));
    let relationships = list(root.get("relationships"));
    let Some(package) = described_package(root, packages, relationships) else {
        r.errors.push(
            Diagnostic::new(
                "E-SPDX2-NO-PACKAGE",
                root.span.start_only(),
                "this SPDX 2 document describes no package",
                "in this document",
            )
            .with_help("osai reads the package named by `documentDescribes` (or a DESCRIBES relationship) as the model"),
        );
        return None;
    };
    r.warn(
        "W-SPDX2-NO-AI-PROFILE",
        "SPDX 2 has no AI profile: osai reads the described package as the model (name, version, supplier, licence, location, files); datasets, training and parameters are not stated. SPDX 3 with the AI profile, or CycloneDX, can say them".to_owned(),
        version.map_or(root.span.start_only(), |v| v.span),
    );
    let mut s = Synth::new();
    if let Some(n) = package.get("name") {
        s.set(&["release", "name"], n.clone());
    }
    s.set(&["release", "kind"], synth::text("model", package.span));
    if let Some(v) = stated(package.get("versionInfo")) {
        s.set(&["release", "version"], v.clone());
    }
    if let Some(d) = ["releaseDate", "builtDate"]
        .iter()
        .find_map(|k| stated(package.get(k)))
        && let Some(date) = d.as_str().and_then(|t| t.get(..10))
    {
        s.set(&["release", "date"], synth::text(date, d.span));
    }
    if let Some(who) = ["supplier", "originator"]
        .iter()
        .find_map(|k| stated(package.get(k)))
        && let Some(name) = who.as_str().and_then(agent_name)
    {
        s.set(&["release", "producer"], synth::text(name, who.span));
    }

    let licence = licence(r, root, package);
    let location = package.get("downloadLocation");
    let weights = "components.model-parameters-final";
    let files = contained_files(root, package, relationships);
    let weights_files: Vec<&Node> = files
        .iter()
        .copied()
        .filter(|f| {
            f.get("fileName")
                .and_then(Node::as_str)
                .is_some_and(is_weights_file)
        })
        .collect();
    let weights_package = package
        .get("packageFileName")
        .and_then(Node::as_str)
        .is_some_and(is_weights_file);
    if weights_files.is_empty() && !weights_package && !names_a_hub_model(package) {
        // Nothing says the package is a model: what it is published as, and under which
        // licence, cannot be the weights'. The licence is kept as evidence; verdicts stay unknown.
        r.warn(
            "W-SPDX2-NOT-A-MODEL",
            "nothing in this package says it is a model (no weights file, as the package or among its files; no Hugging Face reference): its licence and location are not read as the weights'".to_owned(),
            package.span.start_only(),
        );
        if let Some(l) = &licence {
            evidence(
                r,
                &mut s,
                "licenses.model",
                l,
                "the described package's licence (the package is not known to be the model)",
            );
        }
        synth::partial_components(&mut s, package.span.start_only());
        return Some(s.into_root());
    }
    match (stated(location), is_none(location)) {
        (Some(url), _) => {
            s.set(
                &["components", "model-parameters-final", "location"],
                url.clone(),
            );
        }
        (None, true) => {
            let at = location.map_or(package.span, |l| l.span);
            s.set(
                &["components", "model-parameters-final", "published"],
                synth::boolean(false, at),
            );
        }
        // Not known where, nor whether, the package is published: the weights stay unlisted
        // (not stated), and the licence is the release's model licence.
        (None, false) => {}
    }
    if let Some(l) = licence {
        if s.has(&["components", "model-parameters-final"]) {
            s.set(&["components", "model-parameters-final", "license"], l);
        } else {
            s.set(&["licenses", "model"], l);
        }
    }
    for c in list(package.get("checksums")) {
        if let (Some(alg), Some(value)) = (
            c.get("algorithm").and_then(Node::as_str),
            c.get("checksumValue").and_then(Node::as_str),
        ) {
            let v = synth::text(&format!("{}:{value}", alg.to_ascii_lowercase()), c.span);
            evidence(r, &mut s, weights, &v, "a checksum of the package");
        }
    }
    if weights_package && let Some(f) = package.get("packageFileName") {
        evidence(
            r,
            &mut s,
            weights,
            f,
            "the package's file is a weights file",
        );
    }
    for file in weights_files {
        let Some(name) = file.get("fileName").and_then(Node::as_str) else {
            continue;
        };
        let sha = list(file.get("checksums")).iter().find_map(|c| {
            (c.get("algorithm").and_then(Node::as_str) == Some("SHA256"))
                .then(|| c.get("checksumValue").and_then(Node::as_str))
                .flatten()
        });
        let note = match sha {
            Some(h) => format!("a weights file of the package (SHA256 {h})"),
            None => "a weights file of the package".to_owned(),
        };
        let value = synth::text(name, file.span);
        evidence(r, &mut s, weights, &value, &note);
    }
    synth::partial_components(&mut s, package.span.start_only());
    Some(s.into_root())
}

fn is_weights_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    WEIGHTS.iter().any(|ext| lower.ends_with(ext))
}

/// A `pkg:huggingface/` purl or a Hugging Face download location.
fn names_a_hub_model(package: &Node) -> bool {
    let purl = list(package.get("externalRefs")).iter().any(|e| {
        e.get("referenceLocator")
            .and_then(Node::as_str)
            .is_some_and(|l| l.starts_with("pkg:huggingface/"))
    });
    let hub = stated(package.get("downloadLocation"))
        .and_then(Node::as_str)
        .is_some_and(|l| l.contains("huggingface.co/") && !l.contains("huggingface.co/datasets/"));
    purl || hub
}

/// The package the document is about: `documentDescribes`, else `SPDXRef-DOCUMENT DESCRIBES x`,
/// else the only package.
fn described_package<'n>(
    root: &'n Node,
    packages: &'n [Node],
    relationships: &'n [Node],
) -> Option<&'n Node> {
    let doc = spdx_id(root).unwrap_or("SPDXRef-DOCUMENT");
    let described = list(root.get("documentDescribes"))
        .iter()
        .filter_map(Node::as_str)
        .chain(relationships.iter().filter_map(|rel| {
            let from = rel.get("spdxElementId").and_then(Node::as_str)?;
            let kind = rel.get("relationshipType").and_then(Node::as_str)?;
            (from == doc && kind == "DESCRIBES")
                .then(|| rel.get("relatedSpdxElement").and_then(Node::as_str))
                .flatten()
        }));
    let mut by_id: HashMap<&str, &Node> = HashMap::new();
    for p in packages {
        if let Some(i) = spdx_id(p) {
            by_id.entry(i).or_insert(p);
        }
    }
    let found = described.into_iter().find_map(|id| by_id.get(id).copied());
    found.or(match packages {
        [only] => Some(only),
        _ => None,
    })
}

/// The files of `package`: its `hasFiles`, and `CONTAINS` relationships from it.
fn contained_files<'n>(
    root: &'n Node,
    package: &'n Node,
    relationships: &'n [Node],
) -> Vec<&'n Node> {
    let files = list(root.get("files"));
    let pkg = spdx_id(package).unwrap_or_default();
    let mut ids: Vec<&str> = list(package.get("hasFiles"))
        .iter()
        .filter_map(Node::as_str)
        .collect();
    ids.extend(relationships.iter().filter_map(|rel| {
        let from = rel.get("spdxElementId").and_then(Node::as_str)?;
        let kind = rel.get("relationshipType").and_then(Node::as_str)?;
        (from == pkg && kind == "CONTAINS")
            .then(|| rel.get("relatedSpdxElement").and_then(Node::as_str))
            .flatten()
    }));
    ids.sort_unstable();
    ids.dedup();
    files
        .iter()
        .filter(|f| spdx_id(f).is_some_and(|id| ids.binary_search(&id).is_ok()))
        .collect()
}

/// The package's licence: `licenseConcluded` where stated, else `licenseDeclared`; `NONE` is
/// SPDX's "no licence". A `LicenseRef-` the document defines (`hasExtractedLicensingInfos`) with
/// a name osai knows is written as osai's id for it.
fn licence(r: &Reader<'_>, root: &Node, package: &Node) -> Option<Node> {
    let written = ["licenseConcluded", "licenseDeclared"]
        .iter()
        .find_map(|k| stated(package.get(k)))
        .or_else(|| {
            ["licenseConcluded", "licenseDeclared"]
                .iter()
                .find_map(|k| package.get(k).filter(|n| is_none(Some(n))))
        })?;
    let text = written.as_str()?;
    if text == "NONE" {
        return Some(synth::text("unlicensed", written.span));
    }
    let extracted: HashMap<&str, &str> = list(root.get("hasExtractedLicensingInfos"))
        .iter()
        .filter_map(|e| {
            Some((
                e.get("licenseId").and_then(Node::as_str)?,
                e.get("name").and_then(Node::as_str)?,
            ))
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    for (i, token) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let (open, rest) = token.split_at(token.len() - token.trim_start_matches('(').len());
        let bare = rest.trim_end_matches(')');
        let close = &rest[bare.len()..];
        let known = bare
            .starts_with("LicenseRef-")
            .then(|| extracted.get(bare).and_then(|name| r.base.alias(name)))
            .flatten();
        match known {
            Some(id) => {
                out.push_str(open);
                out.push_str(id);
                out.push_str(close);
                changed = true;
            }
            None => out.push_str(token),
        }
    }
    Some(if changed {
        synth::text(&out, written.span)
    } else {
        written.clone()
    })
}

/// "Organization: Meta (legal@meta.com)" → "Meta".
fn agent_name(agent: &str) -> Option<&str> {
    let name = agent
        .split_once(':')
        .map_or(agent, |(_, rest)| rest)
        .split('(')
        .next()?
        .trim();
    (!name.is_empty()).then_some(name)
}

fn evidence(r: &Reader<'_>, s: &mut Synth, fact: &str, value: &Node, note: &str) {
    let line = value.span.line + r.line_offset;
    s.evidence(fact, value, r.source, line, "high", note);
}
