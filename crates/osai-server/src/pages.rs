//! The web pages: server-rendered (minijinja, autoescaped), plain forms, no script.

use std::sync::OnceLock;

use axum::Router;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use minijinja::{Environment, Value, context};
use osai_engine::AssessOptions;
use osai_engine::definition::Definition;
use osai_engine::manifest::{LocatedManifest, Manifest, SourceMap};
use osai_report::{Catalog, Lang};
use serde::Deserialize;

use crate::{ListQuery, Shared, parse_date};

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, text) in [
            ("base.html", include_str!("../templates/base.html")),
            ("home.html", include_str!("../templates/home.html")),
            ("ask.html", include_str!("../templates/ask.html")),
            ("releases.html", include_str!("../templates/releases.html")),
            (
                "definitions.html",
                include_str!("../templates/definitions.html"),
            ),
            (
                "definition.html",
                include_str!("../templates/definition.html"),
            ),
            ("error.html", include_str!("../templates/error.html")),
        ] {
            if let Err(e) = env.add_template(name, text) {
                panic!("template {name}: {e}");
            }
        }
        env
    })
}

/// The page language: `?lang=`, else `Accept-Language`, else English.
struct PageLang(Lang);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        let lang = parts.uri.query().and_then(|q| {
            q.split('&')
                .find_map(|kv| kv.strip_prefix("lang="))
                .map(str::to_owned)
        });
        Ok(PageLang(crate::lang_of(lang.as_deref(), &parts.headers)))
    }
}

/// The `web-*` messages of a language, keyed without the prefix (`nav_home`); built once.
fn tr(lang: Lang) -> Value {
    static EN: OnceLock<Value> = OnceLock::new();
    static FR: OnceLock<Value> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    cell.get_or_init(|| web_messages(lang)).clone()
}

fn web_messages(lang: Lang) -> Value {
    let t = Catalog::get(lang);
    let en = osai_report::i18n::locale_files()
        .into_iter()
        .find(|(l, n, _)| *l == Lang::En && *n == "ui")
        .map(|(_, _, text)| text)
        .unwrap_or_default();
    let map: std::collections::BTreeMap<String, String> = osai_report::i18n::message_ids(en)
        .filter_map(|id| {
            let key = id.strip_prefix("web-")?;
            Some((key.replace('-', "_"), t.ui(id, &[])))
        })
        .collect();
    Value::from_serialize(&map)
}

fn page(name: &str, lang: Lang, path: &str, ctx: Value) -> Response {
    let other = match lang {
        Lang::En => Lang::Fr,
        Lang::Fr => Lang::En,
    };
    let sep = if path.contains('?') { '&' } else { '?' };
    let full = context! {
        lang => lang.code(),
        other_lang => other.code(),
        other_lang_url => format!("{path}{sep}lang={}", other.code()),
        tr => tr(lang),
        ..ctx
    };
    match env().get_template(name).and_then(|t| t.render(full)) {
        Ok(html) => Html(html).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, format!("template: {e}")).into_response(),
    }
}

fn error_page(
    status: StatusCode,
    lang: Lang,
    message: &str,
    at: Option<String>,
    hint: Option<&str>,
) -> Response {
    let t = Catalog::get(lang);
    let ctx = context! {
        heading => t.ui("web-error-title", &[]),
        message => message,
        at => at,
        hint => hint,
    };
    let mut r = page("error.html", lang, "/", ctx);
    *r.status_mut() = status;
    r
}

/// The HTML report with the site's navigation above it.
fn report_page(
    st: &Shared,
    m: &LocatedManifest,
    as_of: osai_engine::manifest::Date,
    lang: Lang,
) -> Response {
    let engine = match st.engine(None) {
        Ok(e) => e,
        Err(e) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, lang, &e, None, None),
    };
    let report = engine.assess(m, &AssessOptions::new(as_of));
    let defs: Vec<&Definition> = st.defs.clone();
    let html = osai_report::html::html_page(std::slice::from_ref(&report), &defs, lang);
    let t = Catalog::get(lang);
    let nav = format!(
        "<body>\n<nav style=\"background:#24292f;padding:8px 24px;display:flex;gap:18px\" aria-label=\"osai\"><a style=\"color:#fff;font-weight:600\" href=\"/?lang={l}\">{}</a><a style=\"color:#fff;font-weight:600\" href=\"/releases?lang={l}\">{}</a></nav>",
        t.ui("web-nav-home", &[]),
        t.ui("web-nav-catalogue", &[]),
        l = lang.code()
    );
    Html(html.replacen("<body>", &nav, 1)).into_response()
}

const EXAMPLE: &str = "osai: 1\nrelease:\n  name: my-model\n  kind: model\nlicenses:\n  distribution: Apache-2.0\ncomponents:\n  model-parameters-final: {}\n  model-architecture: {}\n  inference-code: {}\n";

async fn home(PageLang(lang): PageLang) -> Response {
    page("home.html", lang, "/", context! { example => EXAMPLE })
}

async fn assess_form(
    State(st): State<Shared>,
    PageLang(lang): PageLang,
    mut form: Multipart,
) -> Response {
    let mut text: Vec<u8> = Vec::new();
    let mut file: Vec<u8> = Vec::new();
    loop {
        match form.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let bytes = match field.bytes().await {
                    Ok(b) => b,
                    // Over the body limit is 413, like the API; anything else 400.
                    Err(e) => return error_page(e.status(), lang, &e.body_text(), None, None),
                };
                match name.as_str() {
                    "manifest" => text = bytes.to_vec(),
                    "file" => file = bytes.to_vec(),
                    _ => {}
                }
            }
            Ok(None) => break,
            Err(e) => {
                let status = if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    StatusCode::PAYLOAD_TOO_LARGE
                } else {
                    StatusCode::BAD_REQUEST
                };
                return error_page(status, lang, &e.body_text(), None, None);
            }
        }
    }
    let body = if file.is_empty() { text } else { file };
    let shared = st.clone();
    let read = crate::cpu(&st, move || {
        crate::read_body("form", &body).map(|m| report_page(&shared, &m, crate::today(), lang))
    });
    match read.await {
        Err(r) => error_page(r.status, lang, &r.message, None, None),
        Ok(Ok(page)) => page,
        Ok(Err(e)) => {
            let d = &e.diagnostics[0];
            let at = Catalog::get(lang).ui(
                "web-error-at",
                &[
                    ("line", &d.span.line.to_string()),
                    ("column", &d.span.column.to_string()),
                ],
            );
            error_page(
                StatusCode::BAD_REQUEST,
                lang,
                &d.message,
                Some(at),
                d.help.as_deref(),
            )
        }
    }
}

const TRISTATE: &[(&str, &str)] = &[
    ("weights_published", "web-q-weights-published"),
    ("training_code", "web-q-training-code"),
    ("data", "web-q-data"),
    ("general_purpose", "web-q-general-purpose"),
    ("monetised", "web-q-monetised"),
    ("eu_market", "web-q-eu"),
    ("designated", "web-q-designated"),
];

async fn ask_page(PageLang(lang): PageLang) -> Response {
    let t = Catalog::get(lang);
    let tristate: Vec<Value> = TRISTATE
        .iter()
        .map(|(name, id)| context! { name => name, label => t.ui(id, &[]) })
        .collect();
    page("ask.html", lang, "/ask", context! { tristate => tristate })
}

#[derive(Debug, Deserialize, Default)]
struct AskForm {
    name: String,
    kind: Option<String>,
    weights_published: Option<String>,
    training_code: Option<String>,
    data: Option<String>,
    general_purpose: Option<String>,
    monetised: Option<String>,
    eu_market: Option<String>,
    designated: Option<String>,
    weights_licence: Option<String>,
    code_licence: Option<String>,
    compute: Option<String>,
}

fn tri(v: &Option<String>) -> Option<bool> {
    match v.as_deref() {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    }
}

/// The questionnaire's answers as a manifest (JSON), read like any other input so that every
/// check applies; an unanswered question is left out, so its requirements stay unknown.
fn ask_manifest(f: &AskForm) -> serde_json::Value {
    use serde_json::json;
    let mut components = serde_json::Map::new();
    let mut published = |key: &str, answer: Option<bool>| {
        if let Some(b) = answer {
            components.insert(key.into(), json!({ "published": b }));
        }
    };
    published("model-parameters-final", tri(&f.weights_published));
    published("training-code", tri(&f.training_code));
    published("datasets", tri(&f.data));
    let mut licenses = serde_json::Map::new();
    for (key, answer) in [("model", &f.weights_licence), ("code", &f.code_licence)] {
        if let Some(l) = answer.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            licenses.insert(key.into(), json!(l));
        }
    }
    let mut facts = serde_json::Map::new();
    for (key, answer) in [
        ("general_purpose", tri(&f.general_purpose)),
        ("monetised", tri(&f.monetised)),
        ("eu_market", tri(&f.eu_market)),
        ("systemic_risk_designated", tri(&f.designated)),
    ] {
        if let Some(b) = answer {
            facts.insert(key.into(), json!(b));
        }
    }
    if let Some(c) = f
        .compute
        .as_deref()
        .and_then(|c| c.trim().parse::<f64>().ok())
    {
        facts.insert("training_compute_flop".into(), json!(c));
    }
    let kind = match f.kind.as_deref() {
        Some("system") => "system",
        _ => "model",
    };
    json!({
        "osai": 1,
        "release": { "name": f.name.trim(), "kind": kind },
        "licenses": licenses,
        "components": components,
        "facts": facts,
    })
}

async fn ask_submit(
    State(st): State<Shared>,
    PageLang(lang): PageLang,
    Form(f): Form<AskForm>,
) -> Response {
    let text = ask_manifest(&f).to_string();
    let shared = st.clone();
    let read = crate::cpu(&st, move || {
        osai_formats::read_str("questionnaire", &text)
            .map(|m| report_page(&shared, &m, crate::today(), lang))
    });
    match read.await {
        Err(r) => error_page(r.status, lang, &r.message, None, None),
        Ok(Ok(page)) => page,
        Ok(Err(e)) => {
            let d = &e.diagnostics[0];
            error_page(
                StatusCode::BAD_REQUEST,
                lang,
                &d.message,
                None,
                d.help.as_deref(),
            )
        }
    }
}

async fn catalogue(
    State(st): State<Shared>,
    Query(q): Query<ListQuery>,
    PageLang(lang): PageLang,
) -> Response {
    let t = Catalog::get(lang);
    let list = match crate::list_releases(&st, &q) {
        Ok(l) => l,
        Err(e) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, lang, &e, None, None),
    };
    let ids: Vec<String> = st.defs.iter().map(|d| d.id.clone()).collect();
    let rows: Vec<Value> = list
        .items
        .iter()
        .map(|r| {
            let cells: Vec<Value> = ids
                .iter()
                .map(|id| {
                    let v = r.verdicts.get(id).cloned().unwrap_or_default();
                    let label = if v.is_empty() {
                        "—".to_owned()
                    } else {
                        t.word(&v)
                    };
                    context! { value => v, label => label }
                })
                .collect();
            context! {
                id => r.id,
                name => r.name,
                version_label => t.ui("web-version", &[("n", &r.version.to_string())]),
                cells => cells,
            }
        })
        .collect();
    let pages = ((list.total + list.per_page - 1) / list.per_page).max(1);
    let link = |page: i64| {
        format!(
            "/releases?lang={}&definition={}&verdict={}&page={page}&per_page={}",
            lang.code(),
            q.definition.as_deref().unwrap_or(""),
            q.verdict.as_deref().unwrap_or(""),
            list.per_page
        )
    };
    let verdicts: Vec<Value> = ["pass", "fail", "unknown", "not-applicable"]
        .iter()
        .map(|v| context! { value => v, label => t.word(v) })
        .collect();
    let ctx = context! {
        rows => rows,
        definitions => ids,
        verdicts => verdicts,
        filter_definition => q.definition.clone().unwrap_or_default(),
        filter_verdict => q.verdict.clone().unwrap_or_default(),
        page_label => t.ui("web-page", &[("page", &list.page.to_string()), ("pages", &pages.to_string())]),
        previous => (list.page > 1).then(|| link(list.page - 1)),
        next => (list.page < pages).then(|| link(list.page + 1)),
    };
    page("releases.html", lang, "/releases", ctx)
}

async fn release_page(
    State(st): State<Shared>,
    Path(id): Path<i64>,
    PageLang(lang): PageLang,
) -> Response {
    let found = st.store.lock().map(|s| s.get(id)).map_err(|_| ());
    let stored = match found {
        Ok(Ok(Some(s))) => s,
        Ok(Ok(None)) => {
            let t = Catalog::get(lang);
            return error_page(
                StatusCode::NOT_FOUND,
                lang,
                &t.ui("web-not-found", &[]),
                None,
                None,
            );
        }
        _ => {
            return error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                lang,
                "store error",
                None,
                None,
            );
        }
    };
    let manifest: Manifest = match serde_json::from_str(&stored.manifest) {
        Ok(m) => m,
        Err(e) => {
            return error_page(
                StatusCode::INTERNAL_SERVER_ERROR,
                lang,
                &e.to_string(),
                None,
                None,
            );
        }
    };
    #[derive(Deserialize)]
    struct AsOf {
        as_of: String,
    }
    let as_of = serde_json::from_str::<AsOf>(&stored.report)
        .ok()
        .and_then(|r| parse_date(Some(&r.as_of)).ok())
        .unwrap_or_else(crate::today);
    let m = LocatedManifest {
        manifest,
        sources: SourceMap::new(None),
        warnings: Vec::new(),
    };
    let shared = st.clone();
    crate::cpu(&st, move || report_page(&shared, &m, as_of, lang))
        .await
        .unwrap_or_else(|r| error_page(r.status, lang, &r.message, None, None))
}

async fn definitions_page(State(st): State<Shared>, PageLang(lang): PageLang) -> Response {
    let t = Catalog::get(lang);
    let defs: Vec<Value> = st
        .defs
        .iter()
        .map(|d| context! { id => d.id, title => t.text(&d.title) })
        .collect();
    page(
        "definitions.html",
        lang,
        "/definitions",
        context! { definitions => defs },
    )
}

async fn definition_page(
    State(st): State<Shared>,
    Path(id): Path<String>,
    PageLang(lang): PageLang,
) -> Response {
    let t = Catalog::get(lang);
    let Some(d) = st.defs.iter().find(|d| d.id == id) else {
        return error_page(
            StatusCode::NOT_FOUND,
            lang,
            &t.ui("web-not-found", &[]),
            None,
            None,
        );
    };
    let reqs: Vec<Value> = d
        .requirements
        .iter()
        .map(|r| {
            context! {
                code => r.code.to_string(),
                title => t.text(&r.title),
                explain => r.explain.as_deref().map(|e| t.text(e).into_owned()),
                cite => r.cite.to_string(),
            }
        })
        .collect();
    let ctx = context! {
        id => d.id,
        title => t.text(&d.title),
        version => d.version,
        source => d.source,
        summary => d.summary.as_deref().map(|s| t.text(s).into_owned()),
        requirements => reqs,
    };
    page("definition.html", lang, &format!("/definitions/{id}"), ctx)
}

async fn not_found(PageLang(lang): PageLang, headers: HeaderMap) -> Response {
    let msg = Catalog::get(lang).ui("web-not-found", &[]);
    if headers
        .get(header::ACCEPT)
        .and_then(|a| a.to_str().ok())
        .is_some_and(|a| a.contains("text/html"))
    {
        error_page(StatusCode::NOT_FOUND, lang, &msg, None, None)
    } else {
        crate::api_error(StatusCode::NOT_FOUND, msg)
    }
}

pub(crate) fn routes() -> Router<Shared> {
    Router::new()
        .route("/", get(home))
        .route("/assess", axum::routing::post(assess_form))
        .route("/ask", get(ask_page).post(ask_submit))
        .route("/releases", get(catalogue))
        .route("/releases/{id}", get(release_page))
        .route("/definitions", get(definitions_page))
        .route("/definitions/{id}", get(definition_page))
        .fallback(not_found)
}
