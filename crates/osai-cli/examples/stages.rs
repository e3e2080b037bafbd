#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::time::{Duration, Instant};
fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().unwrap();
    let defs: Vec<String> = args.collect();
    let text = std::fs::read_to_string(&file).unwrap();
    let lines: Vec<&str> = text.lines().take(50000).collect();
    let all = osai_engine::builtin_definitions();
    let sel: Vec<_> = all
        .iter()
        .filter(|d| defs.iter().any(|x| x == &d.id))
        .collect();
    let engine = osai_engine::Engine::new(sel);
    let mut opts = osai_engine::AssessOptions::new(jiff::civil::date(2026, 11, 29));
    opts.detail = false;
    if std::env::var_os("PARSE_ONLY").is_some() {
        let mut k = 0;
        let t = Instant::now();
        for _ in 0..5 {
            for l in &lines {
                let m: osai_engine::manifest::Manifest = serde_json::from_str(l).unwrap();
                k += m.components.len();
            }
        }
        println!(
            "{k} {:.2} us",
            t.elapsed().as_secs_f64() * 1e6 / (5 * lines.len()) as f64
        );
        return;
    }
    for round in 0..2 {
        let mut d = [Duration::ZERO; 5];
        let mut out = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            let t0 = Instant::now();
            let _m: osai_engine::manifest::Manifest = serde_json::from_str(l).unwrap();
            let t1 = Instant::now();
            let m = osai_formats::read_json_record_fast("x", l, i as u32).unwrap();
            let t2 = Instant::now();
            let r = engine.assess_brief(&m, opts.as_of);
            let t3 = Instant::now();
            out.clear();
            osai_report::jsonl_line_brief(&mut out, &r);
            let t4 = Instant::now();
            drop(r);
            drop(m);
            let t5 = Instant::now();
            for (k, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5)]
                .into_iter()
                .enumerate()
            {
                d[k] += b - a;
            }
        }
        let n = lines.len() as f64;
        println!(
            "round {round}: serde {:.2} record {:.2} assess {:.2} brief {:.2} drop {:.2} us; line {} bytes",
            d[0].as_secs_f64() * 1e6 / n,
            d[1].as_secs_f64() * 1e6 / n,
            d[2].as_secs_f64() * 1e6 / n,
            d[3].as_secs_f64() * 1e6 / n,
            d[4].as_secs_f64() * 1e6 / n,
            out.len()
        );
    }
}
