//! The rule format: each definition is a data file (TOML) with requirements, each a predicate
//! over the manifest's facts. See `docs/definitions.md`.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::component::ComponentId;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    pub id: String,
    pub title: String,
    pub version: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// adopted | draft | non-binding | policy
    #[serde(default = "adopted")]
    pub status: String,
    /// Release kinds the definition decides on; others get `not-applicable`.
    #[serde(default = "both_kinds")]
    pub applies_to: Vec<String>,
    #[serde(default)]
    pub summary: Option<String>,
    /// Another definition whose requirements come first (e.g. `osaid-1.0`).
    #[serde(default)]
    pub extends: Option<String>,
    #[serde(default, rename = "requirement")]
    pub requirements: Vec<Requirement>,
    /// Categories, first match wins; the definition's `category` is the one that matched.
    #[serde(default, rename = "category")]
    pub categories: Vec<CategoryRule>,
    /// With categories: the category that makes the verdict `pass`.
    #[serde(default)]
    pub pass_category: Option<String>,
    /// With categories: several categories that pass (categories are listed most open first).
    #[serde(default)]
    pub pass_categories: Vec<String>,
    /// A score summed over graded facts (e.g. the European Open Source AI Index).
    #[serde(default)]
    pub score: Option<Score>,
    /// Graded definitions (MOF classes): levels computed from component states.
    #[serde(default)]
    pub levels: Option<Levels>,
    /// Facts computed from others when not stated (e.g. training compute ≈ 6 × P × D).
    #[serde(default, rename = "derive")]
    pub derived: Vec<Derived>,
    /// Legal exemptions decided from the requirements (AI Act: art-2-12, art-53-2, art-54-6).
    #[serde(default, rename = "exemption")]
    pub exemptions: Vec<ExemptionRule>,
    /// Obligations, whether they apply and from when.
    #[serde(default, rename = "obligation")]
    pub obligations: Vec<ObligationRule>,
    /// A requirement whose `pass` means the definition decides something for this release;
    /// when it fails, the verdict is `not-applicable` (e.g. not a general-purpose AI model).
    #[serde(default)]
    pub decides_when: Option<Predicate>,
    /// With exemptions: `pass` when at least one exemption applies.
    #[serde(default)]
    pub verdict: Option<String>,
    /// The requirement whose outcome is the report's `systemic_risk` (yes/no/unknown).
    #[serde(default)]
    pub systemic_risk: Option<String>,
}

impl Definition {
    /// The definitions whose verdicts its rules read (`verdict = { definition = … }`).
    pub fn verdicts_read(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        for r in &self.requirements {
            r.check.walk(&mut |q| {
                if let Predicate::Verdict(v) = q {
                    ids.push(v.definition.as_str());
                }
            });
        }
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The manifest paths it reads by name — facts, scores, estimates (`facts.parameters`,
    /// `profiles.osai-index.code`) — as opposed to what predicates read by kind (components,
    /// licences, sources, Data Information).
    pub fn fact_paths(&self) -> Vec<&str> {
        let mut paths = Vec::new();
        let predicates = self
            .requirements
            .iter()
            .map(|r| &r.check)
            .chain(self.categories.iter().filter_map(|c| c.when.as_ref()))
            .chain(
                self.exemptions
                    .iter()
                    .flat_map(|e| e.only_if.iter().chain([&e.when])),
            )
            .chain(self.obligations.iter().flat_map(|o| {
                [&o.when]
                    .into_iter()
                    .chain(o.since_rules.iter().map(|r| &r.when))
            }))
            .chain(&self.decides_when);
        for p in predicates {
            p.walk(&mut |q| {
                if let Predicate::Fact(t) = q {
                    paths.push(t.path.as_str());
                    paths.extend(t.above_fact.as_ref().map(|r| r.path.as_str()));
                }
            });
        }
        if let Some(score) = &self.score {
            for (_, schema) in score.all_schemas() {
                paths.extend(schema.iter().map(String::as_str));
            }
        }
        for d in &self.derived {
            paths.push(&d.path);
            paths.extend(d.product.iter().map(String::as_str));
            paths.extend(d.upper_bound_when.as_deref());
        }
        paths
    }
}

/// Sum of points over facts, each fact's value mapped to points (`open` = 1, `partial` = 0.5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    /// The graded facts, for a profile with one schema.
    #[serde(default)]
    pub paths: Vec<String>,
    /// For a profile whose source changed schema: each set of graded facts; the score is taken
    /// over the schema with the most facts graded (the first on a tie).
    #[serde(default, rename = "schema")]
    pub schemas: Vec<ScoreSchema>,
    pub points: std::collections::BTreeMap<String, f64>,
    /// Where the score is from, shown beside it.
    pub credit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreSchema {
    pub name: String,
    pub paths: Vec<String>,
}

impl Score {
    /// Every schema, named (`paths` alone is one unnamed schema).
    pub fn all_schemas(&self) -> impl Iterator<Item = (Option<&str>, &[String])> {
        (!self.paths.is_empty())
            .then_some((None, self.paths.as_slice()))
            .into_iter()
            .chain(
                self.schemas
                    .iter()
                    .map(|s| (Some(s.name.as_str()), s.paths.as_slice())),
            )
    }
}

/// A fact computed as factor × the product of other facts, when not stated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derived {
    pub path: String,
    pub product: Vec<String>,
    #[serde(default = "one")]
    pub factor: f64,
    /// Said wherever the estimate is used.
    pub note: String,
    /// A fact path: when it is `true`, the estimate is only an upper bound (a mixture of
    /// experts counted with all its experts). Above a threshold it then decides nothing;
    /// below one it still does.
    #[serde(default)]
    pub upper_bound_when: Option<String>,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExemptionRule {
    pub id: String,
    pub title: String,
    pub cite: String,
    /// Release kinds it can apply to; others are `not-applicable`.
    pub applies_to: Vec<String>,
    /// Also `not-applicable` unless this passes (e.g. only general-purpose AI models).
    #[serde(default)]
    pub only_if: Option<Predicate>,
    pub when: Predicate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObligationRule {
    pub code: String,
    pub title: String,
    pub cite: String,
    pub applies_to: Vec<String>,
    pub when: Predicate,
    /// The date the obligation applies from.
    pub since: String,
    /// Other dates under conditions, the first whose condition passes wins (Art. 111(3), …).
    #[serde(default)]
    pub since_rules: Vec<SinceRule>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SinceRule {
    pub when: Predicate,
    pub date: String,
    pub note: String,
}

/// Levels graded the way the Model Openness Tool grades MOF classes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Levels {
    /// The computation: `mof-progress` (cumulative classes with the Tool's progress percentages).
    pub method: String,
    /// Which licence strings count as open (the Tool compares exact ids).
    pub open: OpenLicences,
    /// A missing component another one may stand in for (the Tool's technical-report rule).
    #[serde(default)]
    pub substitute: Option<Substitute>,
    /// Most open first: class 1 is the highest.
    #[serde(rename = "level")]
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenLicences {
    /// Every SPDX licence that is OSI-approved or FSF-libre in the SPDX list.
    #[serde(default)]
    pub osi_or_fsf: bool,
    /// These ids too.
    #[serde(default)]
    pub also: Vec<String>,
    /// Ids starting with one of these (e.g. `CC-BY-4` for CC-BY-4.0 and its ports).
    #[serde(default)]
    pub also_prefix: Vec<String>,
    /// Never these, whatever the flags say.
    #[serde(default)]
    pub except: Vec<String>,
    /// The ids `osi_or_fsf` and `also` admit, less `except`: built on first use.
    #[serde(skip)]
    admitted: AdmittedIds,
}

/// A cache that takes no part in comparisons, copies or output.
#[derive(Default)]
struct AdmittedIds(std::sync::OnceLock<rustc_hash::FxHashSet<String>>);

impl Clone for AdmittedIds {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl PartialEq for AdmittedIds {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for AdmittedIds {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AdmittedIds")
    }
}

impl OpenLicences {
    /// Exact, case-sensitive comparison, as the Model Openness Tool does.
    pub fn is_open(&self, id: &str) -> bool {
        let admitted = self.admitted.0.get_or_init(|| {
            let flagged = spdx::identifiers::LICENSES.iter().filter_map(|l| {
                let lic = spdx::license_id(l.name)?;
                // As `license_id` reads it: `GPL-2.0+` is found as `GPL-2.0`, so not exact.
                (self.osi_or_fsf
                    && lic.name == l.name
                    && (lic.is_osi_approved() || lic.is_fsf_free_libre()))
                .then(|| l.name.to_owned())
            });
            flagged
                .chain(self.also.iter().cloned())
                .filter(|i| !self.except.contains(i))
                .collect()
        });
        if admitted.contains(id) {
            return true;
        }
        // Every flagged SPDX id and every `also` id not excepted is in the set: what is left
        // to admit are the prefixes.
        self.also_prefix.iter().any(|p| id.starts_with(p.as_str()))
            && !self.except.iter().any(|e| e == id)
    }

    /// The rule as written, without the set: what `is_open` must agree with.
    #[cfg(test)]
    fn is_open_by_rule(&self, id: &str) -> bool {
        if self.except.iter().any(|e| e == id) {
            return false;
        }
        if self.also.iter().any(|a| a == id)
            || self.also_prefix.iter().any(|p| id.starts_with(p.as_str()))
        {
            return true;
        }
        self.osi_or_fsf
            && spdx::license_id(id)
                .is_some_and(|l| l.name == id && (l.is_osi_approved() || l.is_fsf_free_libre()))
    }
}

#[cfg(test)]
mod open_licence_tests {
    #[test]
    fn the_set_agrees_with_the_rule_on_every_spdx_id() {
        for def in crate::builtin_definitions() {
            let Some(levels) = &def.levels else { continue };
            let open = &levels.open;
            let mut ids: Vec<&str> = spdx::identifiers::LICENSES.iter().map(|l| l.name).collect();
            ids.extend(open.also.iter().map(String::as_str));
            ids.extend(open.except.iter().map(String::as_str));
            ids.extend([
                "CC-BY-4.0-ish",
                "cc-by-4.0",
                "mit",
                "",
                "LicenseRef-x",
                "Apache 2.0",
            ]);
            for id in ids {
                assert_eq!(
                    open.is_open(id),
                    open.is_open_by_rule(id),
                    "{} on {id:?}",
                    def.id
                );
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Substitute {
    pub missing: ComponentId,
    pub by: ComponentId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub class: u32,
    pub id: String,
    pub name: String,
    pub required: Vec<ComponentId>,
    #[serde(default)]
    pub optional: Vec<ComponentId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRule {
    pub id: String,
    pub title: String,
    /// Absent: always matches (the fallback, last).
    #[serde(default)]
    pub when: Option<Predicate>,
}

fn adopted() -> String {
    "adopted".into()
}

fn both_kinds() -> Vec<String> {
    vec!["model".into(), "system".into()]
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Stable code, like a lint code: `OSAID-CODE-TRAINING`.
    pub code: Arc<str>,
    pub title: Arc<str>,
    /// The text this requirement rests on.
    pub cite: Arc<str>,
    #[serde(default)]
    pub component: Option<ComponentId>,
    /// What it checks and why, for `osai explain`.
    #[serde(default)]
    pub explain: Option<String>,
    pub check: Predicate,
    #[serde(default)]
    pub remedy: Remedy,
    /// The wording rests on a source osai could not check.
    #[serde(default)]
    pub unverified: bool,
    /// Release kinds this requirement is about (default: all the definition applies to).
    #[serde(default)]
    pub applies_to: Option<Vec<String>>,
    /// In a definition that `extends` another: this requirement takes the place of the
    /// parent's requirement with the same code (a reading that changes one test).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub replaces: bool,
}

/// What to do to pass, per outcome. `unknown` is the question to answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    #[serde(default)]
    pub fail: Option<Arc<str>>,
    #[serde(default)]
    pub unknown: Option<Arc<str>>,
}

/// Licence tests a predicate can ask of the licence base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LicenceTest {
    /// On the OSI's list of approved licences.
    OsiApproved,
    /// Meets the Open Source Definition in substance.
    OsdConformant,
    /// A free and open-source licence in the sense of the AI Act.
    AiactFoss,
    /// Grants the freedoms named in `freedoms` (use, study, modify, redistribute).
    Grants,
    /// Has no restriction of the kinds named in `kinds` (a reviewed licence is needed).
    FreeOf,
}

impl LicenceTest {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OsiApproved => "osi-approved",
            Self::OsdConformant => "osd-conformant",
            Self::AiactFoss => "aiact-foss",
            Self::Grants => "grants",
            Self::FreeOf => "free-of",
        }
    }
}

/// Comparison operators for `fact`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactTest {
    /// Manifest path, e.g. `facts.monetised`.
    pub path: String,
    #[serde(default)]
    pub equals: Option<toml::Value>,
    #[serde(default)]
    pub above: Option<f64>,
    #[serde(default)]
    pub below: Option<f64>,
    /// A list fact is empty.
    #[serde(default)]
    pub empty: Option<bool>,
    /// A list fact contains one of these.
    #[serde(default)]
    pub contains_any: Vec<String>,
    /// A date fact is before this date.
    #[serde(default)]
    pub before_date: Option<String>,
    /// The fact is stated at all (`true`) or not (`false`); never unknown.
    #[serde(default)]
    pub present: Option<bool>,
    /// A number fact is above `times` × another fact.
    #[serde(default)]
    pub above_fact: Option<FactRatio>,
    /// The value taken when the fact is not stated — only in the conservative direction (more
    /// obligations, no exemption); the reason says so.
    #[serde(default)]
    pub default: Option<toml::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactRatio {
    pub path: String,
    pub times: f64,
}

/// The date of assessment (`--as-of`) compared with a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AsOfTest {
    #[serde(default)]
    pub before: Option<String>,
    #[serde(default)]
    pub on_or_after: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LicenceCheck {
    /// The component whose effective licence is tested; `data-information` for the Data
    /// Information documents.
    pub component: LicenceTarget,
    pub test: LicenceTest,
    /// Also require the licence to suit the component's content type.
    #[serde(default)]
    pub suits: bool,
    /// With `test = "grants"`: the freedoms required.
    #[serde(default)]
    pub freedoms: Vec<String>,
    /// With `test = "free-of"`: the restriction kinds that must be absent.
    #[serde(default)]
    pub kinds: Vec<crate::licence::RestrictionKind>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesCheck {
    pub component: ComponentId,
    /// Every source must be of one of these classes.
    #[serde(default)]
    pub classes: Vec<crate::manifest::DataClass>,
    /// Every source's licence must pass this test.
    #[serde(default)]
    pub licence: Option<LicenceTest>,
    /// Every source must say where to get it.
    #[serde(default)]
    pub located: bool,
}

/// A predicate over the manifest. Exactly one key per table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Predicate {
    /// The component is listed and published (not `false`, not `partial`).
    Published(ComponentId),
    /// The component is listed at all (its state does not matter).
    Listed(ComponentId),
    /// The effective licence of a component passes a test.
    Licence(LicenceCheck),
    /// A Data Information item is `true`.
    DataInfo(String),
    /// A fact compared with a value.
    Fact(FactTest),
    /// Every dataset source meets the conditions.
    Sources(SourcesCheck),
    All(Vec<Predicate>),
    Any(Vec<Predicate>),
    /// The first that is not `unknown` decides (a stated fact before an indicative hint).
    First(Vec<Predicate>),
    /// The outcome of an exemption: pass when it applies.
    Exemption(String),
    /// Compares the date of assessment.
    AsOf(AsOfTest),
    /// `then` when the condition passes, `else` when it fails; an unknown condition follows
    /// `unknown_as` (`then`, `else`, or by default `unknown`).
    If(IfThenElse),
    Not(Box<Predicate>),
    /// The outcome of another requirement of the same definition.
    Requirement(String),
    /// A placeholder: always `unknown`, remedy "not implemented yet".
    Stub(bool),
    /// The component's state as the Model Openness Tool sees it (needs `[levels]`): pass when
    /// included under an open licence; optional components are `not-applicable` when absent.
    MofComponent(ComponentId),
    /// For components required only "if used": `not-applicable` when the component is not
    /// listed (assumed unused, with a warning), else the inner check.
    IfListed(IfListed),
    /// Another definition's verdict on the same release (a reading of the AI Act that takes
    /// "free and open-source licence" to mean "passes OSAID 1.0"): pass when it is `is`
    /// (default `pass`), unknown when that definition is undecided or does not apply.
    Verdict(VerdictRef),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictRef {
    pub definition: String,
    /// `pass` (default), `fail`, `unknown` or `not-applicable`.
    #[serde(default)]
    pub is: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IfThenElse {
    pub cond: Box<Predicate>,
    pub then: Box<Predicate>,
    #[serde(rename = "else")]
    pub otherwise: Box<Predicate>,
    #[serde(default)]
    pub unknown_as: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IfListed {
    pub component: ComponentId,
    pub check: Box<Predicate>,
    /// Not listed means the component was not used (OSAID's "if used"); a warning says so.
    #[serde(default)]
    pub assume_unused: bool,
}

impl Predicate {
    /// Calls `visit` on this predicate and on every predicate inside it, parents first.
    pub fn walk<'a>(&'a self, visit: &mut impl FnMut(&'a Predicate)) {
        visit(self);
        match self {
            Self::All(ps) | Self::Any(ps) | Self::First(ps) => {
                ps.iter().for_each(|p| p.walk(visit));
            }
            Self::If(i) => {
                [&i.cond, &i.then, &i.otherwise]
                    .into_iter()
                    .for_each(|p| p.walk(visit));
            }
            Self::Not(p) => p.walk(visit),
            Self::IfListed(l) => l.check.walk(visit),
            Self::Published(_)
            | Self::Listed(_)
            | Self::Licence(_)
            | Self::DataInfo(_)
            | Self::Fact(_)
            | Self::Sources(_)
            | Self::Exemption(_)
            | Self::AsOf(_)
            | Self::Requirement(_)
            | Self::Stub(_)
            | Self::MofComponent(_)
            | Self::Verdict(_) => {}
        }
    }
}

/// What a licence check reads: a component's effective licence, or the Data Information's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenceTarget {
    Component(ComponentId),
    DataInformation,
}

impl LicenceTarget {
    pub fn licence_path(self) -> &'static str {
        match self {
            Self::Component(id) => id.info().licence_path,
            Self::DataInformation => "data_information.license",
        }
    }

    pub fn content_type(self) -> crate::component::ContentType {
        match self {
            Self::Component(id) => id.content_type(),
            Self::DataInformation => crate::component::ContentType::Document,
        }
    }
}

impl std::fmt::Display for LicenceTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Component(id) => f.write_str(id.key()),
            Self::DataInformation => f.write_str("data-information"),
        }
    }
}

impl Serialize for LicenceTarget {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LicenceTarget {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if s == "data-information" {
            return Ok(Self::DataInformation);
        }
        ComponentId::parse(&s).map(Self::Component).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{s}` is neither a component id nor `data-information`"
            ))
        })
    }
}
