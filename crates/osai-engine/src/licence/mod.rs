//! Licences: the knowledge base (one reviewable data file per curated licence, plus every SPDX
//! licence), alias resolution, and the evaluation of licence expressions.
//!
//! Verdicts are derived from recorded facts (freedoms, restrictions), never typed in.

mod base;
mod expr;

pub use base::{Category, Freedoms, LicenceBase, LicenceEntry, Restriction, RestrictionKind, Tri};
pub use expr::{Expr, LicenceError, Resolved, SharedResolution, Term};
