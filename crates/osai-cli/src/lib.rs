//! The `osai` command line. Parses arguments, reads inputs, calls the engine, writes renderings.

mod args;
mod ask;
mod assess;
mod batch;
mod explain;
mod hub;
mod interchange;
mod licence;
mod stats;

use std::process::ExitCode;

use clap::Parser;

pub use args::Cli;

/// Exit codes of every command.
pub mod exit {
    pub const OK: u8 = 0;
    pub const REQUIREMENT_NOT_MET: u8 = 1;
    pub const BAD_INPUT: u8 = 2;
}

/// How `std::io::Error` words `EPIPE`.
const BROKEN_PIPE: &str = "Broken pipe (os error 32)";

/// Opens a file the user named. A named pipe is opened without waiting for a writer: with
/// none, reading it ends at once (an empty input, reported as such) instead of hanging.
pub(crate) fn open_input(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        if std::fs::metadata(path)?.file_type().is_fifo() {
            use rustix::fs::OFlags;
            let f = std::fs::OpenOptions::new()
                .read(true)
                .custom_flags(OFlags::NONBLOCK.bits() as i32)
                .open(path)?;
            // Blocking again: a writer already there is waited for; with none, EOF.
            let flags = rustix::fs::fcntl_getfl(&f)?;
            rustix::fs::fcntl_setfl(&f, flags - OFlags::NONBLOCK)?;
            return Ok(f);
        }
    }
    std::fs::File::open(path)
}

/// An error that ends a command with exit code 2 and a message on stderr.
#[derive(Debug)]
pub struct UsageError(pub String);

impl<E: std::fmt::Display> From<E> for UsageError {
    fn from(e: E) -> Self {
        UsageError(e.to_string())
    }
}

fn serve(a: args::ServeArgs) -> Result<u8, UsageError> {
    let token = match &a.token_file {
        Some(p) => Some(
            std::fs::read_to_string(p)
                .map_err(|e| UsageError(format!("{}: {e}", p.display())))?
                .trim()
                .to_owned(),
        ),
        None => std::env::var("OSAI_TOKEN").ok(),
    }
    .filter(|t| !t.is_empty());
    let config = osai_server::Config {
        addr: a.addr,
        db: a.db.unwrap_or_else(osai_server::default_db),
        token,
        seed: !a.no_seed,
        catalogue: !a.no_catalogue,
        hub: (!a.no_hub).then(osai_hub::HubConfig::from_env),
    };
    osai_server::serve(config).map_err(UsageError)?;
    Ok(exit::OK)
}

fn catalogue(c: args::CatalogueCommand) -> Result<u8, UsageError> {
    match c {
        args::CatalogueCommand::Update { db } => {
            let db = db.unwrap_or_else(osai_server::default_db);
            let mut store = osai_server::Store::open(&db)
                .map_err(|e| UsageError(format!("{}: {e}", db.display())))?;
            let done = osai_server::load_catalogue(&mut store).map_err(UsageError)?;
            println!(
                "{}: {} added, {} updated (a new version each), {} unchanged — {}",
                db.display(),
                done.added,
                done.updated,
                done.unchanged,
                osai_server::catalogue_credits()
            );
            for (file, why) in &done.failed {
                eprintln!("osai catalogue: {file} not read: {why}");
            }
            Ok(if done.failed.is_empty() {
                exit::OK
            } else {
                exit::BAD_INPUT
            })
        }
        args::CatalogueCommand::Sources => {
            for d in osai_server::catalogue::datasets() {
                let files = osai_server::catalogue::entries()
                    .filter(|e| e.dataset.id == d.id)
                    .count();
                println!(
                    "{} ({}): {files} files from {} at commit {}, taken {}; {}\n  {}",
                    d.title, d.id, d.upstream, d.commit, d.taken, d.licence, d.attribution
                );
            }
            Ok(exit::OK)
        }
    }
}

pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::BAD_INPUT
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        args::Command::Assess(a) => assess::run(a),
        args::Command::Compare(a) => assess::compare(a),
        args::Command::Explain(a) => explain::explain(a),
        args::Command::Definitions(a) => explain::definitions(a),
        args::Command::Schema(a) => explain::schema(a),
        args::Command::Licence(a) => licence::run(a),
        args::Command::Ask(a) => ask::run(a),
        args::Command::Stats(a) => stats::run(a),
        args::Command::Scan(a) => interchange::scan(a),
        args::Command::Import(a) => interchange::import(a),
        args::Command::Export(a) => interchange::export(a),
        args::Command::Badge(a) => assess::badge(a),
        args::Command::Serve(a) => serve(a),
        args::Command::Catalogue(c) => catalogue(c),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // The reader of our output went away (`osai stats r.jsonl | head`): stop quietly, as
        // other Unix tools do. Errors reach here as text, so the kind is read off the message.
        Err(UsageError(msg)) if msg.contains(BROKEN_PIPE) => ExitCode::from(exit::OK),
        Err(UsageError(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(exit::BAD_INPUT)
        }
    }
}
