//! European Open Source AI Index (legacy data, CC-BY-4.0, Liesenfeld, Lopez & Dingemanse 2023):
//! all 48 files import; osai's `osai-index` score equals the score computed from the Index's own
//! `df.csv` for its 46 named systems; and the table of osai's verdicts beside the score.

use std::collections::BTreeMap;
use std::path::Path;

use osai_engine::{AssessOptions, Engine, builtin_definitions};

fn dir() -> Option<std::path::PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/osai-index");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!(
            "SKIPPED: {} is absent (the corpora live in ../shared)",
            d.display()
        );
        None
    }
}

/// A minimal CSV reader (quoted fields with doubled quotes), enough for df.csv.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn index_files_import_and_scores_match_the_index() {
    let Some(dir) = dir() else { return };
    let defs: Vec<_> = builtin_definitions().iter().collect();
    let engine = Engine::new(defs.clone());
    let opts = AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 48);
    let mut scores: BTreeMap<String, f64> = BTreeMap::new();
    let mut table = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (m, format) = osai_formats::read_bytes_detect(&name, &std::fs::read(path).unwrap())
            .unwrap_or_else(|e| panic!("{}", e.render(false)));
        assert_eq!(
            format,
            osai_formats::InputFormat::OpenSourceAiIndex,
            "{name}"
        );
        let report = engine.assess(&m, &opts);
        let index = report
            .definitions
            .iter()
            .find(|d| d.id == "osai-index")
            .unwrap();
        let score = index.score.unwrap_or(0.0);
        scores.insert(name.clone(), score);
        let cells: Vec<String> = report
            .definitions
            .iter()
            .filter(|d| d.id != "osai-index")
            .map(|d| {
                d.category
                    .clone()
                    .map_or(d.verdict.as_str().to_owned(), |c| {
                        format!("{} ({c})", d.verdict.as_str())
                    })
            })
            .collect();
        table.push((score, m.manifest.release.name.clone(), cells));
    }
    // df.csv: the Index's own export, with its score in `openness`, one row per named system.
    let csv = std::fs::read_to_string(dir.join("df.csv")).unwrap();
    let rows = csv_rows(&csv);
    let header = &rows[0];
    let col = |k: &str| header.iter().position(|h| h == k);
    let (file_col, score_col) = (
        col("source.file").expect("source.file"),
        col("openness").expect("openness"),
    );
    let mut checked = 0;
    for row in &rows[1..] {
        let Some(file) = row
            .get(file_col)
            .and_then(|f| f.rsplit('/').next())
            .filter(|f| !f.is_empty())
        else {
            continue;
        };
        let expected: f64 = row[score_col]
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{file}: score {:?}", row[score_col]));
        let got = scores
            .get(file)
            .unwrap_or_else(|| panic!("{file} not imported"));
        assert!(
            (got - expected).abs() < 1e-9,
            "{file}: osai {got}, Index {expected}"
        );
        checked += 1;
    }
    assert_eq!(checked, 46, "df.csv has 46 named systems");
    table.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let ids: Vec<&str> = defs
        .iter()
        .map(|d| d.id.as_str())
        .filter(|id| *id != "osai-index")
        .collect();
    eprintln!("| Index score | system | {} |", ids.join(" | "));
    for (score, name, cells) in &table {
        eprintln!("| {score} | {name} | {} |", cells.join(" | "));
    }
}
