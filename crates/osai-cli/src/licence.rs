//! `osai licence check|show|list`.

use std::io::Write;

use osai_engine::component::ContentType;
use osai_engine::licence::{Category, LicenceBase, LicenceEntry, Tri};

use crate::args::{LicenceCommand, ListFormat};
use crate::{UsageError, exit};

pub(crate) fn run(cmd: LicenceCommand) -> Result<u8, UsageError> {
    let base = LicenceBase::builtin();
    let mut out = std::io::stdout().lock();
    match cmd {
        LicenceCommand::Check {
            expression,
            content,
            format,
        } => {
            let content = match content.as_deref() {
                None => None,
                Some(s) => Some(ContentType::parse(s).ok_or_else(|| {
                    UsageError(format!(
                        "--for `{s}`: expected code, model, data or document"
                    ))
                })?),
            };
            let r = base.resolve(&expression).map_err(|e| {
                let help = e.help().map(|h| format!(" ({h})")).unwrap_or_default();
                UsageError(format!("`{expression}`: {e}{help}"))
            })?;
            let status = |test| osai_engine::eval::licence_test(base, &expression, test).0;
            use osai_engine::definition::LicenceTest as T;
            use osai_engine::report::Status;
            let b = |s: Status| match s {
                Status::Pass => serde_json::Value::Bool(true),
                Status::Fail => serde_json::Value::Bool(false),
                _ => serde_json::Value::Null,
            };
            let mut restrictions = Vec::new();
            let terms: Vec<&str> = r.expr_terms().collect();
            let known = terms.iter().all(|t| base.get(t).is_some());
            for t in &terms {
                if let Some(e) = base.get(t) {
                    for x in &e.restrictions {
                        restrictions.push(serde_json::json!({
                            "kind": x.kind.as_str(), "summary": x.summary, "clause": x.clause, "licence": e.id,
                        }));
                    }
                }
            }
            let suits = content.map(|c| {
                terms
                    .iter()
                    .all(|t| base.get(t).is_some_and(|e| e.suits(c)))
            });
            let warnings: Vec<String> = r
                .aliased
                .iter()
                .map(|(from, to)| format!("`{from}` is read as `{to}`"))
                .collect();
            let aiact = match osai_engine::eval::licence_test(base, &expression, T::AiactFoss).0 {
                Status::Pass => serde_json::json!(true),
                Status::Fail => serde_json::json!(false),
                _ => serde_json::json!("review"),
            };
            let json = serde_json::json!({
                "expression": expression,
                "canonical": r.canonical,
                "known": known,
                "osi_approved": b(status(T::OsiApproved)),
                "osd_conformant": b(status(T::OsdConformant)),
                "aiact_foss": aiact,
                "type_appropriate": suits,
                "restrictions": restrictions,
                "warnings": warnings,
            });
            match format {
                ListFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &json)?;
                    writeln!(out)?;
                }
                ListFormat::Text => {
                    writeln!(out, "{}", r.canonical)?;
                    for key in [
                        "osi_approved",
                        "osd_conformant",
                        "aiact_foss",
                        "type_appropriate",
                    ] {
                        writeln!(out, "  {key:<16} {}", json[key])?;
                    }
                    for x in &restrictions {
                        writeln!(
                            out,
                            "  restriction      {} — {} ({}, {})",
                            x["kind"], x["summary"], x["licence"], x["clause"]
                        )?;
                    }
                    for w in &warnings {
                        writeln!(out, "  warning          {w}")?;
                    }
                }
            }
            Ok(exit::OK)
        }
        LicenceCommand::Show { id, format } => {
            let entry = base
                .get(&id)
                .or_else(|| base.alias(&id).and_then(|a| base.get(a)))
                .ok_or_else(|| {
                    let s = base.suggest(&id, 3);
                    UsageError(format!(
                        "unknown licence `{id}`; did you mean {}?",
                        s.join(", ")
                    ))
                })?;
            show(&mut out, entry, format)?;
            Ok(exit::OK)
        }
        LicenceCommand::Identify { files, format } => identify(&mut out, &files, format),
        LicenceCommand::List { all, format } => {
            let entries: Vec<&LicenceEntry> = if all {
                base.entries().collect()
            } else {
                base.curated().collect()
            };
            match format {
                ListFormat::Json => {
                    let list: Vec<_> = entries.iter().map(|e| summary(e)).collect();
                    serde_json::to_writer_pretty(&mut out, &list)?;
                    writeln!(out)?;
                }
                ListFormat::Text => {
                    for e in entries {
                        writeln!(out, "{:<40} {}", e.id, e.name)?;
                    }
                }
            }
            Ok(exit::OK)
        }
    }
}

fn tri(t: Tri) -> serde_json::Value {
    match t {
        Tri::True => true.into(),
        Tri::False => false.into(),
        Tri::Review => "review".into(),
        Tri::Unknown => serde_json::Value::Null,
    }
}

fn summary(e: &LicenceEntry) -> serde_json::Value {
    serde_json::json!({
        "id": e.id, "name": e.name, "category": e.category, "osi_approved": e.osi_approved, "fsf_libre": e.fsf_libre,
        "osd_conformant": e.osd_conformant(), "aiact_foss": tri(e.aiact_foss()),
    })
}

fn show(out: &mut impl Write, e: &LicenceEntry, format: ListFormat) -> Result<(), UsageError> {
    if format == ListFormat::Json {
        let mut v = serde_json::to_value(e)?;
        v["osd_conformant"] = serde_json::json!(e.osd_conformant());
        v["aiact_foss"] = tri(e.aiact_foss());
        serde_json::to_writer_pretty(&mut *out, &v)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{} — {}", e.id, e.name)?;
    if e.category != Category::Licence {
        writeln!(out, "  not a licence: {:?}", e.category)?;
    }
    writeln!(out, "  OSI-approved:     {}", e.osi_approved)?;
    writeln!(
        out,
        "  OSD-conformant:   {}",
        e.osd_conformant()
            .map_or("not reviewed".into(), |b| b.to_string())
    )?;
    writeln!(out, "  AI Act FOSS:      {}", tri(e.aiact_foss()))?;
    if let Some(u) = &e.url {
        writeln!(out, "  text:             {u}")?;
    }
    for r in &e.restrictions {
        writeln!(
            out,
            "  restriction:      {} — {} ({})",
            r.kind.as_str(),
            r.summary,
            r.clause
        )?;
    }
    if e.unverified {
        writeln!(
            out,
            "  UNVERIFIED: parts of this entry could not be checked against the text."
        )?;
    }
    Ok(())
}

/// Largest licence text read; a bigger file is not a licence.
const MAX_LICENCE_BYTES: u64 = 4 * 1024 * 1024;

fn identify(
    out: &mut impl Write,
    files: &[std::path::PathBuf],
    format: ListFormat,
) -> Result<u8, UsageError> {
    use std::io::Read;
    let identifier = osai_identify::Identifier::new();
    let mut rows = Vec::new();
    let mut bad = false;
    for path in files {
        let name = path.display().to_string();
        let mut bytes = Vec::new();
        let read =
            crate::open_input(path).and_then(|f| f.take(MAX_LICENCE_BYTES).read_to_end(&mut bytes));
        if let Err(e) = read {
            eprintln!("error: {name}: {e}");
            bad = true;
            continue;
        }
        let text = String::from_utf8_lossy(&bytes);
        let found = identifier.identify(&text);
        rows.push(serde_json::json!({
            "file": name, "id": found.id, "name": found.name,
            "confidence": (found.confidence * 1000.0).round() / 1000.0, "kind": found.kind, "evidence": found.evidence,
        }));
    }
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)?;
        }
        ListFormat::Text => {
            for r in &rows {
                let id = r["id"].as_str().unwrap_or("(none)");
                writeln!(
                    out,
                    "{}: {id} — {} [{}, confidence {}] ({})",
                    r["file"].as_str().unwrap_or(""),
                    r["name"].as_str().unwrap_or("no match"),
                    r["kind"].as_str().unwrap_or(""),
                    r["confidence"],
                    r["evidence"].as_str().unwrap_or("")
                )?;
            }
        }
    }
    Ok(if bad { exit::BAD_INPUT } else { exit::OK })
}
