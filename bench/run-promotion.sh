#!/usr/bin/env bash
# The promotion catalogue benchmark of issue 18 (docs/benchmarks.md, "Promotion catalogue search"): build the
# platform, start it on a fresh benchmark database of its own, generate 100,000 branded products and 5,000
# channels (bench/promotion/generate.sql), restart so that the search column is filled with Java's folding, then
# search the catalogue over HTTP in Lao and Vietnamese with wrk (10 connections, 50 ms pause after each answer:
# at most about 200 requests per second), and in the same run measure, with pgbench at a fixed 200 transactions
# per second on the same PostgreSQL, the catalogue's SQL (trigram-indexed folded column) and the baseline: a plain
# ILIKE scan of the name and brand columns for the same words. Never part of the test command.
# The search is public (decision 0108), so wrk sends no token; WITH_TOKEN=1 sends the analyst's, as runs before
# 0108 did. After the backfill the product table is vacuumed and analysed, as autovacuum would in time.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8118}
PG_PORT=${PG_PORT:-55518}
DURATION=${DURATION:-60s}
SQL_SECONDS=${SQL_SECONDS:-30}
DATA=./data/bench-promotion-postgres
APP_JAR=/tmp/linkage-promotion-bench-app.jar
PID_FILE=./data/bench-promotion-app.pid
PSQL=/usr/lib/postgresql/15/bin/psql
PGBENCH=/usr/lib/postgresql/15/bin/pgbench
mkdir -p bench/results data
LOG=bench/results/promotion-$(date -u +%Y%m%dT%H%M%SZ).log
exec > >(tee "$LOG") 2>&1

stop_app() {
  if [ -f "$PID_FILE" ]; then
    kill "$(cat "$PID_FILE")" 2> /dev/null || true
    while kill -0 "$(cat "$PID_FILE")" 2> /dev/null; do sleep 1; done
    rm -f "$PID_FILE"
  fi
}
trap stop_app EXIT

start_app() {
  java -jar "$APP_JAR" --server.port="$APP_PORT" \
    --linkage.embedded-postgres.data-directory="$DATA" \
    --linkage.embedded-postgres.working-directory=./data/bench-promotion-postgres-bin \
    --linkage.embedded-postgres.port="$PG_PORT" > data/bench-promotion-app.log 2>&1 &
  echo $! > "$PID_FILE"
  for _ in $(seq 1 300); do
    curl -fs "http://localhost:$APP_PORT/actuator/health" > /dev/null 2>&1 && return
    sleep 1
  done
  echo "the platform did not start; see data/bench-promotion-app.log" >&2
  exit 1
}

echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)')"
if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -ntp -q -o package -DskipTests -Dspotless.check.skip=true
  cp target/linkage-platform-0.1.0-SNAPSHOT.jar "$APP_JAR"
fi
rm -rf "$DATA"
start_app
sql() { "$PSQL" -h localhost -p "$PG_PORT" -U postgres -d postgres -Atc "$1"; }
echo "+ generate (bench/promotion/generate.sql)"
time "$PSQL" -h localhost -p "$PG_PORT" -U postgres -d postgres -q -At -f bench/promotion/generate.sql
stop_app
start_app
for _ in $(seq 1 300); do
  grep -q "Promotion search text: filled" data/bench-promotion-app.log && break
  sleep 1
done
grep "Promotion search text: filled" data/bench-promotion-app.log | tail -1
sql "VACUUM ANALYZE promotion_product" > /dev/null
echo "data: $(sql "SELECT count(*) || ' products (' || count(*) FILTER (WHERE search_text <> '') || ' with search text), '
  || (SELECT count(*) FROM promotion_channel) || ' channels' FROM promotion_product")"
echo "index: $(sql "SELECT pg_size_pretty(pg_relation_size('promotion_product_search'))") trigram GIN on the folded column"

TOKEN=""
if [ "${WITH_TOKEN:-}" = "1" ]; then
  TOKEN=$(curl -s -X POST "localhost:$APP_PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"analyst","password":"demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
fi
echo "search without a token: HTTP $(curl -s -o /dev/null -w '%{http_code}' "localhost:$APP_PORT/api/v1/promotion/products?country=LA&q=gao")"
echo "+ warm-up 15 s"
wrk -t2 -c10 -d15s -s bench/promotion/search.lua "http://localhost:$APP_PORT" -- "$TOKEN" > /dev/null
echo "  load now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "+ wrk -t2 -c10 -d$DURATION --latency -s bench/promotion/search.lua (12 queries, 6 Lao, 6 Vietnamese; token: ${TOKEN:+analyst}${TOKEN:-none})"
wrk -t2 -c10 -d"$DURATION" --latency -s bench/promotion/search.lua "http://localhost:$APP_PORT" -- "$TOKEN"
# The closed loop above cannot offer 200 requests per second (10 / (0.05 s + latency) is less): the goal's run offers
# them on a fixed schedule, 100 per second from each of two threads, over 20 connections.
echo "  load now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "+ wrk -t2 -c20 -d$DURATION --latency -s bench/promotion/search.lua, paced at ${RATE:-200} req/s (same queries)"
wrk -t2 -c20 -d"$DURATION" --latency -s bench/promotion/search.lua "http://localhost:$APP_PORT" -- "$TOKEN" "${RATE:-200}" 2

# The same twelve searches as SQL, three ways (decision 0093):
# - "sorted": the catalogue's query before decision 0093, as Products.search sent it: matches counted through the
#   trigram index (capped at 1,001), then the first page of 20 cut from every match sorted (valid ratings first,
#   then stars, then id);
# - "walk": the catalogue's query now: the same count, then, when it passes 1,000 (a common word), the first page read
#   by walking promotion_product_ranked (country, stars, id) and keeping the valid matches (strpos on the folded
#   column); with fewer matches, the sorted page as before (the script decides per query, as the code does);
# - "ilike": the baseline, ILIKE on the six name and brand columns, words as stored, with their accents (ILIKE does
#   not fold them), same count and page.
# - "kept": the catalogue's query after decision 0108, when the count is kept from an earlier search of the same
#   words at the same catalogue version: the version read, then the page only (walk or sorted, as "walk" decides).
#   "walk" is what a search costs when its count is not kept (a first search, or one after a write).
VALID="(p.rating_stars IS NOT NULL AND p.rated_on <= CURRENT_DATE AND (p.rating_expires_on IS NULL OR p.rating_expires_on > CURRENT_DATE))"
SELECT="SELECT p.*, r.scheme, ($VALID AND p.rating_stars >= r.min_stars_export) AS export_ready FROM promotion_product p JOIN promotion_rating_rule r ON r.country = p.country"
WORK=$(mktemp -d)
i=0
while IFS='|' read -r country folded stored min; do
  i=$((i + 1))
  where_index="p.country = '$country'"
  where_walk="p.country = '$country'"
  for word in $folded; do
    where_index="$where_index AND p.search_text LIKE '%$word%'"
    where_walk="$where_walk AND strpos(p.search_text, '$word') > 0"
  done
  if [ -n "$min" ]; then
    where_index="$where_index AND p.rating_stars >= $min AND $VALID"
    where_walk="$where_walk AND p.rating_stars >= $min"
  fi
  cols="p.name_vi ILIKE '%$stored%' OR p.name_lo ILIKE '%$stored%' OR p.name_en ILIKE '%$stored%'
    OR p.brand_vi ILIKE '%$stored%' OR p.brand_lo ILIKE '%$stored%' OR p.brand_en ILIKE '%$stored%'"
  count="SELECT count(*) FROM (SELECT 1 FROM promotion_product p JOIN promotion_rating_rule r ON r.country = p.country WHERE $where_index LIMIT 1001) x;"
  matches=$(sql "$count")
  cat > "$WORK/sorted-$i.sql" << SQL
$count
$SELECT WHERE $where_index ORDER BY ($VALID) DESC, p.rating_stars DESC NULLS LAST, p.id LIMIT 20 OFFSET 0;
SQL
  if [ "$matches" -gt 1000 ]; then
    plan="walk"
    cat > "$WORK/walk-$i.sql" << SQL
$count
$SELECT WHERE $where_walk AND $VALID ORDER BY p.rating_stars DESC NULLS LAST, p.id LIMIT 20;
SQL
  else
    plan="sorted"
    cp "$WORK/sorted-$i.sql" "$WORK/walk-$i.sql"
  fi
  same=$(diff <(sql "$(tail -1 "$WORK/sorted-$i.sql" | sed 's/^SELECT p\.\*, .* FROM promotion_product p/SELECT p.id FROM promotion_product p/')") \
    <(sql "$(tail -1 "$WORK/walk-$i.sql" | sed 's/^SELECT p\.\*, .* FROM promotion_product p/SELECT p.id FROM promotion_product p/')") > /dev/null && echo same || echo DIFFERENT)
  { echo "SELECT version FROM promotion_catalogue_version;"; tail -1 "$WORK/walk-$i.sql"; } > "$WORK/kept-$i.sql"
  api=$(curl -s -G "localhost:$APP_PORT/api/v1/promotion/products" --data-urlencode "country=$country" \
    --data-urlencode "q=$folded" ${min:+--data-urlencode "minRating=$min"} | grep -o '{"id":[0-9]*' | cut -d: -f2)
  http=$(diff <(echo "$api") <(sql "$(tail -1 "$WORK/sorted-$i.sql" | sed 's/^SELECT p\.\*, .* FROM promotion_product p/SELECT p.id FROM promotion_product p/')") > /dev/null && echo same || echo DIFFERENT)
  echo "  query $i ($country, $stored${min:+, minRating $min}): $matches matches counted, new plan: $plan, first page $same; over HTTP $http"
  cat > "$WORK/ilike-$i.sql" << SQL
SELECT count(*) FROM (SELECT 1 FROM promotion_product p WHERE p.country = '$country' AND ($cols) LIMIT 1001) x;
SELECT p.id FROM promotion_product p WHERE p.country = '$country' AND ($cols) ORDER BY p.rating_stars DESC NULLS LAST, p.id LIMIT 20;
SQL
done << 'QUERIES'
LA|ກາເຟ|ກາເຟ|
LA|ນ້ຳເຜິ້ງ|ນ້ຳເຜິ້ງ|
LA|ເຂົ້າຫອມ|ເຂົ້າຫອມ|
VN|ຜ້າໄໝ|ຜ້າໄໝ|
LA|ບໍລະເວນ|ບໍລະເວນ|4
VN|ນ້ຳປາ|ນ້ຳປາ|
VN|ca phe hoa tan|cà phê hòa tan|
VN|mat ong rung|mật ong rừng|
LA|gao nep|gạo nếp|
VN|nuoc mam dac san|nước mắm đặc sản|
VN|tra shan tuyet|trà shan tuyết|3
LA|khan tho cam|khăn thổ cẩm|
QUERIES
echo "+ plans of query 1 (ກາເຟ): the count (what 0108 keeps), then the first page"
sql "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) $(head -1 "$WORK/sorted-1.sql")" | sed 's/^/  count:  /' | head -12
sql "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) $(tail -1 "$WORK/sorted-1.sql")" | sed 's/^/  sorted: /' | head -12
sql "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) $(tail -1 "$WORK/walk-1.sql")" | sed 's/^/  walk:   /' | head -12
for kind in sorted walk kept ilike; do
  files=""
  for n in $(seq 1 12); do files="$files -f $WORK/$kind-$n.sql"; done
  echo "+ pgbench $kind: 12 searches, -R 200 -c 10 -j 2 -T $SQL_SECONDS (load now: $(cut -d' ' -f1-3 /proc/loadavg))"
  (cd "$WORK" && "$PGBENCH" -h localhost -p "$PG_PORT" -U postgres -n -c 10 -j 2 -R 200 -T "$SQL_SECONDS" \
    -l --log-prefix="$kind" $files postgres 2>&1 | grep -E "tps|latency average|number of transactions actually")
  cat "$WORK"/"$kind".* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "  %s SQL latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %d searches\n", "'"$kind"'", a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000, NR}'
done
rm -rf "$WORK"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "log: $LOG"
