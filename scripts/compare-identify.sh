#!/usr/bin/env bash
# Licence identification, side by side: osai, askalono and ScanCode on the same files.
# Needs the corpus in ../shared; installs nothing by itself. To install the other tools:
#   cargo install askalono-cli
#   python3 -m venv /tmp/scvenv && /tmp/scvenv/bin/pip install scancode-toolkit-mini 'pluggy<1.0'
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpora/licence-texts
[ -d "$corpus" ] || { echo "skipped: $corpus is absent"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$corpus"/* "$work"/ && rm -f "$work"/SOURCES.md
n=$(ls "$work" | wc -l)
cargo build -q --release -p osai-cli
echo "== osai ($n files)"
/usr/bin/time -f "   %e s wall, %M KB max RSS" target/release/osai licence identify --format json "$work"/* > "$work.osai.json"
if command -v askalono >/dev/null; then
  echo "== askalono crawl"
  /usr/bin/time -f "   %e s wall" askalono crawl "$work" > "$work.askalono.txt" 2>&1 || true
  echo "   identified: $(grep -c '^License:' "$work.askalono.txt" || true) of $n"
fi
sc=${SCANCODE:-/tmp/scvenv/bin/scancode}
if [ -x "$sc" ]; then
  echo "== ScanCode (-l -n 2)"
  /usr/bin/time -f "   %e s wall" "$sc" -l -n 2 --quiet --json-pp "$work.scancode.json" "$work" || true
fi
