//! Every requirement code of the built-in definitions is seen both passing and failing (or
//! unknown) on the project's own fixtures: each rule is exercised in both directions.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use osai_engine::report::Status;
use osai_engine::{AssessOptions, Engine, builtin_definitions};

fn fixtures() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("../../examples"), root.join("tests/fixtures")] {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        files.sort();
        for p in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        {
            out.push((
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            ));
        }
    }
    out
}

#[test]
fn every_requirement_is_exercised_both_ways() {
    let engine = Engine::new(builtin_definitions().iter().collect());
    let opts = AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let mut seen: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for (name, text) in fixtures() {
        let m =
            osai_formats::read_str(&name, &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
        for d in engine.assess(&m, &opts).definitions {
            for r in d.requirements {
                let side = match r.status {
                    Status::Pass => "pass",
                    Status::Fail | Status::Unknown => "not-pass",
                    Status::NotApplicable => continue,
                };
                seen.entry(r.code.to_string()).or_default().insert(side);
            }
        }
    }
    let mut missing = Vec::new();
    for d in builtin_definitions() {
        for r in &d.requirements {
            let sides = seen.get(&*r.code).cloned().unwrap_or_default();
            if sides.len() < 2 {
                missing.push(format!("{} seen only as {sides:?}", r.code));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
