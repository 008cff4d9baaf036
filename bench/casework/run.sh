#!/usr/bin/env bash
# Casework and rates read paths under wrk against a running server (./mvnw -B -ntp spring-boot:run, demo data).
# Usage: bench/casework/run.sh [base-url]   Results go to stdout; copy them into docs/benchmarks.md.
set -euo pipefail
BASE=${1:-http://localhost:8080}
DIR=$(cd "$(dirname "$0")" && pwd)
TOKEN=$(curl -s -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"analyst","password":"demo"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
export TOKEN
for target in \
  "GET $BASE/api/v1/casework/working-days?country=VN&from=2026-02-12&days=50" \
  "GET $BASE/api/v1/reference/convert?amount=1000000&currency=VND&date=2026-11-02" \
  "POST $BASE/api/v1/casework/cases/similar" \
  "GET $BASE/api/v1/casework/scoreboard"; do
  method=${target%% *}; url=${target#* }
  script=$DIR/get.lua; [ "$method" = POST ] && script=$DIR/similar.lua
  echo "== $method $url"
  wrk -t2 -c8 -d20s --latency -s "$script" "$url" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|requests in"
done
