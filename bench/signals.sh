#!/usr/bin/env bash
# Integrity signals on a generated year (H2): how long the background job takes to catch up with a year
# stored without them, then the median time of the committee's list (first page, a page filtered by kind and
# unit, a deep page), a record's review page and the two signal APIs. See docs/benchmarks.md ("Integrity
# signals on a generated year").
#
#   bench/signals.sh                      # generates 1,000 units × 200 records first (about 4 minutes on 2 busy cores)
#   DATA=/tmp/some-data bench/signals.sh  # a data directory `generate` filled before (it is migrated and caught up with in place)
#
# Environment: UNITS=1000 RECORDS=200, JAR=target/xingping.jar (build it first: mvn -q package -DskipTests),
# PORT=18192, WORK=/tmp/xingping-signals-bench, VIEWS=30 (timed calls per address), WARM=20 (untimed calls before).
# Not part of `mvn verify`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(realpath "${JAR:-$ROOT/target/xingping.jar}")
PORT=${PORT:-18192}
WORK=${WORK:-/tmp/xingping-signals-bench}
VIEWS=${VIEWS:-30}
WARM=${WARM:-20}
PASSWORD=Bench-pass-2026
BASE=http://localhost:$PORT
mkdir -p "$WORK"
section() { printf '\n=== %s  (%s; load average %s)\n' "$1" "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "$(nproc) cores; $(free -m | awk 'NR==2 {print $2}') MB; $(java -version 2>&1 | head -1)"

if [[ -z "${DATA:-}" ]]; then
  DATA=$WORK/data
  rm -rf "$DATA"
  section "generate ${UNITS:-1000} units × ${RECORDS:-200} records"
  /usr/bin/time -f "  generate: %e s wall" java -jar "$JAR" generate --units "${UNITS:-1000}" --records-per-unit "${RECORDS:-200}" \
    --password "$PASSWORD" --xingping.data-dir="$DATA" | tail -1
fi

section "start the platform on $DATA"
XINGPING_PORT=$PORT XINGPING_MANAGEMENT_PORT=0 java -jar "$JAR" --xingping.data-dir="$DATA" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
t0=$SECONDS
for _ in $(seq 600); do
  curl -fs -o /dev/null "$BASE/readyz" && break
  kill -0 $SERVER 2>/dev/null || { echo "the server stopped; see $WORK/server.log" >&2; exit 1; }
  sleep 1
done
echo "ready in $((SECONDS - t0)) s"

JAR_COOKIES=$WORK/cookies.txt
rm -f "$JAR_COOKIES"
csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
page() { curl -s -b "$JAR_COOKIES" "$BASE$1"; }

section "catching up with the year (background job)"
while ! grep -q -E "signals: (caught up with|no record to catch up with)" "$WORK/server.log"; do
  shown=$(page /integrity | sed -n 's/.*id="integrity-progress"[^>]*>\([^<]*\)<.*/\1/p')
  t1=$(curl -s -o /dev/null -b "$JAR_COOKIES" -w '%{time_total}' "$BASE/integrity")
  echo "  $(date +%H:%M:%S) /integrity in ${t1} s: ${shown:-(no progress line)}"
  sleep 20
done
grep "signals:" "$WORK/server.log" | sed 's/.*signals:/  signals:/'

TOKEN=$(curl -s -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"name": "signals bench", "expiresInDays": 1}' \
  "$BASE/api/v1/me/tokens" | jq -r .token)
api() { curl -s -H "Authorization: Bearer $TOKEN" "$BASE$1"; }
YEAR=$(api /api/v1/years | jq '[.[] | .id] | max')
FIRST=$(api "/api/v1/years/$YEAR/signals?size=1")
echo "signals stored for year $YEAR: $(echo "$FIRST" | jq .total); by kind:"
for kind in SAME_FILE SIMILAR_PHOTO CAPTURE_DATE REUSED_PARTICIPANTS; do
  echo "  $kind $(api "/api/v1/years/$YEAR/signals?kind=$kind&size=1" | jq .total)"
done
RECORD=$(echo "$FIRST" | jq '.items[0].recordId')
UNIT_ID=$(echo "$FIRST" | jq '.items[0].unitId')
UNIT_NAME=$(echo "$FIRST" | jq -r '.items[0].unitName')
PAGES=$(echo "$FIRST" | jq '(.total + 49) / 50 | floor')

median() { # label curl-arguments…
  local label=$1; shift
  for _ in $(seq "$WARM"); do curl -s -o /dev/null "$@"; done
  for _ in $(seq "$VIEWS"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done | sort -n |
    awk -v label="$label" '{t[NR] = $1} END {printf "  %-58s median %.1f ms (%.1f–%.1f)\n", label, 1000 * t[int((NR + 1) / 2)], 1000 * t[1], 1000 * t[NR]}'
}
section "page and API times, $VIEWS calls each"
median "GET /integrity" -b "$JAR_COOKIES" "$BASE/integrity"
median "GET /integrity?kind=SAME_FILE&unit=(one unit)" -b "$JAR_COOKIES" -G --data-urlencode "kind=SAME_FILE" \
  --data-urlencode "unit=$UNIT_NAME" "$BASE/integrity"
median "GET /integrity?page=$PAGES (the last page)" -b "$JAR_COOKIES" "$BASE/integrity?page=$PAGES"
median "GET /review/$RECORD" -b "$JAR_COOKIES" "$BASE/review/$RECORD"
median "GET /api/v1/years/$YEAR/signals" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/years/$YEAR/signals"
median "GET /api/v1/years/$YEAR/signals?kind=SAME_FILE&unitId=$UNIT_ID" -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/v1/years/$YEAR/signals?kind=SAME_FILE&unitId=$UNIT_ID"
median "GET /api/v1/records/$RECORD/signals" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/records/$RECORD/signals"
awk '/^VmRSS|^VmHWM/ {printf "  server %s %d MB\n", $1, $2 / 1024}' "/proc/$SERVER/status"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
