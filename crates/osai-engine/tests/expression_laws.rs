//! Property tests of licence expression logic: OR lets the licensee choose (most open branch),
//! AND applies every term (most restrictive), and canonical text parses back to itself.

use osai_engine::definition::LicenceTest;
use osai_engine::eval::licence_test;
use osai_engine::licence::LicenceBase;
use osai_engine::report::Status;
use proptest::prelude::*;

const IDS: &[&str] = &[
    "MIT",
    "Apache-2.0",
    "LicenseRef-Llama-3.1",
    "CC-BY-NC-4.0",
    "GPL-3.0-only",
    "LicenseRef-Unreviewed-X",
];

#[derive(Debug, Clone)]
enum E {
    Id(&'static str),
    And(Box<E>, Box<E>),
    Or(Box<E>, Box<E>),
}

fn text(e: &E) -> String {
    match e {
        E::Id(s) => (*s).to_owned(),
        E::And(a, b) => format!("({} AND {})", text(a), text(b)),
        E::Or(a, b) => format!("({} OR {})", text(a), text(b)),
    }
}

fn expr() -> impl Strategy<Value = E> {
    let leaf = prop::sample::select(IDS).prop_map(E::Id);
    leaf.prop_recursive(4, 16, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| E::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner).prop_map(|(a, b)| E::Or(Box::new(a), Box::new(b))),
        ]
    })
}

/// The law the issue states, computed directly on the tree.
fn model(e: &E, test: LicenceTest) -> Status {
    match e {
        E::Id(s) => licence_test(LicenceBase::builtin(), s, test).0,
        E::And(a, b) => model(a, test).and(model(b, test)),
        E::Or(a, b) => model(a, test).or(model(b, test)),
    }
}

const TESTS: [LicenceTest; 3] = [
    LicenceTest::OsiApproved,
    LicenceTest::OsdConformant,
    LicenceTest::AiactFoss,
];

proptest! {
    #[test]
    fn evaluation_follows_the_or_and_laws(e in expr()) {
        let t = text(&e);
        for test in TESTS {
            prop_assert_eq!(licence_test(LicenceBase::builtin(), &t, test).0, model(&e, test), "{}", t);
        }
    }

    #[test]
    fn or_and_and_are_commutative(a in expr(), b in expr()) {
        for test in TESTS {
            let ab = licence_test(LicenceBase::builtin(), &format!("({}) OR ({})", text(&a), text(&b)), test).0;
            let ba = licence_test(LicenceBase::builtin(), &format!("({}) OR ({})", text(&b), text(&a)), test).0;
            prop_assert_eq!(ab, ba);
            let ab = licence_test(LicenceBase::builtin(), &format!("({}) AND ({})", text(&a), text(&b)), test).0;
            let ba = licence_test(LicenceBase::builtin(), &format!("({}) AND ({})", text(&b), text(&a)), test).0;
            prop_assert_eq!(ab, ba);
        }
    }

    #[test]
    fn canonical_text_is_a_fixed_point(e in expr()) {
        let base = LicenceBase::builtin();
        let once = base.resolve(&text(&e)).unwrap().canonical;
        let twice = base.resolve(&once).unwrap().canonical;
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn resolving_arbitrary_text_never_panics(s in "\\PC{0,60}") {
        let _ = LicenceBase::builtin().resolve(&s);
    }
}

#[test]
fn unknown_licences_are_never_open() {
    let base = LicenceBase::builtin();
    for test in TESTS {
        assert_eq!(
            licence_test(base, "LicenseRef-Unreviewed-X", test).0,
            Status::Unknown
        );
        assert_eq!(
            licence_test(base, "MIT OR LicenseRef-Unreviewed-X", test).0,
            Status::Pass
        );
        assert_ne!(
            licence_test(base, "MIT AND LicenseRef-Unreviewed-X", test).0,
            Status::Pass
        );
    }
    assert_eq!(
        licence_test(base, "Proprietary", LicenceTest::OsdConformant).0,
        Status::Fail
    );
    assert_eq!(
        licence_test(base, "unlicensed", LicenceTest::AiactFoss).0,
        Status::Fail
    );
}

/// Every Hugging Face hub `license:` tag listed in ../shared/reference/licences.md resolves: to a
/// licence, or to an explicit category (a family name, `unknown`, `other`), never to an error.
#[test]
fn hugging_face_tags_resolve() {
    const TAGS: &str = "apache-2.0 mit bsd bsd-2-clause bsd-3-clause bsd-3-clause-clear isc zlib unlicense wtfpl mpl-2.0 epl-1.0 epl-2.0 ecl-2.0 eupl-1.1 eupl-1.2 afl-3.0 artistic-2.0 bsl-1.0 osl-3.0 postgresql ncsa ms-pl lppl-1.3c ofl-1.1 agpl-3.0 gpl gpl-2.0 gpl-3.0 lgpl lgpl-2.1 lgpl-3.0 lgpl-lr gfdl cc cc0-1.0 cc-by-2.0 cc-by-2.5 cc-by-3.0 cc-by-4.0 cc-by-sa-3.0 cc-by-sa-4.0 cc-by-nc-2.0 cc-by-nc-3.0 cc-by-nc-4.0 cc-by-nd-4.0 cc-by-nc-nd-3.0 cc-by-nc-nd-4.0 cc-by-nc-sa-2.0 cc-by-nc-sa-3.0 cc-by-nc-sa-4.0 cdla-sharing-1.0 cdla-permissive-1.0 cdla-permissive-2.0 odc-by odbl pddl etalab-2.0 c-uda openrail openrail++ bigscience-openrail-m creativeml-openrail-m bigscience-bloom-rail-1.0 bigcode-openrail-m llama2 llama3 llama3.1 llama3.2 llama3.3 llama4 gemma apple-ascl apple-amlr deepfloyd-if-license fair-noncommercial-research-license intel-research h-research unknown other";
    let base = LicenceBase::builtin();
    let failed: Vec<String> = TAGS
        .split(' ')
        .filter_map(|t| base.resolve(t).err().map(|e| format!("{t}: {e}")))
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
    // and the restrictive ones are never open
    for t in [
        "llama3.1",
        "gemma",
        "cc-by-nc-4.0",
        "openrail",
        "fair-noncommercial-research-license",
        "intel-research",
    ] {
        assert_ne!(
            licence_test(base, t, LicenceTest::OsdConformant).0,
            Status::Pass,
            "{t}"
        );
    }
}
