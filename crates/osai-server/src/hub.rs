//! Hub ids read for visitors. A visitor gives an id, never an address: every request goes to
//! the endpoint the server was started with (no SSRF). Public repositories only (the
//! operator's token is not lent to visitors), a few at a time, each client on a budget of its
//! own, since one id costs a dozen requests to the hub.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use osai_engine::manifest::LocatedManifest;
use osai_hub::{Client, HubConfig, HubError, HubId};

use crate::{Budget, Limits, Shared};

pub(crate) struct HubAccess {
    client: Arc<Client>,
    slots: Arc<tokio::sync::Semaphore>,
    deadline: Duration,
    queue_wait: Duration,
    budget: Budget,
}

impl HubAccess {
    pub(crate) fn new(mut config: HubConfig, limits: &Limits) -> Self {
        config.token = None;
        config.timeout = config.timeout.min(limits.hub_deadline);
        config.tries = config.tries.min(3);
        Self {
            client: Arc::new(Client::new(config)),
            slots: Arc::new(tokio::sync::Semaphore::new(limits.hub_reads.max(1))),
            deadline: limits.hub_deadline,
            queue_wait: limits.queue_wait,
            budget: Budget::new(
                limits.hub_per_client_burst,
                f64::from(limits.hub_per_client_per_minute) / 60.0,
                format!(
                    "too many hub ids from this client: at most {} a minute after a burst of {}; `osai scan --from` reads many on your machine",
                    limits.hub_per_client_per_minute, limits.hub_per_client_burst
                ),
            ),
        }
    }
}

/// What was read: the manifest and where it came from.
pub(crate) struct HubRead {
    pub(crate) manifest: LocatedManifest,
    /// `hf:ORG/NAME[@REV]` as asked.
    pub(crate) id: String,
    pub(crate) sha: String,
    pub(crate) files: usize,
    pub(crate) fetched: u64,
}

/// Why an id was not read: a status, a stable code, a message.
pub(crate) struct HubRefusal {
    pub(crate) status: StatusCode,
    pub(crate) code: &'static str,
    pub(crate) message: String,
}

/// The client's address, when the server knows it (always behind `serve_on`).
pub(crate) struct ClientIp(pub(crate) Option<IpAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

fn refusal(e: &HubError, id: &HubId) -> HubRefusal {
    let status = match e {
        HubError::Id(_) => StatusCode::BAD_REQUEST,
        HubError::NotFound { .. } | HubError::RevisionNotFound { .. } => StatusCode::NOT_FOUND,
        HubError::Gated { .. } | HubError::BadToken { .. } => StatusCode::FORBIDDEN,
        HubError::Busy { .. } | HubError::Offline(_) => StatusCode::SERVICE_UNAVAILABLE,
        HubError::Status { .. } | HubError::Network(_) | HubError::BadAnswer(_) => {
            StatusCode::BAD_GATEWAY
        }
    };
    let message = match e {
        HubError::Gated { repo, page, .. } => format!(
            "`{repo}` is gated: its files are shown only to accounts that accepted its terms, and this server reads public repositories only. Accept the terms at {page}, then run `osai scan {id}` on your machine with HF_TOKEN set"
        ),
        other => other.to_string(),
    };
    HubRefusal {
        status,
        code: e.code(),
        message,
    }
}

/// Reads `text` (`hf:ORG/NAME[@REV]`, `ORG/NAME` or the model page's address) for a visitor.
/// `trusted`: the request carries the server's token and is not counted.
pub(crate) async fn read(
    st: &Shared,
    client: Option<IpAddr>,
    trusted: bool,
    text: &str,
) -> Result<HubRead, HubRefusal> {
    let Some(hub) = st.hub.as_ref() else {
        return Err(HubRefusal {
            status: StatusCode::NOT_FOUND,
            code: "E-HUB-OFF",
            message: "this server does not read the hub (it was started with --no-hub); `osai scan hf:ORG/NAME` reads a repository on your machine".into(),
        });
    };
    let id = HubId::parse_typed(text).map_err(|m| HubRefusal {
        status: StatusCode::BAD_REQUEST,
        code: "E-HUB-ID",
        message: m,
    })?;
    if !trusted {
        hub.budget.take(client).map_err(|r| HubRefusal {
            status: r.status,
            code: "E-HUB-BUDGET",
            message: r.message,
        })?;
    }
    let busy = || HubRefusal {
        status: StatusCode::SERVICE_UNAVAILABLE,
        code: "E-HUB-BUSY",
        message: "the server is reading other repositories; try again shortly".into(),
    };
    let permit = tokio::time::timeout(hub.queue_wait, hub.slots.clone().acquire_owned())
        .await
        .map_err(|_| busy())?
        .map_err(|_| busy())?;
    let client = hub.client.clone();
    let asked = id.clone();
    let work = tokio::task::spawn_blocking(move || {
        let _slot = permit;
        let found = osai_hub::scan(&client, &asked, &osai_scan::ScanOptions::default())
            .map_err(|e| refusal(&e, &asked))?;
        let name = asked.to_string();
        let manifest = found.scan.located(&name).map_err(|m| HubRefusal {
            status: StatusCode::BAD_GATEWAY,
            code: "E-HUB-ANSWER",
            message: m,
        })?;
        Ok(HubRead {
            manifest,
            id: name,
            sha: found.sha,
            files: found.scan.files,
            fetched: found.fetched,
        })
    });
    match tokio::time::timeout(hub.deadline, work).await {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => Err(HubRefusal {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "E-HUB-ANSWER",
            message: format!("reading the repository failed: {e}"),
        }),
        Err(_) => Err(HubRefusal {
            status: StatusCode::GATEWAY_TIMEOUT,
            code: "E-HUB-NETWORK",
            message: format!(
                "reading {id} took longer than {} s; the hub may be slow: try again later",
                hub.deadline.as_secs()
            ),
        }),
    }
}
