//! Batch assessment for `--format jsonl`: JSON Lines files and folders, in parallel across
//! cores, streaming in bounded memory (a block of input and its reports in flight, the next
//! block read while this one is assessed), output in input order, one compact report (or error
//! record) per input, a summary on stderr at the end.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use osai_engine::definition::Definition;
use osai_engine::manifest::LocatedManifest;
use osai_engine::report::Status;
use osai_engine::{AssessOptions, Engine};
use rayon::prelude::*;

use crate::assess::Decided;

use crate::UsageError;
use crate::assess::Requirement;

/// Files assessed together in a folder.
const FILES_PER_CHUNK: usize = 2048;
/// Bytes of JSON Lines read at a time (a block ends at a line end).
const BLOCK_BYTES: usize = 4 << 20;
/// The first read: the cores wait for the first block, so it is small; each read after it is
/// twice the one before, up to [`BLOCK_BYTES`], so a read never outlasts the block being
/// assessed meanwhile.
const FIRST_READ_BYTES: usize = 256 << 10;
/// Lines per block: bounds the reports held in memory (a full report is tens of kilobytes).
const BLOCK_LINES_BRIEF: usize = 4096;
const BLOCK_LINES_FULL: usize = 512;
/// Lines one task assesses, writing their reports into one buffer.
const LINES_PER_TASK: usize = 16;

/// Counts of one task, merged into the summary in input order.
#[derive(Default)]
struct Tally {
    releases: u64,
    errors: u64,
    unmet: u64,
    /// Per definition (engine order): counts per status, by `Status::index`.
    counts: Vec<[u64; 4]>,
    /// Per definition: counts per class number (0 = unclassified).
    classes: Vec<Vec<u64>>,
    /// Per definition: counts per category, in the order first met.
    categories: Vec<Vec<(String, u64)>>,
    /// Per pair of definitions (`a * n + b`): releases `a` passes and `b` fails.
    disagreements: Vec<u64>,
}

impl Tally {
    /// One release's outcome under each definition.
    fn report<'r>(&mut self, decided: impl Iterator<Item = Decided<'r, 'r>> + Clone, unmet: bool) {
        self.releases += 1;
        self.unmet += u64::from(unmet);
        let n = decided.clone().count();
        if self.counts.len() < n {
            self.grow(n);
        }
        for (i, d) in decided.clone().enumerate() {
            self.counts[i][d.verdict().index()] += 1;
            if let Some(c) = d.class() {
                add_at(&mut self.classes[i], c as usize, 1);
            }
            if let Some(c) = d.category() {
                add_named(&mut self.categories[i], c, 1);
            }
        }
        let width = self.counts.len();
        for (a, pass) in decided.clone().enumerate() {
            if pass.verdict() != Status::Pass {
                continue;
            }
            for (b, fail) in decided.clone().enumerate() {
                if fail.verdict() == Status::Fail {
                    self.disagreements[a * width + b] += 1;
                }
            }
        }
    }

    /// Room for `n` definitions.
    fn grow(&mut self, n: usize) {
        let old = self.counts.len();
        let mut disagreements = vec![0; n * n];
        for a in 0..old {
            disagreements[a * n..a * n + old]
                .copy_from_slice(&self.disagreements[a * old..(a + 1) * old]);
        }
        self.disagreements = disagreements;
        self.counts.resize(n, [0; 4]);
        self.classes.resize(n, Vec::new());
        self.categories.resize(n, Vec::new());
    }

    fn merge(&mut self, other: &Tally) {
        self.releases += other.releases;
        self.errors += other.errors;
        self.unmet += other.unmet;
        if self.counts.len() < other.counts.len() {
            self.grow(other.counts.len());
        }
        for (mine, theirs) in self.counts.iter_mut().zip(&other.counts) {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        for (mine, theirs) in self.classes.iter_mut().zip(&other.classes) {
            for (class, n) in theirs.iter().enumerate() {
                add_at(mine, class, *n);
            }
        }
        for (mine, theirs) in self.categories.iter_mut().zip(&other.categories) {
            for (name, n) in theirs {
                add_named(mine, name, *n);
            }
        }
        let (width, theirs) = (self.counts.len(), other.counts.len());
        for a in 0..theirs {
            for b in 0..theirs {
                self.disagreements[a * width + b] += other.disagreements[a * theirs + b];
            }
        }
    }
}

fn add_at(counts: &mut Vec<u64>, at: usize, n: u64) {
    if counts.len() <= at {
        counts.resize(at + 1, 0);
    }
    counts[at] += n;
}

fn add_named(counts: &mut Vec<(String, u64)>, name: &str, n: u64) {
    match counts.iter_mut().find(|(c, _)| c == name) {
        Some((_, count)) => *count += n,
        None => counts.push((name.to_owned(), n)),
    }
}

/// What the summary counts.
pub(crate) struct Summary {
    tally: Tally,
    /// Definition ids in the engine's order.
    ids: Vec<String>,
}

impl Summary {
    pub fn new(ids: Vec<String>) -> Self {
        Self {
            tally: Tally::default(),
            ids,
        }
    }

    pub fn errors(&self) -> u64 {
        self.tally.errors
    }

    pub fn unmet(&self) -> u64 {
        self.tally.unmet
    }

    pub fn releases(&self) -> u64 {
        self.tally.releases
    }

    fn add(&mut self, t: &Tally) {
        self.tally.merge(t);
    }

    /// Counts per definition id and status name.
    pub fn verdicts(&self) -> BTreeMap<&str, BTreeMap<&'static str, u64>> {
        let mut out: BTreeMap<&str, BTreeMap<&'static str, u64>> = BTreeMap::new();
        for (id, c) in self.ids.iter().zip(&self.tally.counts) {
            for (n, s) in c.iter().zip(Status::ALL) {
                if *n > 0 {
                    *out.entry(id).or_default().entry(s.as_str()).or_default() += n;
                }
            }
        }
        out
    }

    /// The counts `osai stats` would give for the reports of this run.
    pub fn stats(&self) -> crate::stats::Stats {
        let t = &self.tally;
        let mut stats = crate::stats::Stats {
            releases: t.releases,
            errors: t.errors,
            ..Default::default()
        };
        let named = |n: &u64| *n > 0;
        for (i, id) in self.ids.iter().enumerate() {
            let Some(counts) = t.counts.get(i) else {
                continue;
            };
            for (n, s) in counts.iter().zip(Status::ALL).filter(|(n, _)| named(n)) {
                crate::stats::add(&mut stats.verdicts, id, s.as_str(), *n);
            }
            for (class, n) in t.classes[i].iter().enumerate().filter(|(_, n)| named(n)) {
                crate::stats::add(&mut stats.classes, id, &class.to_string(), *n);
            }
            for (category, n) in &t.categories[i] {
                crate::stats::add(&mut stats.categories, id, category, *n);
            }
            let width = t.counts.len();
            for (j, other) in self.ids.iter().enumerate().take(width) {
                let n = t.disagreements[i * width + j];
                if n > 0 {
                    crate::stats::add(&mut stats.disagreements, id, other, n);
                }
            }
        }
        stats
    }

    pub fn print(&self, err: &mut impl Write) -> io::Result<()> {
        writeln!(
            err,
            "{} releases assessed, {} inputs with errors",
            self.tally.releases, self.tally.errors
        )?;
        for (id, counts) in self.verdicts() {
            let parts: Vec<String> = counts.iter().map(|(v, n)| format!("{v} {n}")).collect();
            writeln!(err, "  {id:<20} {}", parts.join(", "))?;
        }
        Ok(())
    }
}

/// Everything a worker needs; shared read-only across threads.
pub(crate) struct Job<'a> {
    pub engine: &'a Engine<'a>,
    pub opts: &'a AssessOptions,
    pub requires: &'a [Requirement],
    pub defs: &'a [Definition],
    pub brief: bool,
    /// Write a report per release (else only count them: `--summary`).
    pub reports: bool,
    pub brief_writer: osai_report::BriefWriter,
    /// Read the components' descriptions ([`osai_engine::Engine::reads_descriptions`]).
    pub descriptions: bool,
    /// Bytes per report line in the last block: sizes the next block's buffers.
    pub line_bytes: std::sync::atomic::AtomicUsize,
}

/// A release's report, brief or full.
enum AnyReport<'d> {
    Brief(osai_engine::report::BriefReport<'d>),
    Full(Box<osai_engine::report::Report>),
}

/// The reports, diagnostics and counts of a run of inputs, in order.
#[derive(Default)]
struct Output {
    bytes: Vec<u8>,
    diagnostics: String,
    tally: Tally,
}

impl Output {
    /// Its report lines (`reports`; error records either way go only with them), diagnostics
    /// and counts.
    fn write_to(
        &self,
        out: &mut dyn Write,
        reports: bool,
        summary: &mut Summary,
    ) -> io::Result<()> {
        if reports {
            out.write_all(&self.bytes)?;
        }
        if !self.diagnostics.is_empty() {
            io::stderr().lock().write_all(self.diagnostics.as_bytes())?;
        }
        summary.add(&self.tally);
        Ok(())
    }

    fn error(&mut self, e: &osai_formats::InputErrors) {
        self.error_record(&crate::assess::error_record(e), &e.render_short());
    }

    /// An error record in place of a report, its diagnostic for stderr, one more error.
    fn error_record(&mut self, record: &serde_json::Value, diagnostic: &str) {
        if serde_json::to_writer(&mut self.bytes, record).is_err() {
            self.bytes.extend_from_slice(b"{}");
        }
        self.bytes.push(b'\n');
        self.diagnostics.push_str(diagnostic);
        self.tally.errors += 1;
    }
}

impl<'a> Job<'a> {
    /// Assesses one release and appends its report line.
    fn assess(&self, m: LocatedManifest, acc: &mut Output) {
        let report = self.report(m);
        self.write(&report, acc);
    }

    fn report(&self, m: LocatedManifest) -> AnyReport<'a> {
        if self.brief {
            AnyReport::Brief(self.engine.assess_brief_owned(m, self.opts.as_of))
        } else {
            AnyReport::Full(Box::new(self.engine.assess(&m, self.opts)))
        }
    }

    /// Counts a report and appends its line (unless only counting).
    fn write(&self, report: &AnyReport<'_>, acc: &mut Output) {
        let (requires, defs) = (self.requires, self.defs);
        match report {
            AnyReport::Brief(r) => {
                let unmet = !crate::assess::brief_meets(r, requires, defs);
                acc.tally
                    .report(r.definitions.iter().map(Decided::Brief), unmet);
            }
            AnyReport::Full(r) => {
                let unmet = !crate::assess::report_meets(r, requires, defs);
                acc.tally
                    .report(r.definitions.iter().map(Decided::Full), unmet);
            }
        }
        if !self.reports {
            return;
        }
        let start = acc.bytes.len();
        let written = match report {
            AnyReport::Brief(r) => {
                self.brief_writer.write(&mut acc.bytes, r);
                Ok(())
            }
            AnyReport::Full(r) => osai_report::jsonl_line(&mut acc.bytes, r),
        };
        if written.is_err() {
            acc.bytes.truncate(start);
            acc.bytes.push(b'\n');
        }
    }

    /// The release on one line of a JSON Lines file, or what is wrong with the line.
    fn read_line(
        &self,
        source: &str,
        line_no: u32,
        bytes: &[u8],
    ) -> Result<LocatedManifest, osai_formats::InputErrors> {
        // Every line is checked: the vectorised check is several times faster than std's.
        let text = simdutf8::compat::from_utf8(bytes)
            .map_err(|e| not_utf8(source, line_no, bytes, e.valid_up_to()))?;
        if let Some(m) =
            osai_formats::read_json_record_fast(source, text, line_no, self.descriptions)
        {
            return Ok(m);
        }
        osai_formats::read_str_at(source, text, line_no).map(|(m, _)| m)
    }

    /// Lines of a JSON Lines file: all read, then all assessed, then all written. Each step's
    /// code then stays in the instruction cache from one release to the next (with the steps
    /// alternating, the cache missed on ≈ 3% of instructions).
    fn lines<'b>(
        &self,
        source: &str,
        lines: impl Iterator<Item = (u32, &'b [u8])>,
        acc: &mut Output,
    ) {
        let read: Vec<_> = lines
            .map(|(n, bytes)| self.read_line(source, n, bytes))
            .collect();
        let reports: Vec<_> = read
            .into_iter()
            .map(|r| r.map(|m| self.report(m)))
            .collect();
        for r in &reports {
            match r {
                Ok(report) => self.write(report, acc),
                Err(e) => acc.error(e),
            }
        }
    }

    fn file(&self, path: &Path, acc: &mut Output) {
        match crate::assess::read_path(path) {
            Ok(Ok(m)) => self.assess(m, acc),
            Ok(Err(e)) => acc.error(&e),
            Err(UsageError(msg)) => {
                let name = path.display().to_string();
                let rec = serde_json::json!({ "error": { "source": name, "line": null, "column": null, "message": msg, "hint": null } });
                acc.error_record(&rec, &format!("{name}: {msg}\n"));
            }
        }
    }
}

fn progress(total: u64, what: &str, unit: &str) -> indicatif::ProgressBar {
    let visible = io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !visible {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    let style = indicatif::ProgressStyle::with_template(&format!(
        "{{spinner}} {what} [{{elapsed_precise}}] {{wide_bar}} {unit} · ETA {{eta}} · {{msg}}"
    ))
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// Input lines in a block: where each starts and ends, and its number in the file.
struct Block {
    bytes: Vec<u8>,
    /// (line number, start, end) of each non-blank line, without its line end.
    lines: Vec<(u32, usize, usize)>,
    /// Lines too long to be a manifest: their numbers.
    oversized: Vec<u32>,
}

/// Reads a JSON Lines stream block by block, never holding more than a block (and one line of
/// at most `MAX_INPUT_BYTES`) in memory.
struct BlockReader<R> {
    reader: R,
    /// Bytes read but not yet handed out (the start of an unfinished line).
    pending: Vec<u8>,
    eof: bool,
    next_line: u32,
    max_lines: usize,
    block_bytes: usize,
    /// Bytes of the next read: growing from [`FIRST_READ_BYTES`] to `block_bytes`.
    read_bytes: usize,
    /// Longer lines are reported, not read.
    max_line_bytes: usize,
    /// Discarding the rest of an oversized line.
    skipping: bool,
}

impl<R: Read> BlockReader<R> {
    fn new(reader: R, max_lines: usize) -> Self {
        Self::with_sizes(
            reader,
            max_lines,
            BLOCK_BYTES,
            crate::assess::MAX_INPUT_BYTES as usize,
        )
    }

    fn with_sizes(reader: R, max_lines: usize, block_bytes: usize, max_line_bytes: usize) -> Self {
        Self {
            reader,
            pending: Vec::with_capacity(block_bytes),
            eof: false,
            next_line: 1,
            max_lines,
            block_bytes,
            read_bytes: FIRST_READ_BYTES.min(block_bytes),
            max_line_bytes,
            skipping: false,
        }
    }

    /// Lists the line `start..end` of the pending bytes (without its `\r`) unless it is blank,
    /// and counts it.
    fn push_line(&mut self, lines: &mut Vec<(u32, usize, usize)>, start: usize, end: usize) {
        let mut text_end = end;
        if text_end > start && self.pending[text_end - 1] == b'\r' {
            text_end -= 1;
        }
        if !self.pending[start..text_end]
            .iter()
            .all(u8::is_ascii_whitespace)
        {
            lines.push((self.next_line, start, text_end));
        }
        self.next_line += 1;
    }

    /// The next block, or `None` at the end of the input.
    fn next_block(&mut self) -> io::Result<Option<Block>> {
        let mut block = Block {
            bytes: Vec::new(),
            lines: Vec::new(),
            oversized: Vec::new(),
        };
        // Set when the bytes at hand hold no complete line.
        let mut need_more = false;
        loop {
            if !self.eof && (need_more || self.pending.len() < self.read_bytes) {
                // read_to_end on a bounded reader fills spare capacity without zeroing it.
                let n = (&mut self.reader)
                    .take(self.read_bytes as u64)
                    .read_to_end(&mut self.pending)?;
                self.eof = n == 0;
                self.read_bytes = (self.read_bytes * 2).min(self.block_bytes);
            }
            if self.skipping {
                match memchr::memchr(b'\n', &self.pending) {
                    Some(i) => {
                        self.pending.drain(..=i);
                        self.skipping = false;
                    }
                    None => {
                        self.pending.clear();
                        if self.eof {
                            break;
                        }
                        continue;
                    }
                }
            }
            // Cut after the last complete line (or the max_lines-th), keep the rest; the lines
            // are listed on the way (one pass over the bytes).
            let mut cut = 0;
            let mut count = 0;
            while count < self.max_lines {
                let Some(i) = memchr::memchr(b'\n', &self.pending[cut..]) else {
                    break;
                };
                self.push_line(&mut block.lines, cut, cut + i);
                cut += i + 1;
                count += 1;
            }
            if self.eof && count < self.max_lines && cut < self.pending.len() {
                self.push_line(&mut block.lines, cut, self.pending.len());
                cut = self.pending.len();
            }
            if cut == 0 {
                if self.eof {
                    break;
                }
                if self.pending.len() > self.max_line_bytes {
                    block.oversized.push(self.next_line);
                    self.next_line += 1;
                    self.pending.clear();
                    self.skipping = true;
                    break;
                }
                need_more = true;
                continue;
            }
            let rest = self.pending.split_off(cut);
            block.bytes = std::mem::replace(&mut self.pending, rest);
            if self.pending.capacity() < self.block_bytes {
                self.pending.reserve(self.block_bytes);
            }
            break;
        }
        if block.bytes.is_empty()
            && block.oversized.is_empty()
            && self.eof
            && self.pending.is_empty()
        {
            return Ok(None);
        }
        Ok(Some(block))
    }
}

/// A line that is not UTF-8, pointed at its first bad byte.
fn not_utf8(source: &str, line: u32, bytes: &[u8], at: usize) -> osai_formats::InputErrors {
    let valid = String::from_utf8_lossy(&bytes[..at]);
    let column = u32::try_from(valid.chars().count() + 1).unwrap_or(u32::MAX);
    let span = osai_formats::tree::Span {
        start: at,
        end: at + 1,
        line,
        column,
    };
    osai_formats::InputErrors::single(
        source,
        &String::from_utf8_lossy(bytes),
        osai_formats::Diagnostic::new(
            "E-NOT-UTF8",
            span,
            format!(
                "line {line} is not valid UTF-8 (byte {} of the line)",
                at + 1
            ),
            "not UTF-8",
        )
        .with_help("JSON Lines are UTF-8: re-encode the file (e.g. `iconv -t UTF-8`)"),
    )
}

fn oversized_error(source: &str, line: u32) -> osai_formats::InputErrors {
    let span = osai_formats::tree::Span {
        start: 0,
        end: 0,
        line,
        column: 1,
    };
    osai_formats::InputErrors::single(
        source,
        "",
        osai_formats::Diagnostic::new(
            "E-TOO-LARGE",
            span,
            format!(
                "line {line} is longer than {} MiB: not a manifest",
                crate::assess::MAX_INPUT_BYTES >> 20
            ),
            "this line",
        )
        .with_help("one manifest or importable document per line"),
    )
}

/// Assesses a block's lines in parallel tasks; their outputs in input order.
fn assess_block(block: &Block, source: &str, job: &Job<'_>) -> Vec<Output> {
    use std::sync::atomic::Ordering::Relaxed;
    let per_line = match job.line_bytes.load(Relaxed) {
        // A first guess: about two kilobytes per definition brief, ten in full.
        0 if job.brief => 2048 * job.engine.definitions.len(),
        0 => 10 * 1024 * job.engine.definitions.len(),
        n => 2 * n,
    };
    let mut outputs: Vec<Output> = block
        .lines
        .par_chunks(LINES_PER_TASK)
        .map(|lines| {
            let mut acc = Output {
                bytes: Vec::with_capacity(lines.len() * per_line),
                ..Output::default()
            };
            let lines = lines
                .iter()
                .map(|(n, start, end)| (*n, &block.bytes[*start..*end]));
            job.lines(source, lines, &mut acc);
            acc
        })
        .collect();
    let written: usize = outputs.iter().map(|o| o.bytes.len()).sum();
    if !block.lines.is_empty() {
        job.line_bytes.store(written / block.lines.len(), Relaxed);
    }
    // An oversized line is always alone in its block.
    if let Some(n) = block.oversized.first() {
        let mut acc = Output::default();
        acc.error(&oversized_error(source, *n));
        outputs.push(acc);
    }
    outputs
}

/// A JSON Lines file (or `-`): blocks of lines assessed in parallel, written in order.
pub(crate) fn jsonl(
    path: &Path,
    job: &Job<'_>,
    out: &mut dyn Write,
    summary: &mut Summary,
) -> Result<(), UsageError> {
    let stdin = path == Path::new("-");
    let name = if stdin {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    };
    let (reader, total): (Box<dyn Read + Send>, u64) = if stdin {
        (Box::new(io::stdin()), 0)
    } else {
        let f = crate::open_input(path).map_err(|e| UsageError(format!("{name}: {e}")))?;
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        (Box::new(f), len)
    };
    let max_lines = if job.brief {
        BLOCK_LINES_BRIEF
    } else {
        BLOCK_LINES_FULL
    };
    let bar = progress(total, &name, "{bytes}/{total_bytes} · {bytes_per_sec}");
    let mut blocks = BlockReader::new(reader, max_lines);
    let mut current = blocks.next_block()?;
    while let Some(block) = current {
        let (outputs, next) =
            rayon::join(|| assess_block(&block, &name, job), || blocks.next_block());
        for o in &outputs {
            o.write_to(out, job.reports, summary)?;
        }
        bar.inc(block.bytes.len() as u64);
        bar.set_message(format!("{} releases", summary.releases()));
        current = next?;
    }
    bar.finish_and_clear();
    Ok(())
}

/// One file given on the command line (not JSON Lines): its report line or error record.
pub(crate) fn single(
    path: &Path,
    job: &Job<'_>,
    out: &mut dyn Write,
    summary: &mut Summary,
) -> Result<(), UsageError> {
    let mut acc = Output::default();
    match crate::assess::read_path(path)? {
        Ok(m) => job.assess(m, &mut acc),
        Err(e) => acc.error(&e),
    }
    acc.write_to(out, job.reports, summary)?;
    Ok(())
}

/// `osai assess --from FILE`: every hub id scanned and assessed, in input order; an id that
/// cannot be read is an error record at its line.
pub(crate) fn hub_ids(
    from: &Path,
    ids: &[crate::hub::IdLine],
    jobs: usize,
    job: &Job<'_>,
    out: &mut dyn Write,
    summary: &mut Summary,
) -> Result<(), UsageError> {
    crate::hub::for_each_scan(ids, jobs, false, |at, r| {
        let mut acc = Output::default();
        match crate::hub::item(from, at, r) {
            Ok(m) => job.assess(m, &mut acc),
            Err(e) => acc.error(&e),
        }
        acc.write_to(out, job.reports, summary)?;
        Ok(())
    })
}

/// A Markdown file that opens with YAML front matter (a Hugging Face model card), or one named
/// as a card (`MODEL_CARD.md`, `model-card.md`: Meta ships its cards without front matter). A
/// README without front matter is a folder's documentation, not a release, and is left out.
fn is_model_card(p: &Path) -> bool {
    use std::io::Read;
    if !p.extension().is_some_and(|x| x.eq_ignore_ascii_case("md")) {
        return false;
    }
    let stem = p
        .file_stem()
        .map(|s| {
            s.to_string_lossy()
                .to_ascii_lowercase()
                .replace(['-', ' '], "_")
        })
        .unwrap_or_default();
    if stem.contains("model_card") || stem == "modelcard" {
        return true;
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
    let bar = progress(
        singles.len() as u64,
        &dir.display().to_string(),
        "{pos}/{len} files · {per_sec}",
    );
    for chunk in singles.chunks(FILES_PER_CHUNK) {
        let outputs: Vec<Output> = chunk
            .par_chunks(16)
            .map(|files| {
                let mut acc = Output::default();
                for p in files {
                    job.file(p, &mut acc);
                }
                acc
            })
            .collect();
        for o in &outputs {
            o.write_to(out, job.reports, summary)?;
        }
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    for p in lines {
        jsonl(&p, job, out, summary)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    type ReadBlock = (Vec<(u32, String)>, Vec<u32>);

    /// Every block of a reader: (line number, text) of its lines, and the oversized line numbers.
    fn blocks(input: &[u8], max_lines: usize, block: usize, max_line: usize) -> Vec<ReadBlock> {
        let mut r = BlockReader::with_sizes(input, max_lines, block, max_line);
        let mut out = Vec::new();
        while let Some(b) = r.next_block().expect("in memory") {
            let lines = b
                .lines
                .iter()
                .map(|(n, s, e)| (*n, String::from_utf8_lossy(&b.bytes[*s..*e]).into_owned()))
                .collect();
            out.push((lines, b.oversized));
        }
        out
    }

    #[test]
    fn lines_keep_their_numbers_across_blocks() {
        let input = b"one\ntwo\r\n\n  \nthree\nfour";
        for block in [1, 2, 3, 5, 8, 64] {
            for max_lines in [1, 2, 100] {
                let all: Vec<(u32, String)> = blocks(input, max_lines, block, 1 << 20)
                    .into_iter()
                    .flat_map(|(l, o)| {
                        assert!(o.is_empty());
                        l
                    })
                    .collect();
                assert_eq!(
                    all,
                    vec![
                        (1, "one".to_owned()),
                        (2, "two".to_owned()),
                        (5, "three".to_owned()),
                        (6, "four".to_owned())
                    ],
                    "block {block}, max_lines {max_lines}"
                );
            }
        }
    }

    #[test]
    fn a_line_too_long_is_reported_and_skipped() {
        let mut input = b"short\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 100));
        input.extend_from_slice(b"\nafter\n");
        let got = blocks(&input, 10, 8, 32);
        let lines: Vec<(u32, String)> = got.iter().flat_map(|(l, _)| l.clone()).collect();
        let oversized: Vec<u32> = got.iter().flat_map(|(_, o)| o.clone()).collect();
        assert_eq!(
            lines,
            vec![(1, "short".to_owned()), (3, "after".to_owned())]
        );
        assert_eq!(oversized, vec![2]);
    }

    #[test]
    fn a_line_longer_than_a_block_is_read_whole() {
        let long = "y".repeat(20);
        let input = format!("{long}\nz\n");
        let lines: Vec<(u32, String)> = blocks(input.as_bytes(), 10, 8, 32)
            .into_iter()
            .flat_map(|(l, _)| l)
            .collect();
        assert_eq!(lines, vec![(1, long), (2, "z".to_owned())]);
    }

    proptest::proptest! {
        /// Any bytes, any block sizes: every line comes out once, with its number, or is
        /// reported as too long (and only lines longer than the limit are).
        #[test]
        fn every_line_comes_out_once(
            input in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'{', b' ', b'\n', b'\r', 0xff]), 0..300),
            block in 1usize..64,
            max_lines in 1usize..10,
            max_line in 1usize..80,
        ) {
            let mut reader = BlockReader::with_sizes(&input[..], max_lines, block, max_line);
            let mut expected = Vec::new();
            let mut parts: Vec<&[u8]> = input.split(|b| *b == b'\n').collect();
            if parts.last().is_some_and(|p| p.is_empty()) {
                parts.pop();
            }
            for (i, part) in parts.iter().enumerate() {
                let text = part.strip_suffix(b"\r").unwrap_or(part);
                if !text.iter().all(u8::is_ascii_whitespace) {
                    expected.push((i as u32 + 1, text.to_vec()));
                }
            }
            let mut seen: Vec<u32> = Vec::new();
            while let Some(b) = reader.next_block().expect("in memory") {
                proptest::prop_assert!(b.lines.len() <= max_lines);
                for (n, start, end) in &b.lines {
                    let want = expected.iter().find(|(m, _)| m == n).map(|(_, t)| t.as_slice());
                    proptest::prop_assert_eq!(Some(&b.bytes[*start..*end]), want, "line {}", n);
                    seen.push(*n);
                }
                for n in &b.oversized {
                    let len = parts.get(*n as usize - 1).map_or(0, |p| p.len());
                    proptest::prop_assert!(len > max_line, "line {} ({} bytes) is not too long", n, len);
                    seen.push(*n);
                }
            }
            let mut sorted = seen.clone();
            sorted.sort_unstable();
            sorted.dedup();
            proptest::prop_assert_eq!(&sorted, &seen, "in order, each once");
            for (n, _) in &expected {
                proptest::prop_assert!(seen.contains(n), "line {} is lost", n);
            }
        }
    }

    #[test]
    fn blocks_hold_at_most_max_lines() {
        let input = b"a\nb\nc\nd\ne\n";
        let got = blocks(input, 2, 1 << 10, 1 << 10);
        let sizes: Vec<usize> = got.iter().map(|(l, _)| l.len()).collect();
        assert_eq!(sizes, vec![2, 2, 1]);
    }
}
