#!/usr/bin/env bash
# Where does the `score` command's wall time go? Times the command under JVM/launch variants that
# need no code change, to separate JVM start and class loading (fat jar vs extracted layout vs
# AppCDS), JIT (C1 only) and GC (collector, young generation size) from the work itself.
# Run bench/run-benchmarks.sh first: it leaves the snapshot jar and the generated year in $WORK.
#
#   bench/diagnose-command.sh          # about 4-5 minutes on a quiet 2-core machine
#   RUNS=3 bench/diagnose-command.sh   # fewer runs per variant
set -euo pipefail

UNITS=${UNITS:-10000}
WORK=${WORK:-/tmp/xingping-bench}
RUNS=${RUNS:-5}
JAR=$WORK/snapshot/xingping.jar
YEAR=$WORK/year-$UNITS.json
TINY=$WORK/year-1.json
EXTRACTED=$WORK/extracted
JSA=$WORK/app-cds.jsa
[[ -f "$JAR" && -f "$YEAR" && -f "$TINY" ]] || { echo "run bench/run-benchmarks.sh first (needs $JAR, $YEAR, $TINY)" >&2; exit 1; }
command -v hyperfine > /dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 1; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# Spring Boot's extracted layout: xingping.jar + lib/*.jar on a plain class path (no nested-jar loader).
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" > /dev/null
# A dynamic AppCDS archive of every class one 10,000-unit run loads (JDK 17: -XX:ArchiveClassesAtExit).
java -XX:ArchiveClassesAtExit="$JSA" -jar "$EXTRACTED/xingping.jar" score "$YEAR" > /dev/null 2> "$WORK/cds-dump.log"
echo "AppCDS archive: $(du -h "$JSA" | cut -f1)"

run() {
  local name=$1 file=$2
  shift 2
  hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/diag-$name.json" -n "$name" "$* score $file" \
    | grep -E 'Time \(mean|Range'
}

echo
echo "--- 1-unit document: JVM start + class loading floor"
run tiny-fatjar "$TINY" java -jar "$JAR"
run tiny-extracted "$TINY" java -jar "$EXTRACTED/xingping.jar"
run tiny-extracted-appcds "$TINY" java -XX:SharedArchiveFile="$JSA" -jar "$EXTRACTED/xingping.jar"

echo
echo "--- $UNITS-unit document"
run year-fatjar "$YEAR" java -jar "$JAR"
run year-extracted-appcds "$YEAR" java -XX:SharedArchiveFile="$JSA" -jar "$EXTRACTED/xingping.jar"
run year-c1-only "$YEAR" java -XX:TieredStopAtLevel=1 -jar "$JAR"
run year-parallelgc "$YEAR" java -XX:+UseParallelGC -jar "$JAR"
run year-serialgc "$YEAR" java -XX:+UseSerialGC -jar "$JAR"
run year-parallelgc-big-young "$YEAR" java -XX:+UseParallelGC -Xms2g -Xmn1536m -jar "$JAR"
run year-all "$YEAR" java -XX:SharedArchiveFile="$JSA" -XX:+UseParallelGC -Xms2g -Xmn1536m -XX:TieredStopAtLevel=1 \
  -jar "$EXTRACTED/xingping.jar"
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
