//! Every string the reports show has a French translation: the reports' own words, every text of
//! every built-in definition, and every reason, summary and warning the engine writes for the
//! examples and the fixtures. A missing one fails here.

use std::path::{Path, PathBuf};

use osai_engine::{AssessOptions, Engine, builtin_definitions};
use osai_report::i18n::{Catalog, Lang, locale_files, message_ids};

fn ids(text: &str) -> Vec<&str> {
    let mut v: Vec<&str> = message_ids(text).collect();
    v.sort();
    v
}

#[test]
fn locale_files_parse_and_have_the_same_messages() {
    let files = locale_files();
    for (lang, name, text) in files {
        if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
            panic!("{}/{name}.ftl: {errors:?}", lang.code());
        }
    }
    for name in ["ui", "reasons", "questions"] {
        let en = files
            .iter()
            .find(|f| f.0 == Lang::En && f.1 == name)
            .unwrap();
        let fr = files
            .iter()
            .find(|f| f.0 == Lang::Fr && f.1 == name)
            .unwrap();
        assert_eq!(
            ids(en.2),
            ids(fr.2),
            "{name}.ftl: the same message ids in en and fr"
        );
        assert!(ids(en.2).len() > 40, "{name}.ftl is read");
    }
}

#[test]
fn definition_locale_files_name_only_what_exists() {
    for d in builtin_definitions() {
        let text = osai_engine::builtin_locale("fr", &d.id)
            .unwrap_or_else(|| panic!("no French file for {}", d.id));
        if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
            panic!("fr/{}.ftl: {errors:?}", d.id);
        }
        let mut known: Vec<String> = vec!["definition".into()];
        known.extend(d.requirements.iter().map(|r| r.code.to_string()));
        known.extend(
            d.obligations
                .iter()
                .map(|o| format!("obligation-{}", o.code)),
        );
        known.extend(d.exemptions.iter().map(|e| format!("exemption-{}", e.id)));
        known.extend(d.categories.iter().map(|c| format!("category-{}", c.id)));
        if let Some(l) = &d.levels {
            known.extend(l.levels.iter().map(|l| format!("level-{}", l.id)));
        }
        known.extend((0..d.derived.len()).map(|i| format!("derive-{i}")));
        for id in message_ids(text) {
            assert!(
                known.iter().any(|k| k == id),
                "fr/{}.ftl: `{id}` is not in the definition",
                d.id
            );
        }
    }
}

/// Every text of a definition, as the report would carry it.
fn definition_texts(d: &osai_engine::definition::Definition) -> Vec<String> {
    let mut v = vec![d.title.clone()];
    v.extend(d.summary.clone());
    v.extend(d.score.as_ref().map(|s| s.credit.clone()));
    for r in &d.requirements {
        v.push(r.title.to_string());
        v.push(r.cite.to_string());
        v.extend(r.explain.clone());
        v.extend(r.remedy.fail.as_deref().map(str::to_owned));
        v.extend(r.remedy.unknown.as_deref().map(str::to_owned));
    }
    for o in &d.obligations {
        v.push(o.title.clone());
        v.push(o.cite.clone());
        v.extend(o.since_rules.iter().map(|s| s.note.clone()));
    }
    v.extend(d.exemptions.iter().map(|e| e.title.clone()));
    v.extend(d.categories.iter().map(|c| c.title.clone()));
    if let Some(l) = &d.levels {
        v.extend(l.levels.iter().map(|l| l.name.clone()));
    }
    v.extend(d.derived.iter().map(|x| x.note.clone()));
    v
}

#[test]
fn every_definition_text_is_translated() {
    let fr = Catalog::get(Lang::Fr);
    let mut missing = Vec::new();
    for d in builtin_definitions() {
        for en in definition_texts(d) {
            let t = fr.text(&en);
            if t == en {
                missing.push(format!("{}: {en}", d.id));
            }
        }
    }
    assert!(missing.is_empty(), "untranslated:\n{}", missing.join("\n"));
}

fn inputs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = Vec::new();
    for dir in [
        root.join("examples"),
        root.join("crates/osai-formats/tests/fixtures"),
        root.join("crates/osai-formats/tests/interchange"),
    ] {
        for e in std::fs::read_dir(&dir).unwrap().filter_map(Result::ok) {
            let p = e.path();
            if p.is_file() {
                out.push(p);
            }
        }
    }
    out.sort();
    assert!(out.len() > 12, "{out:?}");
    // The real corpora, when this checkout sits beside them: their licence strings and names
    // reach warnings the fixtures do not.
    let shared = root.join("../shared/corpora");
    let mut corpus = Vec::new();
    for dir in ["mot/models", "osai-index", "osai-index/main-database"] {
        if let Ok(rd) = std::fs::read_dir(shared.join(dir)) {
            corpus.extend(
                rd.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_file()),
            );
        }
    }
    if corpus.is_empty() {
        eprintln!("SKIPPED (corpora): ../shared/corpora is not beside this checkout");
    }
    corpus.sort();
    out.extend(corpus);
    out
}

#[test]
fn every_reason_of_the_examples_and_fixtures_is_translated() {
    let defs: Vec<_> = builtin_definitions().iter().collect();
    let engine = Engine::new(defs.clone());
    let mut reports = Vec::new();
    for path in inputs() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(m) = osai_formats::read_str(&name, &text) else {
            continue;
        };
        // Before and after the dates the AI Act obligations turn on.
        for date in [(2025, 6, 1), (2026, 11, 29), (2028, 1, 1)] {
            let opts = AssessOptions::new(jiff::civil::date(date.0, date.1, date.2));
            reports.push(engine.assess(&m, &opts));
        }
    }
    let mut sink = Vec::new();
    for r in &reports {
        let opts = osai_report::TextOptions {
            lang: Lang::Fr,
            ..Default::default()
        };
        osai_report::text(&mut sink, r, opts).unwrap();
    }
    osai_report::markdown::markdown(&mut sink, &reports, Lang::Fr).unwrap();
    osai_report::html::html(&mut sink, &reports, &defs, Lang::Fr).unwrap();
    osai_report::sarif::sarif(&mut sink, &reports, &defs, Lang::Fr).unwrap();
    let misses = Catalog::get(Lang::Fr).misses();
    assert!(
        misses.is_empty(),
        "{} texts without a French translation:\n{}",
        misses.len(),
        misses.join("\n")
    );
    // And English renders without a miss too (every ui message exists).
    for r in &reports {
        osai_report::text(&mut sink, r, Default::default()).unwrap();
    }
    osai_report::html::html(&mut sink, &reports, &defs, Lang::En).unwrap();
    assert!(Catalog::get(Lang::En).misses().is_empty());
}

/// Words that are English and never French: a French report holding one outside a proper name,
/// an id or a quotation has left something untranslated.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "of",
    "and",
    "not",
    "from",
    "with",
    "under",
    "by",
    "for",
    "this",
    "that",
    "which",
    "been",
    "has",
    "have",
    "only",
    "apply",
    "applies",
    "published",
    "licensed",
    "must",
    "should",
    "would",
    "will",
    "its",
    "their",
    "they",
    "these",
    "those",
    "than",
    "when",
    "where",
    "what",
    "who",
    "none",
    "any",
    "into",
    "until",
    "since",
    "before",
    "after",
    "between",
    "within",
    "without",
    "stated",
    "listed",
    "given",
    "model",
    "models",
    "weights",
    "terms",
    "use",
    "used",
    "users",
    "user",
    "lifted",
    "recital",
    "criterion",
    "guidelines",
    "license",
    "threshold",
    "naming",
    "other",
    "reading",
    "free",
    "data",
];

/// Names that stay as they are in French (documents, organisations, labels the sources define).
const PROPER_NAMES: &[&str] = &[
    "Model Openness Framework",
    "Model Openness Tool",
    "European Open Source AI Index",
    "Open Source Alliance",
    "Open Source Definition",
    "Open Weight Definition",
    "Open Source AI",
    "Open Weights AI",
    "Weights Available AI",
    "Open Data",
    "Debian ML-Policy",
    "Open Science",
    "Open Tooling",
    "Open Model",
];

fn english_words(line: &str) -> Vec<String> {
    let mut l = line.to_owned();
    for name in PROPER_NAMES {
        l = l.replace(name, " ");
    }
    // Quotations (« … », '…', "…", `…`) are the source's or the user's words.
    let mut kept = String::with_capacity(l.len());
    let mut closing: Option<char> = None;
    let mut prev = ' ';
    for c in l.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '«' => closing = Some('»'),
                '`' | '"' => closing = Some(c),
                '\'' if !prev.is_alphabetic() => closing = Some('\''),
                _ => kept.push(c),
            },
        }
        prev = c;
    }
    kept.split_whitespace()
        // ids, paths, codes and numbers: anything with a digit or joining punctuation inside
        .filter(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            !core.is_empty()
                && !core.contains(|c: char| c.is_ascii_digit() || "-_./:@=".contains(c))
        })
        .flat_map(|w| w.split(|c: char| !c.is_alphabetic()))
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_english_word_finder_finds_english_and_spares_names_ids_and_quotations() {
    assert_eq!(english_words("lifted by Art. 53(2)"), ["lifted", "by"]);
    assert!(english_words("Model Openness Framework 1.0, classe III « Open Model »").is_empty());
    assert!(english_words("fait : licenses.distribution = \"the MIT\" m.yml:3:4").is_empty());
    assert!(english_words("OSAID 1.0, Paramètres : « made available under terms »").is_empty());
    assert!(english_words("restrictions : user-threshold, l'utilisateur").is_empty());
}

/// The test: a French report of every example has no English word outside proper
/// names, ids and quotations — text and Markdown, before and after the AI Act's dates.
#[test]
fn a_french_report_of_every_example_has_no_english_word() {
    let defs: Vec<_> = builtin_definitions().iter().collect();
    let engine = Engine::new(defs.clone());
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found = Vec::new();
    let mut files = 0;
    for e in std::fs::read_dir(&examples).unwrap().filter_map(Result::ok) {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "yml") {
            continue;
        }
        files += 1;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let m = osai_formats::read_str(&name, &text).unwrap();
        for date in [(2025, 6, 1), (2026, 11, 29), (2028, 1, 1)] {
            let opts = AssessOptions::new(jiff::civil::date(date.0, date.1, date.2));
            let r = engine.assess(&m, &opts);
            let mut out = Vec::new();
            let text_opts = osai_report::TextOptions {
                lang: Lang::Fr,
                ..Default::default()
            };
            osai_report::text(&mut out, &r, text_opts).unwrap();
            osai_report::markdown::markdown(&mut out, std::slice::from_ref(&r), Lang::Fr).unwrap();
            for line in String::from_utf8(out).unwrap().lines() {
                let words = english_words(line);
                if !words.is_empty() {
                    found.push(format!("{name}: {words:?} in: {line}"));
                }
            }
        }
    }
    assert!(files >= 3);
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "{} lines:\n{}",
        found.len(),
        found.join("\n")
    );
}
