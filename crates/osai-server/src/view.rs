//! The catalogue as the pages and the API read it: the latest version of every release with
//! what it is filtered, sorted and counted by (its facets), held in memory and rebuilt after a
//! write. SQLite stays the record; this is a view of it, so a filter over 500 releases costs
//! microseconds, not a query per facet.

use std::collections::{BTreeMap, HashMap};

use osai_engine::licence::Category;
use osai_engine::licence::LicenceBase;
use osai_engine::manifest::Manifest;
use osai_engine::report::Report;
use serde::{Deserialize, Serialize};

use crate::store::LatestRow;

/// What the catalogue shows of one version, computed when it is stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Facets {
    /// The release's name as its manifest gives it.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub producer: Option<String>,
    /// `ORG/NAME` on the Hugging Face Hub.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hub: Option<String>,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The licence of the final parameters (else the release's), as written after aliases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub licence: Option<String>,
    /// The licence ids in it.
    #[serde(default)]
    pub licences: Vec<String>,
    /// `open-source` (every licence conforms to the Open Source Definition), `restricted`,
    /// `proprietary`, `unknown` or `not-stated`.
    pub licence_family: String,
    /// MOF: 1, 2, 3, or 0 (unclassified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mof_class: Option<u32>,
    /// Verdict per definition.
    #[serde(default)]
    pub verdicts: BTreeMap<String, String>,
    /// Scored definitions (the European Open Source AI Index): `score/most`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub scores: BTreeMap<String, String>,
    /// Definitions with exemptions (the AI Act and its readings): outcome per exemption.
    #[serde(default)]
    pub exemptions: BTreeMap<String, BTreeMap<String, String>>,
}

/// `https://huggingface.co/ORG/NAME/…`, `hf:ORG/NAME` or `ORG/NAME` → `ORG/NAME`.
pub fn hub_id(s: &str) -> Option<String> {
    osai_hub::HubId::parse_typed(s)
        .ok()
        .filter(|h| h.repo.contains('/'))
        .map(|h| h.repo)
}

fn family_of(base: &LicenceBase, ids: &[String]) -> &'static str {
    if ids.is_empty() {
        return "not-stated";
    }
    let mut worst = 0;
    for id in ids {
        let rank = match base.get(id) {
            None => 2,
            Some(e) => match e.category {
                Category::Proprietary => 4,
                Category::Unlicensed | Category::Undisclosed | Category::NotIncluded => 1,
                Category::Unknown | Category::Several => 2,
                Category::Licence => match e.osd_conformant() {
                    Some(true) => 0,
                    Some(false) => 3,
                    None => 2,
                },
            },
        };
        worst = worst.max(rank);
    }
    [
        "open-source",
        "not-stated",
        "unknown",
        "restricted",
        "proprietary",
    ][worst]
}

/// The facets of a manifest and its report.
pub fn facets(m: &Manifest, report: &Report, base: &LicenceBase) -> Facets {
    let licence = m
        .licence_of(osai_engine::component::ComponentId::ModelParametersFinal)
        .map(|(_, s)| s.to_owned())
        .or_else(|| m.licenses.distribution.clone());
    let licences: Vec<String> = match licence.as_deref().map(|l| base.resolve(l)) {
        Some(Ok(r)) => {
            let mut v: Vec<String> = r.expr_terms().map(str::to_owned).collect();
            v.sort();
            v.dedup();
            v
        }
        Some(Err(_)) => vec!["unknown".into()],
        None => Vec::new(),
    };
    Facets {
        name: m.release.name.clone(),
        producer: m.release.producer.clone(),
        hub: m.release.huggingface.as_deref().and_then(hub_id),
        kind: m.release.kind.as_str().to_owned(),
        year: m.release.date.map(|d| i32::from(d.year())),
        licence_family: family_of(base, &licences).to_owned(),
        licence,
        licences,
        mof_class: report
            .definitions
            .iter()
            .find(|d| d.id == "mof-1.0")
            .and_then(|d| d.class),
        verdicts: report
            .definitions
            .iter()
            .map(|d| (d.id.clone(), d.verdict.as_str().to_owned()))
            .collect(),
        exemptions: report
            .definitions
            .iter()
            .filter_map(|d| Some((d.id.clone(), d.exemptions.clone()?)))
            .collect(),
        scores: report
            .definitions
            .iter()
            .filter_map(|d| {
                let (s, of) = (d.score?, d.score_of?);
                Some((d.id.clone(), format!("{s}/{of}")))
            })
            .collect(),
    }
}

/// One release in the catalogue.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Row {
    pub id: i64,
    pub version: i64,
    pub created: String,
    /// The data set it comes from (`mot`, `osai-index`); none when stored through the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dataset: Option<String>,
    /// The data set's file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(flatten)]
    pub facets: Facets,
    /// Releases of the other data sets that describe the same model (by Hub id or name).
    pub same_as: Vec<i64>,
    #[serde(skip)]
    search: String,
    #[serde(skip)]
    key: String,
}

/// A name folded for matching: letters and digits, lower case.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The catalogue in memory, sorted by name.
#[derive(Debug, Default)]
pub struct View {
    pub rows: Vec<Row>,
    by_id: HashMap<i64, usize>,
    /// The counts over every release (the facets' options), computed once per view.
    pub all_counts: FacetCounts,
}

impl View {
    pub fn build(latest: Vec<LatestRow>) -> View {
        let mut rows: Vec<Row> = latest
            .into_iter()
            .map(|r| {
                let mut facets: Facets = r
                    .facets
                    .as_deref()
                    .and_then(|f| serde_json::from_str(f).ok())
                    .unwrap_or_else(|| Facets {
                        name: r.key.clone(),
                        kind: r.kind.clone(),
                        licence_family: "not-stated".into(),
                        ..Facets::default()
                    });
                if facets.verdicts.is_empty() {
                    facets.verdicts = r.verdicts.clone();
                }
                let search = format!(
                    "{} {} {}",
                    facets.name.to_lowercase(),
                    facets.producer.as_deref().unwrap_or("").to_lowercase(),
                    facets.hub.as_deref().unwrap_or("").to_lowercase()
                );
                Row {
                    id: r.id,
                    version: r.version,
                    created: r.created,
                    dataset: r.dataset,
                    source: r.source,
                    facets,
                    same_as: Vec::new(),
                    search,
                    key: r.key,
                }
            })
            .collect();
        rows.sort_by(|a, b| {
            a.facets
                .name
                .to_lowercase()
                .cmp(&b.facets.name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        link_same(&mut rows);
        let by_id = rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let all_counts = View::counts(&rows.iter().collect::<Vec<_>>());
        View {
            rows,
            by_id,
            all_counts,
        }
    }

    pub fn get(&self, id: i64) -> Option<&Row> {
        self.by_id.get(&id).map(|i| &self.rows[*i])
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The releases a query selects, in its order.
    pub fn select(&self, q: &Query) -> Vec<&Row> {
        let needle = q.q.as_deref().map(str::trim).unwrap_or("").to_lowercase();
        let mut out: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| needle.is_empty() || r.search.contains(&needle))
            .filter(|r| q.matches(r))
            .collect();
        match q.sort.as_deref().unwrap_or("name") {
            "producer" => out.sort_by(|a, b| {
                let k = |r: &Row| r.facets.producer.clone().unwrap_or_default().to_lowercase();
                k(a).cmp(&k(b))
            }),
            "year" => out.sort_by_key(|r| std::cmp::Reverse(r.facets.year)),
            "dataset" => out.sort_by(|a, b| a.dataset.cmp(&b.dataset)),
            "mof" => out.sort_by(|a, b| {
                let k = |r: &Row| r.facets.mof_class.filter(|c| *c > 0).unwrap_or(9);
                k(a).cmp(&k(b))
            }),
            _ => {}
        }
        out
    }

    /// How many of `rows` have each value of each facet.
    pub fn counts(rows: &[&Row]) -> FacetCounts {
        let mut c = FacetCounts::default();
        for r in rows {
            let f = &r.facets;
            for (d, v) in &f.verdicts {
                *c.verdicts
                    .entry(d.clone())
                    .or_default()
                    .entry(v.clone())
                    .or_default() += 1;
            }
            for l in &f.licences {
                *c.licence.entry(l.clone()).or_default() += 1;
            }
            *c.licence_family
                .entry(f.licence_family.clone())
                .or_default() += 1;
            if let Some(p) = &f.producer {
                *c.producer.entry(p.clone()).or_default() += 1;
            }
            *c.kind.entry(f.kind.clone()).or_default() += 1;
            if let Some(y) = f.year {
                *c.year.entry(y.to_string()).or_default() += 1;
            }
            *c.dataset
                .entry(r.dataset.clone().unwrap_or_else(|| "api".into()))
                .or_default() += 1;
            *c.mof
                .entry(f.mof_class.map_or("none".into(), |m| m.to_string()))
                .or_default() += 1;
            for (d, ex) in &f.exemptions {
                for (e, o) in ex {
                    *c.exemptions
                        .entry(d.clone())
                        .or_default()
                        .entry(e.clone())
                        .or_default()
                        .entry(o.clone())
                        .or_default() += 1;
                }
            }
        }
        c
    }
}

/// Links each release to those of other data sets with the same Hub id or folded name.
fn link_same(rows: &mut [Row]) {
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if let Some(h) = &r.facets.hub {
            by_key
                .entry(format!("hub:{}", h.to_lowercase()))
                .or_default()
                .push(i);
        }
        let n = fold(&r.facets.name);
        if n.len() >= 3 {
            by_key.entry(format!("name:{n}")).or_default().push(i);
        }
    }
    let mut links: Vec<Vec<i64>> = vec![Vec::new(); rows.len()];
    for group in by_key.values().filter(|g| g.len() > 1) {
        for &i in group {
            for &j in group {
                if i != j && rows[i].dataset != rows[j].dataset {
                    links[i].push(rows[j].id);
                }
            }
        }
    }
    for (r, mut l) in rows.iter_mut().zip(links) {
        l.sort_unstable();
        l.dedup();
        r.same_as = l;
    }
}

/// Counts per facet value.
#[derive(Debug, Default, Serialize, utoipa::ToSchema)]
pub struct FacetCounts {
    /// Definition → verdict → releases.
    pub verdicts: BTreeMap<String, BTreeMap<String, u64>>,
    pub licence: BTreeMap<String, u64>,
    pub licence_family: BTreeMap<String, u64>,
    pub producer: BTreeMap<String, u64>,
    pub kind: BTreeMap<String, u64>,
    pub year: BTreeMap<String, u64>,
    pub dataset: BTreeMap<String, u64>,
    /// MOF class (`0` unclassified, `none` not assessed) → releases.
    pub mof: BTreeMap<String, u64>,
    /// Definition → exemption → outcome → releases.
    pub exemptions: BTreeMap<String, BTreeMap<String, BTreeMap<String, u64>>>,
}

/// What a catalogue request asks: a text, filters that combine, an order, a page.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub q: Option<String>,
    /// (definition, verdict) pairs, all of which must hold.
    pub verdicts: Vec<(String, String)>,
    pub licence: Option<String>,
    pub family: Option<String>,
    pub producer: Option<String>,
    pub kind: Option<String>,
    pub year: Option<i32>,
    pub dataset: Option<String>,
    pub mof: Option<String>,
    pub sort: Option<String>,
    pub page: i64,
    pub per_page: i64,
    /// Explicit releases (the comparison page).
    pub ids: Vec<i64>,
    pub lang: Option<String>,
    pub format: Option<String>,
}

fn some(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_owned())
}

impl Query {
    /// Reads `?q=&definition=&verdict=&v=DEF:VERDICT&licence=&family=&producer=&kind=&year=
    /// &dataset=&mof=&sort=&page=&per_page=&id=…` (repeated keys allowed).
    pub fn parse(raw: Option<&str>) -> Query {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(raw.unwrap_or("")).unwrap_or_default();
        let mut q = Query {
            page: 1,
            per_page: 50,
            ..Query::default()
        };
        let (mut def, mut verdict) = (None, None);
        for (k, v) in pairs {
            match k.as_str() {
                "q" => q.q = some(&v),
                "definition" => def = some(&v),
                "verdict" => verdict = some(&v),
                "v" => {
                    if let Some((d, x)) = v.split_once(':')
                        && !d.is_empty()
                        && !x.is_empty()
                    {
                        q.verdicts.push((d.to_owned(), x.to_owned()));
                    }
                }
                "licence" | "license" => q.licence = some(&v),
                "family" => q.family = some(&v),
                "producer" => q.producer = some(&v),
                "kind" => q.kind = some(&v),
                "year" => q.year = v.trim().parse().ok(),
                "dataset" => q.dataset = some(&v),
                "mof" => q.mof = some(&v),
                "sort" => q.sort = some(&v),
                "page" => q.page = v.trim().parse().unwrap_or(1),
                "per_page" => q.per_page = v.trim().parse().unwrap_or(50),
                "id" => q.ids.extend(v.trim().parse::<i64>().ok()),
                "lang" => q.lang = some(&v),
                "format" => q.format = some(&v),
                _ => {}
            }
        }
        if let (Some(d), Some(v)) = (def, verdict) {
            q.verdicts.insert(0, (d, v));
        }
        q.page = q.page.clamp(1, crate::MAX_PAGE);
        q.per_page = q.per_page.clamp(1, 500);
        q
    }

    fn matches(&self, r: &Row) -> bool {
        let f = &r.facets;
        let eq = |want: &Option<String>, have: Option<&str>| {
            want.as_deref()
                .is_none_or(|w| have.is_some_and(|h| h.eq_ignore_ascii_case(w)))
        };
        self.verdicts
            .iter()
            .all(|(d, v)| f.verdicts.get(d).is_some_and(|x| x == v))
            && self
                .licence
                .as_deref()
                .is_none_or(|l| f.licences.iter().any(|x| x.eq_ignore_ascii_case(l)))
            && eq(&self.family, Some(&f.licence_family))
            && eq(&self.producer, f.producer.as_deref())
            && eq(&self.kind, Some(&f.kind))
            && self.year.is_none_or(|y| f.year == Some(y))
            && eq(&self.dataset, Some(r.dataset.as_deref().unwrap_or("api")))
            && self
                .mof
                .as_deref()
                .is_none_or(|m| f.mof_class.map_or("none".to_owned(), |c| c.to_string()) == m)
    }

    /// The query string that gives this query again, without its page (and without `lang`).
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(v) = &self.q {
            pairs.push(("q", v.clone()));
        }
        for (d, v) in &self.verdicts {
            pairs.push(("v", format!("{d}:{v}")));
        }
        for (k, v) in [
            ("licence", &self.licence),
            ("family", &self.family),
            ("producer", &self.producer),
            ("kind", &self.kind),
            ("dataset", &self.dataset),
            ("mof", &self.mof),
            ("sort", &self.sort),
        ] {
            if let Some(v) = v {
                pairs.push((k, v.clone()));
            }
        }
        if let Some(y) = self.year {
            pairs.push(("year", y.to_string()));
        }
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    }
}

impl Row {
    pub fn key(&self) -> &str {
        &self.key
    }
}
