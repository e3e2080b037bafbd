//! `osai serve`: the HTTP API (described by OpenAPI 3.1 at `/api/v1/openapi.json`) and the web
//! pages (server-rendered, no script needed), over a SQLite catalogue.
//!
//! Reads are public; writes need `Authorization: Bearer <token>`. Requests are limited in size
//! (1 MiB) and time (15 s); assessments run off the async workers, a few at a time, under a
//! deadline, and each client has a budget on the public endpoints that assess ([`Limits`]);
//! every response carries security headers; the server never fetches a URL a user gives.

mod browse;
pub mod catalogue;
mod hub;
mod pages;
pub mod store;
pub mod view;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Query, RawQuery, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use osai_engine::definition::Definition;
use osai_engine::manifest::{Date, LocatedManifest};
use osai_engine::report::Report;
use osai_engine::{AssessOptions, Engine};
use osai_formats::InputErrors;
use osai_report::Lang;
use serde::{Deserialize, Serialize};
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa::OpenApi;

pub use store::Store;

/// The largest request body accepted.
pub const MAX_BODY: usize = 1 << 20;

/// How `osai serve` runs.
#[derive(Debug, Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub db: PathBuf,
    /// The bearer token for writes; `None`: writes are refused.
    pub token: Option<String>,
    /// Store the bundled examples in a new database.
    pub seed: bool,
    /// Store the bundled catalogue (Model Openness Tool, European Open Source AI Index) in a
    /// new database.
    pub catalogue: bool,
    /// Where visitors' hub ids are read; `None`: the server does not read the hub (`--no-hub`).
    pub hub: Option<osai_hub::HubConfig>,
}

/// The default database: `$XDG_DATA_HOME/osai/osai.db`, else `~/.local/share/osai/osai.db`.
pub fn default_db() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("osai").join("osai.db")
}

/// What protects the server from its clients. Every limit answers with a status a client can
/// act on: 503 (busy, with `Retry-After`), 504 (deadline), 429 (this client's budget).
#[derive(Debug, Clone)]
pub struct Limits {
    /// Assessments running at once, on the blocking pool, never on the async workers.
    pub assessments: usize,
    /// How long a request waits for a free assessment slot before 503.
    pub queue_wait: Duration,
    /// How long an assessment may take before 504. With the input limits (1 MiB bodies,
    /// bounded licence expressions, linear parsing) one takes milliseconds; the deadline is
    /// the backstop. Work past it still holds its slot until it ends, so the number at once
    /// never exceeds `assessments`.
    pub deadline: Duration,
    /// Each client (by IP address) may send this many requests to the public endpoints that
    /// assess (`POST /api/v1/assess`, `/assess`, `/ask`) in a burst …
    pub per_client_burst: u32,
    /// … and this many a second after it. Requests with the server's token are not counted.
    pub per_client_per_second: u32,
    /// The time a client has to send a request's head; then the connection is closed.
    pub header_read: Duration,
    /// Connections open at once; more wait to be accepted.
    pub connections: usize,
    /// Hub repositories read at once for visitors (each is a dozen requests to the hub).
    pub hub_reads: usize,
    /// How long reading one repository may take before 504 (under the 15 s request limit).
    pub hub_deadline: Duration,
    /// Each client may ask for this many hub ids in a burst …
    pub hub_per_client_burst: u32,
    /// … and this many a minute after it: the hub limits the server, not each visitor.
    pub hub_per_client_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Self {
            assessments: cores.max(2),
            queue_wait: Duration::from_secs(5),
            deadline: Duration::from_secs(10),
            per_client_burst: 60,
            per_client_per_second: 20,
            header_read: Duration::from_secs(10),
            connections: 1024,
            hub_reads: 4,
            hub_deadline: Duration::from_secs(12),
            hub_per_client_burst: 5,
            hub_per_client_per_minute: 10,
        }
    }
}

/// A client's budget: tokens refilled at a steady rate up to the burst.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The most clients remembered; past it, those with a full budget are forgotten.
const MAX_CLIENTS: usize = 10_000;

pub(crate) struct AppState {
    store: Mutex<Store>,
    token: Option<String>,
    defs: Vec<&'static Definition>,
    limits: Limits,
    work: Arc<tokio::sync::Semaphore>,
    budget: Budget,
    /// Reading from a hub for visitors; `None`: off (`--no-hub`).
    hub: Option<hub::HubAccess>,
    /// The catalogue as pages read it, rebuilt after each write.
    view: std::sync::RwLock<Arc<view::View>>,
    /// Read once at start: `/healthz` answers without waiting for the store.
    schema: Option<i64>,
}

/// Why work was not done: the status and a message for the client.
pub(crate) struct Refused {
    pub(crate) status: StatusCode,
    pub(crate) message: String,
}

impl Refused {
    pub(crate) fn into_api(self) -> Response {
        let retry = matches!(
            self.status,
            StatusCode::SERVICE_UNAVAILABLE | StatusCode::TOO_MANY_REQUESTS
        );
        let mut r = api_error(self.status, self.message);
        if retry {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        r
    }
}

/// Runs CPU-bound work (parse, assess, render) on the blocking pool, at most
/// `limits.assessments` at once, answered within `limits.deadline`.
pub(crate) async fn cpu<T: Send + 'static>(
    st: &Shared,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, Refused> {
    let wait = st.limits.queue_wait;
    let permit = match tokio::time::timeout(wait, st.work.clone().acquire_owned()).await {
        Ok(Ok(p)) => p,
        _ => {
            return Err(Refused {
                status: StatusCode::SERVICE_UNAVAILABLE,
                message: format!(
                    "the server is busy: {} assessments are running; try again shortly",
                    st.limits.assessments
                ),
            });
        }
    };
    let handle = tokio::task::spawn_blocking(move || {
        let _slot = permit;
        work()
    });
    match tokio::time::timeout(st.limits.deadline, handle).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(Refused {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: format!("the assessment failed: {e}"),
        }),
        Err(_) => Err(Refused {
            status: StatusCode::GATEWAY_TIMEOUT,
            message: format!(
                "the assessment took longer than {} s",
                st.limits.deadline.as_secs()
            ),
        }),
    }
}

/// The public endpoints that assess, which the per-client budget covers.
const BUDGETED: &[&str] = &["/api/v1/assess", "/assess", "/ask"];

/// Each client's budget (by IP address) on some endpoints: tokens refilled at a steady rate
/// up to a burst.
pub(crate) struct Budget {
    burst: f64,
    per_second: f64,
    /// What a refused client is told.
    refusal: String,
    clients: Mutex<HashMap<Option<IpAddr>, Bucket>>,
}

impl Budget {
    pub(crate) fn new(burst: u32, per_second: f64, refusal: String) -> Self {
        Self {
            burst: f64::from(burst.max(1)),
            per_second: per_second.max(1e-3),
            refusal,
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token from the client's budget, or refuses with 429.
    pub(crate) fn take(&self, client: Option<IpAddr>) -> Result<(), Refused> {
        let now = Instant::now();
        let (burst, rate) = (self.burst, self.per_second);
        let mut clients = self.clients.lock().map_err(|_| Refused {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "client table lock poisoned".into(),
        })?;
        if clients.len() >= MAX_CLIENTS && !clients.contains_key(&client) {
            clients.retain(|_, b| b.tokens + now.duration_since(b.at).as_secs_f64() * rate < burst);
        }
        let b = clients.entry(client).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        b.tokens = (b.tokens + now.duration_since(b.at).as_secs_f64() * rate).min(burst);
        b.at = now;
        if b.tokens < 1.0 {
            return Err(Refused {
                status: StatusCode::TOO_MANY_REQUESTS,
                message: self.refusal.clone(),
            });
        }
        b.tokens -= 1.0;
        Ok(())
    }
}

async fn within_budget(
    State(st): State<Shared>,
    req: Request,
    next: axum::middleware::Next,
) -> Response {
    if req.method() == axum::http::Method::POST
        && BUDGETED.contains(&req.uri().path())
        && !authorised(&st, req.headers())
    {
        let client = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        if let Err(r) = st.budget.take(client) {
            return r.into_api();
        }
    }
    next.run(req).await
}

pub(crate) type Shared = Arc<AppState>;

impl AppState {
    pub(crate) fn view(&self) -> Arc<view::View> {
        self.view
            .read()
            .map(|v| v.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    /// Rebuilds the view from the store (after a write).
    pub(crate) fn refresh_view(&self) -> Result<(), String> {
        let rows = self
            .store
            .lock()
            .map_err(|_| "store lock poisoned".to_owned())?
            .latest_rows()
            .map_err(|e| e.0)?;
        let fresh = Arc::new(view::View::build(rows));
        match self.view.write() {
            Ok(mut v) => *v = fresh,
            Err(p) => *p.into_inner() = fresh,
        }
        Ok(())
    }

    pub(crate) fn engine(&self, only: Option<&str>) -> Result<Engine<'static>, String> {
        let defs: Vec<&'static Definition> = match only.filter(|s| !s.trim().is_empty()) {
            None => self.defs.clone(),
            Some(list) => {
                let mut v = Vec::new();
                for id in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    match self.defs.iter().find(|d| d.id == id) {
                        Some(d) => v.push(*d),
                        None => {
                            let known: Vec<&str> =
                                self.defs.iter().map(|d| d.id.as_str()).collect();
                            return Err(format!(
                                "unknown definition `{id}`; known: {}",
                                known.join(", ")
                            ));
                        }
                    }
                }
                v
            }
        };
        Ok(Engine::new(defs))
    }
}

fn today() -> Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .date()
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// An API error body: `{"error": {"message", "line", "column", "hint"}}`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApiError {
    error: ApiErrorBody,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
struct ApiErrorBody {
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    column: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<String>,
}

pub(crate) fn api_error(status: StatusCode, message: impl Into<String>) -> Response {
    let body = ApiError {
        error: ApiErrorBody {
            message: message.into(),
            line: None,
            column: None,
            hint: None,
            code: None,
        },
    };
    (status, Json(body)).into_response()
}

fn input_error(e: &InputErrors) -> Response {
    let first = &e.diagnostics[0];
    let body = ApiError {
        error: ApiErrorBody {
            message: first.message.clone(),
            line: Some(first.span.line),
            column: Some(first.span.column),
            hint: first.help.clone(),
            code: Some(first.code.to_owned()),
        },
    };
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

fn hub_error(r: hub::HubRefusal) -> Response {
    let retry = matches!(
        r.status,
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::TOO_MANY_REQUESTS
    );
    let body = ApiError {
        error: ApiErrorBody {
            message: r.message,
            line: None,
            column: None,
            hint: None,
            code: Some(r.code.to_owned()),
        },
    };
    let mut resp = (r.status, Json(body)).into_response();
    if retry {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("10"));
    }
    resp
}

/// Reads a request body in any format `osai assess` reads.
pub(crate) fn read_body(source: &str, body: &[u8]) -> Result<LocatedManifest, InputErrors> {
    osai_formats::read_bytes(source, body)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AssessQuery {
    /// Only these definitions (comma-separated ids); default all built-in ones.
    definition: Option<String>,
    /// Apply the law as on this date (YYYY-MM-DD); default today.
    as_of: Option<String>,
    /// `en` (default) or `fr`.
    lang: Option<String>,
    /// `json` (default), `html`, `markdown` or `sarif`.
    format: Option<String>,
    /// Read this Hugging Face model (`hf:ORG/NAME[@REVISION]` or `ORG/NAME`) instead of a
    /// body: its card, licences, config and weights headers at a pinned commit, from the
    /// server's configured hub. Public repositories only; each client may ask for a few a
    /// minute.
    hub: Option<String>,
}

fn lang_of(q: Option<&str>, headers: &HeaderMap) -> Lang {
    if let Some(l) = q.and_then(Lang::parse) {
        return l;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .and_then(Lang::parse)
        .unwrap_or_default()
}

pub(crate) fn parse_date(s: Option<&str>) -> Result<Date, String> {
    match s.filter(|s| !s.is_empty()) {
        None => Ok(today()),
        Some(s) => s
            .parse::<Date>()
            .map_err(|_| format!("`as_of` must be a date YYYY-MM-DD, not `{s}`")),
    }
}

/// A report in the asked format, with its content type.
pub(crate) fn render(
    report: &Report,
    defs: &[&Definition],
    format: &str,
    lang: Lang,
) -> Result<Response, String> {
    let mut out = Vec::new();
    let one = std::slice::from_ref(report);
    let content_type = match format {
        "" | "json" => {
            osai_report::json(&mut out, one).map_err(|e| e.to_string())?;
            "application/json"
        }
        "html" => {
            osai_report::html::html(&mut out, one, defs, lang).map_err(|e| e.to_string())?;
            "text/html; charset=utf-8"
        }
        "markdown" => {
            osai_report::markdown::markdown(&mut out, one, lang).map_err(|e| e.to_string())?;
            "text/markdown; charset=utf-8"
        }
        "sarif" => {
            osai_report::sarif::sarif(&mut out, one, defs, lang).map_err(|e| e.to_string())?;
            "application/sarif+json"
        }
        other => {
            return Err(format!(
                "unknown format `{other}`: json, html, markdown or sarif"
            ));
        }
    };
    Ok(([(header::CONTENT_TYPE, content_type)], out).into_response())
}

/// Assess a release.
#[utoipa::path(
    post,
    path = "/api/v1/assess",
    params(AssessQuery),
    request_body(content = String, description = "A manifest (YAML or JSON), a Hugging Face model card, CycloneDX or SPDX 3 JSON, a Model Openness Tool or Index YAML file", content_type = "application/yaml"),
    responses(
        (status = 200, description = "The report (JSON, report format v1; or HTML, Markdown, SARIF as asked)", body = Object),
        (status = 400, description = "Bad input: where and why", body = ApiError),
        (status = 403, description = "`hub`: a gated repository (public ones only)", body = ApiError),
        (status = 404, description = "`hub`: no such model, or this server does not read the hub", body = ApiError),
        (status = 413, description = "Body larger than 1 MiB"),
        (status = 429, description = "Too many requests (or hub ids) from this client", body = ApiError),
        (status = 502, description = "`hub`: the hub's answer could not be used", body = ApiError),
        (status = 503, description = "Busy; retry after the `Retry-After` seconds", body = ApiError),
    ),
    tag = "assess"
)]
async fn assess_api(
    State(st): State<Shared>,
    Query(q): Query<AssessQuery>,
    hub::ClientIp(client): hub::ClientIp,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let lang = lang_of(q.lang.as_deref(), &headers);
    let engine = match st.engine(q.definition.as_deref()) {
        Ok(e) => e,
        Err(m) => return api_error(StatusCode::BAD_REQUEST, m),
    };
    let as_of = match parse_date(q.as_of.as_deref()) {
        Ok(d) => d,
        Err(m) => return api_error(StatusCode::BAD_REQUEST, m),
    };
    let defs: Vec<&'static Definition> = st.defs.clone();
    let format = q.format.unwrap_or_default();
    let from_hub = match q.hub.as_deref().filter(|h| !h.trim().is_empty()) {
        None => None,
        Some(_) if !body.is_empty() => {
            return api_error(StatusCode::BAD_REQUEST, "give a body or `hub`, not both");
        }
        Some(id) => match hub::read(&st, client, authorised(&st, &headers), id).await {
            Ok(r) => Some(r.manifest),
            Err(r) => return hub_error(r),
        },
    };
    let answer = cpu(&st, move || {
        let m = match from_hub {
            Some(m) => m,
            None => match read_body("request", &body) {
                Ok(m) => m,
                Err(e) => return input_error(&e),
            },
        };
        let report = engine.assess(&m, &AssessOptions::new(as_of));
        match render(&report, &defs, &format, lang) {
            Ok(r) => r,
            Err(m) => api_error(StatusCode::BAD_REQUEST, m),
        }
    });
    answer.await.unwrap_or_else(Refused::into_api)
}

/// Whether the request carries the server's token (compared in constant time).
pub(crate) fn authorised(st: &AppState, headers: &HeaderMap) -> bool {
    use subtle::ConstantTimeEq;
    let Some(token) = st.token.as_deref() else {
        return false;
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    given.len() == token.len() && bool::from(given.as_bytes().ct_eq(token.as_bytes()))
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Created {
    id: i64,
    version: i64,
}

/// Stores a manifest and its report as the next version of its release.
fn put_manifest(
    store: &mut Store,
    m: &LocatedManifest,
    report: &Report,
) -> Result<(i64, i64), String> {
    let manifest = serde_json::to_string(&m.manifest).map_err(|e| e.to_string())?;
    let facets = view::facets(
        &m.manifest,
        report,
        osai_engine::licence::LicenceBase::builtin(),
    );
    let facets = serde_json::to_string(&facets).map_err(|e| e.to_string())?;
    let v = store::NewVersion {
        key: &m.manifest.release.name,
        kind: m.manifest.release.kind.as_str(),
        dataset: None,
        source: None,
        manifest: &manifest,
        report,
        facets: Some(&facets),
    };
    let (id, version, _) = store
        .put_all(std::slice::from_ref(&v), &now(), false)
        .map_err(|e| e.to_string())?[0];
    Ok((id, version))
}

/// Stores a manifest as a new release or a new version; returns (id, version).
pub(crate) async fn store_release(st: &Shared, m: LocatedManifest) -> Result<(i64, i64), String> {
    let engine = st.engine(None)?;
    let shared = st.clone();
    let stored = cpu(st, move || {
        let report = engine.assess(&m, &AssessOptions::new(today()));
        let mut store = shared
            .store
            .lock()
            .map_err(|_| "store lock poisoned".to_owned())?;
        put_manifest(&mut store, &m, &report)
    })
    .await
    .map_err(|r| r.message)??;
    st.refresh_view()?;
    Ok(stored)
}

/// Store a release (a new version when the name exists).
#[utoipa::path(
    post,
    path = "/api/v1/releases",
    request_body(content = String, description = "A manifest or any importable format", content_type = "application/yaml"),
    responses(
        (status = 201, description = "Stored", body = Created),
        (status = 400, description = "Bad input", body = ApiError),
        (status = 401, description = "Missing or wrong bearer token", body = ApiError),
        (status = 413, description = "Body larger than 1 MiB"),
    ),
    security(("bearer" = [])),
    tag = "releases"
)]
async fn create_release(State(st): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    if !authorised(&st, &headers) {
        let msg = if st.token.is_some() {
            "writes need `Authorization: Bearer <token>`"
        } else {
            "this server has no token (OSAI_TOKEN or --token-file): writes are disabled"
        };
        return api_error(StatusCode::UNAUTHORIZED, msg);
    }
    let m = match read_body("request", &body) {
        Ok(m) => m,
        Err(e) => return input_error(&e),
    };
    match store_release(&st, m).await {
        Ok((id, version)) => (StatusCode::CREATED, Json(Created { id, version })).into_response(),
        Err(e) => api_error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

/// The highest page number read; a larger one is read as this (an empty page).
pub const MAX_PAGE: i64 = 1 << 40;

/// The catalogue's filters, which combine (documentation of the query string that
/// [`view::Query::parse`] reads; keys may repeat).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[allow(dead_code)]
pub struct ListQuery {
    /// Text in the name, producer or Hub id.
    q: Option<String>,
    /// With `verdict`: only releases whose latest version has this verdict for this definition.
    definition: Option<String>,
    /// `pass`, `fail`, `unknown` or `not-applicable`.
    verdict: Option<String>,
    /// `DEFINITION:VERDICT`, repeatable: every pair must hold.
    v: Option<String>,
    /// A licence id among the parameters' licences (`Apache-2.0`).
    licence: Option<String>,
    /// `open-source`, `restricted`, `proprietary`, `unknown` or `not-stated`.
    family: Option<String>,
    producer: Option<String>,
    /// `model` or `system`.
    kind: Option<String>,
    year: Option<i32>,
    /// `mot`, `osai-index`, or `api` (stored through the API).
    dataset: Option<String>,
    /// MOF class: `1`, `2`, `3`, `0` (unclassified).
    mof: Option<String>,
    /// `name` (default), `producer`, `year` (newest first), `dataset`, `mof`.
    sort: Option<String>,
    /// 1-based page (default 1).
    page: Option<i64>,
    /// Items per page (default 50, at most 500).
    per_page: Option<i64>,
    /// `json` (default), `csv` or `jsonl`: the whole selection, not a page.
    format: Option<String>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReleaseList {
    items: Vec<view::Row>,
    total: i64,
    page: i64,
    per_page: i64,
    /// How many of the selected releases have each value of each facet.
    counts: view::FacetCounts,
}

pub(crate) fn list_releases(st: &AppState, q: &view::Query) -> ReleaseList {
    let view = st.view();
    let all = view.select(q);
    let counts = view::View::counts(&all);
    // Past the last page is an empty page, never an overflow.
    let start = usize::try_from((q.page - 1).saturating_mul(q.per_page)).unwrap_or(usize::MAX);
    let items: Vec<view::Row> = all
        .iter()
        .skip(start)
        .take(q.per_page as usize)
        .map(|r| (*r).clone())
        .collect();
    ReleaseList {
        items,
        total: all.len() as i64,
        page: q.page,
        per_page: q.per_page,
        counts,
    }
}

/// A CSV field, quoted when it must be.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The whole selection as CSV or JSON Lines, each release with its data set's attribution.
pub(crate) fn download(st: &AppState, q: &view::Query, format: &str) -> Response {
    let view = st.view();
    let rows = view.select(q);
    let attribution = |r: &view::Row| {
        r.dataset
            .as_deref()
            .and_then(catalogue::dataset)
            .map(|d| d.attribution.clone())
            .unwrap_or_default()
    };
    let defs: Vec<&str> = st.defs.iter().map(|d| d.id.as_str()).collect();
    let (body, content_type, ext) = if format == "csv" {
        let mut out = String::from(
            "id,name,producer,hub,kind,year,dataset,source,licence,licence_family,mof_class",
        );
        for d in &defs {
            out.push(',');
            out.push_str(d);
        }
        out.push_str(",attribution\r\n");
        for r in &rows {
            let f = &r.facets;
            let mut cells = vec![
                r.id.to_string(),
                f.name.clone(),
                f.producer.clone().unwrap_or_default(),
                f.hub.clone().unwrap_or_default(),
                f.kind.clone(),
                f.year.map(|y| y.to_string()).unwrap_or_default(),
                r.dataset.clone().unwrap_or_default(),
                r.source.clone().unwrap_or_default(),
                f.licence.clone().unwrap_or_default(),
                f.licence_family.clone(),
                f.mof_class.map(|c| c.to_string()).unwrap_or_default(),
            ];
            cells.extend(
                defs.iter()
                    .map(|d| f.verdicts.get(*d).cloned().unwrap_or_default()),
            );
            cells.push(attribution(r));
            let line: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        }
        (out, "text/csv; charset=utf-8", "csv")
    } else {
        let mut out = String::new();
        for r in &rows {
            let mut v = serde_json::to_value(r).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("attribution".into(), attribution(r).into());
            }
            out.push_str(&v.to_string());
            out.push('\n');
        }
        (out, "application/jsonl; charset=utf-8", "jsonl")
    };
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"osai-catalogue.{ext}\""),
            ),
        ],
        body,
    )
        .into_response()
}

/// The releases, latest versions, with each definition's verdict, filtered, sorted, paged, and
/// counted per facet.
#[utoipa::path(
    get,
    path = "/api/v1/releases",
    params(ListQuery),
    responses((status = 200, description = "A page of releases (or, with `format=csv|jsonl`, the whole selection)", body = ReleaseList)),
    tag = "releases"
)]
async fn releases_api(State(st): State<Shared>, RawQuery(raw): RawQuery) -> Response {
    let q = view::Query::parse(raw.as_deref());
    match q.format.as_deref() {
        Some(f @ ("csv" | "jsonl")) => download(&st, &q, f),
        Some(f) if f != "json" => api_error(
            StatusCode::BAD_REQUEST,
            format!("unknown format `{f}`: json, csv or jsonl"),
        ),
        _ => Json(list_releases(&st, &q)).into_response(),
    }
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReleaseDetail {
    release: store::ReleaseSummary,
    #[schema(value_type = Object)]
    manifest: serde_json::Value,
    #[schema(value_type = Object)]
    report: serde_json::Value,
}

/// The latest version of a release: manifest and report.
#[utoipa::path(
    get,
    path = "/api/v1/releases/{id}",
    params(("id" = i64, Path, description = "Release id")),
    responses(
        (status = 200, description = "The latest version", body = ReleaseDetail),
        (status = 404, description = "No such release", body = ApiError),
    ),
    tag = "releases"
)]
async fn release_api(State(st): State<Shared>, Path(id): Path<i64>) -> Response {
    let found = st.store.lock().map(|s| s.get(id));
    match found {
        Ok(Ok(Some(s))) => {
            // The stored JSON goes out as it is, without a parse and re-serialisation.
            let release = serde_json::to_string(&s.summary).unwrap_or_default();
            let body = format!(
                "{{\"release\":{release},\"manifest\":{},\"report\":{}}}",
                s.manifest, s.report
            );
            ([(header::CONTENT_TYPE, "application/json")], body).into_response()
        }
        Ok(Ok(None)) => api_error(StatusCode::NOT_FOUND, format!("no release {id}")),
        Ok(Err(e)) => api_error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        Err(_) => api_error(StatusCode::INTERNAL_SERVER_ERROR, "store lock poisoned"),
    }
}

/// Every version of a release.
#[utoipa::path(
    get,
    path = "/api/v1/releases/{id}/versions",
    params(("id" = i64, Path, description = "Release id")),
    responses(
        (status = 200, description = "The versions, oldest first", body = [store::VersionInfo]),
        (status = 404, description = "No such release", body = ApiError),
    ),
    tag = "releases"
)]
async fn versions_api(State(st): State<Shared>, Path(id): Path<i64>) -> Response {
    let found = st.store.lock().map(|s| s.versions(id));
    match found {
        Ok(Ok(Some(v))) => Json(v).into_response(),
        Ok(Ok(None)) => api_error(StatusCode::NOT_FOUND, format!("no release {id}")),
        Ok(Err(e)) => api_error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        Err(_) => api_error(StatusCode::INTERNAL_SERVER_ERROR, "store lock poisoned"),
    }
}

/// Liveness and the database schema version.
#[utoipa::path(get, path = "/healthz", responses((status = 200, description = "Up")), tag = "health")]
async fn healthz(State(st): State<Shared>) -> Response {
    Json(serde_json::json!({ "status": "ok", "schema": st.schema })).into_response()
}

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "osai", description = "Is this AI model or system open source, and under whose definition?"),
    paths(assess_api, create_release, releases_api, release_api, versions_api, healthz, browse::stats_api),
    components(schemas(ApiError, Created, ReleaseList, ReleaseDetail, store::ReleaseSummary, store::VersionInfo, view::Row, view::Facets, view::FacetCounts, browse::Stats, browse::Disagreement, browse::ReadingChange)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

async fn openapi() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

/// The application with the default [`Limits`].
pub fn app(store: Store, token: Option<String>) -> Router {
    app_with(store, token, Limits::default())
}

/// The application: API, pages, limits and headers; it does not read the hub.
pub fn app_with(store: Store, token: Option<String>, limits: Limits) -> Router {
    app_full(store, token, limits, None)
}

/// The application, reading hub ids for visitors through `hub` when it is given.
pub fn app_full(
    store: Store,
    token: Option<String>,
    limits: Limits,
    hub: Option<osai_hub::HubConfig>,
) -> Router {
    let schema = store.schema_version().ok();
    let view = view::View::build(store.latest_rows().unwrap_or_default());
    let budget = Budget::new(
        limits.per_client_burst,
        f64::from(limits.per_client_per_second),
        format!(
            "too many assessments from this client: at most {} a second after a burst of {}",
            limits.per_client_per_second, limits.per_client_burst
        ),
    );
    let state: Shared = Arc::new(AppState {
        store: Mutex::new(store),
        token: token.filter(|t| !t.is_empty()),
        defs: osai_engine::builtin_definitions().iter().collect(),
        work: Arc::new(tokio::sync::Semaphore::new(limits.assessments.max(1))),
        budget,
        hub: hub.map(|c| hub::HubAccess::new(c, &limits)),
        limits,
        view: std::sync::RwLock::new(Arc::new(view)),
        schema,
    });
    let csp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/v1/openapi.json", get(openapi))
        .route("/api/v1/assess", post(assess_api))
        .route("/api/v1/releases", post(create_release).get(releases_api))
        .route("/api/v1/releases/{id}", get(release_api))
        .route("/api/v1/releases/{id}/versions", get(versions_api))
        .route("/api/v1/stats", get(browse::stats_api))
        .merge(pages::routes())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            within_budget,
        ))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(15),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .with_state(state)
}

/// The bundled examples, stored on first start.
const SEEDS: &[(&str, &str)] = &[
    (
        "olmo-2-7b.yml",
        include_str!("../../../examples/olmo-2-7b.yml"),
    ),
    (
        "mistral-7b.yml",
        include_str!("../../../examples/mistral-7b.yml"),
    ),
    (
        "llama-3.1-8b.yml",
        include_str!("../../../examples/llama-3.1-8b.yml"),
    ),
];

/// Stores the examples when the catalogue is empty.
pub fn seed(store: &mut Store) -> Result<usize, String> {
    if !store.is_empty().map_err(|e| e.to_string())? {
        return Ok(0);
    }
    let engine = Engine::new(osai_engine::builtin_definitions().iter().collect());
    for (name, text) in SEEDS {
        let m = osai_formats::read_str(name, text).map_err(|e| e.render_short())?;
        let report = engine.assess(&m, &AssessOptions::new(today()));
        put_manifest(store, &m, &report)?;
    }
    Ok(SEEDS.len())
}

/// Stores the bundled catalogue (new releases, and new versions where an entry changed).
pub fn load_catalogue(store: &mut Store) -> Result<catalogue::Loaded, String> {
    let engine = Engine::new(osai_engine::builtin_definitions().iter().collect());
    catalogue::load(store, &engine, today(), &now())
}

/// The data sets, named with their licences, for a message.
pub fn catalogue_credits() -> String {
    let sets: Vec<String> = catalogue::datasets()
        .iter()
        .map(|d| format!("{} ({})", d.title, d.licence))
        .collect();
    sets.join(", ")
}

/// Runs the server until SIGINT or SIGTERM (then finishes the requests in flight).
pub fn serve(config: Config) -> Result<(), String> {
    let mut store = Store::open(&config.db).map_err(|e| format!("{}: {e}", config.db.display()))?;
    let new = store.is_empty().map_err(|e| e.to_string())?;
    if new && config.seed {
        let n = seed(&mut store)?;
        eprintln!("osai serve: stored the {n} bundled examples (--no-seed to start without)");
    }
    if new && config.catalogue {
        let done = load_catalogue(&mut store)?;
        eprintln!(
            "osai serve: stored {} releases of the bundled catalogue: {} (--no-catalogue to start without)",
            done.added,
            catalogue_credits()
        );
        for (file, why) in &done.failed {
            eprintln!("osai serve: catalogue entry {file} not read: {why}");
        }
    }
    if config.token.is_none() {
        eprintln!("osai serve: no token (OSAI_TOKEN or --token-file): the API is read-only");
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr)
            .await
            .map_err(|e| format!("{}: {e}", config.addr))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        eprintln!(
            "osai serve: listening on http://{addr} (database {})",
            config.db.display()
        );
        let limits = Limits::default();
        let app = app_full(store, config.token, limits.clone(), config.hub);
        serve_on(listener, app, &limits, shutdown_signal()).await;
        Ok(())
    })
}

/// Serves `app` on `listener` until `shutdown` completes, then lets the requests in flight
/// finish (for up to 30 s). Each connection has `limits.header_read` to send a request's
/// head, and at most `limits.connections` are open at once; the handlers see the client's
/// address as `ConnectInfo<SocketAddr>`.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    app: Router,
    limits: &Limits,
    shutdown: impl std::future::Future<Output = ()>,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower_service::Service;

    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read);
    let open = Arc::new(tokio::sync::Semaphore::new(limits.connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            s = open.clone().acquire_owned() => match s { Ok(s) => s, Err(_) => break },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            a = listener.accept() => match a {
                Ok(a) => a,
                // Out of file descriptors and the like: wait a little, keep serving.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let router = app.clone();
        let service =
            hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                let mut router = router.clone();
                async move { router.call(req.map(axum::body::Body::new)).await }
            });
        let conn = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = conn.await;
            drop(slot);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(30), graceful.shutdown()).await;
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
