//! Embeds the bundled catalogue (`catalogue/` at the workspace root): every data set's files,
//! listed in a stable order, so that `osai serve` has the catalogue wherever it is installed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from(
        "/// (folder, file name, contents) of every bundled catalogue file.\npub const FILES: &[(&str, &str, &[u8])] = &[\n",
    );
    for folder in ["mot/models", "osai-index/main-database"] {
        let dir = root.join(folder);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yml" | "yaml")));
        files.sort();
        for p in files {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let abs = p.canonicalize().unwrap_or(p.clone());
            let _ = writeln!(
                out,
                "    ({folder:?}, {name:?}, include_bytes!({:?})),",
                abs.display().to_string()
            );
        }
    }
    out.push_str("];\n");
    let sources = root.join("sources.toml").canonicalize().unwrap_or_default();
    println!("cargo:rerun-if-changed={}", sources.display());
    let _ = writeln!(
        out,
        "/// catalogue/sources.toml.\npub const SOURCES: &str = include_str!({:?});",
        sources.display().to_string()
    );
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("catalogue.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        panic!("{}: {e}", dest.display());
    }
}
