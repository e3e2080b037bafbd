//! `osai ask`: the questions the law turns on, one at a time, then the manifest.
//!
//! Plain prompts on stderr, answers from stdin (a terminal or a pipe), a default in brackets,
//! each answer validated and asked again when invalid. Nothing is guessed: an unanswered
//! question ("" with no default, or `?`) leaves the fact out, so the report asks it again.

use std::io::{BufRead, Write};

use osai_engine::component::ComponentId;
use osai_engine::licence::LicenceBase;
use osai_engine::manifest::{
    Component, Date, Disclosure, Facts, LicenseDefaults, Manifest, Modality, Release, ReleaseKind,
};

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
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Option<T> {
        for _ in 0..5 {
            let shown = default.map(|d| format!(" [{d}]")).unwrap_or_default();
            let _ = write!(self.out, "{question}{shown} ");
            let _ = self.out.flush();
            let mut line = String::new();
            if self.eof || self.input.read_line(&mut line).unwrap_or(0) == 0 {
                self.eof = true;
                let _ = writeln!(self.out);
                return default.and_then(|d| parse(d).ok());
            }
            let answer = line.trim();
            if answer == "?" {
                return None;
            }
            let answer = if answer.is_empty() { default? } else { answer };
            match parse(answer) {
                Ok(v) => return Some(v),
                Err(e) => {
                    let _ = writeln!(self.out, "  {e}");
                }
            }
        }
        None
    }

    fn yes_no(&mut self, question: &str, default: Option<bool>) -> Option<bool> {
        let d = default.map(|b| if b { "y" } else { "n" });
        self.ask(&format!("{question} (y/n/?)"), d, |s| {
            match s.to_lowercase().as_str() {
                "y" | "yes" | "o" | "oui" => Ok(true),
                "n" | "no" | "non" => Ok(false),
                _ => Err("answer y, n, or ? if you do not know".into()),
            }
        })
    }
}

fn number(s: &str) -> Result<f64, String> {
    s.replace('_', "")
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or_else(|| "write a plain number such as 7.3e9".to_owned())
}

fn codes(s: &str, valid: impl Fn(&str) -> bool, example: &str) -> Result<Vec<String>, String> {
    if s == "none" || s == "-" {
        return Ok(Vec::new());
    }
    let items: Vec<String> = s
        .split([',', ' '])
        .filter(|x| !x.is_empty())
        .map(str::to_owned)
        .collect();
    match items.iter().find(|c| !valid(c)) {
        Some(bad) => Err(format!(
            "`{bad}` is not a code here; codes look like `{example}` (or `none`)"
        )),
        None => Ok(items),
    }
}

pub(crate) fn run(args: AskArgs) -> Result<u8, UsageError> {
    let stdin = std::io::stdin();
    let mut p = Prompter {
        input: stdin.lock(),
        out: std::io::stderr(),
        eof: false,
    };
    let manifest = interview(&mut p)?;
    let yaml =
        serde_saphyr::to_string(&manifest).map_err(|e| UsageError(format!("writing YAML: {e}")))?;
    let text = format!(
        "# Written by `osai ask`; questions left unanswered are absent and reported as unknown.\n{yaml}"
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

fn interview<R: BufRead, W: Write>(p: &mut Prompter<R, W>) -> Result<Manifest, UsageError> {
    let _ = writeln!(
        p.out,
        "osai ask — answer each question; Enter takes the default in [brackets], ? means \"I do not know\"."
    );
    let name = p
        .ask("Name of the release?", None, |s| {
            Ok::<_, String>(s.to_owned())
        })
        .ok_or_else(|| UsageError("a release needs a name".into()))?;
    let kind = p
        .ask(
            "Is it an AI model or an AI system? (model/system)",
            Some("model"),
            |s| match s {
                "model" => Ok(ReleaseKind::Model),
                "system" => Ok(ReleaseKind::System),
                _ => Err("answer model or system".to_owned()),
            },
        )
        .unwrap_or(ReleaseKind::Model);
    let producer = p.ask("Who publishes it?", None, |s| Ok::<_, String>(s.to_owned()));
    let base = LicenceBase::builtin();
    let licence = p.ask(
        "Licence of the weights (SPDX id or name, e.g. Apache-2.0, llama3.1)?",
        None,
        |s| {
            base.resolve(s).map(|r| r.canonical).map_err(|e| {
                format!(
                    "{e}{}",
                    e.help().map(|h| format!(" — {h}")).unwrap_or_default()
                )
            })
        },
    );
    let code_licence = p.ask(
        "Licence of the code (training, inference)?",
        licence.as_deref(),
        |s| {
            base.resolve(s)
                .map(|r| r.canonical)
                .map_err(|e| e.to_string())
        },
    );
    let mut components = osai_engine::manifest::ComponentMap::new();
    for (id, q) in [
        (
            ComponentId::ModelParametersFinal,
            "Are the weights publicly available?",
        ),
        (
            ComponentId::ModelArchitecture,
            "Is the model architecture (code or description) public?",
        ),
        (
            ComponentId::ModelCard,
            "Is there a public model card (modalities, capabilities, limitations, how to integrate)?",
        ),
        (ComponentId::TrainingCode, "Is the training code public?"),
        (ComponentId::InferenceCode, "Is the inference code public?"),
        (ComponentId::Datasets, "Is the training data itself public?"),
    ] {
        if let Some(yes) = p.yes_no(q, None) {
            let published = if yes { Disclosure::Yes } else { Disclosure::No };
            components.insert(
                id,
                Component {
                    published,
                    ..Component::default()
                },
            );
        }
    }
    let mut facts = Facts {
        eu_market: p.yes_no("Is it placed on the market or put into service in the EU (a public download counts)?", Some(true)),
        monetised: p.yes_no("Is it monetised (a price, paid support needed to use it, paid-only hosting, ads, personal data beyond security)?", None),
        placed_on_market: p.ask("When was it first placed on the EU market? (YYYY-MM-DD)", None, |s| {
            s.parse::<Date>().map_err(|_| "write a date as YYYY-MM-DD".to_owned())
        }),
        ..Facts::default()
    };
    match kind {
        ReleaseKind::Model => {
            facts.general_purpose = p.yes_no("Does the model display significant generality and perform a wide range of distinct tasks?", None);
            facts.output_modalities = p.ask(
                "What does it output? (text, code, image, video, audio, other; comma-separated)",
                None,
                |s| {
                    s.split([',', ' '])
                        .filter(|x| !x.is_empty())
                        .map(|m| match m {
                            "text" => Ok(Modality::Text),
                            "code" => Ok(Modality::Code),
                            "image" => Ok(Modality::Image),
                            "video" => Ok(Modality::Video),
                            "audio" => Ok(Modality::Audio),
                            "other" => Ok(Modality::Other),
                            other => Err(format!(
                                "`{other}` is not one of text, code, image, video, audio, other"
                            )),
                        })
                        .collect()
                },
            );
            facts.training_compute_flop = p.ask(
                "Training compute in FLOP? (? if unknown: then parameters and tokens)",
                None,
                number,
            );
            if facts.training_compute_flop.is_none() {
                facts.parameters = p.ask("Number of parameters?", None, number);
                facts.training_tokens = p.ask("Number of training tokens?", None, number);
            }
            facts.systemic_risk_designated = p.yes_no(
                "Has the Commission designated it as a model with systemic risk?",
                Some(false),
            );
            facts.provider_established_in_eu =
                p.yes_no("Is the provider established in the EU?", None);
            if p.yes_no(
                "Is it a fine-tune or modification of another model?",
                Some(false),
            ) == Some(true)
            {
                facts.modified_from =
                    p.ask("Which model?", None, |s| Ok::<_, String>(s.to_owned()));
                facts.modification_compute_flop =
                    p.ask("Compute used for the modification, in FLOP?", None, number);
                facts.original_training_compute_flop = p.ask(
                    "Training compute of the original model, in FLOP?",
                    None,
                    number,
                );
            }
        }
        ReleaseKind::System => {
            facts.intended_purposes = p.ask(
                "Annex III uses it is intended for? (e.g. annex-iii-4a; `none`)",
                Some("none"),
                |s| {
                    codes(
                        s,
                        |c| c.starts_with("annex-iii-") && c.len() <= 13,
                        "annex-iii-4a",
                    )
                },
            );
            if facts
                .intended_purposes
                .as_ref()
                .is_some_and(|v| !v.is_empty())
            {
                facts.article_6_3_derogation = p.yes_no("Does the provider claim the Art. 6(3) derogation (narrow task, no significant risk, no profiling)?", Some(false));
            }
            facts.prohibited_practices = p.ask(
                "Art. 5 prohibited practices it falls under? (e.g. art-5-1-c; `none`)",
                Some("none"),
                |s| codes(s, |c| c.starts_with("art-5-1-"), "art-5-1-c"),
            );
            facts.transparency = p.ask(
                "Art. 50 cases? (interacts-with-persons, synthetic-content, emotion-recognition, biometric-categorisation, deep-fake, public-interest-text; `none`)",
                Some("none"),
                |s| codes(s, |c| osai_formats::TRANSPARENCY_CODES.contains(&c), "synthetic-content"),
            );
        }
    }
    Ok(Manifest {
        osai: 1,
        release: Release {
            producer,
            ..Release::new(name, kind)
        },
        licenses: LicenseDefaults {
            model: licence,
            code: code_licence,
            ..LicenseDefaults::default()
        },
        components,
        // Only six components are asked about; the others are not stated.
        components_complete: false,
        data_information: Default::default(),
        facts,
        profiles: Default::default(),
        evidence: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(answers: &str) -> (Manifest, String) {
        let mut p = Prompter {
            input: answers.as_bytes(),
            out: Vec::new(),
            eof: false,
        };
        let m = interview(&mut p).unwrap();
        (m, String::from_utf8(p.out).unwrap())
    }

    #[test]
    fn a_model_interview_with_a_wrong_answer_asked_again() {
        let answers = "m\nmodel\nACME\nApache 2.1\napache 2.0\n\ny\ny\ny\nn\ny\nn\ny\nn\n2025-09-01\ny\ntext\n?\n7e9\nlots\n4e12\n\nn\n\n";
        let (m, transcript) = run_with(answers);
        assert_eq!(m.licenses.model.as_deref(), Some("Apache-2.0"));
        assert!(transcript.contains("did you mean"), "{transcript}");
        assert!(transcript.contains("write a plain number"), "{transcript}");
        assert_eq!(m.facts.parameters, Some(7e9));
        assert_eq!(m.facts.training_tokens, Some(4e12));
        assert_eq!(m.facts.training_compute_flop, None);
        assert_eq!(m.facts.systemic_risk_designated, Some(false));
        assert_eq!(
            m.components[&ComponentId::Datasets].published,
            Disclosure::No
        );
    }

    #[test]
    fn piped_input_that_ends_early_keeps_defaults_and_leaves_the_rest_out() {
        let (m, _) = run_with("s\nsystem\n");
        assert_eq!(m.release.kind, ReleaseKind::System);
        assert_eq!(m.facts.eu_market, Some(true));
        assert_eq!(m.facts.intended_purposes, Some(Vec::new()));
        assert_eq!(m.facts.monetised, None);
    }

    #[test]
    fn the_written_manifest_reads_back() {
        let (m, _) = run_with(
            "s\nsystem\nACME\nMIT\n\ny\n\n\n\ny\n\ny\nn\n2026-09-01\nannex-iii-4a\n\nnone\nsynthetic-content\n",
        );
        let yaml = serde_saphyr::to_string(&m).unwrap();
        let back = osai_formats::read_str("asked.yml", &yaml)
            .unwrap_or_else(|e| panic!("{yaml}\n{}", e.render(false)));
        assert_eq!(back.manifest, m);
    }
}
