#!/usr/bin/env bash
# Issue 12's benchmark (docs/benchmarks.md, "Trade world files"): a BACI-shaped world year of 10 million rows
# imported and turned into indicators by the platform's code (one pass summed in arrays, COPY into PostgreSQL,
# RCA and TCI over SQL), and the same aggregation by DuckDB over the same file, in one run, with a 1 GB heap.
# Usage: bench/run-trade.sh [rows] [with-postgres-sql]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-10000000}
EXTRA=${2:-}
DUCKDB=org.duckdb:duckdb_jdbc:2.0.0.1
JAR=~/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar
[ -f "$JAR" ] || ./mvnw -B -ntp -q dependency:get -Dartifact=$DUCKDB
./mvnw -B -ntp -o -q test-compile
./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
mkdir -p bench/results
LOG=bench/results/trade-$(date -u +%Y%m%dT%H%M%SZ).log
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench/classpath.txt):$JAR" \
  org.vietlao.linkage.trade.WorldFileBenchmark "$ROWS" "target/bench/baci_world_2022_$ROWS.csv" $EXTRA | tee "$LOG"
