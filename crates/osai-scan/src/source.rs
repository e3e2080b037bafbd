//! Where a scan reads its files from: a folder on disk, or anything else that can list files
//! and read their first bytes (a hub repository, in `osai-hub`). One scanner reads them all.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use osai_engine::report::Warning;

use crate::{ScanError, ScanOptions};

/// One file of a release, as its source lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path inside the release, with `/` separators.
    pub rel: String,
    /// Its size in bytes (the real size, not a Git LFS pointer's, when the source knows it).
    pub len: u64,
    /// A local copy of the file, when there is one (a folder, a cache).
    pub path: Option<PathBuf>,
    /// The SHA-256 of the content, when the source states it (a hub's LFS metadata).
    pub sha256: Option<String>,
}

/// What a source lists: its files in path order, and what it could not list.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<SourceFile>,
    pub warnings: Vec<Warning>,
}

/// Where evidence read from a file can be checked again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub revision: Option<String>,
    pub url: Option<String>,
}

/// A release's files, wherever they are.
pub trait Source: Sync {
    /// The release's name when neither its card nor a weights header names it.
    fn fallback_name(&self) -> String;
    /// A hub id the release was read from (`org/name`), written as `release.huggingface`.
    fn hub_id(&self) -> Option<String> {
        None
    }
    /// Lists the files, bounded by `opts`.
    fn list(&self, opts: &ScanOptions) -> Result<Listing, ScanError>;
    /// Reads at most `max` bytes from the start of a file.
    fn head(&self, file: &SourceFile, max: u64) -> io::Result<Vec<u8>>;
    /// A reader from the start of a file, for a header read piece by piece: it must not read
    /// (or fetch) much more than is asked of it.
    fn reader<'s>(&'s self, file: &SourceFile) -> io::Result<Box<dyn Read + 's>>;
    /// Whether `list` gives every file of the release (a cache may hold only some): absences
    /// are stated only from a listing that is complete.
    fn lists_every_file(&self) -> bool {
        true
    }
    /// What the release is, in messages: "folder", "repository".
    fn noun(&self) -> &'static str {
        "folder"
    }
    /// Where a file of this source can be seen at the revision that was read.
    fn origin(&self, _rel: &str) -> Origin {
        Origin::default()
    }
}

/// A release folder on disk.
#[derive(Debug)]
pub struct Folder {
    dir: PathBuf,
}

impl Folder {
    pub fn new(dir: &Path) -> Result<Self, ScanError> {
        let meta = std::fs::metadata(dir)
            .map_err(|e| ScanError(format!("cannot read `{}`: {e}", dir.display())))?;
        if !meta.is_dir() {
            return Err(ScanError(format!(
                "`{}` is not a folder; `osai scan` reads a release folder (use `osai import` for one file)",
                dir.display()
            )));
        }
        Ok(Self {
            dir: dir.to_path_buf(),
        })
    }
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn local(file: &SourceFile) -> io::Result<&Path> {
    file.path
        .as_deref()
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no local copy"))
}

/// Reads at most `max` bytes of a local file.
pub fn read_local_head(path: &Path, max: u64) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    File::open(path)?.take(max).read_to_end(&mut buf)?;
    Ok(buf)
}

impl Source for Folder {
    fn fallback_name(&self) -> String {
        std::fs::canonicalize(&self.dir)
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "unnamed-model".to_owned())
    }

    fn list(&self, opts: &ScanOptions) -> Result<Listing, ScanError> {
        Ok(walk(&self.dir, opts))
    }

    fn head(&self, file: &SourceFile, max: u64) -> io::Result<Vec<u8>> {
        read_local_head(local(file)?, max)
    }

    fn reader<'s>(&'s self, file: &SourceFile) -> io::Result<Box<dyn Read + 's>> {
        Ok(Box::new(File::open(local(file)?)?))
    }
}

fn warn(out: &mut Listing, code: &'static str, message: String, at: Option<String>) {
    out.warnings.push(Warning {
        code: code.into(),
        message,
        at,
    });
}

/// Lists a folder: every file under it, sorted, skipping tool folders (`.git`, caches).
pub fn walk(dir: &Path, opts: &ScanOptions) -> Listing {
    let mut out = Listing::default();
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .max_depth(opts.max_depth)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let n = e.file_name().to_string_lossy();
            !(e.depth() > 0
                && e.file_type().is_dir()
                && matches!(
                    n.as_ref(),
                    ".git" | "node_modules" | "__pycache__" | ".venv" | ".tox" | ".mypy_cache"
                ))
        });
    for item in walker {
        let entry = match item {
            Ok(e) => e,
            Err(e) => {
                let at = e.path().map(|p| display(p.strip_prefix(dir).unwrap_or(p)));
                if e.loop_ancestor().is_some() {
                    warn(
                        &mut out,
                        "W-SCAN-SYMLINK-LOOP",
                        "a symbolic link loops back to a folder above it; not followed".into(),
                        at,
                    );
                } else {
                    warn(&mut out, "W-SCAN-UNREADABLE", format!("not read: {e}"), at);
                }
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        if out.files.len() >= opts.max_files {
            warn(
                &mut out,
                "W-SCAN-TOO-MANY-FILES",
                format!(
                    "more than {} files; the rest were not scanned",
                    opts.max_files
                ),
                None,
            );
            break;
        }
        let rel_path = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel = display(rel_path);
        if rel_path.to_str().is_none() {
            warn(
                &mut out,
                "W-SCAN-NAME",
                "this file name is not UTF-8; it is shown with replacement characters".into(),
                Some(rel.clone()),
            );
        }
        let len = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.files.push(SourceFile {
            rel,
            len,
            path: Some(entry.path().to_path_buf()),
            sha256: None,
        });
    }
    out
}
