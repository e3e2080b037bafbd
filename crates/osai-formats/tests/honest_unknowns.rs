//! Honest unknowns, as a law of the engine: taking one stated fact away never decides
//! anything. Removing any one stated field of `facts`, `data_information` or a component (or,
//! in a partial component list, a whole component) never turns an `unknown` into `pass` or
//! `fail` and never flips `pass` and `fail` — for any requirement, exemption or verdict.
//!
//! Exhaustive (every single removal) over the examples and fixtures, the Model Openness Tool's
//! files and both Index schemas when ../shared is beside the repository, and over the same
//! manifests read as partial lists.

mod common;

use std::path::{Path, PathBuf};

use osai_engine::manifest::{LocatedManifest, Manifest};
use osai_engine::report::Status;
use osai_engine::{Engine, builtin_definitions};
use serde_json::Value;

/// Every outcome of an assessment, named: (what, status).
fn outcomes(engine: &Engine<'_>, m: &LocatedManifest) -> Vec<(String, Status)> {
    let as_of = jiff::civil::date(2026, 12, 3);
    let mut out = Vec::new();
    for d in engine.assess_brief(m, as_of).definitions {
        let id = &d.definition.id;
        out.push((format!("{id} verdict"), d.verdict));
        for (r, s) in d.definition.requirements.iter().zip(&d.statuses) {
            out.push((format!("{id} {}", r.code), *s));
        }
        for (e, s) in d.exemptions.into_iter().flatten() {
            out.push((format!("{id} exemption {e}"), s));
        }
    }
    out
}

/// What taking a fact away may do to an outcome.
fn allowed(before: Status, after: Status) -> bool {
    !matches!(
        (before, after),
        (Status::Unknown, Status::Pass | Status::Fail)
            | (Status::Pass, Status::Fail)
            | (Status::Fail, Status::Pass)
    )
}

/// JSON paths of the fields whose absence means "not stated".
fn removable(m: &Value) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for top in ["facts", "data_information"] {
        if let Some(Value::Object(o)) = m.get(top) {
            paths.extend(o.keys().map(|k| vec![top.to_owned(), k.clone()]));
        }
    }
    if let Some(Value::Object(components)) = m.get("components") {
        for (id, c) in components {
            let Value::Object(fields) = c else { continue };
            // `published` is not removable: a listed component without it is published.
            for f in fields
                .keys()
                .filter(|f| *f != "published" && *f != "sources")
            {
                paths.push(vec!["components".into(), id.clone(), f.clone()]);
            }
            if let Some(Value::Array(sources)) = fields.get("sources") {
                for (i, s) in sources.iter().enumerate() {
                    let Value::Object(sf) = s else { continue };
                    for f in sf.keys().filter(|f| *f != "name") {
                        paths.push(vec![
                            "components".into(),
                            id.clone(),
                            "sources".into(),
                            i.to_string(),
                            f.clone(),
                        ]);
                    }
                }
            }
        }
    }
    paths
}

fn without(m: &Value, path: &[String]) -> Value {
    let mut v = m.clone();
    let mut at = &mut v;
    for key in &path[..path.len() - 1] {
        at = match at {
            Value::Object(o) => o.get_mut(key).expect("path exists"),
            Value::Array(a) => &mut a[key.parse::<usize>().expect("index")],
            _ => unreachable!("paths are built from the value"),
        };
    }
    if let Value::Object(o) = at {
        o.remove(&path[path.len() - 1]);
    }
    v
}

/// Removals that are not unstatings, so the law does not cover them:
/// - a component's own licence (or the whole component that carried it) taken away falls back
///   to a stated default (`licenses.*`): another stated fact decides;
/// - `facts.modified_from` absent is the manifest's way to say "an original model" (documented
///   in docs/manifest.md): there is no other way to state it.
fn not_an_unstating(m: &Manifest, path: &[String]) -> bool {
    if path == ["facts", "modified_from"] {
        return true;
    }
    let l = &m.licenses;
    let a_default = [&l.distribution, &l.code, &l.model, &l.data, &l.document]
        .iter()
        .any(|d| d.is_some());
    let own_licence = |id: &str| {
        m.components
            .iter()
            .any(|(c, comp)| c.key() == id && comp.license.is_some())
    };
    a_default
        && path.first().is_some_and(|p| p == "components")
        && match path.len() {
            3 => path[2] == "license",
            2 => own_licence(&path[1]),
            _ => false,
        }
}

fn located(m: Manifest) -> LocatedManifest {
    LocatedManifest {
        manifest: m,
        sources: Default::default(),
        warnings: Vec::new(),
    }
}

/// Checks every single removal on one manifest; the violations found.
fn check(engine: &Engine<'_>, name: &str, m: &Manifest) -> (usize, Vec<String>) {
    let json = serde_json::to_value(m).expect("a manifest serialises");
    let base = outcomes(engine, &located(m.clone()));
    let mut paths = removable(&json);
    if !m.components_complete
        && let Some(Value::Object(c)) = json.get("components")
    {
        paths.extend(c.keys().map(|id| vec!["components".to_owned(), id.clone()]));
    }
    let mut bad = Vec::new();
    let mut tried = 0;
    for path in paths {
        if not_an_unstating(m, &path) {
            continue;
        }
        let changed: Manifest = match serde_json::from_value(without(&json, &path)) {
            Ok(c) => c,
            Err(e) => panic!("{name} without {path:?} does not read back: {e}"),
        };
        tried += 1;
        let after = outcomes(engine, &located(changed));
        for ((what, b), (_, a)) in base.iter().zip(&after) {
            if !allowed(*b, *a) {
                bad.push(format!(
                    "{name}: removing {} turned {what} from {b} into {a}",
                    path.join(".")
                ));
            }
        }
    }
    (tried, bad)
}

fn files() -> Vec<PathBuf> {
    let mut files = common::own_files();
    if let Some(mot) = common::mot_files() {
        files.extend(mot);
    }
    let index = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/osai-index");
    let legacy = common::yaml_files(&index);
    let live = common::yaml_files(&index.join("main-database"));
    if legacy.is_empty() && live.is_empty() {
        eprintln!("SKIPPED (Index): {} is absent", index.display());
    }
    files.extend(legacy);
    files.extend(live.into_iter().filter(|p| {
        !p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('_'))
    }));
    files
}

#[test]
fn removing_a_stated_fact_never_decides_anything() {
    let engine = Engine::new(builtin_definitions().iter().collect());
    let (mut manifests, mut removals, mut violations) = (0, 0, Vec::new());
    for path in files() {
        let text = std::fs::read_to_string(&path).expect("readable");
        let name = path.display().to_string();
        // Policies and other non-manifests among the examples are not releases.
        let Ok(read) = osai_formats::read_str(&name, &text) else {
            continue;
        };
        let mut m = read.manifest;
        for partial in [m.components_complete, false] {
            m.components_complete = partial;
            let (tried, bad) = check(&engine, &name, &m);
            manifests += 1;
            removals += tried;
            violations.extend(bad);
            if !partial {
                break;
            }
        }
    }
    eprintln!("{manifests} manifests, {removals} single removals checked");
    assert!(manifests > 20, "the examples and fixtures at least");
    assert!(
        violations.is_empty(),
        "{} violations:\n{}",
        violations.len(),
        violations.join("\n")
    );
}
