//! Every kind of bad input gives diagnostics with file, line, column, a label and a hint:
//! snapshots of what the user sees.

use std::path::Path;

fn errors_of(name: &str) -> osai_formats::InputErrors {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(name);
    let bytes = std::fs::read(&path).expect("fixture");
    match osai_formats::read_bytes(name, &bytes) {
        Ok(m) => panic!("{name} was accepted: {m:?}"),
        Err(e) => e,
    }
}

fn snapshot(name: &str) -> osai_formats::InputErrors {
    let e = errors_of(name);
    assert!(!e.diagnostics.is_empty());
    for d in &e.diagnostics {
        assert!(d.span.line >= 1 && d.span.column >= 1, "{name}: {d:?}");
        assert!(!d.label.is_empty(), "{name}: {d:?}");
    }
    let shown = format!("{}\n{}", e.render_short(), e.render(false));
    insta::assert_snapshot!(name, shown);
    e
}

fn codes(e: &osai_formats::InputErrors) -> Vec<&'static str> {
    e.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn syntax_error() {
    let e = snapshot("syntax-error.yml");
    assert_eq!(codes(&e), ["E-SYNTAX"]);
}

#[test]
fn unknown_keys_suggest_the_right_one() {
    let e = snapshot("unknown-key.yml");
    assert_eq!(codes(&e), ["E-UNKNOWN-KEY", "E-UNKNOWN-KEY"]);
    assert_eq!(
        e.diagnostics[0].help.as_deref(),
        Some("did you mean `producer`?")
    );
    assert_eq!(
        e.diagnostics[1].help.as_deref(),
        Some("did you mean `monetised`?")
    );
}

#[test]
fn unknown_component() {
    let e = snapshot("unknown-component.yml");
    assert_eq!(codes(&e), ["E-UNKNOWN-COMPONENT", "E-UNKNOWN-COMPONENT"]);
    assert_eq!(
        e.diagnostics[0].help.as_deref(),
        Some("did you mean `training-code`?")
    );
}

#[test]
fn wrong_types_are_all_reported() {
    let e = snapshot("wrong-type.yml");
    assert_eq!(codes(&e), ["E-TYPE", "E-TYPE", "E-TYPE"]);
}

#[test]
fn bad_dates() {
    let e = snapshot("bad-date.yml");
    assert_eq!(codes(&e), ["E-DATE", "E-DATE"]);
    assert_eq!(
        (e.diagnostics[1].span.line, e.diagnostics[1].span.column),
        (7, 21)
    );
}

#[test]
fn bad_licence_expressions() {
    let e = snapshot("bad-licence.yml");
    assert_eq!(
        codes(&e),
        ["E-LICENCE-UNKNOWN", "E-LICENCE-SYNTAX", "E-LICENCE-UNKNOWN"]
    );
    assert!(
        e.diagnostics[0]
            .help
            .as_deref()
            .unwrap_or("")
            .contains("Apache-2.0")
    );
}

#[test]
fn empty_file() {
    let e = snapshot("empty.yml");
    assert_eq!(codes(&e), ["E-EMPTY"]);
}

#[test]
fn binary_garbage() {
    let e = snapshot("binary.yml");
    assert_eq!(codes(&e), ["E-BINARY"]);
}

#[test]
fn json_with_an_error() {
    let e = snapshot("broken.json");
    assert_eq!(codes(&e), ["E-SYNTAX"]);
    assert_eq!(e.diagnostics[0].span.line, 3);
}

#[test]
fn duplicate_keys() {
    let e = snapshot("duplicate-keys.yml");
    assert_eq!(codes(&e), ["E-DUPLICATE-KEY", "E-DUPLICATE-KEY"]);
}

#[test]
fn unsupported_version_and_missing_fields() {
    let e = snapshot("version-and-missing.yml");
    assert_eq!(codes(&e), ["E-VERSION", "E-MISSING", "E-VALUE"]);
}

#[test]
fn not_a_mapping() {
    let e = snapshot("not-a-mapping.yml");
    assert_eq!(codes(&e), ["E-TYPE"]);
}

#[test]
fn bad_codes_and_misplaced_sources() {
    let e = snapshot("bad-codes.yml");
    assert_eq!(codes(&e), ["E-VALUE", "E-VALUE", "E-VALUE"]);
}
