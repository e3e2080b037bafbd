//! Licence text identification.
//!
//! AI licences are not in the SPDX list and score poorly against it, so they are recognised by
//! features recorded in the licence base (titles, a clause that must be there, phrases that must
//! not): no licence text is shipped. Everything else goes to the `spdx` crate's detector; a text
//! that is close to an SPDX licence but not close enough (a changed clause) is reported as a
//! modified licence, never as the pristine one.

use std::sync::OnceLock;

use osai_engine::licence::{Category, LicenceBase, LicenceEntry};
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
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars() {
        if c.is_alphanumeric() || c == '+' {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
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
                Some(Features {
                    entry: e,
                    titles: norm(&f.title),
                    policy_titles: norm(&f.policy_title),
                    require: norm(&f.require),
                    exclude: norm(&f.exclude),
                })
            })
            .collect();
        Self {
            base,
            features,
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
            .get_or_init(|| spdx::detection::Store::load_inline().ok())
            .as_ref()
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
            added_phrases(text, m.name)
        } else {
            0
        };
        if m.score >= PRISTINE && added == 0 {
            Identification {
                id: Some(m.name.to_owned()),
                name: Some(full),
                confidence: score,
                kind: Kind::Licence,
                evidence: format!("SPDX text match {:.3}", m.score),
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

/// How many word trigrams of the text (copyright and title lines aside) the SPDX reference text
/// of `id` does not contain: an added or reworded clause shows up here even when the overall
/// similarity stays high.
fn added_phrases(text: &str, id: &str) -> usize {
    let Some(lid) = spdx::license_id(id) else {
        return 0;
    };
    let trigrams = |t: &str| -> std::collections::HashSet<String> {
        let words: Vec<String> = t
            .lines()
            .filter(|l| {
                let l = l.trim_start().to_lowercase();
                let statement = l.contains("(c)")
                    || l.contains('©')
                    || l.contains("yyyy")
                    || l.contains("<year>")
                    || l.chars().any(|c| c.is_ascii_digit());
                !((l.starts_with("copyright") && statement) || l.starts_with('©'))
            })
            .flat_map(|l| {
                normalise(l)
                    .split(' ')
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        words.windows(3).map(|w| w.join(" ")).collect()
    };
    let reference = trigrams(lid.text());
    let candidate = trigrams(text);
    let novel = candidate.iter().filter(|t| !reference.contains(*t)).count();
    // Title lines ("MIT License") and stray formatting give a few; a clause gives many.
    if novel <= 3 { 0 } else { novel }
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
