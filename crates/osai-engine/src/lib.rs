//! The pure core of osai. Evidence → facts → rules → verdicts: this crate takes a located
//! manifest and definitions (data), and returns a report. It does no I/O and is deterministic.

pub mod component;
pub mod definition;
pub mod eval;
pub mod licence;
pub mod manifest;
pub mod report;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

use definition::Definition;
use licence::LicenceBase;
use manifest::{Date, LocatedManifest};
use report::{Report, ReleaseRef, Tool};

/// Why a definition file was refused.
#[derive(Debug, thiserror::Error)]
pub enum DefinitionError {
    #[error("{0}")]
    Toml(#[from] toml::de::Error),
    #[error("requirement code `{0}` appears twice")]
    DuplicateCode(String),
    #[error("requirement `{code}` refers to `{target}`, which is not an earlier requirement")]
    BadReference { code: String, target: String },
}

impl Definition {
    /// Parses and checks a definition file.
    pub fn from_toml(text: &str) -> Result<Definition, DefinitionError> {
        let def: Definition = toml::from_str(text)?;
        let mut seen = std::collections::HashSet::new();
        for r in &def.requirements {
            if !seen.insert(r.code.as_str()) {
                return Err(DefinitionError::DuplicateCode(r.code.clone()));
            }
            let mut refs = Vec::new();
            collect_refs(&r.check, &mut refs);
            for target in refs {
                if !seen.contains(target) || target == r.code {
                    return Err(DefinitionError::BadReference { code: r.code.clone(), target: target.to_owned() });
                }
            }
        }
        Ok(def)
    }
}

fn collect_refs<'p>(p: &'p definition::Predicate, out: &mut Vec<&'p str>) {
    use definition::Predicate::*;
    match p {
        Requirement(code) => out.push(code),
        All(xs) | Any(xs) => xs.iter().for_each(|x| collect_refs(x, out)),
        Not(x) => collect_refs(x, out),
        _ => {}
    }
}

/// The definitions shipped with osai, in report order.
pub fn builtin_definitions() -> &'static [Definition] {
    static DEFS: std::sync::OnceLock<Vec<Definition>> = std::sync::OnceLock::new();
    DEFS.get_or_init(|| {
        let mut defs: Vec<Definition> = builtin::DEFINITION_FILES
            .iter()
            .map(|(file, text)| {
                Definition::from_toml(text).unwrap_or_else(|e| panic!("built-in definition {file} is invalid: {e}"))
            })
            .collect();
        defs.sort_by_key(|d| BUILTIN_ORDER.iter().position(|id| *id == d.id).unwrap_or(usize::MAX));
        defs
    })
}

/// The order of the built-in definitions in every report.
pub const BUILTIN_ORDER: &[&str] = &["osaid-1.0", "mof-1.0", "data-inclusive", "debian-ml", "eu-ai-act"];

/// Options of one assessment.
#[derive(Debug, Clone)]
pub struct AssessOptions {
    /// The date the law is applied on.
    pub as_of: Date,
}

/// The engine: a licence base and the definitions to apply.
pub struct Engine<'d> {
    pub base: &'static LicenceBase,
    pub definitions: Vec<&'d Definition>,
}

impl<'d> Engine<'d> {
    pub fn new(definitions: Vec<&'d Definition>) -> Self {
        Self { base: LicenceBase::builtin(), definitions }
    }

    pub fn assess(&self, located: &LocatedManifest, opts: &AssessOptions) -> Report {
        let cx = eval::Context::new(located, self.base);
        let definitions = self.definitions.iter().map(|d| eval::evaluate_definition(&cx, d)).collect();
        let mut warnings = located.warnings.clone();
        warnings.sort();
        warnings.dedup();
        Report {
            report: report::REPORT_FORMAT,
            tool: Tool::default(),
            as_of: opts.as_of.to_string(),
            release: ReleaseRef {
                name: located.manifest.release.name.clone(),
                kind: located.manifest.release.kind.as_str().to_owned(),
                source: located.sources.source.clone(),
            },
            warnings,
            definitions,
        }
    }
}

/// Finds the requirement with this code in the given definitions.
pub fn find_requirement<'a>(
    defs: impl IntoIterator<Item = &'a Definition>,
    code: &str,
) -> Option<(&'a Definition, &'a definition::Requirement)> {
    defs.into_iter()
        .find_map(|d| d.requirements.iter().find(|r| r.code.eq_ignore_ascii_case(code)).map(|r| (d, r)))
}
