//! Three-valued evaluation of definitions over a located manifest. Pure and deterministic.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::component::{ComponentId, ContentType};
use crate::definition::{
    Definition, FactTest, LicenceCheck, LicenceTest, Predicate, Requirement, SourcesCheck,
};
use crate::licence::{Category, LicenceBase, LicenceEntry, Tri};
use crate::manifest::{Disclosure, LocatedManifest, Manifest, SourceMap};
use crate::report::{DefinitionResult, FactRef, RequirementResult, Status};

/// Outcome of a predicate with the reasons that decided it.
#[derive(Debug, Clone)]
pub(crate) struct Outcome {
    pub status: Status,
    pub reasons: Vec<String>,
}

impl Outcome {
    fn new(status: Status, reason: impl Into<String>) -> Self {
        let reason = reason.into();
        // Verdict-only runs render no reasons: an empty one costs no allocation.
        Self {
            status,
            reasons: if reason.is_empty() {
                Vec::new()
            } else {
                vec![reason]
            },
        }
    }
}

/// Everything a predicate may read.
pub struct Context<'a> {
    pub manifest: &'a Manifest,
    pub sources: &'a SourceMap,
    pub base: &'a LicenceBase,
    /// The date the law is applied on.
    pub as_of: crate::manifest::Date,
    /// Render reasons and facts (the full report); off for verdicts only.
    pub detail: bool,
    /// The verdicts of the definitions assessed so far (read by `verdict` rules).
    pub verdicts: Vec<(&'a str, Status)>,
    as_json: OnceLock<Value>,
}

impl<'a> Context<'a> {
    pub fn new(
        located: &'a LocatedManifest,
        base: &'a LicenceBase,
        as_of: crate::manifest::Date,
    ) -> Self {
        Self {
            manifest: &located.manifest,
            sources: &located.sources,
            base,
            as_of,
            detail: true,
            verdicts: Vec::new(),
            as_json: OnceLock::new(),
        }
    }

    fn fact(&self, path: &str, value: Value) -> FactRef {
        FactRef {
            path: path.to_owned(),
            value,
            at: self.sources.at(path),
        }
    }

    /// The value at a manifest path (`facts.parameters`, `release.kind`), if stated.
    pub fn value(&self, path: &str) -> Option<Value> {
        // The paths definitions read most are answered from the fields directly; anything else
        // from a JSON view of the whole manifest, built once per release on first need.
        if let Some(found) = self.direct_value(path) {
            return found;
        }
        let root = self
            .as_json
            .get_or_init(|| serde_json::to_value(self.manifest).unwrap_or(Value::Null));
        let mut v = root;
        for part in path.split('.') {
            v = v.get(part)?;
        }
        (!v.is_null()).then(|| v.clone())
    }

    /// `Some(answer)` for the paths read without the JSON view; `None` to fall back to it.
    fn direct_value(&self, path: &str) -> Option<Option<Value>> {
        let (head, field) = path.split_once('.')?;
        let num = |x: Option<f64>| x.and_then(serde_json::Number::from_f64).map(Value::Number);
        let list = |x: &Option<Vec<String>>| {
            x.as_ref()
                .map(|v| Value::Array(v.iter().map(|s| Value::String(s.clone())).collect()))
        };
        let text = |x: &Option<String>| x.as_ref().map(|s| Value::String(s.clone()));
        let date = |x: &Option<crate::manifest::Date>| x.map(|d| Value::String(d.to_string()));
        Some(match head {
            "facts" => {
                let f = &self.manifest.facts;
                match field {
                    "general_purpose" => f.general_purpose.map(Value::Bool),
                    "systemic_risk_designated" => f.systemic_risk_designated.map(Value::Bool),
                    "monetised" => f.monetised.map(Value::Bool),
                    "eu_market" => f.eu_market.map(Value::Bool),
                    "article_6_3_derogation" => f.article_6_3_derogation.map(Value::Bool),
                    "original_systemic_risk" => f.original_systemic_risk.map(Value::Bool),
                    "provider_established_in_eu" => f.provider_established_in_eu.map(Value::Bool),
                    "parameters" => num(f.parameters),
                    "active_parameters" => num(f.active_parameters),
                    "mixture_of_experts" => f.mixture_of_experts.map(Value::Bool),
                    "training_tokens" => num(f.training_tokens),
                    "training_compute_flop" => num(f.training_compute_flop),
                    "modification_compute_flop" => num(f.modification_compute_flop),
                    "original_training_compute_flop" => num(f.original_training_compute_flop),
                    "placed_on_market" => date(&f.placed_on_market),
                    "modified_from" => text(&f.modified_from),
                    "intended_purposes" => list(&f.intended_purposes),
                    "prohibited_practices" => list(&f.prohibited_practices),
                    "transparency" => list(&f.transparency),
                    "models" => list(&f.models),
                    "output_modalities" => f
                        .output_modalities
                        .as_ref()
                        .and_then(|v| serde_json::to_value(v).ok()),
                    _ => return None,
                }
            }
            "profiles" => {
                let (name, dim) = field.split_once('.')?;
                self.manifest
                    .profiles
                    .get(name)
                    .and_then(|p| p.get(dim))
                    .map(|g| Value::String(g.clone()))
            }
            _ => return None,
        })
    }

    /// The licence that applies to a component and the path it was read from: its own, then
    /// the default for its content type (parameters: `model`, then `data`), then `distribution`.
    pub fn effective_licence(
        &self,
        target: crate::definition::LicenceTarget,
    ) -> Option<(&'static str, &'a str)> {
        let m = self.manifest;
        let l = &m.licenses;
        let id = match target {
            crate::definition::LicenceTarget::DataInformation => {
                if let Some(s) = &m.data_information.license {
                    return Some(("data_information.license", s));
                }
                return l.for_content(ContentType::Document);
            }
            crate::definition::LicenceTarget::Component(id) => id,
        };
        m.licence_of(id)
    }
}

/// Said of a component a partial list (`components_complete: false`) does not name.
const NOT_STATED: &str = "is not stated (the component list is partial)";

pub(crate) struct Evaluator<'c, 'a> {
    pub cx: &'c Context<'a>,
    /// Render reasons and collect facts (off for verdicts-only batch runs).
    pub detail: bool,
    /// The definition's levels section, with every component judged under it once.
    pub levels: Option<(&'c crate::definition::Levels, crate::mof::States<'a>)>,
    pub derived: &'c [crate::definition::Derived],
    /// Exemptions decided so far, in the definition's order.
    pub exemptions: Vec<(&'c str, Status)>,
    /// Requirements evaluated so far, in order (later checks may read them).
    pub done: Vec<(&'c str, Status)>,
    pub facts: Vec<FactRef>,
    /// An `if_listed` with `assume_unused` decided the requirement being evaluated.
    pub assumed_unused: bool,
}

impl<'c> Evaluator<'c, '_> {
    /// Another definition's verdict, decided before this one in the same assessment.
    fn verdict_of(&self, v: &crate::definition::VerdictRef) -> Outcome {
        let want = v.is.as_deref().unwrap_or("pass");
        let Some((_, got)) = self.cx.verdicts.iter().find(|(id, _)| *id == v.definition) else {
            return Outcome::new(
                Status::Unknown,
                self.why(format_args!(
                    "{} was not assessed before this rule",
                    v.definition
                )),
            );
        };
        let status = if got.as_str() == want {
            Status::Pass
        } else if matches!(got, Status::Unknown | Status::NotApplicable) {
            Status::Unknown
        } else {
            Status::Fail
        };
        Outcome::new(
            status,
            self.why(format_args!(
                "{} gives {} (this reading asks {want})",
                v.definition,
                got.as_str()
            )),
        )
    }

    /// A reason in words, rendered only when the report will carry it.
    fn why(&self, args: std::fmt::Arguments<'_>) -> String {
        if self.detail {
            args.to_string()
        } else {
            String::new()
        }
    }

    pub fn eval(&mut self, p: &Predicate) -> Outcome {
        match p {
            Predicate::Stub(_) => Outcome::new(Status::Unknown, "not implemented yet"),
            Predicate::Verdict(v) => self.verdict_of(v),
            Predicate::Published(c) => self.published(*c, true),
            Predicate::Listed(c) => self.published(*c, false),
            Predicate::DataInfo(item) => self.data_info(item),
            Predicate::Licence(check) => self.licence(check),
            Predicate::Fact(t) => self.fact(t),
            Predicate::Sources(s) => self.sources(s),
            Predicate::Requirement(code) => match self
                .done
                .iter()
                .rev()
                .find(|(c, _)| *c == code.as_str())
                .map(|(_, s)| s)
            {
                Some(s) => Outcome::new(*s, self.why(format_args!("{code} is {s}"))),
                None => Outcome::new(
                    Status::Unknown,
                    self.why(format_args!(
                        "{code} is not evaluated before this requirement"
                    )),
                ),
            },
            Predicate::Not(inner) => {
                let o = self.eval(inner);
                Outcome {
                    status: !o.status,
                    reasons: o.reasons,
                }
            }
            Predicate::MofComponent(id) => self.mof_component(*id),
            Predicate::IfListed(il) => {
                if self.cx.manifest.components.contains_key(&il.component) {
                    self.eval(&il.check)
                } else {
                    let path = il.component.info().path;
                    if self.detail {
                        self.facts.push(self.cx.fact(path, Value::Null));
                    }
                    if !self.cx.manifest.components_complete {
                        return Outcome::new(
                            Status::Unknown,
                            self.why(format_args!(
                                "{} is not stated (the component list is partial), so whether it was used is not known",
                                il.component
                            )),
                        );
                    }
                    self.assumed_unused |= il.assume_unused;
                    let why = if il.assume_unused {
                        "assumed unused"
                    } else {
                        "nothing to check"
                    };
                    Outcome::new(
                        Status::NotApplicable,
                        self.why(format_args!("{} is not listed; {why}", il.component)),
                    )
                }
            }
            Predicate::First(items) => {
                let mut last = Outcome::new(Status::Unknown, "nothing decides");
                let mut unknown_reasons = Vec::new();
                for p in items {
                    let o = self.eval(p);
                    if o.status != Status::Unknown {
                        return o;
                    }
                    unknown_reasons.extend(o.reasons.iter().cloned());
                    last = o;
                }
                last.reasons = unknown_reasons;
                last
            }
            Predicate::Exemption(id) => match self
                .exemptions
                .iter()
                .find(|(e, _)| *e == id.as_str())
                .map(|(_, s)| s)
            {
                Some(s) => Outcome::new(
                    *s,
                    self.why(format_args!("exemption {id}: {}", exemption_word(*s))),
                ),
                None => Outcome::new(
                    Status::Unknown,
                    self.why(format_args!(
                        "exemption {id} is not decided before this rule"
                    )),
                ),
            },
            Predicate::AsOf(t) => self.as_of(t),
            Predicate::If(ite) => {
                let c = self.eval(&ite.cond);
                let branch = match (c.status, ite.unknown_as.as_deref()) {
                    (Status::Pass, _) | (Status::Unknown, Some("then")) => &ite.then,
                    (Status::Fail | Status::NotApplicable, _) | (Status::Unknown, Some("else")) => {
                        &ite.otherwise
                    }
                    (Status::Unknown, _) => return c,
                };
                let mut o = self.eval(branch);
                let mut reasons = c.reasons;
                reasons.append(&mut o.reasons);
                o.reasons = reasons;
                o
            }
            Predicate::All(items) => self.combine(items, true),
            Predicate::Any(items) => self.combine(items, false),
        }
    }

    fn combine(&mut self, items: &[Predicate], all: bool) -> Outcome {
        if !self.detail {
            let mut status = Status::NotApplicable;
            for p in items {
                let s = self.eval(p).status;
                status = if all { status.and(s) } else { status.or(s) };
            }
            return Outcome {
                status,
                reasons: Vec::new(),
            };
        }
        let outcomes: Vec<Outcome> = items.iter().map(|p| self.eval(p)).collect();
        let status = outcomes.iter().fold(Status::NotApplicable, |acc, o| {
            if all {
                acc.and(o.status)
            } else {
                acc.or(o.status)
            }
        });
        let mut reasons: Vec<String> = Vec::new();
        for o in &outcomes {
            let decides =
                o.status == status || (status == Status::Pass && o.status == Status::NotApplicable);
            if decides {
                reasons.extend(o.reasons.iter().cloned());
            }
        }
        if reasons.is_empty() {
            reasons = outcomes.into_iter().flat_map(|o| o.reasons).collect();
        }
        reasons.dedup();
        Outcome { status, reasons }
    }

    fn published(&mut self, c: ComponentId, strict: bool) -> Outcome {
        let path = c.info().path;
        match self.cx.manifest.components.get(&c) {
            None => {
                if self.detail {
                    self.facts.push(self.cx.fact(path, Value::Null));
                }
                if self.cx.manifest.components_complete {
                    Outcome::new(
                        Status::Fail,
                        self.why(format_args!("{c} is not listed as published")),
                    )
                } else {
                    Outcome::new(Status::Unknown, self.why(format_args!("{c} {NOT_STATED}")))
                }
            }
            Some(comp) => {
                if self.detail {
                    let ppath = format!("{path}.published");
                    self.facts
                        .push(self.cx.fact(&ppath, comp.published.to_json()));
                }
                match (comp.published, strict) {
                    (Disclosure::Unknown, _) => Outcome::new(
                        Status::Unknown,
                        self.why(format_args!(
                            "{c} is listed, but whether it is published is not stated"
                        )),
                    ),
                    (Disclosure::Yes, _) | (_, false) => {
                        Outcome::new(Status::Pass, self.why(format_args!("{c} is published")))
                    }
                    (Disclosure::Partial, true) => Outcome::new(
                        Status::Fail,
                        self.why(format_args!("{c} is only partially published")),
                    ),
                    (Disclosure::No, true) => {
                        Outcome::new(Status::Fail, self.why(format_args!("{c} is not published")))
                    }
                }
            }
        }
    }

    fn data_info(&mut self, item: &str) -> Outcome {
        let path = if self.detail {
            format!("data_information.{item}")
        } else {
            String::new()
        };
        let Some(value) = self.cx.manifest.data_information.item(item) else {
            return Outcome::new(
                Status::Unknown,
                self.why(format_args!("no Data Information item `{item}`")),
            );
        };
        if self.detail {
            self.facts.push(
                self.cx
                    .fact(&path, value.map_or(Value::Null, |d| d.to_json())),
            );
        }
        match value {
            Some(Disclosure::Yes) => Outcome::new(
                Status::Pass,
                self.why(format_args!("Data Information `{item}` is given")),
            ),
            Some(Disclosure::Partial) => Outcome::new(
                Status::Fail,
                self.why(format_args!("Data Information `{item}` is only partial")),
            ),
            Some(Disclosure::No) => Outcome::new(
                Status::Fail,
                self.why(format_args!("Data Information `{item}` is not given")),
            ),
            None | Some(Disclosure::Unknown) => Outcome::new(
                Status::Unknown,
                self.why(format_args!("Data Information `{item}` is not stated")),
            ),
        }
    }

    fn licence(&mut self, check: &LicenceCheck) -> Outcome {
        let Some((path, text)) = self.cx.effective_licence(check.component) else {
            if self.detail {
                self.facts
                    .push(self.cx.fact(check.component.licence_path(), Value::Null));
            }
            return Outcome::new(
                Status::Unknown,
                self.why(format_args!("no licence is stated for {}", check.component)),
            );
        };
        if self.detail {
            self.facts
                .push(self.cx.fact(path, Value::String(text.to_owned())));
        }
        let content = check.component.content_type();
        let (status, reason) = licence_check(
            self.cx.base,
            text,
            check.test,
            &check.freedoms,
            &check.kinds,
        );
        if status == Status::Pass && check.suits {
            let resolved = self.cx.base.resolve_cached(text);
            if let Ok(r) = &*resolved {
                let mut suits = |_: &crate::licence::Term, e: Option<&LicenceEntry>| match e {
                    Some(e) if e.suits(content) => Status::Pass,
                    Some(e) if e.suits.is_empty() => Status::Unknown,
                    _ => Status::Fail,
                };
                let s = self.cx.base.evaluate(&r.expr, &mut suits);
                if s != Status::Pass {
                    return Outcome::new(
                        s,
                        self.why(format_args!(
                            "{text} is not known to suit {} content",
                            content.as_str()
                        )),
                    );
                }
            }
        }
        Outcome::new(status, reason)
    }

    /// A fact as stated, or derived by a `[[derive]]` rule (with its note, and whether the
    /// derived value is only an upper bound).
    fn fact_value(&mut self, path: &str) -> (Option<Value>, Option<String>) {
        let (v, note, _) = self.fact_value_bounded(path);
        (v, note)
    }

    fn fact_value_bounded(&mut self, path: &str) -> (Option<Value>, Option<String>, bool) {
        if let Some(v) = self.cx.value(path) {
            if self.detail {
                self.facts.push(self.cx.fact(path, v.clone()));
            }
            return (Some(v), None, false);
        }
        for d in self.derived.iter().filter(|d| d.path == path) {
            let factors: Option<Vec<f64>> = d
                .product
                .iter()
                .map(|p| self.cx.value(p).and_then(|v| v.as_f64()))
                .collect();
            if let Some(fs) = factors {
                for p in &d.product {
                    if self.detail
                        && let Some(v) = self.cx.value(p)
                    {
                        self.facts.push(self.cx.fact(p, v));
                    }
                }
                let upper = d.upper_bound_when.as_deref().is_some_and(|p| {
                    let v = self.cx.value(p);
                    if self.detail
                        && let Some(v) = &v
                    {
                        self.facts.push(self.cx.fact(p, v.clone()));
                    }
                    v == Some(Value::Bool(true))
                });
                let value = fs.iter().product::<f64>() * d.factor;
                let v = serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number);
                if self.detail {
                    self.facts.push(FactRef {
                        path: path.to_owned(),
                        value: v.clone(),
                        at: None,
                    });
                }
                let note = if upper {
                    format!(
                        "{}; a mixture of experts counted with all its experts: an upper bound",
                        d.note
                    )
                } else {
                    d.note.clone()
                };
                return (Some(v), Some(note), upper);
            }
        }
        if self.detail {
            self.facts.push(self.cx.fact(path, Value::Null));
        }
        (None, None, false)
    }

    fn as_of(&mut self, t: &crate::definition::AsOfTest) -> Outcome {
        let date = self.cx.as_of;
        let parse = |s: &str| s.parse::<crate::manifest::Date>().ok();
        let mut ok = true;
        let mut why = Vec::new();
        if let Some(b) = t.before.as_deref().and_then(parse) {
            ok &= date < b;
            push_why(
                self.detail,
                &mut why,
                format_args!(
                    "assessed as of {date}, {} {b}",
                    if date < b { "before" } else { "not before" }
                ),
            );
        }
        if let Some(a) = t.on_or_after.as_deref().and_then(parse) {
            ok &= date >= a;
            push_why(
                self.detail,
                &mut why,
                format_args!(
                    "assessed as of {date}, {} {a}",
                    if date >= a { "on or after" } else { "before" }
                ),
            );
        }
        Outcome {
            status: Status::from_bool(ok),
            reasons: vec![why.join("; ")],
        }
    }

    fn fact(&mut self, t: &FactTest) -> Outcome {
        if let Some(want) = t.present {
            let (value, _) = self.fact_value(&t.path);
            let present = value.is_some();
            // Testing for absence, the manifest format's reading of an absent fact decides (an
            // absent `facts.modified_from` is an original release): say so, not just "absent".
            let word = match (present, want) {
                (true, _) => "is stated",
                (false, false) => "is not stated: read as none, as the manifest format says",
                (false, true) => "is not stated",
            };
            return Outcome::new(
                Status::from_bool(present == want),
                self.why(format_args!("`{}` {word}", t.path)),
            );
        }
        let (value, mut note, upper) = self.fact_value_bounded(&t.path);
        let value = match (value, &t.default) {
            (Some(v), _) => Some(v),
            (None, Some(d)) => {
                let d = serde_json::to_value(d).unwrap_or(Value::Null);
                note = Some(format!(
                    "`{}` is not stated: taken as {d}, the conservative reading",
                    t.path
                ));
                Some(d)
            }
            (None, None) => None,
        };
        let Some(v) = value else {
            return Outcome::new(
                Status::Unknown,
                self.why(format_args!("`{}` is not stated", t.path)),
            );
        };
        let mut status = Status::Pass;
        let mut why = Vec::new();
        if let Some(n) = note {
            why.push(n);
        }
        if let Some(expected) = &t.equals {
            let expected = serde_json::to_value(expected).unwrap_or(Value::Null);
            let ok = v == expected;
            push_why(
                self.detail,
                &mut why,
                format_args!(
                    "`{}` is {v}{}",
                    t.path,
                    if ok { "" } else { ", not the required value" }
                ),
            );
            status = status.and(Status::from_bool(ok));
        }
        // An upper bound above a threshold says nothing; at or below it, it decides.
        if let Some(limit) = t.above {
            let ok = v
                .as_f64()
                .map(|x| x > limit)
                .filter(|&above| !(above && upper));
            push_why(
                self.detail,
                &mut why,
                format_args!("`{}` = {v} (threshold {limit:e})", t.path),
            );
            status = status.and(ok.map_or(Status::Unknown, Status::from_bool));
        }
        if let Some(limit) = t.below {
            let ok = v
                .as_f64()
                .map(|x| x < limit)
                .filter(|&below| below || !upper);
            push_why(
                self.detail,
                &mut why,
                format_args!("`{}` = {v} (threshold {limit:e})", t.path),
            );
            status = status.and(ok.map_or(Status::Unknown, Status::from_bool));
        }
        if !t.contains_any.is_empty() {
            let items: Vec<&str> = v
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let hit = items.iter().any(|i| t.contains_any.iter().any(|c| c == i));
            push_why(
                self.detail,
                &mut why,
                format_args!(
                    "`{}` = {v}{}",
                    t.path,
                    if hit {
                        ""
                    } else {
                        ", none of the listed values"
                    }
                ),
            );
            status = status.and(Status::from_bool(hit));
        }
        if let Some(limit) = t
            .before_date
            .as_deref()
            .and_then(|d| d.parse::<crate::manifest::Date>().ok())
        {
            let date = v
                .as_str()
                .and_then(|s| s.parse::<crate::manifest::Date>().ok());
            let ok = date.map(|d| d < limit);
            push_why(
                self.detail,
                &mut why,
                format_args!(
                    "`{}` = {v} ({} {limit})",
                    t.path,
                    if ok == Some(true) {
                        "before"
                    } else {
                        "not before"
                    }
                ),
            );
            status = status.and(ok.map_or(Status::Unknown, Status::from_bool));
        }
        if let Some(ratio) = &t.above_fact {
            let (other, _) = self.fact_value(&ratio.path);
            match (v.as_f64(), other.as_ref().and_then(Value::as_f64)) {
                (Some(x), Some(y)) => {
                    let limit = y * ratio.times;
                    push_why(
                        self.detail,
                        &mut why,
                        format_args!(
                            "`{}` = {x:e} against {} × `{}` = {limit:e}",
                            t.path, ratio.times, ratio.path
                        ),
                    );
                    status = status.and(Status::from_bool(x > limit));
                }
                _ => {
                    push_why(
                        self.detail,
                        &mut why,
                        format_args!("`{}` is not stated", ratio.path),
                    );
                    status = status.and(Status::Unknown);
                }
            }
        }
        if let Some(want_empty) = t.empty {
            let is_empty = v.as_array().is_some_and(Vec::is_empty);
            push_why(
                self.detail,
                &mut why,
                format_args!(
                    "`{}` is {}",
                    t.path,
                    if is_empty { "empty" } else { "not empty" }
                ),
            );
            status = status.and(Status::from_bool(is_empty == want_empty));
        }
        Outcome::new(status, why.join("; "))
    }

    fn sources(&mut self, s: &SourcesCheck) -> Outcome {
        let path = if self.detail {
            format!("components.{}.sources", s.component.key())
        } else {
            String::new()
        };
        let Some(comp) = self.cx.manifest.components.get(&s.component) else {
            if self.detail {
                self.facts.push(self.cx.fact(&path, Value::Null));
            }
            if !self.cx.manifest.components_complete {
                return Outcome::new(
                    Status::Unknown,
                    self.why(format_args!("{} {NOT_STATED}", s.component)),
                );
            }
            return Outcome::new(
                Status::Fail,
                self.why(format_args!("{} is not listed", s.component)),
            );
        };
        if comp.sources.is_empty() {
            if self.detail {
                self.facts
                    .push(self.cx.fact(&path, Value::Array(Vec::new())));
            }
            return Outcome::new(
                Status::Unknown,
                self.why(format_args!("{} lists no sources", s.component)),
            );
        }
        let mut status = Status::NotApplicable;
        let mut reasons = Vec::new();
        for (i, src) in comp.sources.iter().enumerate() {
            let p = if self.detail {
                format!("{path}[{i}]")
            } else {
                String::new()
            };
            if !s.classes.is_empty() {
                let class = src.class.map_or(Value::Null, |c| c.as_str().into());
                if self.detail {
                    self.facts.push(self.cx.fact(&format!("{p}.class"), class));
                }
                let st = match src.class {
                    Some(c) if s.classes.contains(&c) => Status::Pass,
                    Some(c) => {
                        push_why(
                            self.detail,
                            &mut reasons,
                            format_args!("source `{}` is {}", src.name, c.as_str()),
                        );
                        Status::Fail
                    }
                    None => {
                        push_why(
                            self.detail,
                            &mut reasons,
                            format_args!("source `{}` has no data class", src.name),
                        );
                        Status::Unknown
                    }
                };
                status = status.and(st);
            }
            if let Some(test) = s.licence {
                let lpath = format!("{p}.license");
                let st = match &src.license {
                    Some(l) => {
                        if self.detail {
                            self.facts
                                .push(self.cx.fact(&lpath, Value::String(l.clone())));
                        }
                        let (st, why) = licence_test(self.cx.base, l, test);
                        if st != Status::Pass {
                            push_why(
                                self.detail,
                                &mut reasons,
                                format_args!("source `{}`: {why}", src.name),
                            );
                        }
                        st
                    }
                    None => {
                        if self.detail {
                            self.facts.push(self.cx.fact(&lpath, Value::Null));
                        }
                        push_why(
                            self.detail,
                            &mut reasons,
                            format_args!("source `{}` states no licence", src.name),
                        );
                        Status::Unknown
                    }
                };
                status = status.and(st);
            }
            // A location not written is not stated, never "no location": unknown.
            if s.located && src.location.is_some() {
                status = status.and(Status::Pass);
            } else if s.located {
                push_why(
                    self.detail,
                    &mut reasons,
                    format_args!(
                        "where to get source `{}` is not stated (no location)",
                        src.name
                    ),
                );
                status = status.and(Status::Unknown);
            }
        }
        if reasons.is_empty() {
            push_why(
                self.detail,
                &mut reasons,
                format_args!(
                    "all {} sources of {} meet the conditions",
                    comp.sources.len(),
                    s.component
                ),
            );
        }
        Outcome { status, reasons }
    }

    /// The status `mof_component` gives `id`, from its judged state, the substitution and
    /// whether it is optional; `None` without a levels section. All a brief report needs.
    fn mof_status(&self, id: ComponentId) -> Option<Status> {
        use crate::mof::MofState as M;
        let (levels, states) = self.levels.as_ref()?;
        let state = states[id as usize].0;
        let of = |state: M| match state {
            M::Included => Status::Pass,
            M::Missing | M::Unlicensed | M::Invalid => Status::Fail,
            M::Unknown => Status::Unknown,
        };
        if let Some(by) = self.stand_in(levels, id, state) {
            // Either may be what counts: unknown unless one is included or both are not.
            return Some(of(state).or(of(states[by as usize].0)));
        }
        if state == M::Missing && levels.levels.iter().any(|l| l.optional.contains(&id)) {
            return Some(Status::NotApplicable);
        }
        Some(of(state))
    }

    /// The component standing in for `id` (the substitution), when it applies.
    fn stand_in(
        &self,
        levels: &crate::definition::Levels,
        id: ComponentId,
        state: crate::mof::MofState,
    ) -> Option<ComponentId> {
        levels
            .substitute
            .as_ref()
            .filter(|s| {
                s.missing == id
                    && state != crate::mof::MofState::Included
                    && (self.cx.manifest.components.contains_key(&s.by)
                        || !self.cx.manifest.components_complete)
            })
            .map(|s| s.by)
    }

    fn mof_component(&mut self, id: ComponentId) -> Outcome {
        let Some(status) = self.mof_status(id) else {
            return Outcome::new(Status::Unknown, "mof_component needs a [levels] section");
        };
        if !self.detail {
            return Outcome::new(status, String::new());
        }
        let Some((levels, states)) = &self.levels else {
            return Outcome::new(status, String::new());
        };
        let (state, lic) = states[id as usize];
        let path = id.info().path;
        let fact = match &lic {
            Some((p, text)) => self.cx.fact(p, Value::String((*text).to_owned())),
            None => self.cx.fact(path, Value::Null),
        };
        self.facts.push(fact);
        if let Some(by) = self.stand_in(levels, id, state) {
            let (by_state, _) = states[by as usize];
            return Outcome::new(
                status,
                format!(
                    "{id} is {}; the {by} stands in for it ({})",
                    state.as_str(),
                    by_state.as_str()
                ),
            );
        }
        use crate::mof::MofState as M;
        let lic_text = lic.map_or("", |(_, t)| t);
        let reason = match state {
            M::Included => format!("{id} is included under {lic_text}, an open licence"),
            // Missing is either not listed or listed as not published: say which.
            M::Missing if self.cx.manifest.components.contains_key(&id) => {
                if status == Status::NotApplicable {
                    format!("{id} is optional and not published")
                } else {
                    format!("{id} is not published")
                }
            }
            M::Missing if status == Status::NotApplicable => {
                format!("{id} is optional and not listed")
            }
            M::Missing => format!("{id} is not listed"),
            M::Unknown if !self.cx.manifest.components.contains_key(&id) => {
                format!("{id} {NOT_STATED}")
            }
            M::Unlicensed => format!("{id} is listed without a licence"),
            M::Invalid => format!(
                "`{lic_text}` is not on the Model Openness Tool's list of open licences (exact SPDX ids)"
            ),
            M::Unknown => format!("no licence is stated for {id}"),
        };
        Outcome::new(status, reason)
    }

    fn obligation(
        &mut self,
        o: &crate::definition::ObligationRule,
        kind: &str,
    ) -> crate::report::Obligation {
        let mut note = None;
        let mut since = o.since.clone();
        for rule in &o.since_rules {
            if self.eval(&rule.when).status == Status::Pass {
                since = rule.date.clone();
                note = Some(rule.note.clone());
                break;
            }
        }
        let in_force = since
            .parse::<crate::manifest::Date>()
            .is_ok_and(|d| self.cx.as_of >= d);
        let condition = if o.applies_to.iter().any(|k| k == kind) {
            self.eval(&o.when)
        } else {
            Outcome::new(
                Status::NotApplicable,
                self.why(format_args!("only for {}", o.applies_to.join(", "))),
            )
        };
        let applies = match condition.status {
            Status::Pass => Some(in_force),
            Status::Fail | Status::NotApplicable => Some(false),
            Status::Unknown => None,
        };
        let mut reason = condition.reasons.join("; ");
        if condition.status == Status::Pass && !in_force {
            reason = format!(
                "{reason}; not yet in application on {} (from {since})",
                self.cx.as_of
            );
        }
        crate::report::Obligation {
            code: o.code.clone(),
            title: o.title.clone(),
            applies,
            since: Some(since),
            cite: o.cite.clone(),
            reason: Some(reason),
            note,
        }
    }

    /// The first category whose condition passes; `None` when an earlier condition is unknown.
    pub fn category(
        &mut self,
        rules: &[crate::definition::CategoryRule],
    ) -> (Option<String>, String) {
        for rule in rules {
            let Some(when) = &rule.when else {
                return (
                    Some(rule.id.clone()),
                    format!("{}: no earlier category applies", rule.title),
                );
            };
            self.facts.clear();
            let o = self.eval(when);
            match o.status {
                Status::Pass | Status::NotApplicable => {
                    return (Some(rule.id.clone()), with_reasons(&rule.title, &o.reasons));
                }
                Status::Unknown => {
                    let what = format!("cannot tell whether it is {}", rule.title);
                    return (None, with_reasons(&what, &o.reasons));
                }
                Status::Fail => {}
            }
        }
        (None, "no category applies".to_owned())
    }

    /// Evaluates each requirement in order; later ones may read earlier outcomes. Statuses
    /// always; the full results (reasons, facts, remedies) only with `detail`.
    pub fn requirements<'x>(&mut self, reqs: &'c [Requirement], applicable: bool) -> Evaluated<'x> {
        let mut out = Evaluated::new(reqs.len());
        let kind = self.cx.manifest.release.kind.as_str();
        for r in reqs {
            self.facts.clear();
            self.assumed_unused = false;
            let for_kind = r
                .applies_to
                .as_ref()
                .is_none_or(|ks| ks.iter().any(|k| k == kind));
            // A brief report of a levels definition needs only each component's status.
            if let (false, true, true, Predicate::MofComponent(id)) =
                (self.detail, applicable, for_kind, &r.check)
                && let Some(status) = self.mof_status(*id)
            {
                self.done.push((&r.code, status));
                out.statuses.push(status);
                out.assumed_unused.push(false);
                continue;
            }
            let outcome = if applicable && !for_kind {
                Outcome::new(
                    Status::NotApplicable,
                    self.why(format_args!(
                        "only for a release of kind {}",
                        r.applies_to.as_deref().unwrap_or_default().join(" or ")
                    )),
                )
            } else if applicable {
                self.eval(&r.check)
            } else {
                Outcome::new(
                    Status::NotApplicable,
                    self.why(format_args!(
                        "the definition does not apply to this kind of release"
                    )),
                )
            };
            self.done.push((&r.code, outcome.status));
            out.statuses.push(outcome.status);
            out.assumed_unused.push(
                self.assumed_unused
                    && outcome.status == Status::NotApplicable
                    && r.component.is_some(),
            );
            if !self.detail {
                continue;
            }
            let remedy = match outcome.status {
                Status::Fail => Some(
                    r.remedy
                        .fail
                        .clone()
                        .unwrap_or_else(|| format!("Meet: {}.", r.title).into()),
                ),
                Status::Unknown if matches!(r.check, Predicate::Stub(_)) => {
                    Some("not implemented yet".into())
                }
                Status::Unknown => Some(r.remedy.unknown.clone().unwrap_or_else(|| {
                    format!("State the facts this requirement reads: {}.", r.title).into()
                })),
                _ => None,
            };
            // A fact read by two branches of a check is one row.
            let mut facts = std::mem::take(&mut self.facts);
            let mut seen = std::collections::HashSet::new();
            facts.retain(|f| seen.insert((f.path.clone(), f.value.to_string())));
            // One clause said by two branches is said once.
            let mut clauses: Vec<&str> = Vec::new();
            for c in outcome.reasons.iter().flat_map(|r| r.split("; ")) {
                if !clauses.contains(&c) {
                    clauses.push(c);
                }
            }
            out.details.push(RequirementResult {
                code: r.code.clone(),
                title: r.title.clone(),
                status: outcome.status,
                component: r.component.map(|c| c.key()),
                reason: clauses.join("; "),
                facts,
                cite: r.cite.clone(),
                remedy,
                unverified: r.unverified,
            });
        }
        out
    }
}

/// One definition evaluated: requirement statuses always, their full results only with
/// `detail`; the definition-level outcome either way.
pub(crate) struct Evaluated<'d> {
    pub statuses: Vec<Status>,
    /// Per requirement: not-applicable because its component is assumed unused.
    pub assumed_unused: Vec<bool>,
    pub details: Vec<RequirementResult>,
    pub verdict: Status,
    pub class: Option<u32>,
    pub progress: Option<Vec<(u32, f64)>>,
    pub score: Option<f64>,
    pub score_of: Option<f64>,
    pub category: Option<String>,
    /// Exemption ids (sorted) and their statuses.
    pub exemptions: Option<Vec<(&'d str, Status)>>,
    pub obligations: Option<Vec<crate::report::Obligation>>,
    pub systemic_risk: Option<&'static str>,
    pub summary: Option<String>,
}

impl Evaluated<'_> {
    fn new(n: usize) -> Self {
        Self {
            statuses: Vec::with_capacity(n),
            assumed_unused: Vec::with_capacity(n),
            details: Vec::new(),
            verdict: Status::NotApplicable,
            class: None,
            progress: None,
            score: None,
            score_of: None,
            category: None,
            exemptions: None,
            obligations: None,
            systemic_risk: None,
            summary: None,
        }
    }
}

/// One licence test on a licence string, with the reason in words.
pub fn licence_test(base: &LicenceBase, text: &str, test: LicenceTest) -> (Status, String) {
    licence_check(base, text, test, &[], &[])
}

/// A cached licence test: its parameters and its answer.
struct CachedCheck {
    base: usize,
    test: LicenceTest,
    freedoms: Vec<String>,
    kinds: Vec<crate::licence::RestrictionKind>,
    answer: (Status, String),
}

thread_local! {
    /// Licence tests are pure functions of (base, text, test): releases share a few dozen licence
    /// strings, so each thread keeps their answers, looked up by the text without allocating
    /// (bounded: cleared past 4096 texts).
    static LICENCE_CACHE: std::cell::RefCell<HashMap<String, Vec<CachedCheck>>> =
        std::cell::RefCell::new(HashMap::default());
}

/// A licence test with its parameters (`grants` freedoms, `free-of` kinds), cached per thread.
pub fn licence_check(
    base: &LicenceBase,
    text: &str,
    test: LicenceTest,
    freedoms: &[String],
    kinds: &[crate::licence::RestrictionKind],
) -> (Status, String) {
    let base_id = std::ptr::from_ref(base) as usize;
    let hit = LICENCE_CACHE.with(|c| {
        c.borrow().get(text).and_then(|entries| {
            entries
                .iter()
                .find(|e| {
                    e.base == base_id
                        && e.test == test
                        && e.freedoms == freedoms
                        && e.kinds == kinds
                })
                .map(|e| e.answer.clone())
        })
    });
    if let Some(answer) = hit {
        return answer;
    }
    let answer = licence_check_uncached(base, text, test, freedoms, kinds);
    LICENCE_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 4096 {
            c.clear();
        }
        c.entry(text.to_owned()).or_default().push(CachedCheck {
            base: base_id,
            test,
            freedoms: freedoms.to_vec(),
            kinds: kinds.to_vec(),
            answer: answer.clone(),
        });
    });
    answer
}

fn licence_check_uncached(
    base: &LicenceBase,
    text: &str,
    test: LicenceTest,
    freedoms: &[String],
    kinds: &[crate::licence::RestrictionKind],
) -> (Status, String) {
    let resolved_rc = base.resolve_cached(text);
    let resolved = match &*resolved_rc {
        Ok(r) => r,
        Err(e) => return (Status::Unknown, format!("`{text}`: {e}")),
    };
    let mut notes: Vec<String> = Vec::new();
    let mut per_term = |t: &crate::licence::Term, e: Option<&LicenceEntry>| -> Status {
        let Some(e) = e else {
            notes.push(format!("{} is not in osai's licence base", t.id));
            return Status::Unknown;
        };
        match e.category {
            Category::Licence => {}
            Category::Several | Category::Unknown => {
                notes.push(format!("`{text}` does not say which licence applies"));
                return Status::Unknown;
            }
            _ => {
                notes.push(format!("{}: {}", e.id, e.name.to_lowercase()));
                return Status::Fail;
            }
        }
        let (status, word) = match test {
            LicenceTest::OsiApproved => (Status::from_bool(e.osi_approved), "OSI-approved"),
            LicenceTest::OsdConformant => (
                e.osd_conformant()
                    .map_or(Status::Unknown, Status::from_bool),
                "conformant with the Open Source Definition",
            ),
            LicenceTest::AiactFoss => (
                match e.aiact_foss() {
                    Tri::True => Status::Pass,
                    Tri::False => Status::Fail,
                    Tri::Review | Tri::Unknown => Status::Unknown,
                },
                "a free and open-source licence under the AI Act",
            ),
            LicenceTest::Grants => match e.freedoms {
                None => (
                    Status::Unknown,
                    "known to grant the freedoms asked for (osai has not reviewed it)",
                ),
                Some(f) => {
                    let ok = freedoms.iter().all(|name| match name.as_str() {
                        "use" => f.use_,
                        "study" => f.study,
                        "modify" => f.modify,
                        "redistribute" => f.redistribute,
                        _ => false,
                    });
                    (Status::from_bool(ok), "granting the freedoms asked for")
                }
            },
            LicenceTest::FreeOf => {
                let reviewed = e.freedoms.is_some() || e.osi_approved;
                let hit = e.restrictions.iter().any(|r| kinds.contains(&r.kind));
                match (reviewed, hit) {
                    (_, true) => (
                        Status::Fail,
                        "free of the restrictions this criterion excludes",
                    ),
                    (true, false) => (
                        Status::Pass,
                        "free of the restrictions this criterion excludes",
                    ),
                    (false, false) => (
                        Status::Unknown,
                        "free of the excluded restrictions (osai has not reviewed it)",
                    ),
                }
            }
        };
        let verb = match status {
            Status::Pass => "is",
            Status::Fail => "is not",
            _ => "may or may not be",
        };
        let mut note = format!("{} {verb} {word}", e.id);
        if status == Status::Fail || status == Status::Unknown {
            let kinds: Vec<&str> = e.restrictions.iter().map(|r| r.kind.as_str()).collect();
            if !kinds.is_empty() {
                note.push_str(&format!(" (restrictions: {})", kinds.join(", ")));
            }
        }
        notes.push(note);
        status
    };
    let status = base.evaluate(&resolved.expr, &mut per_term);
    (status, notes.join("; "))
}

impl Status {
    pub fn from_bool(b: bool) -> Status {
        if b { Status::Pass } else { Status::Fail }
    }
}

/// Evaluates one definition.
pub fn evaluate_definition(cx: &Context<'_>, def: &Definition) -> DefinitionResult {
    evaluate_with_warnings(cx, def).0
}

/// Evaluates one definition, with the warnings it has about the release.
pub fn evaluate_with_warnings(
    cx: &Context<'_>,
    def: &Definition,
) -> (DefinitionResult, Vec<crate::report::Warning>) {
    let (e, warnings) = evaluate_parts(cx, def);
    (into_result(def, e), warnings)
}

/// The full report's form of an evaluated definition.
pub(crate) fn into_result(def: &Definition, e: Evaluated<'_>) -> DefinitionResult {
    DefinitionResult {
        id: def.id.clone(),
        title: def.title.clone(),
        verdict: e.verdict,
        class: e.class,
        score: e.score,
        score_of: e.score_of,
        level: None,
        progress: e
            .progress
            .map(|p| p.iter().map(|(k, v)| (k.to_string(), *v)).collect()),
        category: e.category,
        exemptions: e.exemptions.map(|ex| {
            ex.into_iter()
                .map(|(id, s)| (id.to_owned(), exemption_word(s).to_owned()))
                .collect()
        }),
        systemic_risk: e.systemic_risk.map(str::to_owned),
        obligations: e.obligations,
        summary: e.summary,
        requirements: e.details,
    }
}

/// The brief report's form of an evaluated definition.
pub(crate) fn into_brief<'d>(
    def: &'d Definition,
    e: Evaluated<'d>,
) -> crate::report::BriefDefinition<'d> {
    crate::report::BriefDefinition {
        definition: def,
        verdict: e.verdict,
        class: e.class,
        score: e.score,
        score_of: e.score_of,
        progress: e.progress,
        category: e.category,
        exemptions: e.exemptions,
        systemic_risk: e.systemic_risk,
        summary: e.summary,
        statuses: e.statuses,
    }
}

pub(crate) fn evaluate_parts<'d>(
    cx: &Context<'_>,
    def: &'d Definition,
) -> (Evaluated<'d>, Vec<crate::report::Warning>) {
    let mut warnings = Vec::new();
    let kind = cx.manifest.release.kind.as_str();
    let applicable = def.applies_to.iter().any(|k| k == kind);
    let mut ev = Evaluator {
        cx,
        detail: cx.detail,
        levels: def
            .levels
            .as_ref()
            .filter(|_| applicable)
            .map(|l| (l, crate::mof::states(cx, l))),
        derived: &def.derived,
        exemptions: Vec::new(),
        done: Vec::with_capacity(def.requirements.len()),
        facts: Vec::new(),
        assumed_unused: false,
    };
    let mut e = ev.requirements(&def.requirements, applicable);
    e.verdict = e
        .statuses
        .iter()
        .fold(Status::NotApplicable, |acc, s| acc.and(*s));
    if !def.categories.is_empty() && applicable {
        let (cat, why) = ev.category(&def.categories);
        e.verdict = match &cat {
            None => Status::Unknown,
            Some(c) if def.pass_category.as_ref() == Some(c) || def.pass_categories.contains(c) => {
                Status::Pass
            }
            Some(_) => Status::Fail,
        };
        e.category = Some(cat.unwrap_or_else(|| "unknown".to_owned()));
        e.summary = Some(why);
    }
    if !def.exemptions.is_empty() || !def.obligations.is_empty() {
        let decided = def.decides_when.as_ref().map(|p| ev.eval(p));
        let mut decided_exemptions: Vec<(&'d str, Status)> = Vec::new();
        for ex in &def.exemptions {
            let status = if !ex.applies_to.iter().any(|k| k == kind) {
                Status::NotApplicable
            } else if let Some(only) = &ex.only_if {
                match ev.eval(only).status {
                    Status::Pass => ev.eval(&ex.when).status,
                    Status::Fail | Status::NotApplicable => Status::NotApplicable,
                    // Whether it is in scope is open, but its own conditions fail: it does not
                    // apply either way.
                    Status::Unknown => match ev.eval(&ex.when).status {
                        Status::Fail => Status::Fail,
                        _ => Status::Unknown,
                    },
                }
            } else {
                ev.eval(&ex.when).status
            };
            ev.exemptions.push((&ex.id, status));
            match decided_exemptions.iter_mut().find(|(id, _)| *id == ex.id) {
                Some(slot) => slot.1 = status,
                None => decided_exemptions.push((&ex.id, status)),
            }
        }
        decided_exemptions.sort_by(|a, b| a.0.cmp(b.0));
        // Obligations decide nothing about the verdict: only the full report carries them.
        if cx.detail {
            e.obligations = Some(
                def.obligations
                    .iter()
                    .filter(|o| o.applies_to.iter().any(|k| k == kind))
                    .map(|o| ev.obligation(o, kind))
                    .collect(),
            );
        }
        e.systemic_risk = def.systemic_risk.as_ref().and_then(|code| {
            match def
                .requirements
                .iter()
                .position(|r| *r.code == **code)
                .map(|i| e.statuses[i])
            {
                // The requirement passes when there is no systemic risk.
                Some(Status::Pass) => Some("no"),
                Some(Status::Fail) => Some("yes"),
                // Systemic risk is a property of general-purpose AI models: a system has none
                // to report, rather than "no".
                Some(Status::NotApplicable) => None,
                _ => Some("unknown"),
            }
        });
        if def.verdict.as_deref() == Some("exemptions") {
            e.verdict = def
                .exemptions
                .iter()
                .filter_map(|x| {
                    ev.exemptions
                        .iter()
                        .find(|(id, _)| *id == x.id)
                        .map(|(_, s)| *s)
                })
                .fold(Status::NotApplicable, |acc, s| acc.or(s));
        }
        if let Some(d) = decided {
            match d.status {
                Status::Fail | Status::NotApplicable => {
                    e.verdict = Status::NotApplicable;
                    e.summary = Some(with_reasons("nothing to exempt", &d.reasons));
                }
                Status::Unknown if e.verdict != Status::Pass => {
                    e.verdict = Status::Unknown;
                    // Every exemption fails on its own terms: whether or not the duties apply
                    // (the scope is open), none is exempt. Said so, not "undecided".
                    let any = |want: Status| decided_exemptions.iter().any(|(_, s)| *s == want);
                    if any(Status::Fail) && !any(Status::Pass) && !any(Status::Unknown) {
                        e.summary = Some(with_reasons(
                            "not exempt either way (out of scope: nothing to exempt; in scope: no open-source exemption applies), the scope being undecided",
                            &d.reasons,
                        ));
                    }
                }
                _ => {}
            }
        }
        if e.summary.is_none() {
            let applying: Vec<&str> = decided_exemptions
                .iter()
                .filter(|(_, s)| *s == Status::Pass)
                .map(|(k, _)| *k)
                .collect();
            let open: Vec<&str> = decided_exemptions
                .iter()
                .filter(|(_, s)| *s == Status::Unknown)
                .map(|(k, _)| *k)
                .collect();
            // An exemption still unknown is not "none applies": the reader is told it is open.
            e.summary = Some(if applying.is_empty() && !open.is_empty() {
                format!(
                    "undecided: no open-source exemption is established yet ({} unknown)",
                    open.join(", ")
                )
            } else if applying.is_empty() {
                "no open-source exemption applies".to_owned()
            } else {
                format!("exempt under {}", applying.join(", "))
            });
        }
        e.exemptions = Some(decided_exemptions);
    }
    // An informative profile decides nothing: ungraded dimensions are not-applicable.
    if def.status == "informative" {
        for s in &mut e.statuses {
            if *s == Status::Unknown {
                *s = Status::NotApplicable;
            }
        }
        for r in &mut e.details {
            if r.status == Status::Unknown {
                r.status = Status::NotApplicable;
                r.remedy = None;
            }
        }
        e.verdict = Status::NotApplicable;
    }
    if let (Some(sc), true) = (&def.score, applicable) {
        let mut best: Option<(Option<&str>, usize, usize, f64)> = None;
        for (name, paths) in sc.all_schemas() {
            let mut total = 0.0;
            let mut graded = 0;
            for p in paths {
                if let Some(v) = cx.value(p).and_then(|v| v.as_str().map(str::to_owned)) {
                    graded += 1;
                    total += sc.points.get(&v).copied().unwrap_or(0.0);
                }
            }
            if graded > best.map_or(0, |b| b.2) {
                best = Some((name, paths.len(), graded, total));
            }
        }
        if let Some((name, of, graded, total)) = best {
            e.score = Some(total);
            e.score_of = Some(of as f64);
            let schema = name.map(|n| format!(" in the {n}")).unwrap_or_default();
            e.summary = Some(format!(
                "score {total} of {of} ({graded} dimensions graded{schema}); {}",
                sc.credit
            ));
        } else {
            e.summary = Some(format!("no grades in the manifest; {}", sc.credit));
        }
    }
    if let Some((levels, states)) = &ev.levels {
        let (g, v, s) = grade(levels, states);
        warnings.extend(mof_warnings(cx, levels, states, &def.id));
        e.verdict = v;
        e.summary = Some(s);
        e.class = Some(g.class);
        e.progress = Some(g.progress);
    }
    (e, warnings)
}

/// Grades a release on levels. Unknown licences count as not included for the class (as the
/// Tool would); when counting them as included would give a better class, the verdict is
/// `unknown` rather than `fail`.
fn grade(
    levels: &crate::definition::Levels,
    states: &crate::mof::States<'_>,
) -> (crate::mof::Grade, Status, String) {
    use crate::mof::{ComponentSet, MofState, grade};
    let having = |keep: &dyn Fn(MofState) -> bool| {
        ComponentSet::of(
            ComponentId::ALL
                .into_iter()
                .filter(|id| keep(states[*id as usize].0)),
        )
    };
    let listed = having(&|s| s != MofState::Missing);
    let strict = grade(levels, having(&|s| s == MofState::Included), listed);
    // Counting unknown licences as open only matters when the strict grade fails and some
    // licence is unknown.
    let any_unknown = !having(&|s| s == MofState::Unknown).is_empty();
    let hopeful_class = || {
        let hopeful = having(&|s| matches!(s, MofState::Included | MofState::Unknown));
        grade(levels, hopeful, listed).class
    };
    // One string, written once: these summaries go out with every release of a batch.
    let mut summary = String::with_capacity(160);
    let name =
        |summary: &mut String, class: u32| match levels.levels.iter().find(|l| l.class == class) {
            Some(l) => {
                summary.push_str(&l.id);
                summary.push_str(" (");
                summary.push_str(&l.name);
                summary.push(')');
            }
            None => summary.push_str("unclassified"),
        };
    let met = |c: u32| c >= 1;
    let verdict = if met(strict.class) {
        summary.push_str("meets ");
        name(&mut summary, strict.class);
        Status::Pass
    } else if let Some(hopeful) = any_unknown.then(hopeful_class).filter(|c| met(*c)) {
        summary.push_str("unclassified as stated, ");
        name(&mut summary, hopeful);
        summary.push_str(" if what is not known (components not stated, unknown licences) is open");
        Status::Unknown
    } else {
        summary.push_str("unclassified: the components of the least open class are not all included under open licences");
        Status::Fail
    };
    if strict.substituted {
        summary.push_str("; the research paper stands in for the missing technical report");
    }
    (strict, verdict, summary)
}

/// osai's stricter view beside the Tool's: exact-id mismatches and licences that do not suit
/// the component's content type.
fn mof_warnings(
    cx: &Context<'_>,
    levels: &crate::definition::Levels,
    states: &crate::mof::States<'_>,
    def_id: &str,
) -> Vec<crate::report::Warning> {
    use crate::mof::{MofState, decided_once};
    let mut out = Vec::new();
    // Components often share a licence text: resolve each text once, and decide each question
    // about it (open under its exact id; suited to a content type) once.
    let mut resolved_texts: Vec<(&str, crate::licence::SharedResolution)> = Vec::new();
    let mut exact_open: Vec<(&str, bool)> = Vec::new();
    let mut unsuited: Vec<((&str, ContentType), bool)> = Vec::new();
    for id in levels
        .levels
        .iter()
        .flat_map(|l| l.required.iter().chain(&l.optional))
    {
        let (st, lic) = states[*id as usize];
        let Some((path, text)) = lic else { continue };
        if !matches!(st, MofState::Invalid | MofState::Included) {
            continue;
        }
        let resolved_rc = decided_once(&mut resolved_texts, text, || cx.base.resolve_cached(text));
        let resolved = resolved_rc.as_ref().as_ref().ok();
        let at = || cx.sources.at_string(path);
        match st {
            MofState::Invalid => {
                let Some(c) = resolved
                    .map(|r| r.canonical.as_str())
                    .filter(|c| *c != text)
                else {
                    continue;
                };
                if decided_once(&mut exact_open, text, || levels.open.is_open(c)) {
                    out.push(crate::report::Warning {
                        code: "W-MOF-EXACT-ID".into(),
                        // Joined rather than formatted: a batch writes these for many releases.
                        message: [
                            def_id,
                            ": the Model Openness Tool compares exact SPDX ids, so `",
                            text,
                            "` (",
                            id.key(),
                            ") does not count as open; write `",
                            c,
                            "`",
                        ]
                        .concat(),
                        at: at(),
                    });
                }
            }
            MofState::Included => {
                let Some(r) = resolved else { continue };
                let content = id.content_type();
                let is_unsuited = decided_once(&mut unsuited, (text, content), || {
                    let mut suits = |_: &crate::licence::Term, e: Option<&LicenceEntry>| match e {
                        Some(e) if e.suits.is_empty() || e.suits(content) => Status::Pass,
                        _ => Status::Fail,
                    };
                    cx.base.evaluate(&r.expr, &mut suits) == Status::Fail
                });
                if is_unsuited {
                    out.push(crate::report::Warning {
                        code: "W-MOF-TYPE".into(),
                        message: [
                            def_id,
                            ": the Tool counts `",
                            text,
                            "` as open for ",
                            id.key(),
                            ", but osai does not know it as a licence for ",
                            content.as_str(),
                            " content",
                        ]
                        .concat(),
                        at: at(),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// A reason in words, kept only when the report will carry it.
fn push_why(detail: bool, reasons: &mut Vec<String>, args: std::fmt::Arguments<'_>) {
    if detail {
        reasons.push(args.to_string());
    }
}

/// `what: reason; reason`, or `what` alone when the reasons were not rendered.
fn with_reasons(what: &str, reasons: &[String]) -> String {
    if reasons.is_empty() {
        what.to_owned()
    } else {
        format!("{what}: {}", reasons.join("; "))
    }
}

pub(crate) fn exemption_word(s: Status) -> &'static str {
    match s {
        Status::Pass => "applies",
        Status::Fail => "does-not-apply",
        Status::Unknown => "unknown",
        Status::NotApplicable => "not-applicable",
    }
}
