use super::base::{Category, LicenceBase, LicenceEntry};
use crate::report::Status;

/// The most terms, operators and parentheses one licence expression may have. Real
/// expressions have a handful; the limit keeps a hostile one from costing more than
/// microseconds (every step below is linear in it).
pub const MAX_EXPRESSION_TERMS: usize = 512;

/// The longest licence expression read, in bytes.
pub const MAX_EXPRESSION_BYTES: usize = 16 * 1024;

/// A licence expression after alias resolution: `OR` lets the licensee choose, `AND` makes
/// every term apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr {
    Term(Term),
    And(Vec<Expr>),
    Or(Vec<Expr>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Canonical id: an SPDX id, a `LicenseRef-`, or a category id (`unlicensed`, …).
    pub id: String,
    pub or_later: bool,
    pub exception: Option<String>,
}

impl Resolved {
    /// The ids of every term.
    pub fn expr_terms(&self) -> impl Iterator<Item = &str> {
        let mut out = Vec::new();
        self.expr.terms(&mut out);
        out.into_iter()
    }
}

impl Expr {
    pub fn terms<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Term(t) => out.push(&t.id),
            Expr::And(xs) | Expr::Or(xs) => xs.iter().for_each(|x| x.terms(out)),
        }
    }
}

/// A licence string as resolved against the base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub canonical: String,
    pub expr: Expr,
    /// (as written, canonical id) for every alias that was resolved.
    pub aliased: Vec<(String, String)>,
    /// It names no single licence (`other`, `see LICENSE`): such a name can only stand alone,
    /// so its canonical form is the entry, whose category says so. Decided when resolved.
    pub vague: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LicenceError {
    #[error("empty licence")]
    Empty,
    #[error("invalid licence expression: {message}")]
    Syntax {
        message: String,
        offset: usize,
        len: usize,
    },
    #[error(
        "licence expression too long: {terms} terms in {bytes} bytes (osai reads at most {MAX_EXPRESSION_TERMS} terms and {MAX_EXPRESSION_BYTES} bytes)"
    )]
    TooLong { terms: usize, bytes: usize },
    #[error("unknown licence `{id}`")]
    UnknownId {
        id: String,
        offset: usize,
        suggestions: Vec<String>,
    },
}

impl LicenceError {
    /// Byte range in the expression the error is about.
    pub fn span(&self, text: &str) -> (usize, usize) {
        match self {
            Self::Empty | Self::TooLong { .. } => (0, text.len()),
            Self::Syntax { offset, len, .. } => (*offset, *len),
            Self::UnknownId { id, offset, .. } => (*offset, id.len()),
        }
    }

    pub fn help(&self) -> Option<String> {
        match self {
            Self::Empty => Some("write an SPDX expression such as `Apache-2.0`, or `unlicensed`".into()),
            Self::Syntax { .. } => Some("operators are AND, OR and WITH; group with parentheses".into()),
            Self::TooLong { .. } => Some(
                "name the licences that apply to this component; a list of hundreds belongs in an SBOM, not in one expression"
                    .into(),
            ),
            Self::UnknownId { suggestions, .. } if !suggestions.is_empty() => {
                Some(format!("did you mean {}?", quote_list(suggestions)))
            }
            Self::UnknownId { .. } => Some(
                "use an SPDX id, an osai id (`osai licence list`) or `LicenseRef-<Name>` for a licence osai does not know"
                    .into(),
            ),
        }
    }
}

fn quote_list(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    q.join(", ")
}

/// A resolution shared between the callers of one thread.
pub type SharedResolution = std::rc::Rc<Result<Resolved, LicenceError>>;

thread_local! {
    /// Resolutions are pure functions of (base, text); releases share a few dozen licence
    /// strings, so each thread keeps them, looked up by the text without allocating (bounded:
    /// cleared past 4096 texts). The base is checked on a hit; another base is not cached.
    static RESOLVED: std::cell::RefCell<rustc_hash::FxHashMap<String, (usize, SharedResolution)>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

impl LicenceBase {
    /// `resolve`, cached per thread and shared: for hot paths that resolve the same strings
    /// release after release.
    pub fn resolve_cached(&self, text: &str) -> SharedResolution {
        let base = std::ptr::from_ref(self) as usize;
        let hit = RESOLVED.with(|c| {
            c.borrow()
                .get(text)
                .filter(|(b, _)| *b == base)
                .map(|(_, v)| v.clone())
        });
        if let Some(v) = hit {
            return v;
        }
        let v = std::rc::Rc::new(self.resolve(text));
        RESOLVED.with(|c| {
            let mut c = c.borrow_mut();
            if c.len() >= 4096 {
                c.clear();
            }
            c.entry(text.to_owned())
                .or_insert_with(|| (base, v.clone()));
        });
        v
    }

    /// Resolves a licence string: a whole-string alias first (`Apache 2.0`, `Gemma Terms of Use`),
    /// else an SPDX expression whose terms may be aliases.
    pub fn resolve(&self, text: &str) -> Result<Resolved, LicenceError> {
        let mut r = self.resolve_terms(text)?;
        r.vague = self
            .get(&r.canonical)
            .is_some_and(|e| matches!(e.category, Category::Several | Category::Unknown));
        Ok(r)
    }

    fn resolve_terms(&self, text: &str) -> Result<Resolved, LicenceError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(LicenceError::Empty);
        }
        if let Some(id) = self.exact_id(trimmed) {
            let aliased = if id == trimmed {
                Vec::new()
            } else {
                vec![(trimmed.to_owned(), id.clone())]
            };
            return Ok(single(id, aliased));
        }
        if let Some(id) = self.alias(trimmed) {
            let aliased = vec![(trimmed.to_owned(), id.to_owned())];
            return Ok(single(id.to_owned(), aliased));
        }
        self.resolve_expression(text)
    }

    fn exact_id(&self, s: &str) -> Option<String> {
        self.get(s).map(|e| e.id.clone())
    }

    fn resolve_expression(&self, text: &str) -> Result<Resolved, LicenceError> {
        let all = tokens(text);
        if all.len() > MAX_EXPRESSION_TERMS || text.len() > MAX_EXPRESSION_BYTES {
            return Err(LicenceError::TooLong {
                terms: all.len(),
                bytes: text.len(),
            });
        }
        let whole = all.len() == 1;
        let mut canonical = String::with_capacity(text.len());
        let mut aliased = Vec::new();
        let mut after_with = false;
        for (offset, token) in all {
            if !canonical.is_empty() {
                canonical.push(' ');
            }
            let upper = token.to_ascii_uppercase();
            if matches!(token, "(" | ")") || matches!(upper.as_str(), "AND" | "OR" | "WITH") {
                canonical.push_str(if token.len() == 1 { token } else { &upper });
                after_with = upper == "WITH";
                continue;
            }
            if after_with {
                after_with = false;
                match spdx::exception_id(token) {
                    Some(e) => canonical.push_str(e.name),
                    None => {
                        return Err(LicenceError::UnknownId {
                            id: token.to_owned(),
                            offset,
                            suggestions: Vec::new(),
                        });
                    }
                }
                continue;
            }
            let (bare, plus) = match token.strip_suffix('+') {
                Some(b) if !b.is_empty() => (b, "+"),
                _ => (token, ""),
            };
            let id = if let Some(id) = self.exact_id(bare) {
                if id != bare {
                    aliased.push((bare.to_owned(), id.clone()));
                }
                id
            } else if let Some(id) = self.alias(bare) {
                aliased.push((bare.to_owned(), id.to_owned()));
                id.to_owned()
            } else if bare.starts_with("LicenseRef-") || bare.starts_with("DocumentRef-") {
                bare.to_owned()
            } else {
                return Err(LicenceError::UnknownId {
                    id: token.to_owned(),
                    offset,
                    suggestions: self.suggest(bare, 3),
                });
            };
            if let Some(e) = self.get(&id)
                && e.category != Category::Licence
            {
                if !whole {
                    return Err(LicenceError::Syntax {
                        message: format!(
                            "`{id}` is not a licence and cannot be combined with others"
                        ),
                        offset,
                        len: token.len(),
                    });
                }
                return Ok(single(id, aliased));
            }
            canonical.push_str(&id);
            canonical.push_str(plus);
        }
        let parsed =
            spdx::Expression::parse_mode(&canonical, spdx::ParseMode::STRICT).map_err(|e| {
                LicenceError::Syntax {
                    message: e.reason.to_string(),
                    offset: 0,
                    len: text.len(),
                }
            })?;
        let expr = from_postfix(&parsed);
        let canonical = render(&expr, true);
        Ok(Resolved {
            canonical,
            expr,
            aliased,
            vague: false,
        })
    }

    /// Evaluates a test on every term: `OR` takes the most favourable branch, `AND` the least.
    pub fn evaluate(
        &self,
        expr: &Expr,
        test: &mut impl FnMut(&Term, Option<&LicenceEntry>) -> Status,
    ) -> Status {
        match expr {
            Expr::Term(t) => test(t, self.get(&t.id)),
            Expr::And(xs) => xs.iter().fold(Status::NotApplicable, |acc, x| {
                acc.and(self.evaluate(x, test))
            }),
            Expr::Or(xs) => xs.iter().fold(Status::NotApplicable, |acc, x| {
                acc.or(self.evaluate(x, test))
            }),
        }
    }
}

fn single(id: String, aliased: Vec<(String, String)>) -> Resolved {
    Resolved {
        canonical: id.clone(),
        expr: Expr::Term(Term {
            id,
            or_later: false,
            exception: None,
        }),
        aliased,
        vague: false,
    }
}

/// Splits an expression into terms, operators and parentheses, with byte offsets.
fn tokens(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || c == '(' || c == ')' {
            if let Some(s) = start.take() {
                out.push((s, &text[s..i]));
            }
            if c != ' ' && !c.is_whitespace() {
                out.push((i, &text[i..i + 1]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

fn from_postfix(parsed: &spdx::Expression) -> Expr {
    let mut stack: Vec<Expr> = Vec::new();
    for node in parsed.iter() {
        match node {
            spdx::expression::ExprNode::Req(r) => {
                let (id, or_later) = match &r.req.license {
                    spdx::LicenseItem::Spdx { id, or_later } => (id.name.to_owned(), *or_later),
                    spdx::LicenseItem::Other(other) => (other.to_string(), false),
                };
                let exception = r.req.addition.as_ref().map(|a| a.to_string());
                stack.push(Expr::Term(Term {
                    id,
                    or_later,
                    exception,
                }));
            }
            spdx::expression::ExprNode::Op(op) => {
                let (Some(b), Some(a)) = (stack.pop(), stack.pop()) else {
                    break;
                };
                let and = *op == spdx::expression::Operator::And;
                stack.push(join(a, b, and));
            }
        }
    }
    stack.pop().unwrap_or(Expr::And(Vec::new()))
}

/// `a op b`, flattened: a chain of one operator grows the left operand's list in place, so
/// reading `x OR x OR …` is linear.
fn join(a: Expr, b: Expr, and: bool) -> Expr {
    let mut items = match (a, and) {
        (Expr::And(xs), true) | (Expr::Or(xs), false) => xs,
        (a, _) => vec![a],
    };
    match (b, and) {
        (Expr::And(xs), true) | (Expr::Or(xs), false) => items.extend(xs),
        (b, _) => items.push(b),
    }
    if and {
        Expr::And(items)
    } else {
        Expr::Or(items)
    }
}

/// Canonical text: `AND` binds tighter than `OR`, so only `OR` inside `AND` needs parentheses.
pub(crate) fn render(expr: &Expr, top: bool) -> String {
    match expr {
        Expr::Term(t) => {
            let mut s = t.id.clone();
            if t.or_later {
                s.push('+');
            }
            if let Some(e) = &t.exception {
                s.push_str(" WITH ");
                s.push_str(e);
            }
            s
        }
        Expr::And(xs) => xs
            .iter()
            .map(|x| render(x, false))
            .collect::<Vec<_>>()
            .join(" AND "),
        Expr::Or(xs) => {
            let s = xs
                .iter()
                .map(|x| render(x, false))
                .collect::<Vec<_>>()
                .join(" OR ");
            if top { s } else { format!("({s})") }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::licence::LicenceBase;

    fn base() -> &'static LicenceBase {
        LicenceBase::builtin()
    }

    #[test]
    fn plain_spdx() {
        let r = base().resolve("MIT OR Apache-2.0").unwrap();
        assert_eq!(r.canonical, "MIT OR Apache-2.0");
        assert!(r.aliased.is_empty());
    }

    #[test]
    fn case_variants_are_aliases() {
        let r = base().resolve("apache-2.0").unwrap();
        assert_eq!(r.canonical, "Apache-2.0");
        assert_eq!(
            r.aliased,
            vec![("apache-2.0".to_owned(), "Apache-2.0".to_owned())]
        );
    }

    #[test]
    fn exceptions_and_precedence() {
        let r = base()
            .resolve("GPL-2.0-only WITH Classpath-exception-2.0 AND (MIT OR BSD-3-Clause)")
            .unwrap();
        assert_eq!(
            r.canonical,
            "GPL-2.0-only WITH Classpath-exception-2.0 AND (MIT OR BSD-3-Clause)"
        );
    }

    #[test]
    fn unknown_ids_suggest() {
        let e = base().resolve("Apache-2.1").unwrap_err();
        let LicenceError::UnknownId { suggestions, .. } = e else {
            panic!("{e:?}")
        };
        assert!(
            suggestions.iter().any(|s| s == "Apache-2.0"),
            "{suggestions:?}"
        );
    }

    #[test]
    fn long_expressions_are_refused_with_the_limit() {
        let long = vec!["MIT"; 40_000].join(" OR ");
        let e = base().resolve(&long).unwrap_err();
        assert!(
            matches!(e, LicenceError::TooLong { terms: 79_999, .. }),
            "{e:?}"
        );
        assert!(e.to_string().contains("at most 512 terms"), "{e}");
        // Just under the limit still reads, flattened into one list.
        let under = vec!["MIT"; MAX_EXPRESSION_TERMS / 2].join(" OR ");
        let r = base().resolve(&under).unwrap();
        let Expr::Or(xs) = &r.expr else {
            panic!("{:?}", r.expr)
        };
        assert_eq!(xs.len(), MAX_EXPRESSION_TERMS / 2);
        let nested = format!("{}MIT{}", "(".repeat(200), ")".repeat(200));
        assert!(base().resolve(&nested).is_ok());
    }

    #[test]
    fn syntax_errors() {
        assert!(matches!(
            base().resolve("MIT AND"),
            Err(LicenceError::Syntax { .. })
        ));
        assert!(matches!(base().resolve("  "), Err(LicenceError::Empty)));
        assert!(matches!(
            base().resolve("(MIT"),
            Err(LicenceError::Syntax { .. })
        ));
    }
}
