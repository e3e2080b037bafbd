//! Conformance with real data: every Model Openness Tool model file reads (../shared/corpora).

use std::path::{Path, PathBuf};

fn corpus(sub: &str) -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/mot")
        .join(sub);
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!(
            "SKIPPED: {} is absent (the corpora live in ../shared beside the repository)",
            dir.display()
        );
        return None;
    };
    let mut files: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        .collect();
    files.sort();
    Some(files)
}

#[test]
fn every_mot_model_file_reads() {
    let Some(files) = corpus("models") else {
        return;
    };
    assert_eq!(files.len(), 273);
    let mut warnings = 0;
    let mut mismatched = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let (m, format) = osai_formats::read_bytes_detect(&name, &bytes)
            .unwrap_or_else(|e| panic!("{}", e.render(false)));
        assert_eq!(
            format,
            osai_formats::InputFormat::ModelOpennessTool,
            "{name}"
        );
        assert!(!m.manifest.release.name.is_empty());
        warnings += m.warnings.len();
        if m.warnings.iter().any(|w| w.code == "W-NAME-MISMATCH") {
            mismatched.push(name);
        }
    }
    // The corpus has one file whose release name is another model's.
    assert_eq!(mismatched, ["Qwen2.5-72B-Instruct.yml"]);
    eprintln!("{} MOT files read, {warnings} warnings", files.len());
}

#[test]
fn every_mot_test_file_reads() {
    let Some(files) = corpus("Test_Data") else {
        return;
    };
    assert_eq!(files.len(), 27);
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        osai_formats::read_bytes(&name, &bytes).unwrap_or_else(|e| panic!("{}", e.render(false)));
    }
}

/// Every licence string people typed in the Tool's files ends in a known id, an explicit
/// non-licence category, or a known-but-unread licence; none unknown ones reads as open.
#[test]
fn every_mot_licence_string_is_classified() {
    use osai_engine::licence::{Category, LicenceBase};
    let Some(files) = corpus("models") else {
        return;
    };
    let base = LicenceBase::builtin();
    let mut strings = std::collections::BTreeSet::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let m = osai_formats::read_bytes(&name, &std::fs::read(path).unwrap()).unwrap();
        let l = &m.manifest.licenses;
        for s in [&l.distribution, &l.code, &l.model, &l.data, &l.document]
            .into_iter()
            .flatten()
        {
            strings.insert(s.clone());
        }
        for c in m.manifest.components.values() {
            strings.extend(c.license.clone());
        }
    }
    let (mut reviewed, mut unread, mut categories, mut unresolved) = (0, 0, 0, Vec::new());
    for s in &strings {
        match base.resolve(s) {
            Err(e) => unresolved.push(format!("{s:?}: {e}")),
            Ok(r) => {
                let entries: Vec<_> = r.expr_terms().filter_map(|t| base.get(t)).collect();
                if entries.iter().any(|e| e.category != Category::Licence) {
                    categories += 1;
                    assert!(
                        entries.iter().all(|e| e.osd_conformant() != Some(true)),
                        "{s}"
                    );
                } else if entries
                    .iter()
                    .any(|e| e.freedoms.is_none() && !e.osi_approved)
                {
                    unread += 1;
                    assert!(
                        entries.iter().all(|e| e.osd_conformant().is_none()),
                        "{s} must stay unknown"
                    );
                } else {
                    reviewed += 1;
                }
            }
        }
    }
    eprintln!(
        "{} distinct MOT licence strings: {reviewed} reviewed licences, {unread} known but unread, {categories} non-licence categories, {} unresolved",
        strings.len(),
        unresolved.len()
    );
    assert!(unresolved.is_empty(), "{unresolved:#?}");
}
