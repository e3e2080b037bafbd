//! Requirement-level behaviour on small manifests built in code.

use osai_engine::component::ComponentId;
use osai_engine::manifest::{
    Component, DataClass, DataSource, Disclosure, LocatedManifest, Manifest, Release, ReleaseKind,
    SourceMap,
};
use osai_engine::report::{Report, Status};
use osai_engine::{AssessOptions, Engine, builtin_definitions};

fn manifest() -> Manifest {
    Manifest {
        osai: 1,
        release: Release::new("t", ReleaseKind::Model),
        licenses: Default::default(),
        components: Default::default(),
        components_complete: true,
        data_information: Default::default(),
        facts: Default::default(),
        profiles: Default::default(),
        evidence: Vec::new(),
    }
}

fn assess(m: Manifest) -> Report {
    let located = LocatedManifest {
        manifest: m,
        sources: SourceMap::default(),
        warnings: Vec::new(),
    };
    let engine = Engine::new(builtin_definitions().iter().collect());
    engine.assess(
        &located,
        &AssessOptions::new(jiff::civil::date(2026, 11, 29)),
    )
}

fn status(r: &Report, code: &str) -> Status {
    r.definitions
        .iter()
        .flat_map(|d| &d.requirements)
        .find(|q| &*q.code == code)
        .unwrap_or_else(|| panic!("no {code}"))
        .status
}

fn open_release() -> Manifest {
    let mut m = manifest();
    m.licenses.distribution = Some("Apache-2.0".into());
    m.licenses.document = Some("CC-BY-4.0".into());
    for id in [
        ComponentId::ModelArchitecture,
        ComponentId::DataPreprocessingCode,
        ComponentId::TrainingCode,
        ComponentId::InferenceCode,
        ComponentId::ModelParametersFinal,
    ] {
        m.components.insert(id, Component::default());
    }
    for item in osai_engine::manifest::DataInformation::ITEMS {
        *m.data_information.item_mut(item).unwrap() = Some(Disclosure::Yes);
    }
    m
}

#[test]
fn a_minimal_open_release_passes_osaid_with_optional_code_not_applicable() {
    let r = assess(open_release());
    let osaid = &r.definitions[0];
    assert_eq!(osaid.verdict, Status::Pass, "{osaid:#?}");
    assert_eq!(status(&r, "OSAID-CODE-SUPPORTING"), Status::NotApplicable);
    assert_eq!(status(&r, "OSAID-CODE-EVALUATION"), Status::NotApplicable);
    let unused: Vec<&str> = r
        .warnings
        .iter()
        .filter(|w| w.code == "W-ASSUMED-UNUSED")
        .map(|w| w.message.as_str())
        .collect();
    assert_eq!(unused.len(), 2, "{unused:?}");
    assert!(
        unused.iter().all(|m| !m.starts_with("datasets")),
        "training data is always used: {unused:?}"
    );
}

#[test]
fn missing_licence_is_unknown_never_pass() {
    let mut m = open_release();
    m.licenses.distribution = None;
    let r = assess(m);
    assert_eq!(status(&r, "OSAID-CODE-TRAINING"), Status::Unknown);
    assert_eq!(status(&r, "OSAID-PARAMS-TERMS"), Status::Unknown);
    assert_eq!(r.definitions[0].verdict, Status::Unknown);
}

#[test]
fn restricted_parameters_fail_osaid_and_debian() {
    let mut m = open_release();
    m.licenses.model = Some("LicenseRef-Llama-3.1".into());
    let r = assess(m);
    assert_eq!(status(&r, "OSAID-PARAMS-TERMS"), Status::Fail);
    assert_eq!(status(&r, "OSAID-CODE-TRAINING"), Status::Pass);
    let debian = r.definitions.iter().find(|d| d.id == "debian-ml").unwrap();
    assert_eq!(debian.category.as_deref(), Some("non-free"));
}

#[test]
fn withheld_data_is_osaid_but_not_data_inclusive() {
    let mut m = open_release();
    m.components.insert(
        ComponentId::Datasets,
        Component {
            published: Disclosure::No,
            ..Default::default()
        },
    );
    let r = assess(m);
    let verdict = |id: &str| r.definitions.iter().find(|d| d.id == id).unwrap().verdict;
    assert_eq!(status(&r, "DATA-TRAINING-PUBLISHED"), Status::Fail);
    assert_eq!(verdict("data-inclusive"), Status::Fail);
    let debian = r.definitions.iter().find(|d| d.id == "debian-ml").unwrap();
    assert_eq!(debian.category.as_deref(), Some("toxic-candy"));
}

#[test]
fn public_but_not_open_data_fails_the_strict_data_requirement() {
    let mut m = open_release();
    let source = |class| DataSource {
        name: "web".into(),
        class: Some(class),
        license: Some("CC-BY-4.0".into()),
        location: Some("https://example.org".into()),
        tokens: None,
    };
    m.components.insert(
        ComponentId::Datasets,
        Component {
            sources: vec![source(DataClass::Open), source(DataClass::Public)],
            ..Default::default()
        },
    );
    let r = assess(m.clone());
    assert_eq!(status(&r, "DATA-TRAINING-OPEN"), Status::Fail);
    assert_eq!(status(&r, "OSAID-DATA-SOURCES-LOCATED"), Status::Pass);
    m.components
        .get_mut(&ComponentId::Datasets)
        .unwrap()
        .sources
        .truncate(1);
    let r = assess(m);
    assert_eq!(status(&r, "DATA-TRAINING-OPEN"), Status::Pass);
    let debian = r.definitions.iter().find(|d| d.id == "debian-ml").unwrap();
    assert_eq!(debian.category.as_deref(), Some("free-model"));
    assert_eq!(debian.verdict, Status::Pass);
}

#[test]
fn partial_data_information_fails() {
    let mut m = open_release();
    m.data_information.provenance = Some(Disclosure::Partial);
    let r = assess(m);
    assert_eq!(status(&r, "OSAID-DATA-PROVENANCE"), Status::Fail);
}

#[test]
fn a_system_is_judged_too() {
    let mut m = open_release();
    m.release.kind = ReleaseKind::System;
    let r = assess(m);
    assert_eq!(r.definitions[0].verdict, Status::Pass);
}

/// A source whose location is simply not written leaves the requirement unknown, with the
/// question; it was a `fail` before, a verdict on a fact nobody stated.
#[test]
fn a_source_without_a_stated_location_is_unknown_not_fail() {
    let mut m = open_release();
    m.components.insert(
        ComponentId::Datasets,
        Component {
            sources: vec![DataSource {
                name: "web".into(),
                class: Some(DataClass::Open),
                license: Some("CC-BY-4.0".into()),
                location: None,
                tokens: None,
            }],
            ..Default::default()
        },
    );
    let r = assess(m);
    assert_eq!(status(&r, "OSAID-DATA-SOURCES-LOCATED"), Status::Unknown);
}
