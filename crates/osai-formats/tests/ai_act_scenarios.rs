//! EU AI Act scenarios derived from ../shared/reference/ai-act.md and ai-act-dossier.md. Each test
//! names the article it checks and why the outcome follows.

use osai_engine::report::{DefinitionResult, Status};
use osai_engine::{AssessOptions, Engine, builtin_definitions};

/// An open GPAI model (OLMo-like) that every model scenario varies.
const OPEN_MODEL: &str = "osai: 1
release: {name: m, kind: model}
licenses: {distribution: Apache-2.0}
components:
  model-architecture: {}
  model-parameters-final: {}
  model-card: {}
facts:
  general_purpose: true
  output_modalities: [text]
  parameters: 7.0e9
  training_tokens: 4.0e12
  systemic_risk_designated: false
  monetised: false
  eu_market: true
  placed_on_market: 2025-09-01
";

const OPEN_SYSTEM: &str = "osai: 1
release: {name: s, kind: system}
licenses: {distribution: Apache-2.0}
components:
  inference-code: {}
  model-parameters-final: {}
facts:
  monetised: false
  eu_market: true
  placed_on_market: 2026-09-01
  intended_purposes: []
  prohibited_practices: []
  transparency: []
";

fn assess(yaml: &str, as_of: &str) -> DefinitionResult {
    let m = osai_formats::read_str("scenario.yml", yaml)
        .unwrap_or_else(|e| panic!("{}", e.render(false)));
    let def = builtin_definitions()
        .iter()
        .find(|d| d.id == "eu-ai-act")
        .unwrap();
    let engine = Engine::new(vec![def]);
    let report = engine.assess(&m, &AssessOptions::new(as_of.parse().unwrap()));
    report.definitions.into_iter().next().unwrap()
}

/// Replaces a line of the base manifest (matched by its start) or appends under `facts:`.
fn with(base: &str, find: &str, replace: &str) -> String {
    assert!(base.contains(find), "{find}");
    base.replacen(find, replace, 1)
}

fn exemption<'a>(d: &'a DefinitionResult, id: &str) -> &'a str {
    d.exemptions
        .as_ref()
        .unwrap()
        .get(id)
        .map(String::as_str)
        .unwrap()
}

fn obligation(d: &DefinitionResult, code: &str) -> (Option<bool>, String) {
    let o = d
        .obligations
        .as_ref()
        .unwrap()
        .iter()
        .find(|o| o.code == code)
        .unwrap_or_else(|| panic!("{code}"));
    (o.applies, o.since.clone().unwrap_or_default())
}

fn requirement(d: &DefinitionResult, code: &str) -> Status {
    d.requirements
        .iter()
        .find(|r| &*r.code == code)
        .unwrap()
        .status
}

#[test]
fn s01_open_gpai_model_is_exempt_from_53_1_a_b_but_not_c_d() {
    // Art. 53(2): FOSS licence, public weights/architecture/usage, no systemic risk; recital 104.
    let d = assess(OPEN_MODEL, "2026-11-29");
    assert_eq!(d.verdict, Status::Pass);
    assert_eq!(exemption(&d, "art-53-2"), "applies");
    assert_eq!(exemption(&d, "art-54-6"), "applies");
    assert_eq!(exemption(&d, "art-2-12"), "not-applicable");
    assert_eq!(obligation(&d, "AIA-53-1-A").0, Some(false));
    assert_eq!(obligation(&d, "AIA-53-1-B").0, Some(false));
    assert_eq!(
        obligation(&d, "AIA-53-1-C"),
        (Some(true), "2025-08-02".into())
    );
    assert_eq!(
        obligation(&d, "AIA-53-1-D"),
        (Some(true), "2025-08-02".into())
    );
    assert_eq!(d.systemic_risk.as_deref(), Some("no"));
}

#[test]
fn s02_before_2_august_2025_gpai_duties_are_not_yet_in_application() {
    // Art. 113(b): Chapter V applies from 2 Aug 2025.
    let d = assess(OPEN_MODEL, "2025-06-01");
    assert_eq!(
        obligation(&d, "AIA-53-1-C"),
        (Some(false), "2025-08-02".into())
    );
}

#[test]
fn s03_models_placed_before_2_august_2025_have_until_2_august_2027() {
    // Art. 111(3).
    let m = with(
        OPEN_MODEL,
        "placed_on_market: 2025-09-01",
        "placed_on_market: 2024-11-26",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(
        obligation(&d, "AIA-53-1-C"),
        (Some(false), "2027-08-02".into())
    );
    let d = assess(&m, "2027-08-02");
    assert_eq!(
        obligation(&d, "AIA-53-1-D"),
        (Some(true), "2027-08-02".into())
    );
}

#[test]
fn s04_systemic_risk_by_the_10_25_threshold() {
    // Art. 51(2): presumed above 10^25 FLOP; Art. 53(2) second sentence: no exemption; Art. 55.
    let m = with(
        OPEN_MODEL,
        "parameters: 7.0e9",
        "training_compute_flop: 3.0e25\n  parameters: 7.0e9",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(d.systemic_risk.as_deref(), Some("yes"));
    assert_eq!(exemption(&d, "art-53-2"), "does-not-apply");
    assert_eq!(d.verdict, Status::Fail);
    assert_eq!(obligation(&d, "AIA-55-1-A").0, Some(true));
    assert_eq!(obligation(&d, "AIA-52-1").0, Some(true));
    assert_eq!(obligation(&d, "AIA-53-1-A").0, Some(true));
}

#[test]
fn s05_systemic_risk_by_estimate_is_said_to_be_an_estimate() {
    // Art. 51(2) with the guidelines' Annex A.2 estimate 6 × P × D: 6 × 4e11 × 1.5e13 = 3.6e25.
    let m = with(
        &with(OPEN_MODEL, "parameters: 7.0e9", "parameters: 4.0e11"),
        "training_tokens: 4.0e12",
        "training_tokens: 1.5e13",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(d.systemic_risk.as_deref(), Some("yes"));
    let r = d
        .requirements
        .iter()
        .find(|r| &*r.code == "AIA-NO-SYSTEMIC-RISK")
        .unwrap();
    assert!(r.reason.contains("estimated as 6"), "{}", r.reason);
    assert!(
        r.facts
            .iter()
            .any(|f| f.path == "facts.training_compute_flop" && f.at.is_none())
    );
}

/// DeepSeek-R1's figures (671 B total, 37 B active, 14.8 T tokens). With the total count,
/// 6 × P × D = 5.96e25 put it under systemic risk by estimate; the parameters that run per
/// token give 3.3e24. For a mixture of experts known only by its total, an estimate above
/// 10^25 is an upper bound and decides nothing; one below still does.
#[test]
fn s05b_mixture_of_experts_compute_uses_active_parameters() {
    let deepseek = with(
        &with(
            OPEN_MODEL,
            "parameters: 7.0e9",
            "parameters: 6.71e11\n  mixture_of_experts: true",
        ),
        "training_tokens: 4.0e12",
        "training_tokens: 1.48e13",
    );
    let d = assess(&deepseek, "2026-11-29");
    assert_eq!(
        d.systemic_risk.as_deref(),
        Some("unknown"),
        "total count only: an upper bound"
    );
    let r = d
        .requirements
        .iter()
        .find(|r| &*r.code == "AIA-NO-SYSTEMIC-RISK")
        .unwrap();
    assert!(r.reason.contains("upper bound"), "{}", r.reason);
    let active = with(
        &deepseek,
        "mixture_of_experts: true",
        "mixture_of_experts: true\n  active_parameters: 3.7e10",
    );
    let d = assess(&active, "2026-11-29");
    assert_eq!(d.systemic_risk.as_deref(), Some("no"));
    assert_eq!(exemption(&d, "art-53-2"), "applies");
    // A small mixture of experts is decided by its upper bound: 6 × 4.7e10 × 8e12 < 10^25.
    let small = with(&deepseek, "parameters: 6.71e11", "parameters: 4.7e10");
    let small = with(
        &small,
        "training_tokens: 1.48e13",
        "training_tokens: 8.0e12",
    );
    assert_eq!(
        assess(&small, "2026-11-29").systemic_risk.as_deref(),
        Some("no")
    );
}

/// Llama 3's case: general purpose not stated (scope open) and a licence that fails Art.
/// 53(2). Not "undecided", nor "no exemption applies" as if decided: not exempt either way.
#[test]
fn s05c_a_failing_licence_with_an_open_scope_is_not_exempt_either_way() {
    let m = with(
        &with(OPEN_MODEL, "  general_purpose: true\n", ""),
        "licenses: {distribution: Apache-2.0}",
        "licenses: {distribution: CC-BY-NC-4.0}",
    );
    let m = with(&m, "  parameters: 7.0e9\n", "");
    let d = assess(&m, "2026-11-29");
    assert_eq!(d.verdict, Status::Unknown);
    let summary = d.summary.as_deref().unwrap();
    assert!(summary.starts_with("not exempt either way"), "{summary}");
}

#[test]
fn s06_systemic_risk_by_designation_whatever_the_compute() {
    // Art. 51(1)(b), 52(4): the Commission designates.
    let m = with(
        OPEN_MODEL,
        "systemic_risk_designated: false",
        "systemic_risk_designated: true",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(d.systemic_risk.as_deref(), Some("yes"));
    assert_eq!(exemption(&d, "art-54-6"), "does-not-apply");
}

#[test]
fn s07_unknown_compute_leaves_systemic_risk_unknown_with_the_question() {
    // Art. 51(2): without compute nothing can be presumed; missing facts are unknown, never pass.
    let m = with(OPEN_MODEL, "  training_tokens: 4.0e12\n", "");
    let d = assess(&m, "2026-11-29");
    assert_eq!(d.systemic_risk.as_deref(), Some("unknown"));
    assert_eq!(exemption(&d, "art-53-2"), "unknown");
    let r = d
        .requirements
        .iter()
        .find(|r| &*r.code == "AIA-NO-SYSTEMIC-RISK")
        .unwrap();
    assert!(
        r.remedy
            .as_deref()
            .unwrap()
            .contains("What was the cumulative training compute")
    );
}

#[test]
fn s08_below_the_indicative_criterion_a_model_is_not_presumed_gpai() {
    // Guidelines para 17: more than 10^23 FLOP; 6 × 7e9 × 2e12 = 8.4e22. Nothing to exempt.
    let m = with(
        &with(OPEN_MODEL, "  general_purpose: true\n", ""),
        "training_tokens: 4.0e12",
        "training_tokens: 2.0e12",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-GPAI"), Status::Fail);
    assert_eq!(d.verdict, Status::NotApplicable);
    assert_eq!(exemption(&d, "art-53-2"), "not-applicable");
}

#[test]
fn s09_above_the_indicative_criterion_a_text_model_is_presumed_gpai() {
    // Guidelines para 17: 6 × 7e9 × 4e12 = 1.68e23 > 10^23 and generates text.
    let m = with(OPEN_MODEL, "  general_purpose: true\n", "");
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-GPAI"), Status::Pass);
}

#[test]
fn s10_a_stated_lack_of_generality_rebuts_the_criterion() {
    // Guidelines para 20: rebuttable both ways (e.g. a speech-transcription model at 10^24).
    let m = with(
        OPEN_MODEL,
        "general_purpose: true",
        "general_purpose: false",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(d.verdict, Status::NotApplicable);
}

#[test]
fn s11_a_monetised_release_loses_the_exemption() {
    // Recital 103; guidelines §4.2.2.
    let m = with(OPEN_MODEL, "monetised: false", "monetised: true");
    let d = assess(&m, "2026-11-29");
    assert_eq!(exemption(&d, "art-53-2"), "does-not-apply");
    assert_eq!(obligation(&d, "AIA-53-1-A").0, Some(true));
}

#[test]
fn s12_unstated_monetisation_is_a_question() {
    let m = with(OPEN_MODEL, "  monetised: false\n", "");
    let d = assess(&m, "2026-11-29");
    assert_eq!(exemption(&d, "art-53-2"), "unknown");
    assert_eq!(d.verdict, Status::Unknown);
    assert_eq!(obligation(&d, "AIA-53-1-A").0, None);
}

#[test]
fn s13_llama_licence_user_threshold_is_not_foss() {
    // Guidelines §4.2.1 (iii): usage restrictions triggered by user-scale thresholds.
    let m = with(
        OPEN_MODEL,
        "distribution: Apache-2.0",
        "distribution: LicenseRef-Llama-3.1",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-53-2-LICENCE"), Status::Fail);
    assert_eq!(exemption(&d, "art-53-2"), "does-not-apply");
}

#[test]
fn s14_gemma_acceptable_use_policy_needs_review() {
    // Guidelines §4.2.1: safety-oriented, proportionate restrictions are allowed — a person judges.
    let m = with(
        OPEN_MODEL,
        "distribution: Apache-2.0",
        "distribution: LicenseRef-Gemma",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-53-2-LICENCE"), Status::Unknown);
    assert_eq!(exemption(&d, "art-53-2"), "unknown");
}

#[test]
fn s15_rail_use_restrictions_need_review() {
    let m = with(
        OPEN_MODEL,
        "distribution: Apache-2.0",
        "distribution: LicenseRef-BigScience-OpenRAIL-M",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-53-2-LICENCE"), Status::Unknown);
}

#[test]
fn s16_non_commercial_licence_is_not_foss() {
    // Guidelines §4.2.1 (i): non-commercial or research-only use.
    let m = with(
        OPEN_MODEL,
        "distribution: Apache-2.0",
        "distribution: CC-BY-NC-4.0",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(exemption(&d, "art-53-2"), "does-not-apply");
}

#[test]
fn s17_withheld_weights_lose_the_exemption() {
    // Art. 53(2): "parameters, including the weights … made publicly available".
    let m = with(
        OPEN_MODEL,
        "model-parameters-final: {}",
        "model-parameters-final: {published: false}",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-53-2-WEIGHTS"), Status::Fail);
    assert_eq!(exemption(&d, "art-53-2"), "does-not-apply");
}

#[test]
fn s18_no_usage_information_loses_the_exemption() {
    // Guidelines §4.2.3: at least modalities, capabilities, limitations, integration means.
    let m = with(OPEN_MODEL, "  model-card: {}\n", "");
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-53-2-USAGE"), Status::Fail);
}

#[test]
fn s19_no_licence_stated_is_unknown_never_exempt() {
    let m = with(OPEN_MODEL, "licenses: {distribution: Apache-2.0}\n", "");
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-53-2-LICENCE"), Status::Unknown);
    assert_ne!(exemption(&d, "art-53-2"), "applies");
}

#[test]
fn s20_small_fine_tune_the_modifier_is_not_the_provider() {
    // Guidelines §3.2 para 60: 1e21 is not more than a third of 1e23.
    let m = with(
        OPEN_MODEL,
        "placed_on_market: 2025-09-01",
        "placed_on_market: 2025-09-01\n  modified_from: base-7b\n  modification_compute_flop: 1.0e21\n  original_training_compute_flop: 1.0e23",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-PROVIDER"), Status::Fail);
    assert_eq!(d.verdict, Status::NotApplicable);
}

#[test]
fn s21_large_modification_makes_the_modifier_the_provider() {
    // Para 60: 5e22 > 1e23 / 3.
    let m = with(
        OPEN_MODEL,
        "placed_on_market: 2025-09-01",
        "placed_on_market: 2025-09-01\n  modified_from: base-7b\n  modification_compute_flop: 5.0e22\n  original_training_compute_flop: 1.0e23",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-PROVIDER"), Status::Pass);
    assert_eq!(exemption(&d, "art-53-2"), "applies");
}

#[test]
fn s22_unknown_original_compute_uses_the_fallback_threshold() {
    // Para 61: one third of 10^23 when the original is not systemic (4e22 > 3.33e22 > 2e22).
    let base = with(
        OPEN_MODEL,
        "placed_on_market: 2025-09-01",
        "placed_on_market: 2025-09-01\n  modified_from: base-7b\n  modification_compute_flop: MOD",
    );
    let d = assess(&base.replace("MOD", "4.0e22"), "2026-11-29");
    assert_eq!(requirement(&d, "AIA-PROVIDER"), Status::Pass);
    let d = assess(&base.replace("MOD", "2.0e22"), "2026-11-29");
    assert_eq!(requirement(&d, "AIA-PROVIDER"), Status::Fail);
}

#[test]
fn s23_fine_tune_of_a_systemic_model_uses_a_third_of_10_25() {
    // Para 61: one third of 10^25 when the original has systemic risk.
    let m = with(
        OPEN_MODEL,
        "placed_on_market: 2025-09-01",
        "placed_on_market: 2025-09-01\n  modified_from: big-base\n  original_systemic_risk: true\n  modification_compute_flop: 1.0e24",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-PROVIDER"), Status::Fail);
}

#[test]
fn s24_outside_the_union_market_nothing_applies() {
    // Art. 2(1).
    let m = with(OPEN_MODEL, "eu_market: true", "eu_market: false");
    let d = assess(&m, "2026-11-29");
    assert_eq!(d.verdict, Status::NotApplicable);
}

#[test]
fn s25_authorised_representative_only_for_providers_outside_the_union() {
    // Art. 54(1), 54(6).
    let llama = with(
        OPEN_MODEL,
        "distribution: Apache-2.0",
        "distribution: LicenseRef-Llama-3.1",
    );
    let d = assess(
        &with(
            &llama,
            "eu_market: true",
            "eu_market: true\n  provider_established_in_eu: false",
        ),
        "2026-11-29",
    );
    assert_eq!(obligation(&d, "AIA-54-1").0, Some(true));
    let d = assess(
        &with(
            &llama,
            "eu_market: true",
            "eu_market: true\n  provider_established_in_eu: true",
        ),
        "2026-11-29",
    );
    assert_eq!(obligation(&d, "AIA-54-1").0, Some(false));
    let d = assess(&llama, "2026-11-29");
    assert_eq!(
        obligation(&d, "AIA-54-1").0,
        None,
        "establishment not stated: unknown"
    );
}

#[test]
fn s26_open_source_system_without_carve_outs_is_excluded() {
    // Art. 2(12).
    let d = assess(OPEN_SYSTEM, "2026-11-29");
    assert_eq!(exemption(&d, "art-2-12"), "applies");
    assert_eq!(d.verdict, Status::Pass);
    assert_eq!(obligation(&d, "AIA-4").0, Some(false));
    assert_eq!(exemption(&d, "art-53-2"), "not-applicable");
}

#[test]
fn s27_high_risk_system_loses_the_exclusion_and_chapter_iii_applies_from_december_2027() {
    // Art. 2(12)(a); Art. 6(2), Annex III 4(a); Art. 113(c)(i) as amended by 2026/1744.
    let m = with(
        OPEN_SYSTEM,
        "intended_purposes: []",
        "intended_purposes: [annex-iii-4a]",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(exemption(&d, "art-2-12"), "does-not-apply");
    assert_eq!(
        obligation(&d, "AIA-HIGH-RISK"),
        (Some(false), "2027-12-02".into())
    );
    let d = assess(&m, "2028-01-01");
    assert_eq!(
        obligation(&d, "AIA-HIGH-RISK"),
        (Some(true), "2027-12-02".into())
    );
}

#[test]
fn s28_before_the_omnibus_the_original_high_risk_date_holds() {
    // Art. 113 original text: Annex III from 2 Aug 2026; 2026/1744 in force 27 Jul 2026.
    let m = with(
        OPEN_SYSTEM,
        "intended_purposes: []",
        "intended_purposes: [annex-iii-4a]",
    );
    let d = assess(&m, "2026-07-01");
    assert_eq!(obligation(&d, "AIA-HIGH-RISK").1, "2026-08-02");
}

#[test]
fn s29_article_6_3_derogation_keeps_the_exclusion() {
    // Art. 6(3) (READING: a valid derogation means not high-risk, so 2(12) can apply).
    let m = with(
        OPEN_SYSTEM,
        "intended_purposes: []",
        "intended_purposes: [annex-iii-4a]\n  article_6_3_derogation: true",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(exemption(&d, "art-2-12"), "applies");
    assert_eq!(obligation(&d, "AIA-HIGH-RISK").0, Some(false));
}

#[test]
fn s30_prohibited_practice_loses_the_exclusion_from_february_2025() {
    // Art. 2(12)(b); Art. 5(1)(c); Art. 113(a).
    let m = with(
        OPEN_SYSTEM,
        "prohibited_practices: []",
        "prohibited_practices: [art-5-1-c]",
    );
    let d = assess(&m, "2025-03-01");
    assert_eq!(exemption(&d, "art-2-12"), "does-not-apply");
    assert_eq!(
        obligation(&d, "AIA-ART-5"),
        (Some(true), "2025-02-02".into())
    );
}

#[test]
fn s31_new_prohibitions_apply_from_december_2026() {
    // Art. 5(1)(ba) added by 2026/1744, applicable from 2 Dec 2026.
    let m = with(
        OPEN_SYSTEM,
        "prohibited_practices: []",
        "prohibited_practices: [art-5-1-ba]",
    );
    assert_eq!(
        obligation(&assess(&m, "2026-11-29"), "AIA-ART-5"),
        (Some(false), "2026-12-02".into())
    );
    assert_eq!(
        obligation(&assess(&m, "2026-12-03"), "AIA-ART-5"),
        (Some(true), "2026-12-02".into())
    );
}

#[test]
fn s32_synthetic_content_is_a_transparency_case() {
    // Art. 2(12)(c); Art. 50(2) from 2 Aug 2026; Art. 111(4): systems placed before then by 2 Dec 2026.
    let m = with(
        OPEN_SYSTEM,
        "transparency: []",
        "transparency: [synthetic-content]",
    );
    let d = assess(&m, "2026-09-01");
    assert_eq!(exemption(&d, "art-2-12"), "does-not-apply");
    assert_eq!(
        obligation(&d, "AIA-50-2"),
        (Some(true), "2026-08-02".into())
    );
    let early = with(
        &m,
        "placed_on_market: 2026-09-01",
        "placed_on_market: 2026-05-01",
    );
    assert_eq!(
        obligation(&assess(&early, "2026-09-01"), "AIA-50-2"),
        (Some(false), "2026-12-02".into())
    );
}

#[test]
fn s33_system_with_restricted_weights_is_not_released_under_foss_licences() {
    // Art. 2(12), recital 102 (READING: every released component).
    let m = with(
        OPEN_SYSTEM,
        "  model-parameters-final: {}",
        "  model-parameters-final: {license: LicenseRef-Llama-3.1}",
    );
    let d = assess(&m, "2026-11-29");
    assert_eq!(requirement(&d, "AIA-2-12-LICENCE"), Status::Fail);
    assert_eq!(exemption(&d, "art-2-12"), "does-not-apply");
    assert_eq!(obligation(&d, "AIA-4").0, Some(true));
}

#[test]
fn s34_unstated_intended_purposes_make_the_exclusion_unknown() {
    let m = with(OPEN_SYSTEM, "  intended_purposes: []\n", "");
    let d = assess(&m, "2026-11-29");
    assert_eq!(exemption(&d, "art-2-12"), "unknown");
    assert_eq!(d.verdict, Status::Unknown);
}
