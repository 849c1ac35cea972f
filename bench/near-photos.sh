#!/usr/bin/env bash
# What comparing one uploaded photo with a year's stored photos costs (integrity signals): 200,000 stored
# hashes on H2 and on an embedded PostgreSQL 17, the year's hashes read once and one photo compared at 12 bits,
# as an upload does. See docs/benchmarks.md ("Integrity signals on a generated year").
#
#   bench/near-photos.sh                    # PHOTOS=200000 CALLS=30
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
MVN=${MVN:-mvn -o}
$MVN -q -B test-compile
CP=$($MVN -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -Dphotos="${PHOTOS:-200000}" -Dcalls="${CALLS:-30}" -cp "target/test-classes:target/classes:$CP" com.xingping.integrity.NearPhotoCost 2>&1 |
  grep -v -E "^(SLF4J|\[|[0-9]{4}-)" || true
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
