#!/usr/bin/env bash
# The long-running write check (issue 11): starts the packaged platform on a new, empty embedded H2
# directory with the demo city, then once a minute files and submits a record as a reporter, approves
# it as the reviewer, creates an account as the admin and reads /readyz (readiness). Before
# H2 2.3.232 every write answered 500 from about +25 minutes on while health stayed UP.
#
#   bench/long-run.sh              # 35 minutes
#   MINUTES=5 bench/long-run.sh    # a short smoke run
#
# Prints one line per minute and a summary; with RECORD=1 appends the summary to docs/benchmarks.md.
# Needs target/xingping.jar (`mvn -q package -DskipTests`), curl. Not part of `mvn verify`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MINUTES=${MINUTES:-35}
PORT=${PORT:-18080}
JAR=${JAR:-$ROOT/target/xingping.jar}
DATA=$(mktemp -d /tmp/xingping-long-run.XXXXXX)
BASE=http://localhost:$PORT
PASSWORD=Xingping-Demo1
[[ -f $JAR ]] || { echo "no $JAR: run mvn -q package -DskipTests first" >&2; exit 2; }

XINGPING_MANAGEMENT_PORT=0 java -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" --xingping.data-dir="$DATA" \
  >"$DATA/platform.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$BASE/readyz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/readyz" >/dev/null || { echo "platform did not start, see $DATA/platform.log" >&2; exit 1; }
echo "platform up on $BASE, data in $DATA"

call() { # user method path [json] -> prints "status body"
  local user=$1 method=$2 path=$3 body=${4:-}
  curl -s -o "$DATA/body" -w '%{http_code}' -u "$user:$PASSWORD" -X "$method" \
    ${body:+-H 'Content-Type: application/json' --data "$body"} "$BASE$path"
}

failures=0
started=$(date +%s)
for minute in $(seq 1 "$MINUTES"); do
  filed=$(call caizheng POST /api/v1/records "{\"elementId\": \"norms-3a\", \"title\": \"长时运行 第 $minute 分钟\", \"activityDate\": \"2018-03-01\"}")
  id=$(grep -o '"id":[0-9]*' "$DATA/body" | head -1 | cut -d: -f2 || true)
  submitted=$(call caizheng POST "/api/v1/records/$id/submit")
  approved=$(call shenhe POST "/api/v1/records/$id/approve")
  account=$(call admin POST /api/v1/accounts "{\"username\": \"long-run-$minute\", \"displayName\": \"长时运行 $minute\", \"role\": \"LEADER\", \"password\": \"long-run-password-$minute\"}")
  health=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz")
  line="+$(( ($(date +%s) - started) / 60 )) min: file $filed, submit $submitted, approve $approved, account $account, readiness $health"
  echo "$line"
  [[ "$filed $submitted $approved $account $health" == "201 200 200 201 200" ]] || failures=$((failures + 1))
  [[ $minute -lt $MINUTES ]] && sleep $(( started + minute * 60 - $(date +%s) ))
done
errors=$(grep -c ' ERROR ' "$DATA/platform.log" || true)
summary="$(date -u +%F) revision $(git -C "$ROOT" rev-parse --short HEAD): $MINUTES minutes on a new H2 directory, $((MINUTES - failures))/$MINUTES minutes with every write accepted and readiness UP, $errors ERROR lines in the log"
echo "$summary"
if [[ -n "${RECORD:-}" ]]; then
  printf -- '- %s\n' "$summary" >>"$ROOT/docs/benchmarks.md"
fi
[[ $failures -eq 0 ]]
