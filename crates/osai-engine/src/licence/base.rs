use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

use crate::component::ContentType;

/// Three-valued answer of a licence test; `Review` is the AI Act's "depends on the clause".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tri {
    True,
    False,
    Review,
    Unknown,
}

impl Tri {
    pub fn from_bool(b: bool) -> Self {
        if b { Self::True } else { Self::False }
    }
}

/// Closed vocabulary of licence restrictions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RestrictionKind {
    FieldOfUse,
    AcceptableUsePolicy,
    UserThreshold,
    NonCommercial,
    NoDerivatives,
    OutputUse,
    Naming,
    Geographic,
    Revocable,
    Other,
}

impl RestrictionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::FieldOfUse => "field-of-use",
            Self::AcceptableUsePolicy => "acceptable-use-policy",
            Self::UserThreshold => "user-threshold",
            Self::NonCommercial => "non-commercial",
            Self::NoDerivatives => "no-derivatives",
            Self::OutputUse => "output-use",
            Self::Naming => "naming",
            Self::Geographic => "geographic",
            Self::Revocable => "revocable",
            Self::Other => "other",
        }
    }

    /// Fails the Open Source Definition (criteria 5/6 and the freedoms).
    pub fn breaks_osd(self) -> bool {
        !matches!(self, Self::Naming | Self::Other)
    }

    /// Effect under the Commission's July 2025 guidelines on Art. 53(2).
    pub fn aiact_effect(self) -> Tri {
        match self {
            Self::NonCommercial | Self::UserThreshold | Self::NoDerivatives | Self::Geographic => {
                Tri::False
            }
            Self::FieldOfUse | Self::AcceptableUsePolicy | Self::OutputUse | Self::Revocable => {
                Tri::Review
            }
            Self::Naming | Self::Other => Tri::True,
        }
    }
}

/// The dossier's finer restriction kinds, each filed under one of the ten kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RestrictionDetail {
    RevenueThreshold,
    HostingRestriction,
    DistributionBan,
    Payment,
    FlowDown,
    RemoteUpdate,
    Guardrail,
    AiDisclosure,
    Registration,
    Reporting,
    Documentation,
    DerivativeReach,
    IpLitigationTermination,
}

impl Restriction {
    /// Fails the Open Source Definition.
    pub fn breaks_osd(&self) -> bool {
        use RestrictionDetail as D;
        match self.detail {
            Some(
                D::Registration | D::Reporting | D::Documentation | D::IpLitigationTermination,
            ) => false,
            Some(
                D::DistributionBan
                | D::HostingRestriction
                | D::Payment
                | D::Guardrail
                | D::AiDisclosure,
            ) => true,
            _ => self.kind.breaks_osd(),
        }
    }

    /// Effect under the Commission's July 2025 guidelines, paragraphs 78–89.
    pub fn aiact_effect(&self) -> Tri {
        use RestrictionDetail as D;
        match self.detail {
            Some(D::RevenueThreshold | D::HostingRestriction | D::DistributionBan | D::Payment) => {
                Tri::False
            }
            Some(D::IpLitigationTermination) => Tri::True,
            Some(_) => self.kind.aiact_effect().min_review(),
            None => self.kind.aiact_effect(),
        }
    }
}

impl Tri {
    /// `True` becomes `Review`; the rest stays.
    fn min_review(self) -> Tri {
        if self == Tri::True { Tri::Review } else { self }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Restriction {
    pub kind: RestrictionKind,
    /// A finer kind from the licences dossier (`hosting-restriction`, `guardrail`, …) where it
    /// changes the effect; see `RestrictionDetail`.
    #[serde(default)]
    pub detail: Option<RestrictionDetail>,
    pub summary: String,
    pub clause: String,
    #[serde(default)]
    pub unverified: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Freedoms {
    #[serde(rename = "use")]
    pub use_: bool,
    pub study: bool,
    pub modify: bool,
    pub redistribute: bool,
}

impl Freedoms {
    pub const ALL: Freedoms = Freedoms {
        use_: true,
        study: true,
        modify: true,
        redistribute: true,
    };

    pub fn all(self) -> bool {
        self.use_ && self.study && self.modify && self.redistribute
    }
}

/// What an identifier stands for when it is not a licence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Licence,
    /// Published without any licence.
    Unlicensed,
    /// The publisher does not say.
    Undisclosed,
    Proprietary,
    /// The component is not part of the release.
    NotIncluded,
    /// Free text naming several licences.
    Several,
    /// Recognised as a licence-like string but not a known licence.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LicenceEntry {
    pub id: String,
    pub name: String,
    #[serde(default = "licence_category")]
    pub category: Category,
    #[serde(default)]
    pub family: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Freedoms granted; absent when osai has not reviewed the licence.
    #[serde(default)]
    pub freedoms: Option<Freedoms>,
    #[serde(default, rename = "restriction")]
    pub restrictions: Vec<Restriction>,
    #[serde(default)]
    pub copyleft: bool,
    #[serde(default)]
    pub suits: Vec<ContentType>,
    #[serde(default)]
    pub osi_approved: bool,
    #[serde(default)]
    pub fsf_libre: bool,
    /// The entry rests on claims osai could not check against the text.
    #[serde(default)]
    pub unverified: bool,
    #[serde(default)]
    pub notes: Option<String>,
    /// Features that identify the licence's text (titles, version lines, key clauses).
    #[serde(default)]
    pub identify: Option<Identify>,
}

/// How to recognise a licence's text without shipping the text: phrases compared after
/// lower-casing and folding punctuation and white space.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identify {
    /// One of these near the start of the text names the licence.
    #[serde(default)]
    pub title: Vec<String>,
    /// One of these near the start names its acceptable-use policy.
    #[serde(default)]
    pub policy_title: Vec<String>,
    /// Every one of these must appear somewhere.
    #[serde(default)]
    pub require: Vec<String>,
    /// None of these may appear.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Passages that printings of the licence leave out or reword without changing its terms;
    /// the text is compared with and without them.
    #[serde(default)]
    pub optional: Vec<OptionalPassage>,
}

/// A passage of a published licence text that copies often omit or reword: Creative Commons'
/// preface and closing notice (which say they are not part of the licence), the GPL that the
/// LGPL-3.0 text incorporates (COPYING.LESSER ships without it).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionalPassage {
    /// The words that start the passage.
    pub from: String,
    /// The words that follow it (not part of it); absent when it runs to the end of the text.
    #[serde(default)]
    pub until: Option<String>,
    /// Why the passage may be missing, for the reviewer.
    pub why: String,
}

fn licence_category() -> Category {
    Category::Licence
}

impl LicenceEntry {
    pub fn is_spdx(&self) -> bool {
        spdx::license_id(&self.id).is_some()
    }

    /// The Open Source Definition in substance. `None` when osai has not reviewed the licence.
    pub fn osd_conformant(&self) -> Option<bool> {
        if self.category != Category::Licence {
            return Some(false);
        }
        if self.restrictions.iter().any(Restriction::breaks_osd) {
            return Some(false);
        }
        match self.freedoms {
            Some(f) => Some(f.all()),
            None if self.osi_approved => Some(true),
            None => None,
        }
    }

    /// Free and open-source licence in the sense of Regulation 2024/1689, recitals 102–103 and
    /// the Commission's July 2025 guidelines.
    pub fn aiact_foss(&self) -> Tri {
        if self.category != Category::Licence {
            return Tri::False;
        }
        let freedoms = match self.freedoms {
            Some(f) => f.all(),
            None if self.osi_approved || self.fsf_libre => true,
            None => return Tri::Unknown,
        };
        if !freedoms {
            return Tri::False;
        }
        let mut out = Tri::True;
        for r in &self.restrictions {
            match r.aiact_effect() {
                Tri::False => return Tri::False,
                Tri::Review => out = Tri::Review,
                _ => {}
            }
        }
        out
    }

    pub fn suits(&self, t: ContentType) -> bool {
        self.suits.contains(&t)
    }
}

/// Every known licence, by id and by alias.
#[derive(Debug)]
pub struct LicenceBase {
    entries: Vec<LicenceEntry>,
    by_exact_id: HashMap<String, usize>,
    by_id: HashMap<String, usize>,
    aliases: HashMap<String, String>,
}

/// Case- and spacing-insensitive key for alias lookup.
pub(crate) fn alias_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() || c == '_' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

impl LicenceBase {
    /// The built-in base: every SPDX licence, overlaid by the curated data files.
    pub fn builtin() -> &'static LicenceBase {
        static BASE: std::sync::OnceLock<LicenceBase> = std::sync::OnceLock::new();
        BASE.get_or_init(|| {
            let mut curated = Vec::new();
            for (file, text) in crate::builtin::LICENCE_FILES {
                match toml::from_str::<LicenceFile>(text) {
                    Ok(f) => curated.extend(f.licence),
                    Err(e) => panic!("built-in licence file {file} is invalid: {e}"),
                }
            }
            LicenceBase::new(curated)
        })
    }

    pub fn new(curated: Vec<LicenceEntry>) -> Self {
        let mut entries: Vec<LicenceEntry> = Vec::new();
        let mut by_id = HashMap::default();
        for id in spdx::identifiers::LICENSES {
            let lid = spdx::license_id(id.name).expect("listed id");
            by_id.insert(id.name.to_ascii_lowercase(), entries.len());
            entries.push(spdx_entry(lid));
        }
        for mut c in curated {
            if let Some(lid) = spdx::license_id(&c.id) {
                c.osi_approved = lid.is_osi_approved();
                c.fsf_libre = lid.is_fsf_free_libre();
            }
            match by_id.get(&c.id.to_ascii_lowercase()) {
                Some(&i) => entries[i] = c,
                None => {
                    by_id.insert(c.id.to_ascii_lowercase(), entries.len());
                    entries.push(c);
                }
            }
        }
        let by_exact_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let mut aliases = HashMap::default();
        for e in &entries {
            for a in &e.aliases {
                aliases.insert(alias_key(a), e.id.clone());
            }
        }
        Self {
            entries,
            by_exact_id,
            by_id,
            aliases,
        }
    }

    pub fn get(&self, id: &str) -> Option<&LicenceEntry> {
        // Exact spelling first (no allocation); then case-insensitively.
        let i = match self.by_exact_id.get(id) {
            Some(&i) => i,
            None => *self.by_id.get(&id.to_ascii_lowercase())?,
        };
        Some(&self.entries[i])
    }

    /// The canonical id an alias (HF tag, MOT string, spacing variant) stands for.
    pub fn alias(&self, s: &str) -> Option<&str> {
        self.aliases.get(&alias_key(s)).map(String::as_str)
    }

    pub fn entries(&self) -> impl Iterator<Item = &LicenceEntry> {
        self.entries.iter()
    }

    pub fn curated(&self) -> impl Iterator<Item = &LicenceEntry> {
        self.entries
            .iter()
            .filter(|e| !e.aliases.is_empty() || e.freedoms.is_some() || !e.is_spdx())
    }

    /// The closest known ids and aliases, for "did you mean".
    pub fn suggest(&self, s: &str, n: usize) -> Vec<String> {
        let key = alias_key(s);
        let mut scored: Vec<(f64, &str)> = self
            .entries
            .iter()
            .map(|e| {
                (
                    strsim::jaro_winkler(&key, &e.id.to_ascii_lowercase()),
                    e.id.as_str(),
                )
            })
            .chain(
                self.aliases
                    .iter()
                    .map(|(k, id)| (strsim::jaro_winkler(&key, k), id.as_str())),
            )
            .filter(|(score, _)| *score > 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, id) in scored {
            if !out.iter().any(|o| o == id) {
                out.push(id.to_owned());
            }
            if out.len() == n {
                break;
            }
        }
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LicenceFile {
    licence: Vec<LicenceEntry>,
}

/// An SPDX licence osai has no curated entry for: the flags from the SPDX list, and the four
/// freedoms assumed only when OSI or the FSF approved it.
fn spdx_entry(lid: spdx::LicenseId) -> LicenceEntry {
    let approved = lid.is_osi_approved() || lid.is_fsf_free_libre();
    LicenceEntry {
        id: lid.name.to_owned(),
        name: lid.full_name.to_owned(),
        category: Category::Licence,
        family: None,
        date: None,
        url: Some(format!("https://spdx.org/licenses/{}.html", lid.name)),
        aliases: Vec::new(),
        freedoms: approved.then_some(Freedoms::ALL),
        restrictions: Vec::new(),
        copyleft: lid.is_copyleft(),
        suits: if approved {
            vec![ContentType::Code]
        } else {
            Vec::new()
        },
        osi_approved: lid.is_osi_approved(),
        fsf_libre: lid.is_fsf_free_libre(),
        unverified: false,
        notes: None,
        identify: None,
    }
}
