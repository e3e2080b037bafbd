//! Batch assessment for `--format jsonl`: JSON Lines files and folders, in parallel across
//! cores, streaming in bounded memory (one chunk in flight), output in input order, one compact
//! report (or error record) per input, a summary on stderr at the end.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use osai_engine::report::{Report, Status};
use osai_engine::{AssessOptions, Engine};
use rayon::prelude::*;

use crate::UsageError;

/// Lines (or files) assessed together; bounds memory to a chunk of inputs and their reports.
const CHUNK: usize = 2048;

/// What the summary counts.
pub(crate) struct Summary {
    pub releases: u64,
    pub errors: u64,
    pub unmet: u64,
    pub verdicts: BTreeMap<String, BTreeMap<&'static str, u64>>,
    /// Definition ids in the engine's order, and counts per (definition, status) by index.
    ids: Vec<String>,
    counts: Vec<[u64; 4]>,
}

const STATUSES: [Status; 4] = [
    Status::Pass,
    Status::Fail,
    Status::Unknown,
    Status::NotApplicable,
];

impl Summary {
    pub fn new(ids: Vec<String>) -> Self {
        let counts = vec![[0; 4]; ids.len()];
        Self {
            releases: 0,
            errors: 0,
            unmet: 0,
            verdicts: BTreeMap::new(),
            ids,
            counts,
        }
    }

    fn add(&mut self, one: ItemSummary) {
        match one {
            ItemSummary::Error => self.errors += 1,
            ItemSummary::Report { verdicts, unmet } => {
                self.releases += 1;
                self.unmet += u64::from(unmet);
                for (i, v) in verdicts.into_iter().enumerate() {
                    if let (Some(c), Some(k)) = (
                        self.counts.get_mut(i),
                        STATUSES.iter().position(|s| *s == v),
                    ) {
                        c[k] += 1;
                    }
                }
            }
        }
    }

    /// Folds the per-index counts into `verdicts` (by id and status name).
    fn settle(&mut self) {
        for (id, c) in self.ids.iter().zip(std::mem::take(&mut self.counts)) {
            for (n, s) in c.iter().zip(STATUSES) {
                if *n > 0 {
                    *self
                        .verdicts
                        .entry(id.clone())
                        .or_default()
                        .entry(s.as_str())
                        .or_default() += n;
                }
            }
        }
        self.counts = vec![[0; 4]; self.ids.len()];
    }

    pub fn print(&mut self, err: &mut impl Write) -> io::Result<()> {
        self.settle();
        writeln!(
            err,
            "{} releases assessed, {} inputs with errors",
            self.releases, self.errors
        )?;
        for (id, counts) in &self.verdicts {
            let parts: Vec<String> = counts.iter().map(|(v, n)| format!("{v} {n}")).collect();
            writeln!(err, "  {id:<20} {}", parts.join(", "))?;
        }
        Ok(())
    }
}

enum ItemSummary {
    Error,
    Report { verdicts: Vec<Status>, unmet: bool },
}

/// Everything a worker needs; shared read-only across threads.
pub(crate) struct Job<'a> {
    pub engine: &'a Engine<'a>,
    pub opts: &'a AssessOptions,
    pub met: &'a (dyn Fn(&Report) -> bool + Sync),
    pub brief: bool,
}

impl Job<'_> {
    fn render(&self, report: &Report) -> (Vec<u8>, ItemSummary) {
        let mut out = Vec::with_capacity(if self.brief { 4096 } else { 48 * 1024 });
        let written = if self.brief {
            osai_report::jsonl_line_brief(&mut out, report)
        } else {
            osai_report::jsonl_line(&mut out, report)
        };
        if written.is_err() {
            out.clear();
            out.push(b'\n');
        }
        let verdicts = report.definitions.iter().map(|d| d.verdict).collect();
        (
            out,
            ItemSummary::Report {
                verdicts,
                unmet: !(self.met)(report),
            },
        )
    }

    fn line(
        &self,
        source: &str,
        line_no: u32,
        text: &str,
    ) -> (Vec<u8>, ItemSummary, Option<String>) {
        if let Some(m) = osai_formats::read_json_record_fast(source, text, line_no) {
            let (b, s) = self.render(&self.engine.assess(&m, self.opts));
            return (b, s, None);
        }
        match osai_formats::read_str_at(source, text, line_no) {
            Ok((m, _)) => {
                let (b, s) = self.render(&self.engine.assess(&m, self.opts));
                (b, s, None)
            }
            Err(e) => {
                let mut b =
                    serde_json::to_vec(&crate::assess::error_record(&e)).unwrap_or_default();
                b.push(b'\n');
                (b, ItemSummary::Error, Some(e.render_short()))
            }
        }
    }

    fn file(&self, path: &Path) -> (Vec<u8>, ItemSummary, Option<String>) {
        let name = path.display().to_string();
        match crate::assess::read_path(path) {
            Ok(Ok(m)) => {
                let (b, s) = self.render(&self.engine.assess(&m, self.opts));
                (b, s, None)
            }
            Ok(Err(e)) => {
                let mut b =
                    serde_json::to_vec(&crate::assess::error_record(&e)).unwrap_or_default();
                b.push(b'\n');
                (b, ItemSummary::Error, Some(e.render_short()))
            }
            Err(UsageError(msg)) => {
                let rec = serde_json::json!({ "error": { "source": name, "line": null, "column": null, "message": msg, "hint": null } });
                let mut b = serde_json::to_vec(&rec).unwrap_or_default();
                b.push(b'\n');
                (b, ItemSummary::Error, Some(format!("{name}: {msg}\n")))
            }
        }
    }
}

fn progress(total_bytes: u64, what: &str) -> indicatif::ProgressBar {
    let visible = io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !visible {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total_bytes);
    let style = indicatif::ProgressStyle::with_template(&format!(
        "{{spinner}} {what} [{{elapsed_precise}}] {{wide_bar}} {{bytes}}/{{total_bytes}} · {{per_sec}} · ETA {{eta}} · {{msg}}"
    ))
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

fn flush_chunk(
    results: Vec<(Vec<u8>, ItemSummary, Option<String>)>,
    out: &mut dyn Write,
    summary: &mut Summary,
) -> Result<(), UsageError> {
    let mut err = io::stderr().lock();
    for (bytes, s, diag) in results {
        out.write_all(&bytes)?;
        if let Some(d) = diag {
            err.write_all(d.as_bytes())?;
        }
        summary.add(s);
    }
    Ok(())
}

/// A JSON Lines file (or `-`): chunks of lines assessed in parallel, written in order.
pub(crate) fn jsonl(
    path: &Path,
    job: &Job<'_>,
    out: &mut dyn Write,
    summary: &mut Summary,
) -> Result<(), UsageError> {
    let name = if path == Path::new("-") {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    };
    let (reader, total): (Box<dyn BufRead>, u64) = if path == Path::new("-") {
        (Box::new(BufReader::new(io::stdin().lock())), 0)
    } else {
        let f = File::open(path).map_err(|e| UsageError(format!("{name}: {e}")))?;
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        (Box::new(BufReader::with_capacity(1 << 20, f)), len)
    };
    let bar = progress(total, &name);
    let mut reader = reader;
    let mut line_no = 0u32;
    let mut chunk: Vec<(u32, String)> = Vec::with_capacity(CHUNK);
    loop {
        chunk.clear();
        let mut bytes_read = 0u64;
        while chunk.len() < CHUNK {
            let mut buf = Vec::new();
            let n = (&mut reader)
                .take(crate::assess::MAX_INPUT_BYTES)
                .read_until(b'\n', &mut buf)?;
            if n == 0 {
                break;
            }
            bytes_read += n as u64;
            line_no += 1;
            let text = String::from_utf8_lossy(&buf)
                .trim_end_matches(['\n', '\r'])
                .to_owned();
            if !text.trim().is_empty() {
                chunk.push((line_no, text));
            }
        }
        if chunk.is_empty() && bytes_read == 0 {
            break;
        }
        let results: Vec<_> = chunk
            .par_iter()
            .map(|(n, text)| job.line(&name, *n, text))
            .collect();
        flush_chunk(results, out, summary)?;
        bar.inc(bytes_read);
        bar.set_message(format!("{} releases", summary.releases));
    }
    bar.finish_and_clear();
    Ok(())
}

/// A Markdown file that opens with YAML front matter (a Hugging Face model card).
fn is_model_card(p: &Path) -> bool {
    use std::io::Read;
    if !p.extension().is_some_and(|x| x.eq_ignore_ascii_case("md")) {
        return false;
    }
    let mut head = [0u8; 8];
    let n = std::fs::File::open(p)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let text = String::from_utf8_lossy(&head[..n]);
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with("---")
}

/// Every manifest-like file below a folder (symbolic links are not followed, so loops cannot
/// trap the walk), in a stable order.
pub(crate) fn walk(dir: &Path, exclude: Option<&Path>) -> Vec<PathBuf> {
    let exclude = exclude.and_then(|p| p.canonicalize().ok());
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut entries: Vec<_> = rd.filter_map(Result::ok).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries.into_iter().rev() {
            let Ok(ft) = e.file_type() else { continue };
            let p = e.path();
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file()
                && (p
                    .extension()
                    .is_some_and(|x| matches!(x.to_str(), Some("yml" | "yaml" | "json" | "jsonl")))
                    || is_model_card(&p))
            {
                // Never read our own output (`-o` inside the folder being assessed).
                if exclude.is_some() && p.canonicalize().ok() == exclude {
                    continue;
                }
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A folder: every manifest, Model Openness Tool or Index file, and JSON Lines file below it.
pub(crate) fn folder(
    dir: &Path,
    exclude: Option<&Path>,
    job: &Job<'_>,
    out: &mut dyn Write,
    summary: &mut Summary,
) -> Result<(), UsageError> {
    let files = walk(dir, exclude);
    let (lines, singles): (Vec<PathBuf>, Vec<PathBuf>) = files
        .into_iter()
        .partition(|p| p.extension().is_some_and(|x| x == "jsonl"));
    let bar = progress(singles.len() as u64, &dir.display().to_string());
    for chunk in singles.chunks(CHUNK) {
        let results: Vec<_> = chunk.par_iter().map(|p| job.file(p)).collect();
        flush_chunk(results, out, summary)?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    for p in lines {
        jsonl(&p, job, out, summary)?;
    }
    Ok(())
}
