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
}

const fn info(
    id: ComponentId,
    key: &'static str,
    mof_name: &'static str,
    content_type: ContentType,
) -> ComponentInfo {
    ComponentInfo {
        id,
        key,
        mof_name,
        content_type,
    }
}

use ComponentId as C;
use ContentType as T;

pub const COMPONENTS: [ComponentInfo; 17] = [
    info(
        C::ModelArchitecture,
        "model-architecture",
        "Model architecture",
        T::Code,
    ),
    info(
        C::DataPreprocessingCode,
        "data-preprocessing-code",
        "Data preprocessing code",
        T::Code,
    ),
    info(C::TrainingCode, "training-code", "Training code", T::Code),
    info(
        C::InferenceCode,
        "inference-code",
        "Inference code",
        T::Code,
    ),
    info(
        C::EvaluationCode,
        "evaluation-code",
        "Evaluation code",
        T::Code,
    ),
    info(
        C::SupportingLibraries,
        "supporting-libraries",
        "Supporting libraries and tools",
        T::Code,
    ),
    info(
        C::ModelParametersFinal,
        "model-parameters-final",
        "Model parameters (Final)",
        T::Model,
    ),
    info(
        C::ModelParametersIntermediate,
        "model-parameters-intermediate",
        "Model parameters (Intermediate)",
        T::Model,
    ),
    info(C::Datasets, "datasets", "Datasets", T::Data),
    info(
        C::EvaluationData,
        "evaluation-data",
        "Evaluation data",
        T::Data,
    ),
    info(
        C::ModelMetadata,
        "model-metadata",
        "Model metadata",
        T::Data,
    ),
    info(
        C::SampleModelOutputs,
        "sample-model-outputs",
        "Sample model outputs",
        T::Document,
    ),
    info(C::ModelCard, "model-card", "Model card", T::Document),
    info(C::DataCard, "data-card", "Data card", T::Document),
    info(
        C::TechnicalReport,
        "technical-report",
        "Technical report",
        T::Document,
    ),
    info(
        C::ResearchPaper,
        "research-paper",
        "Research paper",
        T::Document,
    ),
    info(
        C::EvaluationResults,
        "evaluation-results",
        "Evaluation results",
        T::Document,
    ),
];

impl ComponentId {
    pub const ALL: [ComponentId; 17] = {
        let mut ids = [C::ModelArchitecture; 17];
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

    pub fn mof_name(self) -> &'static str {
        self.info().mof_name
    }

    pub fn content_type(self) -> ContentType {
        self.info().content_type
    }

    pub fn is_dataset(self) -> bool {
        matches!(self, C::Datasets | C::EvaluationData)
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
