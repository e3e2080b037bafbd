//! Files the corpus-wide tests read: the project's own manifests, and the Model Openness Tool
//! corpus when `../shared` is beside the repository.

use std::path::{Path, PathBuf};

/// The `.yml` and `.yaml` files of a folder, in name order (none when it is absent).
pub fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "yml" || e == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The examples, the example policies and this crate's fixtures.
pub fn own_files() -> Vec<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let examples = here.join("../../examples");
    let mut files = yaml_files(&examples);
    files.extend(yaml_files(&examples.join("policies")));
    files.extend(yaml_files(&here.join("tests/fixtures")));
    files
}

/// The Model Openness Tool's model files, or `None` (with the reason printed) when the
/// corpora are not beside the repository.
pub fn mot_files() -> Option<Vec<PathBuf>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/mot/models");
    let files = yaml_files(&dir);
    if files.is_empty() {
        eprintln!(
            "SKIPPED: {} is absent (the corpora live in ../shared beside the repository)",
            dir.display()
        );
        return None;
    }
    Some(files)
}
