//! The synthetic corpus shared by the `gen_corpus` example and the batch benchmark: the Model
//! Openness Tool's 273 models (when ../shared is present) and the bundled examples, varied —
//! licences swapped, components dropped, sizes and facts changed — deterministically (a fixed
//! xorshift seed).

use osai_engine::component::ComponentId;
use osai_engine::manifest::{Disclosure, Manifest};

pub struct Rng(u64);

impl Rng {
    pub fn seeded() -> Self {
        Self(0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const LICENCES: &[&str] = &[
    "Apache-2.0",
    "MIT",
    "LicenseRef-Llama-3.1",
    "LicenseRef-Llama-2",
    "LicenseRef-Gemma",
    "CC-BY-4.0",
    "CC-BY-NC-4.0",
    "OpenMDW-1.0",
    "LicenseRef-BigScience-OpenRAIL-M",
    "BSD-3-Clause",
    "proprietary",
    "unlicensed",
];

pub fn bases() -> Vec<Manifest> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        root.join("../../examples"),
        root.join("../../../shared/corpora/mot/models"),
    ] {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        files.sort();
        for p in files
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        {
            let name = p.display().to_string();
            if let Ok(m) = osai_formats::read_bytes(&name, &std::fs::read(&p).unwrap_or_default()) {
                out.push(m.manifest);
            }
        }
    }
    out
}

/// The `i`-th release of the corpus drawn from `bases` with `rng`.
pub fn vary(bases: &[Manifest], rng: &mut Rng, i: usize) -> Manifest {
    let mut m = bases[rng.below(bases.len())].clone();
    m.release.name = format!("{}-v{i}", m.release.name);
    if rng.chance(40) {
        m.licenses.distribution = Some(LICENCES[rng.below(LICENCES.len())].to_owned());
    }
    if rng.chance(30) && !m.components.is_empty() {
        let keys: Vec<ComponentId> = m.components.keys().copied().collect();
        m.components.remove(&keys[rng.below(keys.len())]);
    }
    if rng.chance(20) {
        let id = ComponentId::ALL[rng.below(17)];
        m.components.get_or_default(id).published =
            [Disclosure::Yes, Disclosure::No, Disclosure::Partial][rng.below(3)];
    }
    let f = &mut m.facts;
    f.parameters =
        Some([1.0e8, 7.0e9, 7.0e10, 4.0e11][rng.below(4)] * (1.0 + rng.below(100) as f64 / 100.0));
    f.training_tokens = if rng.chance(70) {
        Some([1.0e11, 2.0e12, 1.5e13][rng.below(3)])
    } else {
        None
    };
    f.general_purpose = [Some(true), Some(false), None][rng.below(3)];
    f.monetised = [Some(false), Some(true), None][rng.below(3)];
    f.systemic_risk_designated = if rng.chance(80) { Some(false) } else { None };
    f.output_modalities = Some(vec![osai_engine::manifest::Modality::Text]);
    for item in osai_engine::manifest::DataInformation::ITEMS {
        if rng.chance(50) {
            *m.data_information.item_mut(item).expect("item") =
                Some([Disclosure::Yes, Disclosure::No, Disclosure::Partial][rng.below(3)]);
        }
    }
    m
}

/// `n` releases as JSON Lines (for the benchmark; the example streams instead).
#[allow(dead_code)]
pub fn jsonl(n: usize) -> Vec<String> {
    let bases = bases();
    assert!(!bases.is_empty(), "no base manifests found");
    let mut rng = Rng::seeded();
    (0..n)
        .map(|i| serde_json::to_string(&vary(&bases, &mut rng, i)).expect("json"))
        .collect()
}
