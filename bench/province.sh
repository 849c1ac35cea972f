#!/usr/bin/env bash
# A province on one server: `xingping.jar generate` fills an embedded PostgreSQL 17 (zonky, started from
# Maven's class path) with N units × M records, the platform runs on it, and bench ProvinceLoad measures
# what its users meet (scorecard page and API, review queue, dashboard, results draft, approve → fresh
# scorecard, 50 concurrent reporters, a full rebuild of the standings against a plain JDBC scan,
# publishing) beside /readyz (readiness), then the server's RSS and heap; the largest size again with
# -Xmx512m. See docs/benchmarks.md ("A province on one server").
#
#   bench/province.sh                                  # 100×200, 1,000×200 and 5,000×200 (about 50 minutes on 2 busy cores)
#   SIZES="100x200 1000x200" bench/province.sh         # the smaller two
#
# Environment: SIZES, CALLS=200 (calls per kind, fewer for a kind that takes 45 s in all), PORT=18191,
# WORK=/tmp/xingping-province, SMALL_HEAP=1 (the -Xmx512m run on the largest size; 0 to skip), BUILD=1
# (0: use target/xingping.jar as it is), MVN="mvn -o". Not part of `mvn verify`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SIZES=${SIZES:-"100x200 1000x200 5000x200"}
CALLS=${CALLS:-200}
PORT=${PORT:-18191}
WORK=${WORK:-/tmp/xingping-province}
MVN=${MVN:-mvn -o}
PASSWORD=province-bench-2018
BASE=http://localhost:$PORT
cd "$ROOT"
rm -rf "$WORK" && mkdir -p "$WORK/classes"

section() { printf '\n=== %s  (%s; load average %s)\n' "$1" "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

section "build"
[[ "${BUILD:-1}" == 0 ]] || $MVN -q -B package -DskipTests
cp target/xingping.jar "$WORK/xingping.jar"
JAR=$WORK/xingping.jar
$MVN -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
javac -proc:none -encoding UTF-8 -d "$WORK/classes" -cp "$(cat "$WORK/classpath.txt")" \
  src/test/java/com/xingping/bench/{ProvinceLoad,ProvincePostgres,SignedIn}.java
CP="$WORK/classes:$(cat "$WORK/classpath.txt")"
echo "revision $(git rev-parse --short HEAD); $(nproc) cores; $(free -m | awk 'NR==2 {print $2}') MB; $(java -version 2>&1 | head -1)"

DATABASES=()
for size in $SIZES; do DATABASES+=("province_${size/x/_}"); done
mkfifo "$WORK/pg.stdin"
java -cp "$CP" com.xingping.bench.ProvincePostgres "$WORK/pg.port" "${DATABASES[@]}" <"$WORK/pg.stdin" >"$WORK/pg.log" 2>&1 &
PG=$!
exec 3>"$WORK/pg.stdin"
SERVER=""
stop_server() { if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi; }
trap 'stop_server; exec 3>&-; wait $PG 2>/dev/null || true' EXIT
for _ in $(seq 120); do [[ -s "$WORK/pg.port" ]] && break; sleep 1; done
PGPORT=$(cat "$WORK/pg.port")
echo "embedded PostgreSQL on port $PGPORT"

start_server() { # url data-dir [java options]
  local url=$1 data=$2; shift 2
  XINGPING_PORT=$PORT XINGPING_MANAGEMENT_PORT=0 java "$@" -jar "$JAR" --spring.profiles.active=postgres --spring.datasource.url="$url" \
    --spring.datasource.username=postgres --xingping.data-dir="$data" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  local t0=$SECONDS
  for _ in $(seq 300); do
    curl -fs -o /dev/null "$BASE/readyz" && { echo "server ($*) ready in $((SECONDS - t0)) s"; return 0; }
    kill -0 "$SERVER" 2>/dev/null || { echo "the server stopped; see $WORK/server.log" >&2; tail -20 "$WORK/server.log" >&2; exit 1; }
    sleep 1
  done
  echo "the server did not become ready" >&2; exit 1
}

memory() {
  awk '/^VmRSS|^VmHWM/ {printf "  %s %d MB\n", $1, $2 / 1024}' "/proc/$SERVER/status"
  jcmd "$SERVER" GC.heap_info | sed -n 2p | sed 's/^ */  heap now: /'
  jcmd "$SERVER" GC.run >/dev/null
  jcmd "$SERVER" GC.heap_info | sed -n 2p | sed 's/^ */  heap after a full GC: /'
}

last=${SIZES##* }
for size in $SIZES; do
  units=${size%x*}; records=${size#*x}
  url="jdbc:postgresql://localhost:$PGPORT/province_${units}_${records}?user=postgres"
  data="$WORK/data-$size"
  section "generate $units units × $records records"
  /usr/bin/time -f "  generate: %e s wall, %U s user, %S s sys, %M KB max RSS" java -jar "$JAR" generate --units "$units" \
    --records-per-unit "$records" --password "$PASSWORD" --spring.profiles.active=postgres --spring.datasource.url="$url" \
    --spring.datasource.username=postgres --xingping.data-dir="$data" >"$WORK/generate-$size.log" 2>&1
  grep -v '^generate: [0-9,]* of' "$WORK/generate-$size.log"
  du -sh "$data/evidence" | sed 's/^/  evidence on disk: /'

  section "$size: the platform (default heap)"
  start_server "$url" "$data"
  java -cp "$CP" com.xingping.bench.ProvinceLoad "$BASE" "$PASSWORD" "$url" "$CALLS"
  echo "server memory after the run:"
  memory
  stop_server

  if [[ "$size" == "$last" && "${SMALL_HEAP:-1}" == 1 ]]; then
    section "$size: the platform in -Xmx512m"
    start_server "$url" "$data" -Xmx512m
    java -cp "$CP" com.xingping.bench.ProvinceLoad "$BASE" "$PASSWORD" "$url" "$CALLS" --no-publish
    echo "server memory after the run:"
    memory
    grep -c OutOfMemoryError "$WORK/server.log" | sed 's/^/  OutOfMemoryError lines in the server log: /' || true
    stop_server
  fi
done
section "done"
