//! Model cards as publishers write them (tests/cards, condensed from public cards: see
//! tests/cards/SOURCES.md), read as `osai scan` and `osai import` read a Hub repository's
//! README.md: the release name, the Hub licence ids, the body's links, and nothing guessed.

use std::path::Path;

use osai_engine::component::ComponentId;
use osai_engine::manifest::LocatedManifest;
use osai_engine::{AssessOptions, Engine, builtin_definitions};
use osai_formats::{InputFormat, read_card, read_str_detect};

/// A card read as the README.md of a repository folder named `repo`.
fn card(file: &str, repo: &str) -> LocatedManifest {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cards")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let source = format!("{repo}/README.md");
    let (m, format) =
        read_str_detect(&source, &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    assert_eq!(format, InputFormat::HuggingFaceCard, "{file}");
    m
}

/// A definition's id, verdict and (requirement, status) pairs.
type DefinitionOutcome = (String, String, Vec<(String, String)>);

fn assess(m: &LocatedManifest) -> Vec<DefinitionOutcome> {
    let report = Engine::new(builtin_definitions().iter().collect())
        .assess(m, &AssessOptions::new(jiff::civil::date(2026, 12, 3)));
    report
        .definitions
        .iter()
        .map(|d| {
            (
                d.id.to_string(),
                d.verdict.as_str().to_owned(),
                d.requirements
                    .iter()
                    .map(|r| (r.code.to_string(), r.status.as_str().to_owned()))
                    .collect(),
            )
        })
        .collect()
}

fn verdict(m: &LocatedManifest, definition: &str) -> String {
    assess(m)
        .into_iter()
        .find(|(id, _, _)| id == definition)
        .map(|(_, v, _)| v)
        .expect("the definition")
}

fn status(m: &LocatedManifest, definition: &str, code: &str) -> String {
    assess(m)
        .into_iter()
        .find(|(id, _, _)| id == definition)
        .and_then(|(_, _, reqs)| reqs.into_iter().find(|(c, _)| c == code))
        .map(|(_, s)| s)
        .unwrap_or_else(|| panic!("{definition} {code}"))
}

fn location(m: &LocatedManifest, c: ComponentId) -> Option<&str> {
    m.manifest.components.get(&c)?.location.as_deref()
}

const CARDS: &[(&str, &str, &str)] = &[
    ("olmo-2-13b.md", "OLMo-2-1124-13B", "OLMo 2 13B"),
    ("amber.md", "Amber", "Amber"),
    ("pythia-1b.md", "pythia-1b", "pythia-1b"),
    (
        "tinyllama-1.1b-chat.md",
        "TinyLlama-1.1B-Chat-v1.0",
        "TinyLlama-1.1B",
    ),
    ("smollm-1.7b.md", "SmolLM-1.7B", "SmolLM"),
    ("phi-2.md", "phi-2", "phi-2"),
    ("yi-34b.md", "Yi-34B", "Yi-34B"),
    ("meta-llama-3-8b.md", "Meta-Llama-3-8B", "Meta-Llama-3-8B"),
    ("qwen1.5-72b.md", "Qwen1.5-72B", "Qwen1.5-72B"),
    (
        "llama-3.1-fine-tune.md",
        "llama31-alpaca-lora",
        "llama31-alpaca-lora",
    ),
    ("notus-7b.md", "notus-7b-v1", "Notus 7B v1"),
    (
        "slerp-merge.md",
        "mistral-zephyr-slerp",
        "mistral-zephyr-slerp",
    ),
    ("gemma-3-4b-it.md", "gemma-3-4b-it", "Gemma 3"),
    (
        "stable-diffusion-2-1.md",
        "stable-diffusion-2-1",
        "Stable Diffusion v2-1",
    ),
    ("bloom.md", "bloom", "bloom"),
    ("llava-1.5-7b.md", "llava-1.5-7b-hf", "LLaVA"),
    ("flux.1-schnell.md", "FLUX.1-schnell", "FLUX.1-schnell"),
    ("ties-merge.md", "hermes-neural-ties", "hermes-neural-ties"),
];

/// The card's title (its first `#` heading that is not a section's, without "Model Card for"),
/// else the repository's name; never "Model Details", "Model Summary" or "What is Yi?".
#[test]
fn names_are_the_titles() {
    for (file, repo, name) in CARDS {
        assert_eq!(card(file, repo).manifest.release.name, *name, "{file}");
    }
}

/// Nothing is guessed: no component is `partial` unless a card says so, and the datasets a
/// card names are sources whose publication is not stated.
#[test]
fn nothing_is_guessed_partial() {
    for (file, repo, _) in CARDS {
        let m = card(file, repo);
        for (id, c) in &m.manifest.components {
            assert_ne!(c.published.as_str(), "partial", "{file}: {id:?}");
        }
        if let Some(d) = m.manifest.components.get(&ComponentId::Datasets) {
            assert_eq!(d.published.as_str(), "unknown", "{file}");
            assert!(d.sources.iter().all(|s| s.location.is_some()), "{file}");
        }
        assert!(!m.manifest.components_complete, "{file}: a card is partial");
    }
}

/// The Hub's lowercase ids are the SPDX ids they stand for: the written manifest holds the
/// canonical id, and the Model Openness Framework's licence requirements pass on it.
#[test]
fn apache_and_mit_cards_pass_the_mof_licence_requirements() {
    for (file, repo, _) in CARDS {
        let m = card(file, repo);
        let licence = m.manifest.components[&ComponentId::ModelParametersFinal]
            .license
            .clone();
        if !matches!(licence.as_deref(), Some("Apache-2.0" | "MIT")) {
            continue;
        }
        for code in ["MOF-C3-MODEL-PARAMETERS-FINAL", "MOF-C3-MODEL-CARD"] {
            assert_eq!(status(&m, "mof-1.0", code), "pass", "{file} {code}");
        }
    }
}

/// A fully open release described by its card is never `fail` under OSAID for what the card
/// does not state; the restrictive licences are judged as before.
#[test]
fn fully_open_cards_never_fail_osaid_and_restrictive_ones_do() {
    for file in ["olmo-2-13b.md", "amber.md", "pythia-1b.md"] {
        let m = card(file, "repo");
        for (id, v, reqs) in assess(&m) {
            if id.starts_with("osaid") {
                assert_ne!(v, "fail", "{file} {id}: {reqs:?}");
            }
        }
    }
    for file in [
        "meta-llama-3-8b.md",
        "qwen1.5-72b.md",
        "gemma-3-4b-it.md",
        "stable-diffusion-2-1.md",
        "bloom.md",
        "llama-3.1-fine-tune.md",
        "llava-1.5-7b.md",
    ] {
        assert_eq!(verdict(&card(file, "repo"), "osaid-1.0"), "fail", "{file}");
    }
}

/// The body's links: code repositories by their path or label, Hub datasets, revisions and
/// checkpoints, papers; each with its line as evidence.
#[test]
fn links_in_the_body_are_components_with_evidence() {
    let amber = card("amber.md", "Amber");
    assert_eq!(
        location(&amber, ComponentId::TrainingCode),
        Some("https://github.com/LLM360/amber-train")
    );
    assert_eq!(
        location(&amber, ComponentId::DataPreprocessingCode),
        Some("https://github.com/LLM360/amber-data-prep")
    );
    assert_eq!(
        location(&amber, ComponentId::ModelParametersIntermediate),
        Some("https://huggingface.co/LLM360/Amber/tree/ckpt_356")
    );
    assert_eq!(
        location(&amber, ComponentId::ResearchPaper),
        Some("https://arxiv.org/abs/2312.06550")
    );
    let sources = &amber.manifest.components[&ComponentId::Datasets].sources;
    assert_eq!(sources[0].name, "LLM360/AmberDatasets");
    let training = amber
        .manifest
        .evidence
        .iter()
        .find(|e| e.fact == "components.training-code")
        .expect("evidence");
    assert_eq!(
        (training.file.as_str(), training.line),
        ("README.md", Some(48))
    );

    // "Core repo (training, inference, fine-tuning etc.): https://github.com/allenai/OLMo"
    let olmo = card("olmo-2-13b.md", "OLMo-2-1124-13B");
    for c in [ComponentId::TrainingCode, ComponentId::InferenceCode] {
        assert_eq!(location(&olmo, c), Some("https://github.com/allenai/OLMo"));
    }
    assert_eq!(
        location(&olmo, ComponentId::EvaluationCode),
        Some("https://github.com/allenai/OLMo-Eval")
    );
    // The logo is a file of a dataset repository, not a training dataset.
    let names: Vec<&str> = olmo.manifest.components[&ComponentId::Datasets]
        .sources
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert!(!names.contains(&"allenai/blog-images"), "{names:?}");
    // The evaluation code is linked, so it is not assumed unused.
    let report = Engine::new(builtin_definitions().iter().collect())
        .assess(&olmo, &AssessOptions::new(jiff::civil::date(2026, 12, 3)));
    assert!(
        !report
            .warnings
            .iter()
            .any(|w| w.code == "W-ASSUMED-UNUSED" && w.message.contains("evaluation-code")),
        "{:?}",
        report.warnings
    );

    let pythia = card("pythia-1b.md", "pythia-1b");
    assert_eq!(
        location(&pythia, ComponentId::EvaluationCode),
        Some("https://github.com/EleutherAI/lm-evaluation-harness")
    );
    assert!(location(&pythia, ComponentId::ModelParametersIntermediate).is_some());

    // A tool named in a sentence about something else is not the training code: mergekit
    // merged the models; "pre-trained" is not a label.
    let merge = card("slerp-merge.md", "mistral-zephyr-slerp");
    assert_eq!(location(&merge, ComponentId::TrainingCode), None);
    // Nor is the paper of the merge method the model's paper; "Link to paper: [here](…)" is.
    let ties = card("ties-merge.md", "hermes-neural-ties");
    assert_eq!(location(&ties, ComponentId::ResearchPaper), None);
    assert_eq!(
        location(&card("bloom.md", "bloom"), ComponentId::ResearchPaper),
        Some("https://arxiv.org/abs/2211.05100")
    );
}

/// Sections are matched by meaning across heading levels: "## Training", "# Training",
/// "### Training procedure"; a section is evidence, never a judgement of completeness.
#[test]
fn sections_are_evidence_at_any_heading_level() {
    for (file, fact) in [
        ("pythia-1b.md", "data_information.description"),
        ("smollm-1.7b.md", "data_information.training_methodology"),
        ("phi-2.md", "data_information.training_methodology"),
    ] {
        let m = card(file, "repo");
        assert!(
            m.manifest.evidence.iter().any(|e| e.fact == fact),
            "{file}: {:?}",
            m.manifest.evidence
        );
        assert_eq!(m.manifest.data_information.description, None, "{file}");
    }
}

/// A card without front matter (a body only, as Meta's MODEL_CARD.md) is still a card.
#[test]
fn a_card_without_front_matter_is_read_by_read_card() {
    let m = read_card(
        "Llama-3/MODEL_CARD.md",
        "## Model Details\n\nMeta developed Llama 3.\n\n## Training Data\n\nPublic data.\n",
    )
    .unwrap_or_else(|e| panic!("{}", e.render(false)));
    assert_eq!(m.manifest.release.name, "Llama-3");
}
