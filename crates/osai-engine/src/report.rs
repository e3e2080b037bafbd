//! The report, format v1: what the engine concludes, in the field order the spec fixes.

use std::collections::BTreeMap;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Serialize;

pub const REPORT_FORMAT: u32 = 1;

/// pass / fail / unknown / not-applicable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Pass,
    Fail,
    Unknown,
    NotApplicable,
}

impl Status {
    /// Every status, in declaration order ([`Status::index`]).
    pub const ALL: [Status; 4] = [
        Status::Pass,
        Status::Fail,
        Status::Unknown,
        Status::NotApplicable,
    ];

    /// The position in [`Status::ALL`]: for tables indexed by status.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "pass",
            Self::Fail => "fail",
            Self::Unknown => "unknown",
            Self::NotApplicable => "not-applicable",
        }
    }

    /// Kleene conjunction; `not-applicable` is neutral.
    pub fn and(self, other: Status) -> Status {
        use Status::*;
        match (self, other) {
            (NotApplicable, x) | (x, NotApplicable) => x,
            (Fail, _) | (_, Fail) => Fail,
            (Unknown, _) | (_, Unknown) => Unknown,
            (Pass, Pass) => Pass,
        }
    }

    /// Kleene disjunction; `not-applicable` is neutral.
    pub fn or(self, other: Status) -> Status {
        use Status::*;
        match (self, other) {
            (NotApplicable, x) | (x, NotApplicable) => x,
            (Pass, _) | (_, Pass) => Pass,
            (Unknown, _) | (_, Unknown) => Unknown,
            (Fail, Fail) => Fail,
        }
    }
}

/// Three-valued negation: pass and fail swap; unknown and not-applicable stay.
impl std::ops::Not for Status {
    type Output = Status;

    fn not(self) -> Status {
        match self {
            Self::Pass => Self::Fail,
            Self::Fail => Self::Pass,
            other => other,
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Report {
    pub report: u32,
    pub tool: Tool,
    pub as_of: String,
    pub release: ReleaseRef,
    pub warnings: Vec<Warning>,
    pub definitions: Vec<DefinitionResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

impl Default for Tool {
    fn default() -> Self {
        Self {
            name: "osai".into(),
            version: env!("CARGO_PKG_VERSION").into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ReleaseRef {
    pub name: String,
    // One of the release kinds' names: borrowed, not allocated per release.
    pub kind: &'static str,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
pub struct Warning {
    // A code from a fixed list (`W-LICENCE-ALIAS`): borrowed, not allocated per release.
    pub code: std::borrow::Cow<'static, str>,
    pub message: String,
    pub at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct DefinitionResult {
    pub id: String,
    pub title: String,
    pub verdict: Status,
    /// Levelled definitions: the highest level met (MOF: 1, 2, 3, or 0 = unclassified).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<u32>,
    /// Levelled definitions: name of the level met, or null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Option<String>>,
    /// MOF: progress per class, as the Model Openness Tool computes it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub progress: Option<BTreeMap<String, f64>>,
    /// Scored profiles (the European Open Source AI Index): the score.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// With a score: the most it could be (the dimensions of the schema scored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_of: Option<f64>,
    /// Categorising definitions (Debian): the category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// EU AI Act: outcome per exemption.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exemptions: Option<BTreeMap<String, String>>,
    /// EU AI Act: yes / no / unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub systemic_risk: Option<String>,
    /// EU AI Act: the obligations and whether they apply.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obligations: Option<Vec<Obligation>>,
    /// Why the verdict is what it is, when one sentence says it better than the requirements.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub requirements: Vec<RequirementResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Obligation {
    pub code: String,
    pub title: String,
    /// true, false, or null when a fact it turns on is missing.
    pub applies: Option<bool>,
    pub since: Option<String>,
    pub cite: String,
    /// Why it applies or not, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// A note on the date (transitional rule, amended timeline).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct RequirementResult {
    pub code: Arc<str>,
    pub title: Arc<str>,
    pub status: Status,
    pub component: Option<&'static str>,
    pub reason: String,
    pub facts: Vec<FactRef>,
    pub cite: Arc<str>,
    pub remedy: Option<Arc<str>>,
    /// Set when the requirement's wording rests on a source we could not check.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unverified: bool,
}

/// A fact a requirement read: its manifest path, its value, where it was written.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FactRef {
    pub path: String,
    pub value: serde_json::Value,
    pub at: Option<Arc<str>>,
}

/// A report without requirement details, for hub-scale runs (`--brief`): what each definition
/// decided and the status of each of its requirements, borrowed from the definitions rather than
/// copied per release. `osai_report::jsonl_line_brief` renders it.
#[derive(Debug, Clone, PartialEq)]
pub struct BriefReport<'d> {
    pub as_of: crate::manifest::Date,
    pub release: ReleaseRef,
    pub warnings: Vec<Warning>,
    pub definitions: Vec<BriefDefinition<'d>>,
}

/// One definition in a [`BriefReport`].
#[derive(Debug, Clone, PartialEq)]
pub struct BriefDefinition<'d> {
    pub definition: &'d crate::definition::Definition,
    pub verdict: Status,
    pub class: Option<u32>,
    pub score: Option<f64>,
    pub score_of: Option<f64>,
    /// Progress per class, by class number.
    pub progress: Option<Vec<(u32, f64)>>,
    pub category: Option<String>,
    /// Exemption ids (sorted) and their statuses.
    pub exemptions: Option<Vec<(&'d str, Status)>>,
    pub systemic_risk: Option<&'static str>,
    pub summary: Option<String>,
    /// One status per requirement of the definition, in its order.
    pub statuses: Vec<Status>,
}

impl BriefDefinition<'_> {
    /// The word the full report uses for an exemption's status (`applies`, …).
    pub fn exemption(&self, id: &str) -> Option<&'static str> {
        self.exemptions
            .as_ref()?
            .iter()
            .find(|(e, _)| *e == id)
            .map(|(_, s)| crate::eval::exemption_word(*s))
    }
}

#[cfg(test)]
mod tests {
    use super::Status::{self, *};

    const ALL: [Status; 4] = Status::ALL;

    #[test]
    fn index_is_the_position_in_all() {
        for (i, s) in ALL.into_iter().enumerate() {
            assert_eq!(s.index(), i);
        }
    }

    #[test]
    fn kleene_laws() {
        for a in ALL {
            assert_eq!(a.and(NotApplicable), a);
            assert_eq!(a.or(NotApplicable), a);
            for b in ALL {
                assert_eq!(a.and(b), b.and(a));
                assert_eq!(a.or(b), b.or(a));
                assert_eq!(!a.and(b), (!a).or(!b), "de Morgan {a} {b}");
            }
        }
        assert_eq!(Unknown.and(Fail), Fail);
        assert_eq!(Unknown.or(Pass), Pass);
        assert_eq!(Unknown.and(Pass), Unknown);
    }
}
