//! The questionnaire's words: each derived question's text, its section's title and a hint of
//! the answer it takes, in the report's languages (`locales/*/questions.ftl`).

use osai_engine::questionnaire::{AnswerKind, Question, Section};

use crate::i18n::Catalog;

/// The message id of a question: `q-` and its manifest path with dots as dashes.
pub fn message_id(q: &Question) -> String {
    format!("q-{}", q.path.replace('.', "-"))
}

/// Whether the question has its own wording (otherwise a generic one is used).
pub fn has_wording(t: &Catalog, q: &Question) -> bool {
    t.has(&message_id(q))
}

pub fn text(t: &Catalog, q: &Question) -> String {
    let id = message_id(q);
    if t.has(&id) {
        return t.ui(&id, &[]);
    }
    match (q.section, q.component()) {
        (Section::Components, Some(c)) => {
            let name = t.ui(&format!("component-{}", c.key()), &[]);
            t.ui("q-fallback-component", &[("component", &name)])
        }
        (Section::DataInformation, _) => t.ui("q-fallback-data-information", &[("item", q.name())]),
        (Section::Licences, _) => t.ui("q-fallback-licence", &[("path", &q.path)]),
        _ => t.ui("q-fallback-fact", &[("path", &q.path)]),
    }
}

pub fn section_title(t: &Catalog, s: Section) -> String {
    t.ui(&format!("q-section-{}", s.as_str()), &[])
}

/// What the answer looks like: "yes, no, partial", "a number, e.g. 7.3e9", the codes offered.
pub fn answer_hint(t: &Catalog, q: &Question) -> String {
    match &q.answer {
        AnswerKind::Disclosure => t.ui("q-answer-disclosure", &[]),
        AnswerKind::YesNo => t.ui("q-answer-yes-no", &[]),
        AnswerKind::Licence => t.ui("q-answer-licence", &[]),
        AnswerKind::Number => t.ui("q-answer-number", &[]),
        AnswerKind::Date => t.ui("q-answer-date", &[]),
        AnswerKind::Text => t.ui("q-answer-text", &[]),
        AnswerKind::Codes { choices, .. } if choices.is_empty() => t.ui("q-answer-codes-any", &[]),
        AnswerKind::Codes { choices, .. } => {
            t.ui("q-answer-codes", &[("choices", &choices.join(", "))])
        }
    }
}

/// "read by AIA-53-2-ARCHITECTURE, MOF-C1-…": the requirements the answer decides.
pub fn read_by(t: &Catalog, q: &Question) -> String {
    let codes: Vec<&str> = q.read_by.iter().map(|c| &**c).collect();
    t.ui("q-read-by", &[("codes", &codes.join(", "))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use osai_engine::questionnaire::Questionnaire;

    #[test]
    fn every_built_in_question_has_its_own_words_in_every_language() {
        let q = Questionnaire::derive(osai_engine::builtin_definitions());
        for lang in [Lang::En, Lang::Fr] {
            let t = Catalog::get(lang);
            let missing: Vec<String> = q
                .questions
                .iter()
                .filter(|q| !has_wording(t, q))
                .map(message_id)
                .collect();
            assert!(missing.is_empty(), "{lang:?}: no wording for {missing:?}");
            for s in Section::ALL {
                assert!(t.has(&format!("q-section-{}", s.as_str())));
            }
        }
    }

    #[test]
    fn a_question_without_wording_falls_back_to_its_path() {
        let def = osai_engine::definition::Definition::from_toml(
            r#"
id = "p"
title = "P"
version = "1"
[[requirement]]
code = "P-1"
title = "t"
cite = "c"
check = { fact = { path = "facts.house_rule", equals = true } }
"#,
        )
        .unwrap();
        let q = Questionnaire::derive(&[def]);
        let t = Catalog::get(Lang::En);
        assert_eq!(text(t, &q.questions[0]), "Value of facts.house_rule?");
    }
}
