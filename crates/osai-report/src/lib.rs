//! Renderings of reports. Each takes finished reports and writes bytes; none decides anything.

use std::io::{self, Write};

use osai_engine::report::{DefinitionResult, Report, Status};

/// JSON: one object for one release, an array for several.
pub mod badge;
pub mod html;
pub mod i18n;
pub mod markdown;
pub mod sarif;

pub use i18n::{Catalog, Lang};

pub fn json(out: &mut impl Write, reports: &[Report]) -> io::Result<()> {
    match reports {
        [one] => serde_json::to_writer_pretty(&mut *out, one)?,
        many => serde_json::to_writer_pretty(&mut *out, many)?,
    }
    out.write_all(b"\n")
}

/// JSON Lines: one compact report per line.
pub fn jsonl_line(out: &mut impl Write, report: &Report) -> io::Result<()> {
    serde_json::to_writer(&mut *out, report)?;
    out.write_all(b"\n")
}

/// JSON Lines, brief: the report envelope (verdicts, classes, progress, categories,
/// exemptions, systemic risk, summaries, warnings) with each requirement reduced to its code and
/// status — for hub-scale runs, where the full text of every requirement would be most of the
/// output. Written field by field: this runs once per release on hundreds of thousands.
pub fn jsonl_line_brief(
    out: &mut impl Write,
    report: &osai_engine::report::BriefReport<'_>,
) -> io::Result<()> {
    let tool = osai_engine::report::Tool::default();
    write!(
        out,
        "{{\"report\":{},\"tool\":",
        osai_engine::report::REPORT_FORMAT
    )?;
    serde_json::to_writer(&mut *out, &tool)?;
    write!(out, ",\"as_of\":\"{}\",\"release\":", report.as_of)?;
    serde_json::to_writer(&mut *out, &report.release)?;
    out.write_all(b",\"warnings\":")?;
    serde_json::to_writer(&mut *out, &report.warnings)?;
    out.write_all(b",\"definitions\":[")?;
    for (i, d) in report.definitions.iter().enumerate() {
        let def = d.definition;
        out.write_all(if i == 0 { b"{\"id\":" } else { b",{\"id\":" })?;
        serde_json::to_writer(&mut *out, &def.id)?;
        out.write_all(b",\"title\":")?;
        serde_json::to_writer(&mut *out, &def.title)?;
        write!(out, ",\"verdict\":\"{}\"", d.verdict.as_str())?;
        if let Some(c) = d.class {
            write!(out, ",\"class\":{c}")?;
        }
        if let Some(s) = d.score {
            out.write_all(b",\"score\":")?;
            serde_json::to_writer(&mut *out, &s)?;
        }
        if let Some(p) = &d.progress {
            out.write_all(b",\"progress\":{")?;
            for (k, (class, value)) in p.iter().enumerate() {
                if k > 0 {
                    out.write_all(b",")?;
                }
                write!(out, "\"{class}\":")?;
                serde_json::to_writer(&mut *out, value)?;
            }
            out.write_all(b"}")?;
        }
        if let Some(c) = &d.category {
            out.write_all(b",\"category\":")?;
            serde_json::to_writer(&mut *out, c)?;
        }
        if let Some(ex) = &d.exemptions {
            out.write_all(b",\"exemptions\":{")?;
            for (k, (id, _)) in ex.iter().enumerate() {
                if k > 0 {
                    out.write_all(b",")?;
                }
                serde_json::to_writer(&mut *out, id)?;
                write!(out, ":\"{}\"", d.exemption(id).unwrap_or("unknown"))?;
            }
            out.write_all(b"}")?;
        }
        if let Some(s) = d.systemic_risk {
            write!(out, ",\"systemic_risk\":\"{s}\"")?;
        }
        if let Some(s) = &d.summary {
            out.write_all(b",\"summary\":")?;
            serde_json::to_writer(&mut *out, s)?;
        }
        out.write_all(b",\"requirements\":[")?;
        for (k, (r, s)) in def.requirements.iter().zip(&d.statuses).enumerate() {
            out.write_all(if k == 0 {
                b"{\"code\":"
            } else {
                b",{\"code\":"
            })?;
            serde_json::to_writer(&mut *out, &*r.code)?;
            write!(out, ",\"status\":\"{}\"}}", s.as_str())?;
        }
        out.write_all(b"]}")?;
    }
    out.write_all(b"]}\n")
}

/// Options of the text rendering.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextOptions {
    pub color: bool,
    /// Only the summary lines.
    pub quiet: bool,
    pub lang: Lang,
}

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }

    fn status(&self, s: Status, word: &str) -> String {
        let code = match s {
            Status::Pass => "1;32",
            Status::Fail => "1;31",
            Status::Unknown => "1;33",
            Status::NotApplicable => "2",
        };
        self.wrap(code, &format!("{word:<14}"))
    }

    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }

    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
}

/// Counts of requirements by status: (pass, fail, unknown).
pub fn counts(d: &DefinitionResult) -> (usize, usize, usize) {
    let n = |s: Status| d.requirements.iter().filter(|r| r.status == s).count();
    (n(Status::Pass), n(Status::Fail), n(Status::Unknown))
}

/// What a definition concluded, in a few words beside the verdict.
pub fn verdict_detail(d: &DefinitionResult, t: &Catalog) -> String {
    let mut parts = Vec::new();
    if let Some(class) = d.class {
        parts.push(if class == 0 {
            t.ui("detail-unclassified", &[])
        } else {
            t.ui("detail-class", &[("n", &class.to_string())])
        });
    }
    if let Some(Some(level)) = &d.level {
        parts.push(level.clone());
    }
    if let Some(c) = &d.category {
        parts.push(c.clone());
    }
    if let Some(score) = d.score {
        let n = d.requirements.len().to_string();
        parts.push(t.ui("detail-score", &[("score", &score.to_string()), ("n", &n)]));
    }
    if let Some(ex) = &d.exemptions {
        let applies: Vec<&str> = ex
            .iter()
            .filter(|(_, v)| *v == "applies")
            .map(|(k, _)| k.as_str())
            .collect();
        if !applies.is_empty() {
            parts.push(t.ui("detail-exempt", &[("list", &applies.join(", "))]));
        }
    }
    if let Some(r) = &d.systemic_risk {
        let value = t.ui(&format!("yes-no-{r}"), &[]);
        parts.push(t.ui("detail-systemic-risk", &[("value", &value)]));
    }
    let (p, f, u) = counts(d);
    parts.push(t.ui(
        "detail-counts",
        &[
            ("pass", &p.to_string()),
            ("fail", &f.to_string()),
            ("unknown", &u.to_string()),
        ],
    ));
    parts.join(" · ")
}

/// The report's header line: release, kind, date.
pub fn header(report: &Report, t: &Catalog) -> String {
    let source = report
        .release
        .source
        .as_deref()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    let kind = t.ui(&format!("kind-{}", report.release.kind), &[]);
    t.ui(
        "header",
        &[
            ("name", &report.release.name),
            ("source", &source),
            ("kind", &kind),
            ("date", &report.as_of),
        ],
    )
}

/// Text for people: a summary line per definition, then what fails or is unknown, with why and
/// what to do.
pub fn text(out: &mut impl Write, report: &Report, opts: TextOptions) -> io::Result<()> {
    let t = Catalog::get(opts.lang);
    let paint = Paint { on: opts.color };
    let head = header(report, t);
    let (name, rest) = head.split_at(report.release.name.len().min(head.len()));
    writeln!(out, "{}{}", paint.bold(name), rest)?;
    for d in &report.definitions {
        writeln!(
            out,
            "  {} {:<16} {}",
            paint.status(d.verdict, &t.status(d.verdict)),
            d.id,
            paint.dim(&verdict_detail(d, t))
        )?;
    }
    if opts.quiet {
        return Ok(());
    }
    for w in &report.warnings {
        let at =
            w.at.as_deref()
                .map(|a| format!("{a}: "))
                .unwrap_or_default();
        writeln!(
            out,
            "  {} {at}{} [{}]",
            paint.wrap("33", &t.ui("label-warning", &[])),
            t.reason(&w.message),
            w.code
        )?;
    }
    let (why, fact, cites, todo) = (
        t.ui("label-why", &[]),
        t.ui("label-fact", &[]),
        t.ui("label-cites", &[]),
        t.ui("label-todo", &[]),
    );
    let width = [&why, &fact, &cites, &todo]
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(7)
        + 1;
    let pad = |l: &str| format!("{l:<width$}");
    for d in &report.definitions {
        let Some(open) = open_requirements(d) else {
            continue;
        };
        writeln!(out)?;
        writeln!(out, "  {} — {}", paint.bold(&d.id), t.text(&d.title))?;
        if let Some(s) = &d.summary {
            writeln!(out, "    {}", t.reason(s))?;
        }
        trace(out, d, &paint, t)?;
        for r in open {
            let unverified = if r.unverified {
                format!(" [{}]", t.ui("label-unverified", &[]))
            } else {
                String::new()
            };
            writeln!(
                out,
                "    {} {} {}{unverified}",
                paint.status(r.status, &t.status(r.status)),
                paint.bold(&r.code),
                t.text(&r.title)
            )?;
            writeln!(out, "        {}{}", pad(&why), t.reason(&r.reason))?;
            for f in r.facts.iter().filter(|f| !f.value.is_null()) {
                let derived = t.ui("label-derived", &[]);
                let at = f.at.as_deref().unwrap_or(&derived);
                writeln!(
                    out,
                    "        {}{} = {} {}",
                    pad(&fact),
                    f.path,
                    f.value,
                    paint.dim(at)
                )?;
            }
            writeln!(out, "        {}{}", pad(&cites), r.cite)?;
            if let Some(remedy) = &r.remedy {
                writeln!(out, "        {}{}", pad(&todo), t.remedy(remedy))?;
            }
        }
    }
    Ok(())
}

/// The failing and unknown requirements of a definition, `None` when there are none or the
/// definition is an informative profile (a score has grades, not failures).
pub fn open_requirements(
    d: &DefinitionResult,
) -> Option<Vec<&osai_engine::report::RequirementResult>> {
    let open: Vec<_> = d
        .requirements
        .iter()
        .filter(|r| matches!(r.status, Status::Fail | Status::Unknown))
        .collect();
    (!open.is_empty() && d.score.is_none()).then_some(open)
}

/// Whether an obligation's reason says it is not yet in application.
pub fn not_yet(o: &osai_engine::report::Obligation) -> bool {
    o.reason
        .as_deref()
        .is_some_and(|r| r.contains("not yet in application"))
}

/// The decision trace of an exemptions definition: each exemption with the rules it rests on,
/// then each obligation with whether it applies and from when.
fn trace(out: &mut impl Write, d: &DefinitionResult, paint: &Paint, t: &Catalog) -> io::Result<()> {
    if let Some(ex) = &d.exemptions {
        writeln!(out, "    {}", t.ui("label-trace", &[]))?;
        for (id, outcome) in ex {
            writeln!(out, "      {id:<10} {}", t.word(outcome))?;
        }
    }
    if let Some(obs) = &d.obligations {
        for o in obs {
            let applies = match o.applies {
                Some(true) => paint.wrap("1", &t.ui("ob-applies", &[])),
                Some(false) if not_yet(o) => t.ui("ob-not-yet", &[]),
                Some(false) => paint.dim(&t.ui("ob-not-apply", &[])),
                None => paint.wrap("33", &t.ui("ob-unknown", &[])),
            };
            let since = o.since.as_deref().unwrap_or("-");
            let from = t.ui("ob-from", &[("date", since)]);
            writeln!(
                out,
                "      {:<13} {:<16} {from}  {} ({})",
                o.code,
                applies,
                t.text(&o.title),
                o.cite
            )?;
            if let Some(n) = &o.note {
                writeln!(out, "      {:<13} {}", "", paint.dim(&t.text(n)))?;
            }
        }
    }
    Ok(())
}
