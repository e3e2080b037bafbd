//! A manifest-shaped tree built by an importer from another format's nodes, then read by the
//! manifest reader: every check of the manifest format applies to imported documents, and
//! every error points at the place in the imported file the value came from.

use crate::tree::{Node, Span, Value};

pub(crate) struct Synth {
    root: Node,
}

impl Synth {
    pub fn new() -> Self {
        let mut s = Self {
            root: map(Span::FILE_START),
        };
        s.set(
            &["osai"],
            Node {
                value: Value::Int(1),
                span: Span::FILE_START,
                raw: Some("1".into()),
            },
        );
        s
    }

    /// Sets `path` (keys from the root) to `node`, creating mappings on the way; a value already
    /// there is kept (the first source of a fact wins).
    pub fn set(&mut self, path: &[&str], node: Node) -> bool {
        let span = node.span;
        let Some((last, parents)) = path.split_last() else {
            return false;
        };
        let mut cur = &mut self.root;
        for key in parents {
            cur = match entry(cur, key, span) {
                Some(n) => n,
                None => return false,
            };
        }
        let Value::Map(entries) = &mut cur.value else {
            return false;
        };
        if entries.iter().any(|(k, _)| k.as_str() == Some(last)) {
            return false;
        }
        entries.push((text(last, span), node));
        true
    }

    /// Whether a value is set at `path`.
    pub fn has(&self, path: &[&str]) -> bool {
        self.get(path).is_some()
    }

    /// The value at `path`.
    pub fn get(&self, path: &[&str]) -> Option<&Node> {
        path.iter().try_fold(&self.root, |cur, key| cur.get(key))
    }

    /// Appends an `evidence` entry: `fact` read from `file` (`value`'s line, or `line`), with
    /// its confidence and how it was read.
    pub fn evidence(
        &mut self,
        fact: &str,
        value: &Node,
        file: &str,
        line: u32,
        confidence: &str,
        note: &str,
    ) {
        let span = value.span;
        let mut pairs = vec![("fact", text(fact, span))];
        if let Some(v) = value.scalar_text() {
            pairs.push(("value", text(v, span)));
        }
        pairs.extend([
            ("file", text(file, span)),
            ("line", number(f64::from(line), span)),
            ("confidence", text(confidence, span)),
            ("note", text(note, span)),
        ]);
        self.push(&["evidence"], record(pairs, span));
    }

    /// Appends `node` to the list at `path`, creating it.
    pub fn push(&mut self, path: &[&str], node: Node) {
        let span = node.span;
        if !self.has(path) {
            self.set(
                path,
                Node {
                    value: Value::Seq(Vec::new()),
                    span,
                    raw: None,
                },
            );
        }
        let mut cur = &mut self.root;
        for key in path {
            let Some(n) = entry(cur, key, span) else {
                return;
            };
            cur = n;
        }
        if let Value::Seq(items) = &mut cur.value {
            items.push(node);
        }
    }

    pub fn into_root(self) -> Node {
        self.root
    }
}

fn entry<'n>(node: &'n mut Node, key: &str, span: Span) -> Option<&'n mut Node> {
    let Value::Map(entries) = &mut node.value else {
        return None;
    };
    let i = match entries.iter().position(|(k, _)| k.as_str() == Some(key)) {
        Some(i) => i,
        None => {
            entries.push((text(key, span), map(span)));
            entries.len() - 1
        }
    };
    Some(&mut entries[i].1)
}

pub(crate) fn map(span: Span) -> Node {
    Node {
        value: Value::Map(Vec::new()),
        span,
        raw: None,
    }
}

pub(crate) fn text(s: &str, span: Span) -> Node {
    Node {
        value: Value::Str(s.to_owned()),
        span,
        raw: None,
    }
}

pub(crate) fn boolean(b: bool, span: Span) -> Node {
    Node {
        value: Value::Bool(b),
        span,
        raw: None,
    }
}

/// Marks the manifest's component list partial: the source describes some components, and
/// one it does not name is not stated (not "not published").
pub(crate) fn partial_components(s: &mut Synth, span: Span) {
    s.set(&["components_complete"], boolean(false, span));
}

pub(crate) fn number(n: f64, span: Span) -> Node {
    Node {
        value: Value::Float(n),
        span,
        raw: Some(n.to_string()),
    }
}

/// A mapping node from key/value pairs.
pub(crate) fn record(pairs: Vec<(&str, Node)>, span: Span) -> Node {
    Node {
        value: Value::Map(pairs.into_iter().map(|(k, v)| (text(k, span), v)).collect()),
        span,
        raw: None,
    }
}

/// Gives every node of a tree the same span: values parsed out of a string inside another file
/// (an `osai:` property) are located at that string.
pub(crate) fn relocate(node: &mut Node, span: Span) {
    node.span = span;
    match &mut node.value {
        Value::Seq(items) => items.iter_mut().for_each(|n| relocate(n, span)),
        Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
            relocate(k, span);
            relocate(v, span);
        }),
        _ => {}
    }
}

/// The manifest fact paths an `osai:manifest:` property names, as keys: `components.datasets`
/// → `["components", "datasets"]`.
pub(crate) fn path_keys(path: &str) -> Vec<&str> {
    path.split('.').filter(|k| !k.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_value_wins_and_parents_are_created() {
        let mut s = Synth::new();
        assert!(s.set(&["release", "name"], text("a", Span::FILE_START)));
        assert!(!s.set(&["release", "name"], text("b", Span::FILE_START)));
        s.push(
            &["components", "datasets", "sources"],
            text("x", Span::FILE_START),
        );
        s.push(
            &["components", "datasets", "sources"],
            text("y", Span::FILE_START),
        );
        let root = s.into_root();
        let name = root.get("release").and_then(|r| r.get("name"));
        assert_eq!(name.and_then(Node::as_str), Some("a"));
        let sources = root
            .get("components")
            .and_then(|c| c.get("datasets"))
            .and_then(|d| d.get("sources"));
        assert!(matches!(sources.map(|n| &n.value), Some(Value::Seq(v)) if v.len() == 2));
    }
}
