//! The bundled catalogue in a new database: every entry read and attributed, the filters of the
//! catalogue and its API, downloads, the comparison, the statistics and the readings of the AI
//! Act, and the release page for people — over a loopback socket.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::OnceLock;

use osai_server::Limits;
use serde_json::Value;

mod common;
use common::send;

/// One server over the catalogue for every test here (loading it assesses 467 releases).
fn server() -> SocketAddr {
    static ADDR: OnceLock<SocketAddr> = OnceLock::new();
    *ADDR.get_or_init(|| {
        let mut store = osai_server::Store::in_memory().expect("store");
        let done = osai_server::load_catalogue(&mut store).expect("catalogue");
        assert!(done.failed.is_empty(), "{:?}", done.failed);
        common::server_on(store, Limits::default(), None)
    })
}

/// A page as a reader sees its text: the entities the templates write for `/` and `'` read back.
fn get(path: &str) -> (u16, String) {
    let (status, body) = send(server(), "GET", path, "text/plain", b"");
    (status, body.replace("&#x2f;", "/").replace("&#x27;", "'"))
}

fn json(path: &str) -> Value {
    let (status, body) = get(path);
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).expect("json")
}

fn all(query: &str) -> Vec<Value> {
    json(&format!("/api/v1/releases?per_page=500&{query}"))["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn every_bundled_entry_is_read_assessed_and_attributed() {
    let sets = osai_server::catalogue::datasets();
    assert_eq!(sets.len(), 2);
    for d in sets {
        assert!(!d.attribution.is_empty() && !d.licence.is_empty() && !d.taken.is_empty());
    }
    let count = |id: &str| {
        osai_server::catalogue::entries()
            .filter(|e| e.dataset.id == id)
            .count()
    };
    assert_eq!((count("mot"), count("osai-index")), (273, 194));
    let items = all("");
    assert_eq!(items.len(), 467);
    let defs = osai_engine::builtin_definitions().len();
    for i in &items {
        assert!(i["dataset"].is_string() && i["source"].is_string(), "{i}");
        assert_eq!(
            i["verdicts"].as_object().map(|o| o.len()),
            Some(defs),
            "{i}"
        );
    }
    // Loading again changes nothing: no new version where nothing changed.
    let mut store = osai_server::Store::in_memory().expect("store");
    let first = osai_server::load_catalogue(&mut store).expect("load");
    let again = osai_server::load_catalogue(&mut store).expect("load");
    assert_eq!(
        (first.added, again.added, again.updated, again.unchanged),
        (467, 0, 0, 467)
    );
}

#[test]
fn filters_combine_and_counts_add_up() {
    let olmo = all("q=olmo");
    assert!(olmo.len() >= 4, "{}", olmo.len());
    for i in &olmo {
        let text = format!("{} {} {}", i["name"], i["producer"], i["hub"]).to_lowercase();
        assert!(text.contains("olmo"), "{text}");
    }
    let open = all("definition=owd-0.3&verdict=pass");
    assert!(open.iter().all(|i| i["verdicts"]["owd-0.3"] == "pass"));
    let apache = all("licence=Apache-2.0");
    let both = all("v=owd-0.3:pass&licence=Apache-2.0");
    let ids = |v: &[Value]| {
        v.iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect::<BTreeSet<_>>()
    };
    assert_eq!(ids(&both), &ids(&open) & &ids(&apache));
    assert!(!both.is_empty());
    let list = json("/api/v1/releases?v=owd-0.3:pass&per_page=5&page=2");
    assert_eq!(list["items"].as_array().unwrap().len(), 5);
    assert_eq!(list["total"].as_u64(), Some(open.len() as u64));
    let by_family: u64 = list["counts"]["licence_family"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(by_family, open.len() as u64);
    // Sorting by year puts the newest first; unknown years last.
    let years: Vec<i64> = all("sort=year")
        .iter()
        .filter_map(|i| i["year"].as_i64())
        .collect();
    assert!(years.windows(2).all(|w| w[0] >= w[1]));
    // Past the last page: an empty page.
    assert_eq!(
        json("/api/v1/releases?page=99999")["items"],
        serde_json::json!([])
    );
}

#[test]
fn downloads_carry_the_selection_and_the_attribution() {
    let n = all("dataset=osai-index").len();
    let (status, csv) = get("/api/v1/releases?dataset=osai-index&format=csv");
    assert_eq!(status, 200);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), n + 1);
    assert!(lines[0].starts_with("id,name,producer,hub,"));
    assert!(lines[0].contains("osaid-1.0") && lines[0].ends_with("attribution"));
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.contains("doi:10.5281/zenodo.15386042"))
    );
    let (_, jsonl) = get("/releases?dataset=mot&format=jsonl");
    let rows: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 273);
    assert!(
        rows.iter()
            .all(|r| r["attribution"].as_str().unwrap().contains("MIT"))
    );
}

#[test]
fn two_to_five_releases_compare_side_by_side() {
    let olmo = all("q=olmo");
    let (a, b) = (
        olmo[0]["id"].as_i64().unwrap(),
        olmo[1]["id"].as_i64().unwrap(),
    );
    let (status, page) = get(&format!("/compare?id={a}&id={b}"));
    assert_eq!(status, 200);
    for name in [&olmo[0]["name"], &olmo[1]["name"]] {
        assert!(page.contains(name.as_str().unwrap()), "{name}");
    }
    assert!(page.contains("Components: published or not"));
    assert_eq!(get(&format!("/compare?id={a}")).0, 400);
    let six: String = all("")
        .iter()
        .take(6)
        .map(|i| format!("id={}&", i["id"]))
        .collect();
    assert_eq!(get(&format!("/compare?{six}")).0, 400);
    let (_, fr) = get(&format!("/compare?id={a}&id={b}&lang=fr"));
    assert!(fr.contains("Côte à côte"));
}

#[test]
fn the_readings_follow_the_definitions_they_read() {
    let stats = json("/api/v1/stats");
    assert_eq!(stats["releases"], 467);
    assert_eq!(
        stats["readings"],
        serde_json::json!(["eu-ai-act", "eu-ai-act-osaid", "eu-ai-act-data-inclusive"])
    );
    for (d, per) in stats["counts"]["verdicts"].as_object().unwrap() {
        let sum: u64 = per
            .as_object()
            .unwrap()
            .values()
            .map(|v| v.as_u64().unwrap())
            .sum();
        assert_eq!(sum, 467, "{d}");
    }
    // The founding question: the exemption depends on the reading.
    assert!(!stats["reading_changes"].as_array().unwrap().is_empty());
    for i in all("") {
        let reading = |d: &str, e: &str| i["exemptions"][d][e].as_str().unwrap_or("").to_owned();
        for (def, read) in [
            ("osaid-1.0", "eu-ai-act-osaid"),
            ("data-inclusive", "eu-ai-act-data-inclusive"),
        ] {
            let v = i["verdicts"][def].as_str().unwrap();
            let ex = reading(read, "art-53-2");
            if ex == "applies" {
                assert_eq!(v, "pass", "{}: {read} exempts but {def} is {v}", i["name"]);
            }
            if v == "fail" {
                assert_eq!(ex, "does-not-apply", "{}", i["name"]);
            }
        }
    }
    let (status, page) = get("/stats?lang=fr");
    assert_eq!(status, 200);
    assert_eq!(page.matches("<svg").count(), 4);
    assert_eq!(page.matches("<title id=").count(), 4);
    assert_eq!(page.matches("class=\"numbers\"").count(), 4);
    assert!(page.contains("Publications dont l'exemption change selon la lecture"));
    let (_, dis) = get("/disagreements");
    assert!(dis.contains("v=owd-0.3:pass&amp;v=osaid-1.0:fail"), "{dis}");
}

#[test]
fn a_release_page_says_where_each_fact_comes_from() {
    let amber = all("q=amber&dataset=mot");
    let id = amber[0]["id"].as_i64().unwrap();
    let (status, page) = get(&format!("/releases/{id}"));
    assert_eq!(status, 200);
    assert!(page.contains("What would make it pass"));
    assert!(
        page.contains("models/Amber.yml of the Model Openness Tool data set"),
        "{page}"
    );
    // Facts point at their line in the data set's file.
    assert!(page.contains("<code>models/Amber.yml:"), "no fact location");
    assert!(page.contains("Copyright 2024 The Model Openness Tool Authors"));
    assert!(page.contains(&format!("/releases/{id}/badge/osaid-1.0.svg")));
    let (_, fr) = get(&format!("/releases/{id}?lang=fr"));
    assert!(fr.contains("D'où viennent les faits"));
    let (status, svg) = get(&format!("/releases/{id}/badge/mof-1.0.svg"));
    assert_eq!(status, 200);
    assert!(svg.starts_with("<svg"));
    assert_eq!(get(&format!("/releases/{id}/badge/nope.svg")).0, 404);
    // The same model in the other data set, when both describe it.
    let linked = all("")
        .into_iter()
        .find(|i| !i["same_as"].as_array().unwrap().is_empty());
    let linked = linked.expect("a release described by both data sets");
    let (_, page) = get(&format!("/releases/{}", linked["id"]));
    assert!(page.contains("The same model in another data set"));
}

#[test]
fn the_home_page_offers_the_names_as_one_types() {
    let (_, home) = get("/");
    assert!(home.contains("<datalist id=\"release-names\">"));
    assert!(home.matches("<option value=").count() >= 400);
    let (status, page) = get("/releases?q=olmo&v=mof-1.0:pass&sort=mof&lang=fr");
    assert_eq!(status, 200);
    assert!(page.contains("correspond"), "{page}");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// A filter added never adds releases, and the facets' counts describe the selection.
    #[test]
    fn filters_only_narrow(
        q in proptest::option::of("[a-z]{1,3}"),
        family in proptest::option::of(proptest::sample::select(vec!["open-source", "restricted", "unknown", "not-stated"])),
        verdict in proptest::option::of(proptest::sample::select(vec!["pass", "fail", "unknown"])),
        dataset in proptest::option::of(proptest::sample::select(vec!["mot", "osai-index"])),
    ) {
        let mut parts = Vec::new();
        if let Some(q) = &q { parts.push(format!("q={q}")); }
        if let Some(f) = family { parts.push(format!("family={f}")); }
        if let Some(v) = verdict { parts.push(format!("v=osaid-1.0:{v}")); }
        if let Some(d) = dataset { parts.push(format!("dataset={d}")); }
        let ids = |query: &str| all(query).iter().map(|i| i["id"].as_i64().unwrap()).collect::<BTreeSet<_>>();
        let together = ids(&parts.join("&"));
        for p in &parts {
            proptest::prop_assert!(together.is_subset(&ids(p)));
        }
    }
}
