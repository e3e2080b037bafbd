//! The JSON Lines record reader (`osai_formats::record::manifest`) against serde: where it
//! gives a manifest, serde gives the same one; where serde refuses a record, so does it. On
//! every example, fixture and Model Openness Tool file written as one compact line and as
//! pretty JSON, on hand-written edge cases, and on randomly mutated records.

mod common;

use std::path::PathBuf;

use osai_engine::manifest::Manifest;
use osai_formats::record;
use proptest::prelude::*;

fn serde(text: &str) -> Option<Manifest> {
    serde_json::from_str(text).ok()
}

/// The manifest with no component descriptions.
fn without_descriptions(m: &Manifest) -> Manifest {
    let mut m = m.clone();
    for (_, c) in m.components.iter_mut() {
        c.description = None;
    }
    m
}

/// The record reader never accepts what serde refuses, and never reads it differently; left
/// without descriptions, it accepts the same records and reads the rest the same.
fn agrees(text: &str) -> Result<bool, String> {
    let full = record::manifest(text);
    let bare = record::manifest_without_descriptions(text);
    if bare != full.as_ref().map(without_descriptions) {
        return Err(format!(
            "without descriptions: {bare:?}\nwith: {full:?}\nfor {text}"
        ));
    }
    match (full, serde(text)) {
        (Some(fast), Some(slow)) if fast == slow => Ok(true),
        (Some(fast), slow) => Err(format!(
            "record reader gave {fast:?}\nserde gave {slow:?} ({:?})\nfor {text}",
            serde_json::from_str::<Manifest>(text).err()
        )),
        (None, _) => Ok(false),
    }
}

/// Each readable file's manifest as a compact JSON line.
fn lines(files: &[PathBuf]) -> Vec<(String, Manifest, String)> {
    files
        .iter()
        .filter_map(|path| {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path).ok()?;
            let m = osai_formats::read_str(&name, &text).ok()?.manifest;
            let line = serde_json::to_string(&m).ok()?;
            Some((name, m, line))
        })
        .collect()
}

fn own_lines() -> Vec<(String, Manifest, String)> {
    lines(&common::own_files())
}

/// Every manifest without `evidence` or `profiles` (which the reader leaves to serde) is read
/// by the record reader itself, as compact and as pretty JSON, to the same value.
fn check(all: &[(String, Manifest, String)]) -> usize {
    let mut read = 0;
    for (name, m, line) in all {
        let pretty = serde_json::to_string_pretty(m).expect("serialises");
        for text in [line, &pretty] {
            let fast = record::manifest(text);
            let bare = record::manifest_without_descriptions(text);
            if m.evidence.is_empty() && m.profiles.is_empty() {
                assert_eq!(fast.as_ref(), Some(m), "{name}: {text}");
                assert_eq!(bare, Some(without_descriptions(m)), "{name}: {text}");
                read += 1;
            } else {
                assert!(fast.is_none(), "{name}: evidence and profiles are serde's");
                assert!(bare.is_none(), "{name}: evidence and profiles are serde's");
            }
        }
    }
    read
}

#[test]
fn reads_every_example_and_fixture_as_serde_does() {
    let all = own_lines();
    let read = check(&all);
    assert!(read >= 12, "only {read} records read of {}", all.len() * 2);
}

#[test]
fn reads_every_mot_file_as_serde_does() {
    let Some(files) = common::mot_files() else {
        return;
    };
    let read = check(&lines(&files));
    assert!(read > 500, "only {read} records read");
}

#[test]
fn edge_cases_agree_with_serde() {
    let base = r#"{"osai":1,"release":{"name":"m","kind":"model"}}"#;
    assert_eq!(agrees(base), Ok(true));
    let accepted = [
        r#"{"osai":1,"release":{"name":"a\"b\u00e9\\c\/d","kind":"model","version":null}}"#,
        r#"  {"release":{"kind":"system","name":"m"},"osai":1}  "#,
        "{\"osai\":1,\r\n\t\"release\":{\"name\":\"m\",\"kind\":\"model\"}}\n",
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"facts":{"parameters":1e9,"training_tokens":-0.5E+3,"monetised":false}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"components":{"datasets":{"published":"partial","sources":[{"name":"x","tokens":12}]}}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"data_information":{"scope":true,"license":null}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model","date":"2024-02-29"},"facts":{"output_modalities":["text","image"]}}"#,
    ];
    for text in accepted {
        assert_eq!(agrees(text), Ok(true), "{text}");
    }
    let refused = [
        r#"{"osai":1,"release":{"name":"m","kind":"model","version":null,"version":"2"}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"components":{"datasets":{"published":null}}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"components":{"datasets":{"sources":null}}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model","colour":"red"}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"}}x"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"}"#,
        r#"{"osai":1.0,"release":{"name":"m","kind":"model"}}"#,
        r#"{"osai":01,"release":{"name":"m","kind":"model"}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"modèle"}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model","date":"2023-02-29"}}"#,
        r#"{"osai":1,"release":{"kind":"model"}}"#,
        r#"{"release":{"name":"m","kind":"model"}}"#,
        "{\"osai\":1,\"release\":{\"name\":\"a\tb\",\"kind\":\"model\"}}",
        r#"{"osai":1,"release":{"name":"a\qb","kind":"model"}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"components":{"weights":{}}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"facts":{"parameters":"7B"}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"facts":{"monetised":tru}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},"profiles":{}}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model"},}"#,
        r#"{"osai":1,"release":{"name":"m","kind":"model",}}"#,
        "",
        "[]",
    ];
    for text in refused {
        assert_eq!(record::manifest(text), None, "{text}");
    }
}

/// One random edit: a byte replaced by a character that matters to JSON, a span deleted, or a
/// span repeated.
fn mutate(line: &str, edit: (u8, usize, usize, usize)) -> String {
    const CHARS: &[u8] = b"{}[]\":,\\ 0123456789-+.eEtruefalsn\t\x01";
    let (kind, a, b, c) = edit;
    let mut bytes = line.as_bytes().to_vec();
    let n = bytes.len();
    let (i, j) = (a % n, (a % n + b % 24).min(n));
    match kind % 3 {
        0 => bytes[i] = CHARS[c % CHARS.len()],
        1 => {
            bytes.drain(i..j);
        }
        _ => {
            let span = bytes[i..j].to_vec();
            bytes.splice(j..j, span);
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A number read by the record reader has serde's value to the bit, or is left to serde.
fn number_agrees(number: &str) -> Result<(), TestCaseError> {
    let release = r#""release":{"name":"m","kind":"model"}"#;
    for text in [
        format!(r#"{{"osai":1,{release},"facts":{{"parameters":{number}}}}}"#),
        format!(r#"{{"osai":{number},{release}}}"#),
    ] {
        agrees(&text).map_err(TestCaseError::fail)?;
        if let (Some(fast), Some(slow)) = (record::manifest(&text), serde(&text)) {
            prop_assert_eq!(
                fast.facts.parameters.map(f64::to_bits),
                slow.facts.parameters.map(f64::to_bits),
                "{}",
                text
            );
        }
    }
    Ok(())
}

#[test]
fn numbers_agree_with_serde() {
    for n in [
        "0",
        "7",
        "0.5",
        "00.5",
        "0.",
        ".5",
        "1.",
        "1..0",
        "1e5",
        "-1.5",
        "-0",
        "0.0",
        "1.0",
        "165000000.0",
        "772000000000.0001",
        "9007199254740992",
        "9007199254740993",
        "900719925474099.3",
        "1234567890123456",
        "12345678901234567",
        "0.1",
        "0.3",
        "4294967295",
        "4294967296",
        "1.7976931348623157",
        "123456.7890123456",
    ] {
        if let Err(e) = number_agrees(n) {
            panic!("{n}: {e}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]
    #[test]
    fn decimal_numbers_agree_with_serde(number in "-?[0-9]{1,18}(\\.[0-9]{0,18})?([eE][-+]?[0-9]{1,2})?") {
        number_agrees(&number)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]
    #[test]
    fn mutated_records_are_refused_or_read_as_serde_reads_them(
        pick in any::<usize>(),
        edits in proptest::collection::vec((any::<u8>(), any::<usize>(), any::<usize>(), any::<usize>()), 1..4),
    ) {
        static LINES: std::sync::OnceLock<Vec<(String, Manifest, String)>> = std::sync::OnceLock::new();
        let all = LINES.get_or_init(own_lines);
        let (_, _, line) = &all[pick % all.len()];
        let mut text = line.clone();
        for e in edits {
            text = mutate(&text, e);
        }
        if let Err(why) = agrees(&text) {
            return Err(TestCaseError::fail(why));
        }
    }
}
