//! SPDX 3.0 JSON-LD (compact form: `@context` + `@graph`): the `ai_AIPackage`, its licences
//! (`hasDeclaredLicense` relationships to licence expressions) and the `dataset_DatasetPackage`s
//! it was `trainedOn` / `testedOn`.
//!
//! A document written by `osai export` carries every manifest fact as annotations whose
//! statement is `osai:manifest:PATH=JSON`; when they are there they are the manifest.

use crate::cyclonedx::MANIFEST_PREFIX;
use crate::diagnostic::Diagnostic;
use crate::read::Reader;
use crate::synth::{self, Synth};
use crate::tree::{Node, Value};

pub(crate) fn is_spdx3(root: &Node) -> bool {
    let context_is_spdx = root
        .get("@context")
        .and_then(Node::as_str)
        .is_some_and(|c| c.contains("spdx.org/rdf/3"));
    context_is_spdx && root.get("@graph").is_some()
}

fn kind(n: &Node) -> &str {
    n.get("type")
        .or_else(|| n.get("@type"))
        .and_then(Node::as_str)
        .unwrap_or_default()
}

fn id(n: &Node) -> Option<&str> {
    n.get("spdxId")
        .or_else(|| n.get("@id"))
        .and_then(Node::as_str)
}

/// `to` of a relationship: one IRI or a list of them.
fn targets(n: &Node) -> Vec<&str> {
    match n.get("to").map(|t| &t.value) {
        Some(Value::Seq(items)) => items.iter().filter_map(Node::as_str).collect(),
        Some(Value::Str(s)) => vec![s.as_str()],
        _ => Vec::new(),
    }
}

pub(crate) fn read(r: &mut Reader<'_>, root: &Node) -> Option<Node> {
    r.lenient_licences = true;
    let graph = crate::cyclonedx::list(root.get("@graph"));
    // The first element with an id wins, as a search from the start would find.
    let mut index: std::collections::HashMap<&str, &Node> = std::collections::HashMap::new();
    for n in graph {
        if let Some(i) = id(n) {
            index.entry(i).or_insert(n);
        }
    }
    let by_id = |want: &str| index.get(want).copied();
    let Some(package) = graph
        .iter()
        .find(|n| matches!(kind(n), "ai_AIPackage" | "AIPackage" | "ai:AIPackage"))
    else {
        r.errors.push(
            Diagnostic::new(
                "E-SPDX-NO-AI-PACKAGE",
                root.span.start_only(),
                "this SPDX 3 document has no `ai_AIPackage`",
                "in this document",
            )
            .with_help("osai reads the AI profile's AIPackage and its licence relationships"),
        );
        return None;
    };
    let pkg_id = id(package).unwrap_or_default();
    let mut s = Synth::new();

    let mut any = false;
    for a in graph.iter().filter(|n| kind(n) == "Annotation") {
        let about = a.get("subject").and_then(Node::as_str);
        if about.is_some_and(|x| x != pkg_id) {
            continue;
        }
        let Some(statement) = a.get("statement") else {
            continue;
        };
        let Some(text) = statement.as_str() else {
            continue;
        };
        let Some((path, value)) = text
            .strip_prefix(MANIFEST_PREFIX)
            .and_then(|t| t.split_once('='))
        else {
            continue;
        };
        any = true;
        let value_node = synth::text(value, statement.span);
        if let Some(node) = crate::cyclonedx::property_value(r, &value_node) {
            s.set(&synth::path_keys(path), node);
        }
    }
    if any {
        return Some(s.into_root());
    }

    if let Some(n) = package.get("name") {
        s.set(&["release", "name"], n.clone());
    }
    s.set(&["release", "kind"], synth::text("model", package.span));
    if let Some(v) = stated(package.get("software_packageVersion")) {
        s.set(&["release", "version"], v.clone());
    }
    if let Some(t) = package.get("releaseTime")
        && let Some(date) = t.as_str().and_then(|d| d.get(..10))
    {
        s.set(&["release", "date"], synth::text(date, t.span));
    }
    if let Some(by) = package.get("suppliedBy") {
        let name = by
            .as_str()
            .and_then(by_id)
            .and_then(|agent| agent.get("name"))
            .cloned()
            .unwrap_or_else(|| by.clone());
        s.set(&["release", "producer"], name);
    }
    let relationships: Vec<&Node> = graph.iter().filter(|n| kind(n) == "Relationship").collect();
    let mut declared: std::collections::HashMap<&str, &Node> = std::collections::HashMap::new();
    for rel in &relationships {
        if matches!(
            rel.get("relationshipType").and_then(Node::as_str),
            Some("hasDeclaredLicense" | "declaredLicense")
        ) && let Some(from) = rel.get("from").and_then(Node::as_str)
        {
            declared.entry(from).or_insert(rel);
        }
    }
    let licence_of = |element: &str| -> Option<Node> {
        let rel = *declared.get(element)?;
        let target = targets(rel).into_iter().next()?;
        let written = match by_id(target) {
            Some(l) => l
                .get("simplelicensing_licenseExpression")
                .cloned()
                .or_else(|| {
                    // A listed licence by IRI: https://spdx.org/licenses/MIT → MIT.
                    let iri = id(l)?;
                    let short = iri.rsplit('/').next()?;
                    Some(synth::text(short, l.span))
                }),
            None => {
                let short = target.rsplit('/').next()?;
                let span = rel.span;
                Some(synth::text(short, span))
            }
        }?;
        // SPDX's `NONE`: the creator states there is no licence; `NOASSERTION`: not known.
        match written.as_str() {
            Some("NONE") => Some(synth::text("unlicensed", written.span)),
            Some("NOASSERTION") => None,
            _ => Some(written),
        }
    };
    match licence_of(pkg_id) {
        Some(l) => s.set(&["components", "model-parameters-final", "license"], l),
        None => s.set(
            &["components", "model-parameters-final"],
            synth::map(package.span),
        ),
    };
    if let Some(loc) = stated(package.get("software_downloadLocation")) {
        s.set(
            &["components", "model-parameters-final", "location"],
            loc.clone(),
        );
    }
    for rel in &relationships {
        if rel.get("from").and_then(Node::as_str) != Some(pkg_id) {
            continue;
        }
        let component = match rel.get("relationshipType").and_then(Node::as_str) {
            Some("trainedOn") => "datasets",
            Some("testedOn") => "evaluation-data",
            _ => continue,
        };
        for t in targets(rel) {
            let Some(ds) = by_id(t) else {
                r.warn(
                    "W-SPDX-DANGLING",
                    format!("`{t}` names no element of this document"),
                    rel.span,
                );
                continue;
            };
            let mut pairs = vec![(
                "name",
                ds.get("name")
                    .cloned()
                    .unwrap_or_else(|| synth::text(t, ds.span)),
            )];
            if let Some(l) = licence_of(t) {
                pairs.push(("license", l));
            }
            if let Some(loc) = stated(ds.get("software_downloadLocation")) {
                pairs.push(("location", loc.clone()));
            }
            if component == "datasets" {
                s.push(
                    &["components", "datasets", "sources"],
                    synth::record(pairs, ds.span),
                );
            } else {
                s.set(&["components", component], synth::map(ds.span));
            }
        }
    }
    for h in crate::cyclonedx::list(package.get("ai_hyperparameter")) {
        let key = h.get("key").and_then(Node::as_str).unwrap_or_default();
        if matches!(key, "parameters" | "parameterCount" | "num_parameters")
            && let Some(v) = h.get("value")
            && let Some(n) = v.scalar_text().and_then(|t| t.trim().parse::<f64>().ok())
        {
            s.set(&["facts", "parameters"], synth::number(n, v.span));
        }
    }
    if let Some(m) = package
        .get("ai_metric")
        .filter(|m| !crate::cyclonedx::list(Some(m)).is_empty())
    {
        s.set(&["components", "evaluation-results"], synth::map(m.span));
    }
    synth::partial_components(&mut s, package.span.start_only());
    Some(s.into_root())
}

/// A value SPDX writes as `NOASSERTION` (not known) or `NONE` (there is none) is not a
/// version, a location or a name: it is left out, so what needs it stays unknown.
fn stated(node: Option<&Node>) -> Option<&Node> {
    node.filter(|n| !matches!(n.as_str(), Some("NOASSERTION" | "NONE")))
}
