#!/usr/bin/env bash
# The matching engine in one JVM, no HTTP (docs/benchmarks.md, "Matching at national scale, second step"):
# IndexFootprint at each size of SIZES (default "100000 300000 1000000"). Below 1,000,000 it also builds the
# engine of before decision 0094 and checks both give the same top 10; at 1,000,000 today's engine only.
# Prints the retained bytes per offer or need, the index build time, search p50/p90/p99 and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"100000 300000 1000000"}
QUERIES=${QUERIES:-1500}
./mvnw -B -ntp -o -q test-compile
for SIZE in $SIZES; do
  echo "=== $SIZE enterprises; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  MODE=""
  if [ "$SIZE" -ge 1000000 ]; then MODE=new-only; fi
  java -XX:+UseSerialGC -Xmx6g -cp target/classes:target/test-classes \
    org.vietlao.linkage.matching.IndexFootprint "$SIZE" "$QUERIES" $MODE
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
