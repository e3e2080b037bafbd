//! Licence text identification.
//!
//! AI licences are not in the SPDX list and score poorly against it, so they are recognised by
//! features recorded in the licence base (titles, a clause that must be there, phrases that must
//! not): no licence text is shipped. Everything else goes to the `spdx` crate's detector; a text
//! that is close to an SPDX licence but not close enough (a changed clause) is reported as a
//! modified licence, never as the pristine one. Passages the licence base marks optional (a
//! publisher's preface or closing notice, the GPL appended to LGPL-3.0) are compared both ways:
//! the detector also knows each text without them, and they never count as changes.

use std::sync::OnceLock;

use osai_engine::licence::{Category, LicenceBase, LicenceEntry};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// Score at or above which an SPDX match is the licence itself.
pub const PRISTINE: f32 = 0.95;
/// Score at or above which an SPDX match is reported as a modified version of the licence.
pub const RELATED: f32 = 0.75;
/// How much of the start of a text a title must appear in.
const HEAD_CHARS: usize = 600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Licence,
    Policy,
    Notice,
}

/// What a text was identified as.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Identification {
    /// The licence id, `null` when nothing matches well enough to name it.
    pub id: Option<String>,
    pub name: Option<String>,
    pub confidence: f64,
    pub kind: Kind,
    /// Why, in a few words (the feature that matched, or how close the SPDX text is).
    pub evidence: String,
}

impl Identification {
    fn none(evidence: impl Into<String>) -> Self {
        Self {
            id: None,
            name: None,
            confidence: 0.0,
            kind: Kind::Licence,
            evidence: evidence.into(),
        }
    }
}

/// Lower case, punctuation folded to spaces (`+` kept: RAIL++), white space collapsed.
pub fn normalise(text: &str) -> String {
    normalise_mapped(text).0
}

/// [`normalise`], with the byte offset in `text` of the character behind each output byte.
fn normalise_mapped(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len());
    let mut space = true;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || c == '+' {
            for l in c.to_lowercase() {
                out.push(l);
                at.resize(out.len(), i);
            }
            space = false;
        } else if !space {
            out.push(' ');
            at.push(i);
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
        at.pop();
    }
    (out, at)
}

/// An optional passage in normalised words: from `from` up to `until` (or the end).
struct Passage {
    from: String,
    until: Option<String>,
}

impl Passage {
    /// `text` without the passage (`None` when it is not there). Found in normalised words, cut
    /// in the original so that the line structure the detector relies on stays.
    fn cut(&self, text: &str) -> Option<String> {
        let (norm, at) = normalise_mapped(text);
        let start = norm.find(self.from.as_str())?;
        let end = match &self.until {
            Some(u) => start + norm[start..].find(u.as_str())?,
            None => norm.len(),
        };
        let raw = |i: usize| at.get(i).copied().unwrap_or(text.len());
        Some(format!("{}{}", &text[..raw(start)], &text[raw(end)..]))
    }
}

fn cut_all(passages: &[Passage], text: &str) -> String {
    passages
        .iter()
        .fold(text.to_owned(), |t, p| p.cut(&t).unwrap_or(t))
}

fn head(norm: &str) -> &str {
    let mut end = norm.len().min(HEAD_CHARS);
    while !norm.is_char_boundary(end) {
        end -= 1;
    }
    &norm[..end]
}

/// The identifier: the licence base's features, and the SPDX detector loaded on first need.
pub struct Identifier {
    base: &'static LicenceBase,
    features: Vec<Features<'static>>,
    /// SPDX id → its optional passages.
    optional: HashMap<&'static str, Vec<Passage>>,
    store: OnceLock<Option<spdx::detection::Store>>,
}

struct Features<'a> {
    entry: &'a LicenceEntry,
    titles: Vec<String>,
    policy_titles: Vec<String>,
    require: Vec<String>,
    exclude: Vec<String>,
}

impl Default for Identifier {
    fn default() -> Self {
        Self::new()
    }
}

impl Identifier {
    pub fn new() -> Self {
        let base = LicenceBase::builtin();
        let norm = |v: &[String]| v.iter().map(|s| normalise(s)).collect::<Vec<_>>();
        let features = base
            .entries()
            .filter_map(|e| {
                let f = e.identify.as_ref()?;
                if f.title.is_empty() && f.policy_title.is_empty() {
                    return None;
                }
                Some(Features {
                    entry: e,
                    titles: norm(&f.title),
                    policy_titles: norm(&f.policy_title),
                    require: norm(&f.require),
                    exclude: norm(&f.exclude),
                })
            })
            .collect();
        let optional = base
            .entries()
            .filter_map(|e| {
                let f = e.identify.as_ref().filter(|f| !f.optional.is_empty())?;
                let passages = f
                    .optional
                    .iter()
                    .map(|o| Passage {
                        from: normalise(&o.from),
                        until: o.until.as_deref().map(normalise),
                    })
                    .collect();
                Some((e.id.as_str(), passages))
            })
            .collect();
        Self {
            base,
            features,
            optional,
            store: OnceLock::new(),
        }
    }

    /// One identifier for the process (its SPDX store takes a while to load).
    pub fn shared() -> &'static Identifier {
        static SHARED: OnceLock<Identifier> = OnceLock::new();
        SHARED.get_or_init(Identifier::new)
    }

    fn store(&self) -> Option<&spdx::detection::Store> {
        self.store
            .get_or_init(|| {
                let mut store = spdx::detection::Store::load_inline().ok()?;
                self.add_shorter_printings(&mut store);
                Some(store)
            })
            .as_ref()
    }

    /// Each SPDX text with optional passages is also known without them.
    fn add_shorter_printings(&self, store: &mut spdx::detection::Store) {
        for (id, passages) in &self.optional {
            let Some(full) = spdx::license_id(id).map(|l| l.text()) else {
                continue;
            };
            let short = cut_all(passages, full);
            if short.len() == full.len() {
                continue;
            }
            // The detector keeps one name for identical texts (LGPL-3.0-or-later for -only).
            let Some(name) = store_name(store, id) else {
                continue;
            };
            // Cannot fail: the name comes from the store.
            let _ = store.add_variant(
                &name,
                spdx::detection::LicenseType::Alternate,
                spdx::detection::TextData::new(&short),
            );
        }
    }

    /// The optional passages of the licence the detector calls `name` (the detector names a
    /// GPL-family text `-or-later`; the licence base curates `-only`).
    fn optional_of(&self, name: &str) -> &[Passage] {
        let only = name
            .strip_suffix("-or-later")
            .map(|stem| format!("{stem}-only"));
        self.optional
            .get(name)
            .or_else(|| only.and_then(|o| self.optional.get(o.as_str())))
            .map_or(&[], Vec::as_slice)
    }

    /// Identifies one text.
    pub fn identify(&self, text: &str) -> Identification {
        let norm = normalise(text);
        if norm.is_empty() {
            return Identification::none("empty text");
        }
        if let Some(found) = self.by_features(&norm) {
            return found;
        }
        if let Some(found) = self.notice(&norm) {
            return found;
        }
        self.by_spdx(text)
    }

    fn by_features(&self, norm: &str) -> Option<Identification> {
        let head = head(norm);
        let mut best: Option<(usize, Identification)> = None;
        for f in &self.features {
            if f.exclude.iter().any(|x| norm.contains(x.as_str())) {
                continue;
            }
            let policy = f.policy_titles.iter().find(|t| head.contains(t.as_str()));
            let title = f.titles.iter().find(|t| head.contains(t.as_str()));
            let (matched, kind) = match (title, policy) {
                (Some(t), _) => (t, Kind::Licence),
                (None, Some(p)) => (p, Kind::Policy),
                (None, None) => continue,
            };
            if kind == Kind::Licence && !f.require.iter().all(|r| norm.contains(r.as_str())) {
                continue;
            }
            let confidence = if f.require.is_empty() { 0.95 } else { 0.99 };
            let evidence = match kind {
                Kind::Policy => format!("acceptable-use policy titled \"{matched}\""),
                _ if f.require.is_empty() => format!("titled \"{matched}\""),
                _ => format!(
                    "titled \"{matched}\", with \"{}\"",
                    f.require.join("\", \"")
                ),
            };
            let found = Identification {
                id: Some(f.entry.id.clone()),
                name: Some(f.entry.name.clone()),
                confidence,
                kind,
                evidence,
            };
            // The longest matching title is the most specific (3.1 over 3).
            if best.as_ref().is_none_or(|(len, _)| matched.len() > *len) {
                best = Some((matched.len(), found));
            }
        }
        best.map(|(_, i)| i)
    }

    /// A short notice file naming the licence ("X is licensed under the Y").
    fn notice(&self, norm: &str) -> Option<Identification> {
        if norm.len() > 1500
            || !(norm.contains("licensed under") || norm.contains("provided under and subject to"))
        {
            return None;
        }
        let mut best: Option<(&LicenceEntry, usize)> = None;
        for e in self
            .base
            .entries()
            .filter(|e| e.category == Category::Licence)
        {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                let n = normalise(name);
                if n.len() >= 12
                    && norm.contains(n.as_str())
                    && best.is_none_or(|(_, l)| n.len() > l)
                {
                    best = Some((e, n.len()));
                }
            }
        }
        let (e, _) = best?;
        Some(Identification {
            id: Some(e.id.clone()),
            name: Some(e.name.clone()),
            confidence: 0.9,
            kind: Kind::Notice,
            evidence: format!("a notice naming {}", e.name),
        })
    }

    fn by_spdx(&self, text: &str) -> Identification {
        let Some(store) = self.store() else {
            return Identification::none("the SPDX licence texts could not be loaded");
        };
        let m = store.analyze(&spdx::detection::TextData::new(text));
        let score = f64::from(m.score);
        let full = spdx::license_id(m.name).map_or(m.name.to_owned(), |l| l.full_name.to_owned());
        let added = if m.score >= RELATED {
            added_phrases(text, m.name, self.optional_of(m.name))
        } else {
            0
        };
        if m.score >= PRISTINE && added == 0 {
            Identification {
                id: Some(m.name.to_owned()),
                name: Some(full),
                confidence: score,
                kind: Kind::Licence,
                evidence: format!("SPDX text match {:.3}{}", m.score, same_text_note(m.name)),
            }
        } else if m.score >= RELATED {
            Identification {
                id: None,
                name: Some(format!("modified {full}")),
                confidence: score,
                kind: Kind::Licence,
                evidence: format!(
                    "close to {} ({:.3}) but changed ({added} phrases the licence does not have): not the pristine licence; read the changes",
                    m.name, m.score
                ),
            }
        } else {
            Identification {
                evidence: format!(
                    "no licence matches (closest SPDX text: {} at {:.3})",
                    m.name, m.score
                ),
                ..Identification::none("")
            }
        }
    }
}

/// GPL-family texts do not say whether later versions apply; the notices in the files do.
fn same_text_note(id: &str) -> String {
    let Some(stem) = id.strip_suffix("-or-later") else {
        return String::new();
    };
    let only = format!("{stem}-only");
    let same = spdx::license_id(&only)
        .zip(spdx::license_id(id))
        .is_some_and(|(a, b)| {
            let (a, b) = (
                spdx::detection::TextData::new(a.text()),
                spdx::detection::TextData::new(b.text()),
            );
            a.match_score(&b) >= 0.99
        });
    if same {
        format!(
            "; the text is the same for {only}: the notices in the files say whether later versions apply"
        )
    } else {
        String::new()
    }
}

/// The name under which the detector holds the text of `id`: it keeps one name for texts that
/// differ only in printing (LGPL-3.0-or-later for LGPL-3.0-only).
fn store_name(store: &spdx::detection::Store, id: &str) -> Option<String> {
    if store.get_original(id).is_some() {
        return Some(id.to_owned());
    }
    let text = spdx::license_id(id)?.text();
    let m = store.analyze(&spdx::detection::TextData::new(text));
    (m.score >= 0.99).then(|| m.name.to_owned())
}

/// How many word trigrams of the text the SPDX reference text of `id` does not contain: an
/// added or reworded clause shows up here even when the overall similarity stays high. Copyright
/// lines, list markers ("a.", "(1)"), web addresses and the licence's optional passages are left
/// out first: copies differ in them without changing the terms.
fn added_phrases(text: &str, id: &str, optional: &[Passage]) -> usize {
    let Some(lid) = spdx::license_id(id) else {
        return 0;
    };
    let trigrams = |t: &str, markers: Markers| -> std::collections::HashSet<String> {
        let words = words(t, markers);
        words.windows(3).map(|w| w.join(" ")).collect()
    };
    // The reference with and without its optional passages (cutting one joins what was around
    // it), its list markers read either way: copies break lines and number lists differently.
    let short = cut_all(optional, lid.text());
    let mut reference = std::collections::HashSet::new();
    for t in [lid.text(), short.as_str()] {
        for m in [Markers::Keep, Markers::Strip] {
            reference.extend(trigrams(t, m));
        }
    }
    let candidate = trigrams(&cut_all(optional, text), Markers::AfterSentence);
    let novel = candidate.iter().filter(|t| !reference.contains(*t)).count();
    // Title lines ("MIT License") and stray formatting give a few; a clause gives many.
    if novel <= 3 { 0 } else { novel }
}

#[derive(Clone, Copy, PartialEq)]
enum Markers {
    Keep,
    Strip,
    /// A marker opens a list item only where a sentence ended: "Section 2(a)\n(4) never" is one.
    AfterSentence,
}

/// The words of `text` in normalised form, copyright lines and web addresses left out, list
/// markers as `markers` says.
fn words(text: &str, markers: Markers) -> Vec<String> {
    let mut words = Vec::new();
    let mut after_sentence = true;
    for line in text.lines().filter(|l| !is_copyright_line(l)) {
        let trimmed = line.trim_end();
        let strip = match markers {
            Markers::Keep => false,
            Markers::Strip => true,
            Markers::AfterSentence => after_sentence,
        };
        let body = if strip {
            strip_list_marker(trimmed)
        } else {
            trimmed.trim_start()
        };
        if !trimmed.is_empty() {
            after_sentence = trimmed.ends_with(['.', ':', ';', '#']) || is_heading(trimmed);
        } else {
            after_sentence = true;
        }
        words.extend(
            normalise(&without_urls(body))
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned),
        );
    }
    words
}

/// A short line with no sentence in it ("1. Definitions", "Section 3 -- License Conditions").
fn is_heading(line: &str) -> bool {
    line.split_whitespace().count() <= 6 && !line.trim_end().ends_with(',')
}

fn is_copyright_line(line: &str) -> bool {
    let l = line.trim_start().to_lowercase();
    let statement = l.contains("(c)")
        || l.contains('©')
        || l.contains("yyyy")
        || l.contains("<year>")
        || l.chars().any(|c| c.is_ascii_digit());
    (l.starts_with("copyright") && statement) || l.starts_with('©')
}

/// The line without its leading list markers: "a.", "(b)", "1.", "iv)", "*", "-", "#".
fn strip_list_marker(line: &str) -> &str {
    let mut rest = line.trim_start();
    while let Some(n) = list_marker_len(rest) {
        rest = rest[n..].trim_start();
    }
    rest
}

fn list_marker_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    if matches!(bytes.first(), Some(b'*' | b'-' | b'#')) {
        return Some(1);
    }
    let open = usize::from(matches!(bytes.first(), Some(b'(' | b'[')));
    let label = &bytes[open..];
    let len = label
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let label = &label[..len];
    let numeric = label.iter().all(u8::is_ascii_digit);
    let roman = label.iter().all(|b| b"ivxIVX".contains(b));
    if len == 0 || !(len == 1 || (numeric && len <= 3) || (roman && len <= 4)) {
        return None;
    }
    let close = *bytes.get(open + len)?;
    let spaced = bytes
        .get(open + len + 1)
        .is_none_or(|b| b.is_ascii_whitespace());
    (matches!(close, b'.' | b')' | b']') && spaced).then_some(open + len + 1)
}

/// The line with web addresses (and so Markdown link targets) cut off their words.
fn without_urls(line: &str) -> String {
    line.split_whitespace()
        .map(|w| {
            w.find("http://")
                .or_else(|| w.find("https://"))
                .map_or(w, |at| &w[..at])
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_keeps_plus_and_folds_punctuation() {
        assert_eq!(
            normalise("**CreativeML Open RAIL++-M**  License"),
            "creativeml open rail++ m license"
        );
        assert_eq!(normalise("“Llama 3.1”"), "llama 3 1");
    }

    #[test]
    fn pristine_mit_and_a_changed_mit() {
        let id = Identifier::new();
        let mit = "MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n";
        let r = id.identify(mit);
        assert_eq!(r.id.as_deref(), Some("MIT"), "{r:?}");
        let changed = mit.replace(
            "The above copyright notice",
            "The Software shall not be used for military purposes. The above copyright notice",
        );
        let r = id.identify(&changed);
        assert_ne!(r.id.as_deref(), Some("MIT"), "{r:?}");
    }

    #[test]
    fn notices_name_their_licence() {
        let id = Identifier::new();
        let r = id.identify("Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.");
        assert_eq!(
            (r.id.as_deref(), r.kind),
            (Some("LicenseRef-Llama-3.1"), Kind::Notice)
        );
    }

    #[test]
    fn empty_and_unrelated_texts_name_nothing() {
        let id = Identifier::new();
        assert_eq!(id.identify("").id, None);
        assert_eq!(id.identify("Just a README about cats.").id, None);
    }
}
