//! Finding, comparing and counting releases: the catalogue with its facets, the comparison,
//! where the definitions disagree, the statistics (server-rendered SVG), and the release page
//! for people. Everything reads the in-memory [`crate::view::View`].

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use minijinja::{Value, context};
use osai_engine::component::ComponentId;
use osai_engine::manifest::{LocatedManifest, Manifest, SourceMap};
use osai_engine::report::Report;
use osai_engine::{AssessOptions, Engine};
use osai_report::{Catalog, Lang};
use serde::Serialize;

use crate::pages::{PageLang, error_page, page};
use crate::view::{FacetCounts, Query, Row, View};
use crate::{Shared, catalogue};
use osai_report::html::esc;

const VERDICTS: [&str; 4] = ["pass", "fail", "unknown", "not-applicable"];
const FAMILIES: [&str; 5] = [
    "open-source",
    "restricted",
    "proprietary",
    "unknown",
    "not-stated",
];

fn verdict_cell(t: &Catalog, v: Option<&String>) -> Value {
    match v {
        Some(v) => context! { value => v, label => t.word(v) },
        None => context! { value => "", label => "—" },
    }
}

/// A definition's cell: its verdict, or the score of a scored profile that has no verdict.
fn cell(t: &Catalog, f: &crate::view::Facets, d: &str) -> Value {
    match (f.verdicts.get(d).map(String::as_str), f.scores.get(d)) {
        (Some("not-applicable") | None, Some(score)) => {
            context! { value => "score", label => score }
        }
        _ => verdict_cell(t, f.verdicts.get(d)),
    }
}

fn dataset_label(t: &Catalog, d: Option<&str>) -> String {
    t.ui(&format!("web-dataset-{}", d.unwrap_or("api")), &[])
}

/// The data set's short name, for a table cell (its full name in the cell's title).
fn dataset_short(t: &Catalog, d: Option<&str>) -> String {
    t.ui(&format!("web-dataset-short-{}", d.unwrap_or("api")), &[])
}

fn mof_label(t: &Catalog, m: &str) -> String {
    match m {
        "none" => t.ui("web-mof-none", &[]),
        "0" => t.ui("web-mof-unclassified", &[]),
        n => t.ui("web-mof-class", &[("n", n)]),
    }
}

/// `(value, label with its count)` options of a facet, most frequent first (at most `max`).
fn options(
    all: &BTreeMap<String, u64>,
    selected: &BTreeMap<String, u64>,
    label: impl Fn(&str) -> String,
    max: usize,
) -> Vec<Value> {
    let mut v: Vec<(&String, &u64)> = all.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    v.into_iter()
        .take(max)
        .map(|(k, _)| {
            let n = selected.get(k).copied().unwrap_or(0);
            context! { value => k, label => format!("{} ({n})", label(k)) }
        })
        .collect()
}

fn row_context(t: &Catalog, r: &Row, defs: &[String]) -> Value {
    let f = &r.facets;
    context! {
        id => r.id,
        name => f.name,
        producer => f.producer,
        hub => f.hub,
        dataset => dataset_short(t, r.dataset.as_deref()),
        dataset_title => dataset_label(t, r.dataset.as_deref()),
        licence => f.licence,
        mof => f.mof_class.map(|c| mof_label(t, &c.to_string())),
        cells => defs.iter().map(|d| cell(t, f, d)).collect::<Vec<_>>(),
    }
}

pub(crate) async fn catalogue(
    State(st): State<Shared>,
    RawQuery(raw): RawQuery,
    PageLang(lang): PageLang,
) -> Response {
    let t = Catalog::get(lang);
    let q = Query::parse(raw.as_deref());
    if let Some(f @ ("csv" | "jsonl")) = q.format.as_deref() {
        return crate::download(&st, &q, f);
    }
    let view = st.view();
    let list = crate::list_releases(&st, &q);
    let everything = &view.all_counts;
    let defs: Vec<String> = st.defs.iter().map(|d| d.id.clone()).collect();
    let rows: Vec<Value> = list
        .items
        .iter()
        .map(|r| row_context(t, r, &defs))
        .collect();
    let pages = ((list.total + list.per_page - 1) / list.per_page).max(1);
    let here = q.to_query_string();
    let link = |page: i64| {
        format!(
            "/releases?lang={}&{here}&page={page}&per_page={}",
            lang.code(),
            list.per_page
        )
    };
    let (def, verdict) = q.verdicts.first().cloned().unwrap_or_default();
    let counts = &list.counts;
    let ctx = context! {
        intro => t.ui("web-catalogue-intro", &[("n", &view.len().to_string())]),
        results => t.ui("web-results", &[("n", &list.total.to_string())]),
        rows => rows,
        definitions => defs,
        verdicts => VERDICTS.iter().map(|v| context! { value => v, label => t.word(v) }).collect::<Vec<_>>(),
        q => q.q.clone().unwrap_or_default(),
        filter_definition => def,
        filter_verdict => verdict,
        more_verdicts => q.verdicts.iter().skip(1).map(|(d, v)| format!("{d}:{v}")).collect::<Vec<_>>(),
        licence => q.licence.clone().unwrap_or_default(),
        licences => options(&everything.licence, &counts.licence, str::to_owned, 40),
        family => q.family.clone().unwrap_or_default(),
        families => FAMILIES.iter().map(|f| context! { value => f, label => format!("{} ({})", t.ui(&format!("web-family-{f}"), &[]), counts.licence_family.get(*f).copied().unwrap_or(0)) }).collect::<Vec<_>>(),
        producer => q.producer.clone().unwrap_or_default(),
        producers => options(&everything.producer, &counts.producer, str::to_owned, 60),
        kind => q.kind.clone().unwrap_or_default(),
        kinds => ["model", "system"].iter().map(|k| context! { value => k, label => format!("{} ({})", t.ui(&format!("web-{k}"), &[]), counts.kind.get(*k).copied().unwrap_or(0)) }).collect::<Vec<_>>(),
        year => q.year.map(|y| y.to_string()).unwrap_or_default(),
        years => { let mut y: Vec<Value> = options(&everything.year, &counts.year, str::to_owned, 50); y.sort_by_key(|v| std::cmp::Reverse(v.get_attr("value").ok().map(|x| x.to_string()))); y },
        dataset => q.dataset.clone().unwrap_or_default(),
        datasets => options(&everything.dataset, &counts.dataset, |d| dataset_label(t, Some(d)), 10),
        mof => q.mof.clone().unwrap_or_default(),
        mofs => ["1", "2", "3", "0", "none"].iter().filter(|m| everything.mof.contains_key(**m)).map(|m| context! { value => m, label => format!("{} ({})", mof_label(t, m), counts.mof.get(*m).copied().unwrap_or(0)) }).collect::<Vec<_>>(),
        sort => q.sort.clone().unwrap_or_else(|| "name".into()),
        sorts => ["name", "producer", "year", "dataset", "mof"].iter().map(|s| context! { value => s, label => t.ui(&format!("web-sort-{s}"), &[]) }).collect::<Vec<_>>(),
        csv => format!("/releases?{here}&format=csv"),
        jsonl => format!("/releases?{here}&format=jsonl"),
        page_label => t.ui("web-page", &[("page", &list.page.to_string()), ("pages", &pages.to_string())]),
        previous => (list.page > 1).then(|| link(list.page - 1)),
        next => (list.page < pages).then(|| link(list.page + 1)),
        credits => credits(t),
    };
    page("releases.html", lang, &format!("/releases?{here}"), ctx)
}

/// The data sets' attributions, as their authors ask.
fn credits(t: &Catalog) -> Vec<Value> {
    catalogue::datasets()
        .iter()
        .map(|d| {
            context! {
                title => dataset_label(t, Some(&d.id)),
                licence => d.licence,
                attribution => d.attribution,
                page => d.page,
            }
        })
        .collect()
}

/// The stored manifest of a release.
fn manifest_of(st: &Shared, id: i64) -> Option<Manifest> {
    let stored = st.store.lock().ok()?.get(id).ok()??;
    serde_json::from_str(&stored.manifest).ok()
}

pub(crate) async fn compare(
    State(st): State<Shared>,
    RawQuery(raw): RawQuery,
    PageLang(lang): PageLang,
) -> Response {
    let t = Catalog::get(lang);
    let q = Query::parse(raw.as_deref());
    let mut ids = q.ids.clone();
    ids.dedup();
    let view = st.view();
    let rows: Vec<&Row> = ids.iter().filter_map(|id| view.get(*id)).collect();
    if !(2..=5).contains(&rows.len()) {
        let need = t.ui("web-compare-need", &[]);
        return error_page(StatusCode::BAD_REQUEST, lang, &need, None, None);
    }
    let manifests: Vec<Option<Manifest>> = rows.iter().map(|r| manifest_of(&st, r.id)).collect();
    let verdicts: Vec<Value> = st
        .defs
        .iter()
        .map(|d| {
            let cells: Vec<Value> = rows
                .iter()
                .map(|r| {
                    let mut c = cell(t, &r.facets, &d.id);
                    let extra = if d.id == "mof-1.0" {
                        r.facets.mof_class.map(|m| mof_label(t, &m.to_string()))
                    } else {
                        r.facets.exemptions.get(&d.id).map(|ex| {
                            ex.iter()
                                .map(|(e, o)| format!("{e}: {}", t.word(o)))
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                    };
                    if let Some(extra) = extra {
                        c = context! { extra => extra, ..c };
                    }
                    c
                })
                .collect();
            let differ = {
                let mut v: Vec<Option<&String>> =
                    rows.iter().map(|r| r.facets.verdicts.get(&d.id)).collect();
                v.dedup();
                v.len() > 1
            };
            context! { id => d.id, title => t.text(&d.title), cells => cells, differ => differ }
        })
        .collect();
    let components: Vec<Value> = ComponentId::ALL
        .iter()
        .map(|c| {
            let cells: Vec<Value> = manifests
                .iter()
                .map(|m| {
                    let Some(m) = m else {
                        return context! { label => "—", class => "" };
                    };
                    match m.components.get(c) {
                        None => context! { label => t.ui("web-not-listed", &[]), class => "not-applicable" },
                        Some(comp) => {
                            let (word, class) = match comp.published {
                                osai_engine::manifest::Disclosure::Yes => ("web-published", "pass"),
                                osai_engine::manifest::Disclosure::Partial => ("web-partial", "unknown"),
                                osai_engine::manifest::Disclosure::No => ("web-not-published", "fail"),
                                osai_engine::manifest::Disclosure::Unknown => ("web-unknown", "unknown"),
                            };
                            let licence = m.licence_of(*c).map(|(_, l)| l.to_owned());
                            context! { label => t.ui(word, &[]), licence => licence, class => class }
                        }
                    }
                })
                .collect();
            context! { name => t.ui(&format!("component-{}", c.key()), &[]), cells => cells }
        })
        .collect();
    let licences: Vec<Value> = ["distribution", "code", "model", "data", "document"]
        .iter()
        .map(|k| {
            let cells: Vec<Option<String>> = manifests
                .iter()
                .map(|m| {
                    let l = &m.as_ref()?.licenses;
                    match *k {
                        "distribution" => l.distribution.clone(),
                        "code" => l.code.clone(),
                        "model" => l.model.clone(),
                        "data" => l.data.clone(),
                        _ => l.document.clone(),
                    }
                })
                .collect();
            context! { key => k, cells => cells }
        })
        .collect();
    let heads: Vec<Value> = rows
        .iter()
        .map(|r| {
            context! {
                id => r.id,
                name => r.facets.name,
                dataset => dataset_label(t, r.dataset.as_deref()),
                producer => r.facets.producer,
            }
        })
        .collect();
    let ctx = context! {
        releases => heads,
        verdicts => verdicts,
        components => components,
        licences => licences,
        credits => credits(t),
    };
    page(
        "compare.html",
        lang,
        &format!("/compare?{}", raw.unwrap_or_default()),
        ctx,
    )
}

/// Two definitions' verdicts on the same releases: how many one passes and the other fails.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Disagreement {
    pub passes: String,
    pub fails: String,
    pub releases: u64,
}

/// Every ordered pair of definitions with releases the first passes and the second fails.
pub(crate) fn disagreements(view: &View, defs: &[String]) -> Vec<Disagreement> {
    let mut out = Vec::new();
    for a in defs {
        for b in defs {
            if a == b {
                continue;
            }
            let n = view
                .rows
                .iter()
                .filter(|r| {
                    r.facets.verdicts.get(a).is_some_and(|v| v == "pass")
                        && r.facets.verdicts.get(b).is_some_and(|v| v == "fail")
                })
                .count() as u64;
            if n > 0 {
                out.push(Disagreement {
                    passes: a.clone(),
                    fails: b.clone(),
                    releases: n,
                });
            }
        }
    }
    out.sort_by_key(|d| std::cmp::Reverse(d.releases));
    out
}

/// The definitions that decide exemptions (the AI Act and its readings), in report order.
fn readings(view: &View, defs: &[String]) -> Vec<String> {
    defs.iter()
        .filter(|d| {
            view.rows
                .iter()
                .any(|r| r.facets.exemptions.contains_key(*d))
        })
        .cloned()
        .collect()
}

/// A release whose exemptions differ between readings.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReadingChange {
    pub id: i64,
    pub name: String,
    /// Reading → exemption → outcome.
    pub outcomes: BTreeMap<String, BTreeMap<String, String>>,
}

fn reading_changes(view: &View, readings: &[String]) -> Vec<ReadingChange> {
    view.rows
        .iter()
        .filter(|r| {
            let mut seen: Vec<&BTreeMap<String, String>> = readings
                .iter()
                .filter_map(|d| r.facets.exemptions.get(d))
                .collect();
            seen.dedup();
            seen.len() > 1
        })
        .map(|r| ReadingChange {
            id: r.id,
            name: r.facets.name.clone(),
            outcomes: readings
                .iter()
                .filter_map(|d| Some((d.clone(), r.facets.exemptions.get(d)?.clone())))
                .collect(),
        })
        .collect()
}

/// The numbers of the statistics page.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Stats {
    pub releases: u64,
    pub counts: FacetCounts,
    /// The definitions that decide the AI Act's exemptions, one per reading of "free and
    /// open-source licence" (`eu-ai-act` is the Commission's guidelines).
    pub readings: Vec<String>,
    /// Releases whose exemptions change between readings.
    pub reading_changes: Vec<ReadingChange>,
    pub disagreements: Vec<Disagreement>,
}

pub(crate) fn stats(st: &Shared, q: &Query) -> Stats {
    let view = st.view();
    let rows = view.select(q);
    let defs: Vec<String> = st.defs.iter().map(|d| d.id.clone()).collect();
    let readings = readings(&view, &defs);
    Stats {
        releases: rows.len() as u64,
        counts: View::counts(&rows),
        reading_changes: reading_changes(&view, &readings),
        readings,
        disagreements: disagreements(&view, &defs),
    }
}

/// Counts over the catalogue (with the catalogue's filters): verdicts per definition, MOF
/// classes, the AI Act's exemptions under each reading, licence families, disagreements.
#[utoipa::path(
    get,
    path = "/api/v1/stats",
    params(crate::ListQuery),
    responses((status = 200, description = "The numbers of the statistics page", body = Stats)),
    tag = "releases"
)]
pub(crate) async fn stats_api(State(st): State<Shared>, RawQuery(raw): RawQuery) -> Response {
    Json(stats(&st, &Query::parse(raw.as_deref()))).into_response()
}

/// One horizontal bar of a chart: its label and its segments (label, value, colour).
struct Bar {
    label: String,
    segments: Vec<(String, u64, &'static str)>,
}

fn colour(v: &str) -> &'static str {
    match v {
        "pass" | "applies" | "open-source" => "#2da44e",
        "fail" | "does-not-apply" | "proprietary" => "#cf222e",
        "unknown" | "restricted" => "#bf8700",
        _ => "#8c959f",
    }
}

/// A stacked horizontal bar chart, scaled to the largest total, with a title and a
/// description for screen readers; the same numbers go in a table beside it.
fn bar_chart(id: &str, title: &str, desc: &str, bars: &[Bar]) -> String {
    let (label_w, bar_w, row_h) = (230.0, 420.0, 26.0);
    let max = bars
        .iter()
        .map(|b| b.segments.iter().map(|s| s.1).sum::<u64>())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let height = row_h * bars.len() as f64 + 34.0;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {w} {height}\" width=\"100%\" style=\"max-width:{w}px\" class=\"chart\"><title id=\"{id}-t\">{}</title><desc id=\"{id}-d\">{}</desc>",
        esc(title),
        esc(desc),
        w = label_w + bar_w + 60.0,
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 6.0 + row_h * i as f64;
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1f2328\">{}</text>",
            label_w - 8.0,
            y + 15.0,
            esc(&b.label)
        ));
        let mut x = label_w;
        let mut total = 0;
        for (name, value, fill) in &b.segments {
            let w = bar_w * *value as f64 / max;
            total += value;
            if w > 0.0 {
                out.push_str(&format!(
                    "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"20\" fill=\"{fill}\"><title>{}: {value}</title></rect>",
                    esc(name)
                ));
            }
            x += w;
        }
        out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"12\" fill=\"#57606a\">{total}</text>",
            x + 6.0,
            y + 15.0
        ));
    }
    // The legend: each segment name once.
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for b in bars {
        for (name, _, fill) in &b.segments {
            if !seen.iter().any(|(n, _)| n == name) {
                seen.push((name, fill));
            }
        }
    }
    let mut x = label_w;
    let y = height - 12.0;
    for (name, fill) in seen {
        out.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{fill}\"/><text x=\"{:.1}\" y=\"{y}\" font-size=\"11\" fill=\"#1f2328\">{}</text>",
            y - 9.0,
            x + 14.0,
            esc(name)
        ));
        x += 24.0 + 7.0 * name.chars().count() as f64;
    }
    out.push_str("</svg>");
    out
}

/// A chart with its table: the segment names as columns.
fn chart(id: &str, title: &str, desc: &str, bars: Vec<Bar>) -> Value {
    let mut columns: Vec<String> = Vec::new();
    for b in &bars {
        for (n, _, _) in &b.segments {
            if !columns.contains(n) {
                columns.push(n.clone());
            }
        }
    }
    let rows: Vec<Value> = bars
        .iter()
        .map(|b| {
            let cells: Vec<u64> = columns
                .iter()
                .map(|c| b.segments.iter().find(|s| &s.0 == c).map_or(0, |s| s.1))
                .collect();
            context! { label => b.label, cells => cells }
        })
        .collect();
    context! {
        id => id,
        title => title,
        svg => Value::from_safe_string(bar_chart(id, title, desc, &bars)),
        columns => columns,
        rows => rows,
    }
}

pub(crate) async fn stats_page(
    State(st): State<Shared>,
    RawQuery(raw): RawQuery,
    PageLang(lang): PageLang,
) -> Response {
    let t = Catalog::get(lang);
    let q = Query::parse(raw.as_deref());
    let s = stats(&st, &q);
    let c = &s.counts;
    let verdict_bars: Vec<Bar> = st
        .defs
        .iter()
        .map(|d| Bar {
            label: d.id.clone(),
            segments: VERDICTS
                .iter()
                .map(|v| {
                    (
                        t.word(v),
                        c.verdicts
                            .get(&d.id)
                            .and_then(|m| m.get(*v))
                            .copied()
                            .unwrap_or(0),
                        colour(v),
                    )
                })
                .collect(),
        })
        .collect();
    let mof_bars: Vec<Bar> = ["1", "2", "3", "0", "none"]
        .iter()
        .filter(|m| c.mof.contains_key(**m))
        .map(|m| Bar {
            label: mof_label(t, m),
            segments: vec![(
                t.ui("web-releases-word", &[]),
                c.mof.get(*m).copied().unwrap_or(0),
                if *m == "0" || *m == "none" {
                    "#8c959f"
                } else {
                    "#0969da"
                },
            )],
        })
        .collect();
    let mut exemption_bars = Vec::new();
    for d in &s.readings {
        let per = c.exemptions.get(d);
        for e in ["art-53-2", "art-54-6", "art-2-12"] {
            let outcomes = per.and_then(|p| p.get(e));
            // An exemption that applies to no release of this kind (Art. 2(12) for models).
            if outcomes.is_none_or(|o| o.keys().all(|k| k == "not-applicable")) {
                continue;
            }
            exemption_bars.push(Bar {
                label: format!("{d} · {e}"),
                segments: ["applies", "does-not-apply", "unknown", "not-applicable"]
                    .iter()
                    .map(|o| {
                        (
                            t.word(o),
                            outcomes.and_then(|x| x.get(*o)).copied().unwrap_or(0),
                            colour(o),
                        )
                    })
                    .collect(),
            });
        }
    }
    let family_bars: Vec<Bar> = FAMILIES
        .iter()
        .map(|f| Bar {
            label: t.ui(&format!("web-family-{f}"), &[]),
            segments: vec![(
                t.ui("web-releases-word", &[]),
                c.licence_family.get(*f).copied().unwrap_or(0),
                colour(f),
            )],
        })
        .collect();
    let n = s.releases.to_string();
    let charts: Vec<Value> = [
        ("verdicts", verdict_bars),
        ("exemptions", exemption_bars),
        ("mof", mof_bars),
        ("families", family_bars),
    ]
    .into_iter()
    .map(|(id, bars)| {
        chart(
            id,
            &t.ui(&format!("web-chart-{id}"), &[]),
            &t.ui(&format!("web-chart-{id}-desc"), &[("n", &n)]),
            bars,
        )
    })
    .collect();
    let changes: Vec<Value> = s
        .reading_changes
        .iter()
        .map(|ch| {
            let cells: Vec<String> = s
                .readings
                .iter()
                .map(|d| {
                    ch.outcomes
                        .get(d)
                        .map(|ex| {
                            ex.iter()
                                .filter(|(e, _)| e.as_str() != "art-2-12")
                                .map(|(e, o)| format!("{e}: {}", t.word(o)))
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                        .unwrap_or_default()
                })
                .collect();
            context! { id => ch.id, name => ch.name, cells => cells }
        })
        .collect();
    let ctx = context! {
        intro => t.ui("web-stats-intro", &[("n", &n)]),
        charts => charts,
        readings => s.readings,
        changes => changes,
        credits => credits(t),
    };
    page("stats.html", lang, "/stats", ctx)
}

pub(crate) async fn disagreements_page(
    State(st): State<Shared>,
    PageLang(lang): PageLang,
) -> Response {
    let t = Catalog::get(lang);
    let view = st.view();
    let defs: Vec<String> = st.defs.iter().map(|d| d.id.clone()).collect();
    let items: Vec<Value> = disagreements(&view, &defs)
        .into_iter()
        .map(|d| {
            context! {
                passes => d.passes,
                fails => d.fails,
                releases => d.releases,
                link => format!("/releases?lang={}&v={}:pass&v={}:fail", lang.code(), d.passes, d.fails),
            }
        })
        .collect();
    let readings = readings(&view, &defs);
    let changes = reading_changes(&view, &readings).len();
    let ctx = context! {
        items => items,
        changes => t.ui("web-disagree-readings", &[("n", &changes.to_string())]),
    };
    page("disagreements.html", lang, "/disagreements", ctx)
}

/// The manifest a release page shows: a catalogue entry read again from its file, so that
/// each fact points at its line there; else the stored manifest.
fn located_of(st: &Shared, row: &Row) -> Option<LocatedManifest> {
    if let (Some(d), Some(s)) = (&row.dataset, &row.source)
        && let Some(e) = catalogue::entry(d, s)
        && let Ok(m) = e.read()
    {
        return Some(m);
    }
    Some(LocatedManifest {
        manifest: manifest_of(st, row.id)?,
        sources: SourceMap::new(None),
        warnings: Vec::new(),
    })
}

/// The part of a release page for people: verdicts, what would make it pass, where the facts
/// come from, the same model elsewhere, a permalink and a badge.
fn people_part(st: &Shared, row: &Row, report: &Report, lang: Lang, host: &str) -> String {
    let t = Catalog::get(lang);
    let view = st.view();
    let verdicts: Vec<Value> = report
        .definitions
        .iter()
        .map(|d| {
            let detail = if let Some(c) = d.class {
                mof_label(t, &c.to_string())
            } else if let Some(ex) = &d.exemptions {
                ex.iter()
                    .map(|(e, o)| format!("{e}: {}", t.word(o)))
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                d.category.clone().unwrap_or_default()
            };
            context! {
                id => d.id,
                title => t.text(&d.title),
                value => d.verdict.as_str(),
                label => t.word(d.verdict.as_str()),
                detail => detail,
            }
        })
        .collect();
    let todo: Vec<Value> = report
        .definitions
        .iter()
        .filter(|d| d.verdict != osai_engine::report::Status::Pass)
        .filter_map(|d| {
            let items: Vec<Value> = d
                .requirements
                .iter()
                .filter(|r| {
                    matches!(
                        r.status,
                        osai_engine::report::Status::Fail | osai_engine::report::Status::Unknown
                    )
                })
                .map(|r| {
                    context! {
                        code => &*r.code,
                        title => t.text(&r.title),
                        value => r.status.as_str(),
                        label => t.word(r.status.as_str()),
                        remedy => r.remedy.as_deref().map(|x| t.remedy(x).into_owned()),
                    }
                })
                .collect();
            (!items.is_empty()).then(|| {
                context! { id => d.id, title => t.text(&d.title), label => t.word(d.verdict.as_str()), items => items }
            })
        })
        .collect();
    let source = row
        .dataset
        .as_deref()
        .and_then(catalogue::dataset)
        .map(|d| {
            context! {
                text => t.ui("web-release-source-text", &[
                    ("file", row.source.as_deref().unwrap_or("")),
                    ("dataset", &dataset_label(t, Some(&d.id))),
                    ("taken", &t.date(&d.taken)),
                    ("commit", &d.commit),
                ]),
                attribution => d.attribution,
                licence => d.licence,
                upstream => d.upstream,
                page => d.page,
            }
        });
    let same: Vec<Value> = row
        .same_as
        .iter()
        .filter_map(|id| view.get(*id))
        .map(|r| {
            context! {
                id => r.id,
                name => r.facets.name,
                dataset => dataset_label(t, r.dataset.as_deref()),
                cells => st.defs.iter().map(|d| cell(t, &r.facets, &d.id)).collect::<Vec<_>>(),
            }
        })
        .collect();
    let permalink = format!("{host}/releases/{}", row.id);
    let badge = format!(
        "[![osaid-1.0]({host}/releases/{id}/badge/osaid-1.0.svg)]({permalink})",
        id = row.id
    );
    let ctx = context! {
        lang => lang.code(),
        tr => crate::pages::tr(lang),
        name => row.facets.name,
        version => t.ui("web-version", &[("n", &row.version.to_string())]),
        stored => t.ui("web-release-api-source", &[("date", &t.date(row.created.get(..10).unwrap_or("")))]),
        verdicts => verdicts,
        todo => todo,
        source => source,
        same => same,
        definitions => st.defs.iter().map(|d| d.id.clone()).collect::<Vec<_>>(),
        permalink => permalink,
        badge => badge,
        id => row.id,
    };
    crate::pages::env()
        .get_template("release_top.html")
        .and_then(|tpl| tpl.render(ctx))
        .unwrap_or_else(|e| format!("<p>template: {}</p>", esc(&e.to_string())))
}

/// `http://host` of the request, for the permalink and the badge snippet.
fn origin(headers: &axum::http::HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

pub(crate) async fn release_page(
    State(st): State<Shared>,
    Path(id): Path<i64>,
    PageLang(lang): PageLang,
    headers: axum::http::HeaderMap,
) -> Response {
    let view = st.view();
    let Some(row) = view.get(id).cloned() else {
        return crate::pages::not_found_page(lang);
    };
    let host = origin(&headers);
    let shared = st.clone();
    crate::cpu(&st, move || {
        let Some(m) = located_of(&shared, &row) else {
            return error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                lang,
                "store error",
                None,
                None,
            );
        };
        let engine = Engine::new(shared.defs.clone());
        let as_of = crate::parse_date(row.created.get(..10)).unwrap_or_else(|_| crate::today());
        let report = engine.assess(&m, &AssessOptions::new(as_of));
        let top = people_part(&shared, &row, &report, lang, &host);
        crate::pages::report_page_with(&shared, &m, as_of, lang, &top)
    })
    .await
    .unwrap_or_else(|r| error_page(r.status, lang, &r.message, None, None))
}

/// `/releases/{id}/badge/{definition}.svg`: the release's badge for one definition.
pub(crate) async fn badge(
    State(st): State<Shared>,
    Path((id, file)): Path<(i64, String)>,
    PageLang(lang): PageLang,
) -> Response {
    let def_id = file.strip_suffix(".svg").unwrap_or(&file).to_owned();
    let view = st.view();
    let Some(row) = view.get(id).cloned() else {
        return (StatusCode::NOT_FOUND, "no such release").into_response();
    };
    let Some(def) = st.defs.iter().find(|d| d.id == def_id).copied() else {
        return (StatusCode::NOT_FOUND, "no such definition").into_response();
    };
    let shared = st.clone();
    let svg = crate::cpu(&st, move || {
        let m = located_of(&shared, &row)?;
        let as_of = crate::parse_date(row.created.get(..10)).unwrap_or_else(|_| crate::today());
        let report = Engine::new(vec![def]).assess(&m, &AssessOptions::new(as_of));
        Some(osai_report::badge::badge(report.definitions.first()?, lang))
    })
    .await;
    match svg {
        Ok(Some(svg)) => (
            [
                (header::CONTENT_TYPE, "image/svg+xml"),
                (header::CACHE_CONTROL, "max-age=3600"),
            ],
            svg,
        )
            .into_response(),
        Ok(None) => (StatusCode::INTERNAL_SERVER_ERROR, "store error").into_response(),
        Err(r) => (r.status, r.message).into_response(),
    }
}

/// The names the home page's search box offers as one types (a `<datalist>`: no script).
pub(crate) fn names(st: &Shared) -> Vec<String> {
    let view = st.view();
    let mut v: Vec<String> = view.rows.iter().map(|r| r.facets.name.clone()).collect();
    v.sort();
    v.dedup();
    v
}
