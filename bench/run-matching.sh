#!/usr/bin/env bash
# The matching benchmark end to end (docs/benchmarks.md): build the platform, start it on its own benchmark
# database (never the demo one), generate ENTERPRISES enterprises (default 100000; a list such as
# "100000 300000" runs each size in turn) with five offers and needs each, restart so that the matching index
# is built from them, then measure the index over HTTP and the naive SQL over JDBC in the same run, and print
# a growth table of the sizes run. Prints everything to the terminal and to bench/results/matching-<UTC time>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

ENTERPRISES=${ENTERPRISES:-100000}
# SIZES is another name for ENTERPRISES ("100000 300000 1000000" runs the three sizes, one after the other).
ENTERPRISES=${SIZES:-$ENTERPRISES}
# The platform's heap (-Xmx); empty: the JVM's default (a quarter of the RAM, 5.8 GB on the 23 GB build machine).
# The index of 1,000,000 enterprises lives in about 1 GB; reading the registry to build it needs about 3 GB.
APP_HEAP=${APP_HEAP:-}
# MEASURE=index-only generates and indexes each size and reports build time and memory, without the load runs.
MEASURE=${MEASURE:-all}
APP_PORT=${APP_PORT:-8081}
PG_PORT=${PG_PORT:-55432}
DATA=./data/bench-postgres
APP_JAR=/tmp/linkage-bench-app.jar
PID_FILE=./data/bench-app.pid
mkdir -p bench/results data
LOG=bench/results/matching-$(date -u +%Y%m%dT%H%M%SZ).log
exec > >(sed -u "s/\x1b\[[0-9;]*m//g" | tee "$LOG") 2>&1

start_app() {
  java ${APP_HEAP:+-Xmx$APP_HEAP} -jar "$APP_JAR" --server.port="$APP_PORT" \
    --linkage.embedded-postgres.data-directory="$DATA" \
    --linkage.embedded-postgres.working-directory=./data/bench-postgres-bin \
    --linkage.embedded-postgres.port="$PG_PORT" > data/bench-app.log 2>&1 &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 900); do
    if curl -fs "http://localhost:$APP_PORT/actuator/health" > /dev/null 2>&1; then
      # The index is built when the application is ready; wait for its log line.
      if grep -q "Matching index:" data/bench-app.log; then
        grep "Matching index:" data/bench-app.log | tail -1
        return
      fi
    fi
    sleep 1
  done
  echo "the platform did not start; see data/bench-app.log" >&2
  exit 1
}

stop_app() {
  if [ -f "$PID_FILE" ]; then
    kill "$(cat "$PID_FILE")" 2> /dev/null || true
    while kill -0 "$(cat "$PID_FILE")" 2> /dev/null; do sleep 1; done
    rm -f "$PID_FILE"
  fi
}
trap stop_app EXIT

bench() {
  echo "+ $1 $2"
  mvn -f bench/pom.xml -B -ntp -q exec:java -Dexec.mainClass="org.vietlao.linkage.bench.$1" -Dexec.args="$2" \
    -Dbench.base="http://localhost:$APP_PORT" -Dbench.jdbc="jdbc:postgresql://localhost:$PG_PORT/postgres"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1); $(uname -r)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
# REUSE_JAR=1 skips the build when $APP_JAR was built from this commit a moment ago.
if [ -z "${REUSE_JAR:-}" ]; then
  mvn -B -ntp -o -q package -DskipTests
  cp target/linkage-platform-0.1.0-SNAPSHOT.jar "$APP_JAR"
fi
mvn -f bench/pom.xml -B -ntp -q compile

SUMMARY=""
for SIZE in $ENTERPRISES; do
  echo "=== $SIZE enterprises, $((SIZE * 5)) offers and needs; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  start_app
  bench GenerateEnterprises "jdbc:postgresql://localhost:$PG_PORT/postgres $SIZE $((SIZE * 5)) 20261122"
  stop_app
  BUILD=$(start_app) || exit 1
  echo "$BUILD"
  PID=$(cat "$PID_FILE")
  RSS=$(ps -o rss= -p "$PID" | awk '{printf "%.0f MB", $1 / 1024}')
  echo "platform RSS after the index build: $RSS"
  # A full GC, then the live objects by class: the index's share is in its classes (Party, HsLine, int[], ...).
  jcmd "$PID" GC.class_histogram | head -25
  jcmd "$PID" GC.heap_info | head -3
  if [ "$MEASURE" = index-only ]; then
    SUMMARY="$SUMMARY| $SIZE | - | - | - | $(echo "$BUILD" | sed -E 's/.* in ([0-9]+) ms.*/\1/') ms | $RSS | - | - | $(cut -d' ' -f1-3 /proc/loadavg) |
"
    stop_app
    continue
  fi
  RUN=$(mktemp)
  bench LoadRun "check 50" | tee -a "$RUN"
  bench LoadRun "open index 200 60" | tee -a "$RUN"
  bench LoadRun "serial index 60" | tee -a "$RUN"
  bench LoadRun "serial naive 60" | tee -a "$RUN"
  bench LoadRun "closed naive 2 60" | tee -a "$RUN"
  bench LoadRun "closed index 2 30" | tee -a "$RUN"
  SERIAL=$(grep "RESULT index serial" "$RUN" | sed -E 's/.*p50 ([0-9.]+) ms.*p99 ([0-9.]+) ms, p99.9.*/\1 \/ \2 ms/')
  CLOSED=$(grep "RESULT index closed" "$RUN" | sed -E 's/.*throughput ([0-9.]+\/s).*p99 ([0-9.]+) ms, p99.9.*/\1, p99 \2 ms/')
  OPEN=$(grep "RESULT index open" "$RUN" | sed -E 's/.*p99 ([0-9.]+) ms, p99.9.*/p99 \1 ms/')
  NAIVE=$(grep "RESULT naive serial" "$RUN" | sed -E 's/.*p50 ([0-9.]+) ms.*/\1 ms/')
  SAME=$(grep "RESULT check" "$RUN" | sed -E 's/RESULT check: ([0-9]+ of [0-9]+).*/\1/')
  MILLIS=$(echo "$BUILD" | sed -E 's/.* in ([0-9]+) ms.*/\1/')
  SUMMARY="$SUMMARY| $SIZE | $SERIAL | $CLOSED | $OPEN | $MILLIS ms | $RSS | $NAIVE | $SAME | $(cut -d' ' -f1-3 /proc/loadavg) |
"
  rm -f "$RUN"
  stop_app
done

echo
echo "| Registry (enterprises) | Serial p50 / p99 | 2 closed clients | open 200/s | Index build | RSS after build | naive SQL serial p50 | top 10 same as naive SQL | load average after |"
echo "|---|---|---|---|---|---|---|---|---|"
printf "%s" "$SUMMARY"
echo "log: $LOG"
