//! Writing a manifest as a CycloneDX 1.6 ML-BOM or an SPDX 3.0.1 JSON-LD document, with the
//! assessment attached.
//!
//! The native fields say what those formats can say (the model, its licence, its datasets); every
//! manifest fact is also written as an `osai:manifest:PATH` property (CycloneDX) or annotation
//! (SPDX) holding the value as JSON, so that reading the document back gives the same manifest.

use osai_engine::component::ComponentId;
use osai_engine::licence::LicenceBase;
use osai_engine::manifest::Manifest;
use osai_engine::report::Report;
use serde_json::{Value, json};

use crate::cyclonedx::MANIFEST_PREFIX;

/// Every fact of a manifest as `(path, JSON value)`: objects are walked, lists and scalars are
/// leaves, an empty object (a component listed without details) is a leaf too.
pub fn manifest_properties(m: &Manifest) -> Vec<(String, String)> {
    fn walk(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(map) if !map.is_empty() => {
                for (k, child) in map {
                    let path = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&path, child, out);
                }
            }
            _ => out.push((prefix.to_owned(), v.to_string())),
        }
    }
    let mut out = Vec::new();
    if let Ok(Value::Object(map)) = serde_json::to_value(m) {
        for (k, v) in &map {
            if k != "osai" {
                walk(k, v, &mut out);
            }
        }
    }
    out
}

/// The licence as CycloneDX writes it: an SPDX expression when every id in it is an SPDX id or a
/// `LicenseRef-`, otherwise by name (`unlicensed`, `undisclosed`, a string osai does not know).
fn cdx_licences(text: &str) -> Value {
    let base = LicenceBase::builtin();
    match base.resolve(text) {
        Ok(r)
            if r.expr_terms().all(|id| {
                id.starts_with("LicenseRef-") || base.get(id).is_some_and(|e| e.is_spdx())
            }) =>
        {
            json!([{ "expression": r.canonical }])
        }
        _ => json!([{ "license": { "name": text } }]),
    }
}

fn is_url(s: &str) -> bool {
    s.contains("://")
}

/// A stable identifier from the manifest's content: the same manifest gives the same document.
fn content_uuid(m: &Manifest) -> String {
    let text = serde_json::to_string(m).unwrap_or_default();
    let fnv = |seed: u64| {
        text.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let (a, b) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x84222325_cbf29ce4));
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-8{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[13..16],
        &hex[16..20],
        &hex[20..32]
    )
}

fn timestamp(report: Option<&Report>) -> String {
    match report {
        Some(r) => format!("{}T00:00:00Z", r.as_of),
        None => "1970-01-01T00:00:00Z".to_owned(),
    }
}

/// The assessment as `(name, value)` pairs: `osai:assessment:ID:verdict` and, where the
/// definition has them, `:class`, `:level`, `:category`.
pub fn assessment_properties(report: &Report) -> Vec<(String, String)> {
    let mut out = vec![
        ("osai:assessment:as-of".to_owned(), report.as_of.clone()),
        (
            "osai:assessment:tool".to_owned(),
            format!("{} {}", report.tool.name, report.tool.version),
        ),
    ];
    for d in &report.definitions {
        let key = |k: &str| format!("osai:assessment:{}:{k}", d.id);
        out.push((key("verdict"), d.verdict.as_str().to_owned()));
        if let Some(c) = d.class {
            out.push((key("class"), c.to_string()));
        }
        if let Some(Some(l)) = &d.level {
            out.push((key("level"), l.clone()));
        }
        if let Some(c) = &d.category {
            out.push((key("category"), c.clone()));
        }
        if let Some(ex) = &d.exemptions {
            for (article, status) in ex {
                out.push((key(&format!("exemption:{article}")), status.clone()));
            }
        }
    }
    out
}

fn summary_text(report: &Report) -> String {
    let verdicts: Vec<String> = report
        .definitions
        .iter()
        .map(|d| match d.class {
            Some(0) => format!("{}: unclassified", d.id),
            Some(c) => format!("{}: class {c}", d.id),
            None => format!("{}: {}", d.id, d.verdict.as_str()),
        })
        .collect();
    format!(
        "osai assessment as of {}: {}",
        report.as_of,
        verdicts.join("; ")
    )
}

/// A CycloneDX 1.6 BOM whose subject (`metadata.component`) is the model.
pub fn to_cyclonedx(m: &Manifest, report: Option<&Report>) -> Value {
    let tool =
        json!({ "type": "application", "name": "osai", "version": env!("CARGO_PKG_VERSION") });
    let mut model = json!({
        "type": "machine-learning-model",
        "bom-ref": "model",
        "name": m.release.name,
    });
    if let Some(v) = &m.release.version {
        model["version"] = json!(v);
    }
    if let Some(p) = &m.release.producer {
        model["manufacturer"] = json!({ "name": p });
    }
    if let Some((_, l)) = m.licence_of(ComponentId::ModelParametersFinal) {
        model["licenses"] = cdx_licences(l);
    }
    let mut refs = Vec::new();
    let final_params = m.components.get(&ComponentId::ModelParametersFinal);
    if let Some(loc) = final_params.and_then(|c| c.location.as_deref()) {
        refs.push(json!({ "type": "distribution", "url": loc }));
    }
    if let Some(repo) = &m.release.repository {
        refs.push(json!({ "type": "vcs", "url": repo }));
    }
    if let Some(hf) = &m.release.huggingface {
        refs.push(json!({ "type": "website", "url": format!("https://huggingface.co/{hf}") }));
    }
    if let Some(loc) = m
        .components
        .get(&ComponentId::ModelCard)
        .and_then(|c| c.location.as_deref())
    {
        refs.push(json!({ "type": "model-card", "url": loc }));
    }
    if !refs.is_empty() {
        model["externalReferences"] = Value::Array(refs);
    }

    let mut data = Vec::new();
    let sources = m
        .components
        .get(&ComponentId::Datasets)
        .map(|c| c.sources.as_slice())
        .unwrap_or_default();
    for (i, src) in sources.iter().enumerate() {
        let mut d = json!({
            "type": "data",
            "bom-ref": format!("data-{i}"),
            "name": src.name,
        });
        if let Some(l) = &src.license {
            d["licenses"] = cdx_licences(l);
        }
        let mut contents = json!({ "type": "dataset", "name": src.name });
        match &src.location {
            Some(loc) if is_url(loc) => contents["contents"] = json!({ "url": loc }),
            Some(loc) => contents["description"] = json!(loc),
            None => {}
        }
        if let Some(c) = src.class {
            contents["classification"] = json!(c.as_str());
        }
        d["data"] = json!([contents]);
        data.push(d);
    }
    let mut props: Vec<Value> = Vec::new();
    if let Some(p) = m.facts.parameters {
        props.push(json!({ "name": "parameterCount", "value": format!("{p}") }));
    }
    for (path, value) in manifest_properties(m) {
        props.push(json!({ "name": format!("{MANIFEST_PREFIX}{path}"), "value": value }));
    }
    let mut card = json!({ "bom-ref": "model-card" });
    if !data.is_empty() {
        let refs: Vec<Value> = (0..data.len())
            .map(|i| json!({ "ref": format!("data-{i}") }))
            .collect();
        card["modelParameters"] = json!({ "datasets": refs });
    }
    model["modelCard"] = card;
    model["properties"] = Value::Array(props);

    let mut metadata = json!({
        "timestamp": timestamp(report),
        "tools": { "components": [tool] },
        "component": model,
    });
    let mut bom = json!({
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": format!("urn:uuid:{}", content_uuid(m)),
        "version": 1,
    });
    if let Some(r) = report {
        metadata["properties"] = Value::Array(
            assessment_properties(r)
                .into_iter()
                .map(|(name, value)| json!({ "name": name, "value": value }))
                .collect(),
        );
        bom["annotations"] = json!([{
            "bom-ref": "osai-assessment",
            "subjects": ["model"],
            "annotator": { "component": tool },
            "timestamp": timestamp(report),
            "text": summary_text(r),
        }]);
    }
    bom["metadata"] = metadata;
    if !data.is_empty() {
        bom["components"] = Value::Array(data);
    }
    bom
}

/// An SPDX 3.0.1 JSON-LD document with the model as an `ai_AIPackage`.
pub fn to_spdx3(m: &Manifest, report: Option<&Report>) -> Value {
    let ns = format!("urn:osai:{}", content_uuid(m));
    let id = |s: &str| format!("{ns}:{s}");
    let ci = "_:creationinfo";
    let created = timestamp(report);
    let mut graph = vec![
        json!({
            "type": "CreationInfo", "@id": ci, "specVersion": "3.0.1",
            "created": created, "createdBy": [id("agent/osai")],
        }),
        json!({
            "type": "SoftwareAgent", "spdxId": id("agent/osai"), "creationInfo": ci,
            "name": format!("osai {}", env!("CARGO_PKG_VERSION")),
        }),
    ];
    let pkg = id("model");
    let mut package = json!({
        "type": "ai_AIPackage",
        "spdxId": pkg,
        "creationInfo": ci,
        "name": m.release.name,
        "software_packageVersion": m.release.version.clone().unwrap_or_else(|| "NOASSERTION".into()),
        "software_primaryPurpose": "model",
    });
    if let Some(loc) = m
        .components
        .get(&ComponentId::ModelParametersFinal)
        .and_then(|c| c.location.as_deref())
        .filter(|l| is_url(l))
    {
        package["software_downloadLocation"] = json!(loc);
    }
    if let Some(d) = m.release.date {
        package["releaseTime"] = json!(format!("{d}T00:00:00Z"));
    }
    if let Some(p) = &m.release.producer {
        graph.push(json!({
            "type": "Organization", "spdxId": id("producer"), "creationInfo": ci, "name": p,
        }));
        package["suppliedBy"] = json!(id("producer"));
    }
    if let Some(p) = m.facts.parameters {
        package["ai_hyperparameter"] = json!([{
            "type": "DictionaryEntry", "key": "parameters", "value": format!("{p}"),
        }]);
    }
    let mut elements = vec![pkg.clone()];
    let licence = |graph: &mut Vec<Value>, from: &str, text: &str, n: usize| {
        let base = LicenceBase::builtin();
        let expression = base
            .resolve(text)
            .map(|r| r.canonical.clone())
            .unwrap_or_else(|_| text.to_owned());
        let lic = id(&format!("licence/{n}"));
        graph.push(json!({
            "type": "simplelicensing_LicenseExpression", "spdxId": lic, "creationInfo": ci,
            "simplelicensing_licenseExpression": expression,
        }));
        for (k, t) in [
            ("declared", "hasDeclaredLicense"),
            ("concluded", "hasConcludedLicense"),
        ] {
            graph.push(json!({
                "type": "Relationship", "spdxId": id(&format!("relationship/{k}/{n}")),
                "creationInfo": ci, "from": from, "relationshipType": t, "to": [lic],
            }));
        }
    };
    if let Some((_, l)) = m.licence_of(ComponentId::ModelParametersFinal) {
        licence(&mut graph, &pkg, l, 0);
    }
    let sources = m
        .components
        .get(&ComponentId::Datasets)
        .map(|c| c.sources.as_slice())
        .unwrap_or_default();
    let mut trained_on = Vec::new();
    for (i, src) in sources.iter().enumerate() {
        let ds = id(&format!("dataset/{i}"));
        let mut d = json!({
            "type": "dataset_DatasetPackage", "spdxId": ds, "creationInfo": ci,
            "name": src.name, "software_primaryPurpose": "data",
            "dataset_datasetType": ["noAssertion"],
        });
        if let Some(loc) = src.location.as_deref().filter(|l| is_url(l)) {
            d["software_downloadLocation"] = json!(loc);
        }
        graph.push(d);
        if let Some(l) = &src.license {
            licence(&mut graph, &ds, l, i + 1);
        }
        elements.push(ds.clone());
        trained_on.push(ds);
    }
    if !trained_on.is_empty() {
        graph.push(json!({
            "type": "Relationship", "spdxId": id("relationship/trainedOn"), "creationInfo": ci,
            "from": pkg, "relationshipType": "trainedOn", "to": trained_on,
        }));
    }
    graph.push(package);
    let annotate = |graph: &mut Vec<Value>, kind: &str, n: &str, statement: String| {
        graph.push(json!({
            "type": "Annotation", "spdxId": id(&format!("annotation/{kind}/{n}")),
            "creationInfo": ci, "annotationType": if kind == "assessment" { "review" } else { "other" },
            "subject": pkg, "statement": statement,
        }));
    };
    for (n, (path, value)) in manifest_properties(m).into_iter().enumerate() {
        annotate(
            &mut graph,
            "manifest",
            &n.to_string(),
            format!("{MANIFEST_PREFIX}{path}={value}"),
        );
    }
    if let Some(r) = report {
        for (n, (name, value)) in assessment_properties(r).into_iter().enumerate() {
            annotate(
                &mut graph,
                "assessment",
                &n.to_string(),
                format!("{name}={value}"),
            );
        }
        annotate(&mut graph, "assessment", "summary", summary_text(r));
    }
    graph.push(json!({
        "type": "SpdxDocument", "spdxId": id("document"), "creationInfo": ci,
        "rootElement": [pkg], "element": elements,
        "profileConformance": ["core", "software", "ai", "dataset", "simpleLicensing"],
    }));
    json!({
        "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
        "@graph": graph,
    })
}
