//! Input errors that point into the user's file: code, message, label, help, position.

use std::fmt;

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
    pub fn render(&self, color: bool) -> String {
        let handler = if color {
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode())
        } else {
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        }
        .with_context_lines(1)
        .with_width(100);
        let source = miette::NamedSource::new(&self.source, self.text.clone());
        let mut out = String::new();
        for d in &self.diagnostics {
            let view = MietteView {
                d,
                source: &source,
                file: &self.source,
            };
            if handler.render_report(&mut out, &view).is_err() {
                out.push_str(&format!("{}: {}\n", self.source, d.message));
            }
        }
        out
    }

    /// `file:line:column: error[CODE]: message (help)`, one line each: for logs and pipes.
    pub fn render_short(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&format!(
                "{}:{}:{}: error[{}]: {}",
                self.source, d.span.line, d.span.column, d.code, d.message
            ));
            if let Some(h) = &d.help {
                out.push_str(&format!(" (help: {h})"));
            }
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for InputErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render_short())
    }
}

impl std::error::Error for InputErrors {}

struct MietteView<'a> {
    d: &'a Diagnostic,
    source: &'a miette::NamedSource<String>,
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
            self.d.message, self.file, self.d.span.line, self.d.span.column
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
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.source)
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
