//! Any text as a licence expression: a resolution or an error, never a panic, in time linear
//! in the text (long inputs are refused by the named limit). A resolution's canonical form
//! resolves again to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use osai_engine::licence::LicenceBase;
use osai_engine::report::Status;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let base = LicenceBase::builtin();
    let Ok(r) = base.resolve(text) else {
        return;
    };
    let _ = base.evaluate(&r.expr, &mut |_, e| {
        if e.is_some() { Status::Pass } else { Status::Unknown }
    });
    let again = base
        .resolve(&r.canonical)
        .unwrap_or_else(|e| panic!("`{}` from `{text}` does not resolve: {e}", r.canonical));
    assert_eq!(again.canonical, r.canonical, "canonical form of `{text}`");
});
