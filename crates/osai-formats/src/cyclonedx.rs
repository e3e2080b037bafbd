//! CycloneDX 1.5–1.7 JSON: the `machine-learning-model` component, its `modelCard` and
//! licences, and the `data` components its model card lists.
//!
//! A BOM written by `osai export` carries every manifest fact as `osai:manifest:PATH`
//! properties on the model component; when they are there they are the manifest (an exact
//! round trip) and the native fields are only checked against them.

use crate::diagnostic::Diagnostic;
use crate::read::Reader;
use crate::synth::{self, Synth};
use crate::tree::{Node, Span, Value};

pub(crate) const MANIFEST_PREFIX: &str = "osai:manifest:";

pub(crate) fn is_cyclonedx(root: &Node) -> bool {
    root.get("bomFormat").and_then(Node::as_str) == Some("CycloneDX")
}

pub(crate) fn read(r: &mut Reader<'_>, root: &Node) -> Option<Node> {
    r.lenient_licences = true;
    if let Some(v) = root.get("specVersion")
        && !matches!(v.as_str(), Some("1.5" | "1.6" | "1.7"))
    {
        r.warn(
            "W-CDX-VERSION",
            format!(
                "CycloneDX {} is read as 1.6; osai knows 1.5 to 1.7",
                v.scalar_text().unwrap_or("?")
            ),
            v.span,
        );
    }
    let mut all = Vec::new();
    if let Some(c) = root.get("metadata").and_then(|m| m.get("component")) {
        all.push(c);
    }
    collect(root.get("components"), &mut all);
    let is_model =
        |c: &&Node| c.get("type").and_then(Node::as_str) == Some("machine-learning-model");
    let Some(model) = all.iter().copied().find(is_model) else {
        r.errors.push(
            Diagnostic::new(
                "E-CDX-NO-MODEL",
                root.span.start_only(),
                "this CycloneDX BOM has no `machine-learning-model` component",
                "in this BOM",
            )
            .with_help("osai reads the component with `\"type\": \"machine-learning-model\"` and its `modelCard`"),
        );
        return None;
    };
    let mut s = Synth::new();
    if read_osai_properties(r, list(model.get("properties")), &mut s) {
        check_native_name(r, model);
        return Some(s.into_root());
    }

    if let Some(n) = model.get("name") {
        s.set(&["release", "name"], n.clone());
    }
    s.set(&["release", "kind"], synth::text("model", model.span));
    if let Some(v) = model.get("version") {
        s.set(&["release", "version"], v.clone());
    }
    let producer = ["manufacturer", "supplier"]
        .iter()
        .find_map(|k| model.get(k).and_then(|o| o.get("name")))
        .or_else(|| model.get("publisher"))
        .or_else(|| {
            list(model.get("authors"))
                .first()
                .and_then(|a| a.get("name"))
        });
    if let Some(p) = producer {
        s.set(&["release", "producer"], p.clone());
    }
    match licence(model.get("licenses")) {
        Some(l) => {
            s.set(&["components", "model-parameters-final", "license"], l);
        }
        None => {
            s.set(
                &["components", "model-parameters-final"],
                synth::map(model.span),
            );
        }
    }
    if let Some(url) = reference(model, &["distribution", "distribution-intake"]) {
        s.set(
            &["components", "model-parameters-final", "location"],
            url.clone(),
        );
    }
    // The first component with a bom-ref wins, as a search from the start would find.
    let mut by_ref: std::collections::HashMap<&str, &Node> = std::collections::HashMap::new();
    for c in &all {
        if let Some(r) = c.get("bom-ref").and_then(Node::as_str) {
            by_ref.entry(r).or_insert(c);
        }
    }
    let card = model.get("modelCard");
    if let Some(card) = card {
        let at = reference(model, &["model-card"]).cloned();
        match at {
            Some(url) => s.set(&["components", "model-card", "location"], url),
            None => s.set(&["components", "model-card"], synth::map(card.span)),
        };
        let params = card.get("modelParameters");
        for d in list(params.and_then(|p| p.get("datasets"))) {
            let target = match d.get("ref").and_then(Node::as_str) {
                Some(id) => by_ref.get(id).copied().or_else(|| {
                    r.warn(
                        "W-CDX-DANGLING-REF",
                        format!("dataset reference `{id}` names no component of this BOM"),
                        d.span,
                    );
                    None
                }),
                None => Some(d),
            };
            if let Some(t) = target {
                s.push(&["components", "datasets", "sources"], dataset(t));
            }
        }
        let metrics = card
            .get("quantitativeAnalysis")
            .and_then(|q| q.get("performanceMetrics"));
        if let Some(m) = metrics.filter(|m| !list(Some(m)).is_empty()) {
            s.set(&["components", "evaluation-results"], synth::map(m.span));
        }
    }
    let props = list(model.get("properties"))
        .iter()
        .chain(list(card.and_then(|c| c.get("properties"))));
    for p in props {
        let name = p.get("name").and_then(Node::as_str).unwrap_or_default();
        if matches!(name, "parameterCount" | "parameters" | "num_parameters")
            && let Some(v) = p.get("value")
            && let Some(n) = v.scalar_text().and_then(|t| t.trim().parse::<f64>().ok())
        {
            s.set(&["facts", "parameters"], synth::number(n, v.span));
        }
    }
    synth::partial_components(&mut s, model.span.start_only());
    Some(s.into_root())
}

/// Components and their nested components, depth first.
fn collect<'n>(node: Option<&'n Node>, out: &mut Vec<&'n Node>) {
    for c in list(node) {
        out.push(c);
        collect(c.get("components"), out);
    }
}

pub(crate) fn list(node: Option<&Node>) -> &[Node] {
    match node.map(|n| &n.value) {
        Some(Value::Seq(items)) => items,
        _ => &[],
    }
}

/// A CycloneDX `licenses` choice as one expression: ids and expressions joined with AND;
/// a licence given by name only is kept as its name (and resolved, or warned about, later).
fn licence(node: Option<&Node>) -> Option<Node> {
    let node = node?;
    let parts: Vec<&Node> = list(Some(node))
        .iter()
        .filter_map(|choice| {
            choice.get("expression").or_else(|| {
                let l = choice.get("license")?;
                l.get("id").or_else(|| l.get("name"))
            })
        })
        .filter(|n| n.as_str().is_some())
        .collect();
    match parts.as_slice() {
        [] => None,
        [one] => Some((*one).clone()),
        many => {
            let joined = many
                .iter()
                .filter_map(|n| n.as_str())
                .map(|t| {
                    if t.contains(' ') {
                        format!("({t})")
                    } else {
                        t.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(" AND ");
            Some(synth::text(&joined, node.span))
        }
    }
}

fn reference<'n>(component: &'n Node, kinds: &[&str]) -> Option<&'n Node> {
    list(component.get("externalReferences"))
        .iter()
        .find(|e| {
            e.get("type")
                .and_then(Node::as_str)
                .is_some_and(|t| kinds.contains(&t))
        })
        .and_then(|e| e.get("url"))
}

/// A data component (or inline `componentData`) as a dataset source.
fn dataset(c: &Node) -> Node {
    let mut pairs = Vec::new();
    let name = c
        .get("name")
        .cloned()
        .or_else(|| c.get("bom-ref").cloned())
        .unwrap_or_else(|| synth::text("unnamed dataset", c.span));
    pairs.push(("name", name));
    if let Some(l) = licence(c.get("licenses")) {
        pairs.push(("license", l));
    }
    let url = list(c.get("data"))
        .iter()
        .find_map(|d| d.get("contents").and_then(|x| x.get("url")))
        .or_else(|| c.get("contents").and_then(|x| x.get("url")))
        .or_else(|| reference(c, &["distribution", "website", "vcs"]));
    if let Some(u) = url {
        pairs.push(("location", u.clone()));
    }
    synth::record(pairs, c.span)
}

/// `osai:manifest:PATH` properties into the tree; whether there were any.
pub(crate) fn read_osai_properties(r: &mut Reader<'_>, props: &[Node], s: &mut Synth) -> bool {
    let mut any = false;
    for p in props {
        let Some(name) = p.get("name").and_then(Node::as_str) else {
            continue;
        };
        let Some(path) = name.strip_prefix(MANIFEST_PREFIX) else {
            continue;
        };
        let Some(value) = p.get("value") else {
            continue;
        };
        any = true;
        if let Some(node) = property_value(r, value) {
            s.set(&synth::path_keys(path), node);
        }
    }
    any
}

/// A property's value (JSON text) as a tree located at the property.
pub(crate) fn property_value(r: &mut Reader<'_>, value: &Node) -> Option<Node> {
    let text = value.scalar_text()?;
    match crate::tree::parse_yaml(text) {
        Ok(Some(mut node)) => {
            synth::relocate(&mut node, value.span);
            Some(node)
        }
        Ok(None) => None,
        Err(e) => {
            r.errors.push(Diagnostic::new(
                "E-SYNTAX",
                value.span,
                format!("an `osai:manifest:` value must be JSON: {}", e.message),
                "not JSON",
            ));
            None
        }
    }
}

fn check_native_name(r: &mut Reader<'_>, model: &Node) {
    if let (Some(native), Some(props)) = (
        model.get("name").and_then(Node::as_str),
        list(model.get("properties"))
            .iter()
            .find(|p| p.get("name").and_then(Node::as_str) == Some("osai:manifest:release.name")),
    ) {
        let in_props = props
            .get("value")
            .and_then(Node::as_str)
            .unwrap_or_default();
        if serde_json::from_str::<String>(in_props).ok().as_deref() != Some(native) {
            r.warn(
                "W-CDX-DISAGREE",
                format!(
                    "the component is named `{native}` but its osai properties name {in_props}; the properties are read"
                ),
                model.get("name").map_or(Span::FILE_START, |n| n.span),
            );
        }
    }
}
