//! The catalogue in SQLite: WAL journal, `synchronous = FULL` (a write is on disk when the
//! commit returns, so an acknowledged write survives a SIGKILL or a power cut), foreign keys on,
//! migrations from `migrations/` applied in order and recorded in `PRAGMA user_version`.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

/// The migrations, in order; `user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_catalogue.sql"),
];

#[derive(Debug)]
pub struct StoreError(pub String);

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(e.to_string())
    }
}

pub struct Store {
    conn: Connection,
}

/// A version to store.
#[derive(Debug, Clone, Copy)]
pub struct NewVersion<'a> {
    /// The release's key: its name, or `DATASET:FILE` for a catalogue entry.
    pub key: &'a str,
    pub kind: &'a str,
    /// The data set it comes from (`mot`, `osai-index`), or none (stored through the API).
    pub dataset: Option<&'a str>,
    /// The data set's file.
    pub source: Option<&'a str>,
    /// The manifest (JSON text).
    pub manifest: &'a str,
    pub report: &'a osai_engine::report::Report,
    /// What the catalogue shows of it (JSON text).
    pub facets: Option<&'a str>,
}

/// The latest version of a release, as the catalogue reads it.
#[derive(Debug, Clone)]
pub struct LatestRow {
    pub id: i64,
    pub key: String,
    pub kind: String,
    pub dataset: Option<String>,
    pub source: Option<String>,
    pub version: i64,
    pub created: String,
    pub facets: Option<String>,
    pub verdicts: std::collections::BTreeMap<String, String>,
}

/// A stored release with its latest version.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReleaseSummary {
    pub id: i64,
    pub name: String,
    pub kind: String,
    /// The latest version number (1 for the first).
    pub version: i64,
    pub created: String,
    /// Verdict of each definition for the latest version.
    pub verdicts: std::collections::BTreeMap<String, String>,
}

/// One version of a release.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct VersionInfo {
    pub version: i64,
    pub created: String,
}

/// The latest version of a release: its manifest and its report, as stored.
#[derive(Debug, Clone)]
pub struct Stored {
    pub summary: ReleaseSummary,
    /// The manifest as stored (JSON text).
    pub manifest: String,
    /// The report as stored (JSON text).
    pub report: String,
}

impl Store {
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError(format!("{}: {e}", dir.display())))?;
        }
        let conn = Connection::open(path)?;
        Self::init(conn)
    }

    pub fn in_memory() -> Result<Store, StoreError> {
        Self::init(Connection::open_in_memory()?)
    }

    fn init(conn: Connection) -> Result<Store, StoreError> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let applied: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?;
        if applied as usize > MIGRATIONS.len() {
            return Err(StoreError(format!(
                "the database is at schema version {applied}, newer than this osai ({}): use a newer osai",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(applied as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM releases", [], |r| r.get(0))?;
        Ok(n == 0)
    }

    /// Stores a version of a release (a new release, or the next version of one with that
    /// name); returns (release id, version). Nothing is overwritten.
    pub fn put(
        &mut self,
        name: &str,
        kind: &str,
        manifest: &str,
        report: &osai_engine::report::Report,
        now: &str,
    ) -> Result<(i64, i64), StoreError> {
        let v = NewVersion {
            key: name,
            kind,
            dataset: None,
            source: None,
            manifest,
            report,
            facets: None,
        };
        let (id, version, _) = self.put_all(std::slice::from_ref(&v), now, false)?[0];
        Ok((id, version))
    }

    /// Stores versions in one transaction (one sync to disk for a whole catalogue). With
    /// `only_changed`, a release whose latest version has the same manifest and facets is left
    /// as it is. Returns (release id, version, stored) for each.
    pub fn put_all(
        &mut self,
        items: &[NewVersion<'_>],
        now: &str,
        only_changed: bool,
    ) -> Result<Vec<(i64, i64, bool)>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let existing: Option<i64> = tx
                .query_row("SELECT id FROM releases WHERE name = ?1", [item.key], |r| {
                    r.get(0)
                })
                .optional()?;
            let id = match existing {
                Some(id) => id,
                None => {
                    tx.execute(
                        "INSERT INTO releases (name, kind, created, dataset, source) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![item.key, item.kind, now, item.dataset, item.source],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            let latest: Option<(i64, String, Option<String>)> = tx
                .query_row(
                    "SELECT version, manifest, facets FROM versions WHERE release_id = ?1 ORDER BY version DESC LIMIT 1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            if only_changed
                && let Some((v, m, f)) = &latest
                && m == item.manifest
                && f.as_deref() == item.facets
            {
                out.push((id, *v, false));
                continue;
            }
            let version = latest.map_or(1, |(v, _, _)| v + 1);
            let report_json =
                serde_json::to_string(item.report).map_err(|e| StoreError(e.to_string()))?;
            tx.execute(
                "INSERT INTO versions (release_id, version, manifest, report, created, facets) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, version, item.manifest, report_json, now, item.facets],
            )?;
            let version_id = tx.last_insert_rowid();
            for d in &item.report.definitions {
                tx.execute(
                    "INSERT INTO verdicts (version_id, definition, verdict) VALUES (?1, ?2, ?3)",
                    params![version_id, d.id, d.verdict.as_str()],
                )?;
            }
            out.push((id, version, true));
        }
        tx.commit()?;
        Ok(out)
    }

    /// The latest version of every release, with what the catalogue shows of it.
    pub fn latest_rows(&self) -> Result<Vec<LatestRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT r.id, r.name, r.kind, r.dataset, r.source, v.version, v.created, v.facets, v.id
             FROM releases r JOIN versions v ON v.release_id = r.id
             WHERE v.version = (SELECT MAX(version) FROM versions WHERE release_id = r.id)
             ORDER BY r.id",
        )?;
        let rows: Vec<(LatestRow, i64)> = stmt
            .query_map([], |r| {
                Ok((
                    LatestRow {
                        id: r.get(0)?,
                        key: r.get(1)?,
                        kind: r.get(2)?,
                        dataset: r.get(3)?,
                        source: r.get(4)?,
                        version: r.get(5)?,
                        created: r.get(6)?,
                        facets: r.get(7)?,
                        verdicts: Default::default(),
                    },
                    r.get(8)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (mut row, vid) in rows {
            row.verdicts = self.verdicts(vid)?;
            out.push(row);
        }
        Ok(out)
    }

    fn verdicts(
        &self,
        version_id: i64,
    ) -> Result<std::collections::BTreeMap<String, String>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT definition, verdict FROM verdicts WHERE version_id = ?1")?;
        let rows = stmt.query_map([version_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Releases (latest versions), optionally only those whose `definition` has `verdict`,
    /// ordered by name; `(page of results, total)`.
    pub fn list(
        &self,
        filter: Option<(&str, &str)>,
        offset: i64,
        limit: i64,
    ) -> Result<(Vec<ReleaseSummary>, i64), StoreError> {
        let latest = "SELECT r.id, r.name, r.kind, v.version, v.created, v.id AS vid
             FROM releases r JOIN versions v ON v.release_id = r.id
             WHERE v.version = (SELECT MAX(version) FROM versions WHERE release_id = r.id)";
        let (sql, total_sql) = match filter {
            Some(_) => (
                format!(
                    "SELECT * FROM ({latest}) l WHERE EXISTS (SELECT 1 FROM verdicts d WHERE d.version_id = l.vid AND d.definition = ?1 AND d.verdict = ?2) ORDER BY l.name LIMIT ?3 OFFSET ?4"
                ),
                format!(
                    "SELECT COUNT(*) FROM ({latest}) l WHERE EXISTS (SELECT 1 FROM verdicts d WHERE d.version_id = l.vid AND d.definition = ?1 AND d.verdict = ?2)"
                ),
            ),
            None => (
                format!("SELECT * FROM ({latest}) l ORDER BY l.name LIMIT ?1 OFFSET ?2"),
                format!("SELECT COUNT(*) FROM ({latest}) l"),
            ),
        };
        let map = |r: &rusqlite::Row<'_>| -> rusqlite::Result<(ReleaseSummary, i64)> {
            Ok((
                ReleaseSummary {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    version: r.get(3)?,
                    created: r.get(4)?,
                    verdicts: Default::default(),
                },
                r.get(5)?,
            ))
        };
        let (rows, total): (Vec<(ReleaseSummary, i64)>, i64) = match filter {
            Some((def, verdict)) => {
                let mut stmt = self.conn.prepare(&sql)?;
                let rows = stmt
                    .query_map(params![def, verdict, limit, offset], map)?
                    .collect::<Result<_, _>>()?;
                let total = self
                    .conn
                    .query_row(&total_sql, params![def, verdict], |r| r.get(0))?;
                (rows, total)
            }
            None => {
                let mut stmt = self.conn.prepare(&sql)?;
                let rows = stmt
                    .query_map(params![limit, offset], map)?
                    .collect::<Result<_, _>>()?;
                let total = self.conn.query_row(&total_sql, [], |r| r.get(0))?;
                (rows, total)
            }
        };
        let mut out = Vec::with_capacity(rows.len());
        for (mut s, vid) in rows {
            s.verdicts = self.verdicts(vid)?;
            out.push(s);
        }
        Ok((out, total))
    }

    /// The latest version of a release.
    pub fn get(&self, id: i64) -> Result<Option<Stored>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT r.name, r.kind, v.version, v.created, v.manifest, v.report, v.id
                 FROM releases r JOIN versions v ON v.release_id = r.id
                 WHERE r.id = ?1 ORDER BY v.version DESC LIMIT 1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, i64>(6)?,
                    ))
                },
            )
            .optional()?;
        let Some((name, kind, version, created, manifest, report, vid)) = row else {
            return Ok(None);
        };
        Ok(Some(Stored {
            summary: ReleaseSummary {
                id,
                name,
                kind,
                version,
                created,
                verdicts: self.verdicts(vid)?,
            },
            manifest,
            report,
        }))
    }

    pub fn versions(&self, id: i64) -> Result<Option<Vec<VersionInfo>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT version, created FROM versions WHERE release_id = ?1 ORDER BY version",
        )?;
        let rows: Vec<VersionInfo> = stmt
            .query_map([id], |r| {
                Ok(VersionInfo {
                    version: r.get(0)?,
                    created: r.get(1)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok((!rows.is_empty()).then_some(rows))
    }
}
