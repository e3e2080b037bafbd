//! SARIF 2.1.0 for CI code scanning: one rule per requirement code (with its explanation and
//! remedy as help), one result per failing (`error`) or unknown (`warning`) requirement, located
//! at the manifest line of the first fact it read.

use std::collections::BTreeMap;
use std::io::{self, Write};

use osai_engine::definition::Definition;
use osai_engine::report::{Report, RequirementResult, Status};
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, Region,
    ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use crate::i18n::{Catalog, Lang};

/// `file:line:column` → (file, line, column); a path may itself hold colons.
fn split_at(at: &str) -> Option<(&str, i64, i64)> {
    let (rest, col) = at.rsplit_once(':')?;
    let col: i64 = col.parse().ok()?;
    match rest.rsplit_once(':') {
        Some((file, line)) => match line.parse::<i64>() {
            Ok(line) => Some((file, line, col)),
            Err(_) => Some((rest, col, 1)),
        },
        None => Some((rest, col, 1)),
    }
}

/// Where a result points: the line of its component's entry when the requirement is about a
/// component that is listed; the file alone when that component is not listed (there is no
/// line to point at, and the licence line the reason also reads is not where to fix it);
/// otherwise the first fact with a place.
fn fact_at(f: &osai_engine::report::FactRef) -> Option<(&str, i64, i64)> {
    f.at.as_deref().and_then(split_at)
}

fn location(report: &Report, r: &RequirementResult) -> Option<Location> {
    let located = match r.component {
        Some(c) => {
            let prefix = format!("components.{c}");
            let own = |f: &&osai_engine::report::FactRef| {
                f.path == prefix || f.path.starts_with(&format!("{prefix}."))
            };
            // The engine reads a component that is not listed as the fact `components.<id>`
            // with no place in the file.
            let unlisted = r.facts.iter().any(|f| f.path == prefix && f.at.is_none());
            match r.facts.iter().filter(own).find_map(fact_at) {
                Some(l) => Some(l),
                None if unlisted => None,
                None => r.facts.iter().find_map(fact_at),
            }
        }
        None => r.facts.iter().find_map(fact_at),
    };
    let (uri, region) = match located {
        Some((file, line, col)) => (
            file.to_owned(),
            Some(
                Region::builder()
                    .start_line(line.max(1))
                    .start_column(col.max(1))
                    .build(),
            ),
        ),
        None => (report.release.source.clone()?, None),
    };
    let artifact = ArtifactLocation::builder().uri(uri).build();
    let physical = match region {
        Some(region) => PhysicalLocation::builder()
            .artifact_location(artifact)
            .region(region)
            .build(),
        None => PhysicalLocation::builder()
            .artifact_location(artifact)
            .build(),
    };
    Some(Location::builder().physical_location(physical).build())
}

fn text(s: impl Into<String>) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(s.into()).build()
}

/// The SARIF log of some reports; `definitions` give each rule its explanation.
pub fn sarif_log(reports: &[Report], definitions: &[&Definition], lang: Lang) -> Sarif {
    let t = Catalog::get(lang);
    let mut rules: BTreeMap<String, ReportingDescriptor> = BTreeMap::new();
    let mut results = Vec::new();
    // Each definition's conclusion in words ("undecided: …", "exempt under …"), which no single
    // result carries.
    let mut summaries = Vec::new();
    for report in reports {
        for d in &report.definitions {
            if let Some(s) = &d.summary {
                summaries.push(serde_json::json!({
                    "release": report.release.name,
                    "definition": d.id,
                    "verdict": d.verdict.as_str(),
                    "summary": t.reason(s),
                }));
            }
            for r in &d.requirements {
                let level = match r.status {
                    Status::Fail => ResultLevel::Error,
                    Status::Unknown => ResultLevel::Warning,
                    _ => continue,
                };
                let code = r.code.to_string();
                rules.entry(code.clone()).or_insert_with(|| {
                    let found = osai_engine::find_requirement(definitions.iter().copied(), &code);
                    let explain = found
                        .and_then(|(_, q)| q.explain.as_deref())
                        .map(|e| t.text(e).into_owned());
                    let remedy = found
                        .and_then(|(_, q)| q.remedy.fail.as_deref())
                        .map(|e| t.text(e).into_owned())
                        .unwrap_or_default();
                    let help = t.ui(
                        "sarif-help",
                        &[("remedy", &remedy), ("cite", &t.text(&r.cite))],
                    );
                    let short = text(t.text(&r.title).into_owned());
                    match explain {
                        Some(e) => ReportingDescriptor::builder()
                            .id(code.clone())
                            .name(code.clone())
                            .short_description(short)
                            .full_description(text(e))
                            .help(text(help))
                            .build(),
                        None => ReportingDescriptor::builder()
                            .id(code.clone())
                            .name(code.clone())
                            .short_description(short)
                            .help(text(help))
                            .build(),
                    }
                });
                let id = if matches!(level, ResultLevel::Error) {
                    "sarif-fail"
                } else {
                    "sarif-unknown"
                };
                let reason = t.reason(&r.reason);
                let msg = t.ui(id, &[("code", &code), ("reason", &reason)]);
                let message = Message::builder().text(msg).build();
                let result = match location(report, r) {
                    Some(loc) => SarifResult::builder()
                        .rule_id(code)
                        .level(level)
                        .message(message)
                        .locations(vec![loc])
                        .build(),
                    None => SarifResult::builder()
                        .rule_id(code)
                        .level(level)
                        .message(message)
                        .build(),
                };
                results.push(result);
            }
        }
    }
    let driver = ToolComponent::builder()
        .name("osai")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://example.invalid/osai")
        .rules(rules.into_values().collect::<Vec<_>>())
        .build();
    let properties = serde_sarif::sarif::PropertyBag::builder()
        .additional_properties(BTreeMap::from([(
            "osai-summaries".to_owned(),
            serde_json::Value::Array(summaries),
        )]))
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .properties(properties)
        .build();
    Sarif::builder()
        .schema(serde_sarif::sarif::SCHEMA_URL)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build()
}

pub fn sarif(
    out: &mut impl Write,
    reports: &[Report],
    definitions: &[&Definition],
    lang: Lang,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &sarif_log(reports, definitions, lang))?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::split_at;

    #[test]
    fn locations_split_from_the_right() {
        assert_eq!(split_at("a/b.yml:12:5"), Some(("a/b.yml", 12, 5)));
        assert_eq!(split_at("C:/x.yml:3:1"), Some(("C:/x.yml", 3, 1)));
        assert_eq!(split_at("hub.jsonl:2500"), Some(("hub.jsonl", 2500, 1)));
    }
}
