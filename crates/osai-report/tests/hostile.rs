//! User text in reports: nothing the user writes reaches a terminal as a control character or
//! a Markdown reader as markup.

/// A release name with a link, an image and terminal escapes: text shows no control
/// character, Markdown no live link.
#[test]
fn user_text_cannot_inject_markup_or_terminal_escapes() {
    let yaml = "osai: 1\nrelease:\n  name: \"x\\e]0;t\\a ![i](https://e.example/p.png) [l](https://e.example)\"\n  kind: model\nlicenses:\n  distribution: MIT\ncomponents:\n  model-parameters-final: {}\n";
    let m = osai_formats::read_str("evil.yml", yaml).expect("reads");
    let defs: Vec<_> = osai_engine::builtin_definitions().iter().collect();
    let date = osai_engine::manifest::Date::constant(2026, 11, 29);
    let report = osai_engine::Engine::new(defs).assess(&m, &osai_engine::AssessOptions::new(date));
    let mut text = Vec::new();
    osai_report::text(&mut text, &report, osai_report::TextOptions::default()).unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text}"
    );
    assert!(text.contains("x\\u{1b}]0;t\\u{7}"), "{text}");
    let mut md = Vec::new();
    osai_report::markdown::markdown(
        &mut md,
        std::slice::from_ref(&report),
        osai_report::Lang::En,
    )
    .unwrap();
    let md = String::from_utf8(md).unwrap();
    // Every bracket the user wrote is escaped, so none closes a link text.
    for (i, _) in md.match_indices("](") {
        assert_eq!(&md[i - 1..i], "\\", "a live link in {md}");
    }
    assert!(!md.contains("![i]"), "{md}");
}
