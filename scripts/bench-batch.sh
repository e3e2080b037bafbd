#!/usr/bin/env bash
# End-to-end batch timing on this machine: releases/s over a synthetic corpus (all five
# definitions of the spec; full and --brief reports), peak memory at two input sizes, and MOF
# alone against a plain Python loop computing the MOF class on the same lines.
#   scripts/bench-batch.sh [N=200000]      (ROUNDS=5: runs of the MOF/Python comparison)
# PROFILE=release measures the everyday build; the default, `dist`, the distribution build
# (fat LTO, one codegen unit; see Cargo.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200000}
profile=${PROFILE:-dist}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build -q --profile "$profile" -p osai-cli --bin osai -p osai-formats --example gen_corpus
bin=${CARGO_TARGET_DIR:-target}/$profile
osai=$bin/osai
five="-d osaid-1.0 -d mof-1.0 -d data-inclusive -d debian-ml -d eu-ai-act"
echo "profile $profile"
$bin/examples/gen_corpus "$n" "$work/corpus.jsonl"
$bin/examples/gen_corpus $((n / 10)) "$work/small.jsonl"
rate() { python3 -c "import sys; print(f'{int(sys.argv[1]) / float(sys.argv[2]):,.0f} releases/s')" "$1" "$2"; }
run() { # label, input, count, args...
  local label=$1 input=$2 count=$3; shift 3
  /usr/bin/time -f "%e %M" -o "$work/time" $osai assess --format jsonl "$@" "$input" > /dev/null 2> "$work/err" || true
  read -r secs kb < "$work/time"
  echo "$label: $count releases in ${secs}s = $(rate "$count" "$secs"), peak RSS $((kb / 1024)) MB"
}
run "five definitions, --brief      " "$work/corpus.jsonl" "$n" $five --brief
run "five definitions, --brief, 1/10" "$work/small.jsonl" $((n / 10)) $five --brief
run "five definitions, full, 1/10   " "$work/small.jsonl" $((n / 10)) $five
head -n $((n / 2)) "$work/corpus.jsonl" > "$work/half.jsonl"
$osai licence list --all --format json > "$work/licences.json"
# MOF alone against the Python loop, as hyperfine would: one warm-up run each (an idle core
# here runs a short job far slower), then ROUNDS runs back to back, timed to the millisecond;
# medians.
python3 - "$((n / 2))" "${ROUNDS:-5}" "$osai" "$work" <<'PY'
import statistics, subprocess, sys, time
n, rounds, osai, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
half = f"{work}/half.jsonl"
tools = {
    "MOF alone, --brief    ": [osai, "assess", "--format", "jsonl", "-d", "mof-1.0", "--brief", half],
    "MOF alone, --summary  ": [osai, "assess", "--summary", "-d", "mof-1.0", half],
    "Python MOF class loop ": ["python3", "scripts/mof_class.py", f"{work}/licences.json", half],
}
medians, classes = {}, ""
for label, cmd in tools.items():
    # Reports go to /dev/null, as in the runs above; the summary and the Python loop print
    # only their counts.
    sink = subprocess.DEVNULL if label.startswith("MOF") else subprocess.PIPE
    def run():
        return subprocess.run(cmd, stdout=sink, stderr=subprocess.DEVNULL, text=True).stdout
    run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        out = run()
        times.append(time.perf_counter() - start)
    if label.startswith("Python"):
        classes = out.strip()
    medians[label] = statistics.median(times)
    runs = " ".join(f"{t:.3f}" for t in sorted(times))
    print(f"{label}: {n} releases, median {medians[label]:.3f}s = {n / medians[label]:,.0f} releases/s (runs: {runs})")
brief_m, summary_m, py_m = medians.values()
print(f"MOF alone is {py_m / brief_m:.1f}x the Python loop writing a brief report per release, "
      f"{py_m / summary_m:.1f}x counting only as the loop does "
      f"(medians of {rounds} runs after a warm-up; Python classes {classes})")
PY
