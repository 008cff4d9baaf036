#!/usr/bin/env bash
# Two platform instances behind nginx on one external PostgreSQL (Debian's postgresql-15 server, the
# SPRING_DATASOURCE_URL mode). Measures how soon one instance's matching index sees a write made through the
# other, then drives a mixed load through nginx (API users with bearer tokens writing and reading enterprises,
# page users signed in with the form), kills one instance with kill -9 in the middle, and reports failed
# requests, lost sessions and acknowledged writes missing from the database, and how often the interest-expiry
# job ran on each instance (ShedLock: once per interval across both). Results: docs/reliability.md.
# Usage: tools/reliability/two-instances.sh [LOAD_SECONDS] [KILL_AT_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/reliability/lib.sh

LOAD_SECONDS=${1:-120}
KILL_AT=${2:-50}
PG_PORT=${PG_PORT:-18151}
PORT_A=${PORT_A:-18105}
PORT_B=${PORT_B:-18106}
PROXY_PORT=${PROXY_PORT:-18107}
JOB_INTERVAL=10s
WORK=$RUN_DIR/two-instances
PGDATA=$WORK/pg15/data
PGBIN=/usr/lib/postgresql/15/bin
PID_A=; PID_B=

as_postgres() { su postgres -s /bin/sh -c "$*"; }
stop_all() {
  for pid in $PID_A $PID_B; do kill "$pid" 2> /dev/null || true; done
  for pid in $PID_A $PID_B; do wait "$pid" 2> /dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2> /dev/null || true
  [ -f "$PGDATA/postmaster.pid" ] && as_postgres "$PGBIN/pg_ctl -D $PGDATA -m fast stop" > /dev/null 2>&1 || true
}
trap stop_all EXIT
sql() { psql_at "$PG_PORT" linkage linkage linkage "$1"; }

start_instance() { # NAME PORT
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/linkage" \
  SPRING_DATASOURCE_USERNAME=linkage SPRING_DATASOURCE_PASSWORD=linkage \
    java -jar "$RUN_DIR/linkage.jar" --server.port="$2" \
      --linkage.matching.expiry-check=$JOB_INTERVAL \
      --logging.level.net.javacrumbs.shedlock=DEBUG > "$WORK/$1.log" 2>&1 &
  echo $!
}

log "two instances behind nginx; commit $(git rev-parse --short HEAD); $(nproc) cores; $(java -version 2>&1 | head -1)"
rm -rf "$WORK"; mkdir -p "$WORK/nginx-tmp"; chmod 755 "$WORK"
copy_jar

# 1. PostgreSQL 15 from Debian, as the unprivileged postgres user, password authentication over TCP.
install -d -o postgres -m 755 "$WORK/pg15"
install -d -o postgres -m 700 "$PGDATA"
echo postgres > "$WORK/pwfile"; chown postgres "$WORK/pwfile"
as_postgres "$PGBIN/initdb -D $PGDATA -U postgres -E UTF8 --no-locale --auth-local=trust --auth-host=scram-sha-256 --pwfile=$WORK/pwfile" > "$WORK/initdb.log"
as_postgres "$PGBIN/pg_ctl -D $PGDATA -l $WORK/pg15/postgres.log -o '-p $PG_PORT -k /tmp -c listen_addresses=localhost' -w start" > /dev/null
psql_at "$PG_PORT" postgres postgres postgres "CREATE USER linkage PASSWORD 'linkage'"
psql_at "$PG_PORT" postgres postgres postgres "CREATE DATABASE linkage OWNER linkage"
log "PostgreSQL $(psql_at "$PG_PORT" postgres postgres postgres 'SHOW server_version') on port $PG_PORT"

# 2. Instance A first (it runs the migrations), then B.
PID_A=$(start_instance a "$PORT_A"); wait_healthy "$PORT_A"; log "instance A up on $PORT_A (pid $PID_A)"
PID_B=$(start_instance b "$PORT_B"); wait_healthy "$PORT_B"; log "instance B up on $PORT_B (pid $PID_B)"

# 3. nginx in front, retrying a request on the other instance when one cannot be reached.
sed -e "s|@WORK@|$WORK|g" -e "s|@A@|$PORT_A|" -e "s|@B@|$PORT_B|" -e "s|@PORT@|$PROXY_PORT|" \
  tools/reliability/nginx.conf.template > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK"
wait_healthy "$PROXY_PORT" 10
log "nginx on $PROXY_PORT"

# 4. How soon does one instance's index see a write made through the other?
client propagation "http://localhost:$PORT_A" "http://localhost:$PORT_B" 10 801 | sed 's/^/A->B /'
client propagation "http://localhost:$PORT_B" "http://localhost:$PORT_A" 10 802 | sed 's/^/B->A /'

# 5. Mixed load through nginx; kill -9 instance A in the middle.
ACK=$WORK/acknowledged.log
client mixed "http://localhost:$PROXY_PORT" "$LOAD_SECONDS" 4 4 803 "$ACK" > "$WORK/mixed.out" 2>&1 &
LOAD=$!
sleep "$KILL_AT"
kill -9 "$PID_A"
log "kill -9 of instance A (pid $PID_A) at ${KILL_AT}s of the load"
wait "$PID_A" 2> /dev/null || true
PID_A=
wait "$LOAD"
cat "$WORK/mixed.out"

# 6. Every acknowledged write is in the database, once.
awk '{print $2}' "$ACK" | sort -u > "$WORK/acked.txt"
sql "SELECT registration_number FROM enterprise WHERE registration_number LIKE 'LA-803%'" | sort > "$WORK/stored.txt"
ACKED=$(wc -l < "$WORK/acked.txt")
LOST=$(comm -23 "$WORK/acked.txt" "$WORK/stored.txt" | wc -l)
DUPLICATES=$(sql "SELECT count(*) - count(DISTINCT registration_number) FROM enterprise WHERE registration_number LIKE 'LA-803%'")
echo "RESULT acknowledged-writes=$ACKED stored=$(wc -l < "$WORK/stored.txt") lost=$LOST duplicates=$DUPLICATES"

# 7. The interest-expiry job (every $JOB_INTERVAL on each instance): who ran it, and when.
for name in a b; do
  ran=$(grep -c "Locked 'matching.interest-expiry'" "$WORK/$name.log" || true)
  skipped=$(grep -c "Not executing 'matching.interest-expiry'" "$WORK/$name.log" || true)
  echo "JOBS instance $name: interest-expiry ran $ran times, skipped $skipped times (locked elsewhere)"
done
for name in a b; do
  grep -h "Locked 'matching.interest-expiry'" "$WORK/$name.log" | awk -v n="$name" '{print substr($1, 12, 8), n}'
done | sort | tr '\n' ' ' | sed 's/^/JOB-TIMELINE /'; echo
[ "$LOST" -eq 0 ] && [ "$DUPLICATES" -eq 0 ]
