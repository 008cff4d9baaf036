#!/usr/bin/env bash
# What an authenticated API call costs (docs/benchmarks.md, "Bearer-token cache and the authenticated request
# path"): start one or two platform jars side by side on fresh databases of their own, then alternate
# wrk -t2 -c8 runs of GET /api/v1/reference/hs/071410 with a bearer token of vn-enterprise and without one (401),
# printing the rate and the CPU per request of the Java process and of PostgreSQL (from /proc). Never part of the
# test command.
#   bench/run-auth-probe.sh                     # the jar in target/ (build it first: ./mvnw -B -ntp -o package -DskipTests)
#   bench/run-auth-probe.sh old.jar new.jar     # two jars, compared round by round (ROUNDS=2, DURATION=10s)
set -euo pipefail
cd "$(dirname "$0")/.."
JARS=("$@")
[ ${#JARS[@]} -eq 0 ] && JARS=(target/linkage-platform-0.1.0-SNAPSHOT.jar)
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
TICK=$(getconf CLK_TCK)
mkdir -p data
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2> /dev/null || true; done; wait 2> /dev/null || true; }
trap cleanup EXIT

cpu() { local s=0; for p in "$@"; do [ -r "/proc/$p/stat" ] && s=$((s + $(awk '{print $14+$15}' "/proc/$p/stat"))); done; echo "$s"; }
measure() { # label java-pid postmaster-pid wrk-args...
  local label=$1 jp=$2 pm=$3; shift 3
  local pg; pg="$pm $(pgrep -P "$pm" | tr '\n' ' ')"
  local j0 p0 out j1 p1 n
  j0=$(cpu "$jp"); p0=$(cpu $pg)
  out=$(wrk "$@")
  j1=$(cpu "$jp"); p1=$(cpu $pg)
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  printf '%-44s %8s req/s  java %.2f ms/req  postgres %.2f ms/req  load %s\n' "$label" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "($j1 - $j0) * 1000 / $TICK / $n" | bc -l)" "$(echo "($p1 - $p0) * 1000 / $TICK / $n" | bc -l)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!JARS[@]}"; do
  port=$((8230 + i)); pgport=$((55630 + i)); dir=./data/auth-probe-pg-$i
  rm -rf "$dir"
  cp "${JARS[$i]}" "/tmp/linkage-auth-probe-$i.jar"
  java -jar "/tmp/linkage-auth-probe-$i.jar" --server.port=$port --linkage.embedded-postgres.data-directory=$dir \
    --linkage.embedded-postgres.working-directory=./data/auth-probe-pg-bin \
    --linkage.embedded-postgres.port=$pgport > "data/auth-probe-$i.log" 2>&1 &
  PIDS+=($!)
done
for i in "${!JARS[@]}"; do
  for _ in $(seq 1 240); do curl -fs "http://localhost:$((8230 + i))/actuator/health" > /dev/null 2>&1 && break; sleep 1; done
done
TOKENS=(); PMS=()
for i in "${!JARS[@]}"; do
  port=$((8230 + i))
  TOKENS+=("$(curl -s -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"vn-enterprise","password":"demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')")
  PMS+=("$(pgrep -f -- "postgres -D .*auth-probe-pg-$i( |$)" | head -1)")
  wrk -t2 -c8 -d10s -H "Authorization: Bearer ${TOKENS[$i]}" "http://localhost:$port/api/v1/reference/hs/071410" > /dev/null
  wrk -t2 -c8 -d5s "http://localhost:$port/api/v1/reference/hs/071410" > /dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!JARS[@]}"; do
    port=$((8230 + i)); url="http://localhost:$port/api/v1/reference/hs/071410"
    measure "round $round ${JARS[$i]##*/} [$i] with token" "${PIDS[$i]}" "${PMS[$i]}" \
      -t2 -c8 -d"$DURATION" -H "Authorization: Bearer ${TOKENS[$i]}" "$url"
    measure "round $round ${JARS[$i]##*/} [$i] no token (401)" "${PIDS[$i]}" "${PMS[$i]}" -t2 -c8 -d5s "$url"
  done
done
