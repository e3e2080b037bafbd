//! The osai release manifest, format v1 (`../shared/spec/manifest-v1.md`).

use std::collections::BTreeMap;

use osai_engine::component::ComponentId;
use osai_engine::manifest::{
    Component, ComponentMap, Confidence, DataClass, DataInformation, DataSource, Evidence, Facts,
    LicenseDefaults, Manifest, Modality, Release, ReleaseKind, ReleaseType,
};

use crate::diagnostic::Diagnostic;
use crate::read::{Reader, did_you_mean};
use crate::tree::{Node, Value};

const TOP: &[&str] = &[
    "osai",
    "release",
    "licenses",
    "components",
    "components_complete",
    "data_information",
    "facts",
    "profiles",
    "evidence",
];
const RELEASE: &[&str] = &[
    "name",
    "kind",
    "version",
    "producer",
    "date",
    "type",
    "repository",
    "huggingface",
];
const LICENSES: &[&str] = &["distribution", "code", "model", "data", "document"];
const COMPONENT: &[&str] = &[
    "published",
    "location",
    "license",
    "license_file",
    "description",
    "sources",
];
const SOURCE: &[&str] = &["name", "class", "license", "location", "tokens"];
const DATA_INFO: &[&str] = &[
    "description",
    "provenance",
    "scope",
    "selection",
    "labeling",
    "processing",
    "public_listed",
    "obtainable_listed",
    "training_methodology",
    "license",
];
const FACTS: &[&str] = &[
    "general_purpose",
    "output_modalities",
    "parameters",
    "active_parameters",
    "mixture_of_experts",
    "training_tokens",
    "training_compute_flop",
    "systemic_risk_designated",
    "monetised",
    "eu_market",
    "placed_on_market",
    "modified_from",
    "modification_compute_flop",
    "intended_purposes",
    "prohibited_practices",
    "transparency",
    "models",
    "article_6_3_derogation",
    "original_training_compute_flop",
    "original_systemic_risk",
    "provider_established_in_eu",
];

const KINDS: &[(&str, ReleaseKind)] = &[
    ("model", ReleaseKind::Model),
    ("system", ReleaseKind::System),
];
const TYPES: &[(&str, ReleaseType)] = &[
    ("language", ReleaseType::Language),
    ("vision", ReleaseType::Vision),
    ("audio", ReleaseType::Audio),
    ("multimodal", ReleaseType::Multimodal),
    ("other", ReleaseType::Other),
];
const CLASSES: &[(&str, DataClass)] = &[
    ("open", DataClass::Open),
    ("public", DataClass::Public),
    ("obtainable", DataClass::Obtainable),
    ("unshareable", DataClass::Unshareable),
];
const MODALITIES: &[(&str, Modality)] = &[
    ("text", Modality::Text),
    ("image", Modality::Image),
    ("video", Modality::Video),
    ("audio", Modality::Audio),
    ("code", Modality::Code),
    ("other", Modality::Other),
];
pub(crate) const TRANSPARENCY: &[&str] = &[
    "interacts-with-persons",
    "synthetic-content",
    "emotion-recognition",
    "biometric-categorisation",
    "deep-fake",
    "public-interest-text",
];

pub(crate) fn read(r: &mut Reader<'_>, root: &Node) -> Option<Manifest> {
    let entries = r.mapping(root, "", TOP);
    if !matches!(root.value, Value::Map(_)) {
        return None;
    }
    let mut version = None;
    let mut release = None;
    let mut licenses = LicenseDefaults::default();
    let mut components = ComponentMap::new();
    let mut components_complete = true;
    let mut data_information = DataInformation::default();
    let mut facts = Facts::default();
    let mut profiles = BTreeMap::new();
    let mut evidence = Vec::new();
    for (key, node) in &entries {
        match *key {
            "osai" => version = format_version(r, node),
            "release" => release = read_release(r, node),
            "licenses" => licenses = read_licenses(r, node, "licenses"),
            "components" => components = read_components(r, node),
            "components_complete" => {
                components_complete = r.boolean(node, "components_complete").unwrap_or(true);
            }
            "data_information" => data_information = read_data_information(r, node),
            "facts" => facts = read_facts(r, node),
            "profiles" => profiles = read_profiles(r, node),
            "evidence" => evidence = read_evidence(r, node),
            _ => {}
        }
    }
    if !entries.iter().any(|(k, _)| *k == "osai") {
        r.errors.push(
            Diagnostic::new(
                "E-MISSING",
                root.span.start_only(),
                "missing `osai: 1` (the format version)",
                "here",
            )
            .with_help("start the file with `osai: 1`"),
        );
    }
    if !entries.iter().any(|(k, _)| *k == "release") {
        r.errors.push(
            Diagnostic::new(
                "E-MISSING",
                root.span.start_only(),
                "missing `release` (name and kind)",
                "here",
            )
            .with_help("add `release:` with `name:` and `kind: model` (or `system`)"),
        );
    }
    Some(Manifest {
        osai: version?,
        release: release?,
        licenses,
        components,
        components_complete,
        data_information,
        facts,
        profiles,
        evidence,
    })
}

const EVIDENCE: &[&str] = &[
    "fact",
    "value",
    "file",
    "line",
    "confidence",
    "note",
    "revision",
    "url",
];
const CONFIDENCE: &[(&str, Confidence)] = &[
    ("high", Confidence::High),
    ("medium", Confidence::Medium),
    ("low", Confidence::Low),
];

/// `evidence: [{fact, value, file, line, confidence, note, revision, url}]`, as `osai scan`
/// writes it.
fn read_evidence(r: &mut Reader<'_>, node: &Node) -> Vec<Evidence> {
    let Value::Seq(items) = &node.value else {
        if node.value != Value::Null {
            r.errors.push(Diagnostic::new(
                "E-TYPE",
                node.span,
                format!("`evidence` must be a list, found {}", node.type_name()),
                "expected a list",
            ));
        }
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("evidence[{i}]");
        let (mut fact, mut value, mut file, mut line, mut confidence, mut note) =
            (None, None, None, None, None, None);
        let (mut revision, mut url) = (None, None);
        for (key, v) in r.mapping(item, &path, EVIDENCE) {
            let p = format!("{path}.{key}");
            match key {
                "fact" => fact = r.string(v, &p),
                "value" => value = r.string(v, &p),
                "file" => file = r.string(v, &p),
                "line" => {
                    line = r
                        .number(v, &p)
                        .filter(|n| *n >= 1.0 && n.fract() == 0.0)
                        .map(|n| n as u32)
                }
                "confidence" => confidence = r.choice(v, &p, CONFIDENCE),
                "note" => note = r.string(v, &p),
                "revision" => revision = r.string(v, &p),
                "url" => url = r.string(v, &p),
                _ => {}
            }
        }
        let (Some(fact), Some(file)) = (fact, file) else {
            r.errors.push(
                Diagnostic::new(
                    "E-MISSING",
                    item.span.start_only(),
                    format!("`{path}` needs `fact` and `file`"),
                    "incomplete evidence",
                )
                .with_help(
                    "each evidence entry names the fact it supports and the file it was read from",
                ),
            );
            continue;
        };
        out.push(Evidence {
            fact,
            value,
            file,
            line,
            confidence: confidence.unwrap_or(Confidence::Low),
            note,
            revision,
            url,
        });
    }
    out
}

/// `profiles: {NAME: {DIMENSION: GRADE}}` — grades kept as text.
fn read_profiles(r: &mut Reader<'_>, node: &Node) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for (name, grades) in r.mapping(node, "profiles", &[]) {
        let path = format!("profiles.{name}");
        let mut dims = BTreeMap::new();
        for (dim, v) in r.mapping(grades, &path, &[]) {
            if let Some(g) = r.string(v, &format!("{path}.{dim}")) {
                dims.insert(dim.to_owned(), g);
            }
        }
        out.insert(name.to_owned(), dims);
    }
    out
}

fn format_version(r: &mut Reader<'_>, node: &Node) -> Option<u32> {
    match node.value {
        Value::Int(1) => {
            r.record("osai", node);
            Some(1)
        }
        _ => {
            let found = node.scalar_text().unwrap_or(node.type_name()).to_owned();
            r.errors.push(
                Diagnostic::new(
                    "E-VERSION",
                    node.span,
                    format!("unsupported format version `{found}`"),
                    "expected 1",
                )
                .with_help("this osai reads manifest format 1: write `osai: 1`"),
            );
            None
        }
    }
}

fn read_release(r: &mut Reader<'_>, node: &Node) -> Option<Release> {
    let entries = r.mapping(node, "release", RELEASE);
    let mut name = None;
    let mut kind = None;
    let mut release = Release::new(String::new(), ReleaseKind::Model);
    for (key, v) in entries {
        let path = format!("release.{key}");
        match key {
            "name" => name = r.string(v, &path).filter(|s| !s.trim().is_empty()),
            "kind" => kind = r.choice(v, &path, KINDS),
            "version" => release.version = r.string(v, &path),
            "producer" => release.producer = r.string(v, &path),
            "date" => release.date = r.date(v, &path),
            "type" => release.release_type = r.choice(v, &path, TYPES),
            "repository" => release.repository = r.string(v, &path),
            "huggingface" => release.huggingface = r.string(v, &path),
            _ => {}
        }
    }
    if matches!(node.value, Value::Map(_)) {
        for (field, hint) in [("name", "name: OLMo-2-1124-7B"), ("kind", "kind: model")] {
            let missing = if field == "name" {
                name.is_none()
            } else {
                kind.is_none()
            };
            let present = node.get(field).is_some();
            if missing && !present {
                r.errors.push(
                    Diagnostic::new(
                        "E-MISSING",
                        node.span.start_only(),
                        format!("`release.{field}` is required"),
                        "in this release",
                    )
                    .with_help(format!("add `{hint}`")),
                );
            } else if missing && field == "name" {
                let span = node.get(field).map_or(node.span, |n| n.span);
                r.errors.push(Diagnostic::new(
                    "E-VALUE",
                    span,
                    "`release.name` cannot be empty",
                    "empty name",
                ));
            }
        }
    }
    release.name = name?;
    release.kind = kind?;
    Some(release)
}

pub(crate) fn read_licenses(r: &mut Reader<'_>, node: &Node, path: &str) -> LicenseDefaults {
    let mut l = LicenseDefaults::default();
    for (key, v) in r.mapping(node, path, LICENSES) {
        let p = format!("{path}.{key}");
        let value = r.licence(v, &p);
        if let Some(slot) = l.slot_mut(key) {
            *slot = value;
        }
    }
    l
}

fn read_components(r: &mut Reader<'_>, node: &Node) -> ComponentMap {
    let mut out = ComponentMap::new();
    let Value::Map(entries) = &node.value else {
        if node.value != Value::Null {
            r.errors.push(
                Diagnostic::new(
                    "E-TYPE",
                    node.span,
                    "`components` must be a mapping keyed by component id",
                    "expected a mapping",
                )
                .with_help("write `components:` then one `training-code: {…}` entry per component"),
            );
        }
        return out;
    };
    for (k, v) in entries {
        let Some(key) = k.scalar_text() else {
            r.errors.push(Diagnostic::new(
                "E-TYPE",
                k.span,
                "component ids are strings",
                "not a string",
            ));
            continue;
        };
        let Some(id) = ComponentId::parse(key) else {
            let help = did_you_mean(key, ComponentId::spellings())
                .unwrap_or_else(|| "see the 17 component ids in docs/manifest.md".to_owned());
            r.errors.push(
                Diagnostic::new(
                    "E-UNKNOWN-COMPONENT",
                    k.span,
                    format!("unknown component `{key}`"),
                    "not a component id",
                )
                .with_help(help),
            );
            continue;
        };
        if out.contains_key(&id) {
            r.errors.push(
                Diagnostic::new(
                    "E-DUPLICATE-KEY",
                    k.span,
                    format!("component `{}` is listed twice", id.key()),
                    "listed again here",
                )
                .with_help("merge the two entries"),
            );
            continue;
        }
        let path = format!("components.{}", id.key());
        r.record(&path, k);
        out.insert(id, read_component(r, v, id, &path));
    }
    out
}

fn read_component(r: &mut Reader<'_>, node: &Node, id: ComponentId, path: &str) -> Component {
    let mut c = Component::default();
    for (key, v) in r.mapping(node, path, COMPONENT) {
        let p = format!("{path}.{key}");
        match key {
            "published" => c.published = r.disclosure(v, &p).unwrap_or(c.published),
            "location" => c.location = r.string(v, &p),
            "license" => c.license = r.licence(v, &p),
            "license_file" => c.license_file = r.string(v, &p),
            "description" => c.description = r.string(v, &p),
            "sources" => {
                if !id.is_dataset() {
                    r.errors.push(
                        Diagnostic::new(
                            "E-VALUE",
                            v.span,
                            format!(
                                "`sources` is only for dataset components, not `{}`",
                                id.key()
                            ),
                            "not a dataset component",
                        )
                        .with_help("move the sources under `datasets` or `evaluation-data`"),
                    );
                    continue;
                }
                c.sources = read_sources(r, v, &p);
            }
            _ => {}
        }
    }
    c
}

fn read_sources(r: &mut Reader<'_>, node: &Node, path: &str) -> Vec<DataSource> {
    let Value::Seq(items) = &node.value else {
        if node.value != Value::Null {
            r.errors.push(Diagnostic::new(
                "E-TYPE",
                node.span,
                format!("`{path}` must be a list"),
                "expected a list",
            ));
        }
        return Vec::new();
    };
    r.record(path, node);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let p = format!("{path}[{i}]");
        r.record(&p, item);
        let mut s = DataSource {
            name: String::new(),
            class: None,
            license: None,
            location: None,
            tokens: None,
        };
        let mut named = false;
        for (key, v) in r.mapping(item, &p, SOURCE) {
            let fp = format!("{p}.{key}");
            match key {
                "name" => {
                    if let Some(n) = r.string(v, &fp) {
                        s.name = n;
                        named = true;
                    }
                }
                "class" => s.class = r.choice(v, &fp, CLASSES),
                "license" => s.license = r.licence(v, &fp),
                "location" => s.location = r.string(v, &fp),
                "tokens" => s.tokens = r.number(v, &fp),
                _ => {}
            }
        }
        if !named && matches!(item.value, Value::Map(_)) {
            r.errors.push(
                Diagnostic::new(
                    "E-MISSING",
                    item.span,
                    format!("`{p}` has no `name`"),
                    "source without a name",
                )
                .with_help("add `name:` (e.g. the dataset's name)"),
            );
        }
        out.push(s);
    }
    out
}

fn read_data_information(r: &mut Reader<'_>, node: &Node) -> DataInformation {
    let mut d = DataInformation::default();
    for (key, v) in r.mapping(node, "data_information", DATA_INFO) {
        let p = format!("data_information.{key}");
        if key == "license" {
            d.license = r.licence(v, &p);
        } else if let Some(value) = r.disclosure(v, &p)
            && let Some(slot) = d.item_mut(key)
        {
            *slot = Some(value);
        }
    }
    d
}

fn read_facts(r: &mut Reader<'_>, node: &Node) -> Facts {
    let mut f = Facts::default();
    for (key, v) in r.mapping(node, "facts", FACTS) {
        let p = format!("facts.{key}");
        match key {
            "general_purpose" => f.general_purpose = r.boolean(v, &p),
            "output_modalities" => {
                f.output_modalities = list_of(r, v, &p, |r, n, p| r.choice(n, p, MODALITIES));
            }
            "parameters" => f.parameters = r.number(v, &p),
            "active_parameters" => f.active_parameters = r.number(v, &p),
            "mixture_of_experts" => f.mixture_of_experts = r.boolean(v, &p),
            "training_tokens" => f.training_tokens = r.number(v, &p),
            "training_compute_flop" => f.training_compute_flop = r.number(v, &p),
            "systemic_risk_designated" => f.systemic_risk_designated = r.boolean(v, &p),
            "monetised" => f.monetised = r.boolean(v, &p),
            "eu_market" => f.eu_market = r.boolean(v, &p),
            "placed_on_market" => f.placed_on_market = r.date(v, &p),
            "modified_from" => f.modified_from = r.string(v, &p),
            "modification_compute_flop" => f.modification_compute_flop = r.number(v, &p),
            "intended_purposes" => {
                f.intended_purposes = coded_list(r, v, &p, is_annex_iii, "annex-iii-4a")
            }
            "prohibited_practices" => {
                f.prohibited_practices = coded_list(r, v, &p, is_art5, "art-5-1-c");
            }
            "transparency" => {
                f.transparency =
                    coded_list(r, v, &p, |s| TRANSPARENCY.contains(&s), "synthetic-content")
            }
            "models" => f.models = r.string_list(v, &p),
            "article_6_3_derogation" => f.article_6_3_derogation = r.boolean(v, &p),
            "original_training_compute_flop" => f.original_training_compute_flop = r.number(v, &p),
            "original_systemic_risk" => f.original_systemic_risk = r.boolean(v, &p),
            "provider_established_in_eu" => f.provider_established_in_eu = r.boolean(v, &p),
            _ => {}
        }
    }
    f
}

fn list_of<T>(
    r: &mut Reader<'_>,
    node: &Node,
    path: &str,
    mut item: impl FnMut(&mut Reader<'_>, &Node, &str) -> Option<T>,
) -> Option<Vec<T>> {
    match &node.value {
        Value::Null => None,
        Value::Seq(items) => {
            r.record(path, node);
            Some(
                items
                    .iter()
                    .enumerate()
                    .filter_map(|(i, n)| item(r, n, &format!("{path}[{i}]")))
                    .collect(),
            )
        }
        _ => {
            r.errors.push(Diagnostic::new(
                "E-TYPE",
                node.span,
                format!("`{path}` must be a list, found {}", node.type_name()),
                "expected a list",
            ));
            None
        }
    }
}

fn coded_list(
    r: &mut Reader<'_>,
    node: &Node,
    path: &str,
    valid: impl Fn(&str) -> bool,
    example: &str,
) -> Option<Vec<String>> {
    list_of(r, node, path, |r, n, p| {
        let s = r.string(n, p)?;
        if valid(&s) {
            Some(s)
        } else {
            r.errors.push(
                Diagnostic::new(
                    "E-VALUE",
                    n.span,
                    format!("`{s}` is not a code `{path}` accepts"),
                    "unknown code",
                )
                .with_help(format!("codes look like `{example}`; see docs/manifest.md")),
            );
            None
        }
    })
}

/// `annex-iii-<point><letter>`: points 1–8, optional letter a–e.
pub(crate) fn is_annex_iii(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("annex-iii-") else {
        return false;
    };
    let mut chars = rest.chars();
    let point_ok = matches!(chars.next(), Some('1'..='8'));
    let tail: String = chars.collect();
    point_ok && (tail.is_empty() || (tail.len() == 1 && matches!(tail.as_bytes()[0], b'a'..=b'e')))
}

/// `art-5-1-<letter>`, letters a–h, plus the Omnibus's `ba` and `bb`.
pub(crate) fn is_art5(s: &str) -> bool {
    s.strip_prefix("art-5-1-").is_some_and(|l| {
        matches!(
            l,
            "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "ba" | "bb"
        )
    })
}
