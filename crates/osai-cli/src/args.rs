use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Is this AI model or system open source, and under whose definition?
///
/// osai reads a description of a release (a manifest, a Model Openness Tool file) and gives, for
/// every definition side by side, a verdict with the facts it used, the text it cites, and what
/// to change to pass.
#[derive(Debug, Parser)]
#[command(name = "osai", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Assess releases against every built-in definition (or those given).
    #[command(
        after_help = "Examples:\n  osai assess examples/olmo-2-7b.yml\n  osai assess --format json --as-of 2026-08-02 release.yml\n  osai assess --require osaid-1.0 --require mof-1.0=class-2 release.yml\n  osai assess --format jsonl releases.jsonl > reports.jsonl\n\nExit codes: 0 success (every --require met), 1 a --require not met, 2 bad input or usage."
    )]
    Assess(AssessArgs),
    /// One matrix: releases × definitions, with disagreements marked.
    #[command(after_help = "Example:\n  osai compare examples/*.yml")]
    Compare(AssessArgs),
    /// What one requirement checks, why (its citation), and how to pass.
    #[command(after_help = "Example:\n  osai explain OSAID-CODE-TRAINING")]
    Explain(ExplainArgs),
    /// List the definitions with ids, versions, dates and sources.
    #[command(after_help = "Example:\n  osai definitions --format json")]
    Definitions(DefinitionsArgs),
    /// Print a JSON Schema: of the manifest or of the report.
    #[command(after_help = "Example:\n  osai schema manifest > manifest.schema.json")]
    Schema(SchemaArgs),
    /// Answer what the definitions read (derived from them), one question at a time, and get
    /// the manifest; `?` or Enter leaves a question unanswered (reported as unknown).
    #[command(
        after_help = "Examples:\n  osai ask -o release.yml\n  osai ask -d eu-ai-act --lang fr -o release.yml\n  printf 'my-model\\nmodel\\n…' | osai ask"
    )]
    Ask(AskArgs),
    /// Aggregate reports (JSON Lines from `osai assess --format jsonl`): counts per definition,
    /// verdict, class and category, and where definitions disagree.
    #[command(
        after_help = "Example:\n  osai assess --format jsonl --brief hub.jsonl > reports.jsonl && osai stats reports.jsonl"
    )]
    Stats(StatsArgs),
    /// The licence knowledge base.
    #[command(subcommand, alias = "license")]
    Licence(LicenceCommand),
    /// Infer a manifest from a release folder: weights headers (safetensors, GGUF), licence
    /// texts, the model card, config and tokenizer, code and data by their names; each fact
    /// with its evidence (file, line, confidence).
    #[command(
        after_help = "Examples:\n  osai scan ./my-model -o release.yml\n  osai scan ~/.cache/huggingface/hub/models--org--name/snapshots/<rev>\n  osai scan hf:allenai/OLMo-2-1124-7B\n  osai scan --from ids.txt --format jsonl -o manifests.jsonl --shard 0/8\n\nWeights are read by their headers only; a folder with a 100 GB file scans in milliseconds.\nExit codes: 0 success (warnings on standard error), 2 not a readable folder or repository (with --from: any id failed)."
    )]
    Scan(ScanArgs),
    /// Convert a model card, CycloneDX or SPDX (2 or 3) document, Model Openness Tool or Index file
    /// into an osai manifest.
    #[command(after_help = "Example:\n  osai import README.md -o release.yml")]
    Import(ImportArgs),
    /// Write a release as a CycloneDX 1.6 ML-BOM or an SPDX 3.0 document, with its assessment
    /// attached; `osai import` (or `osai assess`) reads it back with every fact.
    #[command(
        after_help = "Examples:\n  osai export release.yml --to cyclonedx -o release.cdx.json\n  osai export release.yml --to spdx -o release.spdx.json"
    )]
    Export(ExportArgs),
    /// An SVG badge (shields style) of one definition's verdict, class or category.
    #[command(
        after_help = "Example:\n  osai badge release.yml --definition mof-1.0 -o mof-badge.svg"
    )]
    Badge(BadgeArgs),
    /// The web app and HTTP API (OpenAPI at /api/v1/openapi.json), over a SQLite catalogue.
    #[command(
        after_help = "Examples:\n  osai serve\n  OSAI_TOKEN=$(cat token) osai serve --addr 0.0.0.0:8080 --db /var/lib/osai/osai.db\n\nReads are public; writes (POST /api/v1/releases) need `Authorization: Bearer <token>`.\nStops on SIGINT or SIGTERM after the requests in flight."
    )]
    Serve(ServeArgs),
    /// The bundled catalogue (Model Openness Tool, MIT; European Open Source AI Index,
    /// CC-BY-4.0) in a server's database.
    #[command(subcommand)]
    Catalogue(CatalogueCommand),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// The SQLite database (created when missing; default in the user's data folder).
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// A file holding the bearer token for writes (else the OSAI_TOKEN variable).
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Do not store the bundled examples on first start.
    #[arg(long)]
    pub no_seed: bool,
    /// Do not store the bundled catalogue (about 470 releases) in a new database.
    #[arg(long)]
    pub no_catalogue: bool,
    /// Do not read Hugging Face ids for visitors (by default the server reads public
    /// repositories from HF_ENDPOINT, a few a minute per client; never a URL a visitor gives).
    #[arg(long)]
    pub no_hub: bool,
}

#[derive(Debug, Args)]
pub struct BadgeArgs {
    /// A manifest (or any format `osai assess` reads).
    pub file: PathBuf,
    /// The definition: a built-in id or a definition file.
    #[arg(long = "definition", short = 'd', value_name = "ID|FILE")]
    pub definition: String,
    /// Write the SVG here (default: standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Apply the law as it stands on this date (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Language of the badge text (default from LANG, else en).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ManifestFormat {
    Yaml,
    Json,
    /// One manifest per line (the output of `osai scan --from`).
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// The release folder, or a hub id: hf:ORG/NAME[@REVISION] or https://huggingface.co/ORG/NAME.
    #[arg(required_unless_present = "from", value_name = "FOLDER|hf:ID")]
    pub target: Option<String>,
    /// Hub ids, one per line (`#` comments; `-` reads standard input); with --format jsonl,
    /// one manifest or error record per id, in input order.
    #[arg(long, value_name = "FILE", conflicts_with = "target")]
    pub from: Option<PathBuf>,
    /// With --from: skip ids whose manifest is already in the --output file, and append.
    #[arg(long, requires = "from", requires = "output")]
    pub resume: bool,
    /// With --from: only this job's stable share of the ids, K of N (0 ≤ K < N).
    #[arg(long, value_name = "K/N", requires = "from")]
    pub shard: Option<String>,
    /// With --from: ids read at once.
    #[arg(long, short = 'j', value_name = "N", default_value_t = crate::hub::DEFAULT_JOBS)]
    pub jobs: usize,
    /// Read only the Hugging Face cache and osai's own (also: HF_HUB_OFFLINE=1).
    #[arg(long)]
    pub offline: bool,
    /// Write the manifest here (default: standard output).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, short = 'f', value_enum, default_value = "yaml")]
    pub format: ManifestFormat,
    /// Do not print the warnings.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A file in any format `osai assess` reads; `-` reads standard input.
    pub file: PathBuf,
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, short = 'f', value_enum, default_value = "yaml")]
    pub format: ManifestFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Cyclonedx,
    Spdx,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A manifest (or any format `osai assess` reads).
    pub file: PathBuf,
    #[arg(long, value_enum)]
    pub to: ExportFormat,
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Attach the assessment against these definitions only (default: every built-in one).
    #[arg(long = "definition", short = 'd', value_name = "ID|FILE")]
    pub definitions: Vec<String>,
    /// Apply the law as it stands on this date (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Do not attach an assessment.
    #[arg(long)]
    pub no_assessment: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Jsonl,
    /// One self-contained page (the comparison first for several releases).
    Html,
    /// A summary table and the failing/unknown requirements, for a pull-request comment.
    Markdown,
    /// SARIF 2.1.0 for code scanning: a result per failing or unknown requirement.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    En,
    Fr,
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Manifests (YAML or JSON), Model Openness Tool files, or `.jsonl` files with one manifest
    /// per line; hub ids (hf:ORG/NAME); `-` reads standard input.
    #[arg(required_unless_present = "from")]
    pub files: Vec<PathBuf>,
    /// Hub ids, one per line: each scanned and assessed, in input order (errors in place
    /// with --format jsonl).
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// With --from: only this job's stable share of the ids, K of N (0 ≤ K < N).
    #[arg(long, value_name = "K/N", requires = "from")]
    pub shard: Option<String>,
    /// With --from: ids read at once.
    #[arg(long, short = 'j', value_name = "N", default_value_t = crate::hub::DEFAULT_JOBS)]
    pub jobs: usize,
    /// Only these definitions: a built-in id or a definition file (repeatable).
    #[arg(long = "definition", short = 'd', value_name = "ID|FILE")]
    pub definitions: Vec<String>,
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: Format,
    /// Write here instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of the text output (default from LANG, else en).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
    /// Apply the law as it stands on this date (YYYY-MM-DD; default today).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Exit 1 unless this definition passes, or reaches this level (repeatable):
    /// `osaid-1.0`, `mof-1.0=class-2`, `eu-ai-act=art-53-2`.
    #[arg(long = "require", value_name = "ID[=LEVEL]")]
    pub require: Vec<String>,
    /// Text output: only the summary line per definition.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// JSON Lines: each requirement as its code and status only (hub-scale runs; `osai explain
    /// CODE` gives the text).
    #[arg(long)]
    pub brief: bool,
    /// Instead of a report per release, print what `osai stats` would count of them: releases
    /// per definition and verdict, class and category, and where definitions disagree (JSON with
    /// `--format json`). Inputs are read as for `--format jsonl`.
    #[arg(long)]
    pub summary: bool,
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub color: String,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct AskArgs {
    /// Write the manifest here (default: standard output; questions go to standard error).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Ask only what these definitions read: a built-in id or a definition file (repeatable;
    /// default: every built-in definition).
    #[arg(long = "definition", short = 'd', value_name = "ID|FILE")]
    pub definitions: Vec<String>,
    /// Language of the questions (default from LANG, else en).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A requirement or obligation code, e.g. OSAID-CODE-TRAINING, AIA-53-1-C (case-insensitive).
    pub code: String,
    /// Also look in these definition files.
    #[arg(long = "definition", short = 'd', value_name = "FILE")]
    pub definitions: Vec<String>,
    /// Language of the explanation (default from LANG, else en).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct DefinitionsArgs {
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Manifest,
    Report,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    pub kind: SchemaKind,
}

#[derive(Debug, Subcommand)]
pub enum CatalogueCommand {
    /// Store the catalogue bundled in this osai: new entries, and a new version of each entry
    /// whose manifest or verdicts changed (nothing is overwritten).
    #[command(
        after_help = "Examples:\n  osai catalogue update\n  osai catalogue update --db /var/lib/osai/osai.db\n\nStop the server first, or run it against the same database: SQLite serialises the writes; a running server shows the changes after its next write or restart."
    )]
    Update {
        /// The SQLite database (default: the one `osai serve` uses).
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
    },
    /// List the data sets: where they come from, when, their licences and attributions.
    Sources,
}

#[derive(Debug, Subcommand)]
pub enum LicenceCommand {
    /// Judge a licence expression: OSI-approved, OSD-conformant, AI Act free and open-source.
    #[command(
        after_help = "Example:\n  osai licence check 'Apache-2.0 OR LicenseRef-Llama-3.1' --for model"
    )]
    Check {
        expression: String,
        /// Also say whether it suits this content type.
        #[arg(long = "for", value_name = "TYPE")]
        content: Option<String>,
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Everything osai records about one licence.
    #[command(after_help = "Example:\n  osai licence show LicenseRef-Llama-3.1")]
    Show {
        id: String,
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// Which licence each text is, with a confidence (licence, acceptable-use policy, notice).
    #[command(after_help = "Example:\n  osai licence identify LICENSE USE_POLICY.md --format json")]
    Identify {
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ListFormat,
    },
    /// The curated licences (add --all for every SPDX licence too).
    #[command(after_help = "Example:\n  osai licence list --format json")]
    List {
        #[arg(long)]
        all: bool,
        #[arg(long, short = 'f', value_enum, default_value = "text")]
        format: ListFormat,
    },
}
