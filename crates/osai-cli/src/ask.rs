//! `osai ask`: the questionnaire derived from the definitions, one question at a time, then
//! the manifest.
//!
//! Plain prompts on stderr, answers from stdin (a terminal or a pipe), each answer checked by
//! the manifest reader and asked again when invalid. Nothing is guessed: an unanswered question
//! (Enter, or `?`) leaves the fact out, and the manifest says its component list is incomplete,
//! so the report asks it again as `unknown`.

use std::io::{BufRead, Write};

use osai_engine::licence::LicenceBase;
use osai_engine::manifest::ReleaseKind;
use osai_engine::questionnaire::{Question, Questionnaire, answers_manifest};
use osai_report::i18n::Catalog;
use osai_report::questions;
use serde_json::Value;

use crate::args::AskArgs;
use crate::{UsageError, exit};

struct Prompter<R, W> {
    input: R,
    out: W,
    eof: bool,
}

impl<R: BufRead, W: Write> Prompter<R, W> {
    /// Asks until `parse` accepts the answer; `None` when left unanswered.
    fn ask<T>(
        &mut self,
        question: &str,
        default: Option<&str>,
        parse: impl Fn(&str) -> Result<Option<T>, String>,
    ) -> Option<T> {
        for _ in 0..5 {
            let shown = default.map(|d| format!(" [{d}]")).unwrap_or_default();
            let _ = write!(self.out, "{question}{shown} ");
            let _ = self.out.flush();
            let mut line = String::new();
            if self.eof || self.input.read_line(&mut line).unwrap_or(0) == 0 {
                self.eof = true;
                let _ = writeln!(self.out);
                return default.and_then(|d| parse(d).ok().flatten());
            }
            let answer = line.trim();
            if answer == "?" {
                return None;
            }
            let answer = if answer.is_empty() {
                default.unwrap_or("")
            } else {
                answer
            };
            match parse(answer) {
                Ok(v) => return v,
                Err(e) => {
                    let _ = writeln!(self.out, "  {e}");
                }
            }
        }
        None
    }
}

pub(crate) fn run(args: AskArgs) -> Result<u8, UsageError> {
    let definitions = crate::assess::load_definitions(&args.definitions)?;
    let questionnaire = Questionnaire::derive(&definitions);
    let t = Catalog::get(crate::assess::report_lang(args.lang));
    let stdin = std::io::stdin();
    let mut p = Prompter {
        input: stdin.lock(),
        out: std::io::stderr(),
        eof: false,
    };
    let (manifest, unanswered) = interview(&mut p, &questionnaire, t)?;
    let yaml = osai_formats::manifest_yaml(&manifest).map_err(UsageError)?;
    let text = format!(
        "# {}\n{yaml}",
        t.ui("q-written", &[("n", &unanswered.to_string())])
    );
    match &args.output {
        Some(path) => {
            std::fs::write(path, &text)
                .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            eprintln!(
                "wrote {} — now: osai assess {}",
                path.display(),
                path.display()
            );
        }
        None => print!("{text}"),
    }
    Ok(exit::OK)
}

/// The manifest the answers make, checked by the reader; an error names the answer's path.
fn check(
    name: &str,
    kind: ReleaseKind,
    answers: &[(&str, Value)],
) -> Result<osai_engine::manifest::Manifest, String> {
    let json = answers_manifest(name, kind, None, answers).to_string();
    osai_formats::read_str("answers", &json)
        .map(|m| m.manifest)
        .map_err(|e| {
            e.diagnostics
                .iter()
                .map(|d| match &d.help {
                    Some(h) => format!("{} — {h}", d.message),
                    None => d.message.clone(),
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
}

fn interview<R: BufRead, W: Write>(
    p: &mut Prompter<R, W>,
    questionnaire: &Questionnaire,
    t: &Catalog,
) -> Result<(osai_engine::manifest::Manifest, usize), UsageError> {
    let _ = writeln!(
        p.out,
        "osai ask — {} ({}).",
        t.ui("web-ask-intro", &[]),
        t.ui("q-unknown-help", &[])
    );
    let name = p
        .ask(&t.ui("q-name", &[]), None, |s| {
            Ok(Some(s.to_owned()).filter(|s| !s.is_empty()))
        })
        .ok_or_else(|| UsageError("a release needs a name".into()))?;
    let kind = p
        .ask(&t.ui("q-kind", &[]), Some("model"), |s| match s {
            "model" | "modèle" => Ok(Some(ReleaseKind::Model)),
            "system" | "système" => Ok(Some(ReleaseKind::System)),
            _ => Err("answer model or system".to_owned()),
        })
        .unwrap_or(ReleaseKind::Model);
    let producer: Option<String> = p.ask(&t.ui("q-producer", &[]), None, |s| {
        Ok(Some(s.to_owned()).filter(|s| !s.is_empty()))
    });
    let base = LicenceBase::builtin();
    let mut answers: Vec<(&str, Value)> = Vec::new();
    let mut unanswered = 0;
    let mut section = None;
    for q in questionnaire.for_kind(kind) {
        if let Some(after) = q.follows
            && !answers
                .iter()
                .any(|(path, v)| *path == after && !is_none(v))
        {
            continue;
        }
        if section != Some(q.section) {
            section = Some(q.section);
            let _ = writeln!(p.out, "\n== {}", questions::section_title(t, q.section));
        }
        let _ = writeln!(p.out, "  ({})", shortened_read_by(t, q));
        let prompt = t.ui(
            "q-prompt",
            &[
                ("question", &questions::text(t, q)),
                ("hint", &questions::answer_hint(t, q)),
            ],
        );
        let answer = p.ask(&prompt, None, |raw| {
            let Some(value) = q.parse(raw, base)? else {
                return Ok(None);
            };
            let mut trial = answers.clone();
            trial.push((q.path.as_str(), value.clone()));
            check(&name, kind, &trial).map(|_| Some(value))
        });
        match answer {
            Some(v) => answers.push((q.path.as_str(), v)),
            None => unanswered += 1,
        }
    }
    let json = answers_manifest(&name, kind, producer.as_deref(), &answers).to_string();
    let manifest = osai_formats::read_str("answers", &json)
        .map(|m| m.manifest)
        .map_err(|e| UsageError(e.render(false)))?;
    Ok((manifest, unanswered))
}

fn is_none(v: &Value) -> bool {
    v.is_null() || v.as_array().is_some_and(Vec::is_empty)
}

/// The requirements a question decides, at most four named.
fn shortened_read_by(t: &Catalog, q: &Question) -> String {
    if q.read_by.len() <= 4 {
        return questions::read_by(t, q);
    }
    let mut short = q.clone();
    let more = short.read_by.len() - 3;
    short.read_by.truncate(3);
    short.read_by.push(format!("+{more}").into());
    questions::read_by(t, &short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use osai_engine::component::ComponentId;
    use osai_engine::manifest::{Disclosure, Manifest};
    use osai_report::i18n::Lang;

    fn run_with(answers: &str) -> (Manifest, String) {
        let mut p = Prompter {
            input: answers.as_bytes(),
            out: Vec::new(),
            eof: false,
        };
        let q = Questionnaire::derive(osai_engine::builtin_definitions());
        let (m, _) = interview(&mut p, &q, Catalog::get(Lang::En)).unwrap();
        (m, String::from_utf8(p.out).unwrap())
    }

    /// The answers to the questions in order, by path; the rest left to Enter.
    fn answers_for(kind: ReleaseKind, given: &[(&str, &str)]) -> String {
        let q = Questionnaire::derive(osai_engine::builtin_definitions());
        let mut lines = vec!["m".to_owned(), kind.as_str().to_owned(), "ACME".to_owned()];
        let mut answered: Vec<&str> = Vec::new();
        for q in q.for_kind(kind) {
            if q.follows.is_some_and(|a| !answered.contains(&a)) {
                continue;
            }
            let answer = given
                .iter()
                .find(|(p, _)| *p == q.path)
                .map(|(_, a)| *a)
                .unwrap_or("");
            if !answer.is_empty() && answer != "none" {
                answered.push(&q.path);
            }
            lines.push(answer.to_owned());
        }
        lines.join("\n") + "\n"
    }

    #[test]
    fn a_model_interview_with_wrong_answers_asked_again() {
        let script = answers_for(
            ReleaseKind::Model,
            &[
                ("components.model-parameters-final.published", "y"),
                ("licenses.model", "Apache 2.1\napache 2.0"),
                ("facts.parameters", "lots\n7e9"),
                ("facts.training_tokens", "4e12"),
                ("components.datasets.published", "n"),
                ("facts.output_modalities", "text, smell\ntext"),
            ],
        );
        let (m, transcript) = run_with(&script);
        assert_eq!(m.licenses.model.as_deref(), Some("Apache-2.0"));
        assert!(transcript.contains("did you mean"), "{transcript}");
        assert!(transcript.contains("write a plain number"), "{transcript}");
        assert!(transcript.contains("smell"), "{transcript}");
        assert!(transcript.contains("read by"), "{transcript}");
        assert_eq!(m.facts.parameters, Some(7e9));
        assert_eq!(m.facts.training_tokens, Some(4e12));
        assert_eq!(m.facts.training_compute_flop, None);
        assert_eq!(
            m.components[&ComponentId::Datasets].published,
            Disclosure::No
        );
        assert!(!m.components_complete);
        assert!(!m.components.contains_key(&ComponentId::TrainingCode));
    }

    #[test]
    fn piped_input_that_ends_early_leaves_the_rest_out() {
        let (m, _) = run_with("s\nsystem\n");
        assert_eq!(m.release.kind, ReleaseKind::System);
        assert!(m.facts.is_empty());
        assert!(m.components.is_empty());
    }

    #[test]
    fn follow_ups_are_asked_only_after_their_question() {
        let (_, plain) = run_with(&answers_for(ReleaseKind::Model, &[]));
        assert!(
            !plain.contains("Compute used for the modification"),
            "{plain}"
        );
        let (m, tuned) = run_with(&answers_for(
            ReleaseKind::Model,
            &[
                ("facts.modified_from", "Llama-3.1-8B"),
                ("facts.modification_compute_flop", "1e20"),
            ],
        ));
        assert!(tuned.contains("Compute used for the modification"));
        assert_eq!(m.facts.modification_compute_flop, Some(1e20));
    }

    #[test]
    fn a_system_interview_reads_back_and_checks_codes_with_the_reader() {
        let (m, transcript) = run_with(&answers_for(
            ReleaseKind::System,
            &[
                ("licenses.code", "MIT"),
                ("facts.intended_purposes", "annex-iii-99\nannex-iii-4a"),
                ("facts.article_6_3_derogation", "n"),
                ("facts.transparency", "synthetic-content"),
                ("facts.prohibited_practices", "none"),
            ],
        ));
        assert!(transcript.contains("annex-iii-99"), "{transcript}");
        assert_eq!(
            m.facts.intended_purposes.as_deref(),
            Some(&["annex-iii-4a".to_owned()][..])
        );
        assert_eq!(m.facts.article_6_3_derogation, Some(false));
        assert_eq!(m.facts.prohibited_practices, Some(Vec::new()));
        let yaml = serde_saphyr::to_string(&m).unwrap();
        let back = osai_formats::read_str("asked.yml", &yaml)
            .unwrap_or_else(|e| panic!("{yaml}\n{}", e.render(false)));
        assert_eq!(back.manifest, m);
    }
}
