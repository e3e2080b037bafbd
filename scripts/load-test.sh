#!/usr/bin/env bash
# Load test of `osai serve` on loopback with wrk (Debian package `wrk`): 30 s of assessments
# (POST /api/v1/assess with the OLMo example), 30 s of stored-release reads
# (GET /api/v1/releases/1), 2 threads, 32 connections; then the catalogue page with 500
# releases (the bundled catalogue, the examples and 30 posted) and a filter, paced at about 200
# requests a second (11 connections, 50 ms between a connection's requests), and the same page
# unpaced. Prints wrk's latency distributions (p99 is the 99% line).
# Usage: scripts/load-test.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
cargo build --release -q
dir="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
OSAI_TOKEN=load-test ./target/release/osai serve --addr 127.0.0.1:18099 --db "$dir/osai.db" 2>"$dir/serve.log" &
pid=$!
for _ in $(seq 50); do curl -sf http://127.0.0.1:18099/healthz >/dev/null && break; sleep 0.1; done
cat > "$dir/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
-- With the server's token: not counted against the per-client budget (one client here).
wrk.headers["Authorization"] = "Bearer load-test"
local f = io.open("examples/olmo-2-7b.yml", "r")
wrk.body = f:read("*a")
f:close()
LUA
echo "== POST /api/v1/assess (every built-in definition, JSON report, with the token), ${secs}s"
wrk -t2 -c32 -d"${secs}s" --latency -s "$dir/post.lua" http://127.0.0.1:18099/api/v1/assess
echo "== GET /api/v1/releases/1 (stored manifest and report), ${secs}s"
wrk -t2 -c32 -d"${secs}s" --latency http://127.0.0.1:18099/api/v1/releases/1
# 30 more releases: 500 in the catalogue.
for i in $(seq 30); do
  printf 'osai: 1\nrelease:\n  name: load-test-%s\n  kind: model\nlicenses:\n  distribution: Apache-2.0\ncomponents:\n  model-parameters-final: {}\n' "$i" |
    curl -sf -H "Authorization: Bearer load-test" --data-binary @- http://127.0.0.1:18099/api/v1/releases >/dev/null
done
total=$(curl -sf 'http://127.0.0.1:18099/api/v1/releases?per_page=1' | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
page='/releases?v=owd-0.3:pass&licence=Apache-2.0&sort=year'
echo "== GET $page ($total releases, HTML page), paced at 200 req/s, ${secs}s"
cat > "$dir/pace.lua" <<LUA
function delay() return 50 end
LUA
wrk -t1 -c11 -d"${secs}s" --latency -s "$dir/pace.lua" "http://127.0.0.1:18099$page"
echo "== the same page unpaced (2 threads, 32 connections), ${secs}s"
wrk -t2 -c32 -d"${secs}s" --latency "http://127.0.0.1:18099$page"
echo "== server RSS after the run: $(ps -o rss= -p "$pid") KiB"
