//! One self-contained HTML page (inline CSS, no script, no network): for several releases the
//! comparison first; per release the definitions × components matrix, then each definition with
//! its verdict, MOF class ladder, AI Act exemptions and obligations, and every requirement
//! expandable to its reason, facts (with where they are written), citation and remedy.

use std::fmt::Write as _;
use std::io::{self, Write};

use osai_engine::component::ComponentId;
use osai_engine::definition::Definition;
use osai_engine::report::{DefinitionResult, Report, RequirementResult, Status};

use crate::i18n::{Catalog, Lang};

/// Text escaped for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `a`–`z`, digits and `-` only: for ids and class names.
fn slug(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

fn class(s: Status) -> &'static str {
    match s {
        Status::Pass => "pass",
        Status::Fail => "fail",
        Status::Unknown => "unknown",
        Status::NotApplicable => "na",
    }
}

fn symbol(s: Status) -> &'static str {
    match s {
        Status::Pass => "✓",
        Status::Fail => "✗",
        Status::Unknown => "?",
        Status::NotApplicable => "–",
    }
}

const STYLE: &str = r#"
:root { --pass:#1a7f37; --pass-bg:#dafbe1; --fail:#b42318; --fail-bg:#fee4e2; --unknown:#7a4d00; --unknown-bg:#fff1c2; --na:#57606a; --na-bg:#eef1f4; --line:#d0d7de; --ink:#1f2328; --muted:#57606a; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0; background: #fff; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.1rem; margin: 24px 0 6px; }
h4 { font-size: 1rem; margin: 16px 0 6px; }
.meta, .note, small, .muted { color: var(--muted); }
.note { font-size: .9rem; }
table { border-collapse: collapse; margin: 8px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
th code, td.date { white-space: nowrap; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.v { display: inline-block; white-space: nowrap; min-width: 6.5em; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: .85rem; text-align: center; }
.v.pass, td.pass { color: var(--pass); background: var(--pass-bg); }
.v.fail, td.fail { color: var(--fail); background: var(--fail-bg); }
.v.unknown, td.unknown { color: var(--unknown); background: var(--unknown-bg); }
.v.na, td.na { color: var(--na); background: var(--na-bg); }
table.matrix th.c { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: 500; font-size: .8rem; padding: 6px 2px; }
table.matrix td { text-align: center; width: 2.1em; padding: 3px 0; font-weight: 700; }
table.matrix td.none { color: #6e7781; background: #fff; font-weight: 400; }
table.matrix td.via, .legend .via { color: var(--pass); background: #fff; font-weight: 400; }
table.matrix th.d { white-space: nowrap; }
.legend span { margin-right: 14px; white-space: nowrap; }
.legend b { display: inline-block; width: 1.6em; text-align: center; border-radius: 3px; }
.legend .pass { color: var(--pass); background: var(--pass-bg); }
.legend .fail { color: var(--fail); background: var(--fail-bg); }
.legend .unknown { color: var(--unknown); background: var(--unknown-bg); }
.legend .none { color: #6e7781; border: 1px solid var(--line); }
section.definition { border: 1px solid var(--line); border-radius: 8px; padding: 4px 16px 12px; margin: 16px 0; }
section.definition h3 { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.ladder { display: grid; grid-template-columns: max-content 1fr max-content; gap: 4px 12px; align-items: center; max-width: 680px; margin: 8px 0 12px; }
.ladder .bar { height: 12px; background: var(--na-bg); border-radius: 6px; overflow: hidden; border: 1px solid var(--line); }
.ladder .bar i { display: block; height: 100%; background: var(--pass); }
.ladder .met { font-weight: 700; color: var(--pass); }
details.req { border-top: 1px solid var(--line); padding: 6px 0; }
details.req summary { cursor: pointer; list-style-position: outside; margin-left: 1.2em; }
details.req summary .v { min-width: 7.5em; margin-right: 6px; }
details.req dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0 4px 1.2em; }
details.req dt { font-weight: 600; color: var(--muted); }
details.req dd { margin: 0; }
details.req table { margin: 0; font-size: .9rem; }
.unverified { font-size: .75rem; font-weight: 700; color: var(--unknown); border: 1px solid var(--unknown); border-radius: 4px; padding: 0 4px; }
ul.warnings li { margin: 2px 0; }
footer { border-top: 1px solid var(--line); margin-top: 32px; padding: 12px 24px 32px; color: var(--muted); font-size: .85rem; }
a { color: #0969da; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  body { font-size: 11pt; }
  header, main, footer { max-width: none; padding: 0; }
  section.definition { break-inside: avoid-page; }
  details.req > *:not(summary) { display: block; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Whether the requirements of a definition on one component pass, fail or are unknown.
/// A cell of the definitions × components matrix: the requirements of a definition on one
/// component, summed; `via` when they pass while the component itself is not published (the
/// definition accepts an alternative: the checklist's data group met by a paper), naming what
/// met them.
struct Cell {
    status: Status,
    via: Vec<String>,
}

fn cell_status(d: &DefinitionResult, component: &str) -> Option<Cell> {
    let reqs: Vec<_> = d
        .requirements
        .iter()
        .filter(|r| r.component == Some(component) && r.status != Status::NotApplicable)
        .collect();
    let status = reqs.iter().map(|r| r.status).reduce(Status::and)?;
    let mut via = Vec::new();
    if status == Status::Pass {
        let own = format!("components.{component}");
        let published = format!("{own}.published");
        let not_published = |r: &&&osai_engine::report::RequirementResult| {
            r.facts.iter().any(|f| {
                (f.path == published && f.value != serde_json::Value::Bool(true))
                    || (f.path == own && f.value.is_null())
            })
        };
        if reqs.iter().all(|r| not_published(&r)) {
            for r in &reqs {
                for f in &r.facts {
                    if let Some(other) = f
                        .path
                        .strip_prefix("components.")
                        .and_then(|p| p.strip_suffix(".published"))
                        && f.value == serde_json::Value::Bool(true)
                        && !via.iter().any(|v| v == other)
                    {
                        via.push(other.to_owned());
                    }
                }
            }
        }
    }
    Some(Cell { status, via })
}

struct Page<'a> {
    t: &'static Catalog,
    defs: &'a [&'a Definition],
    out: String,
}

impl<'a> Page<'a> {
    fn verdict(&mut self, s: Status) {
        let _ = write!(
            self.out,
            r#"<span class="v {}">{} {}</span>"#,
            class(s),
            symbol(s),
            esc(&self.t.status(s))
        );
    }

    /// `<table><thead>` with a column header per ui message, then `<tbody>`.
    fn table_head(&mut self, columns: &[&str]) {
        self.out.push_str("<table><thead><tr>");
        for c in columns {
            let _ = write!(
                self.out,
                "<th scope=\"col\">{}</th>",
                esc(&self.t.ui(c, &[]))
            );
        }
        self.out.push_str("</tr></thead><tbody>");
    }

    fn definition(&self, id: &str) -> Option<&'a Definition> {
        let defs: &'a [&'a Definition] = self.defs;
        defs.iter().copied().find(|d| d.id == id)
    }

    fn detail(&self, d: &DefinitionResult) -> String {
        let mut s = crate::verdict_detail(d, self.t);
        if let (Some(cat), Some(def)) = (&d.category, self.definition(&d.id))
            && let Some(rule) = def.categories.iter().find(|c| &c.id == cat)
        {
            s = s.replacen(cat.as_str(), &self.t.text(&rule.title), 1);
        }
        s
    }

    fn comparison(&mut self, reports: &[Report]) {
        let t = self.t;
        let _ = write!(
            self.out,
            r#"<section id="comparison" aria-labelledby="comparison-h"><h2 id="comparison-h">{}</h2><table><thead><tr><th scope="col">{}</th>"#,
            esc(&t.ui("html-comparison", &[])),
            esc(&t.ui("html-release", &[]))
        );
        if let Some(first) = reports.first() {
            for d in &first.definitions {
                let _ = write!(
                    self.out,
                    r#"<th scope="col"><code>{}</code></th>"#,
                    esc(&d.id)
                );
            }
        }
        self.out.push_str("</tr></thead><tbody>");
        for (i, r) in reports.iter().enumerate() {
            let _ = write!(
                self.out,
                "<tr><th scope=\"row\"><a href=\"#r{i}\">{}</a></th>",
                esc(&r.release.name)
            );
            for d in &r.definitions {
                let _ = write!(
                    self.out,
                    r#"<td class="{}" title="{}">{} {}</td>"#,
                    class(d.verdict),
                    esc(&self.detail(d)),
                    symbol(d.verdict),
                    esc(&t.status(d.verdict))
                );
            }
            self.out.push_str("</tr>");
        }
        self.out.push_str("</tbody></table></section>");
    }

    fn matrix(&mut self, i: usize, r: &Report) {
        let t = self.t;
        let _ = write!(
            self.out,
            r#"<section aria-labelledby="r{i}-matrix"><h3 id="r{i}-matrix">{}</h3><p class="note">{}</p><table class="matrix"><thead><tr><th scope="col">{}</th>"#,
            esc(&t.ui("html-matrix", &[])),
            esc(&t.ui("html-matrix-note", &[])),
            esc(&t.ui("html-definition", &[]))
        );
        for c in ComponentId::ALL {
            let name = t.ui(&format!("component-{}", c.key()), &[]);
            let _ = write!(self.out, r#"<th scope="col" class="c">{}</th>"#, esc(&name));
        }
        self.out.push_str("</tr></thead><tbody>");
        for d in &r.definitions {
            let _ = write!(
                self.out,
                "<tr><th scope=\"row\" class=\"d\"><a href=\"#r{i}-{}\"><code>{}</code></a></th>",
                slug(&d.id),
                esc(&d.id)
            );
            for c in ComponentId::ALL {
                let name = t.ui(&format!("component-{}", c.key()), &[]);
                match cell_status(d, c.key()) {
                    Some(cell) if !cell.via.is_empty() => {
                        let via = t.ui("html-via", &[("components", &cell.via.join(", "))]);
                        let _ = write!(
                            self.out,
                            r#"<td class="via" title="{}: {}">(✓)<span class="sr"> {}</span></td>"#,
                            esc(&name),
                            esc(&via),
                            esc(&via)
                        );
                    }
                    Some(Cell { status: s, .. }) => {
                        let _ = write!(
                            self.out,
                            r#"<td class="{}" title="{}: {}">{}<span class="sr"> {}</span></td>"#,
                            class(s),
                            esc(&name),
                            esc(&t.status(s)),
                            symbol(s),
                            esc(&t.status(s))
                        );
                    }
                    None => self.out.push_str(r#"<td class="none">—</td>"#),
                }
            }
            self.out.push_str("</tr>");
        }
        let _ = write!(
            self.out,
            r#"</tbody></table><p class="legend"><strong>{}:</strong> <span><b class="pass">✓</b> {}</span><span><b class="fail">✗</b> {}</span><span><b class="unknown">?</b> {}</span><span><b class="via">(✓)</b> {}</span><span><b class="none">—</b> {}</span></p></section>"#,
            esc(&t.ui("html-legend", &[])),
            esc(&t.status(Status::Pass)),
            esc(&t.status(Status::Fail)),
            esc(&t.status(Status::Unknown)),
            esc(&t.ui("html-legend-via", &[])),
            esc(&t.ui("html-legend-none", &[])),
        );
    }

    fn ladder(&mut self, d: &DefinitionResult) {
        let (Some(progress), Some(levels)) = (
            &d.progress,
            self.definition(&d.id).and_then(|def| def.levels.as_ref()),
        ) else {
            return;
        };
        let t = self.t;
        let _ = write!(
            self.out,
            "<h4>{}</h4><div class=\"ladder\">",
            esc(&t.ui("html-ladder", &[]))
        );
        let mut levels: Vec<_> = levels.levels.iter().collect();
        levels.sort_by_key(|l| std::cmp::Reverse(l.class));
        for l in levels {
            let pct = progress.get(&l.class.to_string()).copied().unwrap_or(0.0);
            let met = d.class.is_some_and(|c| c != 0 && c <= l.class);
            let label = t.ui("html-ladder-progress", &[("percent", &format!("{pct:.0}"))]);
            let _ = write!(
                self.out,
                r#"<span class="{}">{}{}</span><span class="bar" role="img" aria-label="{}"><i style="width:{pct:.0}%"></i></span><span>{pct:.0} %</span>"#,
                if met { "met" } else { "" },
                if met { "✓ " } else { "" },
                esc(&t.text(&l.name)),
                esc(&label),
            );
        }
        self.out.push_str("</div>");
    }

    fn exemptions(&mut self, d: &DefinitionResult) {
        let t = self.t;
        if let Some(ex) = &d.exemptions {
            let _ = write!(
                self.out,
                "<h4>{}</h4><table><tbody>",
                esc(&t.ui("html-exemptions", &[]))
            );
            let def = self.definition(&d.id);
            for (id, outcome) in ex {
                let title = def
                    .and_then(|def| def.exemptions.iter().find(|e| &e.id == id))
                    .map(|e| t.text(&e.title).into_owned())
                    .unwrap_or_default();
                let s = match outcome.as_str() {
                    "applies" => Status::Pass,
                    "does-not-apply" => Status::Fail,
                    "not-applicable" => Status::NotApplicable,
                    _ => Status::Unknown,
                };
                let _ = write!(
                    self.out,
                    r#"<tr><th scope="row"><code>{}</code></th><td>{}</td><td class="{}">{}</td></tr>"#,
                    esc(id),
                    esc(&title),
                    class(s),
                    esc(&t.word(outcome))
                );
            }
            self.out.push_str("</tbody></table>");
        }
        if let Some(obs) = &d.obligations {
            let _ = write!(self.out, "<h4>{}</h4>", esc(&t.ui("html-obligations", &[])));
            self.table_head(&["html-obligation", "html-applies", "html-since", "html-cite"]);
            for o in obs {
                let (s, word) = match o.applies {
                    Some(true) => (Status::Fail, t.ui("ob-applies", &[])),
                    Some(false) if crate::not_yet(o) => (Status::Unknown, t.ui("ob-not-yet", &[])),
                    Some(false) => (Status::NotApplicable, t.ui("ob-not-apply", &[])),
                    None => (Status::Unknown, t.ui("ob-unknown", &[])),
                };
                let note = o
                    .note
                    .as_deref()
                    .map(|n| format!(r#"<br><small>{}</small>"#, esc(&t.text(n))))
                    .unwrap_or_default();
                let reason = o
                    .reason
                    .as_deref()
                    .map(|r| format!(r#"<br><small>{}</small>"#, esc(&t.reason(r))))
                    .unwrap_or_default();
                let _ = write!(
                    self.out,
                    r#"<tr><td><code>{}</code> {}{note}</td><td class="{}">{}{reason}</td><td class="date">{}</td><td>{}</td></tr>"#,
                    esc(&o.code),
                    esc(&t.text(&o.title)),
                    class(s),
                    esc(&word),
                    esc(&o
                        .since
                        .as_deref()
                        .map_or_else(|| "—".to_owned(), |d| t.date(d))),
                    esc(&t.text(&o.cite)),
                );
            }
            self.out.push_str("</tbody></table>");
        }
    }

    /// `anchor`: the definition section's id; a requirement's id is unique on the page even
    /// when two definitions share it (the OSAID checklist extends OSAID).
    fn requirement(&mut self, anchor: &str, r: &RequirementResult) {
        let t = self.t;
        let open = if matches!(r.status, Status::Fail | Status::Unknown) {
            " open"
        } else {
            ""
        };
        let _ = write!(
            self.out,
            r#"<details class="req"{open} id="{anchor}-req-{}"><summary>"#,
            slug(&r.code)
        );
        self.verdict(r.status);
        let _ = write!(
            self.out,
            " <code>{}</code> {}",
            esc(&r.code),
            esc(&t.text(&r.title))
        );
        if r.unverified {
            let _ = write!(
                self.out,
                r#" <span class="unverified">{}</span>"#,
                esc(&t.ui("label-unverified", &[]))
            );
        }
        let _ = write!(
            self.out,
            "</summary><dl><dt>{}</dt><dd>{}</dd>",
            esc(&t.ui("html-reason", &[])),
            esc(&t.reason(&r.reason))
        );
        let facts: Vec<_> = r.facts.iter().filter(|f| !f.value.is_null()).collect();
        if !facts.is_empty() {
            let _ = write!(self.out, "<dt>{}</dt><dd>", esc(&t.ui("html-facts", &[])));
            self.table_head(&["html-fact-path", "html-fact-value", "html-fact-source"]);
            for f in facts {
                let derived = t.ui("label-derived", &[]);
                let _ = write!(
                    self.out,
                    "<tr><td><code>{}</code></td><td><code>{}</code></td><td><code>{}</code></td></tr>",
                    esc(&f.path),
                    esc(&f.value.to_string()),
                    esc(f.at.as_deref().unwrap_or(&derived)),
                );
            }
            self.out.push_str("</tbody></table></dd>");
        }
        let _ = write!(
            self.out,
            "<dt>{}</dt><dd>{}</dd>",
            esc(&t.ui("html-cite", &[])),
            esc(&t.text(&r.cite))
        );
        if let Some(remedy) = &r.remedy {
            let _ = write!(
                self.out,
                "<dt>{}</dt><dd>{}</dd>",
                esc(&t.ui("html-remedy", &[])),
                esc(&t.remedy(remedy))
            );
        }
        self.out.push_str("</dl></details>");
    }

    fn release(&mut self, i: usize, r: &Report) {
        let t = self.t;
        let source = r
            .release
            .source
            .as_deref()
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
        let kind = t.ui(&format!("kind-{}", r.release.kind), &[]);
        let _ = write!(
            self.out,
            r#"<article id="r{i}" aria-labelledby="r{i}-h"><h2 id="r{i}-h">{} <small>{} — {}</small></h2>"#,
            esc(&r.release.name),
            esc(&source),
            esc(&kind)
        );
        // Summary table.
        let _ = write!(
            self.out,
            r#"<section aria-labelledby="r{i}-sum"><h3 id="r{i}-sum">{}</h3>"#,
            esc(&t.ui("html-summary", &[])),
        );
        self.table_head(&["html-definition", "html-verdict", "md-detail"]);
        for d in &r.definitions {
            let _ = write!(
                self.out,
                "<tr><th scope=\"row\"><a href=\"#r{i}-{}\">{}</a> <small><code>{}</code></small></th><td>",
                slug(&d.id),
                esc(&t.text(&d.title)),
                esc(&d.id)
            );
            self.verdict(d.verdict);
            let _ = write!(self.out, "</td><td>{}</td></tr>", esc(&self.detail(d)));
        }
        self.out.push_str("</tbody></table></section>");
        self.matrix(i, r);
        if !r.warnings.is_empty() {
            let _ = write!(
                self.out,
                "<section><h3>{}</h3><ul class=\"warnings\">",
                esc(&t.ui("html-warnings", &[]))
            );
            for w in &r.warnings {
                let at =
                    w.at.as_deref()
                        .map(|a| format!(" <code>{}</code>", esc(a)))
                        .unwrap_or_default();
                let _ = write!(
                    self.out,
                    "<li>{}{at} <small><code>{}</code></small></li>",
                    esc(&t.reason(&w.message)),
                    esc(&w.code)
                );
            }
            self.out.push_str("</ul></section>");
        }
        for d in &r.definitions {
            let _ = write!(
                self.out,
                r#"<section class="definition" id="r{i}-{}" aria-labelledby="r{i}-{}-h"><h3 id="r{i}-{}-h">{} "#,
                slug(&d.id),
                slug(&d.id),
                slug(&d.id),
                esc(&t.text(&d.title))
            );
            self.verdict(d.verdict);
            let _ = write!(
                self.out,
                "</h3><p class=\"muted\"><code>{}</code> · {}</p>",
                esc(&d.id),
                esc(&self.detail(d))
            );
            if let Some(s) = &d.summary {
                let _ = write!(self.out, "<p>{}</p>", esc(&t.reason(s)));
            }
            self.ladder(d);
            self.exemptions(d);
            let _ = write!(
                self.out,
                "<h4>{}</h4>",
                esc(&t.ui(
                    "html-requirements-count",
                    &[("n", &d.requirements.len().to_string())]
                ))
            );
            for req in &d.requirements {
                self.requirement(&format!("r{i}-{}", slug(&d.id)), req);
            }
            self.out.push_str("</section>");
        }
        self.out.push_str("</article>");
    }
}

/// The page for some reports.
pub fn html_page(reports: &[Report], definitions: &[&Definition], lang: Lang) -> String {
    let t = Catalog::get(lang);
    let title = match reports {
        [one] => t.ui("html-title", &[("name", &one.release.name)]),
        many => t.ui("html-title-many", &[("n", &many.len().to_string())]),
    };
    let (date, tool) = reports
        .first()
        .map(|r| {
            (
                t.date(&r.as_of),
                format!("{} {}", r.tool.name, r.tool.version),
            )
        })
        .unwrap_or_default();
    let mut page = Page {
        t,
        defs: definitions,
        out: String::with_capacity(64 << 10),
    };
    let _ = write!(
        page.out,
        r#"<!DOCTYPE html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{}</title>
<style>{STYLE}</style>
</head>
<body>
<header><h1>{}</h1><p class="meta">{}</p><p class="note">{}</p></header>
<main>"#,
        lang.code(),
        esc(&title),
        esc(&title),
        esc(&t.ui("html-assessed", &[("date", &date), ("tool", &tool)])),
        esc(&t.ui("html-not-advice", &[])),
    );
    if reports.len() > 1 {
        page.comparison(reports);
    }
    for (i, r) in reports.iter().enumerate() {
        page.release(i, r);
    }
    let _ = write!(
        page.out,
        "</main>\n<footer>{}</footer>\n</body>\n</html>\n",
        esc(&t.ui("html-assessed", &[("date", &date), ("tool", &tool)]))
    );
    page.out
}

pub fn html(
    out: &mut impl Write,
    reports: &[Report],
    definitions: &[&Definition],
    lang: Lang,
) -> io::Result<()> {
    out.write_all(html_page(reports, definitions, lang).as_bytes())
}
