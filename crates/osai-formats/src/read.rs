//! Typed reading of a located tree, collecting every error instead of stopping at the first.

use osai_engine::licence::{LicenceBase, LicenceError};
use osai_engine::manifest::{Date, Disclosure, Loc, SourceMap};
use osai_engine::report::Warning;

use crate::diagnostic::Diagnostic;
use crate::tree::{Node, Span, Value};

pub(crate) struct Reader<'a> {
    pub source: &'a str,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Warning>,
    pub sources: SourceMap,
    pub base: &'static LicenceBase,
    /// Licence strings osai does not know are warnings (imported files), not errors.
    pub lenient_licences: bool,
    /// Added to every line number (for one line of a JSON Lines file).
    pub line_offset: u32,
    /// Aliases are written as their canonical id, so every definition sees the id the warning
    /// names (every input but the Model Openness Tool's, whose exact ids its grading compares).
    pub canonical_licences: bool,
    /// The input as written, for what its tree does not keep (comments).
    pub text: Option<&'a str>,
}

pub(crate) fn loc(span: Span) -> Loc {
    Loc {
        line: span.line,
        column: span.column,
    }
}

impl<'a> Reader<'a> {
    pub fn new(source: &'a str, base: &'static LicenceBase) -> Self {
        Self {
            source,
            errors: Vec::new(),
            warnings: Vec::new(),
            sources: SourceMap::new(Some(source.to_owned())),
            base,
            lenient_licences: false,
            line_offset: 0,
            text: None,
            canonical_licences: true,
        }
    }

    pub fn at(&self, span: Span) -> String {
        format!(
            "{}:{}:{}",
            self.source,
            span.line + self.line_offset,
            span.column
        )
    }

    pub fn warn(&mut self, code: &'static str, message: String, span: Span) {
        let at = Some(self.at(span));
        self.warnings.push(Warning {
            code: code.into(),
            message,
            at,
        });
    }

    pub fn record(&mut self, path: &str, node: &Node) {
        let mut l = loc(node.span);
        l.line += self.line_offset;
        self.sources.insert(path, l);
    }

    fn type_error(&mut self, node: &Node, path: &str, expected: &str) {
        let d = Diagnostic::new(
            "E-TYPE",
            node.span,
            format!("`{path}` must be {expected}, found {}", node.type_name()),
            format!("expected {expected}"),
        );
        self.errors.push(d);
    }

    /// The entries of a mapping, with duplicate and unknown keys reported.
    pub fn mapping<'n>(
        &mut self,
        node: &'n Node,
        path: &str,
        allowed: &[&str],
    ) -> Vec<(&'n str, &'n Node)> {
        let Value::Map(entries) = &node.value else {
            if node.value != Value::Null {
                self.type_error(node, path, "a mapping");
            }
            return Vec::new();
        };
        let mut out: Vec<(&str, &Node)> = Vec::new();
        for (k, v) in entries {
            let Some(key) = k.scalar_text() else {
                self.errors.push(Diagnostic::new(
                    "E-TYPE",
                    k.span,
                    "keys must be strings",
                    "not a string key",
                ));
                continue;
            };
            if let Some((_, first)) = out.iter().find(|(seen, _)| *seen == key) {
                let line = first.span.line;
                self.errors.push(
                    Diagnostic::new(
                        "E-DUPLICATE-KEY",
                        k.span,
                        format!("duplicate key `{key}` in `{}`", display_path(path)),
                        "defined again here",
                    )
                    .with_help(format!("the first `{key}` is on line {}; keep one", line)),
                );
                continue;
            }
            if !allowed.is_empty() && !allowed.contains(&key) {
                let help = did_you_mean(key, allowed.iter().copied())
                    .unwrap_or_else(|| format!("known keys here: {}", allowed.join(", ")));
                self.errors.push(
                    Diagnostic::new(
                        "E-UNKNOWN-KEY",
                        k.span,
                        format!("unknown key `{key}` in `{}`", display_path(path)),
                        "unknown key",
                    )
                    .with_help(help),
                );
                continue;
            }
            out.push((key, v));
        }
        out
    }

    pub fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        if node.value == Value::Null {
            return None;
        }
        match node.scalar_text() {
            Some(s) => {
                self.record(path, node);
                Some(s.to_owned())
            }
            None => {
                self.type_error(node, path, "a string");
                None
            }
        }
    }

    pub fn number(&mut self, node: &Node, path: &str) -> Option<f64> {
        let v = match &node.value {
            Value::Null => return None,
            Value::Int(i) => *i as f64,
            Value::Float(f) if f.is_finite() => *f,
            Value::Float(_) => {
                let written = node.raw.as_deref().unwrap_or("this");
                let d = Diagnostic::new(
                    "E-VALUE",
                    node.span,
                    format!("`{path}` must be a finite number, found `{written}` (infinite or not a number)"),
                    "not a finite number",
                )
                .with_help("write a plain number such as 7.3e9; the largest is about 1.8e308");
                self.errors.push(d);
                return None;
            }
            _ => {
                let d = Diagnostic::new(
                    "E-TYPE",
                    node.span,
                    format!("`{path}` must be a number, found {}", node.type_name()),
                    "expected a number",
                )
                .with_help("write a plain number such as 7.3e9 (no units, no quotes)");
                self.errors.push(d);
                return None;
            }
        };
        if v < 0.0 {
            self.errors.push(Diagnostic::new(
                "E-VALUE",
                node.span,
                format!("`{path}` cannot be negative"),
                "negative",
            ));
            return None;
        }
        self.record(path, node);
        Some(v)
    }

    pub fn boolean(&mut self, node: &Node, path: &str) -> Option<bool> {
        match node.value {
            Value::Null => None,
            Value::Bool(b) => {
                self.record(path, node);
                Some(b)
            }
            _ => {
                self.type_error(node, path, "true or false");
                None
            }
        }
    }

    pub fn disclosure(&mut self, node: &Node, path: &str) -> Option<Disclosure> {
        let d = match &node.value {
            Value::Null => return None,
            Value::Bool(true) => Disclosure::Yes,
            Value::Bool(false) => Disclosure::No,
            Value::Str(s) if s == "partial" => Disclosure::Partial,
            Value::Str(s) if s == "unknown" => Disclosure::Unknown,
            _ => {
                self.type_error(node, path, "true, false, partial or unknown");
                return None;
            }
        };
        self.record(path, node);
        Some(d)
    }

    pub fn date(&mut self, node: &Node, path: &str) -> Option<Date> {
        let text = match &node.value {
            Value::Null => return None,
            Value::Str(s) if s.is_empty() => return None,
            _ => node.scalar_text()?,
        };
        match text.trim().parse::<Date>() {
            Ok(d) => {
                self.record(path, node);
                Some(d)
            }
            Err(_) => {
                let d = Diagnostic::new(
                    "E-DATE",
                    node.span,
                    format!("`{path}` is not a valid date: `{text}`"),
                    "expected YYYY-MM-DD",
                )
                .with_help("write an ISO 8601 calendar date, e.g. 2024-11-26");
                self.errors.push(d);
                None
            }
        }
    }

    pub fn choice<T: Copy>(&mut self, node: &Node, path: &str, options: &[(&str, T)]) -> Option<T> {
        let text = match &node.value {
            Value::Null => return None,
            _ => node.scalar_text(),
        };
        let names = || options.iter().map(|(n, _)| *n);
        match text.and_then(|t| options.iter().find(|(n, _)| *n == t)) {
            Some((_, v)) => {
                self.record(path, node);
                Some(*v)
            }
            None => {
                let found = text.unwrap_or(node.type_name());
                let help = text
                    .and_then(|t| did_you_mean(t, names()))
                    .unwrap_or_else(|| {
                        format!("one of: {}", names().collect::<Vec<_>>().join(", "))
                    });
                self.errors.push(
                    Diagnostic::new(
                        "E-VALUE",
                        node.span,
                        format!("`{path}` cannot be `{found}`"),
                        format!(
                            "expected one of {}",
                            names().collect::<Vec<_>>().join(" | ")
                        ),
                    )
                    .with_help(help),
                );
                None
            }
        }
    }

    pub fn string_list(&mut self, node: &Node, path: &str) -> Option<Vec<String>> {
        match &node.value {
            Value::Null => None,
            Value::Seq(items) => {
                self.record(path, node);
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    if let Some(s) = self.string(item, &format!("{path}[{i}]")) {
                        out.push(s);
                    }
                }
                Some(out)
            }
            _ => {
                self.type_error(node, path, "a list");
                None
            }
        }
    }

    /// A licence expression: kept as written; aliases give a warning naming the canonical id;
    /// unknown ids are errors with suggestions (warnings in lenient mode).
    pub fn licence(&mut self, node: &Node, path: &str) -> Option<String> {
        let text = match &node.value {
            Value::Null => return None,
            Value::Map(m) if m.is_empty() => return None,
            _ => match node.scalar_text() {
                Some(t) => t.to_owned(),
                None => {
                    self.type_error(node, path, "a licence expression (a string)");
                    return None;
                }
            },
        };
        self.record(path, node);
        match self.base.resolve(&text) {
            Ok(r) => {
                for (from, to) in &r.aliased {
                    let msg = format!("`{from}` is read as the licence `{to}`");
                    self.warn("W-LICENCE-ALIAS", msg, node.span);
                }
                if r.vague {
                    let msg =
                        format!("`{text}` names no single licence; requirements on it are unknown");
                    self.warn("W-LICENCE-VAGUE", msg, node.span);
                }
                if self.canonical_licences && !r.aliased.is_empty() {
                    return Some(r.canonical);
                }
                Some(text)
            }
            Err(e) if self.lenient_licences => {
                let msg = format!("`{text}`: {e}; treated as an unknown licence, never as open");
                self.warn("W-LICENCE-UNKNOWN", msg, node.span);
                Some(text)
            }
            Err(e) => {
                let (offset, len) = e.span(&text);
                let span = sub_span(node, &text, offset, len);
                let code = match e {
                    LicenceError::UnknownId { .. } => "E-LICENCE-UNKNOWN",
                    LicenceError::TooLong { .. } => "E-LICENCE-TOO-LONG",
                    _ => "E-LICENCE-SYNTAX",
                };
                let label = match &e {
                    LicenceError::UnknownId { .. } => "unknown licence id".to_owned(),
                    LicenceError::Syntax { message, .. } => message.clone(),
                    LicenceError::Empty => "empty".to_owned(),
                    LicenceError::TooLong { .. } => "too long".to_owned(),
                };
                self.errors.push(
                    Diagnostic::new(code, span, format!("`{path}`: {e}"), label)
                        .with_help_opt(e.help()),
                );
                None
            }
        }
    }
}

/// Narrows a scalar's span to part of its text, when the text is written unquoted on one line.
fn sub_span(node: &Node, text: &str, offset: usize, len: usize) -> Span {
    let raw_len = node.span.end.saturating_sub(node.span.start);
    if raw_len == text.len() && offset + len <= text.len() {
        let prefix = &text[..offset];
        Span {
            start: node.span.start + offset,
            end: node.span.start + offset + len,
            line: node.span.line,
            column: node.span.column + prefix.chars().count() as u32,
        }
    } else {
        node.span
    }
}

pub(crate) fn display_path(path: &str) -> &str {
    if path.is_empty() { "(top level)" } else { path }
}

/// "did you mean `x`?" when a candidate is close enough.
pub fn did_you_mean<'c>(word: &str, candidates: impl Iterator<Item = &'c str>) -> Option<String> {
    let lower = word.to_lowercase();
    let best = candidates
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best.0 >= 0.75).then(|| format!("did you mean `{}`?", best.1))
}
