//! Markdown for a pull-request comment: a summary table per release, then the failing and
//! unknown requirements of each definition in a collapsed `<details>` block.

use std::io::{self, Write};

use osai_engine::report::{Report, Status};

use crate::i18n::{Catalog, Lang};

fn icon(s: Status) -> &'static str {
    match s {
        Status::Pass => "✅",
        Status::Fail => "❌",
        Status::Unknown => "❔",
        Status::NotApplicable => "➖",
    }
}

/// Escapes what would break a table cell or start markup.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
        .replace('\n', " ")
        .replace('<', "&lt;")
}

pub fn markdown(out: &mut impl Write, reports: &[Report], lang: Lang) -> io::Result<()> {
    let t = Catalog::get(lang);
    for (i, report) in reports.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "### {}",
            cell(&t.ui("md-title", &[("name", &report.release.name)]))
        )?;
        writeln!(out)?;
        writeln!(out, "{}", cell(&crate::header(report, t)))?;
        writeln!(out)?;
        writeln!(
            out,
            "| {} | {} | {} |",
            t.ui("md-definition", &[]),
            t.ui("md-verdict", &[]),
            t.ui("md-detail", &[])
        )?;
        writeln!(out, "|---|---|---|")?;
        for d in &report.definitions {
            writeln!(
                out,
                "| `{}` | {} {} | {} |",
                d.id,
                icon(d.verdict),
                t.status(d.verdict),
                cell(&crate::verdict_detail(d, t))
            )?;
        }
        for w in &report.warnings {
            let at =
                w.at.as_deref()
                    .map(|a| format!(" (`{a}`)"))
                    .unwrap_or_default();
            writeln!(out)?;
            writeln!(out, "> ⚠️ {}{at} `{}`", cell(&t.reason(&w.message)), w.code)?;
        }
        for d in &report.definitions {
            let Some(open) = crate::open_requirements(d) else {
                continue;
            };
            writeln!(out)?;
            writeln!(out, "<details>")?;
            writeln!(
                out,
                "<summary><code>{}</code> — {} ({})</summary>",
                d.id,
                cell(&t.text(&d.title)),
                t.ui("md-open-items", &[("n", &open.len().to_string())])
            )?;
            writeln!(out)?;
            for r in open {
                writeln!(
                    out,
                    "- {} **`{}`** {}",
                    icon(r.status),
                    r.code,
                    cell(&t.text(&r.title))
                )?;
                writeln!(
                    out,
                    "  - {} {}",
                    t.ui("md-reason", &[]),
                    cell(&t.reason(&r.reason))
                )?;
                if let Some(remedy) = &r.remedy {
                    writeln!(
                        out,
                        "  - {} {}",
                        t.ui("md-remedy", &[]),
                        cell(&t.remedy(remedy))
                    )?;
                }
                writeln!(out, "  - {} {}", t.ui("md-cite", &[]), cell(&r.cite))?;
            }
            writeln!(out)?;
            writeln!(out, "</details>")?;
        }
    }
    Ok(())
}
