#!/usr/bin/env python3
"""Writes docs/index-comparison.md: osai's verdicts beside the European Open Source AI Index's
grades, over every file of the Index's live database, with each kind of disagreement explained.

Usage: scripts/index-comparison.py [OSAI_BINARY] [MAIN_DATABASE_DIR] > docs/index-comparison.md
(defaults: target/release/osai and ../shared/corpora/osai-index/main-database). Needs PyYAML
only to read the Index's grades for the table; the verdicts are osai's own JSON reports.
"""

import collections
import json
import os
import subprocess
import sys

import yaml

OSAI = sys.argv[1] if len(sys.argv) > 1 else "target/release/osai"
DB = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpora/osai-index/main-database"
AS_OF = "2026-12-03"
DIMS = [
    "datasources_basemodel", "datasources_endmodel", "weights_basemodel", "weights_endmodel",
    "trainingcode", "code", "hardware_architecture", "preprint", "paper", "modelcard",
    "datasheet", "licenses",
]
SHOWN = ["osaid-1.0", "data-inclusive", "owd-0.3", "mof-1.0", "debian-ml"]
SHORT = {"open": "o", "partial": "p", "closed": "c", "": "·"}


def grades(path):
    with open(path, encoding="utf-8") as f:
        y = yaml.safe_load(f)
    out = {}
    for d in DIMS:
        v = y.get(d)
        out[d] = (v.get("class") or "").strip() if isinstance(v, dict) else ""
    system = y.get("system") or {}
    licence = system.get("endmodellicense", system.get("endmodel license")) or ""
    return out, str(licence).strip()


def assess(path):
    o = subprocess.run(
        [OSAI, "assess", path, "--format", "json", "--as-of", AS_OF],
        capture_output=True, check=True,
    )
    r = json.loads(o.stdout)
    return r[0] if isinstance(r, list) else r


def failing(report, definition):
    for d in report["definitions"]:
        if d["id"] == definition:
            return [q["code"] for q in d["requirements"] if q["status"] == "fail"]
    return []


rows = []
for name in sorted(os.listdir(DB)):
    # The Index's submission template is placeholders, not an assessment.
    if not name.endswith(".yaml") or name == "a_submission_template.yaml":
        continue
    path = os.path.join(DB, name)
    g, licence = grades(path)
    r = assess(path)
    v = {d["id"]: d for d in r["definitions"]}
    rows.append({
        "name": r["release"]["name"],
        "file": name,
        "grades": g,
        "licence": licence,
        "score": v["osai-index"].get("score"),
        "verdicts": {k: v[k]["verdict"] for k in SHOWN},
        "mof_class": v["mof-1.0"].get("class"),
        "fails": {k: failing(r, k) for k in SHOWN},
    })

LICENCE_CODES = {"OSAID-PARAMS-TERMS", "OSAID-FREEDOMS"}
OWD_TERMS = {c for r in rows for c in r["fails"]["owd-0.3"] if c != "OWD-2-WEIGHTS"}
AVAIL = ["datasources_basemodel", "datasources_endmodel", "weights_endmodel", "trainingcode", "licenses"]

groups = collections.OrderedDict()
groups["A"] = [r for r in rows if r["grades"]["licenses"] == "open"
               and (set(r["fails"]["osaid-1.0"]) & {"OSAID-PARAMS-TERMS"}
                    or set(r["fails"]["owd-0.3"]) & OWD_TERMS)]
groups["B"] = [r for r in rows if r["grades"]["weights_endmodel"] == "open"
               and r["grades"]["licenses"] != "open"
               and set(r["fails"]["owd-0.3"]) & OWD_TERMS]
groups["C"] = [r for r in rows if r["grades"]["licenses"] in ("closed", "partial")
               and r["verdicts"]["owd-0.3"] == "pass"]
groups["D"] = [r for r in rows if all(r["grades"][k] == "open" for k in AVAIL)
               and r["verdicts"]["osaid-1.0"] != "pass" and r not in groups["A"]]
groups["E"] = [r for r in rows if r["grades"]["weights_endmodel"] == "partial"
               and "OSAID-PARAMS-PUBLISHED" in r["fails"]["osaid-1.0"]]
groups["F"] = [r for r in rows if (r["score"] or 0) >= 9
               and any(r["verdicts"][k] == "fail" for k in SHOWN)
               and not any(r in groups[k] for k in "AE")]

EXPLAIN = {
    "A": ("The Index grades `licenses` open, osai finds the end model's licence not open",
          "The Index's `licenses` dimension asks whether the project is covered by OSI-approved "
          "licences; its own `endmodellicense` for these releases names a licence that is not "
          "(non-commercial, no-derivatives or field-of-use terms), so osai's OSAID and Open Weight "
          "verdicts fail on the parameters' terms. **osai is right on the licence as the Index "
          "states it**; either the grade or the licence field of the Index entry is inconsistent, "
          "and the entry is worth reporting to the Index."),
    "B": ("The Index grades the weights open, osai's Open Weight Definition fails",
          "The Index's `weights_endmodel` asks whether the weights are *freely available* (a "
          "download); the Open Weight Definition asks whether they are under *open terms*. The "
          "licence these releases name restricts redistribution, fields of use or persons. "
          "**Both are right**: they answer different questions."),
    "C": ("The Index grades `licenses` closed or partial, osai's Open Weight Definition passes",
          "osai's Open Weight verdict reads the weights' licence only (an open one here); the "
          "Index's `licenses` dimension covers the data sources and the training code too, which "
          "are under restrictive terms or not released. **Both are right**: the OWD is about "
          "weights; the data-inclusive and OSAID verdicts, which need the code and data, do not pass."),
    "D": ("The Index grades every availability dimension open, osai's OSAID verdict is unknown",
          "The Index does not state the code's licence (only that the project is under "
          "OSI-approved licences), the Data Information items, the inference or evaluation code. "
          "osai cannot decide OSAID from what the file says and asks for those facts instead of "
          "guessing. **Not a disagreement in substance**: add the missing facts to the manifest "
          "`osai import` writes and the verdict is decided."),
    "E": ("The Index grades the weights partial, osai fails OSAID's parameters requirement",
          "Partial weights in the Index mean gated or restricted access (a consent form, a "
          "request). osai imports the grade as `published: partial`, which OSAID's \"made "
          "available\" does not accept. **osai follows the grade**; where the gate is only a "
          "click-through on an open licence, state `published: true` and the licence."),
    "F": ("The Index scores the release 9 or more of 12, osai fails a definition",
          "A high score is an average; a definition is a conjunction. Each failure below rests on "
          "one grade the Index gives as closed or partial, or on the licence the Index names "
          "(the failing requirements are listed). **osai is right by the definition's own "
          "terms**; the Index is right that the release is more open than most."),
}


def grade_string(g):
    return "".join(SHORT.get(g[d], "?") for d in DIMS)


def verdict_cell(r, k):
    v = r["verdicts"][k]
    if k == "mof-1.0" and r["mof_class"]:
        return f"{v} (class {r['mof_class']})"
    return v


out = []
w = out.append
w("# osai's verdicts beside the European Open Source AI Index")
w("")
w(f"Generated by `scripts/index-comparison.py` over the {len(rows)} releases of the Index's live "
  "database (`../shared/corpora/osai-index/main-database`, commit 5a388e8 of "
  "Language-Technology-Assessment/main-database, 2026-06-12: its 194 files less the submission "
  "template), each assessed as "
  f"`osai assess FILE --as-of {AS_OF}`. Index data CC-BY-4.0: Liesenfeld & Dingemanse, "
  "doi:10.5281/zenodo.15386042, https://osai-index.eu.")
w("")
w("The Index grades openness; it does not apply a definition. osai reads its grades as facts "
  "(docs/interchange.md, table \"European Open Source AI Index\") and applies each definition "
  "to them. What the Index does not grade — the code's licence, Data Information, inference "
  "and evaluation code — is *not stated*, so many verdicts are `unknown` with the question to "
  "answer, never `fail` for what the Index is silent on.")
w("")
w("## Verdicts over the live database")
w("")
w("| definition | pass | fail | unknown |")
w("|---|---|---|---|")
for k in SHOWN:
    c = collections.Counter(r["verdicts"][k] for r in rows)
    w(f"| {k} | {c['pass']} | {c['fail']} | {c['unknown']} |")
w("")
w("## Where osai and the Index disagree, and why")
w("")
for key, members in groups.items():
    title, why = EXPLAIN[key]
    w(f"### {key}. {title} ({len(members)})")
    w("")
    w(why)
    w("")
    if members:
        if key == "F":
            for r in members:
                why = "; ".join(
                    f"{k}: {', '.join(r['fails'][k]) or 'fail'}"
                    for k in SHOWN if r["verdicts"][k] == "fail")
                lic = f" (`{r['licence']}`)" if r["licence"] else ""
                w(f"- {r['name']}{lic} — {why}")
        else:
            w(", ".join(
                f"{r['name']}" + (f" (`{r['licence']}`)" if key in "AB" and r["licence"] else "")
                for r in members))
        w("")
w("## Every release")
w("")
w("Grades in the Index's order (" + ", ".join(f"`{d}`" for d in DIMS) +
  "): o open, p partial, c closed, · not graded. Score: the Index's points (open 1, partial 0.5) "
  "of 12. Groups: the disagreements above.")
w("")
w("| release | Index grades | score | " + " | ".join(SHOWN) + " | groups |")
w("|---|---|---|" + "---|" * len(SHOWN) + "---|")
for r in sorted(rows, key=lambda r: r["name"].lower()):
    gs = "".join(k for k, m in groups.items() if r in m) or ""
    score = "" if r["score"] is None else f"{r['score']:g}"
    cells = " | ".join(verdict_cell(r, k) for k in SHOWN)
    name = r["name"].replace("|", "\\|")
    w(f"| {name} | `{grade_string(r['grades'])}` | {score} | {cells} | {gs} |")
w("")
print("\n".join(out))
