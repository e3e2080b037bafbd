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

#[derive(Default, serde::Serialize)]
struct Stats {
    releases: u64,
    errors: u64,
    unreadable_lines: u64,
    verdicts: BTreeMap<String, BTreeMap<String, u64>>,
    classes: BTreeMap<String, BTreeMap<String, u64>>,
    categories: BTreeMap<String, BTreeMap<String, u64>>,
    /// disagreements[a][b]: releases that `a` passes and `b` fails.
    disagreements: BTreeMap<String, BTreeMap<String, u64>>,
}

pub(crate) fn run(args: StatsArgs) -> Result<u8, UsageError> {
    let mut stats = Stats::default();
    for path in &args.files {
        let f = std::fs::File::open(path)
            .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
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
                *stats
                    .verdicts
                    .entry(d.id.clone())
                    .or_default()
                    .entry(d.verdict.clone())
                    .or_default() += 1;
                if let Some(c) = d.class {
                    *stats
                        .classes
                        .entry(d.id.clone())
                        .or_default()
                        .entry(c.to_string())
                        .or_default() += 1;
                }
                if let Some(c) = &d.category {
                    *stats
                        .categories
                        .entry(d.id.clone())
                        .or_default()
                        .entry(c.clone())
                        .or_default() += 1;
                }
            }
            for a in rec.definitions.iter().filter(|d| d.verdict == "pass") {
                for b in rec.definitions.iter().filter(|d| d.verdict == "fail") {
                    *stats
                        .disagreements
                        .entry(a.id.clone())
                        .or_default()
                        .entry(b.id.clone())
                        .or_default() += 1;
                }
            }
        }
    }
    let mut out = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &stats)?;
            writeln!(out)?;
        }
        ListFormat::Text => text(&mut out, &stats)?,
    }
    Ok(exit::OK)
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
