#!/usr/bin/env bash
# The Word and PDF reports on a generated year (H2): how long the city's summary and a unit's report take to
# download (generation included), their size and pages. See docs/benchmarks.md ("Reports on a generated year").
#
#   bench/reports.sh                      # generates 1,000 units × 20 records first
#   DATA=/tmp/some-data bench/reports.sh  # a data directory `generate` filled before
#
# Environment: UNITS=1000 RECORDS=20, JAR=target/xingping.jar (build it first: mvn -q package -DskipTests),
# PORT=18193, WORK=/tmp/xingping-reports-bench, RUNS=10 (timed downloads each), WARM=3 (untimed before).
# Not part of `mvn verify`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$(realpath "${JAR:-$ROOT/target/xingping.jar}")
PORT=${PORT:-18193}
WORK=${WORK:-/tmp/xingping-reports-bench}
RUNS=${RUNS:-10}
WARM=${WARM:-3}
PASSWORD=Bench-pass-2026
BASE=http://localhost:$PORT
mkdir -p "$WORK"
section() { printf '\n=== %s  (%s; load average %s)\n' "$1" "$(date +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }
echo "$(nproc) cores; $(free -m | awk 'NR==2 {print $2}') MB; $(java -version 2>&1 | head -1)"

if [[ -z "${DATA:-}" ]]; then
  DATA=$WORK/data
  rm -rf "$DATA"
  section "generate ${UNITS:-1000} units × ${RECORDS:-20} records"
  /usr/bin/time -f "  generate: %e s wall" java -jar "$JAR" generate --units "${UNITS:-1000}" --records-per-unit "${RECORDS:-20}" \
    --password "$PASSWORD" --xingping.data-dir="$DATA" | tail -1
fi

section "start the platform on $DATA"
XINGPING_PORT=$PORT XINGPING_MANAGEMENT_PORT=0 XINGPING_REPORTS_DOCUMENT_NUMBER='测市直机工委〔{year}〕1号' \
  java -jar "$JAR" --xingping.data-dir="$DATA" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
t0=$SECONDS
for _ in $(seq 600); do
  curl -fs -o /dev/null "$BASE/readyz" && break
  kill -0 $SERVER 2>/dev/null || { echo "the server stopped; see $WORK/server.log" >&2; exit 1; }
  sleep 1
done
echo "ready in $((SECONDS - t0)) s"

COOKIES=$WORK/cookies.txt
rm -f "$COOKIES"
csrf=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
TOKEN=$(curl -s -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"name": "reports bench", "expiresInDays": 1}' \
  "$BASE/api/v1/me/tokens" | jq -r .token)
UNIT=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/results/draft" | jq -r '.units[0].id')
echo "units in the draft: $(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/results/draft" | jq '.units | length')"

section "first download (the draft scored once, the JIT cold)"
curl -s -o "$WORK/first.pdf" -b "$COOKIES" -w '  /results/draft/report.pdf: %{time_total} s, HTTP %{http_code}\n' "$BASE/results/draft/report.pdf"

timed() { # label path
  local label=$1 path=$2
  for _ in $(seq "$WARM"); do curl -s -o /dev/null -b "$COOKIES" "$BASE$path"; done
  curl -s -o "$WORK/$label" -b "$COOKIES" "$BASE$path"
  local times
  times=$(for _ in $(seq "$RUNS"); do curl -s -o /dev/null -b "$COOKIES" -w '%{time_total}\n' "$BASE$path"; done | sort -n)
  local pages=""
  [[ $label == *.pdf ]] && pages=", $(pdfinfo "$WORK/$label" 2>/dev/null | awk '/^Pages/ {print $2}') pages"
  printf '  %-28s median %6.0f ms, min %6.0f, max %6.0f; %s bytes%s\n' "$label" \
    "$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}')" \
    "$(echo "$times" | head -1 | awk '{print $1*1000}')" "$(echo "$times" | tail -1 | awk '{print $1*1000}')" \
    "$(stat -c %s "$WORK/$label")" "$pages"
}

section "the city's summary and one unit's report, $RUNS timed downloads each after $WARM"
timed summary.pdf /results/draft/report.pdf
timed summary.docx /results/draft/report.docx
timed unit.pdf "/results/draft/units/$UNIT/report.pdf"
timed unit.docx "/results/draft/units/$UNIT/report.docx"
echo "server RSS: $(ps -o rss= -p $SERVER | awk '{printf "%d MB", $1/1024}')"
