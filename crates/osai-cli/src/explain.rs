//! `osai explain`, `osai definitions`, `osai schema`.

use std::io::Write;

use osai_engine::builtin_definitions;
use osai_engine::definition::Definition;

use crate::args::{DefinitionsArgs, ExplainArgs, ListFormat, SchemaArgs, SchemaKind};
use crate::assess::load_definitions;
use crate::{UsageError, exit};

pub(crate) fn explain(args: ExplainArgs) -> Result<u8, UsageError> {
    let mut defs: Vec<Definition> = builtin_definitions().to_vec();
    if !args.definitions.is_empty() {
        defs.extend(load_definitions(&args.definitions)?);
    }
    let Some((def, req)) = osai_engine::find_requirement(&defs, &args.code) else {
        let codes: Vec<&str> = defs
            .iter()
            .flat_map(|d| d.requirements.iter().map(|r| &*r.code))
            .collect();
        let hint = osai_formats::did_you_mean(&args.code.to_uppercase(), codes.into_iter())
            .unwrap_or_else(|| {
                "`osai definitions` lists the definitions; each report names its codes".to_owned()
            });
        return Err(UsageError(format!(
            "no requirement `{}`; {hint}",
            args.code
        )));
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{} — {}", req.code, req.title)?;
    writeln!(
        out,
        "Definition: {} ({} {}, {})",
        def.title, def.id, def.version, def.status
    )?;
    if let Some(c) = req.component {
        writeln!(out, "Component:  {c}")?;
    }
    if req.unverified {
        writeln!(
            out,
            "UNVERIFIED: the wording rests on a source osai could not check."
        )?;
    }
    writeln!(out)?;
    writeln!(out, "What it checks")?;
    writeln!(out, "  {}", req.explain.as_deref().unwrap_or(&req.title))?;
    writeln!(out, "  Rule: {}", serde_json::to_string(&req.check)?)?;
    writeln!(out)?;
    writeln!(out, "Why (citation)")?;
    writeln!(out, "  {}", req.cite)?;
    if let Some(src) = &def.source {
        writeln!(out, "  Source: {src}")?;
    }
    writeln!(out)?;
    writeln!(out, "How to pass")?;
    writeln!(
        out,
        "  If it fails:   {}",
        req.remedy
            .fail
            .as_deref()
            .unwrap_or("meet the requirement as stated")
    )?;
    writeln!(
        out,
        "  If unknown:    {}",
        req.remedy
            .unknown
            .as_deref()
            .unwrap_or("state the facts it reads")
    )?;
    Ok(exit::OK)
}

pub(crate) fn definitions(args: DefinitionsArgs) -> Result<u8, UsageError> {
    let defs = builtin_definitions();
    let mut out = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            let list: Vec<_> = defs
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "id": d.id, "title": d.title, "version": d.version, "date": d.date,
                        "status": d.status, "source": d.source, "requirements": d.requirements.len(),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &list)?;
            writeln!(out)?;
        }
        ListFormat::Text => {
            let (id, version, date, status, title) = ("ID", "VERSION", "DATE", "STATUS", "TITLE");
            let w = |f: fn(&Definition) -> usize, head: &str| {
                defs.iter().map(f).max().unwrap_or(0).max(head.len())
            };
            let (wi, wv, ws) = (
                w(|d| d.id.len(), id),
                w(|d| d.version.len(), version),
                w(|d| d.status.len(), status),
            );
            writeln!(
                out,
                "{id:<wi$}  {version:<wv$}  {date:<10}  {status:<ws$}  {title}"
            )?;
            for d in defs {
                let date = d.date.as_deref().unwrap_or("-");
                writeln!(
                    out,
                    "{:<wi$}  {:<wv$}  {date:<10}  {:<ws$}  {}",
                    d.id, d.version, d.status, d.title
                )?;
                if let Some(src) = &d.source {
                    writeln!(out, "{:<wi$}  {src}", "")?;
                }
            }
        }
    }
    Ok(exit::OK)
}

pub(crate) fn schema(args: SchemaArgs) -> Result<u8, UsageError> {
    let schema = match args.kind {
        SchemaKind::Manifest => schemars::schema_for!(osai_engine::manifest::Manifest),
        SchemaKind::Report => schemars::schema_for!(osai_engine::report::Report),
    };
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema)?;
    writeln!(out)?;
    Ok(exit::OK)
}
