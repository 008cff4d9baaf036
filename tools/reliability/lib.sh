# Shared by the reliability scripts (docs/reliability.md). Sourced, not run. Expects to be in the project root.

JAR_SOURCE=target/linkage-platform-0.1.0-SNAPSHOT.jar
RUN_DIR=${RUN_DIR:-/tmp/linkage-reliability}
RELIABILITY_JAVA=tools/reliability/Reliability.java
mkdir -p "$RUN_DIR"

log() { echo "$(date -u +%H:%M:%S) $*"; }

# The platform runs from a copy of the jar: rebuilding the project while it runs would break it.
copy_jar() {
  if [ ! -f "$JAR_SOURCE" ]; then
    echo "build the jar first: ./mvnw -B -ntp -o -DskipTests package" >&2
    exit 1
  fi
  # A new file moved into place: a platform still running from the previous copy keeps reading its own.
  local jar classes
  jar=$(mktemp "$RUN_DIR/linkage.jar.XXXX")
  cp "$JAR_SOURCE" "$jar" && mv -f "$jar" "$RUN_DIR/linkage.jar"
  classes=$(mktemp -d "$RUN_DIR/client.XXXX")
  javac -d "$classes" "$RELIABILITY_JAVA"
  rm -rf "$RUN_DIR/client.old"
  if [ -d "$RUN_DIR/client" ]; then mv "$RUN_DIR/client" "$RUN_DIR/client.old" || true; fi
  mv -T "$classes" "$RUN_DIR/client" 2> /dev/null || rm -rf "$classes"
}

client() { java -cp "$RUN_DIR/client" Reliability "$@"; }

# wait_healthy PORT [SECONDS]: until /actuator/health answers UP.
wait_healthy() {
  local port=$1 limit=${2:-900}
  for _ in $(seq 1 "$limit"); do
    if curl -fs "http://localhost:$port/actuator/health" 2> /dev/null | grep -q '"UP"'; then
      return 0
    fi
    sleep 1
  done
  echo "the platform on port $port did not come up" >&2
  return 1
}

# psql_at PORT DATABASE USER PASSWORD SQL: one value or rows, unaligned, no header.
psql_at() {
  PGPASSWORD=$4 psql -h localhost -p "$1" -U "$3" -d "$2" -v ON_ERROR_STOP=1 -Atq -c "$5"
}
