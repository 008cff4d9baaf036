#!/usr/bin/env bash
# The declaration lodging benchmark of issue 13 (docs/benchmarks.md, "Border declarations"): build the platform,
# start it on a fresh benchmark database of its own (durable commits: fsync and synchronous_commit on), lodge
# declarations over HTTP for DURATION with every request sent twice, count what was stored, then measure
# pgbench's plain-insert rate on the same PostgreSQL as the ceiling. Never part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8113}
PG_PORT=${PG_PORT:-55513}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-16}
DATA=./data/bench-border-postgres
APP_JAR=/tmp/linkage-border-bench-app.jar
PID_FILE=./data/bench-border-app.pid
PSQL=/usr/lib/postgresql/15/bin/psql
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
mkdir -p bench/results data
LOG=bench/results/declarations-$(date -u +%Y%m%dT%H%M%SZ).log
exec > >(tee "$LOG") 2>&1

stop_app() {
  if [ -f "$PID_FILE" ]; then
    kill "$(cat "$PID_FILE")" 2> /dev/null || true
    while kill -0 "$(cat "$PID_FILE")" 2> /dev/null; do sleep 1; done
    rm -f "$PID_FILE"
  fi
}
trap stop_app EXIT

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -ntp -q -o package -DskipTests -Dspotless.check.skip=true
fi
cp target/linkage-platform-0.1.0-SNAPSHOT.jar "$APP_JAR"
rm -rf "$DATA"
java -jar "$APP_JAR" --server.port="$APP_PORT" \
  --linkage.embedded-postgres.data-directory="$DATA" \
  --linkage.embedded-postgres.working-directory=./data/bench-border-postgres-bin \
  --linkage.embedded-postgres.port="$PG_PORT" > data/bench-border-app.log 2>&1 &
echo $! > "$PID_FILE"
for _ in $(seq 1 240); do
  curl -fs "http://localhost:$APP_PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done
sql() { "$PSQL" -h localhost -p "$PG_PORT" -U postgres -d postgres -Atc "$1"; }
echo "postgres: $(sql 'SHOW fsync') fsync, $(sql 'SHOW synchronous_commit') synchronous_commit"

TOKEN=$(curl -s -X POST "localhost:$APP_PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"vn-enterprise","password":"demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
TRADER=$(sql "SELECT e.id FROM enterprise e JOIN app_user u ON u.organisation_id = e.owner_organisation_id
              WHERE u.username = 'vn-enterprise' ORDER BY e.id LIMIT 1")
RUN=$(date +%s)

echo "+ warm-up 15 s"
wrk -t2 -c"$CONNECTIONS" -d15s -s bench/border/lodge.lua "http://localhost:$APP_PORT" -- "$TOKEN" "$TRADER" "warm$RUN" > /dev/null
echo "+ wrk -t2 -c$CONNECTIONS -d$DURATION --latency (every key sent twice)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/border/lodge.lua "http://localhost:$APP_PORT" \
  -- "$TOKEN" "$TRADER" "$RUN"
echo "stored: $(sql "SELECT count(*) || ' declarations for ' || count(DISTINCT client_key) || ' keys, '
  || (SELECT count(*) FROM border_declaration_item i JOIN border_declaration d ON d.id = i.declaration_id
      WHERE d.client_key LIKE 'bench-$RUN-%') || ' items'
  FROM border_declaration WHERE client_key LIKE 'bench-$RUN-%'")"

echo "+ pgbench plain insert, same server, $CONNECTIONS clients, $DURATION"
sql "DROP TABLE IF EXISTS bench_plain_insert; CREATE TABLE bench_plain_insert (id BIGSERIAL PRIMARY KEY, note TEXT, at TIMESTAMPTZ)"
echo "INSERT INTO bench_plain_insert (note, at) VALUES ('x', now());" > /tmp/bench-plain-insert.sql
"$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" \
  -f /tmp/bench-plain-insert.sql postgres | grep -E "tps|latency|transactions actually"
sql "DROP TABLE bench_plain_insert"
