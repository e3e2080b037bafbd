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

/// What the hostile-input review found in the reader, each pinned.
mod hostile {
    fn read(text: &[u8]) -> osai_formats::InputErrors {
        osai_formats::read_bytes("hostile.yml", text).expect_err("refused")
    }

    /// A diagnostic past column 65,535 made miette's renderer panic; such a line is now
    /// written in the one-line form, with the long key clipped.
    #[test]
    fn a_diagnostic_on_a_huge_line_renders_without_panic() {
        let key = "k".repeat(70_000);
        let json = format!(
            r#"{{"osai":1,"release":{{"name":"a","kind":"model"}},"licenses":{{"distribution":"MIT"}},"{key}":1}}"#
        );
        let e = read(json.as_bytes());
        let shown = e.render(false);
        assert!(shown.starts_with("hostile.yml:1:"), "{}", &shown[..200]);
        assert!(shown.contains("… (70000 characters)"), "{}", &shown[..300]);
        assert!(shown.len() < 1_000, "{} bytes", shown.len());
        assert!(e.render(true).len() < 1_000);
    }

    /// Thousands of errors: each is drawn from its own few lines, with the right numbers.
    #[test]
    fn every_one_of_thousands_of_errors_is_drawn_at_its_line() {
        let mut text = String::from("osai: 1\nrelease:\n  name: a\n  kind: model\ncomponents:\n");
        for i in 0..8_000 {
            text.push_str(&format!("  bogus-{i}: {{}}\n"));
        }
        let e = read(text.as_bytes());
        assert_eq!(e.diagnostics.len(), 8_000);
        let shown = e.render(false);
        for (i, line) in [(0, 6), (4_321, 4_327), (7_999, 8_005)] {
            assert!(
                shown.contains(&format!("{line} │   bogus-{i}: {{}}")),
                "bogus-{i} not drawn at line {line}"
            );
        }
    }

    #[test]
    fn a_second_yaml_document_is_an_error_not_ignored() {
        let e = read(b"osai: 1\nrelease:\n  name: a\n  kind: model\n---\nosai: 1\n");
        assert_eq!(e.diagnostics[0].code, "E-SYNTAX");
        assert!(e.diagnostics[0].message.contains("second YAML document"));
        assert_eq!(e.diagnostics[0].span.line, 6);
        // A closing `---` with nothing after it is still one document.
        let one =
            "osai: 1\nrelease:\n  name: a\n  kind: model\nlicenses:\n  distribution: MIT\n---\n";
        let m = osai_formats::read_bytes("one.yml", one.as_bytes());
        assert!(m.is_ok(), "{:?}", m.err().map(|e| e.render_short()));
    }

    #[test]
    fn bad_bytes_are_reported_where_they_are() {
        let e = read(b"osai: 1\nrelease:\n  name: a\xff\n");
        let d = &e.diagnostics[0];
        assert_eq!((d.code, d.span.line, d.span.column), ("E-BINARY", 3, 10));
        let e = read(b"osai: 1\n\0");
        assert_eq!(
            (e.diagnostics[0].span.line, e.diagnostics[0].span.column),
            (2, 1)
        );
        assert!(e.diagnostics[0].message.contains("NUL"));
    }

    #[test]
    fn an_infinite_number_is_named_as_such() {
        let e = read(b"osai: 1\nrelease:\n  name: a\n  kind: model\nfacts:\n  training_compute_flop: 1e999\n");
        let d = &e.diagnostics[0];
        assert_eq!(d.code, "E-VALUE");
        assert!(
            d.message.contains("must be a finite number, found `1e999`"),
            "{}",
            d.message
        );
    }

    #[test]
    fn a_huge_licence_expression_is_refused_by_name() {
        let expr = vec!["MIT"; 40_000].join(" OR ");
        let text = format!(
            "osai: 1\nrelease:\n  name: a\n  kind: model\nlicenses:\n  distribution: {expr}\n"
        );
        let e = read(text.as_bytes());
        assert_eq!(e.diagnostics[0].code, "E-LICENCE-TOO-LONG");
        assert!(e.render_short().contains("at most 512 terms"));
    }

    #[test]
    fn control_characters_in_the_file_never_reach_the_terminal() {
        let e = read(b"osai: 1\nrelease:\n  name: \"\\e]0;x\\a\"\n  kind: modle\n");
        for shown in [e.render(false), e.render_short()] {
            assert!(
                !shown.contains('\u{1b}') && !shown.contains('\u{7}'),
                "{shown}"
            );
        }
    }
}
