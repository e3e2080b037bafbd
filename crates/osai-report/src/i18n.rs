//! Languages of the reports, with Fluent.
//!
//! Three kinds of text are translated:
//! - the reports' own words (`locales/<lang>/ui.ftl`);
//! - the definitions' texts (titles, explanations, remedies, obligation titles …), from each
//!   definition's locale file (`crates/osai-engine/definitions/locales/<lang>/<id>.ftl`), looked
//!   up by the English text the report carries;
//! - the reasons, summaries and warnings the engine writes in English: each is matched against
//!   the English templates of `locales/en/reasons.ftl` and rewritten with the same message of the
//!   target language. The engine stays free of presentation.
//!
//! A text with no translation is shown in English and recorded; [`Catalog::misses`] lists them
//! (the tests fail on any).

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use osai_engine::definition::Definition;
use osai_engine::report::Status;

/// A language of the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }

    /// From a code (`fr`, `fr_FR.UTF-8`, `en-GB`); `None` for a language osai does not have.
    pub fn parse(s: &str) -> Option<Lang> {
        let l = s.trim().to_ascii_lowercase();
        if l.starts_with("fr") {
            Some(Lang::Fr)
        } else if l.starts_with("en") || l == "c" || l == "posix" {
            Some(Lang::En)
        } else {
            None
        }
    }
}

const UI_EN: &str = include_str!("../locales/en/ui.ftl");
const UI_FR: &str = include_str!("../locales/fr/ui.ftl");
const REASONS_EN: &str = include_str!("../locales/en/reasons.ftl");
const REASONS_FR: &str = include_str!("../locales/fr/reasons.ftl");
const QUESTIONS_EN: &str = include_str!("../locales/en/questions.ftl");
const QUESTIONS_FR: &str = include_str!("../locales/fr/questions.ftl");

fn sources(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => [UI_EN, REASONS_EN, QUESTIONS_EN],
        Lang::Fr => [UI_FR, REASONS_FR, QUESTIONS_FR],
    }
}

fn bundle(lang: Lang, texts: &[&str]) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    for t in texts {
        // The locale files are part of the build and checked by the tests; a syntax error in
        // one shows up as missing messages there.
        let res = FluentResource::try_new((*t).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
    }
    b
}

/// One English template of a reason: literal text and variables.
#[derive(Debug, Clone)]
struct Template {
    id: String,
    parts: Vec<Part>,
    literal_len: usize,
}

#[derive(Debug, Clone)]
enum Part {
    Lit(String),
    Var(String),
}

fn templates(ftl: &str) -> Vec<Template> {
    let resource = match fluent_syntax::parser::parse(ftl) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for entry in resource.body {
        let Entry::Message(m) = entry else { continue };
        let Some(pattern) = m.value else { continue };
        let mut parts = Vec::new();
        for el in pattern.elements {
            match el {
                PatternElement::TextElement { value } => parts.push(Part::Lit(value.to_owned())),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => parts.push(Part::Var(id.name.to_owned())),
                PatternElement::Placeable { .. } => {}
            }
        }
        let literal_len = parts
            .iter()
            .map(|p| match p {
                Part::Lit(l) => l.len(),
                Part::Var(_) => 0,
            })
            .sum();
        out.push(Template {
            id: m.id.name.to_owned(),
            parts,
            literal_len,
        });
    }
    // The most specific template first.
    out.sort_by_key(|t| std::cmp::Reverse(t.literal_len));
    out
}

/// Matches `text` against template parts; variables take the shortest text that lets the
/// rest match.
fn match_parts<'t>(parts: &[Part], text: &'t str, out: &mut Vec<(String, &'t str)>) -> bool {
    match parts.split_first() {
        None => text.is_empty(),
        Some((Part::Lit(l), rest)) => {
            text.starts_with(l.as_str()) && match_parts(rest, &text[l.len()..], out)
        }
        Some((Part::Var(v), rest)) => {
            let Some(Part::Lit(next)) = rest.first() else {
                if text.is_empty() {
                    return false;
                }
                out.push((v.clone(), text));
                return rest.is_empty();
            };
            let mut from = 1;
            while from <= text.len() {
                let Some(i) = text.get(from..).and_then(|t| t.find(next.as_str())) else {
                    return false;
                };
                let at = from + i;
                let mark = out.len();
                out.push((v.clone(), &text[..at]));
                if match_parts(rest, &text[at..], out) {
                    return true;
                }
                out.truncate(mark);
                from = at + 1;
                while from < text.len() && !text.is_char_boundary(from) {
                    from += 1;
                }
            }
            false
        }
    }
}

/// Splits a reason at `; ` outside parentheses and backquotes.
fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut depth, mut quoted, mut start) = (0i32, false, 0);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => quoted = !quoted,
            b'(' if !quoted => depth += 1,
            b')' if !quoted => depth -= 1,
            b';' if !quoted && depth <= 0 && bytes.get(i + 1) == Some(&b' ') => {
                out.push(&text[start..i]);
                start = i + 2;
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&text[start..]);
    out
}

/// The messages of one language.
pub struct Catalog {
    lang: Lang,
    ui: FluentBundle<FluentResource>,
    templates: Vec<Template>,
    /// Definition texts: English → this language.
    definitions: HashMap<String, String>,
    /// Words the templates carry as variables (statuses, licence tests): English → this language.
    words: HashMap<String, String>,
    misses: Mutex<BTreeSet<String>>,
}

impl Catalog {
    /// The catalogue of a language, built once.
    pub fn get(lang: Lang) -> &'static Catalog {
        static EN: OnceLock<Catalog> = OnceLock::new();
        static FR: OnceLock<Catalog> = OnceLock::new();
        let cell = match lang {
            Lang::En => &EN,
            Lang::Fr => &FR,
        };
        cell.get_or_init(|| Catalog::new(lang))
    }

    fn new(lang: Lang) -> Catalog {
        let ui = bundle(lang, &sources(lang));
        let mut c = Catalog {
            lang,
            ui,
            templates: templates(REASONS_EN),
            definitions: HashMap::new(),
            words: HashMap::new(),
            misses: Mutex::new(BTreeSet::new()),
        };
        if lang != Lang::En {
            let en = Catalog::get(Lang::En);
            for prefix in [
                "status-",
                "outcome-",
                "test-",
                "yes-no-",
                "mof-state-",
                "licence-category-",
            ] {
                for id in message_ids(UI_EN).filter(|id| id.starts_with(prefix)) {
                    let (e, f) = (en.ui(id, &[]), c.ui(id, &[]));
                    c.words.insert(e, f);
                }
            }
            // Statuses as the engine writes them (`does-not-apply`, `not-applicable`).
            for (word, id) in [
                ("pass", "status-pass"),
                ("fail", "status-fail"),
                ("unknown", "status-unknown"),
                ("not-applicable", "status-not-applicable"),
                ("applies", "outcome-applies"),
                ("does-not-apply", "outcome-does-not-apply"),
            ] {
                let f = c.ui(id, &[]);
                c.words.insert(word.to_owned(), f);
            }
            for d in osai_engine::builtin_definitions() {
                c.add_definition(d);
            }
        }
        c
    }

    /// Learns a definition's texts in this language, from its locale file (and, for the
    /// requirements it inherits, its parent's).
    pub fn add_definition(&mut self, d: &Definition) {
        let code = self.lang.code();
        let mut files: Vec<&str> = Vec::new();
        if let Some(t) = osai_engine::builtin_locale(code, &d.id) {
            files.push(t);
        }
        if let Some(parent) = &d.extends
            && let Some(t) = osai_engine::builtin_locale(code, parent)
        {
            files.push(t);
        }
        if files.is_empty() {
            return;
        }
        let b = bundle(self.lang, &files);
        let mut learn = |en: &str, msg: &str, attr: &str| {
            if let Some(fr) = attribute(&b, msg, attr) {
                self.definitions.insert(en.to_owned(), fr);
            }
        };
        learn(&d.title, "definition", "title");
        if let Some(s) = &d.summary {
            learn(s, "definition", "summary");
        }
        if let Some(s) = &d.score {
            learn(&s.credit, "definition", "credit");
            for (i, schema) in s.schemas.iter().enumerate() {
                learn(&schema.name, "definition", &format!("score-schema-{i}"));
            }
        }
        for r in &d.requirements {
            learn(&r.title, &r.code, "title");
            learn(&r.cite, &r.code, "cite");
            if let Some(e) = &r.explain {
                learn(e, &r.code, "explain");
            }
            if let Some(f) = &r.remedy.fail {
                learn(f, &r.code, "remedy-fail");
            }
            if let Some(u) = &r.remedy.unknown {
                learn(u, &r.code, "remedy-unknown");
            }
        }
        for o in &d.obligations {
            let msg = format!("obligation-{}", o.code);
            learn(&o.title, &msg, "title");
            learn(&o.cite, &msg, "cite");
            for (i, s) in o.since_rules.iter().enumerate() {
                learn(&s.note, &msg, &format!("note-{i}"));
            }
        }
        for e in &d.exemptions {
            learn(&e.title, &format!("exemption-{}", e.id), "title");
        }
        for c in &d.categories {
            learn(&c.title, &format!("category-{}", c.id), "title");
        }
        if let Some(levels) = &d.levels {
            for l in &levels.levels {
                learn(&l.name, &format!("level-{}", l.id), "name");
            }
        }
        for (i, x) in d.derived.iter().enumerate() {
            learn(&x.note, &format!("derive-{i}"), "note");
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn miss(&self, what: &str) {
        if let Ok(mut m) = self.misses.lock() {
            m.insert(what.to_owned());
        }
    }

    /// Texts that had no translation so far (shown in English).
    pub fn misses(&self) -> Vec<String> {
        self.misses
            .lock()
            .map(|m| m.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Whether a message exists in this language.
    pub fn has(&self, id: &str) -> bool {
        self.ui.has_message(id)
    }

    /// A list of ids (`user-threshold, naming`), each as the message `prefix` + id says it.
    fn each(&self, ids: &str, prefix: &str) -> String {
        ids.split(", ")
            .map(|k| self.ui(&format!("{prefix}{k}"), &[]))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A date as prose writes it: "2 Aug 2027", "2 août 2027". Anything that is not an ISO
    /// date (`YYYY-MM-DD`) is shown as given.
    pub fn date(&self, iso: &str) -> String {
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        const FR: [&str; 12] = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ];
        let mut parts = iso.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return iso.to_owned();
        };
        let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else {
            return iso.to_owned();
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) || !(1..=12).contains(&m) {
            return iso.to_owned();
        }
        let month = match self.lang {
            Lang::En => EN[m - 1],
            Lang::Fr => FR[m - 1],
        };
        match (self.lang, d) {
            (Lang::Fr, 1) => format!("1er {month} {y}"),
            _ => format!("{d} {month} {y}"),
        }
    }

    /// A message of the reports' own words.
    pub fn ui(&self, id: &str, args: &[(&str, &str)]) -> String {
        let Some(pattern) = self.ui.get_message(id).and_then(|m| m.value()) else {
            self.miss(id);
            return id.to_owned();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            // Numbers as numbers, so that plural forms can select on them.
            match v.parse::<i64>() {
                Ok(n) => fa.set(*k, FluentValue::from(n)),
                Err(_) => fa.set(*k, FluentValue::from(*v)),
            }
        }
        let mut errors = Vec::new();
        self.ui
            .format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    }

    /// A word the engine writes as a code (`applies`, `does-not-apply`, `pass` …).
    pub fn word(&self, english: &str) -> String {
        if self.lang == Lang::En {
            return english.to_owned();
        }
        match self.words.get(english) {
            Some(w) => w.clone(),
            None => {
                self.miss(english);
                english.to_owned()
            }
        }
    }

    pub fn status(&self, s: Status) -> String {
        self.ui(&format!("status-{}", s.as_str()), &[])
    }

    /// A text written in a definition file, in this language.
    pub fn text<'a>(&self, english: &'a str) -> Cow<'a, str> {
        if self.lang == Lang::En {
            return Cow::Borrowed(english);
        }
        match self.definitions.get(english) {
            Some(t) => Cow::Owned(t.clone()),
            None => {
                self.miss(english);
                Cow::Borrowed(english)
            }
        }
    }

    /// A remedy: a definition's text, or one the engine composed.
    pub fn remedy<'a>(&self, english: &'a str) -> Cow<'a, str> {
        if self.lang == Lang::En || self.definitions.contains_key(english) {
            return self.text(english);
        }
        Cow::Owned(self.reason(english))
    }

    /// A reason, summary or warning the engine wrote in English.
    pub fn reason(&self, english: &str) -> String {
        if self.lang == Lang::En {
            return english.to_owned();
        }
        let parts: Vec<String> = clauses(english)
            .into_iter()
            .map(|c| self.clause(c))
            .collect();
        parts.join(" ; ")
    }

    fn clause(&self, clause: &str) -> String {
        if let Some(t) = self.definitions.get(clause) {
            return t.clone();
        }
        for t in &self.templates {
            let mut vars = Vec::new();
            if !match_parts(&t.parts, clause, &mut vars) {
                continue;
            }
            // A word variable only matches a word osai knows (`is not listed, so …` is not a
            // licence test).
            let unknown_word = |n: &str, v: &str| match n {
                "status" | "test" | "mofstate" | "catname" => !self.words.contains_key(v),
                "title" => !self.definitions.contains_key(v),
                _ => false,
            };
            if vars.iter().any(|(n, v)| unknown_word(n, v)) {
                continue;
            }
            let Some(pattern) = self.ui.get_message(&t.id).and_then(|m| m.value()) else {
                self.miss(&t.id);
                return clause.to_owned();
            };
            let mut fa = FluentArgs::new();
            for (name, value) in vars {
                let v = match name.as_str() {
                    "why" => self.reason(value),
                    "title" => self.text(value).into_owned(),
                    "restrictions" => self.each(value, "restriction-"),
                    "kinds" => self.each(value, "kind-"),
                    "status" | "test" | "mofstate" | "catname" => match self.words.get(value) {
                        Some(w) => w.clone(),
                        None => {
                            self.miss(value);
                            value.to_owned()
                        }
                    },
                    _ => value.to_owned(),
                };
                fa.set(name, FluentValue::from(v));
            }
            let mut errors = Vec::new();
            return self
                .ui
                .format_pattern(pattern, Some(&fa), &mut errors)
                .into_owned();
        }
        self.miss(clause);
        clause.to_owned()
    }
}

fn attribute(b: &FluentBundle<FluentResource>, msg: &str, attr: &str) -> Option<String> {
    let m = b.get_message(msg)?;
    let pattern = m.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

/// The message ids of a Fluent file.
pub fn message_ids(ftl: &str) -> impl Iterator<Item = &str> {
    ftl.lines().filter_map(|l| {
        let (id, _) = l.split_once(" =")?;
        (!id.starts_with([' ', '#', '.']) && !id.is_empty()).then_some(id.trim())
    })
}

/// The locale files, for the completeness tests: (language, name, text).
pub fn locale_files() -> [(Lang, &'static str, &'static str); 6] {
    [
        (Lang::En, "ui", UI_EN),
        (Lang::Fr, "ui", UI_FR),
        (Lang::En, "reasons", REASONS_EN),
        (Lang::Fr, "reasons", REASONS_FR),
        (Lang::En, "questions", QUESTIONS_EN),
        (Lang::Fr, "questions", QUESTIONS_FR),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_respect_parentheses_and_quotes() {
        assert_eq!(clauses("a; b (c; d); `e; f`"), ["a", "b (c; d)", "`e; f`"]);
    }

    #[test]
    fn templates_match_shortest_first() {
        let t = templates("m = { $a } is not { $b }\n");
        let mut out = Vec::new();
        assert!(match_parts(&t[0].parts, "x is not y is not z", &mut out));
        assert_eq!(out, [("a".to_owned(), "x"), ("b".to_owned(), "y is not z")]);
    }

    #[test]
    fn french_reasons() {
        let fr = Catalog::get(Lang::Fr);
        assert_eq!(
            fr.reason("training-code is not published; AIA-GPAI is pass"),
            "training-code n'est pas publié ; AIA-GPAI : réussi"
        );
        assert_eq!(
            fr.reason("LicenseRef-Llama-3.1 is not OSI-approved (restrictions: naming, other)"),
            "LicenseRef-Llama-3.1 : pas approuvée par l'OSI (restrictions : nom imposé, autres)"
        );
    }
}
