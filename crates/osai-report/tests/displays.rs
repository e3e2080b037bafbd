//! What a reader sees matches what was decided: one test per display that once misled.

use osai_engine::report::Report;

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn assess_text(name: &str, text: &str) -> Report {
    let m = osai_formats::read_str(name, text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    let date = osai_engine::manifest::Date::constant(2026, 11, 29);
    osai_engine::Engine::new(defs).assess(&m, &osai_engine::AssessOptions::new(date))
}

fn assess_example(file: &str) -> Report {
    let path = root().join("examples").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assess_text(&format!("examples/{file}"), &text)
}

fn html(reports: &[Report]) -> String {
    let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    osai_report::html::html_page(reports, &defs, osai_report::Lang::En)
}

const EXAMPLES: [&str; 3] = ["llama-3.1-8b.yml", "mistral-7b.yml", "olmo-2-7b.yml"];

/// The OSAID checklist's data group passes on a research paper: the Datasets cell says "met
/// through research-paper", not a ✓ for datasets that are not published.
#[test]
fn a_cell_met_through_another_component_says_so() {
    let page = html(&[assess_example("llama-3.1-8b.yml")]);
    let row = page
        .split("<code>osaid-1.0-checklist</code></a></th>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("the checklist row");
    assert!(
        row.contains(r#"title="Datasets: met through research-paper, not this component">(✓)"#),
        "{row}"
    );
    assert!(!row.contains(r#"title="Datasets: pass""#), "{row}");
}

/// Requirements shared by two definitions (the checklist extends OSAID) and several releases
/// on one page: every element id is unique, so every link lands where it says.
#[test]
fn html_element_ids_are_unique() {
    let reports: Vec<Report> = EXAMPLES.iter().map(|f| assess_example(f)).collect();
    let page = html(&reports);
    let mut seen = std::collections::HashSet::new();
    let mut twice = Vec::new();
    for id in page
        .split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
    {
        if !seen.insert(id) {
            twice.push(id);
        }
    }
    assert!(twice.is_empty(), "{} ids twice: {twice:?}", twice.len());
    for href in page
        .split("href=\"#")
        .skip(1)
        .filter_map(|s| s.split('"').next())
    {
        assert!(
            seen.contains(href),
            "a link to #{href}, which is not on the page"
        );
    }
}

/// A G7 "Open Weights AI" is a fail of the definition's verdict (not an Open Source AI
/// label): the badge names the label and says the verdict, instead of a red "open-weights-ai".
#[test]
fn a_category_badge_says_the_verdict_and_the_label() {
    let r = assess_example("mistral-7b.yml");
    let g7 = r.definitions.iter().find(|d| d.id == "g7-2026").unwrap();
    assert_eq!(g7.category.as_deref(), Some("open-weights-ai"));
    let (text, _) = osai_report::badge::message(g7, osai_report::Lang::En);
    assert_eq!(text, "fail · Open Weights AI");
    let (fr, _) = osai_report::badge::message(g7, osai_report::Lang::Fr);
    assert_eq!(fr, "échec · IA à poids ouverts");
    let mut out = Vec::new();
    osai_report::text(&mut out, &r, osai_report::TextOptions::default()).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("Open Weights AI · 5 pass"), "{out}");
}

/// Systemic risk is a property of general-purpose AI models: a system's report does not say
/// "systemic risk: no".
#[test]
fn a_system_has_no_systemic_risk_line() {
    let r = assess_text(
        "system.yml",
        "osai: 1\nrelease:\n  name: s\n  kind: system\nfacts:\n  intended_purposes: [annex-iii-4a]\n",
    );
    let aia = r.definitions.iter().find(|d| d.id == "eu-ai-act").unwrap();
    assert_eq!(aia.systemic_risk, None);
    let mut out = Vec::new();
    osai_report::text(&mut out, &r, osai_report::TextOptions::default()).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(!out.contains("systemic risk"), "{out}");
}

/// SARIF points a result at the component's entry; a component that is not listed has no
/// line, so its result points at the file, not at the licence line the reason also reads.
#[test]
fn sarif_points_at_the_component_or_at_the_file_when_it_is_not_listed() {
    let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    let r = assess_example("llama-3.1-8b.yml");
    let mut out = Vec::new();
    osai_report::sarif::sarif(
        &mut out,
        std::slice::from_ref(&r),
        &defs,
        osai_report::Lang::En,
    )
    .unwrap();
    let sarif: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let region = |code: &str| {
        let res = results
            .iter()
            .find(|x| x["ruleId"] == code)
            .unwrap_or_else(|| panic!("no {code}"));
        let loc = &res["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "examples/llama-3.1-8b.yml");
        loc["region"]["startLine"].as_i64()
    };
    // inference-code is not listed in the example: the file, not line 18 (the licence).
    assert_eq!(region("OSAID-CODE-INFERENCE"), None);
    // training-code is listed with `published: false` on line 25.
    assert_eq!(region("OSAID-CODE-TRAINING"), Some(25));
    // a requirement on the licence alone points at the licence.
    assert_eq!(region("AIA-53-2-LICENCE"), Some(18));
}
