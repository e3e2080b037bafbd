#!/usr/bin/env bash
# Refreshes the bundled catalogue (catalogue/) from its upstream repositories, recording the
# commit and date of each in catalogue/sources.toml. Needs git and the network; run by a
# maintainer, review the diff, commit.
#
#   scripts/refresh-catalogue.sh                   # clone both upstreams
#   scripts/refresh-catalogue.sh MOT_DIR INDEX_DIR # use checkouts you have
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mot=${1:-}
index=${2:-}
if [ -z "$mot" ]; then
  git clone -q --depth 1 https://github.com/lfai/model_openness_tool "$work/mot"
  mot="$work/mot"
fi
if [ -z "$index" ]; then
  git clone -q --depth 1 https://github.com/Language-Technology-Assessment/main-database "$work/index"
  index="$work/index"
fi
commit_of() { git -C "$1" rev-parse --short HEAD 2>/dev/null || echo unrecorded; }
today=$(date -u +%F)

rm -f catalogue/mot/models/*.yml catalogue/osai-index/main-database/*.yaml
cp "$mot"/models/*.yml catalogue/mot/models/
cp "$mot"/LICENSE catalogue/mot/LICENSE
# The Index's per-system files; `_parameters*.yml` describe the schema, not systems.
find "$index" -maxdepth 1 -name '*.yaml' -exec cp {} catalogue/osai-index/main-database/ \;

update() { # dataset-id commit
  awk -v id="$1" -v commit="$2" -v taken="$today" '
    /^id = / { cur = $3; gsub(/"/, "", cur) }
    cur == id && /^commit = / { print "commit = \"" commit "\""; next }
    cur == id && /^taken = / { print "taken = \"" taken "\""; next }
    { print }' catalogue/sources.toml > "$work/sources.toml"
  mv "$work/sources.toml" catalogue/sources.toml
}
update mot "$(commit_of "$mot")"
update osai-index "$(commit_of "$index")"
echo "catalogue: $(ls catalogue/mot/models | wc -l) MOT files, $(ls catalogue/osai-index/main-database | wc -l) Index files"
echo "check the LICENSE.md commit line by hand, run cargo test, and commit"
