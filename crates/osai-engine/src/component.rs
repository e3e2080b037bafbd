//! The Model Openness Framework's 17 components: the base taxonomy of a release.

use serde::{Deserialize, Serialize};

/// What kind of material a component is; decides which licences suit it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ContentType {
    Code,
    Model,
    Data,
    Document,
}

impl ContentType {
    pub const ALL: [ContentType; 4] = [Self::Code, Self::Model, Self::Data, Self::Document];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Code => "code",
            Self::Model => "model",
            Self::Data => "data",
            Self::Document => "document",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One of the 17 components. Order is the taxonomy order used in every output.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentId {
    ModelArchitecture,
    DataPreprocessingCode,
    TrainingCode,
    InferenceCode,
    EvaluationCode,
    SupportingLibraries,
    ModelParametersFinal,
    ModelParametersIntermediate,
    Datasets,
    EvaluationData,
    ModelMetadata,
    SampleModelOutputs,
    ModelCard,
    DataCard,
    TechnicalReport,
    ResearchPaper,
    EvaluationResults,
}

/// Static facts about a component: its id, its name in Model Openness Tool files, its content type.
#[derive(Debug, Clone, Copy)]
pub struct ComponentInfo {
    pub id: ComponentId,
    pub key: &'static str,
    pub mof_name: &'static str,
    pub content_type: ContentType,
    /// `components.<key>`: the manifest path, for citing facts without formatting.
    pub path: &'static str,
    /// `components.<key>.license`.
    pub licence_path: &'static str,
}

macro_rules! component {
    ($id:ident, $key:literal, $mof:literal, $t:ident) => {
        ComponentInfo {
            id: ComponentId::$id,
            key: $key,
            mof_name: $mof,
            content_type: ContentType::$t,
            path: concat!("components.", $key),
            licence_path: concat!("components.", $key, ".license"),
        }
    };
}

pub const COMPONENTS: [ComponentInfo; 17] = [
    component!(
        ModelArchitecture,
        "model-architecture",
        "Model architecture",
        Code
    ),
    component!(
        DataPreprocessingCode,
        "data-preprocessing-code",
        "Data preprocessing code",
        Code
    ),
    component!(TrainingCode, "training-code", "Training code", Code),
    component!(InferenceCode, "inference-code", "Inference code", Code),
    component!(EvaluationCode, "evaluation-code", "Evaluation code", Code),
    component!(
        SupportingLibraries,
        "supporting-libraries",
        "Supporting libraries and tools",
        Code
    ),
    component!(
        ModelParametersFinal,
        "model-parameters-final",
        "Model parameters (Final)",
        Model
    ),
    component!(
        ModelParametersIntermediate,
        "model-parameters-intermediate",
        "Model parameters (Intermediate)",
        Model
    ),
    component!(Datasets, "datasets", "Datasets", Data),
    component!(EvaluationData, "evaluation-data", "Evaluation data", Data),
    component!(ModelMetadata, "model-metadata", "Model metadata", Data),
    component!(
        SampleModelOutputs,
        "sample-model-outputs",
        "Sample model outputs",
        Document
    ),
    component!(ModelCard, "model-card", "Model card", Document),
    component!(DataCard, "data-card", "Data card", Document),
    component!(
        TechnicalReport,
        "technical-report",
        "Technical report",
        Document
    ),
    component!(ResearchPaper, "research-paper", "Research paper", Document),
    component!(
        EvaluationResults,
        "evaluation-results",
        "Evaluation results",
        Document
    ),
];

impl ComponentId {
    /// [`Self::ALL`] as a static, to lend `&'static ComponentId`s.
    pub(crate) const ALL_REFS: &'static [ComponentId; 17] = &Self::ALL;

    pub const ALL: [ComponentId; 17] = {
        let mut ids = [ComponentId::ModelArchitecture; 17];
        let mut i = 0;
        while i < 17 {
            ids[i] = COMPONENTS[i].id;
            i += 1;
        }
        ids
    };

    pub fn info(self) -> &'static ComponentInfo {
        &COMPONENTS[self as usize]
    }

    /// The manifest key, e.g. `training-code`.
    pub fn key(self) -> &'static str {
        self.info().key
    }

    /// The component whose manifest key is exactly `key`, as a manifest's serde reading
    /// accepts it (no MOF names, no folding; see [`Self::parse`] for those).
    pub fn from_key(key: &str) -> Option<Self> {
        COMPONENTS.iter().find(|c| c.key == key).map(|c| c.id)
    }

    pub fn mof_name(self) -> &'static str {
        self.info().mof_name
    }

    pub fn content_type(self) -> ContentType {
        self.info().content_type
    }

    pub fn is_dataset(self) -> bool {
        matches!(self, Self::Datasets | Self::EvaluationData)
    }

    /// Accepts the manifest id or the MOF name (exact, then case- and spacing-insensitive).
    pub fn parse(s: &str) -> Option<Self> {
        if let Some(c) = COMPONENTS.iter().find(|c| c.key == s || c.mof_name == s) {
            return Some(c.id);
        }
        let folded = fold(s);
        COMPONENTS
            .iter()
            .find(|c| fold(c.key) == folded || fold(c.mof_name) == folded)
            .map(|c| c.id)
    }

    /// Every accepted spelling, for "did you mean" suggestions.
    pub fn spellings() -> impl Iterator<Item = &'static str> {
        COMPONENTS.iter().flat_map(|c| [c.key, c.mof_name])
    }
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl std::fmt::Display for ComponentId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_key_accepts_what_serde_accepts() {
        let serde = |s: &str| serde_json::from_value::<ComponentId>(serde_json::json!(s)).ok();
        for id in ComponentId::ALL {
            for text in [id.key(), id.mof_name(), &id.key().to_uppercase()] {
                assert_eq!(ComponentId::from_key(text), serde(text), "{text}");
            }
            assert_eq!(ComponentId::from_key(id.key()), Some(id));
        }
        assert_eq!(ComponentId::from_key(""), None);
    }

    #[test]
    fn table_is_in_enum_order() {
        for (i, c) in COMPONENTS.iter().enumerate() {
            assert_eq!(c.id as usize, i, "{}", c.key);
        }
    }

    #[test]
    fn accepts_ids_and_mof_names() {
        assert_eq!(
            ComponentId::parse("training-code"),
            Some(ComponentId::TrainingCode)
        );
        assert_eq!(
            ComponentId::parse("Model parameters (Final)"),
            Some(ComponentId::ModelParametersFinal)
        );
        assert_eq!(
            ComponentId::parse("supporting libraries and tools"),
            Some(ComponentId::SupportingLibraries)
        );
        assert_eq!(ComponentId::parse("weights"), None);
    }

    #[test]
    fn parameters_are_model_content() {
        assert_eq!(
            ComponentId::ModelParametersFinal.content_type(),
            ContentType::Model
        );
        assert_eq!(ComponentId::Datasets.content_type(), ContentType::Data);
    }
}
