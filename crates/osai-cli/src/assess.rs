//! `osai assess` and `osai compare`.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use osai_engine::definition::Definition;
use osai_engine::manifest::{Date, LocatedManifest};
use osai_engine::report::{Report, Status};
use osai_engine::{AssessOptions, Engine, builtin_definitions};
use osai_formats::InputErrors;

use crate::args::{AssessArgs, Format, Lang};
use crate::{UsageError, exit};

/// Largest file read whole; anything bigger is not a manifest (and may be model weights).
pub(crate) const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// The definitions `--definition` names, or the default ones (every built-in but the
/// readings of the AI Act).
pub(crate) fn load_definitions(specs: &[String]) -> Result<Vec<Definition>, UsageError> {
    if specs.is_empty() {
        return Ok(osai_engine::default_definitions().cloned().collect());
    }
    let mut out = Vec::new();
    for spec in specs {
        if let Some(d) = osai_engine::builtin_definition(spec) {
            out.push(d);
            continue;
        }
        let path = Path::new(spec);
        if path.is_file() {
            let text =
                read_definition_file(path).map_err(|e| UsageError(format!("{spec}: {e}")))?;
            let def =
                Definition::from_toml(&text).map_err(|e| UsageError(format!("{spec}: {e}")))?;
            out.push(def);
            continue;
        }
        let builtin = builtin_definitions();
        let hint = osai_formats::did_you_mean(spec, builtin.iter().map(|d| d.id.as_str()))
            .unwrap_or_else(|| "`osai definitions` lists the built-in ids".to_owned());
        return Err(UsageError(format!(
            "unknown definition `{spec}` (not a built-in id nor a file); {hint}"
        )));
    }
    Ok(out)
}

/// The largest definition file read: the built-in ones are under 64 KiB.
pub(crate) const MAX_DEFINITION_BYTES: u64 = 1024 * 1024;

fn read_definition_file(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    crate::open_input(path)
        .and_then(|f| f.take(MAX_DEFINITION_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_DEFINITION_BYTES {
        return Err(format!(
            "larger than {} MiB: not a definition (osai reads definition files up to that size)",
            MAX_DEFINITION_BYTES / 1024 / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"))
}

pub(crate) fn as_of(arg: Option<&str>) -> Result<Date, UsageError> {
    match arg {
        Some(s) => s
            .parse::<Date>()
            .map_err(|_| UsageError(format!("--as-of `{s}` is not a date; write YYYY-MM-DD"))),
        None => Ok(jiff::Timestamp::now()
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .date()),
    }
}

/// `--require ID[=LEVEL]`.
#[derive(Debug, Clone)]
pub(crate) struct Requirement {
    id: String,
    level: Option<String>,
}

fn parse_requires(specs: &[String], defs: &[Definition]) -> Result<Vec<Requirement>, UsageError> {
    specs
        .iter()
        .map(|s| {
            let (id, level) = match s.split_once('=') {
                Some((i, l)) => (i.to_owned(), Some(l.to_owned())),
                None => (s.clone(), None),
            };
            if !defs.iter().any(|d| d.id == id) {
                return Err(UsageError(format!(
                    "--require {s}: `{id}` is not among the definitions assessed"
                )));
            }
            Ok(Requirement { id, level })
        })
        .collect()
}

/// What `--require` and the batch's counts read of one definition's outcome, in a full or a
/// brief report.
pub(crate) enum Decided<'a, 'd> {
    Full(&'a osai_engine::report::DefinitionResult),
    Brief(&'a osai_engine::report::BriefDefinition<'d>),
}

impl Decided<'_, '_> {
    pub(crate) fn verdict(&self) -> Status {
        match self {
            Self::Full(d) => d.verdict,
            Self::Brief(d) => d.verdict,
        }
    }

    pub(crate) fn class(&self) -> Option<u32> {
        match self {
            Self::Full(d) => d.class,
            Self::Brief(d) => d.class,
        }
    }

    /// `None` when the definition has no exemptions; otherwise whether this one applies.
    fn exemption_applies(&self, id: &str) -> Option<bool> {
        match self {
            Self::Full(d) => d
                .exemptions
                .as_ref()
                .map(|ex| ex.get(id).is_some_and(|v| v == "applies")),
            Self::Brief(d) => d
                .exemptions
                .as_ref()
                .map(|_| d.exemption(id) == Some("applies")),
        }
    }

    pub(crate) fn category(&self) -> Option<&str> {
        match self {
            Self::Full(d) => d.category.as_deref(),
            Self::Brief(d) => d.category.as_deref(),
        }
    }

    fn level(&self) -> Option<&str> {
        match self {
            Self::Full(d) => d.level.as_ref().and_then(|l| l.as_deref()),
            Self::Brief(_) => None,
        }
    }
}

/// Every `--require` holds in this full report.
pub(crate) fn report_meets(report: &Report, requires: &[Requirement], defs: &[Definition]) -> bool {
    unmet_requires(report, requires, defs).is_empty()
}

/// Each `--require` this report does not meet, said with the result it got:
/// "--require osaid-1.0 not met by Llama-3.1-8B: fail (1 pass, 11 fail, 5 unknown)".
fn unmet_requires(report: &Report, requires: &[Requirement], defs: &[Definition]) -> Vec<String> {
    let t = osai_report::Catalog::get(osai_report::Lang::En);
    requires
        .iter()
        .filter_map(|q| {
            let spec = match &q.level {
                Some(l) => format!("{}={l}", q.id),
                None => q.id.clone(),
            };
            let got = match report.definitions.iter().find(|d| d.id == q.id) {
                None => "not assessed".to_owned(),
                Some(d) if requirement_met(&Decided::Full(d), q, defs) => return None,
                Some(d) => {
                    let undecided = if d.verdict == Status::Unknown {
                        " — undecided: answer its unknown requirements"
                    } else {
                        ""
                    };
                    format!(
                        "{} ({}){undecided}",
                        d.verdict.as_str(),
                        osai_report::verdict_detail(d, t)
                    )
                }
            };
            Some(format!(
                "--require {spec} not met by {}: {got}",
                report.release.name
            ))
        })
        .collect()
}

/// Every `--require` holds in this brief report.
pub(crate) fn brief_meets(
    report: &osai_engine::report::BriefReport<'_>,
    requires: &[Requirement],
    defs: &[Definition],
) -> bool {
    requires.iter().all(|q| {
        report
            .definitions
            .iter()
            .find(|d| d.definition.id == q.id)
            .is_some_and(|d| requirement_met(&Decided::Brief(d), q, defs))
    })
}

fn requirement_met(d: &Decided<'_, '_>, req: &Requirement, defs: &[Definition]) -> bool {
    match &req.level {
        None => d.verdict() == Status::Pass,
        Some(level) => {
            if let Some(n) = level
                .strip_prefix("class-")
                .and_then(|n| n.parse::<u32>().ok())
            {
                return d.class().is_some_and(|c| c >= 1 && c <= n);
            }
            if let Some(applies) = d.exemption_applies(level) {
                return applies;
            }
            if let Some(cat) = d.category() {
                // Categories are listed most open first: a more open one meets a lower level.
                let order: Vec<&str> = defs
                    .iter()
                    .find(|x| x.id == req.id)
                    .map(|x| x.categories.iter().map(|c| c.id.as_str()).collect())
                    .unwrap_or_default();
                let rank = |c: &str| order.iter().position(|o| *o == c);
                return match (rank(cat), rank(level)) {
                    (Some(got), Some(want)) => got <= want,
                    _ => cat == level,
                };
            }
            d.level() == Some(level.as_str())
        }
    }
}

fn color_on(arg: &str, to_terminal: bool) -> bool {
    match arg {
        "always" => true,
        "never" => false,
        _ => to_terminal && std::env::var_os("NO_COLOR").is_none(),
    }
}

fn writer(output: &Option<PathBuf>) -> Result<(Box<dyn Write>, bool), UsageError> {
    match output {
        Some(p) => {
            let f = File::create(p).map_err(|e| UsageError(format!("{}: {e}", p.display())))?;
            Ok((Box::new(io::BufWriter::new(f)), false))
        }
        None => {
            let tty = io::stdout().is_terminal();
            Ok((Box::new(io::BufWriter::new(io::stdout().lock())), tty))
        }
    }
}

/// One input: a whole file, or one line of a JSON Lines file.
enum Item {
    Ok(Box<LocatedManifest>),
    Bad(InputErrors),
    /// A bad line of a JSON Lines file: reported on one line.
    BadLine(InputErrors),
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Reads one file: the manifest, or its input errors; `Err` for a file that cannot be read.
pub(crate) fn read_path(path: &Path) -> Result<Result<LocatedManifest, InputErrors>, UsageError> {
    Ok(match read_file(path)? {
        Item::Ok(m) => Ok(*m),
        Item::Bad(e) | Item::BadLine(e) => Err(e),
    })
}

fn read_file(path: &Path) -> Result<Item, UsageError> {
    let name = display_name(path);
    if crate::hub::is_hub_id(&name) {
        return Ok(Item::Ok(Box::new(crate::hub::read(&name)?)));
    }
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)?;
    } else {
        let meta = std::fs::metadata(path).map_err(|e| UsageError(format!("{name}: {e}")))?;
        if meta.is_dir() {
            return Err(UsageError(format!(
                "{name} is a folder; `osai scan {name}` reads a release folder"
            )));
        }
        let f = crate::open_input(path).map_err(|e| UsageError(format!("{name}: {e}")))?;
        f.take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| UsageError(format!("{name}: {e}")))?;
    }
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(UsageError(format!(
            "{name} is larger than {} MiB: not a manifest (model weights are never read whole; try `osai scan`)",
            MAX_INPUT_BYTES / 1024 / 1024
        )));
    }
    Ok(match osai_formats::read_bytes(&name, &bytes) {
        Ok(m) => Item::Ok(Box::new(m)),
        Err(e) => Item::Bad(e),
    })
}

fn is_jsonl(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "jsonl" || e == "ndjson")
}

/// Streams a JSON Lines file: one manifest per line, in constant memory.
fn for_each_line(
    path: &Path,
    mut f: impl FnMut(Item) -> Result<(), UsageError>,
) -> Result<(), UsageError> {
    let name = display_name(path);
    let reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(BufReader::new(io::stdin().lock()))
    } else {
        Box::new(BufReader::new(
            crate::open_input(path).map_err(|e| UsageError(format!("{name}: {e}")))?,
        ))
    };
    let mut buf = Vec::new();
    let mut reader = reader.take(u64::MAX);
    let mut line_no = 0u32;
    loop {
        buf.clear();
        let n = (&mut reader)
            .take(MAX_INPUT_BYTES)
            .read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let text = String::from_utf8_lossy(&buf);
        if text.trim().is_empty() {
            continue;
        }
        let item =
            match osai_formats::read_str_at(&name, text.trim_end_matches(['\n', '\r']), line_no) {
                Ok((m, _)) => Item::Ok(Box::new(m)),
                Err(e) => Item::BadLine(e),
            };
        f(item)?;
    }
    Ok(())
}

pub(crate) fn error_record(e: &InputErrors) -> serde_json::Value {
    let errors: Vec<serde_json::Value> = e
        .diagnostics
        .iter()
        .map(|d| {
            serde_json::json!({
                "code": d.code, "message": d.message, "line": d.span.line, "column": d.span.column, "hint": d.help,
            })
        })
        .collect();
    let first = &e.diagnostics[0];
    serde_json::json!({ "error": {
        "source": e.source, "line": first.span.line, "column": first.span.column,
        "message": first.message, "hint": first.help, "diagnostics": errors,
    }})
}

pub(crate) fn run(args: AssessArgs) -> Result<u8, UsageError> {
    let defs = load_definitions(&args.definitions)?;
    let requires = parse_requires(&args.require, &defs)?;
    let as_of = as_of(args.as_of.as_deref())?;
    let lang = report_lang(args.lang);
    let engine = Engine::new(defs.iter().collect());
    // A summary counts verdicts, classes and categories: brief reports decide them all.
    let brief = args.brief || args.summary;
    let summary_format = match (args.summary, args.format) {
        (false, _) => None,
        (true, Format::Text) => Some(crate::args::ListFormat::Text),
        (true, Format::Json | Format::Jsonl) => Some(crate::args::ListFormat::Json),
        (true, other) => {
            return Err(UsageError(format!(
                "--summary prints text or JSON, not {other:?}; use --format text or json"
            )));
        }
    };
    let opts = AssessOptions {
        as_of,
        detail: !brief,
    };
    let (mut out, tty) = writer(&args.output)?;
    let color = color_on(&args.color, tty);
    let err_color = color_on(&args.color, io::stderr().is_terminal());
    let text_opts = osai_report::TextOptions {
        color,
        quiet: args.quiet,
        lang,
    };

    let mut bad_input = false;
    let mut unmet = false;
    let mut unmet_lines: Vec<String> = Vec::new();
    let mut collected: Vec<Report> = Vec::new();
    let mut first_text = true;

    let mut handle = |item: Item, out: &mut Box<dyn Write>| -> Result<(), UsageError> {
        match item {
            Item::Bad(e) | Item::BadLine(e) if args.format == Format::Jsonl => {
                bad_input = true;
                serde_json::to_writer(&mut *out, &error_record(&e))?;
                out.write_all(b"\n")?;
                eprint!("{}", e.render_short());
            }
            Item::BadLine(e) => {
                bad_input = true;
                eprint!("{}", e.render_short());
            }
            Item::Bad(e) => {
                bad_input = true;
                eprint!("{}", e.render(err_color));
            }
            Item::Ok(m) => {
                let report = engine.assess(&m, &opts);
                let missed = unmet_requires(&report, &requires, &defs);
                unmet |= !missed.is_empty();
                unmet_lines.extend(missed);
                match args.format {
                    Format::Jsonl => osai_report::jsonl_line(out, &report)?,
                    Format::Json | Format::Html | Format::Markdown | Format::Sarif => {
                        collected.push(report)
                    }
                    Format::Text => {
                        if !first_text {
                            writeln!(out)?;
                        }
                        first_text = false;
                        osai_report::text(out, &report, text_opts)?;
                    }
                }
            }
        }
        Ok(())
    };

    let ids = match &args.from {
        Some(from) => crate::hub::read_ids(from, args.shard.as_deref())?,
        None => Vec::new(),
    };
    if args.format == Format::Jsonl || summary_format.is_some() {
        let job = crate::batch::Job {
            engine: &engine,
            opts: &opts,
            requires: &requires,
            defs: &defs,
            brief,
            reports: summary_format.is_none(),
            brief_writer: osai_report::BriefWriter::new(engine.definitions.iter().copied()),
            descriptions: engine.reads_descriptions(),
            line_bytes: std::sync::atomic::AtomicUsize::new(0),
        };
        let mut summary = crate::batch::Summary::new(defs.iter().map(|d| d.id.clone()).collect());
        if let Some(from) = &args.from {
            crate::batch::hub_ids(from, &ids, args.jobs, &job, &mut out, &mut summary)?;
        }
        for path in &args.files {
            if path.is_dir() {
                crate::batch::folder(path, args.output.as_deref(), &job, &mut out, &mut summary)?;
            } else if is_jsonl(path) || path == Path::new("-") {
                crate::batch::jsonl(path, &job, &mut out, &mut summary)?;
            } else {
                crate::batch::single(path, &job, &mut out, &mut summary)?;
            }
        }
        match summary_format {
            Some(format) => crate::stats::write(&mut out, &summary.stats(), format)?,
            None => summary.print(&mut io::stderr().lock())?,
        }
        out.flush()?;
        if summary.errors() > 0 {
            return Ok(exit::BAD_INPUT);
        }
        return Ok(if summary.unmet() > 0 {
            exit::REQUIREMENT_NOT_MET
        } else {
            exit::OK
        });
    }
    let mut files: Vec<PathBuf> = Vec::new();
    for path in &args.files {
        if path.is_dir() {
            files.extend(
                crate::batch::walk(path, args.output.as_deref())
                    .into_iter()
                    .filter(|p| !is_jsonl(p)),
            );
        } else {
            files.push(path.clone());
        }
    }
    if let Some(from) = &args.from {
        crate::hub::for_each_scan(&ids, args.jobs, false, |at, r| {
            let item = match crate::hub::item(from, at, r) {
                Ok(m) => Item::Ok(Box::new(m)),
                Err(e) => Item::BadLine(e),
            };
            handle(item, &mut out)
        })?;
    }
    for path in &files {
        if is_jsonl(path) {
            for_each_line(path, |item| handle(item, &mut out))?;
        } else {
            let item = read_file(path)?;
            handle(item, &mut out)?;
        }
    }
    let def_refs: Vec<&Definition> = defs.iter().collect();
    match args.format {
        Format::Json if !collected.is_empty() => osai_report::json(&mut out, &collected)?,
        Format::Html if !collected.is_empty() => {
            osai_report::html::html(&mut out, &collected, &def_refs, lang)?
        }
        Format::Markdown if !collected.is_empty() => {
            osai_report::markdown::markdown(&mut out, &collected, lang)?
        }
        Format::Sarif => osai_report::sarif::sarif(&mut out, &collected, &def_refs, lang)?,
        _ => {}
    }
    out.flush()?;
    if bad_input {
        return Ok(exit::BAD_INPUT);
    }
    if unmet {
        for line in &unmet_lines {
            eprintln!("{line}");
        }
        return Ok(exit::REQUIREMENT_NOT_MET);
    }
    Ok(exit::OK)
}

/// `osai compare`: releases × definitions, marking the releases on which definitions disagree.
pub(crate) fn compare(args: AssessArgs) -> Result<u8, UsageError> {
    let t = osai_report::Catalog::get(report_lang(args.lang));
    // The readings too: where they disagree is the point of a comparison.
    let defs = if args.definitions.is_empty() {
        builtin_definitions().to_vec()
    } else {
        load_definitions(&args.definitions)?
    };
    let as_of = as_of(args.as_of.as_deref())?;
    let engine = Engine::new(defs.iter().collect());
    let opts = AssessOptions::new(as_of);
    let mut rows: Vec<(String, Vec<(Status, String)>)> = Vec::new();
    // Definition with exemptions → exemption → releases it applies to.
    let mut exempted: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut bad = false;
    let mut push = |item: Item| {
        match item {
            Item::Bad(e) | Item::BadLine(e) => {
                bad = true;
                eprint!("{}", e.render_short());
            }
            Item::Ok(m) => {
                let r = engine.assess(&m, &opts);
                let cells = r
                    .definitions
                    .iter()
                    .map(|d| {
                        let mut cell = t.status(d.verdict);
                        if let Some(c) = d.class {
                            let class = match c {
                                0 => t.ui("detail-unclassified", &[]),
                                c => t.ui("detail-class", &[("n", &c.to_string())]),
                            };
                            cell = format!("{cell} ({class})");
                        }
                        if let Some(c) = &d.category {
                            cell = format!("{cell} ({c})");
                        }
                        if let Some(ex) = &d.exemptions {
                            let applied: Vec<&str> = ex
                                .iter()
                                .filter(|(_, o)| o.as_str() == "applies")
                                .map(|(e, _)| e.as_str())
                                .collect();
                            for e in &applied {
                                *exempted
                                    .entry(d.id.clone())
                                    .or_default()
                                    .entry((*e).to_owned())
                                    .or_default() += 1;
                            }
                            if !applied.is_empty() {
                                cell = format!("{cell} ({})", applied.join(", "));
                            }
                        }
                        (d.verdict, cell)
                    })
                    .collect();
                rows.push((r.release.name, cells));
            }
        }
        Ok(())
    };
    for path in &args.files {
        if is_jsonl(path) {
            for_each_line(path, &mut push)?;
        } else {
            push(read_file(path)?)?;
        }
    }
    let (mut out, _) = writer(&args.output)?;
    let disagree = |cells: &[(Status, String)]| {
        let decided: Vec<Status> = cells
            .iter()
            .map(|c| c.0)
            .filter(|s| matches!(s, Status::Pass | Status::Fail))
            .collect();
        decided.contains(&Status::Pass) && decided.contains(&Status::Fail)
    };
    if args.format == Format::Text {
        let name_w = rows
            .iter()
            .map(|r| r.0.chars().count())
            .max()
            .unwrap_or(7)
            .max(7);
        let col_w = defs.iter().map(|d| d.id.len()).max().unwrap_or(8).max(18);
        write!(out, "{:<name_w$}  ", t.ui("compare-release", &[]))?;
        for d in &defs {
            write!(out, "{:<col_w$}  ", d.id)?;
        }
        writeln!(out, "{}", t.ui("compare-disagree", &[]))?;
        for (name, cells) in &rows {
            let name = osai_engine::display::terminal_safe(name, false);
            write!(out, "{name:<name_w$}  ")?;
            for (_, c) in cells {
                write!(out, "{c:<col_w$}  ")?;
            }
            writeln!(out, "{}", if disagree(cells) { "*" } else { "" })?;
        }
        let n = rows.iter().filter(|r| disagree(&r.1)).count();
        let footer = t.ui(
            "compare-footer",
            &[("n", &rows.len().to_string()), ("d", &n.to_string())],
        );
        writeln!(out, "\n{footer}")?;
        let readings: Vec<&str> = defs
            .iter()
            .filter(|d| !d.exemptions.is_empty())
            .map(|d| d.id.as_str())
            .collect();
        if readings.len() > 1 {
            writeln!(out, "{}", t.ui("compare-exemptions", &[]))?;
            for d in readings {
                let per = exempted.get(d);
                let parts: Vec<String> = ["art-53-2", "art-54-6", "art-2-12"]
                    .iter()
                    .map(|e| format!("{e} {}", per.and_then(|p| p.get(*e)).unwrap_or(&0)))
                    .collect();
                writeln!(out, "  {d:<col_w$}  {}", parts.join(" · "))?;
            }
        }
    } else {
        let mut counts: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        for (_, cells) in &rows {
            for (d, (s, _)) in defs.iter().zip(cells) {
                *counts
                    .entry(d.id.clone())
                    .or_default()
                    .entry(s.as_str())
                    .or_default() += 1;
            }
        }
        let json = serde_json::json!({
            "definitions": defs.iter().map(|d| &d.id).collect::<Vec<_>>(),
            "releases": rows.iter().map(|(n, cells)| serde_json::json!({
                "name": n,
                "verdicts": cells.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
                "disagree": disagree(cells),
            })).collect::<Vec<_>>(),
            "counts": counts,
            "exemptions": exempted,
        });
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if bad { exit::BAD_INPUT } else { exit::OK })
}

/// The language of the reports: `--lang`, else the environment (LC_ALL, LC_MESSAGES, LANG),
/// else English.
pub(crate) fn report_lang(arg: Option<Lang>) -> osai_report::Lang {
    match arg {
        Some(Lang::En) => osai_report::Lang::En,
        Some(Lang::Fr) => osai_report::Lang::Fr,
        None => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| osai_report::Lang::parse(&v))
            .unwrap_or_default(),
    }
}

/// `osai badge`: one definition's result as an SVG badge.
pub(crate) fn badge(args: crate::args::BadgeArgs) -> Result<u8, UsageError> {
    let defs = load_definitions(std::slice::from_ref(&args.definition))?;
    let as_of = as_of(args.as_of.as_deref())?;
    let m = match read_path(&args.file)? {
        Ok(m) => m,
        Err(e) => {
            eprint!("{}", e.render(false));
            return Ok(exit::BAD_INPUT);
        }
    };
    let report = Engine::new(defs.iter().collect()).assess(&m, &AssessOptions::new(as_of));
    let Some(d) = report.definitions.first() else {
        return Err(UsageError(format!("no result for `{}`", args.definition)));
    };
    let svg = osai_report::badge::badge(d, report_lang(args.lang));
    match &args.output {
        Some(p) => {
            std::fs::write(p, &svg).map_err(|e| UsageError(format!("{}: {e}", p.display())))?;
            eprintln!("wrote {}", p.display());
        }
        None => print!("{svg}"),
    }
    Ok(exit::OK)
}
