//! Renderings of reports. Each takes finished reports and writes bytes; none decides anything.

use std::io::{self, Write};

use osai_engine::report::{DefinitionResult, Report, Status};

/// JSON: one object for one release, an array for several.
pub mod badge;
pub mod html;
pub mod i18n;
pub mod markdown;
pub mod questions;
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
/// output. For many reports, build a [`BriefWriter`] once.
pub fn jsonl_line_brief(out: &mut Vec<u8>, report: &osai_engine::report::BriefReport<'_>) {
    BriefWriter::new(report.definitions.iter().map(|d| d.definition)).write(out, report);
}

/// Writes brief report lines, with each definition's unchanging JSON (id, title, requirement
/// codes) escaped once rather than once per release.
pub struct BriefWriter {
    /// `{"report":…,"tool":{…},"as_of":"`: the same on every line.
    head: Vec<u8>,
    definitions: Vec<BriefFragments>,
}

struct BriefFragments {
    /// The definition's address: reports name their definitions by reference.
    key: usize,
    /// `{"id":…,"title":…,"verdict":"`
    head: Vec<u8>,
    /// Per requirement and status (by [`Status::index`]): `,{"code":…,"status":…}`.
    requirements: Vec<[Vec<u8>; 4]>,
}

impl BriefFragments {
    fn new(def: &osai_engine::definition::Definition) -> Self {
        let mut head = b"{\"id\":".to_vec();
        json_str(&mut head, &def.id);
        head.extend_from_slice(b",\"title\":");
        json_str(&mut head, &def.title);
        head.extend_from_slice(b",\"verdict\":\"");
        let requirements = def
            .requirements
            .iter()
            .map(|r| {
                Status::ALL.map(|status| {
                    let mut f = b",{\"code\":".to_vec();
                    json_str(&mut f, &r.code);
                    f.extend_from_slice(b",\"status\":\"");
                    f.extend_from_slice(status.as_str().as_bytes());
                    f.extend_from_slice(b"\"}");
                    f
                })
            })
            .collect();
        Self {
            key: std::ptr::from_ref(def) as usize,
            head,
            requirements,
        }
    }
}

impl BriefWriter {
    pub fn new<'a>(
        definitions: impl IntoIterator<Item = &'a osai_engine::definition::Definition>,
    ) -> Self {
        let mut head = b"{\"report\":".to_vec();
        json_u64(&mut head, u64::from(osai_engine::report::REPORT_FORMAT));
        head.extend_from_slice(b",\"tool\":{\"name\":\"osai\",\"version\":");
        json_str(&mut head, env!("CARGO_PKG_VERSION"));
        head.extend_from_slice(b"},\"as_of\":\"");
        Self {
            head,
            definitions: definitions.into_iter().map(BriefFragments::new).collect(),
        }
    }

    /// Appends one report line to `out`.
    pub fn write(&self, out: &mut Vec<u8>, report: &osai_engine::report::BriefReport<'_>) {
        out.extend_from_slice(&self.head);
        json_date(out, report.as_of);
        out.extend_from_slice(b"\",\"release\":{\"name\":");
        json_str(out, &report.release.name);
        out.extend_from_slice(b",\"kind\":");
        json_str(out, report.release.kind);
        out.extend_from_slice(b",\"source\":");
        json_opt_str(out, report.release.source.as_deref());
        out.extend_from_slice(b"},\"warnings\":[");
        for (i, w) in report.warnings.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"code\":");
            json_str(out, &w.code);
            out.extend_from_slice(b",\"message\":");
            json_str(out, &w.message);
            out.extend_from_slice(b",\"at\":");
            json_opt_str(out, w.at.as_deref());
            out.push(b'}');
        }
        out.extend_from_slice(b"],\"definitions\":[");
        for (i, d) in report.definitions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            let key = std::ptr::from_ref(d.definition) as usize;
            let found = match self.definitions.get(i) {
                Some(f) if f.key == key => Some(f),
                _ => self.definitions.iter().find(|f| f.key == key),
            };
            match found {
                Some(f) => Self::definition(out, f, d),
                None => Self::definition(out, &BriefFragments::new(d.definition), d),
            }
        }
        out.extend_from_slice(b"]}\n");
    }

    fn definition(
        out: &mut Vec<u8>,
        f: &BriefFragments,
        d: &osai_engine::report::BriefDefinition<'_>,
    ) {
        out.extend_from_slice(&f.head);
        out.extend_from_slice(d.verdict.as_str().as_bytes());
        out.push(b'"');
        if let Some(c) = d.class {
            out.extend_from_slice(b",\"class\":");
            json_u64(out, u64::from(c));
        }
        if let Some(s) = d.score {
            out.extend_from_slice(b",\"score\":");
            json_f64(out, s);
        }
        if let Some(p) = &d.progress {
            json_object(out, b",\"progress\":", p, |out, (class, value)| {
                out.push(b'"');
                json_u64(out, u64::from(*class));
                out.extend_from_slice(b"\":");
                json_f64(out, *value);
            });
        }
        if let Some(c) = &d.category {
            out.extend_from_slice(b",\"category\":");
            json_str(out, c);
        }
        if let Some(ex) = &d.exemptions {
            json_object(out, b",\"exemptions\":", ex, |out, (id, _)| {
                json_str(out, id);
                out.push(b':');
                json_str(out, d.exemption(id).unwrap_or("unknown"));
            });
        }
        if let Some(s) = d.systemic_risk {
            out.extend_from_slice(b",\"systemic_risk\":");
            json_str(out, s);
        }
        if let Some(s) = &d.summary {
            out.extend_from_slice(b",\"summary\":");
            json_str(out, s);
        }
        out.extend_from_slice(b",\"requirements\":[");
        for (k, (by_status, s)) in f.requirements.iter().zip(&d.statuses).enumerate() {
            let fragment = &by_status[s.index()];
            // The first goes without its comma.
            out.extend_from_slice(&fragment[usize::from(k == 0)..]);
        }
        out.extend_from_slice(b"]}");
    }
}

/// A JSON string: copied as is when nothing in it needs escaping (the usual case), otherwise
/// escaped by serde_json.
fn json_str(out: &mut Vec<u8>, s: &str) {
    if !needs_escape(s.as_bytes()) {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else if serde_json::to_writer(&mut *out, s).is_err() {
        out.extend_from_slice(b"null");
    }
}

/// Any byte JSON must escape; checked 16 bytes at a time without early exits, so it vectorises.
/// The last bytes are checked the same way, copied into a chunk padded with a plain byte: most
/// strings written are short, and a byte-at-a-time tail would cost more than the rest.
fn needs_escape(s: &[u8]) -> bool {
    let bad = |b: u8| (b < 0x20) | (b == b'"') | (b == b'\\');
    let any_bad = |chunk: &[u8; 16]| chunk.iter().fold(false, |acc, b| acc | bad(*b));
    let (chunks, rest) = s.as_chunks::<16>();
    if chunks.iter().any(any_bad) {
        return true;
    }
    let mut tail = [b' '; 16];
    tail[..rest.len()].copy_from_slice(rest);
    any_bad(&tail)
}

/// `prefix{member,member}`, each member written by `member`.
fn json_object<T>(
    out: &mut Vec<u8>,
    prefix: &[u8],
    items: &[T],
    member: impl Fn(&mut Vec<u8>, &T),
) {
    out.extend_from_slice(prefix);
    out.push(b'{');
    for (k, item) in items.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        member(out, item);
    }
    out.push(b'}');
}

fn json_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn json_u64(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `YYYY-MM-DD`, as the date's `Display` writes it, without the formatting machinery.
fn json_date(out: &mut Vec<u8>, d: osai_engine::manifest::Date) {
    match u16::try_from(d.year()) {
        Ok(y) if y <= 9999 => {
            let digits = |n: u16, width: usize, out: &mut Vec<u8>| {
                let mut buf = [b'0'; 4];
                let mut n = n;
                for slot in buf[4 - width..].iter_mut().rev() {
                    *slot = b'0' + (n % 10) as u8;
                    n /= 10;
                }
                out.extend_from_slice(&buf[4 - width..]);
            };
            digits(y, 4, out);
            out.push(b'-');
            digits(d.month().unsigned_abs().into(), 2, out);
            out.push(b'-');
            digits(d.day().unsigned_abs().into(), 2, out);
        }
        _ => out.extend_from_slice(d.to_string().as_bytes()),
    }
}

fn json_f64(out: &mut Vec<u8>, x: f64) {
    if serde_json::to_writer(&mut *out, &x).is_err() {
        out.extend_from_slice(b"null");
    }
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

/// A category's title in the catalogue's language ("Open Weights AI", "IA à poids ouverts"):
/// for a built-in definition; a definition file's category shows its id.
pub fn category_title(t: &Catalog, definition: &str, category: &str) -> String {
    osai_engine::builtin_definitions()
        .iter()
        .find(|d| d.id == definition)
        .and_then(|d| d.categories.iter().find(|c| c.id == category))
        .map(|c| t.text(&c.title).into_owned())
        .unwrap_or_else(|| category.to_owned())
}

/// A category's title without its explanation in brackets: "non-free model", not
/// "non-free model (the model's licence is not DFSG-free)".
pub fn category_label(t: &Catalog, definition: &str, category: &str) -> String {
    let title = category_title(t, definition, category);
    match title.split_once(" (") {
        Some((short, _)) => short.to_owned(),
        None => title,
    }
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
        parts.push(category_label(t, &d.id, c));
    }
    if let Some(score) = d.score {
        let n = d
            .score_of
            .unwrap_or(d.requirements.len() as f64)
            .to_string();
        parts.push(t.ui("detail-score", &[("score", &score.to_string()), ("n", &n)]));
    }
    if let Some(ex) = &d.exemptions {
        let applies: Vec<&str> = ex
            .iter()
            .filter(|(_, v)| *v == "applies")
            .map(|(k, _)| k.as_str())
            .collect();
        let open: Vec<&str> = ex
            .iter()
            .filter(|(_, v)| *v == "unknown")
            .map(|(k, _)| k.as_str())
            .collect();
        if !applies.is_empty() {
            parts.push(t.ui("detail-exempt", &[("list", &applies.join(", "))]));
        } else if !open.is_empty() {
            // Not decided either way: never shown as "not exempt".
            parts.push(t.ui("detail-exemption-undecided", &[("list", &open.join(", "))]));
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
    header_of(
        report,
        &report.release.name,
        report.release.source.as_deref(),
        t,
    )
}

/// The header line with the name and source written as given (escaped for a format).
pub(crate) fn header_of(report: &Report, name: &str, source: Option<&str>, t: &Catalog) -> String {
    let source = source.map(|s| format!(" ({s})")).unwrap_or_default();
    let kind = t.ui(&format!("kind-{}", report.release.kind), &[]);
    t.ui(
        "header",
        &[
            ("name", name),
            ("source", &source),
            ("kind", &kind),
            ("date", &t.date(&report.as_of)),
        ],
    )
}

/// Text for people: a summary line per definition, then what fails or is unknown, with why and
/// what to do.
/// The text goes through [`terminal_safe`](osai_engine::display::terminal_safe): names,
/// reasons and file names come from the user, and no control character of theirs reaches
/// the terminal.
pub fn text(out: &mut impl Write, report: &Report, opts: TextOptions) -> io::Result<()> {
    let mut buf = Vec::new();
    text_unescaped(&mut buf, report, opts)?;
    let s = String::from_utf8_lossy(&buf);
    out.write_all(osai_engine::display::terminal_safe(&s, opts.color).as_bytes())
}

fn text_unescaped(out: &mut impl Write, report: &Report, opts: TextOptions) -> io::Result<()> {
    let t = Catalog::get(opts.lang);
    let paint = Paint { on: opts.color };
    let head = header(report, t);
    let (name, rest) = head.split_at(report.release.name.len().min(head.len()));
    writeln!(out, "{}{}", paint.bold(name), rest)?;
    let width = report
        .definitions
        .iter()
        .map(|d| d.id.chars().count())
        .max()
        .unwrap_or(0)
        .max(16);
    for d in &report.definitions {
        writeln!(
            out,
            "  {} {:<width$} {}",
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
            writeln!(out, "        {}{}", pad(&cites), t.text(&r.cite))?;
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
            let since = o
                .since
                .as_deref()
                .map_or_else(|| "-".to_owned(), |d| t.date(d));
            let from = t.ui("ob-from", &[("date", &since)]);
            writeln!(
                out,
                "      {:<13} {:<16} {from}  {} ({})",
                o.code,
                applies,
                t.text(&o.title),
                t.text(&o.cite)
            )?;
            if let Some(n) = &o.note {
                writeln!(out, "      {:<13} {}", "", paint.dim(&t.text(n)))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_written_as_serde_writes_them_at_every_length_and_position() {
        for len in 0..40 {
            let plain = "é".repeat(len / 2) + &"a".repeat(len % 2);
            let mut cases = vec![plain.clone()];
            for at in 0..=plain.len() {
                if plain.is_char_boundary(at) {
                    for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}"] {
                        cases.push(format!("{}{special}{}", &plain[..at], &plain[at..]));
                    }
                }
            }
            for s in cases {
                let mut out = Vec::new();
                json_str(&mut out, &s);
                let expected = serde_json::to_string(&s).unwrap_or_default();
                assert_eq!(String::from_utf8_lossy(&out), expected, "{s:?}");
            }
        }
    }

    #[test]
    fn dates_are_written_as_display_writes_them() {
        for (y, m, d) in [(2026, 11, 29), (987, 1, 5), (1, 12, 31), (9999, 2, 3)] {
            let date = jiff::civil::date(y, m, d);
            let mut out = Vec::new();
            json_date(&mut out, date);
            assert_eq!(String::from_utf8_lossy(&out), date.to_string());
        }
    }

    #[test]
    fn strings_are_escaped_only_when_needed() {
        for s in [
            "plain",
            "",
            "quote \" inside",
            "back\\slash",
            "tab\tand newline\n",
            "exactly sixteen!",
            "sixteen + \"quote\" past the first chunk",
            "non-ASCII: é 漢字",
        ] {
            let mut out = Vec::new();
            json_str(&mut out, s);
            let back: String = serde_json::from_slice(&out).expect("valid JSON");
            assert_eq!(back, s);
            assert_eq!(out, serde_json::to_vec(s).expect("json"), "{s:?}");
        }
    }
}
