//! The pure core of osai. Evidence → facts → rules → verdicts: this crate takes a located
//! manifest and definitions (data), and returns a report. It does no I/O and is deterministic.

pub mod component;
pub mod definition;
pub mod display;
pub mod eval;
pub mod licence;
pub mod manifest;
pub mod mof;
pub mod questionnaire;
pub mod report;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

use definition::Definition;
use licence::LicenceBase;
use manifest::{Date, LocatedManifest};
use report::{ReleaseRef, Report, Tool};

/// Why a definition file was refused.
#[derive(Debug, thiserror::Error)]
pub enum DefinitionError {
    #[error("{0}")]
    Toml(#[from] toml::de::Error),
    #[error("requirement code `{0}` appears twice")]
    DuplicateCode(String),
    #[error("`extends = \"{0}\"`: no such built-in definition")]
    UnknownParent(String),
    #[error("requirement `{code}` refers to `{target}`, which is not an earlier requirement")]
    BadReference { code: String, target: String },
    #[error(
        "requirement `{code}` says `replaces = true`, but `{parent}` has no requirement `{code}`"
    )]
    NothingToReplace { code: String, parent: String },
    #[error(
        "requirement `{code}`: `verdict = {{ definition = \"{target}\" }}` names no built-in definition (or itself)"
    )]
    UnknownVerdictDefinition { code: String, target: String },
    #[error(
        "requirement `{code}`: `is = \"{is}\"` is not a verdict (pass, fail, unknown, not-applicable)"
    )]
    BadVerdict { code: String, is: String },
}

/// Puts the requirements of the extended definition before the definition's own (one marked
/// `replaces` takes the place of the parent's with its code), and inherits every section the
/// definition leaves empty: derived facts, categories, scores, levels, exemptions,
/// obligations, what it decides on.
fn resolve_extends(
    mut def: Definition,
    known: &[Definition],
) -> Result<Definition, DefinitionError> {
    if let Some(parent_id) = def.extends.clone() {
        let parent = known
            .iter()
            .find(|d| d.id == parent_id)
            .ok_or_else(|| DefinitionError::UnknownParent(parent_id.clone()))?;
        let parent = resolve_extends(parent.clone(), known)?;
        let mut reqs = parent.requirements;
        let mut own = Vec::with_capacity(def.requirements.len());
        for r in std::mem::take(&mut def.requirements) {
            match reqs.iter_mut().find(|p| p.code == r.code) {
                Some(slot) if r.replaces => *slot = r,
                Some(_) => return Err(DefinitionError::DuplicateCode(r.code.to_string())),
                None if r.replaces => {
                    return Err(DefinitionError::NothingToReplace {
                        code: r.code.to_string(),
                        parent: parent_id.clone(),
                    });
                }
                None => own.push(r),
            }
        }
        reqs.append(&mut own);
        def.requirements = reqs;
        if def.derived.is_empty() {
            def.derived = parent.derived;
        }
        if def.categories.is_empty() {
            def.categories = parent.categories;
            def.pass_category = def.pass_category.or(parent.pass_category);
            if def.pass_categories.is_empty() {
                def.pass_categories = parent.pass_categories;
            }
        }
        def.score = def.score.or(parent.score);
        def.levels = def.levels.or(parent.levels);
        if def.exemptions.is_empty() {
            def.exemptions = parent.exemptions;
        }
        if def.obligations.is_empty() {
            def.obligations = parent.obligations;
        }
        def.decides_when = def.decides_when.or(parent.decides_when);
        def.verdict = def.verdict.or(parent.verdict);
        def.systemic_risk = def.systemic_risk.or(parent.systemic_risk);
    }
    def.check()?;
    Ok(def)
}

impl Definition {
    /// Parses and checks a definition file; `extends` may name a built-in definition.
    pub fn from_toml(text: &str) -> Result<Definition, DefinitionError> {
        let def: Definition = toml::from_str(text)?;
        resolve_extends(def, builtin_definitions())
    }

    fn check(&self) -> Result<(), DefinitionError> {
        let def = self;
        let mut seen = std::collections::HashSet::new();
        for r in &def.requirements {
            if !seen.insert(&*r.code) {
                return Err(DefinitionError::DuplicateCode(r.code.to_string()));
            }
            let mut bad = None;
            r.check.walk(&mut |q| {
                if let definition::Predicate::Verdict(v) = q {
                    if v.definition == def.id
                        || !builtin::DEFINITION_FILES
                            .iter()
                            .any(|(f, _)| f.strip_suffix(".toml") == Some(v.definition.as_str()))
                    {
                        bad.get_or_insert(DefinitionError::UnknownVerdictDefinition {
                            code: r.code.to_string(),
                            target: v.definition.clone(),
                        });
                    }
                    if let Some(is) = &v.is
                        && !["pass", "fail", "unknown", "not-applicable"].contains(&is.as_str())
                    {
                        bad.get_or_insert(DefinitionError::BadVerdict {
                            code: r.code.to_string(),
                            is: is.clone(),
                        });
                    }
                }
            });
            if let Some(e) = bad {
                return Err(e);
            }
            let mut refs = Vec::new();
            collect_refs(&r.check, &mut refs);
            for target in refs {
                if !seen.contains(target) || *target == *r.code {
                    return Err(DefinitionError::BadReference {
                        code: r.code.to_string(),
                        target: target.to_owned(),
                    });
                }
            }
        }
        for c in &def.categories {
            let mut refs = Vec::new();
            if let Some(w) = &c.when {
                collect_refs(w, &mut refs);
            }
            if let Some(target) = refs.into_iter().find(|t| !seen.contains(t)) {
                return Err(DefinitionError::BadReference {
                    code: c.id.clone(),
                    target: target.to_owned(),
                });
            }
        }
        Ok(())
    }
}

fn collect_refs<'p>(p: &'p definition::Predicate, out: &mut Vec<&'p str>) {
    p.walk(&mut |q| {
        if let definition::Predicate::Requirement(code) = q {
            out.push(code);
        }
    });
}

/// The translation of a built-in definition's texts (Fluent), by language and definition id.
pub fn builtin_locale(lang: &str, definition_id: &str) -> Option<&'static str> {
    builtin::DEFINITION_LOCALES
        .iter()
        .find(|(l, id, _)| *l == lang && *id == definition_id)
        .map(|(_, _, text)| *text)
}

static BUILTIN_DEFINITIONS: std::sync::OnceLock<Vec<Definition>> = std::sync::OnceLock::new();

fn parse_builtin(file: &str, text: &str) -> Definition {
    toml::from_str(text).unwrap_or_else(|e| panic!("built-in definition {file} is invalid: {e}"))
}

/// The definitions shipped with osai, in report order.
pub fn builtin_definitions() -> &'static [Definition] {
    BUILTIN_DEFINITIONS.get_or_init(|| {
        let parsed: Vec<Definition> = builtin::DEFINITION_FILES
            .iter()
            .map(|(file, text)| parse_builtin(file, text))
            .collect();
        let mut defs: Vec<Definition> = parsed
            .iter()
            .map(|d| {
                resolve_extends(d.clone(), &parsed)
                    .unwrap_or_else(|e| panic!("built-in {}: {e}", d.id))
            })
            .collect();
        defs.sort_by_key(|d| {
            BUILTIN_ORDER
                .iter()
                .position(|id| *id == d.id)
                .unwrap_or(usize::MAX)
        });
        defs
    })
}

/// The built-in definitions a report carries unless others are asked for: every one but the
/// readings (`status = "reading"`: the AI Act with another definition's verdict in place of its
/// licence test), which `osai compare`, the catalogue and `-d ID` use.
pub fn default_definitions() -> impl Iterator<Item = &'static Definition> {
    builtin_definitions()
        .iter()
        .filter(|d| d.status != "reading")
}

/// One built-in definition by id, reading only its own file and those it extends: a run that
/// names its definitions does not parse the others. `None` for an id that is not built in.
pub fn builtin_definition(id: &str) -> Option<Definition> {
    match BUILTIN_DEFINITIONS.get() {
        Some(all) => all.iter().find(|d| d.id == id).cloned(),
        None => read_builtin(id),
    }
}

fn read_builtin(id: &str) -> Option<Definition> {
    let mut chain: Vec<Definition> = Vec::new();
    let mut next = Some(id.to_owned());
    while let Some(id) = next.take() {
        if chain.iter().any(|d| d.id == id) {
            break;
        }
        let (file, text) = builtin::DEFINITION_FILES
            .iter()
            .find(|(file, _)| file.strip_suffix(".toml") == Some(id.as_str()))?;
        let def = parse_builtin(file, text);
        next = def.extends.clone();
        chain.push(def);
    }
    let own = chain.first()?.clone();
    Some(resolve_extends(own, &chain).unwrap_or_else(|e| panic!("built-in {id}: {e}")))
}

/// The order of the built-in definitions in every report.
pub const BUILTIN_ORDER: &[&str] = &[
    "osaid-1.0",
    "mof-1.0",
    "data-inclusive",
    "debian-ml",
    "eu-ai-act",
    "eu-ai-act-osaid",
    "eu-ai-act-data-inclusive",
    "owd-0.3",
    "g7-2026",
    "osaid-1.0-checklist",
    "osai-index",
];

/// Options of one assessment.
#[derive(Debug, Clone)]
pub struct AssessOptions {
    /// The date the law is applied on.
    pub as_of: Date,
    /// Requirement reasons and facts in the report (`false`: verdicts, statuses and summaries
    /// only — for hub-scale batch runs with `--brief`).
    pub detail: bool,
}

impl AssessOptions {
    pub fn new(as_of: Date) -> Self {
        Self {
            as_of,
            detail: true,
        }
    }
}

/// The engine: a licence base and the definitions to apply.
pub struct Engine<'d> {
    pub base: &'static LicenceBase,
    pub definitions: Vec<&'d Definition>,
    /// The order they are evaluated in: a definition after those whose verdicts it reads.
    order: Vec<usize>,
    /// Built-in definitions whose verdicts are read but that were not asked for.
    prerequisites: Vec<&'static Definition>,
}

impl<'d> Engine<'d> {
    pub fn new(definitions: Vec<&'d Definition>) -> Self {
        let reads: Vec<Vec<&str>> = definitions.iter().map(|d| d.verdicts_read()).collect();
        let asked = |id: &str| definitions.iter().any(|d| d.id == id);
        let mut prerequisites: Vec<&'static Definition> = Vec::new();
        for id in reads.iter().flatten() {
            if !asked(id)
                && !prerequisites.iter().any(|p| p.id == *id)
                && let Some(p) = builtin_definitions().iter().find(|p| p.id == *id)
            {
                prerequisites.push(p);
            }
        }
        // Readers after what they read, otherwise in the order given.
        let mut order: Vec<usize> = Vec::with_capacity(definitions.len());
        let mut pending: Vec<usize> = (0..definitions.len()).collect();
        while !pending.is_empty() {
            let ready = pending.iter().position(|&i| {
                reads[i]
                    .iter()
                    .all(|r| !pending.iter().any(|&j| j != i && definitions[j].id == *r))
            });
            // A cycle: the rest in the order given (their `verdict` rules stay unknown).
            let at = ready.unwrap_or(0);
            order.push(pending.remove(at));
        }
        Self {
            base: LicenceBase::builtin(),
            definitions,
            order,
            prerequisites,
        }
    }

    /// Whether a definition can read a component's description: only a fact path outside
    /// `facts.` and `profiles.` can (the whole manifest is then looked up by path). No built-in
    /// definition does, so a reader may leave descriptions out.
    pub fn reads_descriptions(&self) -> bool {
        self.definitions
            .iter()
            .flat_map(|d| d.fact_paths())
            .any(|p| !(p.starts_with("facts.") || p.starts_with("profiles.")))
    }

    pub fn assess(&self, located: &LocatedManifest, opts: &AssessOptions) -> Report {
        let (definitions, warnings) = self.evaluate_all(
            located,
            located.warnings.clone(),
            opts.as_of,
            opts.detail,
            eval::into_result,
        );
        Report {
            report: report::REPORT_FORMAT,
            tool: Tool::default(),
            as_of: opts.as_of.to_string(),
            release: release_ref(located),
            warnings,
            definitions,
        }
    }

    /// The verdicts and requirement statuses only (`--brief`), without building the
    /// requirement details a full report carries.
    pub fn assess_brief(&self, located: &LocatedManifest, as_of: Date) -> report::BriefReport<'d> {
        let (definitions, warnings) = self.evaluate_all(
            located,
            located.warnings.clone(),
            as_of,
            false,
            eval::into_brief,
        );
        report::BriefReport {
            as_of,
            release: release_ref(located),
            warnings,
            definitions,
        }
    }

    /// [`Self::assess_brief`] of a manifest given up: its warnings and names move into the
    /// report rather than being copied (a batch run assesses each manifest once).
    pub fn assess_brief_owned(
        &self,
        mut located: LocatedManifest,
        as_of: Date,
    ) -> report::BriefReport<'d> {
        let own = std::mem::take(&mut located.warnings);
        let (definitions, warnings) =
            self.evaluate_all(&located, own, as_of, false, eval::into_brief);
        let kind = located.manifest.release.kind.as_str();
        report::BriefReport {
            as_of,
            release: ReleaseRef {
                name: located.manifest.release.name,
                kind,
                source: located.sources.source,
            },
            warnings,
            definitions,
        }
    }

    /// Every definition evaluated and shaped by `shape`, with the warnings of the release
    /// (its own, the definitions', and the components assumed unused), sorted.
    fn evaluate_all<T>(
        &self,
        located: &LocatedManifest,
        own_warnings: Vec<report::Warning>,
        as_of: Date,
        detail: bool,
        shape: impl Fn(&'d Definition, eval::Evaluated<'d>) -> T,
    ) -> (Vec<T>, Vec<report::Warning>) {
        let mut cx = eval::Context::new(located, self.base, as_of);
        cx.detail = detail;
        let mut warnings = own_warnings;
        // Definitions whose verdicts others read go first; a built-in one that was not asked
        // for is assessed for its verdict only.
        for d in &self.prerequisites {
            let (parts, _) = eval::evaluate_parts(&cx, d);
            cx.verdicts.push((d.id.as_str(), parts.verdict));
        }
        let mut assumed = Vec::with_capacity(self.definitions.len());
        let mut shaped: Vec<Option<T>> = (0..self.definitions.len()).map(|_| None).collect();
        for &i in &self.order {
            let d = self.definitions[i];
            let (mut parts, w) = eval::evaluate_parts(&cx, d);
            warnings.extend(w);
            cx.verdicts.push((d.id.as_str(), parts.verdict));
            assumed.push((d, std::mem::take(&mut parts.assumed_unused)));
            shaped[i] = Some(shape(d, parts));
        }
        let shaped: Vec<T> = shaped.into_iter().flatten().collect();
        warnings.extend(assumed_unused_warnings(
            assumed.iter().map(|(d, a)| (*d, a.as_slice())),
        ));
        warnings.sort();
        warnings.dedup();
        (shaped, warnings)
    }
}

fn release_ref(located: &LocatedManifest) -> ReleaseRef {
    ReleaseRef {
        name: located.manifest.release.name.clone(),
        kind: located.manifest.release.kind.as_str(),
        source: located.sources.source.clone(),
    }
}

/// One warning per component that requirements assumed unused because it is not listed,
/// naming the definitions that did.
fn assumed_unused_warnings<'a>(
    per_definition: impl Iterator<Item = (&'a Definition, &'a [bool])>,
) -> Vec<report::Warning> {
    let mut unused: Vec<(&str, &str, Vec<&str>)> = Vec::new();
    for (d, flags) in per_definition {
        for (r, _) in d.requirements.iter().zip(flags).filter(|(_, f)| **f) {
            let Some(c) = r.component.map(|c| c.key()) else {
                continue;
            };
            match unused
                .iter_mut()
                .find(|(uc, code, _)| *uc == c && *code == &*r.code)
            {
                Some((_, _, defs)) => defs.push(&d.id),
                None => unused.push((c, &r.code, vec![&d.id])),
            }
        }
    }
    unused
        .into_iter()
        .map(|(c, code, defs)| report::Warning {
            code: "W-ASSUMED-UNUSED".into(),
            message: format!(
                "{c} is not listed, so {code} ({}) assumes it was not used; list it if it was",
                defs.join(", ")
            ),
            at: None,
        })
        .collect()
}

/// Finds the requirement with this code in the given definitions.
pub fn find_requirement<'a>(
    defs: impl IntoIterator<Item = &'a Definition>,
    code: &str,
) -> Option<(&'a Definition, &'a definition::Requirement)> {
    defs.into_iter().find_map(|d| {
        d.requirements
            .iter()
            .find(|r| r.code.eq_ignore_ascii_case(code))
            .map(|r| (d, r))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_builtin_definition_read_alone_is_the_one_of_the_whole_set() {
        for d in builtin_definitions() {
            assert_eq!(read_builtin(&d.id).as_ref(), Some(d), "{}", d.id);
            assert_eq!(builtin_definition(&d.id).as_ref(), Some(d), "{}", d.id);
        }
        assert_eq!(read_builtin("mof-2.0"), None);
        assert_eq!(builtin_definition("mof-2.0"), None);
    }

    #[test]
    fn builtin_data_files_load() {
        let ids: Vec<&str> = builtin_definitions()
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(ids, BUILTIN_ORDER);
        let base = LicenceBase::builtin();
        assert!(base.get("LicenseRef-Llama-3.1").is_some());
        assert!(base.get("Apache-2.0").is_some_and(|e| e.osi_approved));
    }

    #[test]
    fn requirement_codes_are_unique_per_definition_and_documented() {
        for d in builtin_definitions() {
            let mut seen = std::collections::HashSet::new();
            for r in &d.requirements {
                assert!(seen.insert(&r.code), "{}: {}", d.id, r.code);
                assert!(!r.cite.is_empty(), "{}", r.code);
                let stub = matches!(r.check, definition::Predicate::Stub(_));
                assert!(
                    stub || r.remedy.fail.is_some(),
                    "{} has no remedy for fail",
                    r.code
                );
            }
        }
    }

    #[test]
    fn user_definitions_can_extend_builtins() {
        let text = r#"
id = "my-policy"
title = "OSAID plus a model card"
version = "1"
extends = "osaid-1.0"
[[requirement]]
code = "MY-MODEL-CARD"
title = "Model card published"
cite = "Company policy 4.2"
check = { published = "model-card" }
remedy.fail = "Publish a model card."
"#;
        let d = Definition::from_toml(text).unwrap();
        assert_eq!(
            d.requirements.first().map(|r| &*r.code),
            Some("OSAID-CODE-ARCHITECTURE")
        );
        assert_eq!(
            d.requirements.last().map(|r| &*r.code),
            Some("MY-MODEL-CARD")
        );
        let bad = text.replace("osaid-1.0", "osaid-9");
        assert!(matches!(
            Definition::from_toml(&bad),
            Err(DefinitionError::UnknownParent(_))
        ));
        let dup = format!(
            "{text}\n[[requirement]]\ncode = \"MY-MODEL-CARD\"\ntitle = \"x\"\ncite = \"x\"\ncheck = {{ stub = true }}\n"
        );
        assert!(matches!(
            Definition::from_toml(&dup),
            Err(DefinitionError::DuplicateCode(_))
        ));
    }
}
