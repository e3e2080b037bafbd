//! A brief report (`--brief`, built without requirement details) decides exactly what the full
//! report decides: verdicts, classes, progress, categories, exemptions, systemic risk, every
//! requirement's status, and the warnings. Its summaries may only drop the reasons.

mod common;

use std::path::PathBuf;

use osai_engine::report::{BriefReport, Report};

fn agree(name: &str, full: &Report, brief: &BriefReport<'_>) {
    assert_eq!(full.warnings, brief.warnings, "{name}: warnings");
    assert_eq!(full.release, brief.release, "{name}: release");
    assert_eq!(full.as_of, brief.as_of.to_string(), "{name}: as_of");
    assert_eq!(full.definitions.len(), brief.definitions.len(), "{name}");
    for (f, b) in full.definitions.iter().zip(&brief.definitions) {
        let at = format!("{name} / {}", f.id);
        assert_eq!(f.id, b.definition.id, "{at}");
        assert_eq!(f.verdict, b.verdict, "{at}: verdict");
        assert_eq!(f.class, b.class, "{at}: class");
        assert_eq!(f.score, b.score, "{at}: score");
        assert_eq!(f.category, b.category, "{at}: category");
        assert_eq!(
            f.systemic_risk.as_deref(),
            b.systemic_risk,
            "{at}: systemic risk"
        );
        let progress = b
            .progress
            .as_ref()
            .map(|p| p.iter().map(|(k, v)| (k.to_string(), *v)).collect());
        assert_eq!(f.progress, progress, "{at}: progress");
        let exemptions = b.exemptions.as_ref().map(|ex| {
            ex.iter()
                .map(|(id, _)| (id.to_string(), b.exemption(id).unwrap_or("?").to_owned()))
                .collect()
        });
        assert_eq!(f.exemptions, exemptions, "{at}: exemptions");
        let statuses: Vec<_> = f.requirements.iter().map(|r| r.status).collect();
        assert_eq!(statuses, b.statuses, "{at}: requirement statuses");
        match (&f.summary, &b.summary) {
            (Some(full), Some(short)) => assert!(
                full.starts_with(short.as_str()),
                "{at}: `{short}` is not the start of `{full}`"
            ),
            (None, None) => {}
            other => panic!("{at}: summaries {other:?}"),
        }
    }
}

fn check_all(files: &[PathBuf]) -> usize {
    let defs = osai_engine::builtin_definitions();
    let engine = osai_engine::Engine::new(defs.iter().collect());
    let opts = osai_engine::AssessOptions::new(jiff::civil::date(2026, 11, 29));
    let mut checked = 0;
    for path in files {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).expect("readable");
        let Ok(located) = osai_formats::read_str(&name, &text) else {
            continue;
        };
        let full = engine.assess(&located, &opts);
        let brief = engine.assess_brief(&located, opts.as_of);
        agree(&name, &full, &brief);
        assert_eq!(
            engine.assess_brief_owned(located, opts.as_of),
            brief,
            "{name}: the batch's owned brief"
        );
        checked += 1;
    }
    checked
}

#[test]
fn brief_and_full_reports_agree_on_the_examples() {
    let n = check_all(&common::own_files());
    assert!(n >= 3, "only {n} manifests checked");
}

#[test]
fn brief_and_full_reports_agree_on_the_mot_corpus() {
    let Some(files) = common::mot_files() else {
        return;
    };
    let n = check_all(&files);
    assert!(n > 250, "only {n} of {} MOT files checked", files.len());
}
