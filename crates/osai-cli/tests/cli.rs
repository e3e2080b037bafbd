//! The command line as users run it: reports, exit codes, streaming.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn osai(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_osai"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run osai")
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Exit code 0, or the test fails showing what osai wrote to stderr.
fn assert_success(o: &Output) {
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The exit code of `osai ARGS`.
fn exit_code(args: &[&str]) -> Option<i32> {
    osai(args).status.code()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const EXAMPLES: [&str; 3] = [
    "examples/olmo-2-7b.yml",
    "examples/mistral-7b.yml",
    "examples/llama-3.1-8b.yml",
];

#[test]
fn json_report_of_every_example() {
    for ex in EXAMPLES {
        let o = osai(&["assess", "--format", "json", "--as-of", "2026-11-29", ex]);
        assert_success(&o);
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "report",
                "tool",
                "as_of",
                "release",
                "warnings",
                "definitions"
            ]
        );
        let ids: Vec<&str> = v["definitions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        // The spec's five first, in its order; then the definitions added since (issue 10).
        assert_eq!(
            &ids[..5],
            [
                "osaid-1.0",
                "mof-1.0",
                "data-inclusive",
                "debian-ml",
                "eu-ai-act"
            ]
        );
        assert_eq!(
            &ids[5..],
            ["owd-0.3", "g7-2026", "osaid-1.0-checklist", "osai-index"]
        );
        for d in v["definitions"].as_array().unwrap() {
            for r in d["requirements"].as_array().unwrap() {
                let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
                assert_eq!(
                    &keys[..8],
                    [
                        "code",
                        "title",
                        "status",
                        "component",
                        "reason",
                        "facts",
                        "cite",
                        "remedy"
                    ],
                    "{ex}"
                );
                if matches!(r["status"].as_str(), Some("fail" | "unknown")) {
                    assert!(r["remedy"].is_string(), "{ex}: {r}");
                }
            }
        }
        let name = Path::new(ex)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        insta::assert_json_snapshot!(format!("report-{name}"), v, {".tool.version" => "[version]"});
    }
}

#[test]
fn text_report_snapshot() {
    let o = osai(&[
        "assess",
        "--as-of",
        "2026-11-29",
        "examples/llama-3.1-8b.yml",
    ]);
    assert_eq!(o.status.code(), Some(0));
    insta::assert_snapshot!("text-llama", stdout(&o));
}

#[test]
fn bad_input_exits_2_and_lists_every_error() {
    let o = osai(&["assess", "crates/osai-formats/tests/bad/unknown-key.yml"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("did you mean `producer`?"), "{err}");
    assert!(err.contains("did you mean `monetised`?"), "{err}");
    assert!(err.contains("unknown-key.yml:5:3"), "{err}");
}

#[test]
fn a_good_file_after_a_bad_one_is_still_assessed() {
    let o = osai(&[
        "assess",
        "--quiet",
        "crates/osai-formats/tests/bad/empty.yml",
        "examples/olmo-2-7b.yml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stdout(&o).contains("OLMo-2-1124-7B"));
}

#[test]
fn require_sets_the_exit_code() {
    let o = osai(&[
        "assess",
        "--quiet",
        "--require",
        "osaid-1.0",
        "examples/mistral-7b.yml",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("--require osaid-1.0 not met by Mistral-7B-v0.1: ") && err.contains(" fail, "),
        "the message says the result: {err}"
    );
    let o = osai(&[
        "assess",
        "--require",
        "no-such-def",
        "examples/mistral-7b.yml",
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(osai(&["assess"]).status.code(), Some(2));
    assert_eq!(
        osai(&["assess", "--as-of", "tomorrow", "examples/olmo-2-7b.yml"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        osai(&[
            "assess",
            "--definition",
            "osaid-2.0",
            "examples/olmo-2-7b.yml"
        ])
        .status
        .code(),
        Some(2)
    );
    assert_eq!(osai(&["assess", "no/such/file.yml"]).status.code(), Some(2));
    assert_eq!(osai(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn jsonl_streams_one_report_per_line_and_reports_bad_lines() {
    let good = std::fs::read_to_string(root().join("examples/olmo-2-7b.yml")).unwrap();
    let m = osai_formats::read_str("olmo.yml", &good).unwrap();
    let line = serde_json::to_string(&m.manifest).unwrap();
    let dir = std::env::temp_dir().join(format!("osai-jsonl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("in.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    // 10,000 lines: the bad one sits in the middle of the second of three blocks (4,096 lines
    // each, read while the one before is assessed); a Windows line end, a blank line, bytes
    // that are not UTF-8, and no line end after the last line.
    for i in 1..=10_000 {
        match i {
            5000 => writeln!(f, "{{\"osai\": 1, \"release\": {{\"name\": \"broken\"").unwrap(),
            6000 => write!(f, "{line}\r\n").unwrap(),
            7000 => writeln!(f, "   ").unwrap(),
            8000 => f.write_all(b"{\"osai\": 1, \"release\": \xff}\n").unwrap(),
            10_000 => write!(f, "{line}").unwrap(),
            _ => writeln!(f, "{line}").unwrap(),
        }
    }
    drop(f);
    let o = osai(&[
        "assess",
        "--format",
        "jsonl",
        "--brief",
        path.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        9999,
        "one output line per non-blank input line, in order"
    );
    let bad: serde_json::Value = serde_json::from_str(lines[4999]).unwrap();
    assert_eq!(bad["error"]["line"], 5000, "{bad}");
    // Output index of input line 8000: one blank line above it.
    let not_utf8: serde_json::Value = serde_json::from_str(lines[7998]).unwrap();
    assert_eq!(not_utf8["error"]["line"], 8000, "{not_utf8}");
    assert_eq!(not_utf8["error"]["column"], 24, "{not_utf8}");
    assert_eq!(
        not_utf8["error"]["diagnostics"][0]["code"], "E-NOT-UTF8",
        "{not_utf8}"
    );
    for i in [0, 4998, 5000, 5999, 6998, 9998] {
        let ok: serde_json::Value = serde_json::from_str(lines[i]).unwrap();
        assert_eq!(
            ok["release"]["name"],
            "OLMo-2-1124-7B",
            "output line {}",
            i + 1
        );
    }
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("in.jsonl:5000:"), "{err}");
    assert!(err.contains("in.jsonl:8000:"), "{err}");
    assert!(
        err.contains("9997 releases assessed, 2 inputs with errors"),
        "{err}"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn stdin_is_read_with_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_osai"))
        .args(["assess", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"osai: 1\nrelease: {name: piped, kind: system}\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["release"]["source"], "<stdin>");
}

#[test]
fn schema_of_the_manifest_lists_the_components() {
    let o = osai(&["schema", "manifest"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let text = v.to_string();
    for id in [
        "training-code",
        "model-parameters-final",
        "evaluation-results",
        "data_information",
        "facts",
    ] {
        assert!(text.contains(id), "{id}");
    }
    let o = osai(&["schema", "report"]);
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn explain_and_definitions() {
    let o = osai(&["definitions"]);
    assert_eq!(o.status.code(), Some(0));
    let header = stdout(&o).lines().next().unwrap_or_default().to_owned();
    assert!(
        header.starts_with("ID ") && header.contains("STATUS") && header.ends_with("TITLE"),
        "a header row: {header}"
    );
    for id in [
        "osaid-1.0",
        "mof-1.0",
        "data-inclusive",
        "debian-ml",
        "eu-ai-act",
    ] {
        assert!(stdout(&o).contains(id));
    }
    assert_eq!(osai(&["explain", "NO-SUCH-CODE"]).status.code(), Some(2));
}

#[test]
fn licence_check_json() {
    let o = osai(&[
        "licence",
        "check",
        "--format",
        "json",
        "--for",
        "model",
        "apache 2.0",
    ]);
    assert_success(&o);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["canonical"], "Apache-2.0");
    assert_eq!(v["osi_approved"], true);
    assert_eq!(v["type_appropriate"], true);
    let o = osai(&[
        "licence",
        "check",
        "--format",
        "json",
        "LicenseRef-Llama-3.1",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["osd_conformant"], false);
    assert_eq!(v["aiact_foss"], false);
    assert_eq!(
        osai(&["licence", "check", "Apache-2.1"]).status.code(),
        Some(2)
    );
}

#[test]
fn explain_works_for_every_requirement_code() {
    let mut codes = 0;
    for d in osai_engine::builtin_definitions() {
        for r in &d.requirements {
            let o = osai(&["explain", &r.code.to_lowercase()]);
            assert_eq!(o.status.code(), Some(0), "{}", r.code);
            let text = stdout(&o);
            for section in ["What it checks", "Why (citation)", "How to pass", &r.cite] {
                assert!(text.contains(section), "{}: no {section}\n{text}", r.code);
            }
            codes += 1;
        }
    }
    assert!(codes > 60, "{codes}");
}

/// Obligations are explained like requirements (the AI Act's duties that remain), and both in
/// French with `--lang fr`: titles, citations and dates translated.
#[test]
fn explain_works_for_every_obligation_and_in_french() {
    let fr = osai_report::Catalog::get(osai_report::Lang::Fr);
    let mut codes = 0;
    for d in osai_engine::builtin_definitions() {
        for o in &d.obligations {
            let out = osai(&["explain", &o.code]);
            assert_eq!(out.status.code(), Some(0), "{}", o.code);
            let text = stdout(&out);
            for section in ["When it applies", "Why (citation)", &o.cite, &o.title] {
                assert!(text.contains(section), "{}: no {section}\n{text}", o.code);
            }
            let out = osai(&["explain", &o.code, "--lang", "fr"]);
            let text = stdout(&out);
            for section in [
                "Quand elle s'applique",
                "Pourquoi (citation)",
                &fr.text(&o.cite),
            ] {
                assert!(text.contains(section), "{}: no {section}\n{text}", o.code);
            }
            assert!(
                !text.contains(&o.cite),
                "{}: English citation\n{text}",
                o.code
            );
            codes += 1;
        }
    }
    assert!(codes >= 15, "{codes}");
    let text = stdout(&osai(&["explain", "AIA-53-1-C", "--lang", "fr"]));
    assert!(text.contains("À partir du 2 août 2025"), "{text}");
    assert!(
        text.contains("considérant 104 : non levée par l'exemption open source"),
        "{text}"
    );
    let text = stdout(&osai(&["explain", "OSAID-PARAMS-TERMS", "--lang", "fr"]));
    assert!(
        text.contains("Comment réussir") && text.contains("LECTURE"),
        "{text}"
    );
}

#[test]
fn a_user_policy_file_runs_and_can_be_required() {
    let o = osai(&[
        "assess",
        "--format",
        "json",
        "--definition",
        "examples/policies/data-inclusive-public.toml",
        "--require",
        "data-inclusive-public",
        "examples/olmo-2-7b.yml",
    ]);
    assert_success(&o);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["definitions"][0]["id"], "data-inclusive-public");
    assert_eq!(v["definitions"][0]["verdict"], "pass");
    let o = osai(&[
        "assess",
        "-q",
        "--definition",
        "examples/policies/data-inclusive-public.toml",
        "--require",
        "data-inclusive-public",
        "examples/mistral-7b.yml",
    ]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn require_decides_the_same_in_text_full_jsonl_and_brief_jsonl() {
    for level in [
        "osaid-1.0",
        "mof-1.0=class-3",
        "mof-1.0=class-1",
        "eu-ai-act=art-53-2",
        "debian-ml=free-model",
        "g7-2026=open-weights-ai",
    ] {
        for file in [
            "examples/olmo-2-7b.yml",
            "examples/mistral-7b.yml",
            "examples/llama-3.1-8b.yml",
        ] {
            let base = ["assess", "--as-of", "2026-11-29", "--require", level, file];
            let text = exit_code(&[&base[..], &["-q"]].concat());
            let full = exit_code(&[&base[..], &["--format", "jsonl"]].concat());
            let brief = exit_code(&[&base[..], &["--format", "jsonl", "--brief"]].concat());
            assert!(matches!(text, Some(0 | 1)), "{level} {file}: {text:?}");
            assert_eq!(text, full, "{level} {file}: full JSON Lines");
            assert_eq!(text, brief, "{level} {file}: brief JSON Lines");
        }
    }
}

#[test]
fn require_on_ordered_labels() {
    let require = |level: &str, file: &str| {
        exit_code(&[
            "assess",
            "-q",
            "--as-of",
            "2026-11-29",
            "--require",
            level,
            file,
        ])
    };
    assert_eq!(
        require("g7-2026=open-weights-ai", "examples/mistral-7b.yml"),
        Some(0)
    );
    assert_eq!(
        require("g7-2026=open-weights-ai", "examples/olmo-2-7b.yml"),
        Some(0),
        "a more open label meets a lower one"
    );
    assert_eq!(
        require("g7-2026=open-source-ai", "examples/mistral-7b.yml"),
        Some(1)
    );
    assert_eq!(
        require("mof-1.0=class-2", "examples/olmo-2-7b.yml"),
        Some(0),
        "class 1 meets class 2"
    );
    assert_eq!(
        require("eu-ai-act=art-53-2", "examples/olmo-2-7b.yml"),
        Some(0)
    );
}

#[test]
fn folders_are_assessed_recursively_and_stats_aggregate() {
    let dir = std::env::temp_dir().join(format!("osai-folder-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("nested")).unwrap();
    std::fs::copy(root().join("examples/olmo-2-7b.yml"), dir.join("olmo.yml")).unwrap();
    std::fs::copy(
        root().join("examples/llama-3.1-8b.yml"),
        dir.join("nested/llama.yml"),
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "not a manifest").unwrap();
    let out = dir.join("reports.jsonl");
    let o = osai(&[
        "assess",
        "--format",
        "jsonl",
        "-o",
        out.to_str().unwrap(),
        dir.to_str().unwrap(),
    ]);
    assert_success(&o);
    let reports = std::fs::read_to_string(&out).unwrap();
    assert_eq!(reports.lines().count(), 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("2 releases assessed"));
    let s = osai(&["stats", "--format", "json", out.to_str().unwrap()]);
    assert_eq!(s.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&s.stdout).unwrap();
    assert_eq!(v["releases"], 2);
    assert_eq!(v["verdicts"]["osaid-1.0"]["pass"], 1);
    assert_eq!(
        v["disagreements"]["owd-0.3"]["osaid-1.0"]
            .as_u64()
            .unwrap_or(0),
        0,
        "OLMo passes both; Llama fails both"
    );
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn brief_reports_carry_the_same_verdicts_and_statuses() {
    let full = osai(&[
        "assess",
        "--format",
        "jsonl",
        "--as-of",
        "2026-11-29",
        "examples/olmo-2-7b.yml",
        "examples/mistral-7b.yml",
        "examples/llama-3.1-8b.yml",
    ]);
    let brief = osai(&[
        "assess",
        "--format",
        "jsonl",
        "--brief",
        "--as-of",
        "2026-11-29",
        "examples/olmo-2-7b.yml",
        "examples/mistral-7b.yml",
        "examples/llama-3.1-8b.yml",
    ]);
    let strip = |out: &Output| -> Vec<serde_json::Value> {
        stdout(out)
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                let defs: Vec<serde_json::Value> = v["definitions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|d| {
                        let reqs: Vec<_> = d["requirements"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|r| (r["code"].clone(), r["status"].clone()))
                            .collect();
                        serde_json::json!([
                            d["id"],
                            d["verdict"],
                            d["class"],
                            d["progress"],
                            d["score"],
                            d["category"],
                            d["exemptions"],
                            d["systemic_risk"],
                            reqs
                        ])
                    })
                    .collect();
                serde_json::json!([v["release"], v["warnings"], defs])
            })
            .collect()
    };
    assert_eq!(strip(&full), strip(&brief));
    assert!(
        stdout(&brief).len() * 4 < stdout(&full).len(),
        "brief is much smaller"
    );
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("osai-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn scan_writes_a_manifest_that_assess_reads() {
    let d = temp_dir("scan");
    std::fs::write(
        d.join("README.md"),
        "---\nlicense: apache-2.0\n---\n# scanned-model\n",
    )
    .unwrap();
    let out = d.join("release.yml");
    let o = osai(&["scan", d.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_success(&o);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("W-SCAN-NO-LICENCE-FILE"), "{err}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Inferred by `osai scan`"), "{text}");
    assert!(text.contains("(1 file)."), "one file, singular: {text}");
    assert!(text.contains("evidence:"), "{text}");
    let o = osai(&["assess", "-q", out.to_str().unwrap()]);
    assert_success(&o);
    assert!(stdout(&o).starts_with("scanned-model"), "{}", stdout(&o));
    // A file is not a folder.
    assert_eq!(exit_code(&["scan", "examples/olmo-2-7b.yml"]), Some(2));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn export_then_import_gives_the_manifest_back() {
    let d = temp_dir("export");
    for (to, ext) in [("cyclonedx", "cdx.json"), ("spdx", "spdx.json")] {
        let doc = d.join(format!("olmo.{ext}"));
        let o = osai(&[
            "export",
            "examples/olmo-2-7b.yml",
            "--to",
            to,
            "--as-of",
            "2026-11-29",
            "-o",
            doc.to_str().unwrap(),
        ]);
        assert_success(&o);
        let o = osai(&["import", doc.to_str().unwrap(), "--format", "json"]);
        assert_success(&o);
        let back: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let o = osai(&["import", "examples/olmo-2-7b.yml", "--format", "json"]);
        let original: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(back, original, "{to}");
        // And assess reads the exported document directly, with the same verdicts.
        let a = osai(&[
            "assess",
            "-q",
            "--as-of",
            "2026-11-29",
            doc.to_str().unwrap(),
        ]);
        let b = osai(&[
            "assess",
            "-q",
            "--as-of",
            "2026-11-29",
            "examples/olmo-2-7b.yml",
        ]);
        let verdicts = |o: &Output| {
            stdout(o)
                .lines()
                .skip(1)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(verdicts(&a), verdicts(&b), "{to}");
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn import_of_a_bad_file_is_exit_2_with_the_place() {
    let o = osai(&[
        "import",
        "crates/osai-formats/tests/bad/unknown-component.yml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("unknown-component.yml:"), "{err}");
}

#[test]
fn every_format_of_every_example_in_both_languages() {
    for ex in EXAMPLES {
        let stem = Path::new(ex)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        for lang in ["en", "fr"] {
            for format in ["text", "markdown", "html", "sarif"] {
                let o = osai(&[
                    "assess",
                    "--format",
                    format,
                    "--lang",
                    lang,
                    "--as-of",
                    "2026-11-29",
                    ex,
                ]);
                assert_success(&o);
                insta::assert_snapshot!(format!("{format}-{lang}-{stem}"), stdout(&o));
            }
            let o = osai(&[
                "badge",
                ex,
                "--definition",
                "mof-1.0",
                "--lang",
                lang,
                "--as-of",
                "2026-11-29",
            ]);
            assert_success(&o);
            insta::assert_snapshot!(format!("badge-{lang}-{stem}"), stdout(&o));
        }
    }
}

#[test]
fn french_text_report_comes_from_lang_or_the_environment() {
    let o = Command::new(env!("CARGO_BIN_EXE_osai"))
        .args([
            "assess",
            "-q",
            "--as-of",
            "2026-11-29",
            "examples/olmo-2-7b.yml",
        ])
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("évalué au 29 novembre 2026"),
        "{}",
        stdout(&o)
    );
    let o = osai(&[
        "assess",
        "-q",
        "--lang",
        "en",
        "--as-of",
        "2026-11-29",
        "examples/olmo-2-7b.yml",
    ]);
    assert!(
        stdout(&o).contains("assessed as of 29 Nov 2026"),
        "{}",
        stdout(&o)
    );
}

/// Runs a validator script; a missing validator skips outside CI and fails in CI.
fn validate(script: &str, args: &[&Path]) {
    let status = Command::new("python3")
        .arg(root().join("scripts").join(script))
        .args(args)
        .status();
    match status.map(|s| s.code()) {
        Ok(Some(0)) => {}
        Ok(Some(3)) | Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("SKIPPED: python3 with jsonschema is not installed ({script})");
        }
        other => panic!("{script} failed: {other:?}"),
    }
}

/// The SARIF 2.1.0 schema that serde-sarif ships, found through cargo metadata.
fn sarif_schema() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(root())
        .output()
        .expect("cargo metadata");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata json");
    let manifest = v["packages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "serde-sarif")
        .and_then(|p| p["manifest_path"].as_str())
        .expect("serde-sarif in the dependency graph");
    Path::new(manifest)
        .parent()
        .unwrap()
        .join("src/schema.json")
}

#[test]
fn sarif_validates_against_the_2_1_0_schema() {
    let dir = temp_dir("sarif");
    let mut files = Vec::new();
    for (i, args) in [
        vec!["examples/llama-3.1-8b.yml"],
        vec!["examples/olmo-2-7b.yml", "examples/mistral-7b.yml"],
        vec!["crates/osai-formats/tests/fixtures/high-risk-system.yml"],
    ]
    .iter()
    .enumerate()
    {
        let out = dir.join(format!("r{i}.sarif"));
        let mut a = vec![
            "assess",
            "--format",
            "sarif",
            "--lang",
            "fr",
            "-o",
            out.to_str().unwrap(),
        ];
        a.extend(args.iter().copied());
        let o = osai(&a);
        assert!(
            o.status.code() == Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        assert_eq!(v["version"], "2.1.0");
        files.push(out);
    }
    let schema = sarif_schema();
    assert!(schema.is_file(), "{}", schema.display());
    let mut args: Vec<&Path> = vec![schema.as_path()];
    args.extend(files.iter().map(PathBuf::as_path));
    validate("validate-json-schema.py", &args);
    // A result points at the manifest line of the fact it read.
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let located = results
        .iter()
        .find(|r| r["ruleId"] == "OSAID-PARAMS-TERMS")
        .unwrap();
    let loc = &located["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "examples/llama-3.1-8b.yml");
    assert_eq!(loc["region"]["startLine"], 18);
    let _ = std::fs::remove_dir_all(&dir);
}

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|b| {
            let out = Command::new("which").arg(b).output().ok()?;
            out.status
                .success()
                .then(|| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        })
}

/// The HTML report in a real browser: Chromium renders it headless; the DOM it builds has the
/// matrix, every release and the requirement details, and the screenshot is a real picture.
#[test]
fn html_report_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install Chromium (.ci/run does)"
        );
        eprintln!("SKIPPED: Chromium is not installed");
        return;
    };
    let dir = temp_dir("chromium");
    for lang in ["en", "fr"] {
        let page = dir.join(format!("report-{lang}.html"));
        let mut args = vec![
            "assess",
            "--format",
            "html",
            "--lang",
            lang,
            "--as-of",
            "2026-11-29",
            "-o",
            page.to_str().unwrap(),
        ];
        args.extend(EXAMPLES);
        assert_success(&osai(&args));
        let html = std::fs::read_to_string(&page).unwrap();
        // Self-contained: nothing to fetch.
        for needle in ["<script", "<link", "src=\"http", "@import", "url(http"] {
            assert!(!html.contains(needle), "{lang}: the page loads `{needle}`");
        }
        let url = format!("file://{}", page.display());
        let common = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ];
        let dom = Command::new(&browser)
            .args(common)
            .arg("--dump-dom")
            .arg(&url)
            .output()
            .expect("run chromium");
        let dom = String::from_utf8_lossy(&dom.stdout);
        assert!(
            dom.contains("<table class=\"matrix\">"),
            "{lang}: {}",
            &dom[..dom.len().min(400)]
        );
        for name in ["OLMo-2-1124-7B", "Mistral-7B-v0.1", "Llama-3.1-8B"] {
            assert!(dom.contains(name), "{lang}: {name} in the DOM");
        }
        assert!(
            dom.contains("id=\"comparison\""),
            "{lang}: the comparison comes first"
        );
        assert!(dom.matches("<details class=\"req\"").count() > 100);
        let expected = if lang == "fr" {
            "Échelle des classes MOF"
        } else {
            "MOF class ladder"
        };
        assert!(dom.contains(expected), "{lang}: {expected}");
        let shot = dir.join(format!("report-{lang}.png"));
        let o = Command::new(&browser)
            .args(common)
            .arg("--window-size=1280,1800")
            .arg(format!("--screenshot={}", shot.display()))
            .arg(&url)
            .output()
            .expect("run chromium");
        let png = std::fs::read(&shot)
            .unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&o.stderr)));
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        // A blank page compresses to a few kilobytes; the report does not.
        assert!(
            png.len() > 50_000,
            "{lang}: screenshot of {} bytes",
            png.len()
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The batch reader leaves descriptions out only when no loaded definition can read them: a
/// policy on a description decides the same on a JSON Lines record as on the file.
#[test]
fn a_policy_on_a_description_decides_the_same_in_a_batch() {
    let dir = std::env::temp_dir().join(format!("osai-described-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = root().join("crates/osai-formats/tests/fixtures/card-described.toml");
    let record = r#"{"osai":1,"release":{"name":"carded","kind":"model"},"components":{"model-card":{"license":"CC-BY-4.0","description":"What it is"}}}"#;
    let input = dir.join("in.jsonl");
    std::fs::write(&input, format!("{record}\n")).unwrap();
    let o = osai(&[
        "assess",
        "--format",
        "jsonl",
        "--brief",
        "-d",
        policy.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_success(&o);
    let report: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(report["definitions"][0]["verdict"], "pass", "{report}");
    std::fs::remove_dir_all(&dir).ok();
}

/// `assess --summary` counts what `osai stats` counts of the reports the same run would write
/// (verdicts, classes, categories, disagreements, error records), as JSON and as the table,
/// without writing a report.
#[test]
fn a_summary_counts_what_stats_counts_of_the_reports() {
    let dir = std::env::temp_dir().join(format!("osai-summary-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut lines = Vec::new();
    for example in ["olmo-2-7b", "mistral-7b", "llama-3.1-8b"] {
        let text = std::fs::read_to_string(root().join(format!("examples/{example}.yml"))).unwrap();
        let m = osai_formats::read_str(example, &text).unwrap();
        lines.push(serde_json::to_string(&m.manifest).unwrap());
    }
    let mut input = String::new();
    // Enough lines for several blocks and tasks, a bad line among them.
    for i in 0..9_000 {
        if i == 4_321 {
            input.push_str("{\"osai\": 1, \"release\": \n");
        } else {
            input.push_str(&lines[i % 3]);
            input.push('\n');
        }
    }
    let path = dir.join("in.jsonl");
    std::fs::write(&path, input).unwrap();
    let path = path.to_str().unwrap();
    let reports = dir.join("reports.jsonl");
    let o = osai(&[
        "assess",
        "--format",
        "jsonl",
        "--brief",
        "--as-of",
        "2026-11-29",
        "-o",
        reports.to_str().unwrap(),
        path,
    ]);
    assert_eq!(o.status.code(), Some(2), "a bad line");
    for format in ["json", "text"] {
        let stats = osai(&["stats", "--format", format, reports.to_str().unwrap()]);
        assert_success(&stats);
        let args = [
            "assess",
            "--summary",
            "--as-of",
            "2026-11-29",
            "--format",
            format,
            path,
        ];
        let summary = osai(&args);
        assert_eq!(summary.status.code(), Some(2), "a bad line");
        assert_eq!(stdout(&summary), stdout(&stats), "{format}");
        assert!(String::from_utf8_lossy(&summary.stderr).contains("in.jsonl:4322:"));
    }
    let v: serde_json::Value = serde_json::from_str(&stdout(&osai(&[
        "assess",
        "--summary",
        "--format",
        "json",
        path,
    ])))
    .unwrap();
    assert_eq!(
        (v["releases"].as_u64(), v["errors"].as_u64()),
        (Some(8_999), Some(1))
    );
    assert_eq!(
        exit_code(&["assess", "--summary", "--format", "html", path]),
        Some(2),
        "a summary is text or JSON"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// A definition file larger than the limit is refused by its size, not read whole.
#[test]
fn a_huge_definition_file_is_refused_by_its_size() {
    let dir = std::env::temp_dir().join(format!("osai-bigdef-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("huge.toml");
    // Sparse: 4 GiB of nothing costs no disk, and would cost 4 GiB of memory read whole.
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(4 << 30).unwrap();
    let o = osai(&[
        "assess",
        "--definition",
        p.to_str().unwrap(),
        "examples/olmo-2-7b.yml",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("larger than 1 MiB"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A named pipe with no writer: an empty input at once, not a hang.
#[cfg(unix)]
#[test]
fn a_named_pipe_without_a_writer_does_not_block() {
    let dir = std::env::temp_dir().join(format!("osai-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("pipe.yml");
    let made = Command::new("mkfifo").arg(&p).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_osai"))
        .args(["assess", p.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Bounded wait: a hang fails the test instead of hanging it.
    let mut code = None;
    for _ in 0..200 {
        if let Some(s) = child.try_wait().unwrap() {
            code = s.code();
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    if code.is_none() {
        let _ = child.kill();
    }
    assert_eq!(
        code,
        Some(2),
        "osai assess on a FIFO with no writer did not end"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Escape sequences in a release name are shown escaped, in the report and in `compare`.
#[test]
fn terminal_escapes_in_user_text_are_not_printed_raw() {
    let dir = std::env::temp_dir().join(format!("osai-esc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("evil.yml");
    std::fs::write(
        &p,
        "osai: 1\nrelease:\n  name: \"x\\e]0;pwned\\a\\e[2J\"\n  kind: model\nlicenses:\n  distribution: MIT\n",
    )
    .unwrap();
    for cmd in ["assess", "compare"] {
        let o = osai(&[cmd, p.to_str().unwrap()]);
        let out = stdout(&o);
        assert!(out.contains("x\\u{1b}]0;pwned\\u{7}"), "{cmd}: {out}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\u{7}'),
            "{cmd}: {out:?}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whatever `osai import` writes, `osai assess` accepts, with the verdicts of assessing the
/// original: over every Index file (legacy and live database) and every Model Openness Tool
/// file in ../shared, and every card, CycloneDX and SPDX document of the tree. Before, 24 of the
/// 48 legacy Index files came back rejected
/// (`E-LICENCE-UNKNOWN`) and none of the 194 live ones imported.
#[test]
fn import_then_assess_gives_the_verdicts_of_the_original() {
    let corpora = root().join("../shared/corpora");
    let mut files: Vec<PathBuf> = Vec::new();
    for (dir, ext) in [
        ("osai-index", "yaml"),
        ("osai-index/main-database", "yaml"),
        ("mot/models", "yml"),
    ] {
        let Ok(rd) = std::fs::read_dir(corpora.join(dir)) else {
            eprintln!("skipped {dir}: ../shared/corpora/{dir} is not here");
            continue;
        };
        files.extend(
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == ext)),
        );
    }
    // And the cards, CycloneDX and SPDX (2 and 3) documents in the tree.
    let tree = root().join("crates/osai-formats/tests/interchange");
    files.extend(
        std::fs::read_dir(&tree)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json" || x == "md")),
    );
    files.sort();
    let out = std::env::temp_dir().join(format!("osai-roundtrip-{}", std::process::id()));
    std::fs::create_dir_all(&out).unwrap();
    let verdicts = |path: &str| -> Vec<(String, String)> {
        let o = osai(&["assess", "--format", "json", "--as-of", "2026-11-29", path]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{path}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let report = if v.is_array() { &v[0] } else { &v };
        report["definitions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["id"].as_str().unwrap().to_owned(),
                    d["verdict"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    for (i, f) in files.iter().enumerate() {
        let original = f.to_str().unwrap();
        let written = out.join(format!("{i}.yml"));
        let o = osai(&["import", original, "-o", written.to_str().unwrap()]);
        assert_success(&o);
        assert_eq!(
            verdicts(original),
            verdicts(written.to_str().unwrap()),
            "{original}"
        );
    }
    eprintln!("{} files imported and assessed", files.len());
    let _ = std::fs::remove_dir_all(&out);
}

/// Gemma's case: a general-purpose model whose systemic risk is open (no compute, no
/// designation stated), so no open-source exemption is decided. Every format says
/// "undecided", none says "no exemption applies" or "not exempt" as if it were decided.
#[test]
fn an_undecided_exemption_reads_as_undecided_in_every_format() {
    let d = temp_dir("undecided");
    let file = d.join("gemma-like.yml");
    std::fs::write(
        &file,
        "osai: 1\nrelease: {name: gemma-like, kind: model, producer: Example}\nlicenses: {distribution: Apache-2.0}\ncomponents:\n  model-parameters-final: {}\n  model-architecture: {}\n  model-card: {}\nfacts:\n  general_purpose: true\n  eu_market: true\n  placed_on_market: 2024-02-21\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    for (lang, word, decided) in [
        (
            "en",
            "undecided",
            ["no open-source exemption applies", "not exempt"],
        ),
        (
            "fr",
            "non tranché",
            ["aucune exemption open source ne s'applique", "non exempté"],
        ),
    ] {
        let mut outputs = Vec::new();
        for format in ["text", "markdown", "html", "sarif", "json"] {
            let o = osai(&[
                "assess",
                "--format",
                format,
                "--lang",
                lang,
                "--as-of",
                "2026-12-03",
                path,
            ]);
            assert_success(&o);
            outputs.push((format, String::from_utf8_lossy(&o.stdout).into_owned()));
        }
        let o = osai(&[
            "badge",
            "-d",
            "eu-ai-act",
            "--lang",
            lang,
            "--as-of",
            "2026-12-03",
            path,
        ]);
        assert_success(&o);
        outputs.push(("badge", String::from_utf8_lossy(&o.stdout).into_owned()));
        for (format, out) in &outputs {
            // JSON keeps the English summary: its words are data, not a translation.
            let want = if *format == "json" { "undecided" } else { word };
            assert!(out.contains(want), "{lang} {format} lacks {want:?}:\n{out}");
            for d in decided {
                assert!(!out.contains(d), "{lang} {format} says {d:?}:\n{out}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&d);
}

/// A card without front matter (Meta's MODEL_CARD.md) is a card, assessed alone and in a
/// folder batch; before, `osai assess` said "a manifest is a mapping, this file holds a string"
/// and the batch dropped it without an error record (6 inputs, 5 lines out).
#[test]
fn a_card_without_front_matter_is_assessed_alone_and_in_a_batch() {
    let d = temp_dir("body-only-card");
    let card = d.join("MODEL_CARD.md");
    std::fs::write(
        &card,
        "## Model Details\n\nMeta developed the Llama 3 family.\n\n## Training Data\n\nPublic data.\n",
    )
    .unwrap();
    std::fs::write(d.join("README.md"), "Notes about this folder.\n").unwrap();
    std::fs::write(
        d.join("other.yml"),
        "osai: 1\nrelease: {name: other, kind: model}\ncomponents: {model-parameters-final: {license: MIT}}\n",
    )
    .unwrap();
    let o = osai(&["assess", card.to_str().unwrap()]);
    assert_success(&o);
    let o = osai(&["assess", "--format", "jsonl", d.to_str().unwrap()]);
    assert_success(&o);
    let lines = String::from_utf8_lossy(&o.stdout).lines().count();
    assert_eq!(
        lines, 2,
        "the card and the manifest; the README is documentation"
    );
}
