#!/usr/bin/env bash
# kill -9 the platform while it imports a CSV file of enterprises (POST /api/v1/enterprises/import; ROWS, by
# default 5,000, the largest file allowed), at several moments from "just received" to "answered" (by default
# at 40 %, 80 %, 100 % and 120 % of the time an import took without a kill; FRACTIONS overrides), restart
# it and count the
# file's enterprises: all or none may be there, never some (a half-applied import). Then the client retries
# the same file with the same Idempotency-Key header, as a client that got no answer would, and the script
# counts again: exactly ROWS, never twice. Embedded PostgreSQL, default profile, its own data directory.
# Results: docs/reliability.md. Usage: tools/reliability/kill-during-import.sh [DELAY_SECONDS...]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/reliability/lib.sh

APP_PORT=${APP_PORT:-18104}
PG_PORT=${PG_PORT:-18150}
WORK=$RUN_DIR/kill-import
DATA=$WORK/postgres
APP_LOG=$WORK/app.log
ROWS=${ROWS:-5000}
DELAYS=("$@")
APP_PID=

start_app() {
  java -jar "$RUN_DIR/linkage.jar" --server.port="$APP_PORT" \
    --linkage.embedded-postgres.data-directory="$DATA" \
    --linkage.embedded-postgres.working-directory="$RUN_DIR/postgres-bin" \
    --linkage.embedded-postgres.port="$PG_PORT" >> "$APP_LOG" 2>&1 &
  APP_PID=$!
  wait_healthy "$APP_PORT"
}
stop_all() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true
}
trap stop_all EXIT
sql() { psql_at "$PG_PORT" postgres postgres postgres "$1"; }
token() {
  curl -fs -X POST "http://localhost:$APP_PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"analyst","password":"demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/'
}
# import FILE KEY OUT: the HTTP status (000 when no answer came), the body in OUT.
import_file() {
  curl -s -o "$3" -w '%{http_code}' -X POST "http://localhost:$APP_PORT/api/v1/enterprises/import" \
    -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: $2" -F "file=@$1;type=text/csv" || true
}

log "kill -9 during a $ROWS-row enterprise import; commit $(git rev-parse --short HEAD); $(nproc) cores"
rm -rf "$WORK"; mkdir -p "$WORK"
copy_jar
start_app
TOKEN=$(token)

# One import without a kill, to know how long an import takes here.
awk -v p=700 -v n=$ROWS 'BEGIN { print "country,registrationNumber,name,provinceCode,sector,sizeClass,offers,needs";
  for (i = 1; i <= n; i++) printf "LA,LA-%s%06d,Import timing %d,LA-SV,0113,SMALL,071410:100:t:cassava,310520:10:t:\n", p, i, i }' \
  > "$WORK/timing.csv"
started=$(date +%s.%N)
status=$(import_file "$WORK/timing.csv" "timing" "$WORK/timing.json")
TIMING=$(echo "$(date +%s.%N) - $started" | bc)
log "an import of $ROWS rows without a kill: HTTP $status in $TIMING s"
if [ ${#DELAYS[@]} -eq 0 ]; then
  for fraction in ${FRACTIONS:-0.4 0.8 1.0 1.2}; do DELAYS+=("$(echo "scale=1; $TIMING * $fraction / 1" | bc)"); done
fi

HALF_APPLIED=0; DOUBLE=0; ROUND=0
for delay in "${DELAYS[@]}"; do
  ROUND=$((ROUND + 1))
  prefix=$((700 + ROUND))
  file="$WORK/import-$prefix.csv"
  awk -v p=$prefix -v n=$ROWS 'BEGIN { print "country,registrationNumber,name,provinceCode,sector,sizeClass,offers,needs";
    for (i = 1; i <= n; i++) printf "LA,LA-%s%06d,Import %s row %d,LA-SV,0113,SMALL,071410:100:t:cassava,310520:10:t:\n", p, i, p, i }' \
    > "$file"
  key="reliability-$prefix-$(date +%s)"
  import_file "$file" "$key" "$WORK/first-$prefix.json" > "$WORK/first-$prefix.status" &
  CURL=$!
  sleep "$delay"
  kill -9 "$APP_PID"
  wait "$APP_PID" 2> /dev/null || true
  wait "$CURL" || true
  first=$(cat "$WORK/first-$prefix.status")
  sleep 1
  start_app
  TOKEN=$(token)
  after_kill=$(sql "SELECT count(*) FROM enterprise WHERE registration_number LIKE 'LA-$prefix%'")
  retry=$(import_file "$file" "$key" "$WORK/retry-$prefix.json")
  retry_code=$(sed -n 's/.*"code":"\([A-Z]*-[0-9]*\)".*/\1/p' "$WORK/retry-$prefix.json")
  after_retry=$(sql "SELECT count(*) FROM enterprise WHERE registration_number LIKE 'LA-$prefix%'")
  if [ "$after_kill" -ne 0 ] && [ "$after_kill" -ne $ROWS ]; then HALF_APPLIED=$((HALF_APPLIED + 1)); fi
  if [ "$after_retry" -gt $ROWS ]; then DOUBLE=$((DOUBLE + 1)); fi
  echo "ROUND kill-after=${delay}s first-answer=HTTP-$first rows-after-restart=$after_kill" \
    "retry-with-same-key=HTTP-$retry${retry_code:+ $retry_code} rows-after-retry=$after_retry"
done
echo "RESULT rounds=$ROUND half-applied-imports=$HALF_APPLIED imported-twice=$DOUBLE"
[ "$HALF_APPLIED" -eq 0 ] && [ "$DOUBLE" -eq 0 ]
