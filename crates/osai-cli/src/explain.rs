//! `osai explain`, `osai definitions`, `osai schema`.

use std::io::Write;

use osai_engine::builtin_definitions;
use osai_engine::definition::Definition;

use osai_report::Catalog;

use crate::args::{DefinitionsArgs, ExplainArgs, ListFormat, SchemaArgs, SchemaKind};
use crate::assess::load_definitions;
use crate::{UsageError, exit};

pub(crate) fn explain(args: ExplainArgs) -> Result<u8, UsageError> {
    let mut defs: Vec<Definition> = builtin_definitions().to_vec();
    if !args.definitions.is_empty() {
        defs.extend(load_definitions(&args.definitions)?);
    }
    // A definition file's own texts have no translation and are shown as written.
    let t = Catalog::get(crate::assess::report_lang(args.lang));
    let mut out = std::io::stdout().lock();
    // A code the readings of the AI Act share with it: each different text once, with the
    // definitions that hold it.
    let mut found: Vec<(
        &Definition,
        &osai_engine::definition::Requirement,
        Vec<&str>,
    )> = Vec::new();
    for d in &defs {
        let Some(r) = d
            .requirements
            .iter()
            .find(|r| r.code.eq_ignore_ascii_case(&args.code))
        else {
            continue;
        };
        match found.iter_mut().find(|(_, seen, _)| *seen == r) {
            Some((_, _, also)) => also.push(&d.id),
            None => found.push((d, r, Vec::new())),
        }
    }
    if !found.is_empty() {
        for (i, (def, req, also)) in found.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            requirement(&mut out, t, def, req)?;
            if !also.is_empty() {
                writeln!(
                    out,
                    "{}",
                    t.ui("explain-also-in", &[("list", &also.join(", "))])
                )?;
            }
        }
        return Ok(exit::OK);
    }
    if let Some((def, o)) = defs.iter().find_map(|d| {
        d.obligations
            .iter()
            .find(|o| o.code.eq_ignore_ascii_case(&args.code))
            .map(|o| (d, o))
    }) {
        obligation(&mut out, t, def, o)?;
        return Ok(exit::OK);
    }
    let codes: Vec<&str> = defs
        .iter()
        .flat_map(|d| {
            d.requirements
                .iter()
                .map(|r| &*r.code)
                .chain(d.obligations.iter().map(|o| o.code.as_str()))
        })
        .collect();
    let hint = osai_formats::did_you_mean(&args.code.to_uppercase(), codes.into_iter())
        .unwrap_or_else(|| {
            "`osai definitions` lists the definitions; each report names its codes".to_owned()
        });
    Err(UsageError(format!(
        "no requirement or obligation `{}`; {hint}",
        args.code
    )))
}

/// A rule as JSON without the fields it leaves unset (`null`, `[]`).
fn rule_json(rule: &impl serde::Serialize) -> String {
    fn compact(v: serde_json::Value) -> Option<serde_json::Value> {
        use serde_json::Value;
        match v {
            Value::Null => None,
            Value::Array(a) if a.is_empty() => None,
            Value::Array(a) => Some(Value::Array(a.into_iter().filter_map(compact).collect())),
            Value::Object(m) => Some(Value::Object(
                m.into_iter()
                    .filter_map(|(k, v)| compact(v).map(|v| (k, v)))
                    .collect(),
            )),
            v => Some(v),
        }
    }
    let v = serde_json::to_value(rule).unwrap_or_default();
    compact(v).map(|v| v.to_string()).unwrap_or_default()
}

fn heading(
    out: &mut impl Write,
    t: &Catalog,
    def: &Definition,
    code: &str,
    title: &str,
) -> std::io::Result<()> {
    writeln!(out, "{code} — {}", t.text(title))?;
    let line = t.ui(
        "explain-definition",
        &[
            ("title", &t.text(&def.title)),
            ("id", &def.id),
            ("version", &def.version),
            ("status", &def.status),
        ],
    );
    writeln!(out, "{line}")
}

fn citation(
    out: &mut impl Write,
    t: &Catalog,
    def: &Definition,
    cite: &str,
) -> std::io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{}", t.ui("explain-why", &[]))?;
    writeln!(out, "  {}", t.text(cite))?;
    if let Some(src) = &def.source {
        writeln!(out, "  {}", t.ui("explain-source", &[("source", src)]))?;
    }
    Ok(())
}

fn requirement(
    out: &mut impl Write,
    t: &Catalog,
    def: &Definition,
    req: &osai_engine::definition::Requirement,
) -> std::io::Result<()> {
    heading(out, t, def, &req.code, &req.title)?;
    if let Some(c) = req.component {
        writeln!(
            out,
            "{}",
            t.ui("explain-component", &[("component", c.key())])
        )?;
    }
    if req.unverified {
        writeln!(out, "{}", t.ui("explain-unverified", &[]))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", t.ui("explain-checks", &[]))?;
    writeln!(
        out,
        "  {}",
        t.text(req.explain.as_deref().unwrap_or(&req.title))
    )?;
    let rule = rule_json(&req.check);
    writeln!(out, "  {}", t.ui("explain-rule", &[("rule", &rule)]))?;
    citation(out, t, def, &req.cite)?;
    writeln!(out)?;
    writeln!(out, "{}", t.ui("explain-how", &[]))?;
    let fail = req.remedy.fail.as_deref().map_or_else(
        || t.ui("explain-default-fail", &[]),
        |r| t.text(r).into_owned(),
    );
    let unknown = req.remedy.unknown.as_deref().map_or_else(
        || t.ui("explain-default-unknown", &[]),
        |r| t.text(r).into_owned(),
    );
    writeln!(out, "  {}", t.ui("explain-if-fail", &[("remedy", &fail)]))?;
    writeln!(
        out,
        "  {}",
        t.ui("explain-if-unknown", &[("remedy", &unknown)])
    )
}

fn obligation(
    out: &mut impl Write,
    t: &Catalog,
    def: &Definition,
    o: &osai_engine::definition::ObligationRule,
) -> std::io::Result<()> {
    heading(out, t, def, &o.code, &o.title)?;
    let kinds: Vec<String> = o
        .applies_to
        .iter()
        .map(|k| t.ui(&format!("kind-{k}"), &[]))
        .collect();
    writeln!(
        out,
        "{}",
        t.ui("explain-applies-to", &[("kinds", &kinds.join(", "))])
    )?;
    if o.cite.contains("UNVERIFIED") {
        writeln!(out, "{}", t.ui("explain-unverified", &[]))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", t.ui("explain-when", &[]))?;
    let rule = rule_json(&o.when);
    writeln!(out, "  {}", t.ui("explain-rule", &[("rule", &rule)]))?;
    writeln!(
        out,
        "  {}",
        t.ui("explain-since", &[("date", &t.date(&o.since))])
    )?;
    for r in &o.since_rules {
        let rule = rule_json(&r.when);
        let line = t.ui(
            "explain-since-rule",
            &[
                ("date", &t.date(&r.date)),
                ("note", &t.text(&r.note)),
                ("rule", &rule),
            ],
        );
        writeln!(out, "  {line}")?;
    }
    citation(out, t, def, &o.cite)
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
