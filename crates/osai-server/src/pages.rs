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
use osai_engine::manifest::{LocatedManifest, ReleaseKind};
use osai_engine::questionnaire::{AnswerKind, Questionnaire, Section, answers_manifest};
use osai_report::questions;
use osai_report::{Catalog, Lang};
use serde::Deserialize;

use crate::Shared;

pub(crate) fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        for (name, text) in [
            ("base.html", include_str!("../templates/base.html")),
            ("home.html", include_str!("../templates/home.html")),
            ("ask.html", include_str!("../templates/ask.html")),
            (
                "ask_manifest.html",
                include_str!("../templates/ask_manifest.html"),
            ),
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
            ("compare.html", include_str!("../templates/compare.html")),
            ("credits.html", include_str!("../templates/credits.html")),
            ("stats.html", include_str!("../templates/stats.html")),
            (
                "disagreements.html",
                include_str!("../templates/disagreements.html"),
            ),
            (
                "release_top.html",
                include_str!("../templates/release_top.html"),
            ),
        ] {
            if let Err(e) = env.add_template(name, text) {
                panic!("template {name}: {e}");
            }
        }
        env
    })
}

/// The page language: `?lang=`, else `Accept-Language`, else English.
pub(crate) struct PageLang(pub(crate) Lang);

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
pub(crate) fn tr(lang: Lang) -> Value {
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

pub(crate) fn page(name: &str, lang: Lang, path: &str, ctx: Value) -> Response {
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

/// 404: the page says so in the page's language.
pub(crate) fn not_found_page(lang: Lang) -> Response {
    let t = Catalog::get(lang);
    error_page(
        StatusCode::NOT_FOUND,
        lang,
        &t.ui("web-not-found", &[]),
        None,
        None,
    )
}

pub(crate) fn error_page(
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
    report_page_with(st, m, as_of, lang, "")
}

/// The HTML report with the navigation and `before` (already HTML) above it.
pub(crate) fn report_page_with(
    st: &Shared,
    m: &LocatedManifest,
    as_of: osai_engine::manifest::Date,
    lang: Lang,
    before: &str,
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
    Html(html.replacen("<body>", &format!("{nav}\n{before}"), 1)).into_response()
}

const EXAMPLE: &str = "osai: 1\nrelease:\n  name: my-model\n  kind: model\nlicenses:\n  distribution: Apache-2.0\ncomponents:\n  model-parameters-final: {}\n  model-architecture: {}\n  inference-code: {}\n";

async fn home(State(st): State<Shared>, PageLang(lang): PageLang) -> Response {
    let t = Catalog::get(lang);
    let n = st.view().len();
    page(
        "home.html",
        lang,
        "/",
        context! {
            example => EXAMPLE,
            hub => st.hub.is_some(),
            names => crate::browse::names(&st),
            search_intro => t.ui("web-search-intro", &[("n", &n.to_string())]),
        },
    )
}

async fn assess_form(
    State(st): State<Shared>,
    PageLang(lang): PageLang,
    crate::hub::ClientIp(client): crate::hub::ClientIp,
    headers: HeaderMap,
    mut form: Multipart,
) -> Response {
    let mut text: Vec<u8> = Vec::new();
    let mut file: Vec<u8> = Vec::new();
    let mut hub_id = String::new();
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
                    "hub" => hub_id = String::from_utf8_lossy(&bytes).trim().to_owned(),
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
    if !hub_id.is_empty() {
        return hub_form(&st, lang, client, &headers, &hub_id).await;
    }
    let body = if file.is_empty() { text } else { file };
    let shared = st.clone();
    let read = crate::cpu(&st, move || {
        crate::read_body("form", &body).map(|m| report_page(&shared, &m, crate::today(), lang))
    });
    match read.await {
        Err(r) => error_page(r.status, lang, &r.message, None, None),
        Ok(Ok(page)) => page,
        Ok(Err(e)) => input_errors_page(lang, &e),
    }
}

/// The report of a hub id typed on the home page, with where it was read above it.
async fn hub_form(
    st: &Shared,
    lang: Lang,
    client: Option<std::net::IpAddr>,
    headers: &HeaderMap,
    id: &str,
) -> Response {
    let read = match crate::hub::read(st, client, crate::authorised(st, headers), id).await {
        Ok(r) => r,
        Err(r) => {
            let t = Catalog::get(lang);
            let ctx = context! {
                heading => t.ui("web-hub-error-title", &[]),
                errors => vec![context! { message => r.message, code => r.code }],
            };
            let mut resp = page("error.html", lang, "/", ctx);
            *resp.status_mut() = r.status;
            return resp;
        }
    };
    let t = Catalog::get(lang);
    let banner = t.ui(
        "web-hub-read",
        &[
            ("id", &read.id),
            ("sha", &read.sha),
            ("files", &read.files.to_string()),
            ("kib", &read.fetched.div_ceil(1024).to_string()),
        ],
    );
    let banner = format!(
        "<p role=\"status\" style=\"margin:12px 24px\">{}</p>",
        minijinja::HtmlEscape(&banner)
    );
    let shared = st.clone();
    let m = read.manifest;
    match crate::cpu(st, move || {
        report_page_with(&shared, &m, crate::today(), lang, &banner)
    })
    .await
    {
        Ok(page) => page,
        Err(r) => error_page(r.status, lang, &r.message, None, None),
    }
}

/// Every problem of an input that could not be read, each with its line and column.
fn input_errors_page(lang: Lang, e: &osai_formats::InputErrors) -> Response {
    let t = Catalog::get(lang);
    let items: Vec<Value> = e
        .diagnostics
        .iter()
        .map(|d| {
            let at = t.ui(
                "web-error-at",
                &[
                    ("line", &d.span.line.to_string()),
                    ("column", &d.span.column.to_string()),
                ],
            );
            context! { message => d.message, at => at, hint => d.help, code => d.code }
        })
        .collect();
    let ctx = context! {
        heading => t.ui("web-error-title", &[]),
        errors => items,
    };
    let mut r = page("error.html", lang, "/", ctx);
    *r.status_mut() = StatusCode::BAD_REQUEST;
    r
}

/// The questionnaire, derived once from the server's definitions (the built-in ones).
fn questionnaire() -> &'static Questionnaire {
    static Q: OnceLock<Questionnaire> = OnceLock::new();
    Q.get_or_init(|| Questionnaire::derive(osai_engine::builtin_definitions()))
}

#[derive(Debug, Deserialize, Default)]
struct AskQuery {
    kind: Option<String>,
}

fn release_kind(s: Option<&str>) -> ReleaseKind {
    match s {
        Some("system") => ReleaseKind::System,
        _ => ReleaseKind::Model,
    }
}

/// One answer problem, shown above the form with a link to its question.
#[derive(Debug, Default, serde::Serialize)]
struct AskError {
    field: Option<String>,
    question: String,
    message: String,
    at: Option<String>,
    help: Option<String>,
}

/// The form's element id of a question (its path, with dots as dashes).
fn field_id(path: &str) -> String {
    format!("q-{}", path.replace('.', "-"))
}

/// The questionnaire page: every question the definitions read for this kind of release,
/// with the answers given so far (after an error) filled in.
fn ask_form(
    lang: Lang,
    kind: ReleaseKind,
    given: &[(String, String)],
    errors: &[AskError],
) -> Response {
    let t = Catalog::get(lang);
    let value_of = |path: &str| -> Vec<&str> {
        given
            .iter()
            .filter(|(k, _)| k == path)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    let first = |path: &str| value_of(path).first().copied().unwrap_or("").to_owned();
    let yes_no = |with_partial: bool| {
        let mut v = vec![("yes", t.ui("web-yes", &[])), ("no", t.ui("web-no", &[]))];
        if with_partial {
            v.push(("partial", t.ui("web-partial", &[])));
        }
        v.push(("", t.ui("web-unknown", &[])));
        v
    };
    let mut sections: Vec<Value> = Vec::new();
    for s in Section::ALL {
        let mut qs = Vec::new();
        for q in questionnaire().for_kind(kind).filter(|q| q.section == s) {
            let chosen = value_of(&q.path);
            let follows = q
                .follows
                .and_then(|after| questionnaire().get(after))
                .map(|a| t.ui("q-follows", &[("question", &questions::text(t, a))]));
            let (input, choices): (&str, Vec<(String, String)>) = match &q.answer {
                AnswerKind::Disclosure => (
                    "radio",
                    yes_no(true)
                        .into_iter()
                        .map(|(v, l)| (v.to_owned(), l))
                        .collect(),
                ),
                AnswerKind::YesNo => (
                    "radio",
                    yes_no(false)
                        .into_iter()
                        .map(|(v, l)| (v.to_owned(), l))
                        .collect(),
                ),
                AnswerKind::Codes {
                    choices,
                    closed: true,
                } => (
                    "checkbox",
                    choices
                        .iter()
                        .map(|c| (c.clone(), c.clone()))
                        .chain([("none".to_owned(), "none".to_owned())])
                        .collect(),
                ),
                AnswerKind::Date => ("date", Vec::new()),
                _ => ("text", Vec::new()),
            };
            let nothing_chosen = chosen.iter().all(|c| c.is_empty());
            let choices: Vec<Value> = choices
                .into_iter()
                .map(|(value, label)| {
                    let checked = if value.is_empty() {
                        nothing_chosen && input == "radio"
                    } else {
                        chosen.contains(&value.as_str())
                    };
                    context! { value => value, label => label, checked => checked }
                })
                .collect();
            qs.push(context! {
                id => field_id(&q.path),
                path => q.path,
                text => questions::text(t, q),
                hint => questions::answer_hint(t, q),
                read_by => questions::read_by(t, q),
                follows => follows,
                input => input,
                numeric => q.answer == AnswerKind::Number,
                choices => choices,
                value => first(&q.path),
            });
        }
        if !qs.is_empty() {
            sections.push(context! { title => questions::section_title(t, s), questions => qs });
        }
    }
    let kinds: Vec<Value> = [ReleaseKind::Model, ReleaseKind::System]
        .into_iter()
        .map(|k| {
            context! {
                id => k.as_str(),
                label => t.ui(&format!("web-{}", k.as_str()), &[]),
                current => k == kind,
            }
        })
        .collect();
    let path = format!("/ask?kind={}", kind.as_str());
    let mut r = page(
        "ask.html",
        lang,
        &path,
        context! {
            kind => kind.as_str(),
            kinds => kinds,
            sections => sections,
            name => first("name"),
            producer => first("producer"),
            errors => Value::from_serialize(errors),
        },
    );
    if !errors.is_empty() {
        *r.status_mut() = StatusCode::BAD_REQUEST;
    }
    r
}

async fn ask_page(PageLang(lang): PageLang, Query(q): Query<AskQuery>) -> Response {
    ask_form(lang, release_kind(q.kind.as_deref()), &[], &[])
}

/// The answers as a manifest in YAML, or every answer that could not be used.
fn ask_manifest(
    kind: ReleaseKind,
    given: &[(String, String)],
    lang: Lang,
) -> Result<(String, String), Vec<AskError>> {
    let t = Catalog::get(lang);
    let first = |path: &str| {
        given
            .iter()
            .find(|(k, _)| k == path)
            .map(|(_, v)| v.trim())
            .unwrap_or("")
    };
    let base = osai_engine::licence::LicenceBase::builtin();
    let mut errors = Vec::new();
    let mut answers: Vec<(&str, serde_json::Value)> = Vec::new();
    for q in questionnaire().for_kind(kind) {
        // Checkboxes send one value per code; the reader gets them as one list.
        let raw: Vec<&str> = given
            .iter()
            .filter(|(k, _)| *k == q.path)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
            .collect();
        let raw = if raw.contains(&"none") {
            "none".to_owned()
        } else {
            raw.join(",")
        };
        match q.parse(&raw, base) {
            Ok(Some(v)) => answers.push((q.path.as_str(), v)),
            Ok(None) => {}
            Err(message) => errors.push(AskError {
                field: Some(field_id(&q.path)),
                question: questions::text(t, q),
                message,
                ..AskError::default()
            }),
        }
    }
    let name = first("name");
    if name.is_empty() {
        errors.push(AskError {
            field: Some("name".into()),
            question: t.ui("web-q-name", &[]),
            message: "a release needs a name".into(),
            ..AskError::default()
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let producer = Some(first("producer")).filter(|p| !p.is_empty());
    let json = answers_manifest(name, kind, producer, &answers).to_string();
    let read = osai_formats::read_str(ASK_SOURCE, &json).map(|m| {
        // The YAML the page shows is the text the report's evidence points into.
        let yaml = osai_formats::manifest_yaml(&m.manifest).unwrap_or_default();
        let yaml = format!("# {}\n{yaml}", t.ui("web-ask-manifest", &[]));
        (name.to_owned(), yaml)
    });
    read.map_err(|e| reader_errors(&e))
}

/// What the manifest reader refused in the answers, one line each.
fn reader_errors(e: &osai_formats::InputErrors) -> Vec<AskError> {
    e.diagnostics
        .iter()
        .map(|d| AskError {
            question: d.label.clone(),
            message: d.message.clone(),
            help: d.help.clone(),
            ..AskError::default()
        })
        .collect()
}

const ASK_SOURCE: &str = "questionnaire.osai.yml";

async fn ask_submit(
    State(st): State<Shared>,
    PageLang(lang): PageLang,
    Form(given): Form<Vec<(String, String)>>,
) -> Response {
    let kind = release_kind(
        given
            .iter()
            .find(|(k, _)| k == "kind")
            .map(|(_, v)| v.as_str()),
    );
    let (name, yaml) = match ask_manifest(kind, &given, lang) {
        Ok(m) => m,
        Err(errors) => return ask_form(lang, kind, &given, &errors),
    };
    let shared = st.clone();
    let text = yaml.clone();
    let read = crate::cpu(&st, move || {
        osai_formats::read_str(ASK_SOURCE, &text).map(|m| {
            let t = Catalog::get(lang);
            let shown = env()
                .get_template("ask_manifest.html")
                .and_then(|tpl| {
                    tpl.render(context! {
                        heading => t.ui("web-ask-manifest", &[]),
                        intro => t.ui("web-ask-manifest-intro", &[]),
                        download => t.ui("web-ask-download", &[]),
                        file => format!("{}.osai.yml", file_stem(&name)),
                        encoded => percent_encode(&text),
                        yaml => text,
                    })
                })
                .unwrap_or_default();
            report_page_with(&shared, &m, crate::today(), lang, &shown)
        })
    });
    match read.await {
        Err(r) => error_page(r.status, lang, &r.message, None, None),
        Ok(Ok(page)) => page,
        Ok(Err(e)) => ask_form(lang, kind, &given, &reader_errors(&e)),
    }
}

/// A file name from a release name: letters, digits, `-`, `_`, `.`.
fn file_stem(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    if s.trim_matches('-').is_empty() {
        "release".into()
    } else {
        s
    }
}

/// Percent-encoding for a `data:` URL: everything but unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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
        return not_found_page(lang);
    };
    let reqs: Vec<Value> = d
        .requirements
        .iter()
        .map(|r| {
            context! {
                code => r.code.to_string(),
                title => t.text(&r.title),
                explain => r.explain.as_deref().map(|e| t.text(e).into_owned()),
                cite => t.text(&r.cite),
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
        .route("/releases", get(crate::browse::catalogue))
        .route("/releases/{id}", get(crate::browse::release_page))
        .route("/releases/{id}/badge/{file}", get(crate::browse::badge))
        .route("/compare", get(crate::browse::compare))
        .route("/disagreements", get(crate::browse::disagreements_page))
        .route("/stats", get(crate::browse::stats_page))
        .route("/definitions", get(definitions_page))
        .route("/definitions/{id}", get(definition_page))
        .fallback(not_found)
}
