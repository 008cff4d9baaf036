#!/usr/bin/env bash
# Backup while the platform runs and writes, restore into a fresh PostgreSQL, prove it: record counts and a
# checksum of every table of the backup's snapshot against the restored copy, then a fresh platform instance
# started on the restored database. External-database mode on Debian's PostgreSQL 15 with pg_dump/pg_restore 15
# (same major version as the server). The backup itself is the documented command of docs/deployment.md:
#   pg_dump -h HOST -p PORT -U linkage -d linkage --format=custom --file=linkage.dump
# For the proof the script holds the snapshot pg_dump uses (pg_export_snapshot + pg_dump --snapshot) and
# computes the source's checksums in that same snapshot while writes go on. Results: docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/reliability/lib.sh

SOURCE_PG=${SOURCE_PG:-18152}
TARGET_PG=${TARGET_PG:-18153}
APP_PORT=${APP_PORT:-18108}
RESTORED_APP_PORT=${RESTORED_APP_PORT:-18109}
WORK=$RUN_DIR/backup-restore
PGBIN=/usr/lib/postgresql/15/bin
APP_PID=; RESTORED_PID=; LOAD=

as_postgres() { su postgres -s /bin/sh -c "$*"; }
new_cluster() { # DIR PORT (DIR/data holds the cluster, DIR/postgres.log its log)
  install -d -o postgres -m 755 "$1"
  install -d -o postgres -m 700 "$1/data"
  as_postgres "$PGBIN/initdb -D $1/data -U postgres -E UTF8 --no-locale --auth-local=trust --auth-host=scram-sha-256 --pwfile=$WORK/pwfile" > /dev/null
  as_postgres "$PGBIN/pg_ctl -D $1/data -l $1/postgres.log -o '-p $2 -k /tmp -c listen_addresses=localhost' -w start" > /dev/null
  psql_at "$2" postgres postgres postgres "CREATE USER linkage PASSWORD 'linkage'"
  psql_at "$2" postgres postgres postgres "CREATE DATABASE linkage OWNER linkage"
}
stop_all() {
  [ -n "$LOAD" ] && kill "$LOAD" 2> /dev/null || true
  for pid in $APP_PID $RESTORED_PID; do kill "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true; done
  for dir in "$WORK/source" "$WORK/target"; do
    [ -f "$dir/data/postmaster.pid" ] && as_postgres "$PGBIN/pg_ctl -D $dir/data -m fast stop" > /dev/null 2>&1 || true
  done
}
trap stop_all EXIT
start_app() { # PG_PORT APP_PORT LOG
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$1/linkage" \
  SPRING_DATASOURCE_USERNAME=linkage SPRING_DATASOURCE_PASSWORD=linkage \
    java -jar "$RUN_DIR/linkage.jar" --server.port="$2" > "$3" 2>&1 &
  echo $!
}

# Every table of the public schema: name, rows, md5 over the md5 of each row's text, rows in a fixed order.
CHECKSUM_SQL="SELECT string_agg(format(
  'SELECT %L, count(*), md5(coalesce(string_agg(md5(t::text), '','' ORDER BY md5(t::text)), '''')) FROM public.%I t',
  tablename, tablename), ' UNION ALL ' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"

log "backup and restore while the platform writes; commit $(git rev-parse --short HEAD); $(nproc) cores"
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"
echo postgres > "$WORK/pwfile"; chown postgres "$WORK/pwfile"
copy_jar
new_cluster "$WORK/source" "$SOURCE_PG"
APP_PID=$(start_app "$SOURCE_PG" "$APP_PORT" "$WORK/app.log")
wait_healthy "$APP_PORT"
log "platform up on PostgreSQL $(psql_at "$SOURCE_PG" postgres postgres postgres 'SHOW server_version')"

client write "http://localhost:$APP_PORT" 3000 4 901 "$WORK/acknowledged.log" > "$WORK/load.out" 2>&1 &
LOAD=$!
acknowledged() { if [ -f "$WORK/acknowledged.log" ]; then wc -l < "$WORK/acknowledged.log"; else echo 0; fi; }
while [ "$(acknowledged)" -lt 200 ]; do sleep 0.5; done
log "writes under way ($(wc -l < "$WORK/acknowledged.log") acknowledged); backing up"

# Hold the snapshot: a repeatable-read transaction that exports it and later computes the checksums.
coproc SNAPSHOT { PGPASSWORD=linkage psql -h localhost -p "$SOURCE_PG" -U linkage -d linkage -Atq; }
echo "SET TimeZone = 'UTC'; BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT pg_export_snapshot();" >&"${SNAPSHOT[1]}"
read -r SNAPSHOT_ID <&"${SNAPSHOT[0]}"
started=$(date +%s.%N)
PGPASSWORD=linkage pg_dump -h localhost -p "$SOURCE_PG" -U linkage -d linkage --format=custom \
  --snapshot="$SNAPSHOT_ID" --file="$WORK/linkage.dump"
log "pg_dump $(pg_dump --version | awk '{print $3}'): $(du -h "$WORK/linkage.dump" | cut -f1) in $(echo "$(date +%s.%N) - $started" | bc) s (snapshot $SNAPSHOT_ID)"
echo "SELECT 'q:' || ($CHECKSUM_SQL);" >&"${SNAPSHOT[1]}"
read -r QUERY <&"${SNAPSHOT[0]}"
echo "${QUERY#q:}; SELECT 'END';" >&"${SNAPSHOT[1]}"
: > "$WORK/source.sums"
while read -r line <&"${SNAPSHOT[0]}"; do
  [ "$line" = END ] && break
  echo "$line" >> "$WORK/source.sums"
done
echo "COMMIT;" >&"${SNAPSHOT[1]}"
exec {SNAPSHOT[1]}>&-
wait "$LOAD"; LOAD=
log "writes finished: $(tail -1 "$WORK/load.out")"
log "source rows now: $(psql_at "$SOURCE_PG" linkage linkage linkage "SELECT count(*) FROM enterprise") enterprises; in the backup's snapshot: $(grep '^enterprise|' "$WORK/source.sums" | cut -d'|' -f2)"

# Restore into a fresh cluster (documented command: pg_restore into an empty database owned by linkage).
new_cluster "$WORK/target" "$TARGET_PG"
started=$(date +%s.%N)
PGPASSWORD=postgres pg_restore -h localhost -p "$TARGET_PG" -U postgres -d linkage --exit-on-error "$WORK/linkage.dump"
log "pg_restore into a fresh cluster on $TARGET_PG in $(echo "$(date +%s.%N) - $started" | bc) s"
PGPASSWORD=linkage psql -h localhost -p "$TARGET_PG" -U linkage -d linkage -Atq \
  -c "SET TimeZone = 'UTC'" -c "$(psql_at "$TARGET_PG" linkage linkage linkage "$CHECKSUM_SQL")" > "$WORK/target.sums"

TABLES=$(wc -l < "$WORK/source.sums")
ROWS=$(awk -F'|' '{s += $2} END {print s}' "$WORK/source.sums")
DIFFERENT=$(diff "$WORK/source.sums" "$WORK/target.sums" | grep -c '^[<>]' || true)
diff "$WORK/source.sums" "$WORK/target.sums" || true
echo "RESULT tables=$TABLES rows=$ROWS tables-differing=$DIFFERENT"

# A fresh platform instance on the restored database: Flyway finds nothing to do, the data answers.
RESTORED_PID=$(start_app "$TARGET_PG" "$RESTORED_APP_PORT" "$WORK/restored-app.log")
wait_healthy "$RESTORED_APP_PORT"
TOKEN=$(curl -fs -X POST "http://localhost:$RESTORED_APP_PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"analyst","password":"demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
LAST=$(grep '^ACK' "$WORK/acknowledged.log" | head -1 | awk '{print $3}')
STATUS=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$RESTORED_APP_PORT/api/v1/enterprises/$LAST" -H "Authorization: Bearer $TOKEN")
echo "RESTORED-INSTANCE up; migrations applied at start: $(grep -c 'Migrating schema' "$WORK/restored-app.log" || true); GET /api/v1/enterprises/$LAST -> HTTP $STATUS"
[ "$DIFFERENT" -eq 0 ] && [ "$STATUS" = 200 ]
