//! Reading a release from the Hugging Face Hub without downloading it.
//!
//! osai's facts are all small: the model card, the licence files, `config.json`, the shard
//! index, and the first kilobytes of each weights file. [`HubSource`] lists a repository at a
//! pinned commit and reads those bytes (whole small files, `Range` requests for weights
//! headers), from the Hugging Face cache when the file is there, else from the hub; the folder
//! scanner in `osai-scan` does the reading, so a repository and a folder give the same facts.

mod client;
mod id;
mod source;
#[doc(hidden)]
pub mod standin;

use std::fmt;

pub use client::{Ask, Client, HubConfig, Reply};
pub use id::{HubId, is_hub_id};
pub use source::HubSource;

/// Why a repository could not be read, said so that the user can act on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HubError {
    /// No such repository, or a private one the token cannot see.
    NotFound {
        repo: String,
        endpoint: String,
        with_token: bool,
        suggestions: Vec<String>,
    },
    RevisionNotFound {
        repo: String,
        revision: String,
    },
    /// The files are shown only to accounts that accepted the repository's terms.
    Gated {
        repo: String,
        page: String,
        with_token: bool,
    },
    /// The hub refused the token itself.
    BadToken {
        endpoint: String,
    },
    /// 429 or 5xx after every try.
    Busy {
        url: String,
        status: u16,
        tries: u32,
    },
    /// Another answer osai cannot use.
    Status {
        url: String,
        status: u16,
        message: String,
    },
    Network(String),
    Offline(String),
    BadAnswer(String),
    Id(String),
}

impl fmt::Display for HubError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HubError::NotFound {
                repo,
                endpoint,
                with_token,
                suggestions,
            } => {
                write!(f, "no model `{repo}` on {endpoint}")?;
                if !with_token {
                    write!(
                        f,
                        " (if it is private, set HF_TOKEN to a token that can read it)"
                    )?;
                }
                match suggestions.as_slice() {
                    [] => Ok(()),
                    [one] => write!(f, "; did you mean hf:{one}?"),
                    many => {
                        let ids: Vec<String> = many.iter().map(|s| format!("hf:{s}")).collect();
                        write!(f, "; did you mean one of {}?", ids.join(", "))
                    }
                }
            }
            HubError::RevisionNotFound { repo, revision } => write!(
                f,
                "`{repo}` has no revision `{revision}` (a branch, tag or commit of the repository)"
            ),
            HubError::Gated {
                repo,
                page,
                with_token: false,
            } => write!(
                f,
                "`{repo}` is gated: its files are shown only to accounts that accepted its terms. Accept them at {page}, then set HF_TOKEN (or log in so that $HF_HOME/token holds a token) for that account"
            ),
            HubError::Gated { repo, page, .. } => write!(
                f,
                "`{repo}` is gated and the token's account has no access yet: accept its terms at {page} (some authors approve requests by hand), or use a token of an account that has access"
            ),
            HubError::BadToken { endpoint } => write!(
                f,
                "{endpoint} refused the token (HF_TOKEN or the token file under HF_HOME): it is invalid or expired; make a new one in the hub's settings"
            ),
            HubError::Busy { url, status, tries } => write!(
                f,
                "{url} answered {status} to {tries} tries: the hub is busy or failing; try again later"
            ),
            HubError::Status {
                url,
                status,
                message,
            } => write!(f, "{url} answered {status}: {message}"),
            HubError::Network(m) => write!(f, "the hub could not be reached: {m}"),
            HubError::Offline(m) | HubError::BadAnswer(m) | HubError::Id(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for HubError {}

/// Percent-encodes a path for a URL, keeping `/` between its segments.
pub(crate) fn quote_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes one URL segment (a revision such as `refs/pr/3` becomes one segment).
pub(crate) fn quote_segment(s: &str) -> String {
    quote_path(s).replace('/', "%2F")
}

/// A scan of a hub repository: the scan, and what was read to make it.
#[derive(Debug)]
pub struct HubScan {
    pub scan: osai_scan::Scan,
    /// The commit every file was read at.
    pub sha: String,
    /// Bytes of file content fetched from the hub (not counting the caches).
    pub fetched: u64,
}

/// Scans `id` through `client`: lists it at a pinned commit and runs the folder scanner on it.
pub fn scan(
    client: &std::sync::Arc<Client>,
    id: &HubId,
    opts: &osai_scan::ScanOptions,
) -> Result<HubScan, HubError> {
    let src = HubSource::open(client.clone(), id)?;
    let scan = osai_scan::scan_source(&src, opts).map_err(|e| HubError::BadAnswer(e.0))?;
    if let Some(fatal) = src.fatal() {
        return Err(fatal);
    }
    Ok(HubScan {
        scan,
        fetched: src.fetched(),
        sha: src.sha,
    })
}

impl HubError {
    /// A stable diagnostic code, as the manifest reader's `E-…` codes.
    pub fn code(&self) -> &'static str {
        match self {
            HubError::NotFound { .. } => "E-HUB-NOT-FOUND",
            HubError::RevisionNotFound { .. } => "E-HUB-REVISION",
            HubError::Gated { .. } => "E-HUB-GATED",
            HubError::BadToken { .. } => "E-HUB-TOKEN",
            HubError::Busy { .. } => "E-HUB-BUSY",
            HubError::Status { .. } | HubError::BadAnswer(_) => "E-HUB-ANSWER",
            HubError::Network(_) => "E-HUB-NETWORK",
            HubError::Offline(_) => "E-HUB-OFFLINE",
            HubError::Id(_) => "E-HUB-ID",
        }
    }
}
