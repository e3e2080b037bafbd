//! What a file in a release folder is, from its path alone (and, for code whose name says
//! nothing, from its first bytes).

use osai_engine::component::ComponentId;
use osai_engine::manifest::Confidence;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Safetensors,
    SafetensorsIndex,
    Gguf,
    /// Weights osai does not open (pickle, ONNX, Keras, Flax); presence only.
    OtherWeights,
    LicenceText,
    ModelCard,
    /// `config.json`, `params.json`, `generation_config.json`, tokenizer files.
    ModelMetadata,
    Code,
    DataFile,
    DataCard,
    Pdf,
    EvalResults,
    Other,
}

fn lower_name(rel: &str) -> String {
    rel.rsplit('/').next().unwrap_or(rel).to_lowercase()
}

fn dirs(rel: &str) -> impl Iterator<Item = String> + '_ {
    let mut parts: Vec<&str> = rel.split('/').collect();
    parts.pop();
    parts.into_iter().map(str::to_lowercase)
}

const CODE_EXT: &[&str] = &[
    "py", "ipynb", "sh", "rs", "c", "cc", "cpp", "cu", "h", "hpp", "js", "ts", "go", "java", "jl",
    "scala", "lua", "r",
];
const DATA_EXT: &[&str] = &[
    "parquet", "arrow", "jsonl", "csv", "tsv", "tfrecord", "zst", "gz", "npy", "npz", "bin.idx",
];
const DATA_DIRS: &[&str] = &["data", "dataset", "datasets", "corpus", "training_data"];
const EVAL_DIRS: &[&str] = &[
    "eval",
    "evals",
    "evaluation",
    "benchmark",
    "benchmarks",
    "test_data",
];

fn ext(name: &str) -> &str {
    name.rsplit_once('.').map_or("", |(_, e)| e)
}

/// Whether a file name is a licence, notice or use-policy text.
pub fn is_licence_name(name: &str) -> bool {
    let upper = name.to_uppercase();
    let e = ext(name).to_lowercase();
    let text_like = matches!(e.as_str(), "" | "txt" | "md" | "rst" | "markdown")
        || !name.contains('.')
        || upper.starts_with("LICENSE")
        || upper.starts_with("LICENCE");
    text_like
        && [
            "LICENSE",
            "LICENCE",
            "COPYING",
            "NOTICE",
            "USE_POLICY",
            "USAGE_POLICY",
            "USE-POLICY",
        ]
        .iter()
        .any(|w| upper.contains(w))
        && !matches!(e.as_str(), "py" | "json" | "yaml" | "yml" | "toml" | "js")
}

/// A weights format that is a Python pickle (loading it can run code).
pub fn is_pickle(rel: &str) -> bool {
    let name = lower_name(rel);
    matches!(ext(&name), "bin" | "pt" | "pth" | "ckpt" | "pkl")
}

pub fn classify(rel: &str) -> FileKind {
    let name = lower_name(rel);
    let e = ext(&name);
    let in_dir = |set: &[&str]| dirs(rel).any(|d| set.contains(&d.as_str()));
    if name.ends_with(".safetensors") {
        FileKind::Safetensors
    } else if name.ends_with(".safetensors.index.json") {
        FileKind::SafetensorsIndex
    } else if e == "gguf" {
        FileKind::Gguf
    } else if (name.starts_with("pytorch_model") && e == "bin")
        || matches!(
            e,
            "pt" | "pth" | "ckpt" | "onnx" | "h5" | "keras" | "msgpack" | "pdparams"
        )
    {
        FileKind::OtherWeights
    } else if is_licence_name(rel.rsplit('/').next().unwrap_or(rel)) {
        FileKind::LicenceText
    } else if (name == "readme.md" && !in_dir(DATA_DIRS))
        || name == "model_card.md"
        || name.starts_with("model_card")
    {
        FileKind::ModelCard
    } else if name.starts_with("data_card")
        || name.starts_with("datasheet")
        || name.starts_with("datacard")
        || (name == "readme.md" && in_dir(DATA_DIRS))
    {
        FileKind::DataCard
    } else if matches!(
        name.as_str(),
        "config.json"
            | "params.json"
            | "generation_config.json"
            | "tokenizer.json"
            | "tokenizer_config.json"
            | "tokenizer.model"
            | "special_tokens_map.json"
            | "vocab.json"
            | "merges.txt"
            | "added_tokens.json"
            | "chat_template.jinja"
            | "tekken.json"
            | "preprocessor_config.json"
    ) {
        FileKind::ModelMetadata
    } else if dirs(rel).any(|d| d == ".eval_results")
        || (name.contains("eval") && name.contains("result"))
        || (in_dir(EVAL_DIRS)
            && name.starts_with("results")
            && matches!(e, "json" | "yaml" | "csv"))
    {
        FileKind::EvalResults
    } else if CODE_EXT.contains(&e) {
        FileKind::Code
    } else if e == "pdf" {
        FileKind::Pdf
    } else if DATA_EXT.contains(&e) || (in_dir(DATA_DIRS) && matches!(e, "json" | "txt")) {
        FileKind::DataFile
    } else {
        FileKind::Other
    }
}

/// Which code component a source file is, by its path: (component, confidence, why).
pub fn code_component(rel: &str) -> Option<(ComponentId, &'static str)> {
    let lower = rel.to_lowercase();
    let name = lower_name(rel);
    let stem = name.split('.').next().unwrap_or(&name).to_owned();
    let words: Vec<&str> = lower
        .split(['/', '_', '-', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    let has = |ws: &[&str]| words.iter().any(|w| ws.contains(w));
    if stem.starts_with("modeling")
        || stem == "model"
        || stem.starts_with("configuration_")
        || has(&["architecture", "modeling", "models"])
    {
        Some((
            ComponentId::ModelArchitecture,
            "model definition by its name",
        ))
    } else if has(&[
        "preprocess",
        "preprocessing",
        "prepare",
        "prep",
        "dedup",
        "tokenize",
        "filter",
        "filtering",
        "clean",
        "cleaning",
        "dataprep",
    ]) {
        Some((
            ComponentId::DataPreprocessingCode,
            "data processing by its name",
        ))
    } else if has(&[
        "train",
        "training",
        "pretrain",
        "pretraining",
        "finetune",
        "finetuning",
        "sft",
        "dpo",
        "rlhf",
        "trainer",
    ]) {
        Some((ComponentId::TrainingCode, "training by its name"))
    } else if has(&[
        "eval",
        "evaluate",
        "evaluation",
        "benchmark",
        "benchmarks",
        "bench",
    ]) {
        Some((ComponentId::EvaluationCode, "evaluation by its name"))
    } else if has(&[
        "infer",
        "inference",
        "generate",
        "generation",
        "serve",
        "server",
        "chat",
        "predict",
        "demo",
        "app",
        "run",
    ]) {
        Some((ComponentId::InferenceCode, "inference by its name"))
    } else {
        None
    }
}

/// Which code component a source file is, by what it does (a low-confidence guess).
pub fn code_component_by_content(head: &str) -> Option<(ComponentId, &'static str)> {
    let any = |needles: &[&str]| needles.iter().any(|n| head.contains(n));
    if any(&[
        "loss.backward(",
        "optimizer.step(",
        "Trainer(",
        "SFTTrainer(",
        "accelerator.backward(",
    ]) {
        Some((ComponentId::TrainingCode, "calls an optimiser or trainer"))
    } else if any(&["lm_eval", "evaluate.load(", "compute_metrics"]) {
        Some((ComponentId::EvaluationCode, "computes evaluation metrics"))
    } else if any(&[".generate(", "pipeline(\"text-generation\"", "LLM(model="]) {
        Some((ComponentId::InferenceCode, "generates with a model"))
    } else if any(&["(nn.Module)", "(torch.nn.Module)", "(PreTrainedModel)"]) {
        Some((ComponentId::ModelArchitecture, "defines a network module"))
    } else {
        None
    }
}

/// Intermediate checkpoints live in folders such as `checkpoint-1000/`, `step5000/`.
pub fn is_intermediate(rel: &str) -> bool {
    dirs(rel).any(|d| {
        d.starts_with("checkpoint")
            || d == "intermediate"
            || d.starts_with("step")
                && d[4..]
                    .trim_start_matches(['-', '_'])
                    .chars()
                    .all(|c| c.is_ascii_digit())
                && d.len() > 4
    })
}

/// Data under an evaluation folder is evaluation data.
pub fn data_component(rel: &str) -> (ComponentId, Confidence) {
    if dirs(rel).any(|d| EVAL_DIRS.contains(&d.as_str())) {
        (ComponentId::EvaluationData, Confidence::Low)
    } else {
        (ComponentId::Datasets, Confidence::Low)
    }
}

/// A PDF that is a technical report or a paper, by its name.
pub fn pdf_component(rel: &str) -> Option<ComponentId> {
    let name = lower_name(rel);
    if name.contains("report") || name.contains("technical") {
        Some(ComponentId::TechnicalReport)
    } else if name.contains("paper") || name.contains("arxiv") {
        Some(ComponentId::ResearchPaper)
    } else {
        None
    }
}

/// Samples of what the model produces.
pub fn is_sample_output(rel: &str) -> bool {
    dirs(rel).any(|d| {
        matches!(
            d.as_str(),
            "samples" | "sample_outputs" | "generations" | "model_outputs"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_kinds() {
        assert_eq!(
            classify("model-00001-of-00004.safetensors"),
            FileKind::Safetensors
        );
        assert_eq!(
            classify("model.safetensors.index.json"),
            FileKind::SafetensorsIndex
        );
        assert_eq!(classify("LICENSE"), FileKind::LicenceText);
        assert_eq!(classify("code/LICENSE-CODE.txt"), FileKind::LicenceText);
        assert_eq!(classify("USE_POLICY.md"), FileKind::LicenceText);
        assert_eq!(
            classify("Tongyi Qianwen LICENSE AGREEMENT"),
            FileKind::LicenceText
        );
        assert_eq!(classify("license.py"), FileKind::Code);
        assert_eq!(classify("README.md"), FileKind::ModelCard);
        assert_eq!(classify("data/README.md"), FileKind::DataCard);
        assert_eq!(classify("tokenizer.json"), FileKind::ModelMetadata);
        assert_eq!(
            classify("pytorch_model-00001-of-00002.bin"),
            FileKind::OtherWeights
        );
        assert_eq!(classify("data/shard-0.parquet"), FileKind::DataFile);
        assert_eq!(classify(".eval_results/mmlu.yaml"), FileKind::EvalResults);
    }

    #[test]
    fn code_by_name() {
        let c = |p| code_component(p).map(|(c, _)| c);
        assert_eq!(c("scripts/train.py"), Some(ComponentId::TrainingCode));
        assert_eq!(c("modeling_olmo.py"), Some(ComponentId::ModelArchitecture));
        assert_eq!(
            c("data/dedup_minhash.py"),
            Some(ComponentId::DataPreprocessingCode)
        );
        assert_eq!(c("eval/run_mmlu.py"), Some(ComponentId::EvaluationCode));
        assert_eq!(c("generate.py"), Some(ComponentId::InferenceCode));
        assert_eq!(c("utils.py"), None);
        assert!(is_intermediate("checkpoints/step1000/model.safetensors"));
        assert!(is_intermediate("step-2000/model.safetensors"));
        assert!(!is_intermediate("model.safetensors"));
    }
}
