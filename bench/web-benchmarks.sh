#!/usr/bin/env bash
# The running platform as a browser and an API client see it: API sign-in cost (HTTP Basic against
# a personal access token), the render time of a page of a thousand links, and the bytes of a
# signed-in page view with an empty and a warm browser cache. See docs/benchmarks.md.
#
#   bench/web-benchmarks.sh [JAR]     # default target/xingping.jar (build it first: mvn -q package -DskipTests)
#
# It starts JAR with the demo profile on PORT (default 18190) and a fresh data directory under
# WORK (default /tmp/xingping-web-bench), measures, and stops it. Pass the jar of an older revision
# to get the "before" figures. Environment: CALLS=200 (API calls per kind), VIEWS=30 (page renders),
# MVN="mvn -o". Not part of `mvn verify`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(realpath "${1:-$ROOT/target/xingping.jar}")
PORT=${PORT:-18190}
WORK=${WORK:-/tmp/xingping-web-bench}
MVN=${MVN:-mvn -o}
BASE=http://localhost:$PORT
rm -rf "$WORK/data" "$WORK/classes" && mkdir -p "$WORK/classes"
cd "$ROOT"

echo "=== build the measuring classes"
$MVN -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
DEPS=$(cat "$WORK/classpath.txt")
javac -proc:none -encoding UTF-8 -d "$WORK/classes" -cp "$DEPS" \
  src/test/java/com/xingping/bench/{SignedIn,ServerCpu,ApiAuthLatency,PageTime,PageWeight}.java \
  src/test/java/com/xingping/support/{Browser,Transfers}.java
CP="$WORK/classes:$DEPS"

echo "=== start $JAR (demo city) on port $PORT"
XINGPING_PORT=$PORT XINGPING_MANAGEMENT_PORT=0 XINGPING_DATA_DIR="$WORK/data" java -jar "$JAR" --spring.profiles.active=demo >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 180); do
  curl -fs -o /dev/null "$BASE/readyz" && break
  kill -0 $SERVER 2>/dev/null || { echo "the server stopped; see $WORK/server.log" >&2; exit 1; }
  sleep 1
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "=== API sign-in"
java -Dserver.pid=$SERVER -cp "$CP" com.xingping.bench.ApiAuthLatency "$BASE" shenhe Xingping-Demo1 "${CALLS:-200}"
echo "=== a page of many links (every record in the review queue)"
java -Dserver.pid=$SERVER -cp "$CP" com.xingping.bench.PageTime "$BASE" shenhe Xingping-Demo1 '/review?state=ALL' "${VIEWS:-30}"
echo "=== page weight in Chromium"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -cp "$CP" com.xingping.bench.PageWeight "$BASE" shenhe Xingping-Demo1 / /review /dashboard
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
