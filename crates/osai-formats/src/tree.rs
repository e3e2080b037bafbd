//! A YAML/JSON value tree that remembers where every node was written.
//!
//! Built from saphyr-parser's events rather than a ready-made document type so that duplicate
//! keys are seen (a map type would drop them) and every node keeps its line and column.

use std::borrow::Cow;

use saphyr_parser::{Event, Parser, ScalarStyle, Span as YSpan};

/// Byte range plus 1-based line and column of the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub column: u32,
}

impl Span {
    /// The start of a file: for errors about the file as a whole.
    pub const FILE_START: Span = Span {
        start: 0,
        end: 0,
        line: 1,
        column: 1,
    };

    /// The first character only: for errors about a whole block ("missing key").
    pub fn start_only(self) -> Span {
        Span {
            end: self.start,
            ..self
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Span,
    /// The scalar as written (for a number read where text was expected, e.g. `version: 1.0`).
    pub raw: Option<String>,
}

impl Node {
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A scalar's text, whatever its type.
    pub fn scalar_text(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) => self.raw.as_deref(),
            _ => None,
        }
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.as_str() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A syntax error with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

/// Converts saphyr's character positions to byte offsets.
///
/// Parser events arrive in (nearly) increasing order, so a cursor that walks forward makes the
/// conversion linear overall; a pure-ASCII text needs no walking at all.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    ascii: bool,
    /// (character index, byte offset) of the last conversion.
    cursor: std::cell::Cell<(usize, usize)>,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            text,
            ascii: text.is_ascii(),
            cursor: std::cell::Cell::new((0, 0)),
            line_starts,
        }
    }

    /// Byte offset of a character index.
    pub fn byte_of_char(&self, char_index: usize) -> usize {
        if self.ascii {
            return char_index.min(self.text.len());
        }
        let (mut ci, mut bi) = self.cursor.get();
        if char_index < ci {
            (ci, bi) = (0, 0);
        }
        let mut chars = self.text[bi..].chars();
        while ci < char_index {
            match chars.next() {
                Some(c) => {
                    bi += c.len_utf8();
                    ci += 1;
                }
                None => break,
            }
        }
        self.cursor.set((ci, bi));
        bi
    }

    /// Byte offset of a 1-based line and 0-based character column (for positions that come
    /// without a character index, such as serde_json's errors).
    pub fn offset(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        rest.char_indices()
            .nth(col)
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    pub fn span(&self, s: &YSpan) -> Span {
        let start = self.byte_of_char(s.start.index());
        let end = self.byte_of_char(s.end.index()).max(start);
        Span {
            start,
            end,
            line: s.start.line() as u32,
            column: s.start.col() as u32 + 1,
        }
    }
}

/// Most nodes one document may expand to, aliases included (a guard against alias bombs).
const MAX_NODES: usize = 1_000_000;
/// Deepest nesting accepted.
const MAX_DEPTH: usize = 200;

enum Frame {
    Seq(Vec<Node>, Span, usize),
    Map(Vec<(Node, Node)>, Option<Node>, Span, usize),
}

/// Parses the first YAML document of `text` (JSON is YAML too). `None` for an empty stream.
pub fn parse_yaml(text: &str) -> Result<Option<Node>, SyntaxError> {
    let index = LineIndex::new(text);
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: std::collections::HashMap<usize, Node> = std::collections::HashMap::new();
    let mut count = 0usize;
    let mut root: Option<Node> = None;
    while let Some(next) = parser.next_event() {
        let (event, yspan) = next.map_err(|e| {
            let m = e.marker();
            let start = index.byte_of_char(m.index());
            SyntaxError {
                message: e.info().to_owned(),
                span: Span {
                    start,
                    end: start,
                    line: m.line() as u32,
                    column: m.col() as u32 + 1,
                },
            }
        })?;
        let span = index.span(&yspan);
        let node = match event {
            Event::StreamStart | Event::DocumentStart(_) | Event::Nothing => continue,
            Event::DocumentEnd | Event::StreamEnd => {
                later_document(&mut parser, &index)?;
                break;
            }
            Event::SequenceStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(SyntaxError {
                        message: "nesting too deep".into(),
                        span,
                    });
                }
                stack.push(Frame::Seq(Vec::new(), span, anchor));
                continue;
            }
            Event::MappingStart(anchor, _) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(SyntaxError {
                        message: "nesting too deep".into(),
                        span,
                    });
                }
                stack.push(Frame::Map(Vec::new(), None, span, anchor));
                continue;
            }
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq(items, start, anchor)) => {
                    let node = Node {
                        value: Value::Seq(items),
                        span: join(start, span),
                        raw: None,
                    };
                    remember(&mut anchors, anchor, &node);
                    node
                }
                _ => {
                    return Err(SyntaxError {
                        message: "unbalanced sequence".into(),
                        span,
                    });
                }
            },
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map(entries, _, start, anchor)) => {
                    let node = Node {
                        value: Value::Map(entries),
                        span: join(start, span),
                        raw: None,
                    };
                    remember(&mut anchors, anchor, &node);
                    node
                }
                _ => {
                    return Err(SyntaxError {
                        message: "unbalanced mapping".into(),
                        span,
                    });
                }
            },
            Event::Scalar(text, style, anchor, tag) => {
                let node = scalar(text, style, tag.is_some(), span);
                remember(&mut anchors, anchor, &node);
                node
            }
            Event::Alias(id) => match anchors.get(&id) {
                Some(n) => {
                    count += size(n);
                    Node { span, ..n.clone() }
                }
                None => {
                    return Err(SyntaxError {
                        message: "alias to an unknown anchor".into(),
                        span,
                    });
                }
            },
        };
        count += 1;
        if count > MAX_NODES {
            return Err(SyntaxError {
                message: "document too large once aliases are expanded".into(),
                span,
            });
        }
        match stack.last_mut() {
            None => {
                root = Some(node);
            }
            Some(Frame::Seq(items, ..)) => items.push(node),
            Some(Frame::Map(entries, pending, ..)) => match pending.take() {
                None => *pending = Some(node),
                Some(key) => entries.push((key, node)),
            },
        }
    }
    Ok(root)
}

/// After the first document: a second one that holds anything is an error, not silently
/// dropped (an empty `---` at the end is fine).
fn later_document(
    parser: &mut Parser<'_, saphyr_parser::StrInput<'_>>,
    index: &LineIndex,
) -> Result<(), SyntaxError> {
    while let Some(next) = parser.next_event() {
        let Ok((event, yspan)) = next else {
            return Ok(());
        };
        match event {
            Event::StreamEnd => return Ok(()),
            Event::Scalar(ref text, ScalarStyle::Plain, _, None)
                if matches!(text.as_ref(), "" | "~" | "null") => {}
            Event::DocumentStart(_) | Event::DocumentEnd | Event::Nothing => {}
            _ => {
                return Err(SyntaxError {
                    message:
                        "a second YAML document (after `---`): osai reads one manifest per file"
                            .into(),
                    span: index.span(&yspan),
                });
            }
        }
    }
    Ok(())
}

fn remember(anchors: &mut std::collections::HashMap<usize, Node>, anchor: usize, node: &Node) {
    if anchor > 0 {
        anchors.insert(anchor, node.clone());
    }
}

fn size(n: &Node) -> usize {
    match &n.value {
        Value::Seq(xs) => 1 + xs.iter().map(size).sum::<usize>(),
        Value::Map(xs) => 1 + xs.iter().map(|(k, v)| size(k) + size(v)).sum::<usize>(),
        _ => 1,
    }
}

fn join(start: Span, end: Span) -> Span {
    Span {
        end: end.end.max(start.start),
        ..start
    }
}

/// YAML 1.2 core schema resolution for plain scalars; quoted and tagged scalars stay strings.
fn scalar(text: Cow<'_, str>, style: ScalarStyle, tagged: bool, span: Span) -> Node {
    let raw = Some(text.to_string());
    if style != ScalarStyle::Plain || tagged {
        return Node {
            value: Value::Str(text.into_owned()),
            span,
            raw,
        };
    }
    let t: &str = &text;
    let value = match t {
        "" | "~" | "null" | "Null" | "NULL" => Value::Null,
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" => Value::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Value::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => Value::Float(f64::NAN),
        _ => number(t).unwrap_or_else(|| Value::Str(text.into_owned())),
    };
    Node { value, span, raw }
}

fn number(t: &str) -> Option<Value> {
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    if let Some(hex) = digits.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok().map(Value::Int);
    }
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        return t
            .parse::<i64>()
            .ok()
            .map(Value::Int)
            .or_else(|| t.parse::<f64>().ok().map(Value::Float));
    }
    let valid = digits
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'));
    if !valid {
        return None;
    }
    t.parse::<f64>().ok().map(Value::Float)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based() {
        let n = parse_yaml("a: 1\nb:\n  c: [x, 'y']\n").unwrap().unwrap();
        let c = n.get("b").unwrap().get("c").unwrap();
        assert_eq!((c.span.line, c.span.column), (3, 6));
        let Value::Seq(items) = &c.value else {
            panic!()
        };
        assert_eq!(items[1].value, Value::Str("y".into()));
        assert_eq!((items[1].span.line, items[1].span.column), (3, 10));
    }

    #[test]
    fn core_schema() {
        let n = parse_yaml("a: 1.8e23\nb: '7'\nc: ~\nd: 7B\ne: true\nf: 2024-11-26\n")
            .unwrap()
            .unwrap();
        assert_eq!(n.get("a").unwrap().value, Value::Float(1.8e23));
        assert_eq!(n.get("b").unwrap().value, Value::Str("7".into()));
        assert_eq!(n.get("c").unwrap().value, Value::Null);
        assert_eq!(n.get("d").unwrap().value, Value::Str("7B".into()));
        assert_eq!(n.get("e").unwrap().value, Value::Bool(true));
        assert_eq!(n.get("f").unwrap().value, Value::Str("2024-11-26".into()));
    }

    #[test]
    fn duplicate_keys_are_kept() {
        let n = parse_yaml("a: 1\na: 2\n").unwrap().unwrap();
        let Value::Map(entries) = n.value else {
            panic!()
        };
        assert_eq!(entries.len(), 2);
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut doc = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            doc.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
        }
        let e = parse_yaml(&doc).unwrap_err();
        assert!(e.message.contains("too large"), "{e:?}");
    }

    #[test]
    fn multibyte_columns() {
        let text = "name: \"é\"\nx: [1, 2\n";
        let e = parse_yaml(text).unwrap_err();
        assert_eq!(e.span.line, 3);
        let n = parse_yaml("é: ü\nb: 1\n").unwrap().unwrap();
        let b = n.get("b").unwrap();
        assert_eq!(&"é: ü\nb: 1\n"[b.span.start..b.span.end], "1");
    }
}
