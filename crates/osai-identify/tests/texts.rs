//! Licence texts as publishers ship them (tests/texts, sources in tests/texts/SOURCES.md), and the
//! SPDX texts printed with and without their usual prefaces, notices and appendices.

use osai_identify::{Identification, Identifier, Kind};

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/texts")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn spdx_text(id: &str) -> &'static str {
    spdx::license_id(id).expect("an SPDX id").text()
}

fn identify(text: &str) -> Identification {
    Identifier::shared().identify(text)
}

#[track_caller]
fn assert_id(text: &str, want: &str) {
    let got = identify(text);
    assert_eq!(got.id.as_deref(), Some(want), "{got:?}");
    assert_eq!(got.kind, Kind::Licence, "{got:?}");
}

#[track_caller]
fn assert_not(text: &str, not: &str) {
    let got = identify(text);
    assert_ne!(got.id.as_deref(), Some(not), "{got:?}");
}

/// `text` without the span from the first `from` up to `until` (or the end).
fn without(text: &str, from: &str, until: Option<&str>) -> String {
    let start = text.find(from).expect("start of the passage");
    let end = until.map_or(text.len(), |u| {
        start + text[start..].find(u).expect("its end")
    });
    format!("{}{}", &text[..start], &text[end..])
}

#[test]
fn apple_machine_learning_research_model_licence() {
    assert_id(
        &fixture("apple-amlr-ml-sharp-LICENSE_MODEL.txt"),
        "LicenseRef-Apple-AMLR",
    );
}

#[test]
fn chatglm_6b_licence_in_chinese_and_english() {
    let text = fixture("chatglm-6b-MODEL_LICENSE.txt");
    assert_id(&text, "LicenseRef-ChatGLM-6B");
    // The English half alone, as some mirrors ship it.
    let english = &text[text.find("1. Definitions").expect("English part")..];
    assert_id(
        &format!("The ChatGLM-6B License\n\n{english}"),
        "LicenseRef-ChatGLM-6B",
    );
}

#[test]
fn nvidia_open_model_licence() {
    assert_id(
        &fixture("nvidia-open-model-gr00t.txt"),
        "LicenseRef-NVIDIA-Open-Model",
    );
}

#[test]
fn openmdw_1_1_is_not_taken_for_1_0() {
    assert_id(
        &fixture("openmdw-1.1-cosmos-framework-LICENSE.txt"),
        "LicenseRef-OpenMDW-1.1",
    );
    assert_id(spdx_text("OpenMDW-1.0"), "OpenMDW-1.0");
}

#[test]
fn mistral_research_licence() {
    assert_id(&fixture("mistral-mrl-0.1.md"), "LicenseRef-Mistral-MRL-0.1");
}

#[test]
fn falcon_2_licence_is_neither_apache_nor_falcon_180b() {
    let text = fixture("falcon-2-11b-tii-1.0.txt");
    assert_id(&text, "LicenseRef-TII-Falcon-2-11B");
    assert_not(&text, "Apache-2.0");
}

#[test]
fn a_notice_naming_a_curated_licence_is_a_notice() {
    let got = identify(
        "Apple Machine Learning Research Model is licensed under the Apple Machine Learning Research Model License Agreement.",
    );
    assert_eq!(
        (got.id.as_deref(), got.kind),
        (Some("LicenseRef-Apple-AMLR"), Kind::Notice),
        "{got:?}"
    );
}

const CC_PREFACE: &str = "Creative Commons Corporation (\"Creative Commons\") is not a law firm";
const CC_LICENCE_START: &str = "Creative Commons Attribution 4.0 International Public License";
const CC_NOTICE: &str = "Creative Commons is not a party to its public";

#[test]
fn cc_by_4_0_with_and_without_creative_commons_preface_and_notice() {
    let printed = fixture("cc-by-4.0-legalcode.txt");
    assert_id(&printed, "CC-BY-4.0");
    let no_preface = without(&printed, CC_PREFACE, Some(CC_LICENCE_START));
    assert_id(&no_preface, "CC-BY-4.0");
    let no_notice = without(&printed, CC_NOTICE, None);
    assert_id(&no_notice, "CC-BY-4.0");
    let licence_only = without(&no_preface, CC_NOTICE, None);
    assert_id(&licence_only, "CC-BY-4.0");
    assert_id(&fixture("cc-by-4.0-tides-markdown.md"), "CC-BY-4.0");
    assert_id(spdx_text("CC-BY-4.0"), "CC-BY-4.0");
}

#[test]
fn a_clause_added_to_cc_by_4_0_is_a_change_even_beside_the_optional_notice() {
    let printed = fixture("cc-by-4.0-legalcode.txt");
    let at = printed
        .find("Section 3 -- License Conditions.")
        .expect("section 3");
    let changed = format!(
        "{}The Licensed Material may not be used to train machine learning models, nor for any commercial purpose whatsoever.\n\n{}",
        &printed[..at],
        &printed[at..]
    );
    let got = identify(&changed);
    assert_ne!(got.id.as_deref(), Some("CC-BY-4.0"), "{got:?}");
    assert!(
        got.name
            .as_deref()
            .is_some_and(|n| n.starts_with("modified")),
        "{got:?}"
    );
}

#[test]
fn cc_by_nc_4_0_legal_code_as_shipped_for_weights() {
    let printed = fixture("cc-by-nc-4.0-audiocraft-LICENSE_weights.txt");
    assert_id(&printed, "CC-BY-NC-4.0");
    assert_id(&without(&printed, CC_NOTICE, None), "CC-BY-NC-4.0");
    assert_not(&printed, "CC-BY-4.0");
}

#[test]
fn lgpl_3_0_as_copying_lesser_and_with_the_gpl_appended() {
    let lesser = fixture("lgpl-3.0-COPYING.LESSER.txt");
    let got = identify(&lesser);
    assert!(
        got.id.as_deref().is_some_and(|i| i.starts_with("LGPL-3.0")),
        "{got:?}"
    );
    assert!(got.evidence.contains("LGPL-3.0-only"), "{got:?}");
    let full = identify(spdx_text("LGPL-3.0-only"));
    assert_eq!(full.id, got.id, "{full:?}");
    // COPYING.LESSER is not the GPL, nor the LGPL 2.1.
    assert_not(&lesser, "GPL-3.0-or-later");
    assert_not(&lesser, "LGPL-2.1-only");
}

#[test]
fn a_clause_added_to_copying_lesser_is_a_change() {
    let lesser = fixture("lgpl-3.0-COPYING.LESSER.txt");
    let at = lesser.find("  5. Combined Libraries.").expect("section 5");
    let changed = format!(
        "{}  4a. Field of use.\n\n  You may not convey a Combined Work for use in weapons or for any commercial purpose.\n\n{}",
        &lesser[..at],
        &lesser[at..]
    );
    let got = identify(&changed);
    assert!(
        !got.id.as_deref().is_some_and(|i| i.starts_with("LGPL")),
        "{got:?}"
    );
}

#[test]
fn apache_2_0_with_and_without_its_appendix() {
    let text = spdx_text("Apache-2.0");
    assert_id(text, "Apache-2.0");
    let appendix = text.find("APPENDIX").expect("the appendix");
    assert_id(&text[..appendix], "Apache-2.0");
}

#[test]
fn mit_under_its_title_and_a_copyright_line() {
    let text = format!(
        "MIT License\n\nCopyright (c) 2025 An AI Lab\n\n{}",
        spdx_text("MIT")
    );
    assert_id(&text, "MIT");
}

#[test]
fn the_three_chatglm_licences_are_told_apart() {
    for (file, want) in [
        ("chatglm-6b-MODEL_LICENSE.txt", "LicenseRef-ChatGLM-6B"),
        ("chatglm2-6b-MODEL_LICENSE.txt", "LicenseRef-ChatGLM2-6B"),
        ("chatglm3-6b-MODEL_LICENSE.txt", "LicenseRef-ChatGLM3-6B"),
    ] {
        assert_id(&fixture(file), want);
    }
}

#[test]
fn databricks_open_model_licence_is_recognised_though_unreviewed() {
    assert_id(
        &fixture("databricks-open-model-dbrx-LICENSE.txt"),
        "LicenseRef-Databricks-Open-Model",
    );
}

#[test]
fn every_text_in_the_folder_is_listed_in_its_sources() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/texts");
    let sources = fixture("SOURCES.md");
    for entry in std::fs::read_dir(&dir).expect("tests/texts") {
        let name = entry.expect("an entry").file_name();
        let name = name.to_string_lossy();
        if name != "SOURCES.md" {
            assert!(
                sources.contains(&format!("| {name} |")),
                "{name} has no line in SOURCES.md"
            );
        }
    }
}

/// How docs/licence-identification.md says a curated licence is identified.
fn documented_status(entry: &osai_engine::licence::LicenceEntry) -> &'static str {
    let identify = entry.identify.as_ref();
    if identify.is_some_and(|i| !i.title.is_empty()) {
        "from its text"
    } else if !entry.is_spdx() {
        "by name only"
    } else if identify.is_some_and(|i| !i.optional.is_empty()) {
        "SPDX text, with or without its optional passages"
    } else {
        "SPDX text"
    }
}

#[test]
fn docs_list_every_curated_licence() {
    use osai_engine::licence::{Category, LicenceBase};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs/licence-identification.md");
    let docs = std::fs::read_to_string(&path).expect("docs/licence-identification.md");
    // Every licence osai defines (LicenseRef-…) is listed; an SPDX licence, where listed, with
    // the right status.
    let mut missing = Vec::new();
    for e in LicenceBase::builtin()
        .entries()
        .filter(|e| e.category == Category::Licence)
    {
        let row = format!("| `{}` | {} | {} |", e.id, e.name, documented_status(e));
        let listed = docs.contains(&format!("| `{}` |", e.id));
        if (listed || !e.is_spdx()) && !docs.contains(&row) {
            missing.push(row);
        }
    }
    assert!(
        missing.is_empty(),
        "rows to put in docs/licence-identification.md:\n{}",
        missing.join("\n")
    );
}

#[test]
fn gpl_family_with_and_without_how_to_apply() {
    for (id, found) in [
        ("GPL-2.0-only", "GPL-2.0"),
        ("GPL-3.0-only", "GPL-3.0"),
        ("LGPL-2.1-only", "LGPL-2.1"),
        ("AGPL-3.0-only", "AGPL-3.0"),
    ] {
        let text = spdx_text(id);
        let appendix = text.find("How to Apply").expect("the appendix");
        for printed in [text, &text[..appendix]] {
            let got = identify(printed);
            assert!(
                got.id.as_deref().is_some_and(|i| i.starts_with(found)) && got.confidence >= 0.99,
                "{id}: {got:?}"
            );
        }
    }
}
