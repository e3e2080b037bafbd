//! The questionnaire behind `osai ask` and the web's `/ask`: one question per manifest fact the
//! definitions read, derived from the definitions themselves (a new definition that reads a new
//! fact gets a question without code), each answer parsed into the value the manifest format
//! expects, and the answers written as a manifest. An unanswered question leaves its fact out,
//! and the manifest says its component list is incomplete, so what turns on it stays `unknown`.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::component::{COMPONENTS, ComponentId};
use crate::definition::{Definition, LicenceTarget, Predicate};
use crate::licence::LicenceBase;
use crate::manifest::{DataInformation, Date, Facts, ReleaseKind};

/// Where a question sits on the form, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Components,
    Licences,
    DataInformation,
    Facts,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Self::Components,
        Self::Licences,
        Self::DataInformation,
        Self::Facts,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Components => "components",
            Self::Licences => "licences",
            Self::DataInformation => "data-information",
            Self::Facts => "facts",
        }
    }
}

/// What kind of answer a question takes, from the manifest format's schema.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerKind {
    /// A component or a Data Information item: yes, no, partly.
    Disclosure,
    YesNo,
    /// A licence: an SPDX expression or a name the licence base knows.
    Licence,
    Number,
    Date,
    Text,
    /// Several codes. `closed`: only `choices` are valid (an enumeration of the format);
    /// otherwise `choices` are the codes the definitions test, as examples.
    Codes {
        choices: Vec<String>,
        closed: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The manifest path the answer is written to: `components.training-code.published`,
    /// `licenses.model`, `data_information.provenance`, `facts.monetised`.
    pub path: String,
    pub section: Section,
    pub answer: AnswerKind,
    /// The requirements (or exemptions, obligations, categories) that read it, by code.
    pub read_by: Vec<Arc<str>>,
    /// Release kinds it matters for (`model`, `system`).
    pub kinds: BTreeSet<String>,
    /// Asked only when this other question was answered (a follow-up).
    pub follows: Option<&'static str>,
}

impl Question {
    /// Whether to ask it about a release of this kind.
    pub fn is_for(&self, kind: ReleaseKind) -> bool {
        self.kinds.contains(kind.as_str())
    }

    /// The component a `components.<id>.published` question is about.
    pub fn component(&self) -> Option<ComponentId> {
        let key = self
            .path
            .strip_prefix("components.")?
            .strip_suffix(".published")?;
        ComponentId::from_key(key)
    }

    /// The last segment of the path (`monetised`, `model`, `provenance`).
    pub fn name(&self) -> &str {
        self.path.rsplit('.').next().unwrap_or(&self.path)
    }

    /// Parses an answer. `Ok(None)`: left unanswered (empty, `?`, "unknown").
    pub fn parse(&self, raw: &str, base: &LicenceBase) -> Result<Option<Value>, String> {
        let answer = raw.trim();
        if answer.is_empty() || answer == "?" || answer.eq_ignore_ascii_case("unknown") {
            return Ok(None);
        }
        let lower = answer.to_lowercase();
        let yes_no = |partial: bool| -> Result<Option<Value>, String> {
            match lower.as_str() {
                "y" | "yes" | "true" | "o" | "oui" => Ok(Some(Value::Bool(true))),
                "n" | "no" | "false" | "non" => Ok(Some(Value::Bool(false))),
                "p" | "partial" | "partly" | "partiel" | "partiellement" if partial => {
                    Ok(Some(Value::from("partial")))
                }
                _ if partial => Err("answer yes, no, partial, or ? if you do not know".into()),
                _ => Err("answer yes, no, or ? if you do not know".into()),
            }
        };
        match &self.answer {
            AnswerKind::Disclosure => yes_no(true),
            AnswerKind::YesNo => yes_no(false),
            AnswerKind::Licence => base
                .resolve(answer)
                .map(|r| Some(Value::from(r.canonical)))
                .map_err(|e| match e.help() {
                    Some(h) => format!("{e} — {h}"),
                    None => e.to_string(),
                }),
            AnswerKind::Number => answer
                .replace(['_', ' '], "")
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v >= 0.0)
                .map(|v| Some(number(v)))
                .ok_or_else(|| "write a plain number such as 7.3e9".to_owned()),
            AnswerKind::Date => answer
                .parse::<Date>()
                .map(|_| Some(Value::from(answer)))
                .map_err(|_| "write a date as YYYY-MM-DD".to_owned()),
            AnswerKind::Text => Ok(Some(Value::from(answer))),
            AnswerKind::Codes { choices, closed } => {
                if lower == "none" || lower == "-" || lower == "aucun" {
                    return Ok(Some(Value::Array(Vec::new())));
                }
                let items: Vec<&str> = answer
                    .split([',', ' ', ';'])
                    .filter(|x| !x.is_empty())
                    .collect();
                if *closed
                    && let Some(bad) = items.iter().find(|i| !choices.iter().any(|c| c == *i))
                {
                    return Err(format!(
                        "`{bad}` is not one of {} (or `none`)",
                        choices.join(", ")
                    ));
                }
                Ok(Some(Value::Array(
                    items.into_iter().map(Value::from).collect(),
                )))
            }
        }
    }
}

/// Integral values as integers (parameter and token counts), others as floats.
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v < 9.0e15 {
        Value::from(v as u64)
    } else {
        Value::from(v)
    }
}

/// Questions asked only after another was answered: the modification's compute only about a
/// modification, the Art. 6(3) derogation only for an Annex III use.
const FOLLOW_UPS: &[(&str, &str)] = &[
    ("facts.modification_compute_flop", "facts.modified_from"),
    (
        "facts.original_training_compute_flop",
        "facts.modified_from",
    ),
    ("facts.original_systemic_risk", "facts.modified_from"),
    ("facts.article_6_3_derogation", "facts.intended_purposes"),
];

/// The questions, in form order.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub questions: Vec<Question>,
}

impl Questionnaire {
    /// The questions the given definitions need answered: every component, licence, Data
    /// Information item and fact their requirements, categories, exemptions, obligations,
    /// scores and estimates read. Paths of a data set's own grades (`profiles.*`) and the
    /// per-source lists are not asked: they are written in the manifest.
    pub fn derive(definitions: &[Definition]) -> Questionnaire {
        let mut found: Vec<Question> = Vec::new();
        for def in definitions {
            let def_kinds: Vec<&str> = def.applies_to.iter().map(String::as_str).collect();
            let mut readers: Vec<(Arc<str>, Vec<&str>, &Predicate)> = Vec::new();
            for r in &def.requirements {
                let kinds = r
                    .applies_to
                    .as_ref()
                    .map(|k| k.iter().map(String::as_str).collect())
                    .unwrap_or_else(|| def_kinds.clone());
                readers.push((r.code.clone(), kinds, &r.check));
            }
            for c in &def.categories {
                if let Some(w) = &c.when {
                    readers.push((format!("{}:{}", def.id, c.id).into(), def_kinds.clone(), w));
                }
            }
            for e in &def.exemptions {
                let kinds: Vec<&str> = e.applies_to.iter().map(String::as_str).collect();
                for p in e.only_if.iter().chain([&e.when]) {
                    readers.push((format!("{}:{}", def.id, e.id).into(), kinds.clone(), p));
                }
            }
            for o in &def.obligations {
                let kinds: Vec<&str> = o.applies_to.iter().map(String::as_str).collect();
                for p in [&o.when]
                    .into_iter()
                    .chain(o.since_rules.iter().map(|r| &r.when))
                {
                    readers.push((o.code.as_str().into(), kinds.clone(), p));
                }
            }
            if let Some(p) = &def.decides_when {
                readers.push((def.id.as_str().into(), def_kinds.clone(), p));
            }
            for (code, kinds, p) in &readers {
                p.walk(&mut |q| {
                    for (path, answer) in reads(q) {
                        note(&mut found, path, answer, code, kinds);
                    }
                });
            }
            let id: Arc<str> = def.id.as_str().into();
            for d in &def.derived {
                // The inputs of an estimate matter where the estimated fact does.
                let kinds: Vec<String> = match found.iter().find(|q| q.path == d.path) {
                    Some(q) => q.kinds.iter().cloned().collect(),
                    None => def_kinds.iter().map(|k| (*k).to_owned()).collect(),
                };
                let kinds: Vec<&str> = kinds.iter().map(String::as_str).collect();
                for path in d.product.iter().chain(d.upper_bound_when.iter()) {
                    note(&mut found, path.clone(), None, &id, &kinds);
                }
            }
        }
        found.sort_by_key(|q| (q.section, rank(&q.path)));
        for q in &mut found {
            q.follows = FOLLOW_UPS
                .iter()
                .find(|(p, _)| *p == q.path)
                .map(|(_, after)| *after);
        }
        Questionnaire { questions: found }
    }

    /// The questions for a release of this kind.
    pub fn for_kind(&self, kind: ReleaseKind) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(move |q| q.is_for(kind))
    }

    pub fn get(&self, path: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.path == path)
    }
}

/// What one predicate reads, as (path, answer kind when the predicate says it).
fn reads(p: &Predicate) -> Vec<(String, Option<AnswerKind>)> {
    let published = |c: ComponentId| (format!("{}.published", c.info().path), None);
    let licence = |c: ComponentId| (format!("licenses.{}", c.content_type().as_str()), None);
    match p {
        Predicate::Published(c) | Predicate::Listed(c) => vec![published(*c)],
        Predicate::MofComponent(c) => vec![published(*c), licence(*c)],
        Predicate::IfListed(l) => vec![published(l.component)],
        Predicate::Sources(s) => vec![published(s.component)],
        Predicate::Licence(check) => match check.component {
            LicenceTarget::Component(c) => vec![licence(c)],
            LicenceTarget::DataInformation => {
                vec![(check.component.licence_path().to_owned(), None)]
            }
        },
        Predicate::DataInfo(item) => vec![(format!("data_information.{item}"), None)],
        Predicate::Fact(t) => {
            let codes = (!t.contains_any.is_empty()).then(|| AnswerKind::Codes {
                choices: t.contains_any.clone(),
                closed: false,
            });
            let mut v = vec![(t.path.clone(), codes)];
            v.extend(t.above_fact.iter().map(|r| (r.path.clone(), None)));
            v
        }
        _ => Vec::new(),
    }
}

fn note(
    found: &mut Vec<Question>,
    path: String,
    answer: Option<AnswerKind>,
    code: &Arc<str>,
    kinds: &[&str],
) {
    let Some(section) = section_of(&path) else {
        return;
    };
    let i = match found.iter().position(|q| q.path == path) {
        Some(i) => i,
        None => {
            let kind = answer_kind(&path, section);
            found.push(Question {
                path,
                section,
                answer: kind,
                read_by: Vec::new(),
                kinds: BTreeSet::new(),
                follows: None,
            });
            found.len() - 1
        }
    };
    let q = &mut found[i];
    if !q.read_by.contains(code) {
        q.read_by.push(code.clone());
    }
    q.kinds.extend(kinds.iter().map(|k| (*k).to_owned()));
    // Codes the definitions test are offered as examples, unless the format closes the list.
    if let (
        Some(AnswerKind::Codes { choices: more, .. }),
        AnswerKind::Codes {
            choices,
            closed: false,
        },
    ) = (answer, &mut q.answer)
    {
        for c in more {
            if !choices.contains(&c) {
                choices.push(c);
            }
        }
    }
}

fn section_of(path: &str) -> Option<Section> {
    let (head, _) = path.split_once('.')?;
    match head {
        "components" => Some(Section::Components),
        "licenses" => Some(Section::Licences),
        "data_information" if path == "data_information.license" => Some(Section::Licences),
        "data_information" => Some(Section::DataInformation),
        "facts" => Some(Section::Facts),
        _ => None,
    }
}

/// Form order inside a section: the manifest format's own order.
fn rank(path: &str) -> usize {
    const LICENCES: [&str; 5] = [
        "licenses.model",
        "licenses.code",
        "licenses.data",
        "licenses.document",
        "data_information.license",
    ];
    if let Some(i) = COMPONENTS
        .iter()
        .position(|c| path.strip_prefix(c.path).is_some_and(|r| r == ".published"))
    {
        return i;
    }
    if let Some(i) = LICENCES.iter().position(|p| *p == path) {
        return i;
    }
    if let Some(item) = path.strip_prefix("data_information.")
        && let Some(i) = DataInformation::ITEMS.iter().position(|p| *p == item)
    {
        return i;
    }
    if let Some(name) = path.strip_prefix("facts.")
        && let Some(i) = fact_schema().iter().position(|(n, _)| n == name)
    {
        return i;
    }
    usize::MAX
}

/// The facts of the manifest format with the answer each takes, in the format's order.
fn fact_schema() -> &'static [(String, AnswerKind)] {
    static SCHEMA: std::sync::OnceLock<Vec<(String, AnswerKind)>> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| {
        let root = serde_json::to_value(schemars::schema_for!(Facts)).unwrap_or_default();
        let Some(props) = root.get("properties").and_then(Value::as_object) else {
            return Vec::new();
        };
        props
            .iter()
            .map(|(name, s)| (name.clone(), schema_answer(s, &root)))
            .collect()
    })
}

fn schema_answer(s: &Value, root: &Value) -> AnswerKind {
    let types: Vec<&str> = match s.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if types.contains(&"boolean") {
        AnswerKind::YesNo
    } else if types.contains(&"number") || types.contains(&"integer") {
        AnswerKind::Number
    } else if types.contains(&"array") {
        let items = s.get("items").map(|i| resolve_ref(i, root));
        match items.and_then(|i| i.get("enum")).and_then(Value::as_array) {
            Some(values) => AnswerKind::Codes {
                choices: values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
                closed: true,
            },
            None => AnswerKind::Codes {
                choices: Vec::new(),
                closed: false,
            },
        }
    } else if s.get("format").and_then(Value::as_str) == Some("date") {
        AnswerKind::Date
    } else {
        AnswerKind::Text
    }
}

fn resolve_ref<'a>(s: &'a Value, root: &'a Value) -> &'a Value {
    s.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/"))
        .and_then(|r| root.pointer(&format!("/{r}")))
        .unwrap_or(s)
}

fn answer_kind(path: &str, section: Section) -> AnswerKind {
    match section {
        Section::Components | Section::DataInformation => AnswerKind::Disclosure,
        Section::Licences => AnswerKind::Licence,
        Section::Facts => {
            let name = path.strip_prefix("facts.").unwrap_or(path);
            fact_schema()
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, a)| a.clone())
                .unwrap_or(AnswerKind::Text)
        }
    }
}

/// The release the answers describe, written as a manifest (JSON, to be read by the manifest
/// reader like any other input). Its component list is marked incomplete: a component not
/// asked or not answered is not stated.
pub fn answers_manifest(
    name: &str,
    kind: ReleaseKind,
    producer: Option<&str>,
    answers: &[(&str, Value)],
) -> Value {
    let mut release = Map::new();
    release.insert("name".into(), Value::from(name.trim()));
    release.insert("kind".into(), Value::from(kind.as_str()));
    if let Some(p) = producer.map(str::trim).filter(|p| !p.is_empty()) {
        release.insert("producer".into(), Value::from(p));
    }
    let mut root = Map::new();
    root.insert("osai".into(), Value::from(1));
    root.insert("release".into(), Value::Object(release));
    for (path, value) in answers {
        set_path(&mut root, path, value.clone());
    }
    root.insert("components_complete".into(), Value::Bool(false));
    Value::Object(root)
}

fn set_path(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut parts = path.split('.').peekable();
    let mut map = root;
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            map.insert(part.to_owned(), value);
            return;
        }
        let entry = map
            .entry(part.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let Value::Object(next) = entry else { return };
        map = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Questionnaire {
        Questionnaire::derive(crate::builtin_definitions())
    }

    #[test]
    fn every_component_and_the_facts_the_ai_act_turns_on_are_asked() {
        let q = builtin();
        for c in ComponentId::ALL {
            let path = format!("{}.published", c.info().path);
            assert!(q.get(&path).is_some(), "{path} not asked");
        }
        for path in [
            "licenses.model",
            "licenses.code",
            "data_information.provenance",
            "facts.general_purpose",
            "facts.training_compute_flop",
            "facts.parameters",
            "facts.monetised",
            "facts.transparency",
        ] {
            assert!(q.get(path).is_some(), "{path} not asked");
        }
        assert!(q.questions.iter().all(|q| !q.path.starts_with("profiles.")));
        let arch = q.get("components.model-architecture.published").unwrap();
        assert!(
            arch.read_by.iter().any(|c| &**c == "AIA-53-2-ARCHITECTURE"),
            "{:?}",
            arch.read_by
        );
    }

    #[test]
    fn answer_kinds_come_from_the_format() {
        let q = builtin();
        assert_eq!(q.get("facts.monetised").unwrap().answer, AnswerKind::YesNo);
        assert_eq!(
            q.get("facts.parameters").unwrap().answer,
            AnswerKind::Number
        );
        assert_eq!(
            q.get("facts.placed_on_market").unwrap().answer,
            AnswerKind::Date
        );
        let AnswerKind::Codes { choices, closed } =
            &q.get("facts.output_modalities").unwrap().answer
        else {
            panic!("modalities are codes")
        };
        assert!(*closed && choices.contains(&"text".to_owned()));
        let AnswerKind::Codes { choices, closed } = &q.get("facts.transparency").unwrap().answer
        else {
            panic!("transparency cases are codes")
        };
        assert!(!closed && choices.contains(&"synthetic-content".to_owned()));
    }

    #[test]
    fn system_questions_are_not_asked_of_a_model() {
        let q = builtin();
        let model: Vec<&str> = q
            .for_kind(ReleaseKind::Model)
            .map(|q| q.path.as_str())
            .collect();
        let system: Vec<&str> = q
            .for_kind(ReleaseKind::System)
            .map(|q| q.path.as_str())
            .collect();
        assert!(!model.contains(&"facts.intended_purposes"));
        assert!(system.contains(&"facts.intended_purposes"));
        assert!(model.contains(&"facts.general_purpose"));
    }

    #[test]
    fn a_new_definition_reading_a_new_fact_gets_a_question() {
        let def = Definition::from_toml(
            r#"
id = "house-policy"
title = "House policy"
version = "1"
[[requirement]]
code = "HOUSE-EU"
title = "Provider in the EU"
cite = "our policy"
check = { fact = { path = "facts.provider_established_in_eu", equals = true } }
"#,
        )
        .unwrap();
        let q = Questionnaire::derive(&[def]);
        assert_eq!(q.questions.len(), 1);
        assert_eq!(q.questions[0].read_by, vec![Arc::<str>::from("HOUSE-EU")]);
    }

    #[test]
    fn answers_parse_or_say_what_is_expected() {
        let q = builtin();
        let base = LicenceBase::builtin();
        let ask = |path: &str, a: &str| q.get(path).unwrap().parse(a, base);
        assert_eq!(
            ask("components.datasets.published", "partial"),
            Ok(Some(Value::from("partial")))
        );
        assert_eq!(ask("facts.monetised", "?"), Ok(None));
        assert!(ask("facts.monetised", "partial").is_err());
        assert_eq!(
            ask("licenses.model", "apache 2.0"),
            Ok(Some(Value::from("Apache-2.0")))
        );
        assert!(ask("licenses.model", "Apache 2.1").is_err());
        assert_eq!(
            ask("facts.parameters", "7_000_000"),
            Ok(Some(Value::from(7_000_000u64)))
        );
        assert!(ask("facts.parameters", "lots").is_err());
        assert!(ask("facts.output_modalities", "text, smell").is_err());
        assert_eq!(
            ask("facts.transparency", "none"),
            Ok(Some(Value::Array(Vec::new())))
        );
    }

    #[test]
    fn the_manifest_nests_answers_by_path_and_is_incomplete() {
        let m = answers_manifest(
            "m",
            ReleaseKind::Model,
            None,
            &[
                ("components.model-card.published", Value::Bool(true)),
                ("licenses.model", Value::from("MIT")),
                ("facts.monetised", Value::Bool(false)),
            ],
        );
        assert_eq!(
            m["components"]["model-card"]["published"],
            Value::Bool(true)
        );
        assert_eq!(m["licenses"]["model"], "MIT");
        assert_eq!(m["facts"]["monetised"], false);
        assert_eq!(m["components_complete"], false);
    }
}
