//! A shields-style SVG badge: the definition on the left, the verdict (or MOF class, or
//! category) on the right, coloured by the verdict.

use osai_engine::report::{DefinitionResult, Status};

use crate::i18n::{Catalog, Lang};

/// Approximate advance of a character in 11px Verdana, in pixels (what shields.io badges use).
fn advance(c: char) -> f64 {
    match c {
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 3.2,
        'f' | 't' | 'r' | ' ' | '(' | ')' | '-' | '[' | ']' | 'I' => 4.6,
        'm' | 'w' | 'M' | 'W' | '%' => 10.0,
        'A'..='Z' => 7.5,
        '0'..='9' => 7.0,
        _ => 6.5,
    }
}

fn width(s: &str) -> f64 {
    s.chars().map(advance).sum::<f64>().ceil()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The message and colour of a definition's result.
pub fn message(d: &DefinitionResult, lang: Lang) -> (String, &'static str) {
    let t = Catalog::get(lang);
    if let Some(class) = d.class {
        return match class {
            0 => (t.ui("badge-unclassified", &[]), "#e05d44"),
            n => {
                let colour = match n {
                    1 => "#44cc11",
                    2 => "#97ca00",
                    _ => "#a4a61d",
                };
                (t.ui("badge-class", &[("n", &n.to_string())]), colour)
            }
        };
    }
    let colour = match d.verdict {
        Status::Pass => "#44cc11",
        Status::Fail => "#e05d44",
        Status::Unknown => "#dfb317",
        Status::NotApplicable => "#9f9f9f",
    };
    // A definition of exemptions says what it decided about them, not a bare verdict.
    let exemption = d.exemptions.as_ref().map(|ex| {
        if ex.values().any(|v| v == "applies") {
            "badge-exempt"
        } else if ex.values().any(|v| v == "unknown") {
            "badge-exemption-undecided"
        } else {
            "badge-not-exempt"
        }
    });
    let text = match (&d.category, exemption) {
        // The label and, unless it passes, the verdict: a G7 "Open Weights AI" is a fail of
        // the definition's verdict (not an Open Source AI label), and the badge says both.
        (Some(c), _) => {
            let short = crate::category_label(t, &d.id, c);
            if d.verdict == Status::Pass {
                short
            } else {
                format!("{} · {short}", t.status(d.verdict))
            }
        }
        (None, Some(id)) if d.verdict != Status::NotApplicable => t.ui(id, &[]),
        (None, _) => t.status(d.verdict),
    };
    (text, colour)
}

/// The SVG of a badge with `label` on the left and `message` on the right.
pub fn svg(label: &str, message: &str, colour: &str) -> String {
    let (lw, mw) = (width(label) + 10.0, width(message) + 10.0);
    let total = lw + mw;
    let (lx, mx) = (lw / 2.0, lw + mw / 2.0);
    let (label, message) = (escape(label), escape(message));
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="20" role="img" aria-label="{label}: {message}">
  <title>{label}: {message}</title>
  <linearGradient id="s" x2="0" y2="100%">
    <stop offset="0" stop-color="#bbb" stop-opacity=".1"/>
    <stop offset="1" stop-opacity=".1"/>
  </linearGradient>
  <clipPath id="r"><rect width="{total}" height="20" rx="3" fill="#fff"/></clipPath>
  <g clip-path="url(#r)">
    <rect width="{lw}" height="20" fill="#555"/>
    <rect x="{lw}" width="{mw}" height="20" fill="{colour}"/>
    <rect width="{total}" height="20" fill="url(#s)"/>
  </g>
  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
    <text x="{lx}" y="15" fill="#010101" fill-opacity=".3">{label}</text>
    <text x="{lx}" y="14">{label}</text>
    <text x="{mx}" y="15" fill="#010101" fill-opacity=".3">{message}</text>
    <text x="{mx}" y="14">{message}</text>
  </g>
</svg>
"##
    )
}

/// The badge of one definition's result.
pub fn badge(d: &DefinitionResult, lang: Lang) -> String {
    let (text, colour) = message(d, lang);
    svg(&d.id, &text, colour)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn badge_is_sized_by_its_text_and_escaped() {
        let s = svg("osaid-1.0", "fail <x>", "#e05d44");
        assert!(s.contains("fail &lt;x&gt;"));
        assert!(s.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""));
        let wide = svg("osaid-1.0", "unclassified", "#e05d44");
        let w = |s: &str| {
            s.split("width=\"")
                .nth(1)
                .and_then(|x| x.split('"').next())
                .and_then(|x| x.parse::<f64>().ok())
        };
        assert!(w(&wide) > w(&s));
    }
}
