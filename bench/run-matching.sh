#!/usr/bin/env bash
# The matching benchmark end to end (docs/benchmarks.md): build the platform, start it on its own benchmark
# database (never the demo one), generate 100,000 enterprises with 500,000 offers and needs, restart so that
# the matching index is built from them, then measure the index over HTTP and the naive SQL over JDBC in the
# same run. Prints everything to the terminal and to bench/results/matching-<UTC time>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8081}
PG_PORT=${PG_PORT:-55432}
DATA=./data/bench-postgres
APP_JAR=/tmp/linkage-bench-app.jar
PID_FILE=./data/bench-app.pid
mkdir -p bench/results data
LOG=bench/results/matching-$(date -u +%Y%m%dT%H%M%SZ).log
exec > >(sed -u "s/\x1b\[[0-9;]*m//g" | tee "$LOG") 2>&1

start_app() {
  java -jar "$APP_JAR" --server.port="$APP_PORT" \
    --linkage.embedded-postgres.data-directory="$DATA" \
    --linkage.embedded-postgres.working-directory=./data/bench-postgres-bin \
    --linkage.embedded-postgres.port="$PG_PORT" > data/bench-app.log 2>&1 &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 180); do
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
mvn -B -ntp -q package -DskipTests
cp target/linkage-platform-0.1.0-SNAPSHOT.jar "$APP_JAR"
mvn -f bench/pom.xml -B -ntp -q compile

start_app
bench GenerateEnterprises "jdbc:postgresql://localhost:$PG_PORT/postgres 100000 500000 20261122"
stop_app
start_app
echo "platform RSS after the index build: $(ps -o rss= -p "$(cat "$PID_FILE")" | awk '{printf "%.0f MB", $1 / 1024}')"

bench LoadRun "check 50"
bench LoadRun "open index 200 60"
bench LoadRun "serial index 60"
bench LoadRun "serial naive 60"
bench LoadRun "closed naive 2 60"
bench LoadRun "closed index 2 30"
echo "log: $LOG"
