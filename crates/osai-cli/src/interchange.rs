//! `osai scan`, `osai import`, `osai export`: between release folders, other formats and the
//! manifest.

use std::path::{Path, PathBuf};

use osai_engine::manifest::Manifest;
use osai_engine::{AssessOptions, Engine};

use crate::args::{ExportArgs, ExportFormat, ImportArgs, ManifestFormat, ScanArgs};
use crate::assess::{as_of, load_definitions, read_path};
use crate::{UsageError, exit};

fn write_out(output: &Option<PathBuf>, text: &str, then: &str) -> Result<(), UsageError> {
    match output {
        Some(path) => {
            std::fs::write(path, text)
                .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            eprintln!("wrote {}{then}", path.display());
        }
        None => print!("{text}"),
    }
    Ok(())
}

fn manifest_text(m: &Manifest, format: ManifestFormat, header: &str) -> Result<String, UsageError> {
    Ok(match format {
        ManifestFormat::Yaml => {
            let yaml = osai_formats::manifest_yaml(m).map_err(UsageError)?;
            format!("{header}{yaml}")
        }
        ManifestFormat::Json => format!("{}\n", serde_json::to_string_pretty(m)?),
        ManifestFormat::Jsonl => format!("{}\n", serde_json::to_string(m)?),
    })
}

fn assess_hint(output: &Option<PathBuf>) -> String {
    output
        .as_ref()
        .map(|p| format!(" — now: osai assess {}", p.display()))
        .unwrap_or_default()
}

fn files_phrase(n: usize) -> String {
    match n {
        1 => "1 file".to_owned(),
        n => format!("{n} files"),
    }
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

pub(crate) fn scan(args: ScanArgs) -> Result<u8, UsageError> {
    if let Some(from) = &args.from {
        return scan_many(&args, from);
    }
    let target = args.target.clone().unwrap_or_default();
    let (found, origin) = if crate::hub::is_hub_id(&target) {
        let h = crate::hub::scan(&target, args.offline)
            .map_err(|e| UsageError(format!("{target}: {e}")))?;
        let origin = format!(
            "{target} at commit {} ({}; {} fetched)",
            h.sha,
            files_phrase(h.scan.files),
            kib(h.fetched)
        );
        (h.scan, origin)
    } else {
        let found = osai_scan::scan(Path::new(&target), &osai_scan::ScanOptions::default())
            .map_err(|e| UsageError(e.0))?;
        let origin = format!("{target} ({})", files_phrase(found.files));
        (found, origin)
    };
    if !args.quiet {
        print_warnings(&found.warnings);
    }
    let header = format!(
        "# Inferred by `osai scan` from {origin}. Check every fact: `evidence` says where each\n# came from and how sure the scan is; facts it could not infer are absent (unknown).\n",
    );
    let text = manifest_text(&found.manifest, args.format, &header)?;
    write_out(&args.output, &text, &assess_hint(&args.output))?;
    Ok(exit::OK)
}

/// `osai scan --from FILE`: one manifest (or error record) per id, in input order.
fn scan_many(args: &ScanArgs, from: &Path) -> Result<u8, UsageError> {
    use std::io::Write;
    if args.format != ManifestFormat::Jsonl {
        return Err(UsageError(
            "--from writes one manifest per line: add --format jsonl".into(),
        ));
    }
    let mut ids = crate::hub::read_ids(from, args.shard.as_deref())?;
    let source = from.display().to_string();
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            if args.resume {
                let done = crate::hub::already_written(path);
                ids.retain(|l| !crate::hub::written(&done, &l.id));
            }
            let f = std::fs::OpenOptions::new()
                .create(true)
                .write(true)
                .append(args.resume)
                .truncate(!args.resume)
                .open(path)
                .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
            Box::new(std::io::BufWriter::new(f))
        }
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let (mut written, mut failed) = (0usize, 0usize);
    crate::hub::for_each_scan(&ids, args.jobs, args.offline, |at, r| {
        match r {
            Ok(h) => {
                serde_json::to_writer(&mut out, &h.scan.manifest)?;
                written += 1;
            }
            Err(e) => {
                let errors = crate::hub::id_error(&source, at, &e);
                serde_json::to_writer(&mut out, &crate::assess::error_record(&errors))?;
                if !args.quiet {
                    eprint!("{}", errors.render_short());
                }
                failed += 1;
            }
        }
        out.write_all(b"\n")?;
        Ok(())
    })?;
    out.flush()?;
    eprintln!("{written} manifests, {failed} errors");
    Ok(if failed > 0 {
        exit::BAD_INPUT
    } else {
        exit::OK
    })
}

fn print_warnings(warnings: &[osai_engine::report::Warning]) {
    for w in warnings {
        match &w.at {
            Some(at) => eprintln!("warning[{}]: {} ({at})", w.code, w.message),
            None => eprintln!("warning[{}]: {}", w.code, w.message),
        }
    }
}

fn read_one(path: &Path) -> Result<osai_engine::manifest::LocatedManifest, UsageError> {
    match read_path(path)? {
        Ok(m) => {
            print_warnings(&m.warnings);
            Ok(m)
        }
        Err(e) => {
            eprint!("{}", e.render(false));
            Err(UsageError(format!("{} could not be read", path.display())))
        }
    }
}

pub(crate) fn import(args: ImportArgs) -> Result<u8, UsageError> {
    let mut m = read_one(&args.file)?;
    let mut header = format!(
        "# Imported by `osai import` from {}.\n",
        args.file.display()
    );
    // What is written reads back: canonical ids, and unknown names as unknown licences.
    for (from, to) in osai_formats::canonicalise_licences(&mut m.manifest) {
        let from: String = from
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        header.push_str(&format!(
            "# `{from}` is not a licence osai knows: written as `{to}` (unknown, never open).\n"
        ));
    }
    let text = manifest_text(&m.manifest, args.format, &header)?;
    write_out(&args.output, &text, &assess_hint(&args.output))?;
    Ok(exit::OK)
}

pub(crate) fn export(args: ExportArgs) -> Result<u8, UsageError> {
    let m = read_one(&args.file)?;
    let report = if args.no_assessment {
        None
    } else {
        let defs = load_definitions(&args.definitions)?;
        let opts = AssessOptions::new(as_of(args.as_of.as_deref())?);
        Some(Engine::new(defs.iter().collect()).assess(&m, &opts))
    };
    let doc = match args.to {
        ExportFormat::Cyclonedx => osai_formats::export::to_cyclonedx(&m.manifest, report.as_ref()),
        ExportFormat::Spdx => osai_formats::export::to_spdx3(&m.manifest, report.as_ref()),
    };
    let text = format!("{}\n", serde_json::to_string_pretty(&doc)?);
    write_out(&args.output, &text, "")?;
    Ok(exit::OK)
}
