//! Importers (Hugging Face card, CycloneDX, SPDX 3) and exporters: exact results on small
//! documents written here, and round trips that keep every fact.

use std::path::{Path, PathBuf};

use osai_engine::{AssessOptions, Engine, builtin_definitions};
use osai_formats::{InputFormat, export, read_str_detect};

fn fixture(name: &str) -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/interchange")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    (name.to_owned(), text)
}

fn read(name: &str) -> (osai_engine::manifest::LocatedManifest, InputFormat) {
    let (source, text) = fixture(name);
    read_str_detect(&source, &text).unwrap_or_else(|e| panic!("{}", e.render(false)))
}

fn warning_codes(m: &osai_engine::manifest::LocatedManifest) -> Vec<&str> {
    m.warnings.iter().map(|w| w.code.as_ref()).collect()
}

#[test]
fn hugging_face_card_front_matter_and_sections() {
    let (m, format) = read("tiny-card.md");
    assert_eq!(format, InputFormat::HuggingFaceCard);
    insta::assert_yaml_snapshot!("tiny-card", m.manifest);
    assert_eq!(
        warning_codes(&m),
        ["W-CARD-EU-DISALLOWED", "W-LICENCE-ALIAS"]
    );
    // Facts are located in the card: the licence on line 3, the training data section on 22.
    let at = |p: &str| m.sources.at(p).map(|s| s.to_string());
    assert_eq!(
        at("components.model-parameters-final.license").as_deref(),
        Some("tiny-card.md:3:10")
    );
    // A "Training Data" section is evidence (line 23), not a judgement that the card gives the
    // Data Information OSAID asks for; the datasets it names are sources whose publication the
    // card does not state.
    assert_eq!(m.manifest.data_information.description, None);
    let section = m
        .manifest
        .evidence
        .iter()
        .find(|e| e.fact == "data_information.description")
        .expect("the section as evidence");
    assert_eq!(
        (section.file.as_str(), section.line),
        ("tiny-card.md", Some(23))
    );
    let datasets = &m.manifest.components[&osai_engine::component::ComponentId::Datasets];
    assert_eq!(datasets.published.as_str(), "unknown");
    assert_eq!(
        at("facts.modified_from").as_deref(),
        Some("tiny-card.md:6:13")
    );
}

#[test]
fn card_with_a_licence_osai_does_not_know_is_never_open() {
    let (m, _) = read("other-licence-card.md");
    assert_eq!(m.manifest.release.name, "acme-chat");
    let licence = m.manifest.components[&osai_engine::component::ComponentId::ModelParametersFinal]
        .license
        .as_deref();
    assert_eq!(licence, Some("acme-community-1.0"));
    assert_eq!(warning_codes(&m), ["W-LICENCE-UNKNOWN"]);
    let defs: Vec<_> = builtin_definitions()
        .iter()
        .filter(|d| d.id == "osaid-1.0")
        .collect();
    let report = Engine::new(defs).assess(&m, &AssessOptions::new(jiff::civil::date(2026, 11, 29)));
    assert_ne!(report.definitions[0].verdict.as_str(), "pass");
}

#[test]
fn cyclonedx_native_fields() {
    let (m, format) = read("native.cdx.json");
    assert_eq!(format, InputFormat::CycloneDx);
    insta::assert_yaml_snapshot!("native-cdx", m.manifest);
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
    assert_eq!(
        m.sources
            .at("components.datasets.sources[0].license")
            .as_deref(),
        Some("native.cdx.json:28:37")
    );
}

#[test]
fn spdx3_native_fields() {
    let (m, format) = read("native.spdx.json");
    assert_eq!(format, InputFormat::Spdx3);
    insta::assert_yaml_snapshot!("native-spdx", m.manifest);
    assert!(m.warnings.is_empty(), "{:?}", m.warnings);
}

/// What other tools write when they do not know: `NOASSERTION` (and `NONE`) are absences,
/// not a version, a location or a licence; a `NONE` licence is a stated "no licence".
#[test]
fn spdx3_noassertion_and_none_are_absences() {
    let (source, text) = fixture("native.spdx.json");
    let text = text
        .replace(
            r#""software_packageVersion": "1.0""#,
            r#""software_packageVersion": "NOASSERTION""#,
        )
        .replace(r#""https://example.org/dl""#, r#""NOASSERTION""#)
        .replace(r#""https://example.org/data""#, r#""NONE""#)
        .replace(
            r#""simplelicensing_licenseExpression": "Apache-2.0""#,
            r#""simplelicensing_licenseExpression": "NOASSERTION""#,
        );
    let (m, _) = read_str_detect(&source, &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    let m = m.manifest;
    assert_eq!(m.release.version, None);
    let weights = &m.components[&osai_engine::component::ComponentId::ModelParametersFinal];
    assert_eq!(weights.location, None);
    assert_eq!(weights.license, None);
    let data = &m.components[&osai_engine::component::ComponentId::Datasets];
    assert_eq!(data.sources[0].location, None);
    let none = text.replace(
        r#""simplelicensing_licenseExpression": "NOASSERTION""#,
        r#""simplelicensing_licenseExpression": "NONE""#,
    );
    let (m, _) = read_str_detect(&source, &none).unwrap();
    let weights =
        &m.manifest.components[&osai_engine::component::ComponentId::ModelParametersFinal];
    assert_eq!(weights.license.as_deref(), Some("unlicensed"));
}

#[test]
fn a_bom_without_a_model_is_an_error_that_says_so() {
    let text = r#"{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [{"type": "library", "name": "x"}]}"#;
    let e = read_str_detect("lib.cdx.json", text).unwrap_err();
    assert_eq!(e.diagnostics[0].code, "E-CDX-NO-MODEL");
    let text = r#"{"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": []}"#;
    let e = read_str_detect("empty.spdx.json", text).unwrap_err();
    assert_eq!(e.diagnostics[0].code, "E-SPDX-NO-AI-PACKAGE");
}

#[test]
fn an_edited_osai_property_is_checked_like_a_manifest() {
    let (source, text) = fixture("native.cdx.json");
    let (m, _) = read_str_detect(&source, &text).unwrap();
    let bom = export::to_cyclonedx(&m.manifest, None);
    let edited = serde_json::to_string_pretty(&bom)
        .unwrap()
        .replace(r#"\"Apache-2.0\""#, r#"\"Apache-2.0 AND\""#);
    let (back, _) = read_str_detect("edited.cdx.json", &edited).unwrap();
    // Like any imported licence string: unknown, never open, with a warning at the property.
    let w = &back.warnings[0];
    assert_eq!(w.code, "W-LICENCE-UNKNOWN");
    let line = edited
        .lines()
        .position(|l| l.contains(r#"\"Apache-2.0 AND\""#))
        .unwrap()
        + 1;
    assert_eq!(
        w.at.as_deref(),
        Some(format!("edited.cdx.json:{line}:20").as_str())
    );
}

fn manifests() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("../../examples"), root.join("tests/fixtures")] {
        for e in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "yml") {
                out.push(p);
            }
        }
    }
    out.sort();
    assert!(out.len() >= 10, "{out:?}");
    out
}

#[test]
fn every_manifest_round_trips_through_cyclonedx_and_spdx() {
    let defs: Vec<_> = builtin_definitions().iter().collect();
    let engine = Engine::new(defs);
    let opts = AssessOptions::new(jiff::civil::date(2026, 11, 29));
    for path in manifests() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let first = osai_formats::read_str(&name, &text).unwrap();
        let report = engine.assess(&first, &opts);
        for (format, doc) in [
            (
                InputFormat::CycloneDx,
                export::to_cyclonedx(&first.manifest, Some(&report)),
            ),
            (
                InputFormat::Spdx3,
                export::to_spdx3(&first.manifest, Some(&report)),
            ),
        ] {
            let json = serde_json::to_string_pretty(&doc).unwrap();
            let (back, detected) = read_str_detect("exported.json", &json)
                .unwrap_or_else(|e| panic!("{name} as {format:?}: {}", e.render(false)));
            assert_eq!(detected, format, "{name}");
            assert_eq!(back.manifest, first.manifest, "{name} through {format:?}");
            // The same verdicts, read back from the exported document.
            let again = engine.assess(&back, &opts);
            let verdicts = |r: &osai_engine::report::Report| {
                r.definitions
                    .iter()
                    .map(|d| (d.id.clone(), d.verdict, d.class))
                    .collect::<Vec<_>>()
            };
            assert_eq!(verdicts(&again), verdicts(&report), "{name}");
        }
    }
}

#[test]
fn imported_documents_round_trip_too() {
    for name in [
        "tiny-card.md",
        "other-licence-card.md",
        "native.cdx.json",
        "native.spdx.json",
        "tiny.mot.yml",
    ] {
        let (mut first, _) = read(name);
        // A BOM names licences by their SPDX ids, so a Tool file's `Apache 2.0` comes back as
        // `Apache-2.0`.
        osai_formats::canonicalise_licences(&mut first.manifest);
        for doc in [
            export::to_cyclonedx(&first.manifest, None),
            export::to_spdx3(&first.manifest, None),
        ] {
            let json = serde_json::to_string(&doc).unwrap();
            let (back, _) = read_str_detect("exported.json", &json)
                .unwrap_or_else(|e| panic!("{name}: {}", e.render(false)));
            assert_eq!(back.manifest, first.manifest, "{name}");
        }
    }
}

#[test]
fn exported_assessment_is_attached() {
    let (first, _) = read("native.cdx.json");
    let defs: Vec<_> = builtin_definitions().iter().collect();
    let report =
        Engine::new(defs).assess(&first, &AssessOptions::new(jiff::civil::date(2026, 11, 29)));
    let bom = export::to_cyclonedx(&first.manifest, Some(&report));
    let props = bom["metadata"]["properties"].as_array().unwrap();
    let verdict = props
        .iter()
        .find(|p| p["name"] == "osai:assessment:osaid-1.0:verdict")
        .unwrap();
    assert_eq!(verdict["value"], report.definitions[0].verdict.as_str());
    assert!(
        bom["annotations"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("osai assessment as of 2026-11-29")
    );
    let spdx = export::to_spdx3(&first.manifest, Some(&report));
    let reviews = spdx["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["annotationType"] == "review")
        .count();
    assert!(reviews > builtin_definitions().len());
}

/// The exported BOMs validate against the CycloneDX 1.6 JSON schema (strict: no unknown
/// fields), with the validator of cyclonedx-python-lib. `.ci/run` installs it; elsewhere a
/// missing validator skips with a message.
#[test]
fn exported_cyclonedx_validates_against_the_1_6_schema() {
    let dir = std::env::temp_dir().join(format!("osai-cdx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let defs: Vec<_> = builtin_definitions().iter().collect();
    let engine = Engine::new(defs);
    let opts = AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let mut files = Vec::new();
    for path in manifests() {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let first =
            osai_formats::read_str(&name, &std::fs::read_to_string(&path).unwrap()).unwrap();
        let bom = export::to_cyclonedx(&first.manifest, Some(&engine.assess(&first, &opts)));
        let out = dir.join(format!("{name}.cdx.json"));
        std::fs::write(&out, serde_json::to_string_pretty(&bom).unwrap()).unwrap();
        files.push(out);
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/validate-cyclonedx.py");
    let status = std::process::Command::new("python3")
        .arg(&script)
        .args(&files)
        .status();
    let _ = std::fs::remove_dir_all(&dir);
    match status.map(|s| s.code()) {
        Ok(Some(0)) => {}
        Ok(Some(3)) | Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!(
                "SKIPPED: python3 with cyclonedx-python-lib[json-validation] is not installed"
            );
        }
        other => panic!("CycloneDX schema validation failed: {other:?}"),
    }
}

/// SPDX 2.3 JSON as SBOM tools write it for a Hub model: the described package is the model,
/// its weights file and checksums are evidence, and the missing AI profile is said.
#[test]
fn spdx2_package_read_as_the_model() {
    let (m, format) = read("spdx2-hub-model.spdx.json");
    assert_eq!(format, InputFormat::Spdx2);
    insta::assert_yaml_snapshot!("spdx2-hub-model", m.manifest);
    assert_eq!(warning_codes(&m), ["W-SPDX2-NO-AI-PROFILE"]);
    assert_eq!(
        m.sources
            .at("components.model-parameters-final.license")
            .map(|s| s.to_string())
            .as_deref(),
        Some("spdx2-hub-model.spdx.json:22:26")
    );
    // `licenseConcluded: NOASSERTION` gives way to the declared licence; the dependency
    // (transformers) is not a component.
    let weights =
        &m.manifest.components[&osai_engine::component::ComponentId::ModelParametersFinal];
    assert_eq!(weights.license.as_deref(), Some("Apache-2.0"));
    assert!(!m.manifest.components_complete);
}

#[test]
fn spdx2_licence_ref_named_in_the_document_is_resolved_and_noassertion_is_absent() {
    let (m, _) = read("spdx2-custom-licence.spdx.json");
    assert_eq!(
        m.manifest.licenses.model.as_deref(),
        Some("LicenseRef-Llama-3.1")
    );
    assert_eq!(
        m.manifest.release.version, None,
        "NOASSERTION is no version"
    );
    // Where the weights are published is not stated: they are not listed (unknown), not
    // taken as published.
    assert!(
        m.manifest.components.is_empty(),
        "{:?}",
        m.manifest.components
    );
}

#[test]
fn spdx2_none_location_is_unpublished_and_none_licence_unlicensed() {
    let (source, text) = fixture("spdx2-hub-model.spdx.json");
    let text = text
        .replace(
            r#""downloadLocation": "https://huggingface.co/TinyLlama/TinyLlama-1.1B-Chat-v1.0""#,
            r#""downloadLocation": "NONE""#,
        )
        .replace(
            r#""licenseDeclared": "Apache-2.0","#,
            r#""licenseDeclared": "NONE","#,
        );
    let (m, _) = read_str_detect(&source, &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    let weights =
        &m.manifest.components[&osai_engine::component::ComponentId::ModelParametersFinal];
    assert_eq!(weights.published.as_str(), "false");
    assert_eq!(weights.location, None);
    assert_eq!(weights.license.as_deref(), Some("unlicensed"));
}

/// The SPDX specification's own 2.3 example describes glibc: nothing says it is a model, so
/// its licence is evidence, not the weights' licence, and every verdict stays unknown.
#[test]
fn spdx2_package_that_is_not_a_model_decides_nothing() {
    let text = r#"{
  "spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "name": "glibc-sbom",
  "documentDescribes": ["SPDXRef-Package"],
  "packages": [{"SPDXID": "SPDXRef-Package", "name": "glibc", "versionInfo": "2.11.1",
    "downloadLocation": "http://ftp.gnu.org/gnu/glibc/glibc-ports-2.15.tar.gz",
    "licenseConcluded": "(LGPL-2.0-only OR LicenseRef-3)", "licenseDeclared": "(LGPL-2.0-only AND LicenseRef-3)",
    "packageFileName": "glibc-2.11.1.tar.gz"}]
}"#;
    let (m, _) =
        read_str_detect("glibc.spdx.json", text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    assert_eq!(
        warning_codes(&m),
        ["W-SPDX2-NO-AI-PROFILE", "W-SPDX2-NOT-A-MODEL"]
    );
    assert!(m.manifest.components.is_empty());
    assert_eq!(m.manifest.licenses.model, None);
    let report = Engine::new(builtin_definitions().iter().collect())
        .assess(&m, &AssessOptions::new(jiff::civil::date(2026, 12, 3)));
    for d in &report.definitions {
        assert!(
            matches!(d.verdict.as_str(), "unknown" | "not-applicable"),
            "{}: {}",
            d.id,
            d.verdict.as_str()
        );
    }
}

#[test]
fn spdx2_without_a_package_is_an_error_that_says_so() {
    let text = r#"{"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT", "packages": []}"#;
    let e = read_str_detect("empty.spdx.json", text).expect_err("no package");
    let codes: Vec<&str> = e.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["E-SPDX2-NO-PACKAGE"]);
}

/// One normaliser: a licence written as people write it (`Apache 2.0`, the Hub's
/// `apache-2.0`) is read as its canonical id in a manifest, a card, a BOM or an Index file, so
/// MOF grades it as it grades `Apache-2.0`. Only a Model Openness Tool file keeps its ids as
/// written, since the Tool grades exact ids, and says what to write (W-MOF-EXACT-ID).
#[test]
fn every_input_but_the_tools_own_files_grades_the_canonical_id() {
    let date = osai_engine::manifest::Date::constant(2026, 12, 3);
    let mof = |source: &str, text: &str| {
        let (m, _) =
            read_str_detect(source, text).unwrap_or_else(|e| panic!("{}", e.render(false)));
        let defs: Vec<_> = builtin_definitions()
            .iter()
            .filter(|d| d.id == "mof-1.0")
            .collect();
        let r = Engine::new(defs).assess(&m, &AssessOptions::new(date));
        let d = &r.definitions[0];
        let passed = d
            .requirements
            .iter()
            .filter(|q| q.status == osai_engine::report::Status::Pass)
            .count();
        let exact = r.warnings.iter().any(|w| w.code == "W-MOF-EXACT-ID");
        (passed, exact)
    };
    let manifest = |licence: &str| {
        format!(
            "osai: 1\nrelease: {{name: t, kind: model}}\nlicenses: {{distribution: {licence}}}\ncomponents:\n  model-parameters-final: {{location: https://example.org/w}}\n  model-architecture: {{location: https://example.org/a}}\n"
        )
    };
    let canonical = mof("m.yml", &manifest("Apache-2.0"));
    assert_eq!(canonical, (2, false));
    for written in ["apache-2.0", "'Apache 2.0'", "Apache License 2.0"] {
        assert_eq!(mof("m.yml", &manifest(written)), canonical, "{written}");
    }
    let card = "---\nlicense: apache-2.0\n---\n# t\n";
    let canonical_card = "---\nlicense: Apache-2.0\n---\n# t\n";
    assert_eq!(mof("README.md", card), mof("README.md", canonical_card));

    let tool = |licence: &str| {
        format!(
            "framework:\n  name: 'Model Openness Framework'\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: t\n  components:\n    -\n      name: 'Model architecture'\n      license: {licence}\n    -\n      name: 'Model parameters (Final)'\n      license: {licence}\n"
        )
    };
    let (tool_canonical, _) = mof("t.yml", &tool("Apache-2.0"));
    let (tool_written, exact) = mof("t.yml", &tool("'Apache 2.0'"));
    assert!(
        exact,
        "the Tool's own file keeps its id and is told what to write"
    );
    assert!(
        tool_written < tool_canonical,
        "{tool_written} vs {tool_canonical}"
    );
}
