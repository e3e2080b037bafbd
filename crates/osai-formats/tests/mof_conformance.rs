//! The Model Openness Tool's own test suite: for its 27 test files, osai's `mof-1.0` class and
//! progress equal the Tool's `expected_results.json`.

use std::path::Path;

use osai_engine::{AssessOptions, Engine, builtin_definitions};

/// The Tool's JSON has trailing commas; drop a comma that only whitespace separates from `}`/`]`.
fn strip_trailing_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if in_string {
            escaped = !escaped && c == '\\';
            if c == '"' && !escaped {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if c == ',' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if matches!(next, Some('}') | Some(']')) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[test]
fn mof_classes_match_the_model_openness_tool() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/mot/Test_Data");
    let Ok(text) = std::fs::read_to_string(dir.join("expected_results.json")) else {
        eprintln!(
            "SKIPPED: {} is absent (the corpora live in ../shared)",
            dir.display()
        );
        return;
    };
    let expected: serde_json::Value =
        serde_json::from_str(&strip_trailing_commas(&text)).expect("expected_results.json");
    let mof = builtin_definitions()
        .iter()
        .find(|d| d.id == "mof-1.0")
        .expect("mof-1.0");
    let engine = Engine::new(vec![mof]);
    let opts = AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 27);
    let mut checked = 0;
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let m = osai_formats::read_bytes(&name, &std::fs::read(&path).unwrap()).unwrap();
        let want = expected["models"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["release"]["name"] == m.manifest.release.name.as_str())
            .unwrap_or_else(|| panic!("no expected result for {}", m.manifest.release.name));
        let report = engine.assess(&m, &opts);
        let got = &report.definitions[0];
        let class = want["classification"]["class"].as_u64().unwrap() as u32;
        assert_eq!(got.class, Some(class), "{name}");
        let progress = got.progress.as_ref().unwrap();
        for (k, v) in want["classification"]["progress"].as_object().unwrap() {
            let v = v.as_f64().unwrap();
            assert!(
                (progress[k] - v).abs() < 1e-9,
                "{name}: class {k} progress {} != {v}",
                progress[k]
            );
        }
        checked += 1;
    }
    eprintln!("{checked} Model Openness Tool test files: class and progress as expected");
}

#[test]
fn trailing_commas_are_stripped_outside_strings_only() {
    assert_eq!(
        strip_trailing_commas(r#"{"a": [1, 2,], "b": ",}",}"#),
        r#"{"a": [1, 2], "b": ",}"}"#
    );
}
