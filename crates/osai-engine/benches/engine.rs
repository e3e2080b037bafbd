//! The pure engine: `licence check` latency (resolve + the three tests) and the assessment of
//! one release against the five built-in definitions.

use criterion::{Criterion, criterion_group, criterion_main};
use osai_engine::definition::LicenceTest;
use osai_engine::eval::licence_test;
use osai_engine::licence::LicenceBase;

fn licence_check(c: &mut Criterion) {
    let base = LicenceBase::builtin();
    let mut g = c.benchmark_group("licence_check");
    for expr in [
        "Apache-2.0",
        "apache 2.0",
        "LicenseRef-Llama-3.1",
        "MIT OR (Apache-2.0 AND CC-BY-NC-4.0)",
        "Gemma Terms of Use",
    ] {
        g.bench_function(expr, |b| {
            b.iter(|| {
                for t in [
                    LicenceTest::OsiApproved,
                    LicenceTest::OsdConformant,
                    LicenceTest::AiactFoss,
                ] {
                    std::hint::black_box(licence_test(base, std::hint::black_box(expr), t));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, licence_check);
criterion_main!(benches);
