//! A component's description is free text that no built-in definition reads, so the batch
//! reader leaves it out — unless a loaded definition names a path that could reach it, which
//! `Engine::reads_descriptions` tells.

mod common;

use std::path::PathBuf;

use osai_engine::definition::Definition;
use osai_engine::{AssessOptions, Engine, builtin_definitions};

fn opts() -> AssessOptions {
    AssessOptions::new(jiff::civil::date(2026, 11, 29))
}

/// Every readable file, read.
fn pairs(files: &[PathBuf]) -> Vec<(String, osai_engine::manifest::LocatedManifest)> {
    files
        .iter()
        .filter_map(|path| {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path).ok()?;
            Some((name.clone(), osai_formats::read_str(&name, &text).ok()?))
        })
        .collect()
}

/// Reports with every component described (a file's own descriptions, or one given) and with
/// none; the number of files compared.
fn same_reports_without_descriptions(files: &[PathBuf]) -> usize {
    let defs = builtin_definitions();
    let engine = Engine::new(defs.iter().collect());
    assert!(!engine.reads_descriptions());
    let mut compared = 0;
    for (name, mut located) in pairs(files) {
        for (id, c) in located.manifest.components.iter_mut() {
            c.description
                .get_or_insert_with(|| format!("What the {} is", id.key()));
        }
        let described = engine.assess(&located, &opts());
        for (_, c) in located.manifest.components.iter_mut() {
            c.description = None;
        }
        assert_eq!(described, engine.assess(&located, &opts()), "{name}");
        compared += 1;
    }
    compared
}

#[test]
fn no_built_in_report_depends_on_a_description() {
    let compared = same_reports_without_descriptions(&common::own_files());
    assert!(compared >= 10, "only {compared} files compared");
}

#[test]
fn no_built_in_report_of_a_mot_file_depends_on_a_description() {
    let Some(files) = common::mot_files() else {
        return;
    };
    let compared = same_reports_without_descriptions(&files);
    assert!(compared > 250, "only {compared} MOT files compared");
}

/// A one-requirement definition testing `check`.
fn definition(check: &str) -> Definition {
    let text = format!(
        "id = \"t\"\ntitle = \"t\"\nversion = \"1\"\ndate = \"2026-11-29\"\nsource = \"a test\"\n\
         [[requirement]]\ncode = \"T\"\ntitle = \"t\"\ncite = \"a test\"\ncheck = {check}\n"
    );
    Definition::from_toml(&text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_definition_that_names_a_component_path_reads_descriptions() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/card-described.toml");
    let policy = Definition::from_toml(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{e}"));
    let scored = definition("{ fact = { path = \"facts.monetised\", equals = true } }");
    let nested = definition(
        "{ not = { any = [{ stub = true }, { fact = { path = \"release.version\", present = true } }] } }",
    );
    assert!(Engine::new(vec![&policy]).reads_descriptions());
    assert!(!Engine::new(vec![&scored]).reads_descriptions());
    assert!(
        Engine::new(vec![&nested]).reads_descriptions(),
        "found inside combinators"
    );

    // And it is right to: the verdict turns on the description.
    let yaml = "osai: 1\nrelease: {name: carded, kind: model}\ncomponents:\n  model-card: {license: CC-BY-4.0, description: What it is}\n";
    let mut located =
        osai_formats::read_str("carded.yml", yaml).unwrap_or_else(|e| panic!("{e:?}"));
    let engine = Engine::new(vec![&policy]);
    let with = engine.assess(&located, &opts()).definitions[0].verdict;
    if let Some(c) = located
        .manifest
        .components
        .get_mut(&osai_engine::component::ComponentId::ModelCard)
    {
        c.description = None;
    }
    let without = engine.assess(&located, &opts()).definitions[0].verdict;
    assert_ne!(with, without);
}
