//! Input errors that point into the user's file: code, message, label, help, position.

use std::fmt;

use osai_engine::display::terminal_safe;

use crate::tree::Span;

#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Stable code, e.g. `E-UNKNOWN-KEY`.
    pub code: &'static str,
    pub message: String,
    /// Short text shown under the highlighted span.
    pub label: String,
    /// A suggestion: "did you mean …", the expected form.
    pub help: Option<String>,
    pub span: Span,
}

impl Diagnostic {
    pub fn new(
        code: &'static str,
        span: Span,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Self {
        Self {
            code,
            message: message.into(),
            label: label.into(),
            help: None,
            span,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }
}

/// Every error found in one input, with the text they point into.
#[derive(Debug, Clone, PartialEq)]
pub struct InputErrors {
    pub source: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
}

impl InputErrors {
    pub fn single(source: &str, text: &str, d: Diagnostic) -> Self {
        Self {
            source: source.to_owned(),
            text: text.to_owned(),
            diagnostics: vec![d],
        }
    }

    /// Renders every diagnostic the way miette draws them (no colour when `color` is false).
    /// Each is drawn from the few lines around it, found through a line index built once, so
    /// thousands of errors render in linear time; one on a line too long to draw (minified
    /// JSON, a huge key) is written in the one-line form instead.
    pub fn render(&self, color: bool) -> String {
        let handler = if color {
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode())
        } else {
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        }
        .with_context_lines(1)
        .with_width(100);
        let lines = LineStarts::new(&self.text);
        let mut out = String::new();
        for d in &self.diagnostics {
            let drawn = lines.window(&self.text, d.span).and_then(|window| {
                let view = MietteView {
                    d,
                    source: Window {
                        name: &self.source,
                        text: &self.text[window.clone()],
                        offset: window.start,
                        line: lines.line_of(window.start),
                    },
                    file: &self.source,
                };
                let mut one = String::new();
                handler.render_report(&mut one, &view).ok().map(|()| one)
            });
            match drawn {
                Some(one) => out.push_str(&one),
                None => self.push_short(&mut out, d),
            }
        }
        terminal_safe(&out, color).into_owned()
    }

    fn push_short(&self, out: &mut String, d: &Diagnostic) {
        out.push_str(&format!(
            "{}:{}:{}: error[{}]: {}",
            self.source,
            d.span.line,
            d.span.column,
            d.code,
            clip_quoted(&d.message)
        ));
        if let Some(h) = &d.help {
            out.push_str(&format!(" (help: {})", clip_quoted(h)));
        }
        out.push('\n');
    }

    /// `file:line:column: error[CODE]: message (help)`, one line each: for logs and pipes.
    pub fn render_short(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            self.push_short(&mut out, d);
        }
        terminal_safe(&out, false).into_owned()
    }
}

impl fmt::Display for InputErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_short())
    }
}

impl std::error::Error for InputErrors {}

/// The most characters of one quoted piece of the user's text (`…`) a message shows.
pub const MAX_QUOTED: usize = 80;

/// Shortens every `quoted` piece longer than [`MAX_QUOTED`] characters: a 1 MiB key is named
/// by its start and its length, not printed whole.
pub fn clip_quoted(message: &str) -> std::borrow::Cow<'_, str> {
    let pieces: Vec<&str> = message.split('`').collect();
    if pieces
        .iter()
        .skip(1)
        .step_by(2)
        .all(|p| p.chars().count() <= MAX_QUOTED)
    {
        return std::borrow::Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(MAX_QUOTED * pieces.len());
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.push('`');
        }
        let n = p.chars().count();
        if i % 2 == 1 && n > MAX_QUOTED && i + 1 < pieces.len() {
            out.extend(p.chars().take(MAX_QUOTED / 2));
            out.push_str(&format!("… ({n} characters)"));
        } else {
            out.push_str(p);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The longest line drawn with its source; a diagnostic on a longer one is written in the
/// one-line form (miette cannot draw columns past 65,535, and such a line helps nobody).
pub const MAX_DRAWN_LINE: usize = 1_000;

/// Where each line of a text starts.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Self(starts)
    }

    /// 0-based line holding byte `at`.
    fn line_of(&self, at: usize) -> usize {
        self.0.partition_point(|&s| s <= at).saturating_sub(1)
    }

    /// The bytes of the line before the span, its lines and the line after; `None` when the
    /// span is outside the text or one of those lines is too long to draw.
    fn window(&self, text: &str, span: Span) -> Option<std::ops::Range<usize>> {
        if span.start > text.len() || span.end > text.len() {
            return None;
        }
        let first = self.line_of(span.start).saturating_sub(1);
        let last = (self.line_of(span.end.max(span.start)) + 1).min(self.0.len() - 1);
        let end_of = |line: usize| self.0.get(line + 1).copied().unwrap_or(text.len());
        if (first..=last).any(|l| end_of(l) - self.0[l] > MAX_DRAWN_LINE) {
            return None;
        }
        let range = self.0[first]..end_of(last);
        text.is_char_boundary(range.start)
            .then_some(())
            .filter(|()| text.is_char_boundary(range.end))
            .map(|()| range)
    }
}

/// A few lines of the input, placed where they are in the whole file.
struct Window<'a> {
    name: &'a str,
    text: &'a str,
    offset: usize,
    line: usize,
}

impl miette::SourceCode for Window<'_> {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let local =
            miette::SourceSpan::new(span.offset().saturating_sub(self.offset).into(), span.len());
        let inner = self.text.read_span(&local, before, after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.to_owned(),
            inner.data(),
            miette::SourceSpan::new(
                (inner.span().offset() + self.offset).into(),
                inner.span().len(),
            ),
            inner.line() + self.line,
            inner.column(),
            inner.line_count() + self.line,
        )))
    }
}

struct MietteView<'a> {
    d: &'a Diagnostic,
    source: Window<'a>,
    file: &'a str,
}

impl fmt::Debug for MietteView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl fmt::Display for MietteView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}:{}:{})",
            clip_quoted(&self.d.message),
            self.file,
            self.d.span.line,
            self.d.span.column
        )
    }
}

impl std::error::Error for MietteView<'_> {}

impl miette::Diagnostic for MietteView<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.d.code))
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.d
            .help
            .as_deref()
            .map(|h| Box::new(clip_quoted(h)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let s = self.d.span;
        let len = s.end.saturating_sub(s.start);
        Some(Box::new(std::iter::once(miette::LabeledSpan::new(
            Some(self.d.label.clone()),
            s.start,
            len,
        ))))
    }
}
