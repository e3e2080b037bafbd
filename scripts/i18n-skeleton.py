"""Prints a Fluent skeleton for a definition file: every user-facing string under its message id,
with the English as a comment, for a translator to fill in.

Usage: python3 scripts/i18n-skeleton.py crates/osai-engine/definitions/osaid-1.0.toml > fr.ftl
Ids: definition (.title, .summary, .credit), CODE (.title, .explain, .remedy-fail,
.remedy-unknown), obligation-CODE (.title, .note-N), exemption-ID, category-ID, level-ID (.name),
derive-N (.note).
"""
import sys
import tomllib


def attr(name, text):
    print(f"    # {text}")
    print(f"    .{name} = {text}")


d = tomllib.load(open(sys.argv[1], "rb"))
print(f"# {d['id']}: {d['title']}\n")
print("definition =")
attr("title", d["title"])
if "summary" in d:
    attr("summary", d["summary"])
if "score" in d and "credit" in d["score"]:
    attr("credit", d["score"]["credit"])
print()
for r in d.get("requirement", []):
    print(f"{r['code']} =")
    attr("title", r["title"])
    attr("explain", r["explain"])
    for k, v in r.get("remedy", {}).items():
        attr(f"remedy-{k}", v)
    print()
for o in d.get("obligation", []):
    print(f"obligation-{o['code']} =")
    attr("title", o["title"])
    for i, s in enumerate(o.get("since_rules", [])):
        attr(f"note-{i}", s["note"])
    print()
for e in d.get("exemption", []):
    print(f"exemption-{e['id']} =")
    attr("title", e["title"])
    print()
for c in d.get("category", []):
    print(f"category-{c['id']} =")
    attr("title", c["title"])
    print()
for l in d.get("levels", {}).get("level", []):
    print(f"level-{l['id']} =")
    attr("name", l["name"])
    print()
for i, x in enumerate(d.get("derive", [])):
    print(f"derive-{i} =")
    attr("note", x["note"])
    print()
