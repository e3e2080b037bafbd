//! European Open Source AI Index, in both of its schemas:
//!
//! - **live** (`main-database/`, since March 2026): `system:` and `org:` headers and 12 dimensions
//!   (`datasources_basemodel` … `licenses`);
//! - **legacy** (`projects/*.yaml` of opening-up-chatgpt): `project:` and `org:` and 14 dimensions
//!   (`opencode` … `api`).
//!
//! Each dimension is graded open / partial / closed with links and notes. The grades are kept as
//! they are in `profiles.osai-index`; where a dimension says whether a component is published it
//! also sets that component, with the first link as its location and every link in its
//! evidence. The Index grades some components, not all, so the manifest's component list is
//! partial: what it does not grade is not stated, never "not published". The mapping is the
//! table in docs/interchange.md. Data CC-BY-4.0: Liesenfeld & Dingemanse (2024),
//! doi:10.5281/zenodo.15386042; legacy data Liesenfeld, Lopez & Dingemanse (2023),
//! doi:10.1145/3571884.3604316.

use std::collections::BTreeMap;

use osai_engine::component::ComponentId;
use osai_engine::manifest::{
    Component, ComponentMap, Confidence, Disclosure, Evidence, LicenseDefaults, Manifest, Release,
    ReleaseKind, ReleaseType,
};

use crate::read::Reader;
use crate::tree::{Node, Value};

/// What differs between the two schemas.
struct Schema {
    /// The live database's schema (the other is the legacy one).
    live: bool,
    /// The header mapping naming the release (`system` or `project`).
    header: &'static str,
    dimensions: &'static [&'static str],
    /// Dimensions that say whether a component is published.
    as_component: &'static [(&'static str, ComponentId)],
    /// The dimensions grading training data (pre-training, then tuning); the less open decides.
    data: [&'static str; 2],
}

const LIVE: Schema = Schema {
    live: true,
    header: "system",
    dimensions: &[
        "datasources_basemodel",
        "datasources_endmodel",
        "weights_basemodel",
        "weights_endmodel",
        "trainingcode",
        "code",
        "hardware_architecture",
        "preprint",
        "paper",
        "modelcard",
        "datasheet",
        "licenses",
    ],
    // READING: `trainingcode` asks for "the source code of dataset processing, model training
    // and tuning": the training code, the data-processing code, and the model's architecture
    // (code that trains a model defines it). It says nothing of inference or evaluation code.
    as_component: &[
        ("trainingcode", ComponentId::TrainingCode),
        ("trainingcode", ComponentId::DataPreprocessingCode),
        ("trainingcode", ComponentId::ModelArchitecture),
        ("weights_endmodel", ComponentId::ModelParametersFinal),
        ("preprint", ComponentId::TechnicalReport),
        ("paper", ComponentId::ResearchPaper),
        ("modelcard", ComponentId::ModelCard),
        ("datasheet", ComponentId::DataCard),
    ],
    data: ["datasources_basemodel", "datasources_endmodel"],
};

const LEGACY: Schema = Schema {
    live: false,
    header: "project",
    dimensions: &[
        "opencode",
        "llmdata",
        "llmweights",
        "rldata",
        "rlweights",
        "license",
        "code",
        "architecture",
        "preprint",
        "paper",
        "modelcard",
        "datasheet",
        "package",
        "api",
    ],
    // READING: the legacy single source-code dimension ("training, architecture and fine-tuning
    // code") covers the three code components.
    as_component: &[
        ("opencode", ComponentId::TrainingCode),
        ("opencode", ComponentId::ModelArchitecture),
        ("opencode", ComponentId::InferenceCode),
        ("rlweights", ComponentId::ModelParametersFinal),
        ("preprint", ComponentId::TechnicalReport),
        ("paper", ComponentId::ResearchPaper),
        ("modelcard", ComponentId::ModelCard),
        ("datasheet", ComponentId::DataCard),
    ],
    data: ["llmdata", "rldata"],
};

fn schema_of(root: &Node) -> Option<&'static Schema> {
    [&LIVE, &LEGACY].into_iter().find(|s| {
        root.get(s.header).is_some()
            && root.get("org").is_some()
            && s.dimensions.iter().any(|d| root.get(d).is_some())
    })
}

pub(crate) fn is_index(root: &Node) -> bool {
    schema_of(root).is_some()
}

fn grade(s: &str) -> Option<Disclosure> {
    match s.trim() {
        "open" => Some(Disclosure::Yes),
        "partial" => Some(Disclosure::Partial),
        "closed" => Some(Disclosure::No),
        _ => None,
    }
}

fn text(n: Option<&Node>) -> Option<&str> {
    n.and_then(Node::scalar_text)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A dimension's `link`: one URL or a list of them.
fn links(node: &Node) -> Vec<&str> {
    match node.get("link") {
        Some(Node {
            value: Value::Seq(items),
            ..
        }) => items.iter().filter_map(|i| text(Some(i))).collect(),
        other => text(other).into_iter().collect(),
    }
}

/// Licence values that say the licence is not known: not a licence to look up.
const UNSTATED_LICENCE: [&str; 4] = ["unknown", "undisclosed", "unclear", "n/a"];

pub(crate) fn read(r: &mut Reader<'_>, root: &Node) -> Option<Manifest> {
    let schema = schema_of(root)?;
    r.lenient_licences = true;
    let header = root.get(schema.header)?;
    let file_stem = {
        let file = r.source.rsplit(['/', '\\']).next().unwrap_or(r.source);
        file.rsplit_once('.').map_or(file, |(s, _)| s).to_owned()
    };
    let name = match text(header.get("name")) {
        Some(n) => {
            r.record("release.name", header.get("name")?);
            n.to_owned()
        }
        None => {
            let msg = format!(
                "the Index file names no {}; the release is named after the file (`{file_stem}`)",
                schema.header
            );
            r.warn("W-INDEX-NO-NAME", msg, header.span);
            file_stem.clone()
        }
    };
    if matches!(file_stem.as_str(), "A_sample" | "a_submission_template")
        || text(header.get("link")).is_none() && text(header.get("name")).is_none()
    {
        r.warn(
            "W-INDEX-TEMPLATE",
            "this is the Index's template: its grades are placeholders, not an assessment".into(),
            header.span,
        );
    }
    let mut profile = BTreeMap::new();
    let mut components = ComponentMap::new();
    let mut evidence = Vec::new();
    for &dim in schema.dimensions {
        let Some(node) = root.get(dim) else { continue };
        let Some(class_node) = node.get("class") else {
            continue;
        };
        let Some(class) = text(Some(class_node)) else {
            continue;
        };
        let path = format!("profiles.osai-index.{dim}");
        r.record(&path, class_node);
        let Some(published) = grade(class) else {
            r.warn(
                "W-INDEX-GRADE",
                format!("`{dim}` is graded `{class}`, not open, partial or closed"),
                class_node.span,
            );
            continue;
        };
        profile.insert(dim.to_owned(), class.to_owned());
        let links = links(node);
        let notes = text(node.get("notes"));
        for (_, id) in schema.as_component.iter().filter(|(d, _)| *d == dim) {
            let cpath = format!("components.{}", id.key());
            r.record(&cpath, node);
            r.record(&format!("{cpath}.published"), class_node);
            evidence.push(index_evidence(
                r, &cpath, class, dim, notes, &links, class_node,
            ));
            components.insert(
                *id,
                Component {
                    published,
                    location: links.first().map(|l| (*l).to_owned()),
                    description: notes
                        .map(|n| format!("European Open Source AI Index ({dim}): {n}")),
                    ..Component::default()
                },
            );
        }
    }
    let data: Vec<(&str, Disclosure)> = schema
        .data
        .iter()
        .filter_map(|d| Some((*d, grade(profile.get(*d)?)?)))
        .collect();
    if let Some(published) = data.iter().map(|(_, g)| *g).min_by_key(|g| openness(*g)) {
        let first = root.get(data[0].0);
        if let Some(n) = first {
            r.record("components.datasets", n);
        }
        let mut location = None;
        for (dim, _) in &data {
            let Some(node) = root.get(dim) else { continue };
            let links = links(node);
            location = location.or_else(|| links.first().map(|l| (*l).to_owned()));
            let class = profile.get(*dim).map_or("", String::as_str);
            let notes = text(node.get("notes"));
            let class_node = node.get("class").unwrap_or(node);
            evidence.push(index_evidence(
                r,
                "components.datasets",
                class,
                dim,
                notes,
                &links,
                class_node,
            ));
        }
        components.insert(
            ComponentId::Datasets,
            Component {
                published,
                location,
                ..Component::default()
            },
        );
    }
    let mut licenses = LicenseDefaults::default();
    let mut release_type = None;
    let mut repository = None;
    let mut huggingface = None;
    let link = text(header.get("link")).map(str::to_owned);
    if schema.live {
        // The end model's licence: what its weights are under.
        let licence_node = header
            .get("endmodellicense")
            .or_else(|| header.get("endmodel license"));
        licenses.model = licence_node.and_then(|n| live_licence(r, n));
        release_type = header.get("type").and_then(|n| {
            let t = text(Some(n))?;
            r.record("release.type", n);
            Some(modality(t))
        });
        if link.as_deref().is_some_and(is_hub_url) {
            huggingface = link;
        } else {
            repository = link;
        }
        read_compute_comments(r, &mut evidence);
        base_and_end(r, header, &mut evidence);
    } else {
        licenses.distribution = header
            .get("license")
            .filter(|n| text(Some(n)).is_some())
            .and_then(|n| r.licence(n, "licenses.distribution"));
        repository = link;
    }
    Some(Manifest {
        osai: 1,
        release: Release {
            producer: text(root.get("org").and_then(|o| o.get("name"))).map(str::to_owned),
            repository,
            huggingface,
            release_type,
            ..Release::new(name, ReleaseKind::Model)
        },
        licenses,
        components,
        // The Index grades some components, not every one a release has.
        components_complete: false,
        data_information: Default::default(),
        facts: Default::default(),
        profiles: if profile.is_empty() {
            BTreeMap::new()
        } else {
            BTreeMap::from([("osai-index".to_owned(), profile)])
        },
        evidence,
    })
}

/// Lower is less open.
fn openness(d: Disclosure) -> u8 {
    match d {
        Disclosure::No => 0,
        // The Index grades every dimension it lists; `unknown` does not come from it.
        Disclosure::Partial | Disclosure::Unknown => 1,
        Disclosure::Yes => 2,
    }
}

fn index_evidence(
    r: &Reader<'_>,
    fact: &str,
    class: &str,
    dim: &str,
    notes: Option<&str>,
    links: &[&str],
    at: &Node,
) -> Evidence {
    let mut note = format!("Index dimension `{dim}`");
    if let Some(n) = notes {
        note.push_str(": ");
        note.push_str(n);
    }
    if !links.is_empty() {
        note.push_str(" (");
        note.push_str(&links.join(", "));
        note.push(')');
    }
    Evidence {
        fact: fact.to_owned(),
        value: Some(class.to_owned()),
        file: r.source.to_owned(),
        line: Some(at.span.line + r.line_offset),
        confidence: Confidence::High,
        note: Some(note),
        revision: None,
        url: None,
    }
}

fn is_hub_url(link: &str) -> bool {
    let rest = link
        .strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .unwrap_or(link);
    rest.starts_with("huggingface.co/") && !rest.starts_with("huggingface.co/datasets/")
}

/// The live schema's `type` (`text`, `code`, `image`, `video`, `audio`, or several).
fn modality(t: &str) -> ReleaseType {
    let kinds: Vec<&str> = t.split(',').map(str::trim).collect();
    let of = |k: &str| match k {
        "text" | "code" => Some(ReleaseType::Language),
        "image" | "video" => Some(ReleaseType::Vision),
        "audio" => Some(ReleaseType::Audio),
        _ => None,
    };
    let mut types = kinds.iter().filter_map(|k| of(k));
    match (types.next(), types.all(|t| Some(t) == of(kinds[0]))) {
        (Some(first), true) => first,
        (Some(_), false) => ReleaseType::Multimodal,
        (None, _) => ReleaseType::Other,
    }
}

/// `endmodellicense`: free text; "unknown", "undisclosed" … state no licence.
fn live_licence(r: &mut Reader<'_>, node: &Node) -> Option<String> {
    let t = text(Some(node))?;
    let lower = t.to_ascii_lowercase();
    if UNSTATED_LICENCE.iter().any(|u| lower.starts_with(u)) {
        r.warn(
            "W-INDEX-LICENCE-UNSTATED",
            format!("the Index gives the end model's licence as `{t}`: not stated"),
            node.span,
        );
        return None;
    }
    r.licence(node, "licenses.model")
}

/// The base and end model's names, as evidence for the release's name (the Index describes the
/// end model; the base is the model it was tuned from).
fn base_and_end(r: &Reader<'_>, header: &Node, evidence: &mut Vec<Evidence>) {
    let base = text(header.get("basemodelname"));
    let end = text(header.get("endmodelname"));
    if base.is_none() && end.is_none() {
        return;
    }
    let at = header.get("endmodelname").unwrap_or(header);
    evidence.push(Evidence {
        fact: "release.name".to_owned(),
        value: end.map(str::to_owned),
        file: r.source.to_owned(),
        line: Some(at.span.line + r.line_offset),
        confidence: Confidence::High,
        note: Some(format!(
            "the Index's end model `{}`, tuned from the base model `{}`",
            end.unwrap_or("?"),
            base.unwrap_or("?")
        )),
        revision: None,
        url: None,
    });
}

/// The live files give training-compute estimates in YAML comments (`# - Base model training
/// compute: ~7.9e+24 FLOP +- 1 OoM (…)`), which the tree does not keep. They are estimates with
/// orders of magnitude of error or lower bounds, so they are evidence and a warning, not the
/// `facts.training_compute_flop` the AI Act tests compare against a threshold.
fn read_compute_comments(r: &mut Reader<'_>, evidence: &mut Vec<Evidence>) {
    let Some(text) = r.text else { return };
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix('#') else {
            continue;
        };
        let rest = rest.trim_start().trim_start_matches('-').trim_start();
        let Some((which, value)) = rest.split_once("training compute:") else {
            continue;
        };
        let value = value.trim();
        if value.is_empty() || value == "-" || value.starts_with("unknown") {
            continue;
        }
        let which = which.trim();
        let line_no = i as u32 + 1;
        evidence.push(Evidence {
            fact: "facts.training_compute_flop".to_owned(),
            value: Some(value.to_owned()),
            file: r.source.to_owned(),
            line: Some(line_no + r.line_offset),
            confidence: Confidence::Low,
            note: Some(format!(
                "the Index's estimate of the {} training compute, in a comment; not used as a fact",
                which.to_lowercase()
            )),
            revision: None,
            url: None,
        });
        let span = crate::tree::Span {
            start: 0,
            end: 0,
            line: line_no,
            column: 1,
        };
        r.warn(
            "W-INDEX-COMPUTE-ESTIMATE",
            format!(
                "the Index estimates the {} training compute as `{value}`; an estimate is not a stated fact, so state `facts.training_compute_flop` if it is known",
                which.to_lowercase()
            ),
            span,
        );
    }
}

#[cfg(test)]
mod tests {
    use osai_engine::component::ComponentId as C;
    use osai_engine::manifest::Disclosure as D;

    #[test]
    fn grades_become_components_and_a_profile() {
        let text = "project:\n  name: X Chat\n  link: https://x.example\n  license: Apache 2.0\norg:\n  name: X Lab\nopencode:\n  class: open\n  link: https://github.com/x\nllmdata:\n  class: partial\nrldata:\n  class: open\nrlweights:\n  class: closed\npackage:\n  class: open\n";
        let m = crate::read_str("x.yaml", text).unwrap();
        let c = &m.manifest.components;
        assert_eq!(c[&C::TrainingCode].published, D::Yes);
        assert_eq!(
            c[&C::TrainingCode].location.as_deref(),
            Some("https://github.com/x")
        );
        assert_eq!(c[&C::Datasets].published, D::Partial);
        assert_eq!(c[&C::ModelParametersFinal].published, D::No);
        assert_eq!(m.manifest.profiles["osai-index"]["package"], "open");
        assert_eq!(
            m.manifest.licenses.distribution.as_deref(),
            Some("Apache-2.0"),
            "an alias is written as its canonical id"
        );
        assert_eq!(
            m.sources.at("profiles.osai-index.opencode").as_deref(),
            Some("x.yaml:8:10")
        );
        assert!(!m.manifest.components_complete);
    }

    const LIVE: &str = "---\n# Training compute:\n# - Base model training compute: ~7.9e+24 FLOP +- 1 OoM (param count & dataset size)\n# - End model training compute: unknown (likely negligible)\nsystem:\n    name: X Chat\n    link: https://huggingface.co/x/x-chat\n    type: text \n    basemodelname: X-Base\n    endmodelname: X-Chat\n    endmodellicense: Apache-2.0\norg:\n    name: X Lab\ndatasources_basemodel:\n    class: open\n    link: [\"https://huggingface.co/datasets/x/a\", \"https://huggingface.co/datasets/x/b\"]\n    notes: Shared.\ndatasources_endmodel:\n    class: partial\n    link:\n    notes:\nweights_endmodel:\n    class: open\n    link: https://huggingface.co/x/x-chat\ntrainingcode:\n    class: closed\n    link:\nhardware_architecture:\n    class: open\nlicenses:\n    class: open\n";

    #[test]
    fn the_live_schema_reads_into_components_profile_and_evidence() {
        let (m, format) = crate::read_str_detect("live.yaml", LIVE).unwrap();
        assert_eq!(format, crate::InputFormat::OpenSourceAiIndex);
        let (m, w) = (&m.manifest, &m.warnings);
        assert_eq!(m.release.name, "X Chat");
        assert_eq!(
            m.release.huggingface.as_deref(),
            Some("https://huggingface.co/x/x-chat")
        );
        assert_eq!(
            m.release.release_type,
            Some(osai_engine::manifest::ReleaseType::Language)
        );
        let c = &m.components;
        assert_eq!(
            c[&C::Datasets].published,
            D::Partial,
            "the less open decides"
        );
        assert_eq!(
            c[&C::Datasets].location.as_deref(),
            Some("https://huggingface.co/datasets/x/a")
        );
        assert_eq!(c[&C::ModelParametersFinal].published, D::Yes);
        for id in [
            C::TrainingCode,
            C::DataPreprocessingCode,
            C::ModelArchitecture,
        ] {
            assert_eq!(c[&id].published, D::No, "{id}");
        }
        assert!(!c.contains_key(&C::InferenceCode), "not graded: not stated");
        assert!(!m.components_complete);
        assert_eq!(m.licenses.model.as_deref(), Some("Apache-2.0"));
        assert_eq!(m.profiles["osai-index"]["hardware_architecture"], "open");
        assert_eq!(m.profiles["osai-index"].len(), 6);
        assert!(
            m.facts.training_compute_flop.is_none(),
            "an estimate is not a fact"
        );
        let compute = m
            .evidence
            .iter()
            .find(|e| e.fact == "facts.training_compute_flop")
            .unwrap();
        assert_eq!(compute.line, Some(3));
        assert!(w.iter().any(|w| w.code == "W-INDEX-COMPUTE-ESTIMATE"));
        let data = m
            .evidence
            .iter()
            .find(|e| e.fact == "components.datasets")
            .unwrap();
        assert!(data.note.as_deref().unwrap().contains("datasets/x/b"));
    }

    #[test]
    fn an_unknown_end_model_licence_is_not_stated_and_the_spaced_key_is_read() {
        let unknown = LIVE.replace(
            "endmodellicense: Apache-2.0",
            "endmodellicense: Unknown (research purposes only)",
        );
        let m = crate::read_str("live.yaml", &unknown).unwrap();
        assert!(m.manifest.licenses.model.is_none());
        assert!(
            m.warnings
                .iter()
                .any(|w| w.code == "W-INDEX-LICENCE-UNSTATED")
        );
        let spaced = LIVE.replace(
            "endmodellicense: Apache-2.0",
            "endmodel license: Apache 2.0",
        );
        let m = crate::read_str("live.yaml", &spaced).unwrap();
        assert_eq!(m.manifest.licenses.model.as_deref(), Some("Apache-2.0"));
    }
}
