//! Hugging Face model cards: `README.md` with YAML front matter between `---` lines, then a
//! Markdown body. The front matter gives the licence (an HF id, or `other` with `license_name`
//! and `license_link`), base model, datasets, task and gating; the body's sections say whether
//! training data, training procedure and evaluation are described.

use crate::read::Reader;
use crate::synth::{self, Synth};
use crate::tree::{Node, Span, Value};

/// Where the front matter ends (the byte offset of the closing `---` line) when `text` opens
/// with one, as the Hub reads it: the block must open the file, CRLF is accepted, and the
/// closing `---` may carry trailing spaces.
pub(crate) fn front_matter_end(text: &str) -> Option<usize> {
    let body = text.trim_start_matches('\u{feff}');
    let lead = text.len() - body.len();
    let trimmed = body.trim_start_matches([' ', '\t', '\r', '\n']);
    let open = lead + (body.len() - trimmed.len());
    let first_line_end = trimmed.find('\n')?;
    if trimmed[..first_line_end].trim_end() != "---" {
        return None;
    }
    let mut pos = open + first_line_end + 1;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end_matches(['\r', ' ', '\t']);
        if line == "---" {
            return Some(pos);
        }
        pos = end + 1;
    }
    None
}

/// A section of the card body: its heading, where it is, and whether it says anything.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    /// 1 for `#`, 2 for `##`, …
    pub level: u8,
    pub line: u32,
    pub start: usize,
    pub has_content: bool,
}

/// The Markdown headings of a body starting at byte `offset` / line `first_line` of the file.
pub fn sections(text: &str, offset: usize, first_line: u32) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    let mut pos = offset;
    let mut line_no = first_line;
    let mut in_fence = false;
    let mut in_comment = false;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim();
        if line.starts_with("```") || line.starts_with("~~~") {
            in_fence = !in_fence;
        }
        let heading = (!in_fence && !in_comment)
            .then(|| {
                let hashes = line.chars().take_while(|c| *c == '#').count();
                (1..=6)
                    .contains(&hashes)
                    .then(|| (hashes, line[hashes..].trim()))
                    .filter(|(_, t)| !t.is_empty() && line[hashes..].starts_with(' '))
            })
            .flatten();
        if let Some((level, title)) = heading {
            out.push(Section {
                level: level as u8,
                title: title.trim_matches(['#', ' ', '*']).to_owned(),
                line: line_no,
                start: pos,
                has_content: false,
            });
        } else {
            if line.starts_with("<!--") || in_comment {
                in_comment = !line.contains("-->");
            } else if !line.is_empty()
                && !is_placeholder(line)
                && let Some(s) = out.last_mut()
            {
                s.has_content = true;
            }
        }
        pos = end + 1;
        line_no += 1;
    }
    // A heading whose subsections say something says it too ("# Training" over "## Model").
    let mut parents: Vec<usize> = Vec::new();
    for i in 0..out.len() {
        while parents
            .last()
            .is_some_and(|&p| out[p].level >= out[i].level)
        {
            parents.pop();
        }
        if out[i].has_content {
            for &p in &parents {
                out[p].has_content = true;
            }
        }
        parents.push(i);
    }
    out
}

/// What a link in a card's body points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// A code repository, with the components its path (else the words on its line) say it
    /// holds.
    Code(&'static [&'static str]),
    /// A Hub dataset.
    Dataset,
    /// A Hub revision or checkpoints folder of the model: intermediate parameters.
    Checkpoints,
    /// arXiv, the ACL Anthology, OpenReview, a PDF: the research paper.
    Paper,
}

/// A link found in the body: the URL, its line, what it points at.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub url: String,
    pub line: u32,
    pub start: usize,
    pub kind: LinkKind,
}

/// Evaluation harnesses people link from cards.
const HARNESSES: &[&str] = &[
    "lm-evaluation-harness",
    "olmes",
    "lighteval",
    "bigcode-evaluation-harness",
    "opencompass",
    "helm",
];

/// The code components words name: a repository's path, or the text beside a link.
fn code_components(words: &str, harness: bool) -> &'static [&'static str] {
    let has = |ws: &[&str]| ws.iter().any(|w| words.contains(w));
    let training = has(&["train", "pretrain", "finetun", "fine-tun", "recipe"]);
    let inference = has(&["inference"]);
    let evaluation = harness || has(&["eval"]);
    let preprocessing = has(&[
        "preprocess",
        "data-prep",
        "data prep",
        "dataprep",
        "data processing",
        "dolma",
        "datatrove",
        "dedup",
    ]);
    match (training, inference, evaluation, preprocessing) {
        (_, _, true, false) if !training => &["evaluation-code"],
        (true, true, _, _) => &["training-code", "inference-code"],
        (true, false, _, _) => &["training-code"],
        (false, true, _, _) => &["inference-code"],
        (false, false, false, true) => &["data-preprocessing-code"],
        _ => &[],
    }
}

/// The words that name a link: a Markdown link's label, an HTML anchor's text, else the text
/// before a bare URL back to the previous sentence or link ("- Training code: https://…").
fn link_label(line: &str, at: usize, end: usize) -> &str {
    let before = &line[..at];
    if let Some(b) = before.strip_suffix("](") {
        return b.rfind('[').map_or("", |i| &b[i + 1..]);
    }
    if before.ends_with("href=\"") || before.ends_with("href='") {
        let after = &line[end..];
        return after
            .find('>')
            .map(|i| &after[i + 1..])
            .and_then(|a| a.find("</a>").map(|j| &a[..j]))
            .unwrap_or("");
    }
    sentence_before(line, at)
}

/// The text before byte `at` of `line`, back to the previous sentence or link.
fn sentence_before(line: &str, at: usize) -> &str {
    let mut before = &line[..at];
    // A Markdown link's own "[label](" is not text before it.
    if let Some(b) = before.strip_suffix("](") {
        before = b.rfind('[').map_or(b, |i| &b[..i]);
    }
    let sentence = before.rfind(". ").map_or(0, |i| i + 2);
    let previous_link = before
        .rfind("](")
        .and_then(|i| before[i..].find(')').map(|j| i + j + 1))
        .unwrap_or(0);
    &before[sentence.max(previous_link)..]
}

/// Classifies one URL, with the words that name it for a repository whose path says nothing;
/// `None` for links that say nothing about a component.
pub fn link_kind_on_line(url: &str, label: &str, context: &str) -> Option<LinkKind> {
    match link_kind(url) {
        // An arXiv link is the model's paper only where the card says so ("Paper: …", "Link
        // to paper: [here](…)"), not a method's paper cited in passing ("the [TIES](…) method").
        Some(LinkKind::Paper) => {
            let words = context.to_ascii_lowercase();
            ["paper", "report", "preprint", "publication"]
                .iter()
                .any(|w| words.contains(w))
                .then_some(LinkKind::Paper)
        }
        Some(LinkKind::Code(_)) | None if is_repository(url) => {
            let from_path = link_kind(url);
            if from_path.is_some() {
                return from_path;
            }
            // "Core repo (training, inference, fine-tuning etc.): https://github.com/org/x"
            let c = code_components(&label.to_ascii_lowercase(), false);
            (!c.is_empty()).then_some(LinkKind::Code(c))
        }
        other => other,
    }
}

fn is_repository(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    (rest.starts_with("github.com/") || rest.starts_with("gitlab.com/"))
        && rest.split('/').filter(|p| !p.is_empty()).count() >= 3
}

/// Classifies one URL; `None` for links that say nothing about a component.
pub fn link_kind(url: &str) -> Option<LinkKind> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    // The page, without its query and fragment ("?tab=readme-ov-file#fine-tuning").
    let path = path
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .trim_end_matches('/');
    let lower = path.to_ascii_lowercase();
    match host {
        "github.com" | "gitlab.com" => {
            let parts: Vec<&str> = lower.split('/').filter(|p| !p.is_empty()).collect();
            if parts.len() < 2 {
                return None;
            }
            let harness = HARNESSES.contains(&parts[1]);
            let c = code_components(&parts.join("/"), harness);
            (!c.is_empty()).then_some(LinkKind::Code(c))
        }
        "huggingface.co" | "hf.co" => {
            if let Some(d) = path.strip_prefix("datasets/") {
                // A dataset's page (or its tree), not a file in it (a banner image).
                let parts: Vec<&str> = d.split('/').collect();
                let page = parts.len() == 2 || (parts.len() >= 3 && parts[2] == "tree");
                return (page && parts.iter().take(2).all(|p| !p.is_empty()))
                    .then_some(LinkKind::Dataset);
            }
            let parts: Vec<&str> = path.split('/').collect();
            let revision = parts.len() >= 4 && parts[2] == "tree" && parts[3] != "main";
            let checkpoints = lower.contains("checkpoint") || lower.contains("revision=");
            (revision || checkpoints).then_some(LinkKind::Checkpoints)
        }
        "arxiv.org" | "aclanthology.org" | "openreview.net" => Some(LinkKind::Paper),
        _ if lower.ends_with(".pdf") => Some(LinkKind::Paper),
        _ => None,
    }
}

/// The links of a body starting at byte `offset` / line `first_line`: Markdown links and bare
/// URLs, outside code blocks.
pub fn links(text: &str, offset: usize, first_line: u32) -> Vec<Link> {
    let mut out = Vec::new();
    let mut pos = offset;
    let mut line_no = first_line;
    let mut in_fence = false;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = &text[pos..end];
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
        } else if !in_fence {
            let mut from = 0;
            while let Some(i) = line[from..].find("http") {
                let at = from + i;
                let url_end = line[at..]
                    .find(|c: char| {
                        c.is_whitespace() || matches!(c, ')' | ']' | '>' | '"' | '\'' | '<' | '`')
                    })
                    .map_or(line.len(), |j| at + j);
                let url = line[at..url_end].trim_end_matches(['.', ',', ';', ':']);
                let label = link_label(line, at, url_end);
                let context = format!("{} {label}", sentence_before(line, at));
                if let Some(kind) = link_kind_on_line(url, label, &context) {
                    out.push(Link {
                        url: url.to_owned(),
                        line: line_no,
                        start: pos + at,
                        kind,
                    });
                }
                from = url_end.max(at + 4);
            }
        }
        pos = end + 1;
        line_no += 1;
    }
    out
}

/// The template's filler: `[More Information Needed]`, `More information needed`, `TBD`, `{{ … }}`.
fn is_placeholder(line: &str) -> bool {
    let l = line.trim_matches(['-', '*', ' ', '_']).to_lowercase();
    l.is_empty()
        || l.contains("more information needed")
        || l == "tbd"
        || l == "todo"
        || l == "n/a"
        || (l.starts_with("{{") && l.ends_with("}}"))
}

/// What a section is about, from its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    TrainingData,
    TrainingProcedure,
    Evaluation,
    Uses,
    Limitations,
}

pub fn topic(title: &str) -> Option<Topic> {
    let t = title.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if has(&[
        "training data",
        "pretraining data",
        "pre-training data",
        "dataset",
        "data mix",
    ]) {
        Some(Topic::TrainingData)
    } else if has(&[
        "training procedure",
        "training details",
        "preprocessing",
        "hyperparameter",
        "training recipe",
    ]) || matches!(
        t.trim(),
        "training" | "pretraining" | "pre-training" | "fine-tuning" | "finetuning"
    ) {
        Some(Topic::TrainingProcedure)
    } else if has(&["evaluation", "results", "benchmark"]) {
        Some(Topic::Evaluation)
    } else if has(&["intended use", "uses", "use case", "out-of-scope"]) {
        Some(Topic::Uses)
    } else if has(&["limitation", "bias", "risk"]) {
        Some(Topic::Limitations)
    } else {
        None
    }
}

/// The release type and output modalities a Hub pipeline tag implies.
fn pipeline(tag: &str) -> Option<(&'static str, &'static [&'static str])> {
    Some(match tag {
        "text-generation"
        | "text2text-generation"
        | "summarization"
        | "translation"
        | "question-answering"
        | "fill-mask"
        | "conversational" => ("language", &["text"]),
        "text-classification"
        | "token-classification"
        | "zero-shot-classification"
        | "sentence-similarity"
        | "feature-extraction" => ("language", &["other"]),
        "text-to-image" | "image-to-image" | "unconditional-image-generation" => {
            ("vision", &["image"])
        }
        "image-classification"
        | "object-detection"
        | "image-segmentation"
        | "depth-estimation"
        | "zero-shot-image-classification"
        | "mask-generation" => ("vision", &["other"]),
        "image-to-text"
        | "image-text-to-text"
        | "visual-question-answering"
        | "document-question-answering"
        | "video-text-to-text" => ("multimodal", &["text"]),
        "text-to-video" | "image-to-video" => ("multimodal", &["video"]),
        "text-to-speech" | "text-to-audio" | "audio-to-audio" => ("audio", &["audio"]),
        "automatic-speech-recognition" => ("audio", &["text"]),
        "audio-classification" | "voice-activity-detection" => ("audio", &["other"]),
        _ => return None,
    })
}

/// Reads a card into a manifest-shaped tree. `root` is the front matter (possibly empty);
/// `text` the whole file, whose body starts at `body_start` on line `body_line`.
pub(crate) fn read(
    r: &mut Reader<'_>,
    root: Option<&Node>,
    text: &str,
    body_start: usize,
    body_line: u32,
) -> Node {
    r.lenient_licences = true;
    let mut s = Synth::new();
    let body = sections(text, body_start, body_line);
    let fm = |key: &str| root.and_then(|n| n.get(key));

    // Name: the card's own, its title (the first `#` heading), the first result set's, else
    // the folder; never a section heading ("Model Details", "Model Summary").
    let name = fm("model_name")
        .filter(|n| n.as_str().is_some())
        .cloned()
        .or_else(|| {
            body.iter()
                .find(|h| h.level == 1 && !is_section_title(&h.title))
                .map(|h| synth::text(title_name(&h.title), span_at(h.start, h.line)))
        })
        .or_else(|| {
            let first = fm("model-index").and_then(|n| match &n.value {
                Value::Seq(items) => items.first(),
                _ => None,
            })?;
            first.get("name").filter(|n| n.as_str().is_some()).cloned()
        });
    match name {
        Some(n) => s.set(&["release", "name"], n),
        None => {
            let folder = folder_name(r.source);
            r.warn(
                "W-CARD-NO-NAME",
                format!(
                    "the card names no model; the release is called `{folder}` after its folder"
                ),
                Span::FILE_START,
            );
            s.set(&["release", "name"], synth::text(&folder, Span::FILE_START))
        }
    };
    s.set(&["release", "kind"], synth::text("model", Span::FILE_START));

    // Licence of what the repository holds: the weights and the card.
    let licence = licence_node(r, fm("license"), fm("license_name"), fm("license_link"));
    if let Some(l) = &licence {
        s.set(
            &["components", "model-parameters-final", "license"],
            l.clone(),
        );
        s.set(&["components", "model-card", "license"], l.clone());
    } else {
        s.set(
            &["components", "model-parameters-final"],
            synth::map(Span::FILE_START),
        );
        r.warn(
            "W-CARD-NO-LICENCE",
            "the card states no `license`; the licence of the weights is unknown".into(),
            Span::FILE_START,
        );
    }
    s.set(
        &["components", "model-card", "location"],
        synth::text(file_name(r.source), Span::FILE_START),
    );

    if let Some(tag) = fm("pipeline_tag")
        && let Some((kind, outputs)) = tag.as_str().and_then(pipeline)
    {
        s.set(&["release", "type"], synth::text(kind, tag.span));
        for o in outputs {
            s.push(&["facts", "output_modalities"], synth::text(o, tag.span));
        }
    }

    if let Some(base) = fm("base_model") {
        let first = match &base.value {
            Value::Seq(items) => {
                if items.len() > 1 {
                    r.warn(
                        "W-CARD-MERGE",
                        format!(
                            "{} base models (a merge); the first is kept as `modified_from`",
                            items.len()
                        ),
                        base.span,
                    );
                }
                items.first()
            }
            _ => Some(base),
        };
        if let Some(b) = first.filter(|b| b.as_str().is_some()) {
            s.set(&["facts", "modified_from"], b.clone());
        }
    }

    if let Some(datasets) = fm("datasets") {
        let items: Vec<&Node> = match &datasets.value {
            Value::Seq(items) => items.iter().collect(),
            Value::Str(_) => vec![datasets],
            _ => Vec::new(),
        };
        for d in items {
            let Some(id) = d.as_str() else { continue };
            let url = format!("https://huggingface.co/datasets/{id}");
            s.push(
                &["components", "datasets", "sources"],
                synth::record(
                    vec![("name", d.clone()), ("location", synth::text(&url, d.span))],
                    d.span,
                ),
            );
        }
        if s.has(&["components", "datasets", "sources"]) {
            // The named datasets are sources with a Hub location; whether they are all the
            // training data, and published as trained on, the card does not say.
            s.set(
                &["components", "datasets", "published"],
                synth::text("unknown", datasets.span),
            );
        }
    }

    let has_results = fm("model-index").is_some_and(|n| match &n.value {
        Value::Seq(items) => items.iter().any(|i| i.get("results").is_some()),
        _ => false,
    });
    if has_results && let Some(n) = fm("model-index") {
        s.set(
            &["components", "evaluation-results", "location"],
            synth::text(file_name(r.source), n.span),
        );
    }

    if fm("extra_gated_eu_disallowed").is_some_and(|n| n.value == Value::Bool(true)) {
        let span = fm("extra_gated_eu_disallowed").map_or(Span::FILE_START, |n| n.span);
        r.warn(
            "W-CARD-EU-DISALLOWED",
            "the repository is gated and refuses users in the EU (`extra_gated_eu_disallowed`): \
             say in `facts.eu_market` whether the model is placed on the Union market"
                .into(),
            span,
        );
    }

    for sec in body.iter().filter(|s| s.has_content) {
        let span = span_at(sec.start, sec.line);
        match topic(&sec.title) {
            // A section is evidence that the card says something; whether it is the complete
            // Data Information OSAID asks for is not judged from a heading.
            Some(Topic::TrainingData) => {
                section_evidence(r, &mut s, "data_information.description", sec, span);
            }
            Some(Topic::TrainingProcedure) => {
                section_evidence(
                    r,
                    &mut s,
                    "data_information.training_methodology",
                    sec,
                    span,
                );
            }
            Some(Topic::Evaluation) => {
                s.set(
                    &["components", "evaluation-results", "location"],
                    synth::text(file_name(r.source), span),
                );
            }
            _ => {}
        }
    }
    body_links(r, &mut s, text, body_start, body_line);
    synth::partial_components(&mut s, Span::FILE_START);
    s.into_root()
}

/// Components the body's links show: a code repository whose path says what it holds, a Hub
/// dataset, the model's revisions or checkpoints, a paper. Each is published at that link (its
/// licence unknown unless stated) with the line as evidence; the first link of a kind wins, and
/// only it is evidence.
fn body_links(r: &Reader<'_>, s: &mut Synth, text: &str, body_start: usize, body_line: u32) {
    for link in links(text, body_start, body_line) {
        let span = Span {
            start: link.start,
            end: link.start + link.url.len(),
            line: link.line,
            column: 1,
        };
        let url = synth::text(&link.url, span);
        let (new, facts, note) = match link.kind {
            LinkKind::Code(components) => {
                let mut new = false;
                for c in components {
                    new |= s.set(&["components", c, "location"], url.clone());
                }
                let facts = components
                    .iter()
                    .map(|c| format!("components.{c}"))
                    .collect();
                (new, facts, "a code repository linked from the card")
            }
            LinkKind::Checkpoints => {
                let new = s.set(
                    &["components", "model-parameters-intermediate", "location"],
                    url.clone(),
                );
                (
                    new,
                    vec!["components.model-parameters-intermediate".to_owned()],
                    "revisions or checkpoints linked from the card",
                )
            }
            LinkKind::Paper => {
                let new = s.set(&["components", "research-paper", "location"], url.clone());
                (
                    new,
                    vec!["components.research-paper".to_owned()],
                    "a paper linked from the card",
                )
            }
            LinkKind::Dataset => {
                let id = link
                    .url
                    .split("/datasets/")
                    .nth(1)
                    .map(|d| d.split('/').take(2).collect::<Vec<_>>().join("/"))
                    .unwrap_or_default();
                let named = |n: &Node| n.get("name").and_then(Node::as_str) == Some(id.as_str());
                let already =
                    s.get(&["components", "datasets", "sources"])
                        .is_some_and(|l| match &l.value {
                            Value::Seq(items) => items.iter().any(named),
                            _ => false,
                        });
                if !already {
                    let location = format!("https://huggingface.co/datasets/{id}");
                    s.push(
                        &["components", "datasets", "sources"],
                        synth::record(
                            vec![
                                ("name", synth::text(&id, span)),
                                ("location", synth::text(&location, span)),
                            ],
                            span,
                        ),
                    );
                    s.set(
                        &["components", "datasets", "published"],
                        synth::text("unknown", span),
                    );
                }
                (
                    !already,
                    vec!["components.datasets.sources".to_owned()],
                    "a Hub dataset linked from the card",
                )
            }
        };
        if !new {
            continue;
        }
        for fact in facts {
            let line = link.line + r.line_offset;
            s.evidence(&fact, &url, file_name(r.source), line, "medium", note);
        }
    }
}

/// A title without the template's words ("Model Card for OLMo 2 13B", "Gemma 3 model card").
fn title_name(title: &str) -> &str {
    let lower = title.to_ascii_lowercase();
    let prefix = ["model card for ", "model card of ", "model card: "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map(|p| title[p.len()..].trim());
    let suffix = lower
        .strip_suffix(" model card")
        .map(|rest| title[..rest.len()].trim());
    prefix
        .or(suffix)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(title)
}

/// A level-1 heading that titles a section, not the model ("# Model Details" in BLOOM's card,
/// "# What is Yi?", "# Training", "# License").
fn is_section_title(title: &str) -> bool {
    let t = title.trim().to_ascii_lowercase();
    topic(&t).is_some()
        || t.ends_with('?')
        || matches!(
            t.as_str(),
            "model details"
                | "model summary"
                | "model information"
                | "model description"
                | "introduction"
                | "overview"
                | "table of contents"
                | "license"
                | "licence"
                | "citation"
                | "resources"
                | "usage"
                | "how to use"
                | "quickstart"
                | "quick start"
                | "limitations"
                | "training"
                | "key features"
                | "features"
                | "about"
                | "summary"
                | "description"
                | "architecture"
                | "results"
                | "benchmarks"
                | "acknowledgements"
                | "acknowledgments"
                | "contact"
                | "disclaimer"
                | "news"
                | "updates"
                | "requirements"
                | "installation"
                | "getting started"
                | "examples"
                | "inference"
        )
}

fn section_evidence(r: &Reader<'_>, s: &mut Synth, fact: &str, sec: &Section, span: Span) {
    let title = synth::text(&sec.title, span);
    let note = "a card section on this; whether it is complete is not judged";
    let line = span.line + r.line_offset;
    s.evidence(fact, &title, file_name(r.source), line, "medium", note);
}

/// The licence node: `license`, unless it is `other`, then `license_name`.
fn licence_node(
    r: &mut Reader<'_>,
    license: Option<&Node>,
    name: Option<&Node>,
    link: Option<&Node>,
) -> Option<Node> {
    let license = license?;
    let is_other = license
        .as_str()
        .is_some_and(|l| l.eq_ignore_ascii_case("other"));
    if !is_other {
        if let Value::Seq(items) = &license.value {
            // Several licences for one repository: all of them apply.
            let ids: Vec<&str> = items.iter().filter_map(Node::as_str).collect();
            return (!ids.is_empty()).then(|| synth::text(&ids.join(" AND "), license.span));
        }
        return Some(license.clone());
    }
    match name.filter(|n| n.as_str().is_some()) {
        Some(n) => Some(n.clone()),
        None => {
            let where_ = link
                .and_then(Node::as_str)
                .map(|l| format!(" (its text: {l})"))
                .unwrap_or_default();
            r.warn(
                "W-CARD-LICENCE-OTHER",
                format!(
                    "`license: other` without `license_name`{where_}: the licence is unknown; \
                     identify its text with `osai licence identify` or `osai scan`"
                ),
                license.span,
            );
            Some(license.clone())
        }
    }
}

fn span_at(start: usize, line: u32) -> Span {
    Span {
        start,
        end: start,
        line,
        column: 1,
    }
}

fn file_name(source: &str) -> &str {
    source.rsplit(['/', '\\']).next().unwrap_or(source)
}

fn folder_name(source: &str) -> String {
    let path = std::path::Path::new(source);
    path.parent()
        .and_then(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "unnamed-model".to_owned())
}

/// A parameter count a card's body states in words: "a 12 billion parameter model",
/// "| Total Parameters | 6.7B |", "Parameters: 1.1B". Written to `precision` (one unit of its
/// last digit: "6.7B" is to within 0.1 B).
#[derive(Debug, Clone, PartialEq)]
pub struct StatedCount {
    pub count: f64,
    pub precision: f64,
    pub line: u32,
    /// The words as the card writes them ("12 billion parameter").
    pub quote: String,
}

impl StatedCount {
    /// Whether a counted number agrees with the statement to within its rounding (a card
    /// may round or truncate: "2.7 billion" for 2,779,683,840).
    pub fn agrees_with(&self, counted: u64) -> bool {
        (counted as f64 - self.count).abs() < self.precision
    }
}

/// The first total parameter count the body of a card states (the front matter skipped). Not
/// a fact — a card rounds, and names other models — but what `osai scan` checks the weights'
/// headers against. Lines about active, non-embedding or trainable parameters, and mixture
/// names ("8x7B"), are not totals and are skipped. Linear in the text.
pub fn stated_parameters(text: &str) -> Option<StatedCount> {
    let (start, first_line) = match front_matter_end(text) {
        Some(end) => {
            let close = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
            (close, text[..close].matches('\n').count() as u32 + 1)
        }
        None => (0, 1),
    };
    let mut in_code = false;
    for (i, line) in text[start..].lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code || line.len() > 2_000 {
            continue;
        }
        let lower = line.to_ascii_lowercase();
        if !lower.contains("param")
            || ["activ", "embedding", "trainable", "per expert", "lora"]
                .iter()
                .any(|w| lower.contains(w))
        {
            continue;
        }
        if let Some((count, precision, quote)) = count_beside_param(&lower, line) {
            return Some(StatedCount {
                count,
                precision,
                line: first_line + i as u32,
                quote,
            });
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    /// A number as written (its value and one unit of its last digit), and where it starts.
    Number(f64, f64, usize),
    Word(&'a str, usize, usize),
    Mark(u8),
}

fn tokens(lower: &str) -> Vec<Token<'_>> {
    let b = lower.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b',') {
                i += 1;
            }
            let mut decimals = 0;
            if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                    decimals += 1;
                }
            }
            let digits: String = lower[start..i].chars().filter(|c| *c != ',').collect();
            if let Ok(v) = digits.parse::<f64>() {
                out.push(Token::Number(v, 10f64.powi(-decimals), start));
            }
        } else if c.is_ascii_alphabetic() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            out.push(Token::Word(&lower[start..i], start, i));
        } else {
            if !c.is_ascii_whitespace() {
                out.push(Token::Mark(c));
            }
            i += 1;
        }
    }
    out
}

fn scale(unit: &str) -> Option<f64> {
    Some(match unit {
        "b" | "bn" | "billion" | "billions" => 1e9,
        "m" | "million" | "millions" => 1e6,
        "t" | "trillion" => 1e12,
        _ => return None,
    })
}

fn is_param_word(w: &str) -> bool {
    matches!(w, "param" | "params" | "parameter" | "parameters")
}

/// `N unit [-] parameter(s)` or `parameter(s) [: | =] N unit`, from the line's tokens.
fn count_beside_param(lower: &str, line: &str) -> Option<(f64, f64, String)> {
    let t = tokens(lower);
    let quote = |from: usize, to: usize| line.get(from..to).unwrap_or_default().trim().to_owned();
    for (k, tok) in t.iter().enumerate() {
        let Token::Word(w, _, param_end) = *tok else {
            continue;
        };
        if !is_param_word(w) {
            continue;
        }
        // Before: "12 billion parameter", "1.1B-parameter", "7B parameters".
        let mut j = k;
        while j > 0 && matches!(t[j - 1], Token::Mark(b'-' | b'*' | b'_')) {
            j -= 1;
        }
        if j >= 2
            && let (Token::Number(v, p, from), Token::Word(u, _, _)) = (t[j - 2], t[j - 1])
            && let Some(s) = scale(u)
            && !mixture_name(&t, j - 2)
        {
            return Some((v * s, p * s, quote(from, param_end)));
        }
        // A count written out: "6,738,415,616 parameters".
        if j >= 1
            && let Token::Number(v, p, from) = t[j - 1]
            && v >= 1e6
        {
            return Some((v, p, quote(from, param_end)));
        }
        // After: "Parameters: 1.1B", "| Total Parameters | 6.7B |".
        let mut j = k + 1;
        while let Some(Token::Mark(b':' | b'|' | b'=' | b'*')) = t.get(j) {
            j += 1;
        }
        if j > k + 1
            && let (Some(Token::Number(v, p, _)), Some(Token::Word(u, _, end))) =
                (t.get(j), t.get(j + 1))
            && let Some(s) = scale(u)
            && !mixture_name(&t, j)
        {
            let Token::Word(_, from, _) = *tok else {
                continue;
            };
            return Some((v * s, p * s, quote(from, *end)));
        }
    }
    None
}

/// "8 x 7B", "8*7B": a number just after `N x` names a mixture's experts, not a total ("8x7B"
/// is one word and never read as a number).
fn mixture_name(t: &[Token<'_>], number: usize) -> bool {
    number >= 2
        && matches!(t[number - 1], Token::Word("x", _, _) | Token::Mark(b'*'))
        && matches!(t[number - 2], Token::Number(..))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// OLMo 2's and Llama 3's cards open on "## Model Details", Phi-2's on "## Model Summary":
    /// section headings, not names. The title is the `#` heading, else the result set's name.
    #[test]
    fn the_name_is_the_title_never_a_section_heading() {
        let name = |text: &str| {
            crate::read_str("README.md", text)
                .map(|m| m.manifest.release.name)
                .unwrap_or_else(|e| panic!("{}", e.render_short()))
        };
        let index = "model-index:\n- name: OLMo-2-1124-7B\n  results: []\n";
        assert_eq!(
            name(&format!(
                "---\nlicense: apache-2.0\n{index}---\n## Model Details\n\ntext\n"
            )),
            "OLMo-2-1124-7B"
        );
        assert_eq!(
            name(&format!(
                "---\nlicense: apache-2.0\n{index}---\n## Summary\n\n# OLMo 2 7B\n"
            )),
            "OLMo 2 7B"
        );
        let folder = name("---\nlicense: mit\n---\n## Model Summary\n\nPhi-2 is a model.\n");
        assert_ne!(folder, "Model Summary");
    }

    #[test]
    fn front_matter_must_open_the_file_and_close() {
        assert_eq!(front_matter_end("---\na: 1\n---\n# x\n"), Some(9));
        assert_eq!(front_matter_end("\n---\r\na: 1\r\n---  \r\nbody"), Some(12));
        assert_eq!(front_matter_end("# x\n---\na: 1\n---\n"), None);
        assert_eq!(front_matter_end("---\na: 1\n"), None);
    }

    #[test]
    fn sections_skip_template_filler_and_code() {
        let text = "# M\n\n## Training Data\n\n[More Information Needed]\n\n## Evaluation\n```\n# not a heading\n```\n";
        let s = sections(text, 0, 1);
        let titles: Vec<_> = s
            .iter()
            .map(|s| (s.title.as_str(), s.line, s.has_content))
            .collect();
        assert_eq!(
            titles,
            [
                ("M", 1, true),
                ("Training Data", 3, false),
                ("Evaluation", 7, true)
            ]
        );
    }

    #[test]
    fn stated_parameter_counts_are_read_in_the_shapes_cards_write_them() {
        let count = |body: &str| stated_parameters(body).map(|c| (c.count, c.precision, c.line));
        let front = "---\nlicense: mit\nbase_model: x/7b-parameters\n---\n";
        assert_eq!(
            count(&format!(
                "{front}# F\n\n`F` is a 12 billion parameter rectified flow transformer\n"
            )),
            Some((12e9, 1e9, 7))
        );
        assert_eq!(
            count("| Model | Total Parameters | x |\n|---|---|---|\n| Total Parameters | 6.7B |\n"),
            Some((6.7e9, 0.1e9, 3))
        );
        assert_eq!(count("Parameters: 1.1B\n"), Some((1.1e9, 0.1e9, 1)));
        assert_eq!(count("a 1.1B-parameter model\n"), Some((1.1e9, 0.1e9, 1)));
        assert_eq!(
            count("Phi-2 is a Transformer with **2.7 billion** parameters.\n"),
            Some((2.7e9, 0.1e9, 1))
        );
        assert_eq!(count("**Parameters**: **1.1B**\n"), Some((1.1e9, 0.1e9, 1)));
        assert_eq!(
            count("It has 6,738,415,616 parameters.\n"),
            Some((6_738_415_616.0, 1.0, 1))
        );
        // Not totals: active, non-embedding, LoRA, mixtures, code blocks, plain names.
        for not in [
            "37B activated parameters per token\n",
            "Number of Parameters (Non-Embedding): 6.5B\n",
            "LoRA: 4M trainable parameters\n",
            "a sparse 8 x 7B parameter mixture\n",
            "```\nparams = 7B parameters\n```\n",
            "# Llama-3.1-8B\nsee the parameters below\n",
        ] {
            assert_eq!(count(not), None, "{not}");
        }
        let c = stated_parameters("a 2.7 billion parameter model").unwrap();
        assert_eq!(c.quote, "2.7 billion parameter");
        assert!(
            c.agrees_with(2_779_683_840),
            "truncated is within the rounding"
        );
        assert!(
            !stated_parameters("a 7B parameter model")
                .unwrap()
                .agrees_with(8_537_680_896)
        );
    }
}
