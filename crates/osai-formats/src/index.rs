//! European Open Source AI Index, legacy per-model YAML (`projects/*.yaml` of
//! opening-up-chatgpt): 14 dimensions graded open / partial / closed with evidence links.
//!
//! The grades are kept as they are in `profiles.osai-index`; where a dimension corresponds to a
//! component it also sets that component's `published` state, with the evidence link as its
//! location. Data CC-BY-4.0: Liesenfeld, Lopez & Dingemanse (2023), doi:10.1145/3571884.3604316.

use std::collections::BTreeMap;

use osai_engine::component::ComponentId;
use osai_engine::manifest::{
    Component, ComponentMap, Disclosure, LicenseDefaults, Manifest, Release, ReleaseKind,
};

use crate::read::Reader;
use crate::tree::Node;

pub(crate) const DIMENSIONS: [&str; 14] = [
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
];

/// Dimensions that say whether a component is published. READING: the Index's single source-code
/// dimension ("training, architecture and fine-tuning code") covers the three code components.
const AS_COMPONENT: [(&str, ComponentId); 8] = [
    ("opencode", ComponentId::TrainingCode),
    ("opencode", ComponentId::ModelArchitecture),
    ("opencode", ComponentId::InferenceCode),
    ("rlweights", ComponentId::ModelParametersFinal),
    ("preprint", ComponentId::TechnicalReport),
    ("paper", ComponentId::ResearchPaper),
    ("modelcard", ComponentId::ModelCard),
    ("datasheet", ComponentId::DataCard),
];

pub(crate) fn is_index(root: &Node) -> bool {
    root.get("project").is_some()
        && root.get("org").is_some()
        && DIMENSIONS.iter().any(|d| root.get(d).is_some())
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

pub(crate) fn read(r: &mut Reader<'_>, root: &Node) -> Option<Manifest> {
    r.lenient_licences = true;
    let project = root.get("project")?;
    let file_stem = {
        let file = r.source.rsplit(['/', '\\']).next().unwrap_or(r.source);
        file.rsplit_once('.').map_or(file, |(s, _)| s).to_owned()
    };
    let name = match text(project.get("name")) {
        Some(n) => {
            r.record("release.name", project.get("name")?);
            n.to_owned()
        }
        None => {
            let msg = format!(
                "the Index file names no project; the release is named after the file (`{file_stem}`)"
            );
            r.warn("W-INDEX-NO-NAME", msg, project.span);
            file_stem.clone()
        }
    };
    if file_stem == "A_sample"
        || text(project.get("link")).is_none() && text(project.get("name")).is_none()
    {
        r.warn(
            "W-INDEX-TEMPLATE",
            "this is the Index's template: its grades are placeholders, not an assessment".into(),
            project.span,
        );
    }
    let mut profile = BTreeMap::new();
    let mut components = ComponentMap::new();
    for dim in DIMENSIONS {
        let Some(node) = root.get(dim) else { continue };
        let Some(class_node) = node.get("class") else {
            continue;
        };
        let Some(class) = text(Some(class_node)) else {
            continue;
        };
        let path = format!("profiles.osai-index.{dim}");
        r.record(&path, class_node);
        if grade(class).is_none() {
            r.warn(
                "W-INDEX-GRADE",
                format!("`{dim}` is graded `{class}`, not open, partial or closed"),
                class_node.span,
            );
            continue;
        }
        profile.insert(dim.to_owned(), class.to_owned());
        for (_, id) in AS_COMPONENT.iter().filter(|(d, _)| *d == dim) {
            let published = grade(class).unwrap_or(Disclosure::No);
            let cpath = format!("components.{}", id.key());
            r.record(&cpath, node);
            r.record(&format!("{cpath}.published"), class_node);
            components.insert(
                *id,
                Component {
                    published,
                    location: text(node.get("link")).map(str::to_owned),
                    description: text(node.get("notes"))
                        .map(|n| format!("European Open Source AI Index ({dim}): {n}")),
                    ..Component::default()
                },
            );
        }
    }
    // Training data: base-model data and instruction-tuning data; the less open decides.
    let data: Vec<Disclosure> = ["llmdata", "rldata"]
        .iter()
        .filter_map(|d| profile.get(*d))
        .filter_map(|g| grade(g))
        .collect();
    if !data.is_empty() {
        let published = if data.contains(&Disclosure::No) {
            Disclosure::No
        } else if data.contains(&Disclosure::Partial) {
            Disclosure::Partial
        } else {
            Disclosure::Yes
        };
        if let Some(n) = root.get("llmdata") {
            r.record("components.datasets", n);
        }
        let location = text(root.get("llmdata").and_then(|n| n.get("link"))).map(str::to_owned);
        components.insert(
            ComponentId::Datasets,
            Component {
                published,
                location,
                ..Component::default()
            },
        );
    }
    let licence = project
        .get("license")
        .filter(|n| text(Some(n)).is_some())
        .and_then(|n| r.licence(n, "licenses.distribution"));
    Some(Manifest {
        osai: 1,
        release: Release {
            producer: text(root.get("org").and_then(|o| o.get("name"))).map(str::to_owned),
            repository: text(project.get("link")).map(str::to_owned),
            ..Release::new(name, ReleaseKind::Model)
        },
        licenses: LicenseDefaults {
            distribution: licence,
            ..LicenseDefaults::default()
        },
        components,
        data_information: Default::default(),
        facts: Default::default(),
        profiles: if profile.is_empty() {
            BTreeMap::new()
        } else {
            BTreeMap::from([("osai-index".to_owned(), profile)])
        },
        evidence: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn grades_become_components_and_a_profile() {
        let text = "project:\n  name: X Chat\n  link: https://x.example\n  license: Apache 2.0\norg:\n  name: X Lab\nopencode:\n  class: open\n  link: https://github.com/x\nllmdata:\n  class: partial\nrldata:\n  class: open\nrlweights:\n  class: closed\npackage:\n  class: open\n";
        let m = crate::read_str("x.yaml", text).unwrap();
        let c = &m.manifest.components;
        use osai_engine::component::ComponentId as C;
        use osai_engine::manifest::Disclosure as D;
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
            Some("Apache 2.0")
        );
        assert_eq!(
            m.sources.at("profiles.osai-index.opencode").as_deref(),
            Some("x.yaml:8:10")
        );
    }
}
