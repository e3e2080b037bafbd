#!/usr/bin/env python3
"""Baseline for the batch benchmark: a plain Python loop computing the MOF class (as the Model
Openness Tool does) for each manifest of a JSON Lines file. Usage: mof_class.py LICENCES.json IN.jsonl
LICENCES.json is `osai licence list --all --format json` (OSI/FSF flags of the SPDX list)."""
import json
import sys

OPEN_DATA = {"CC0-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0", "ODC-PDDL-1.0",
             "ODC-By-1.0", "ODbL-1.0", "GFDL-1.3", "OGL-Canada-2.0", "OGL-UK-2.0", "OGL-UK-3.0", "OpenMDW-1.0"}
PREFIXES = ("CC-BY-1", "CC-BY-2", "CC-BY-3", "CC-BY-4", "CC-BY-SA-1", "CC-BY-SA-2", "CC-BY-SA-3", "CC-BY-SA-4")
EXCEPT = {"BSD-3-Clause-Open-MPI", "CDDL-1.1", "CNRI-Python-GPL-Compatible", "Python-2.0.1", "W3C-20150513", "curl"}
CLASSES = {
    3: ["model-architecture", "model-parameters-final", "evaluation-results", "model-card", "data-card", "technical-report"],
    2: ["training-code", "inference-code", "evaluation-code", "evaluation-data"],
    1: ["datasets", "data-preprocessing-code", "model-parameters-intermediate", "research-paper"],
}
TYPE = {"model-architecture": "code", "data-preprocessing-code": "code", "training-code": "code", "inference-code": "code",
        "evaluation-code": "code", "model-parameters-final": "model", "model-parameters-intermediate": "model",
        "datasets": "data", "evaluation-data": "data", "model-card": "document", "data-card": "document",
        "technical-report": "document", "research-paper": "document", "evaluation-results": "document"}


def main():
    flags = {e["id"]: e.get("osi_approved") or e.get("fsf_libre") for e in json.load(open(sys.argv[1]))}

    def is_open(lic):
        if lic in EXCEPT:
            return False
        return lic in OPEN_DATA or lic.startswith(PREFIXES) or bool(flags.get(lic))

    counts = {0: 0, 1: 0, 2: 0, 3: 0}
    with open(sys.argv[2]) as f:
        for line in f:
            m = json.loads(line)
            comps = m.get("components", {})
            lic = m.get("licenses", {})

            def state(c):
                comp = comps.get(c)
                if comp is None or comp.get("published", True) is False:
                    return "missing"
                own = comp.get("license")
                if own is None:
                    t = TYPE[c]
                    chain = ["model", "data"] if t == "model" else [t]
                    own = next((lic[k] for k in chain + ["distribution"] if lic.get(k)), None)
                if own is None or own.strip() in ("", "unlicensed"):
                    return "unlicensed"
                return "included" if is_open(own.strip()) else "invalid"

            st = {c: state(c) for cls in CLASSES.values() for c in cls}
            sub = st["technical-report"] != "included" and st["research-paper"] != "missing"
            req = {k: list(v) for k, v in CLASSES.items()}
            if sub:
                req[3] = [c for c in req[3] if c != "technical-report"] + ["research-paper"]
            progress = {}
            for c in (3, 2, 1):
                total, inc, stopped_above = 0, 0, False
                for i in range(3, c - 1, -1):
                    total += len(CLASSES[i])
                    inc = sum(1 for x in {x for j in range(3, i - 1, -1) for x in req[j]} if st[x] == "included")
                    if inc < total:
                        stopped_above = i > c
                        break
                if stopped_above:
                    progress[c] = 0.0
                    continue
                if c == 1 and st["technical-report"] != "included" and st["research-paper"] == "included":
                    total -= 1
                progress[c] = min(100.0, inc / total * 100.0)
            cls = next((c for c in (1, 2, 3) if progress[c] == 100.0), 0)
            counts[cls] += 1
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
