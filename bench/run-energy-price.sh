#!/usr/bin/env bash
# The stateless coal price under load (docs/benchmarks.md, issue 16): build the platform, start it with demo data on
# its own database directory, take an analyst token, then wrk POSTs the contract-clause example for 30 s with
# 8 connections on 2 threads (after a 10 s warm-up). Prints to the terminal and bench/results/energy-price-<time>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8083}
PG_PORT=${PG_PORT:-55434}
DATA=./data/bench-energy-postgres
APP_JAR=/tmp/linkage-bench-energy.jar
PID_FILE=./data/bench-energy.pid
mkdir -p bench/results data
LOG=bench/results/energy-price-$(date -u +%Y%m%dT%H%M%SZ).log
exec > >(tee "$LOG") 2>&1

stop_app() {
  if [ -f "$PID_FILE" ]; then
    kill "$(cat "$PID_FILE")" 2> /dev/null || true
    while kill -0 "$(cat "$PID_FILE")" 2> /dev/null; do sleep 1; done
    rm -f "$PID_FILE"
  fi
}
trap stop_app EXIT

echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -ntp -o -q package -DskipTests
fi
cp target/linkage-platform-0.1.0-SNAPSHOT.jar "$APP_JAR"
java -jar "$APP_JAR" --server.port="$APP_PORT" \
  --linkage.embedded-postgres.data-directory="$DATA" \
  --linkage.embedded-postgres.working-directory=./data/bench-energy-postgres-bin \
  --linkage.embedded-postgres.port="$PG_PORT" > data/bench-energy.log 2>&1 &
echo $! > "$PID_FILE"
for _ in $(seq 1 240); do
  curl -fs "http://localhost:$APP_PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"analyst","password":"demo"}' \
  "http://localhost:$APP_PORT/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')
export TOKEN
echo "answer: $(curl -fs -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
  -d '{"formula":"CONTRACT","basePrice":100.0,"baseCv":6000,"basis":"NAR","spec":{"tm":10.0,"ash":12.0,"ts":0.8},"quality":{"basis":"NAR","cv":5900,"tm":11.0,"ash":13.0,"ts":0.8}}' \
  "http://localhost:$APP_PORT/api/v1/energy/coal/price" | cut -c1-80)"
wrk -t2 -c8 -d10s -s bench/energy/price.lua "http://localhost:$APP_PORT/api/v1/energy/coal/price" > /dev/null
echo "+ wrk -t2 -c8 -d30s -s bench/energy/price.lua http://localhost:$APP_PORT/api/v1/energy/coal/price"
wrk -t2 -c8 -d30s --latency -s bench/energy/price.lua "http://localhost:$APP_PORT/api/v1/energy/coal/price"
