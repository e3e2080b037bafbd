//! Every text of ../shared/corpora/licence-texts is identified as what SOURCES.md says it is.

use osai_identify::{Identifier, Kind};

const EXPECTED: &[(&str, Option<&str>, Kind)] = &[
    (
        "llama2-LICENSE.txt",
        Some("LicenseRef-Llama-2"),
        Kind::Licence,
    ),
    (
        "llama2-USE_POLICY.md",
        Some("LicenseRef-Llama-2"),
        Kind::Policy,
    ),
    (
        "llama3-LICENSE.txt",
        Some("LicenseRef-Llama-3"),
        Kind::Licence,
    ),
    (
        "llama3-USE_POLICY.md",
        Some("LicenseRef-Llama-3"),
        Kind::Policy,
    ),
    (
        "llama3_1-LICENSE.txt",
        Some("LicenseRef-Llama-3.1"),
        Kind::Licence,
    ),
    (
        "llama3_1-USE_POLICY.md",
        Some("LicenseRef-Llama-3.1"),
        Kind::Policy,
    ),
    (
        "llama3_2-LICENSE.txt",
        Some("LicenseRef-Llama-3.2"),
        Kind::Licence,
    ),
    (
        "llama3_2-USE_POLICY.md",
        Some("LicenseRef-Llama-3.2"),
        Kind::Policy,
    ),
    (
        "llama3_3-LICENSE.txt",
        Some("LicenseRef-Llama-3.3"),
        Kind::Licence,
    ),
    (
        "llama3_3-USE_POLICY.md",
        Some("LicenseRef-Llama-3.3"),
        Kind::Policy,
    ),
    (
        "llama4-LICENSE.txt",
        Some("LicenseRef-Llama-4"),
        Kind::Licence,
    ),
    (
        "llama4-USE_POLICY.md",
        Some("LicenseRef-Llama-4"),
        Kind::Policy,
    ),
    (
        "creativeml-openrail-m-LICENSE.txt",
        Some("LicenseRef-CreativeML-OpenRAIL-M"),
        Kind::Licence,
    ),
    (
        "openrail-plus-plus-m-LICENSE.txt",
        Some("LicenseRef-OpenRAIL-plus-plus-M"),
        Kind::Licence,
    ),
    (
        "openrail-plus-plus-m-sdxl-LICENSE.txt",
        Some("LicenseRef-OpenRAIL-plus-plus-M"),
        Kind::Licence,
    ),
    (
        "deepfloyd-if-code-modified-MIT.txt",
        Some("LicenseRef-DeepFloyd-IF-Code"),
        Kind::Licence,
    ),
    (
        "deepfloyd-if-model-LICENSE.txt",
        Some("LicenseRef-DeepFloyd-IF"),
        Kind::Licence,
    ),
    (
        "deepseek-model-LICENSE.txt",
        Some("LicenseRef-DeepSeek-Model"),
        Kind::Licence,
    ),
    ("deepseek-code-MIT.txt", Some("MIT"), Kind::Licence),
    (
        "qwen-tongyi-qianwen-LICENSE.txt",
        Some("LicenseRef-Tongyi-Qianwen"),
        Kind::Licence,
    ),
    (
        "qwen-tongyi-qianwen-research-LICENSE.txt",
        Some("LicenseRef-Tongyi-Qianwen-Research"),
        Kind::Licence,
    ),
    (
        "qwen-repo-apache-2.0.txt",
        Some("Apache-2.0"),
        Kind::Licence,
    ),
    (
        "stability-noncommercial-community-LICENSE.txt",
        Some("LicenseRef-Stability-AI-NC-Community"),
        Kind::Licence,
    ),
    (
        "stability-noncommercial-research-community-LICENSE.txt",
        Some("LicenseRef-Stability-AI-NC-Community"),
        Kind::Licence,
    ),
];

#[test]
fn the_licence_texts_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/licence-texts");
    if !dir.is_dir() {
        eprintln!(
            "SKIPPED: {} is absent (the corpora live in ../shared)",
            dir.display()
        );
        return;
    }
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "SOURCES.md")
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = EXPECTED.iter().map(|e| e.0.to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "every corpus file has an expectation");
    let id = Identifier::new();
    let mut wrong = Vec::new();
    for (file, want, kind) in EXPECTED {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let got = id.identify(&text);
        if got.id.as_deref() != *want || got.kind != *kind {
            wrong.push(format!(
                "{file}: got {:?} {:?} ({})",
                got.id, got.kind, got.evidence
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    eprintln!("{} licence texts identified correctly", EXPECTED.len());
}

#[test]
fn a_changed_apache_is_not_apache() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/licence-texts");
    let Ok(text) = std::fs::read_to_string(dir.join("qwen-repo-apache-2.0.txt")) else {
        eprintln!("SKIPPED: licence-texts corpus absent");
        return;
    };
    let cut = text.find("4. Redistribution").expect("section 4");
    let end = text
        .find("5. Submission of Contributions")
        .expect("section 5");
    let changed = format!(
        "{}4. Redistribution. You may not redistribute the Work for commercial purposes, nor use it for any military application.\n\n{}",
        &text[..cut],
        &text[end..]
    );
    let got = Identifier::new().identify(&changed);
    assert_ne!(got.id.as_deref(), Some("Apache-2.0"), "{got:?}");
}
