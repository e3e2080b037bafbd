//! Making the user's text safe to show: on a terminal, where control characters move the
//! cursor, retitle the window or hide text, and in Markdown, where brackets make links.

use std::borrow::Cow;

/// Whether a character must not reach a terminal as it is: C0 and C1 controls but the line
/// break and the tab, DEL, and the bidirectional overrides that reorder what is shown.
fn unsafe_on_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The text with every character unsafe on a terminal written as `\u{…}`. With
/// `keep_colour`, colour sequences (`ESC [ digits ; … m`) stay, so a report's own colours
/// survive; they can only colour text. A `\r` before `\n` stays.
pub fn terminal_safe(s: &str, keep_colour: bool) -> Cow<'_, str> {
    if !s.chars().any(unsafe_on_terminal) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let len = c.len_utf8();
        if c == '\r' && rest[len..].starts_with('\n') {
            out.push(c);
        } else if c == '\u{1b}'
            && keep_colour
            && let Some(n) = colour_sequence(rest)
        {
            out.push_str(&rest[..n]);
            rest = &rest[n..];
            continue;
        } else if unsafe_on_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
        rest = &rest[len..];
    }
    Cow::Owned(out)
}

/// The length of an SGR sequence (`ESC [ 1;32 m`) at the start of `s`.
fn colour_sequence(s: &str) -> Option<usize> {
    let body = s.strip_prefix("\u{1b}[")?;
    let n = body
        .bytes()
        .take(16)
        .take_while(|b| b.is_ascii_digit() || *b == b';')
        .count();
    (body.as_bytes().get(n) == Some(&b'm')).then_some(2 + n + 1)
}

/// Text for Markdown that shows as written: every character that could start markup inline
/// (links, images, emphasis, code, HTML, tables) is escaped, and at the start, what would
/// make a heading or a list.
pub fn markdown_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    for (i, c) in s.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if unsafe_on_terminal(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            '\\' | '`' | '*' | '_' | '[' | ']' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if i == digits && digits > 0 => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        let evil = "model\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}txt";
        let safe = terminal_safe(evil, false);
        assert!(!safe.chars().any(unsafe_on_terminal), "{safe}");
        assert_eq!(safe, "model\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}txt");
        assert_eq!(terminal_safe("a\r\nb\tc", false), "a\r\nb\tc");
        // A report's own colours stay when asked; a cursor move does not.
        let coloured = "\u{1b}[1;32mpass\u{1b}[0m \u{1b}[2J";
        assert_eq!(
            terminal_safe(coloured, true),
            "\u{1b}[1;32mpass\u{1b}[0m \\u{1b}[2J"
        );
        assert!(matches!(terminal_safe("plain é", true), Cow::Borrowed(_)));
    }

    #[test]
    fn markdown_links_and_images_stay_text() {
        assert_eq!(markdown_literal("a\u{1b}[2Jb"), "a\\u{1b}\\[2Jb");
        let s = markdown_literal("![x](https://evil.example/p.png) [y](javascript:1) <b>");
        assert_eq!(
            s,
            "\\!\\[x\\](https://evil.example/p.png) \\[y\\](javascript:1) &lt;b&gt;"
        );
        assert_eq!(markdown_literal("OLMo-2-1124-7B"), "OLMo-2-1124-7B");
        assert_eq!(markdown_literal("# big"), "\\# big");
        assert_eq!(markdown_literal("2024. model"), "2024\\. model");
    }
}
