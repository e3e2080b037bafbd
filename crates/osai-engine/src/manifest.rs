//! The release manifest, format v1: the model every input format is converted into.
//!
//! Plain data. Where each value came from is kept beside it in a [`SourceMap`], so the
//! engine can cite `file:line:column` for every fact it reads without knowing about files.

use std::collections::BTreeMap;
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::component::{ComponentId, ContentType};

/// A calendar date, ISO 8601 (`2024-11-26`).
pub type Date = jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "osai release manifest, format v1")]
pub struct Manifest {
    /// Format version; must be 1.
    pub osai: u32,
    pub release: Release,
    /// Default licences by content type (the MOF "global" licences).
    #[serde(default, skip_serializing_if = "LicenseDefaults::is_empty")]
    pub licenses: LicenseDefaults,
    /// Components keyed by component id (or MOF name on input).
    #[serde(default, skip_serializing_if = "ComponentMap::is_empty")]
    pub components: ComponentMap,
    /// Whether `components` lists everything the release has. `true` (the default, a
    /// hand-written manifest): a component not listed is not published. `false` (what importers
    /// of partial sources write: a model card, an Index entry, a BOM): a component not listed is
    /// not stated, and what turns on it is `unknown`.
    #[serde(default = "complete", skip_serializing_if = "is_true")]
    pub components_complete: bool,
    /// OSAID 1.0 "Data Information".
    #[serde(default, skip_serializing_if = "DataInformation::is_empty")]
    pub data_information: DataInformation,
    /// What the EU AI Act turns on.
    #[serde(default, skip_serializing_if = "Facts::is_empty")]
    pub facts: Facts,
    /// Extension: grades from third-party assessments, by profile then dimension
    /// (e.g. `osai-index: {opencode: open}`), kept as imported and shown beside the verdicts.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub profiles: BTreeMap<String, BTreeMap<String, String>>,
    /// Extension: where inferred facts came from (written by `osai scan`), one entry per fact
    /// and file. Informative: the engine reads the facts above, not this list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
}

/// Where one inferred fact came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The manifest path of the fact (`facts.parameters`, `components.training-code`).
    pub fact: String,
    /// The value read, as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The file it was read from, relative to the scanned folder.
    pub file: String,
    /// The line in that file, when the fact is on one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    pub confidence: Confidence,
    /// How it was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The commit the file was read at, for a release read from a hub (`osai scan hf:ID`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// Where a person can open the file at that revision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// How sure an inference is: `high` (read from a format that states it: a weights header, a
/// licence text identified, a card field), `medium` (a convention: a file name, a card section),
/// `low` (a guess from content).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Release {
    pub name: String,
    pub kind: ReleaseKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub producer: Option<String>,
    /// Release date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub date: Option<Date>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub release_type: Option<ReleaseType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repository: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub huggingface: Option<String>,
}

impl Manifest {
    /// The licence that applies to a component and the path it was read from: its own, then
    /// the default for its content type.
    #[inline]
    pub fn licence_of(&self, id: ComponentId) -> Option<(&'static str, &str)> {
        if let Some(s) = self.components.get(&id).and_then(|c| c.license.as_deref()) {
            return Some((id.info().licence_path, s));
        }
        self.licenses.for_content(id.content_type())
    }
}

impl Release {
    /// A release with only its required fields.
    pub fn new(name: impl Into<String>, kind: ReleaseKind) -> Self {
        Self {
            name: name.into(),
            kind,
            version: None,
            producer: None,
            date: None,
            release_type: None,
            repository: None,
            huggingface: None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReleaseKind {
    Model,
    System,
}

impl ReleaseKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Model => "model",
            Self::System => "system",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ReleaseType {
    Language,
    Vision,
    Audio,
    Multimodal,
    Other,
}

/// Licences by content type. Each is an SPDX expression, a `LicenseRef-` id, or `unlicensed`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LicenseDefaults {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Parameters. MOF files put these under `data`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

impl LicenseDefaults {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    /// The field under a key of `licenses` (`distribution`, `code`, `model`, `data`,
    /// `document`), for readers filling it in.
    pub fn slot_mut(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "distribution" => &mut self.distribution,
            "code" => &mut self.code,
            "model" => &mut self.model,
            "data" => &mut self.data,
            "document" => &mut self.document,
            _ => return None,
        })
    }

    /// The default licence for a content type and the path it was read from: the type's own,
    /// (parameters: `model`, then `data`), then `distribution`.
    pub fn for_content(&self, t: ContentType) -> Option<(&'static str, &str)> {
        let l = self;
        let chain: &[(&'static str, &Option<String>)] = match t {
            ContentType::Code => &[
                ("licenses.code", &l.code),
                ("licenses.distribution", &l.distribution),
            ],
            ContentType::Model => &[
                ("licenses.model", &l.model),
                ("licenses.data", &l.data),
                ("licenses.distribution", &l.distribution),
            ],
            ContentType::Data => &[
                ("licenses.data", &l.data),
                ("licenses.distribution", &l.distribution),
            ],
            ContentType::Document => &[
                ("licenses.document", &l.document),
                ("licenses.distribution", &l.distribution),
            ],
        };
        chain
            .iter()
            .find_map(|(k, v)| v.as_deref().map(|s| (*k, s)))
    }
}

/// `true`, `false`, `partial`, or `unknown`: listed (a source names it) but whether it is
/// published is not stated, so what turns on it is `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Disclosure {
    Yes,
    No,
    Partial,
    Unknown,
}

impl Disclosure {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "true",
            Self::No => "false",
            Self::Partial => "partial",
            Self::Unknown => "unknown",
        }
    }

    pub fn to_json(self) -> serde_json::Value {
        match self {
            Self::Yes => true.into(),
            Self::No => false.into(),
            Self::Partial => "partial".into(),
            Self::Unknown => "unknown".into(),
        }
    }
}

impl Serialize for Disclosure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Yes => s.serialize_bool(true),
            Self::No => s.serialize_bool(false),
            Self::Partial => s.serialize_str("partial"),
            Self::Unknown => s.serialize_str("unknown"),
        }
    }
}

impl<'de> Deserialize<'de> for Disclosure {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Disclosure;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("true, false, \"partial\" or \"unknown\"")
            }

            fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<Disclosure, E> {
                Ok(if b { Disclosure::Yes } else { Disclosure::No })
            }

            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Disclosure, E> {
                match s {
                    "partial" => Ok(Disclosure::Partial),
                    "unknown" => Ok(Disclosure::Unknown),
                    _ => Err(E::custom(format!(
                        "expected true, false, \"partial\" or \"unknown\", found {s:?}"
                    ))),
                }
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Disclosure {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Disclosure".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "true, false, \"partial\" or \"unknown\" (listed, publication not stated)",
            "oneOf": [ { "type": "boolean" }, { "const": "partial" }, { "const": "unknown" } ]
        })
    }
}

/// A count (parameters, tokens) is written as an integer when it is one: `152704`, not
/// `152704.0`. Counts beyond 2^53 and fractions stay numbers as they are.
fn count<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 => {
            s.serialize_i64(*x as i64)
        }
        Some(x) => s.serialize_f64(*x),
        None => s.serialize_none(),
    }
}

fn complete() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

fn is_yes(d: &Disclosure) -> bool {
    *d == Disclosure::Yes
}

fn yes() -> Disclosure {
    Disclosure::Yes
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Whether it is published; `true` when the component is listed.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub published: Disclosure,
    /// Where it is published (URL or path).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Licence of this component; wins over the defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Path or URL of the licence text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license_file: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Dataset components only: the sources the data came from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<DataSource>,
}

impl Default for Component {
    fn default() -> Self {
        Self {
            published: Disclosure::Yes,
            location: None,
            license: None,
            license_file: None,
            description: None,
            sources: Vec::new(),
        }
    }
}

/// The components of a release: at most one per [`ComponentId`], in taxonomy order. A slot
/// per id rather than a search tree: every definition looks components up by id, release
/// after release. Reads, writes and describes itself (JSON Schema) as a map keyed by id.
#[derive(Clone, PartialEq)]
pub struct ComponentMap(Box<[Option<Component>; ComponentId::ALL.len()]>);

const _: () = {
    let mut i = 0;
    while i < ComponentId::ALL.len() {
        assert!(ComponentId::ALL[i] as usize == i);
        i += 1;
    }
};

impl Default for ComponentMap {
    fn default() -> Self {
        // Filled in place: `Box::new` of the array would build it on the stack first.
        let slots: Box<[Option<Component>]> = ComponentId::ALL.iter().map(|_| None).collect();
        match slots.try_into() {
            Ok(slots) => Self(slots),
            Err(_) => unreachable!("one slot per component id"),
        }
    }
}

impl ComponentMap {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, id: &ComponentId) -> Option<&Component> {
        self.0[*id as usize].as_ref()
    }

    pub fn get_mut(&mut self, id: &ComponentId) -> Option<&mut Component> {
        self.0[*id as usize].as_mut()
    }

    pub fn contains_key(&self, id: &ComponentId) -> bool {
        self.0[*id as usize].is_some()
    }

    /// Puts `c` in `id`'s slot; the component it replaces, if any.
    pub fn insert(&mut self, id: ComponentId, c: Component) -> Option<Component> {
        self.0[id as usize].replace(c)
    }

    pub fn remove(&mut self, id: &ComponentId) -> Option<Component> {
        self.0[*id as usize].take()
    }

    /// The component in `id`'s slot, a default one put there first if it is empty.
    pub fn get_or_default(&mut self, id: ComponentId) -> &mut Component {
        self.0[id as usize].get_or_insert_with(Component::default)
    }

    pub fn len(&self) -> usize {
        self.0.iter().filter(|c| c.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// The listed components in taxonomy order.
    pub fn iter(&self) -> ComponentIter<'_> {
        ComponentIter(ComponentId::ALL_REFS.iter().zip(self.0.iter()))
    }

    pub fn iter_mut(
        &mut self,
    ) -> impl DoubleEndedIterator<Item = (&'static ComponentId, &mut Component)> {
        ComponentId::ALL_REFS
            .iter()
            .zip(self.0.iter_mut())
            .filter_map(|(id, c)| Some((id, c.as_mut()?)))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &'static ComponentId> {
        self.iter().map(|(id, _)| id)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Component> {
        self.0.iter().flatten()
    }

    pub fn values_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut Component> {
        self.0.iter_mut().flatten()
    }
}

impl std::fmt::Debug for ComponentMap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl std::ops::Index<&ComponentId> for ComponentMap {
    type Output = Component;

    fn index(&self, id: &ComponentId) -> &Component {
        match self.get(id) {
            Some(c) => c,
            None => panic!("component {id} is not listed"),
        }
    }
}

impl FromIterator<(ComponentId, Component)> for ComponentMap {
    /// A later component with the same id replaces an earlier one, as in a map.
    fn from_iter<I: IntoIterator<Item = (ComponentId, Component)>>(items: I) -> Self {
        let mut map = Self::default();
        for (id, c) in items {
            map.insert(id, c);
        }
        map
    }
}

impl From<BTreeMap<ComponentId, Component>> for ComponentMap {
    fn from(map: BTreeMap<ComponentId, Component>) -> Self {
        map.into_iter().collect()
    }
}

/// The listed components of a [`ComponentMap`] and their ids, in taxonomy order.
pub struct ComponentIter<'m>(
    std::iter::Zip<std::slice::Iter<'static, ComponentId>, std::slice::Iter<'m, Option<Component>>>,
);

impl<'m> Iterator for ComponentIter<'m> {
    type Item = (&'static ComponentId, &'m Component);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.find_map(|(id, c)| Some((id, c.as_ref()?)))
    }
}

impl DoubleEndedIterator for ComponentIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        loop {
            if let (id, Some(c)) = self.0.next_back()? {
                return Some((id, c));
            }
        }
    }
}

impl<'m> IntoIterator for &'m ComponentMap {
    type Item = (&'static ComponentId, &'m Component);
    type IntoIter = ComponentIter<'m>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl IntoIterator for ComponentMap {
    type Item = (ComponentId, Component);
    type IntoIter = std::iter::FilterMap<
        std::iter::Zip<
            std::array::IntoIter<ComponentId, { ComponentId::ALL.len() }>,
            std::array::IntoIter<Option<Component>, { ComponentId::ALL.len() }>,
        >,
        fn((ComponentId, Option<Component>)) -> Option<(ComponentId, Component)>,
    >;

    fn into_iter(self) -> Self::IntoIter {
        ComponentId::ALL
            .into_iter()
            .zip(*self.0)
            .filter_map(|(id, c)| Some((id, c?)))
    }
}

impl Serialize for ComponentMap {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for ComponentMap {
    /// As a map keyed by id reads it (a repeated key: the last wins).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        BTreeMap::<ComponentId, Component>::deserialize(d).map(Self::from)
    }
}

impl JsonSchema for ComponentMap {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <BTreeMap<ComponentId, Component>>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        <BTreeMap<ComponentId, Component>>::schema_id()
    }

    fn inline_schema() -> bool {
        <BTreeMap<ComponentId, Component>>::inline_schema()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<ComponentId, Component>>::json_schema(generator)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataSource {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<DataClass>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "count"
    )]
    pub tokens: Option<f64>,
}

/// OSI's four classes of training data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DataClass {
    /// Can be copied, modified and shared.
    Open,
    /// Anyone can see it while it stays available.
    Public,
    /// Can be obtained, perhaps for a fee.
    Obtainable,
    /// Can be used but only described (e.g. personal data).
    Unshareable,
}

impl DataClass {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Public => "public",
            Self::Obtainable => "obtainable",
            Self::Unshareable => "unshareable",
        }
    }
}

/// The items of OSAID 1.0 "Data Information".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataInformation {
    /// Complete description of all training data, including unshareable data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Disclosure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provenance: Option<Disclosure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Disclosure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selection: Option<Disclosure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labeling: Option<Disclosure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub processing: Option<Disclosure>,
    /// All publicly available training data listed, with where to get it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_listed: Option<Disclosure>,
    /// All third-party obtainable data listed, with where (including for a fee).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obtainable_listed: Option<Disclosure>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_methodology: Option<Disclosure>,
    /// Terms of the documents carrying the Data Information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
}

impl DataInformation {
    pub const ITEMS: [&'static str; 9] = [
        "description",
        "provenance",
        "scope",
        "selection",
        "labeling",
        "processing",
        "public_listed",
        "obtainable_listed",
        "training_methodology",
    ];

    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    pub fn item(&self, name: &str) -> Option<Option<Disclosure>> {
        Some(match name {
            "description" => self.description,
            "provenance" => self.provenance,
            "scope" => self.scope,
            "selection" => self.selection,
            "labeling" => self.labeling,
            "processing" => self.processing,
            "public_listed" => self.public_listed,
            "obtainable_listed" => self.obtainable_listed,
            "training_methodology" => self.training_methodology,
            _ => return None,
        })
    }

    pub fn item_mut(&mut self, name: &str) -> Option<&mut Option<Disclosure>> {
        Some(match name {
            "description" => &mut self.description,
            "provenance" => &mut self.provenance,
            "scope" => &mut self.scope,
            "selection" => &mut self.selection,
            "labeling" => &mut self.labeling,
            "processing" => &mut self.processing,
            "public_listed" => &mut self.public_listed,
            "obtainable_listed" => &mut self.obtainable_listed,
            "training_methodology" => &mut self.training_methodology,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Text,
    Image,
    Video,
    Audio,
    Code,
    Other,
}

/// The facts the EU AI Act turns on. Every one is optional; a missing one makes the rules that
/// need it `unknown`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    /// Displays significant generality (Art. 3(63)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub general_purpose: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_modalities: Option<Vec<Modality>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "count"
    )]
    pub parameters: Option<f64>,
    /// A mixture-of-experts model: only some experts run for each token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mixture_of_experts: Option<bool>,
    /// Parameters used for one token (for a mixture of experts, fewer than `parameters`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "count"
    )]
    pub active_parameters: Option<f64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "count"
    )]
    pub training_tokens: Option<f64>,
    /// Cumulative training compute; when absent, estimated as 6 × active (else all) parameters
    /// × training_tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training_compute_flop: Option<f64>,
    /// Designated by the Commission (Art. 51(1)(b)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub systemic_risk_designated: Option<bool>,
    /// Recital 103: price, paid support tied to use, personal data …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetised: Option<bool>,
    /// Placed on the market or put into service in the Union.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_market: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("format" = "date"))]
    pub placed_on_market: Option<Date>,
    /// Base model name when this is a fine-tune or modification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modification_compute_flop: Option<f64>,
    /// Systems: Annex III codes, e.g. `annex-iii-4a`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intended_purposes: Option<Vec<String>>,
    /// Systems: Art. 5 codes, e.g. `art-5-1-c`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prohibited_practices: Option<Vec<String>>,
    /// Systems: Art. 50 transparency cases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transparency: Option<Vec<String>>,
    /// Systems: names or manifest paths of the models inside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub models: Option<Vec<String>>,
    /// Extension: the provider claims the Art. 6(3) derogation for an Annex III use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_6_3_derogation: Option<bool>,
    /// Extension: training compute of the model this one was modified from (one-third rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_training_compute_flop: Option<f64>,
    /// Extension: the model this one was modified from is a GPAI model with systemic risk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_systemic_risk: Option<bool>,
    /// Extension: the provider is established in the Union (Art. 54 concerns the others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_established_in_eu: Option<bool>,
}

impl Facts {
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// Line and column (both 1-based) of a value in its source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Loc {
    pub line: u32,
    pub column: u32,
}

/// Where each value of a manifest came from, keyed by its path
/// (`components.training-code.license`, `components.datasets.sources[0].class`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SourceMap {
    /// The file's name as the user gave it; `None` for values not read from a file.
    pub source: Option<String>,
    /// Each location with its `file:line:column`, formatted once when the file is read.
    locations: BTreeMap<String, (Loc, Arc<str>)>,
    /// The line of a JSON Lines record read without positions: facts are located at
    /// `file:line`, written when asked for.
    record_line: Option<u32>,
}

impl SourceMap {
    pub fn new(source: Option<String>) -> Self {
        Self {
            source,
            locations: BTreeMap::new(),
            record_line: None,
        }
    }

    /// A map for a record known only by its line: every fact is located at `file:line`.
    pub fn whole_record(source: &str, line: u32) -> Self {
        let record_line = Some(line);
        Self {
            source: Some(source.to_owned()),
            locations: BTreeMap::new(),
            record_line,
        }
    }

    pub fn insert(&mut self, path: impl Into<String>, loc: Loc) {
        let at: Arc<str> = match &self.source {
            Some(source) => format!("{source}:{}:{}", loc.line, loc.column).into(),
            None => format!("{}:{}", loc.line, loc.column).into(),
        };
        self.locations.insert(path.into(), (loc, at));
    }

    pub fn get(&self, path: &str) -> Option<Loc> {
        self.locations.get(path).map(|(l, _)| *l)
    }

    /// `file:line:column` of a path, or of its nearest located ancestor.
    pub fn at(&self, path: &str) -> Option<Arc<str>> {
        self.source.as_ref()?;
        if let Some(at) = self.whole_record_at() {
            return Some(at.into());
        }
        let mut p = path;
        loop {
            if let Some((_, at)) = self.locations.get(p) {
                return Some(at.clone());
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => {
                    let source = self.source.as_deref()?;
                    return self.record_line.map(|l| record_location(source, l).into());
                }
            }
        }
    }

    /// [`Self::at`] as a `String`, for a warning: a record known only by its line has no
    /// shared location to clone.
    pub fn at_string(&self, path: &str) -> Option<String> {
        self.whole_record_at()
            .or_else(|| self.at(path).map(|at| at.to_string()))
    }

    fn whole_record_at(&self) -> Option<String> {
        match (&self.source, self.record_line) {
            (Some(source), Some(line)) if self.locations.is_empty() => {
                Some(record_location(source, line))
            }
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.locations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.locations.is_empty()
    }
}

/// `file:line`, where a JSON Lines record is: joined rather than formatted with `format!`,
/// which costs several times more and runs for many records of a batch.
pub fn record_location(source: &str, line: u32) -> String {
    let mut digits = itoa::Buffer::new();
    [source, ":", digits.format(line)].concat()
}

/// A manifest with where its values came from, and what was noticed while reading it.
#[derive(Debug, Clone, PartialEq)]
pub struct LocatedManifest {
    pub manifest: Manifest,
    pub sources: SourceMap,
    pub warnings: Vec<crate::report::Warning>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_locations_are_file_colon_line() {
        for line in [0, 1, 9, 10, 12_345, u32::MAX] {
            assert_eq!(
                record_location("a/b.jsonl", line),
                format!("a/b.jsonl:{line}")
            );
        }
    }

    #[test]
    fn at_falls_back_to_the_nearest_located_parent() {
        let mut m = SourceMap::new(Some("m.yml".into()));
        m.insert("components.datasets", Loc { line: 4, column: 3 });
        m.insert(
            "components.datasets.sources[0].class",
            Loc {
                line: 7,
                column: 16,
            },
        );
        assert_eq!(
            m.at("components.datasets.sources[0].class").as_deref(),
            Some("m.yml:7:16")
        );
        assert_eq!(
            m.at("components.datasets.sources[0].license").as_deref(),
            Some("m.yml:4:3")
        );
        assert_eq!(m.at("facts.parameters"), None);
    }

    #[test]
    fn disclosure_serialises_as_bool_or_partial() {
        let v: Vec<Disclosure> = serde_json::from_str(r#"[true,false,"partial"]"#).unwrap();
        assert_eq!(v, [Disclosure::Yes, Disclosure::No, Disclosure::Partial]);
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"[true,false,"partial"]"#
        );
        assert!(serde_json::from_str::<Disclosure>(r#""yes""#).is_err());
    }
}
