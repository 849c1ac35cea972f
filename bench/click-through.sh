#!/usr/bin/env bash
# A working session on a generated year: generate N units x M records into a new embedded H2
# directory, start the platform on it, and for MINUTES keep clicking through every role's pages in
# Chromium (bench ClickThrough: status, time, size, script errors, screenshots at desk and phone size
# on the first round) while, once a minute, a reporter files and submits a record, a reviewer
# approves it and the readiness probe is read. Prints the page table and a summary.
#
#   bench/click-through.sh                      # 1,000 x 200, 30 minutes
#   UNITS=100 RECORDS=20 MINUTES=3 bench/click-through.sh
#   WORK=/tmp/xingping-click.abc bench/click-through.sh   # again on the year generated there before
#
# Needs target/xingping.jar (mvn -q package -DskipTests), chromium, curl. Not part of `mvn verify`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
UNITS=${UNITS:-1000}
RECORDS=${RECORDS:-200}
MINUTES=${MINUTES:-30}
PORT=${PORT:-18280}
JAR=${JAR:-$ROOT/target/xingping.jar}
WORK=${WORK:-$(mktemp -d /tmp/xingping-click.XXXXXX)}
MVN=${MVN:-mvn -o}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
PASSWORD=Click-through-2018
BASE=http://localhost:$PORT
[[ -f $JAR ]] || { echo "no $JAR: run mvn -q package -DskipTests first" >&2; exit 2; }
mkdir -p "$WORK/classes" "$WORK/shots"
# Snapshot, so that a build in the tree during the run cannot change the jar under the running JVMs.
cp "$JAR" "$WORK/xingping.jar"
JAR=$WORK/xingping.jar

if [[ -d $WORK/data ]]; then
  echo "=== reuse the year generated before in $WORK/data"
else
  echo "=== generate $UNITS x $RECORDS into $WORK/data"
  /usr/bin/time -f "generate: %e s, max RSS %M KB" java -jar "$JAR" generate --units "$UNITS" --records-per-unit "$RECORDS" \
    --password "$PASSWORD" --xingping.data-dir="$WORK/data"
fi

echo "=== start the platform on $BASE"
XINGPING_MANAGEMENT_PORT=0 java -jar "$JAR" --server.port="$PORT" --xingping.data-dir="$WORK/data" >"$WORK/platform.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "$BASE/readyz" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$BASE/readyz" >/dev/null || { echo "platform did not start, see $WORK/platform.log" >&2; exit 1; }

call() { # user password method path [json] -> status, body in $WORK/body
  curl -s -o "$WORK/body" -w '%{http_code}' -u "$1:$2" -X "$3" ${5:+-H 'Content-Type: application/json' --data "$5"} "$BASE$4"
}
# the first security administrator of an installation signs in unconfirmed; later administrators wait for it (三员分立)
for who in reviewer1:REVIEWER leader1:LEADER security1:SECURITY auditor1:AUDITOR; do
  name=${who%%:*}; role=${who##*:}
  call admin "$PASSWORD" POST /api/v1/accounts "{\"username\":\"$name\",\"displayName\":\"$name\",\"role\":\"$role\",\"password\":\"first-$PASSWORD\"}" >/dev/null
  if [ "$role" = AUDITOR ]; then
    id=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$WORK/body")
    call security1 "$PASSWORD" POST "/api/v1/security/accounts/$id/confirm" >/dev/null
  fi
  call "$name" "first-$PASSWORD" PUT /api/v1/me/password \
    "{\"current\":\"first-$PASSWORD\",\"password\":\"$PASSWORD\",\"confirmation\":\"$PASSWORD\"}" >/dev/null
done

echo "=== writes once a minute; every fifth minute a reform simulation and the city summary as PDF and Word"
YEAR_ID=$(curl -s -u "admin:$PASSWORD" "$BASE/api/v1/years" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
timed() { # user path [json] -> "status seconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "$1:$PASSWORD" ${3:+-X POST -H 'Content-Type: application/json' --data "$3"} "$BASE$2"
}
# the reports are pages' downloads: they take a page session, not the API's basic authentication; signed in
# afresh each time, since the click-through's own sign-ins as leader1 end the oldest sessions (3 per account)
JAR_COOKIES=$WORK/leader1.cookies
leader_session() {
  rm -f "$JAR_COOKIES"
  local csrf
  csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=leader1" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
}
downloaded() { # path -> "status seconds bytes"
  curl -s -o /dev/null -w '%{http_code} %{time_total}s %{size_download}B' -b "$JAR_COOKIES" "$BASE$1"
}
(
  failures=0
  for minute in $(seq 1 "$MINUTES"); do
    if (( minute % 5 == 0 )); then
      leader_session
      echo "heavy minute $minute: reform $(timed admin "/api/v1/years/$YEAR_ID/reform/simulate" '{"changes":{"starThreshold":0.7}}')," \
        "summary.pdf $(downloaded "/results/draft/report.pdf?yearId=$YEAR_ID")," \
        "summary.docx $(downloaded "/results/draft/report.docx?yearId=$YEAR_ID")"
    fi
    filed=$(call g0002 "$PASSWORD" POST /api/v1/records \
      "{\"elementId\":\"norms-3a\",\"title\":\"支部党员大会 第 $minute 分钟\",\"activityDate\":\"2018-06-01\"}")
    id=$(grep -o '"id":[0-9]*' "$WORK/body" | head -1 | cut -d: -f2 || true)
    submitted=$(call g0002 "$PASSWORD" POST "/api/v1/records/$id/submit")
    approved=$(call reviewer1 "$PASSWORD" POST "/api/v1/records/$id/approve")
    ready=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/readyz")
    [[ "$filed $submitted $approved $ready" == "201 200 200 200" ]] || failures=$((failures + 1))
    echo "write minute $minute: file $filed, submit $submitted, approve $approved, readiness $ready"
    sleep 60
  done
  echo "writes: $failures of $MINUTES minutes failed"
) > "$WORK/writes.log" 2>&1 &
WRITES=$!

echo "=== click through every role's pages for $MINUTES minutes"
$MVN -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt" -f "$ROOT/pom.xml"
DEPS=$(cat "$WORK/classpath.txt")
javac -proc:none -encoding UTF-8 -d "$WORK/classes" -cp "$DEPS" \
  "$ROOT"/src/test/java/com/xingping/bench/ClickThrough.java "$ROOT"/src/test/java/com/xingping/support/Browser.java
java -cp "$WORK/classes:$DEPS" com.xingping.bench.ClickThrough "$BASE" "$PASSWORD" "$MINUTES" "$WORK/shots" | tee "$WORK/clicks.log"
wait $WRITES || true
cat "$WORK/writes.log"
echo "ERROR lines in the platform log: $(grep -c ' ERROR ' "$WORK/platform.log" || true)"
echo "screenshots: $WORK/shots"
