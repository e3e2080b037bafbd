//! Model Openness Tool YAML (`framework:` + `release:` with a `components` list), the format of
//! the Tool's 273 model files. Lenient: licence strings people typed become warnings, not errors.

use osai_engine::component::ComponentId;
use osai_engine::manifest::{
    Component, ComponentMap, LicenseDefaults, Manifest, Release, ReleaseKind, ReleaseType,
};

use crate::diagnostic::Diagnostic;
use crate::read::Reader;
use crate::tree::{Node, Value};

pub(crate) fn is_mot(root: &Node) -> bool {
    root.get("framework").is_some()
        && root
            .get("release")
            .is_some_and(|r| r.get("components").is_some() || r.get("name").is_some())
}

pub(crate) fn read(r: &mut Reader<'_>, root: &Node) -> Option<Manifest> {
    r.lenient_licences = true;
    // The Tool grades the ids as written (`apache-2.0` is not open to it): kept, so its
    // classes are reproduced, with W-MOF-EXACT-ID saying what to write.
    r.canonical_licences = false;
    let release_node = root.get("release")?;
    if !matches!(release_node.value, Value::Map(_)) {
        r.errors.push(Diagnostic::new(
            "E-TYPE",
            release_node.span,
            "`release` must be a mapping",
            "expected a mapping",
        ));
        return None;
    }
    let text = |r: &mut Reader<'_>, key: &str| -> Option<String> {
        let n = release_node.get(key)?;
        r.string(n, &format!("release.{key}"))
            .filter(|s| !s.trim().is_empty())
    };
    let Some(name) = text(r, "name") else {
        r.errors.push(
            Diagnostic::new(
                "E-MISSING",
                release_node.span.start_only(),
                "the release has no name",
                "in this release",
            )
            .with_help("add `name:` under `release:`"),
        );
        return None;
    };
    warn_on_name_mismatch(r, &name, release_node);
    let date = release_node.get("date").and_then(|n| {
        let before = r.errors.len();
        let d = r.date(n, "release.date");
        if r.errors.len() > before {
            // The Tool does not validate dates; keep the file readable and say so.
            let e = r.errors.pop().expect("just pushed");
            r.warn("W-DATE", e.message, n.span);
        }
        d
    });
    let release_type = release_node.get("type").and_then(|n| match n.as_str()? {
        "language" => Some(ReleaseType::Language),
        "vision" => Some(ReleaseType::Vision),
        "audio" => Some(ReleaseType::Audio),
        "multimodal" => Some(ReleaseType::Multimodal),
        "" => None,
        _ => Some(ReleaseType::Other),
    });
    if let Some(n) = release_node.get("type") {
        r.record("release.type", n);
    }
    let release = Release {
        name,
        kind: ReleaseKind::Model,
        version: text(r, "version"),
        producer: text(r, "producer"),
        date,
        release_type,
        repository: text(r, "repository"),
        huggingface: text(r, "huggingface"),
    };

    let mut licenses = LicenseDefaults::default();
    if let Some(l) = release_node.get("license")
        && let Value::Map(entries) = &l.value
    {
        {
            for (k, v) in entries {
                let Some(key) = k.as_str() else { continue };
                let Some(name_node) = v.get("name") else {
                    continue;
                };
                let path = format!("licenses.{key}");
                let value = r.licence(name_node, &path).filter(|s| !s.trim().is_empty());
                match key {
                    "distribution" => licenses.distribution = value,
                    "code" => licenses.code = value,
                    "data" => licenses.data = value,
                    "document" => licenses.document = value,
                    other => r.warn(
                        "W-MOT-LICENCE-TYPE",
                        format!("global licence type `{other}` is not one the Tool reads"),
                        k.span,
                    ),
                }
            }
        }
    }

    let mut components = ComponentMap::new();
    if let Some(list) = release_node.get("components") {
        match &list.value {
            Value::Seq(items) => {
                for item in items {
                    read_component(r, item, &licenses, &mut components);
                }
            }
            Value::Null => {}
            _ => r.errors.push(Diagnostic::new(
                "E-TYPE",
                list.span,
                "`components` must be a list",
                "expected a list",
            )),
        }
    }
    Some(Manifest {
        osai: 1,
        release,
        licenses,
        // The Tool's files list every component; one not listed is not included.
        components,
        components_complete: true,
        data_information: Default::default(),
        facts: Default::default(),
        profiles: Default::default(),
        evidence: Vec::new(),
    })
}

fn read_component(
    r: &mut Reader<'_>,
    item: &Node,
    defaults: &LicenseDefaults,
    out: &mut ComponentMap,
) {
    let Some(name_node) = item.get("name") else {
        r.warn(
            "W-MOT-COMPONENT",
            "a component without a name is ignored".into(),
            item.span,
        );
        return;
    };
    let name = name_node.scalar_text().unwrap_or_default();
    let Some(id) = ComponentId::parse(name) else {
        let help = crate::read::did_you_mean(name, ComponentId::spellings()).unwrap_or_default();
        r.warn(
            "W-MOT-COMPONENT",
            format!("unknown component `{name}` is ignored {help}")
                .trim_end()
                .to_owned(),
            name_node.span,
        );
        return;
    };
    let path = format!("components.{}", id.key());
    if out.contains_key(&id) {
        r.warn(
            "W-MOT-COMPONENT",
            format!("component `{name}` is listed twice; the first is kept"),
            name_node.span,
        );
        return;
    }
    r.record(&path, name_node);
    let mut text_field = |key: &str, field: &str| {
        item.get(key)
            .and_then(|n| r.string(n, &format!("{path}.{field}")))
            .filter(|s| !s.trim().is_empty())
    };
    let mut c = Component {
        location: text_field("component_path", "location"),
        license_file: text_field("license_path", "license_file"),
        description: item
            .get("description")
            .and_then(|n| n.scalar_text())
            .map(str::to_owned),
        ..Component::default()
    };
    let lpath = format!("{path}.license");
    match item.get("license") {
        Some(n) if n.scalar_text().is_some_and(|s| s.trim().is_empty()) => {
            r.record(&lpath, n);
            c.license = Some("unlicensed".into());
        }
        Some(n) if !matches!(n.value, Value::Null) => c.license = r.licence(n, &lpath),
        _ => {
            // The Tool's convention: no own licence and no global licence for the type means
            // unlicensed. Say so explicitly, so osai does not read it as "not stated".
            let has_default = match id.content_type() {
                osai_engine::component::ContentType::Code => defaults.code.is_some(),
                osai_engine::component::ContentType::Model
                | osai_engine::component::ContentType::Data => defaults.data.is_some(),
                osai_engine::component::ContentType::Document => defaults.document.is_some(),
            } || defaults.distribution.is_some();
            if !has_default {
                c.license = Some("unlicensed".into());
            }
        }
    }
    out.insert(id, c);
}

/// The Tool's files are named after their release; when the two disagree (a copied file not
/// renamed inside), say so instead of trusting either silently.
fn warn_on_name_mismatch(r: &mut Reader<'_>, name: &str, release_node: &Node) {
    let file = r.source.rsplit(['/', '\\']).next().unwrap_or(r.source);
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let fold = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let ascii = |s: &str| -> String { fold(s).chars().filter(char::is_ascii).collect() };
    let related =
        |a: String, b: String| a.is_empty() || b.is_empty() || a.contains(&b) || b.contains(&a);
    // `PanGu-a.yml` for `PanGu-α`: transliterations are not mismatches.
    if related(fold(stem), fold(name)) || related(ascii(stem), ascii(name)) {
        return;
    }
    let span = release_node
        .get("name")
        .map_or(release_node.span, |n| n.span);
    let msg = format!(
        "the release is named `{name}` but the file is `{file}`: one of them is wrong; the report uses `{name}`"
    );
    r.warn("W-NAME-MISMATCH", msg, span);
}
