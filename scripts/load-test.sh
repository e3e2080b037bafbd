#!/usr/bin/env bash
# Load test of `osai serve` on loopback with wrk (Debian package `wrk`): 30 s of assessments
# (POST /api/v1/assess with the OLMo example) and 30 s of catalogue reads
# (GET /api/v1/releases/1), 2 threads, 32 connections. Prints wrk's latency distribution.
# Usage: scripts/load-test.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
cargo build --release -q
dir="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
./target/release/osai serve --addr 127.0.0.1:18099 --db "$dir/osai.db" 2>"$dir/serve.log" &
pid=$!
for _ in $(seq 50); do curl -sf http://127.0.0.1:18099/healthz >/dev/null && break; sleep 0.1; done
cat > "$dir/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
local f = io.open("examples/olmo-2-7b.yml", "r")
wrk.body = f:read("*a")
f:close()
LUA
echo "== POST /api/v1/assess (all nine definitions, JSON report), ${secs}s"
wrk -t2 -c32 -d"${secs}s" --latency -s "$dir/post.lua" http://127.0.0.1:18099/api/v1/assess
echo "== GET /api/v1/releases/1 (stored manifest and report), ${secs}s"
wrk -t2 -c32 -d"${secs}s" --latency http://127.0.0.1:18099/api/v1/releases/1
echo "== server RSS after the run: $(ps -o rss= -p "$pid") KiB"
