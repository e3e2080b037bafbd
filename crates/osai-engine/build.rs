//! Embeds the data files (licences, definitions) so the binary needs nothing beside it.
use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("builtin.rs");
    let mut code = String::new();
    for (konst, dir) in [
        ("LICENCE_FILES", "licences"),
        ("DEFINITION_FILES", "definitions"),
    ] {
        println!("cargo::rerun-if-changed={dir}");
        let mut files: Vec<_> = fs::read_dir(dir)
            .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
        files.sort();
        code.push_str(&format!("pub const {konst}: &[(&str, &str)] = &[\n"));
        for p in files {
            let name = p
                .file_name()
                .and_then(|n| n.to_str())
                .expect("utf-8 file name");
            let abs = fs::canonicalize(&p).expect("canonical path");
            code.push_str(&format!(
                "    ({name:?}, include_str!({:?})),\n",
                abs.display().to_string()
            ));
        }
        code.push_str("];\n");
    }
    // Translations of the definitions' texts: definitions/locales/<lang>/<definition id>.ftl.
    println!("cargo::rerun-if-changed=definitions/locales");
    code.push_str("pub const DEFINITION_LOCALES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir("definitions/locales")
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    langs.sort();
    for lang_dir in langs.iter().filter(|p| p.is_dir()) {
        let lang = lang_dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8");
        let mut files: Vec<_> = fs::read_dir(lang_dir)
            .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
        files.sort();
        for p in files {
            let id = p
                .file_stem()
                .and_then(|n| n.to_str())
                .expect("utf-8 file name");
            let abs = fs::canonicalize(&p).expect("canonical path");
            code.push_str(&format!(
                "    ({lang:?}, {id:?}, include_str!({:?})),\n",
                abs.display().to_string()
            ));
        }
    }
    code.push_str("];\n");
    fs::write(out, code).expect("write builtin.rs");
}
