//! Hub ids as people write them: `hf:org/name`, `hf:org/name@revision`, and the page address
//! `https://huggingface.co/org/name` (with `/tree/REVISION` when one is shown).

use std::fmt;

/// A model repository on a hub, and the revision asked for (a branch, tag or commit).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HubId {
    /// `org/name` (or a legacy `name` without an organisation).
    pub repo: String,
    pub revision: Option<String>,
}

impl fmt::Display for HubId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "hf:{}", self.repo)?;
        if let Some(r) = &self.revision {
            write!(f, "@{r}")?;
        }
        Ok(())
    }
}

/// Whether an argument names a hub repository rather than a file.
pub fn is_hub_id(arg: &str) -> bool {
    arg.starts_with("hf:") || arg.starts_with("https://huggingface.co/")
}

fn valid_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 96
        && !s.starts_with(['.', '-'])
        && !s.contains("..")
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

fn valid_revision(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && !s.contains("..")
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'))
}

impl HubId {
    /// Reads `hf:org/name[@revision]` or `https://huggingface.co/org/name[/tree/revision]`.
    pub fn parse(arg: &str) -> Result<Self, String> {
        let arg = arg.trim();
        let (repo, revision) = if let Some(rest) = arg.strip_prefix("hf:") {
            match rest.split_once('@') {
                Some((r, rev)) => (r.to_owned(), Some(rev.to_owned())),
                None => (rest.to_owned(), None),
            }
        } else if let Some(rest) = arg.strip_prefix("https://huggingface.co/") {
            let rest = rest.split(['?', '#']).next().unwrap_or_default();
            let parts: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
            match parts.as_slice() {
                ["datasets" | "spaces", ..] => {
                    return Err(format!(
                        "`{arg}` is not a model repository: osai scans models (hf:ORG/NAME)"
                    ));
                }
                [org, name, "tree" | "blob" | "resolve", rev @ ..] if !rev.is_empty() => {
                    (format!("{org}/{name}"), Some(rev.join("/")))
                }
                [org, name] => (format!("{org}/{name}"), None),
                [name] => ((*name).to_owned(), None),
                _ => {
                    return Err(format!(
                        "`{arg}` is not a model page address: expected https://huggingface.co/ORG/NAME"
                    ));
                }
            }
        } else {
            return Err(format!(
                "`{arg}` is not a hub id: write hf:ORG/NAME (or hf:ORG/NAME@REVISION)"
            ));
        };
        let segments: Vec<&str> = repo.split('/').collect();
        if segments.len() > 2 || !segments.iter().all(|s| valid_segment(s)) {
            return Err(format!(
                "`{repo}` is not a repository id: expected ORG/NAME, letters, digits, `-`, `_` and `.`"
            ));
        }
        if let Some(r) = &revision
            && !valid_revision(r)
        {
            return Err(format!(
                "`{r}` is not a revision: a branch, tag or commit (letters, digits, `-`, `_`, `.`, `/`)"
            ));
        }
        Ok(Self { repo, revision })
    }

    /// As a person types it: `ORG/NAME` is read as `hf:ORG/NAME`; the other forms as `parse`.
    pub fn parse_typed(arg: &str) -> Result<Self, String> {
        let arg = arg.trim();
        if arg.starts_with("hf:") || arg.contains("://") {
            Self::parse(arg)
        } else {
            Self::parse(&format!("hf:{arg}"))
        }
    }

    /// The revision asked for, `main` when none was.
    pub fn revision_or_main(&self) -> &str {
        self.revision.as_deref().unwrap_or("main")
    }

    /// The folder name the Hugging Face cache gives this repository (`models--org--name`).
    pub fn cache_folder(&self) -> String {
        format!("models--{}", self.repo.replace('/', "--"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_as_people_write_them() {
        let id = HubId::parse("hf:allenai/OLMo-2-1124-7B").unwrap();
        assert_eq!(id.repo, "allenai/OLMo-2-1124-7B");
        assert_eq!(id.revision, None);
        let id = HubId::parse("hf:org/m@v1.0").unwrap();
        assert_eq!(id.revision.as_deref(), Some("v1.0"));
        let id = HubId::parse("https://huggingface.co/org/m/tree/refs/pr/3").unwrap();
        assert_eq!(id.revision.as_deref(), Some("refs/pr/3"));
        let id = HubId::parse("https://huggingface.co/gpt2").unwrap();
        assert_eq!(id.repo, "gpt2");
        assert_eq!(id.to_string(), "hf:gpt2");
        assert_eq!(id.cache_folder(), "models--gpt2");
    }

    #[test]
    fn nothing_that_leaves_the_repository_is_an_id() {
        for bad in [
            "hf:../etc/passwd",
            "hf:a/b/c",
            "hf:org/",
            "hf:org/na me",
            "hf:org/m@../../x",
            "hf:org/m@",
            "https://huggingface.co/datasets/x/y",
            "https://huggingface.co/a/b/c",
            "hf:a--b/c",
            "org/name",
        ] {
            assert!(HubId::parse(bad).is_err(), "{bad}");
        }
    }
}
