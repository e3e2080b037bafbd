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

/// Escapes what would break a table cell or start markup: outside `code` spans, brackets
/// are escaped too, so text the user wrote never becomes a link or an image.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut in_code = false;
    for c in s.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                out.push(c);
            }
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '[' | ']' | '!' if !in_code => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

pub fn markdown(out: &mut impl Write, reports: &[Report], lang: Lang) -> io::Result<()> {
    let t = Catalog::get(lang);
    for (i, report) in reports.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let name = osai_engine::display::markdown_literal(&report.release.name);
        writeln!(out, "### {}", t.ui("md-title", &[("name", &name)]))?;
        writeln!(out)?;
        let source = report
            .release
            .source
            .as_deref()
            .map(osai_engine::display::markdown_literal);
        writeln!(
            out,
            "{}",
            crate::header_of(report, &name, source.as_deref(), t)
        )?;
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
            if let Some(s) = &d.summary {
                writeln!(out, "> {}", cell(&t.reason(s)))?;
                writeln!(out)?;
            }
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
                writeln!(
                    out,
                    "  - {} {}",
                    t.ui("md-cite", &[]),
                    cell(&t.text(&r.cite))
                )?;
            }
            writeln!(out)?;
            writeln!(out, "</details>")?;
        }
    }
    Ok(())
}
