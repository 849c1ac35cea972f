#!/usr/bin/env bash
# PostgreSQL's plans for the paged list queries on a province-sized year (5,000 units × 200 records,
# filled by SQL on an embedded PostgreSQL 17). Writes Markdown for docs/paging.md to $OUT (default target/list-plans.md).
#
#   bench/list-plans.sh                          # 5,000 × 200
#   UNITS=100 RECORDS=200 bench/list-plans.sh    # a city
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
MVN=${MVN:-mvn}
$MVN -q test-compile
CP=$($MVN -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -Dunits="${UNITS:-5000}" -Drecords="${RECORDS:-200}" -cp "target/test-classes:target/classes:$CP" com.xingping.bench.ListPlans "${OUT:-target/list-plans.md}" >target/list-plans.log 2>&1
echo "plans in ${OUT:-target/list-plans.md}"
