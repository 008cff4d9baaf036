#!/usr/bin/env bash
# The infrastructure map layer under load (docs/benchmarks.md, issue 16 night): build the platform, start it with demo
# data on its own database directory, take an analyst token, then wrk GETs the projects' GeoJSON (what every home
# page of a project reader fetches) for 30 s with 8 connections on 2 threads, after a 10 s warm-up; /actuator/health
# beside it as the in-run reference. Prints to the terminal and bench/results/energy-map-<time>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8093}
PG_PORT=${PG_PORT:-55444}
DATA=./data/bench-energy-map-postgres
APP_JAR=/tmp/linkage-bench-energy-map.jar
PID_FILE=./data/bench-energy-map.pid
mkdir -p bench/results data
LOG=bench/results/energy-map-$(date -u +%Y%m%dT%H%M%SZ).log
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
  --linkage.embedded-postgres.working-directory=./data/bench-energy-map-postgres-bin \
  --linkage.embedded-postgres.port="$PG_PORT" > data/bench-energy-map.log 2>&1 &
echo $! > "$PID_FILE"
for _ in $(seq 1 240); do
  curl -fs "http://localhost:$APP_PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"analyst","password":"demo"}' \
  "http://localhost:$APP_PORT/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')
URL="http://localhost:$APP_PORT/api/v1/energy/infrastructure/projects.geojson"
echo "answer: $(curl -fs -H "Authorization: Bearer $TOKEN" -H 'Accept-Language: vi' "$URL" | cut -c1-120)"
wrk -t2 -c8 -d10s -H "Authorization: Bearer $TOKEN" "$URL" > /dev/null
echo "+ wrk -t2 -c8 -d30s --latency (bearer, Accept-Language: vi) $URL"
wrk -t2 -c8 -d30s --latency -H "Authorization: Bearer $TOKEN" -H 'Accept-Language: vi' "$URL"
echo "+ wrk -t2 -c8 -d10s --latency http://localhost:$APP_PORT/actuator/health"
wrk -t2 -c8 -d10s --latency "http://localhost:$APP_PORT/actuator/health"
