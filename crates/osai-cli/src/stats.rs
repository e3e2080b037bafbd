//! `osai stats REPORTS.jsonl`: counts per definition, verdict, class and category, and the
//! disagreement matrix — how often one definition passes a release that another fails.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};

use serde::Deserialize;

use crate::args::{ListFormat, StatsArgs};
use crate::{UsageError, exit};

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    error: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    definitions: Vec<Def>,
}

#[derive(Deserialize)]
struct Def {
    id: String,
    verdict: String,
    #[serde(default)]
    class: Option<u32>,
    #[serde(default)]
    category: Option<String>,
}

/// Per definition id, per value (verdict, class, category, other definition): releases.
pub(crate) type Counts = BTreeMap<String, BTreeMap<String, u64>>;

#[derive(Default, serde::Serialize)]
pub(crate) struct Stats {
    pub releases: u64,
    pub errors: u64,
    pub unreadable_lines: u64,
    pub verdicts: Counts,
    pub classes: Counts,
    pub categories: Counts,
    /// disagreements[a][b]: releases that `a` passes and `b` fails.
    pub disagreements: Counts,
}

pub(crate) fn add(counts: &mut Counts, id: &str, value: &str, n: u64) {
    *counts
        .entry(id.to_owned())
        .or_default()
        .entry(value.to_owned())
        .or_default() += n;
}

pub(crate) fn run(args: StatsArgs) -> Result<u8, UsageError> {
    let mut stats = Stats::default();
    for path in &args.files {
        let f =
            crate::open_input(path).map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
        for line in BufReader::with_capacity(1 << 20, f).lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let Ok(rec) = serde_json::from_str::<Line>(&line) else {
                stats.unreadable_lines += 1;
                continue;
            };
            if rec.error.is_some() {
                stats.errors += 1;
                continue;
            }
            stats.releases += 1;
            for d in &rec.definitions {
                add(&mut stats.verdicts, &d.id, &d.verdict, 1);
                if let Some(c) = d.class {
                    add(&mut stats.classes, &d.id, &c.to_string(), 1);
                }
                if let Some(c) = &d.category {
                    add(&mut stats.categories, &d.id, c, 1);
                }
            }
            for a in rec.definitions.iter().filter(|d| d.verdict == "pass") {
                for b in rec.definitions.iter().filter(|d| d.verdict == "fail") {
                    add(&mut stats.disagreements, &a.id, &b.id, 1);
                }
            }
        }
    }
    write(&mut std::io::stdout().lock(), &stats, args.format)?;
    Ok(exit::OK)
}

pub(crate) fn write(
    out: &mut impl Write,
    stats: &Stats,
    format: ListFormat,
) -> std::io::Result<()> {
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, stats)?;
            writeln!(out)
        }
        ListFormat::Text => text(out, stats),
    }
}

fn text(out: &mut impl Write, s: &Stats) -> std::io::Result<()> {
    writeln!(
        out,
        "{} releases, {} error records, {} unreadable lines",
        s.releases, s.errors, s.unreadable_lines
    )?;
    let ids: Vec<&String> = s.verdicts.keys().collect();
    let w = ids.iter().map(|i| i.len()).max().unwrap_or(8).max(8);
    writeln!(
        out,
        "\n{:<w$}  {:>9} {:>9} {:>9} {:>14}",
        "definition", "pass", "fail", "unknown", "not-applicable"
    )?;
    for id in &ids {
        let c = &s.verdicts[*id];
        let n = |k: &str| c.get(k).copied().unwrap_or(0);
        writeln!(
            out,
            "{id:<w$}  {:>9} {:>9} {:>9} {:>14}",
            n("pass"),
            n("fail"),
            n("unknown"),
            n("not-applicable")
        )?;
    }
    for (title, map) in [("classes", &s.classes), ("categories", &s.categories)] {
        for (id, counts) in map {
            let parts: Vec<String> = counts.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            writeln!(out, "{title} of {id}: {}", parts.join(", "))?;
        }
    }
    writeln!(
        out,
        "\ndisagreements — row passes, column fails (releases):"
    )?;
    write!(out, "{:<w$}", "")?;
    for id in &ids {
        write!(out, "  {:>w$}", id)?;
    }
    writeln!(out)?;
    for a in &ids {
        write!(out, "{a:<w$}")?;
        for b in &ids {
            let n = s
                .disagreements
                .get(*a)
                .and_then(|m| m.get(*b))
                .copied()
                .unwrap_or(0);
            write!(
                out,
                "  {:>w$}",
                if a == b {
                    "-".to_owned()
                } else {
                    n.to_string()
                }
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
