//! Reasons say what the manifest says: over the examples, fixtures, cards, Model Openness Tool and
//! Index files, no reason calls a component "not listed" (or "not stated") when the manifest
//! lists it, no reason calls a fact "not stated" when the manifest states it, and no `pass`
//! rests on a fact nobody stated.

mod common;

use std::path::{Path, PathBuf};

use osai_engine::component::ComponentId;
use osai_engine::manifest::LocatedManifest;
use osai_engine::report::Status;
use osai_engine::{AssessOptions, Engine, builtin_definitions};

fn files() -> Vec<PathBuf> {
    let mut files = common::own_files();
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cards = here.join("tests/cards");
    if let Ok(rd) = std::fs::read_dir(&cards) {
        let mut md: Vec<PathBuf> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md") && !p.ends_with("SOURCES.md"))
            .collect();
        md.sort();
        files.extend(md);
    }
    if let Some(mot) = common::mot_files() {
        files.extend(mot);
    }
    let index = here.join("../../../shared/corpora/osai-index");
    files.extend(common::yaml_files(&index));
    files.extend(
        common::yaml_files(&index.join("main-database"))
            .into_iter()
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('_'))
            }),
    );
    files
}

/// The component a clause is about, when it starts with a component id.
fn component_of(clause: &str) -> Option<ComponentId> {
    let first = clause.split_whitespace().next()?;
    ComponentId::from_key(first)
}

fn check(name: &str, m: &LocatedManifest, engine: &Engine<'_>, bad: &mut Vec<String>) -> usize {
    let report = engine.assess(m, &AssessOptions::new(jiff::civil::date(2026, 12, 3)));
    let json = serde_json::to_value(&m.manifest).unwrap_or_default();
    let mut reasons = 0;
    for d in &report.definitions {
        for r in &d.requirements {
            // Each fact once, each clause once (the OSAID checklist listed
            // `licenses.distribution` twice; "X is not published; X is not published").
            let mut rows: Vec<String> = r
                .facts
                .iter()
                .map(|f| format!("{} = {}", f.path, f.value))
                .collect();
            let n = rows.len();
            rows.sort();
            rows.dedup();
            if rows.len() != n {
                bad.push(format!("{name} {} {}: a fact row twice", d.id, r.code));
            }
            let clauses: Vec<&str> = r.reason.split("; ").collect();
            if (1..clauses.len()).any(|i| clauses[..i].contains(&clauses[i])) {
                bad.push(format!(
                    "{name} {} {}: a clause twice: {}",
                    d.id, r.code, r.reason
                ));
            }
            for clause in r.reason.split("; ") {
                reasons += 1;
                let absent = clause.contains("is not listed") || clause.contains("is not stated");
                if let Some(c) = component_of(clause)
                    && absent
                    && m.manifest.components.contains_key(&c)
                    && !clause.contains("is listed")
                {
                    bad.push(format!("{name} {} {}: {clause}", d.id, r.code));
                }
                // "`facts.eu_market` is not stated" beside a stated fact.
                if let Some(path) = clause
                    .strip_prefix('`')
                    .and_then(|c| c.split_once("` is not stated"))
                    .map(|(p, _)| p)
                {
                    let stated = path
                        .split('.')
                        .try_fold(&json, |v, k| v.get(k))
                        .is_some_and(|v| !v.is_null());
                    if stated {
                        bad.push(format!("{name} {} {}: {clause}", d.id, r.code));
                    }
                }
                // A pass may rest on what a complete list leaves out ("… is not listed; nothing
                // to check") or on the format's stated reading of an absent fact, never on a
                // fact nobody stated.
                let unstated = clause.contains("is not stated") && !clause.contains("read as none");
                if r.status == Status::Pass && unstated {
                    bad.push(format!("{name} {} {} passes on: {clause}", d.id, r.code));
                }
            }
        }
    }
    reasons
}

#[test]
fn no_reason_contradicts_the_manifest() {
    let engine = Engine::new(builtin_definitions().iter().collect());
    let (mut manifests, mut reasons, mut bad) = (0, 0, Vec::new());
    for path in files() {
        let text = std::fs::read_to_string(&path).expect("readable");
        let name = path.display().to_string();
        let Ok((m, _)) = osai_formats::read_str_detect(&name, &text) else {
            continue;
        };
        manifests += 1;
        reasons += check(&name, &m, &engine, &mut bad);
    }
    eprintln!("{manifests} manifests, {reasons} reason clauses checked");
    assert!(manifests >= 30, "too few inputs: {manifests}");
    bad.sort();
    bad.dedup();
    assert!(
        bad.is_empty(),
        "{} contradictions:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// The finding: a component listed with `published: false` was called "not listed" by the
/// Model Openness Framework's requirements.
#[test]
fn a_component_listed_as_unpublished_is_called_unpublished() {
    let text = "osai: 1\nrelease: {name: r, kind: model}\nlicenses: {distribution: Apache-2.0}\ncomponents:\n  model-parameters-final: {}\n  training-code: {published: false}\n";
    let m = osai_formats::read_str("r.yml", text).expect("a manifest");
    let engine = Engine::new(builtin_definitions().iter().collect());
    let report = engine.assess(&m, &AssessOptions::new(jiff::civil::date(2026, 12, 3)));
    let mof = report
        .definitions
        .iter()
        .find(|d| &*d.id == "mof-1.0")
        .expect("MOF");
    let training = mof
        .requirements
        .iter()
        .find(|r| &*r.code == "MOF-C2-TRAINING-CODE")
        .expect("the requirement");
    assert_eq!(training.reason, "training-code is not published");
}
