#!/usr/bin/env bash
# Where does the `score` command's wall time go? Times the command under JVM/launch variants that
# need no code change, to separate JVM start and class loading (fat jar vs Spring Boot's extracted
# layout vs an AppCDS archive), JIT (C1 only) and GC (collector, young generation size) from the
# work itself. Variants are run round-robin (one run of each per round) so that a burst of load
# from other processes spreads over all of them; wall and CPU (user+sys) time are reported.
# Run bench/run-benchmarks.sh first: it leaves the snapshot jar and the generated year in $WORK.
#
#   bench/diagnose-command.sh          # 5 rounds, about 4 minutes on a quiet 2-core machine
#   ROUNDS=3 bench/diagnose-command.sh
set -euo pipefail

UNITS=${UNITS:-10000}
WORK=${WORK:-/tmp/xingping-bench}
ROUNDS=${ROUNDS:-5}
JAR=$WORK/snapshot/xingping.jar
YEAR=$WORK/year-$UNITS.json
TINY=$WORK/year-1.json
EXTRACTED=$WORK/extracted
JSA=$WORK/app-cds.jsa
TIMES=$WORK/diagnose-times.txt
[[ -f "$JAR" && -f "$YEAR" && -f "$TINY" ]] || { echo "run bench/run-benchmarks.sh first (needs $JAR, $YEAR, $TINY)" >&2; exit 1; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# Spring Boot's extracted layout: xingping.jar + lib/*.jar on a plain class path (no nested-jar loader).
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" > /dev/null
# A dynamic AppCDS archive of every class one 10,000-unit run loads (JDK 17: -XX:ArchiveClassesAtExit).
java -XX:ArchiveClassesAtExit="$JSA" -jar "$EXTRACTED/xingping.jar" score "$YEAR" > /dev/null 2> "$WORK/cds-dump.log"
echo "AppCDS archive: $(du -h "$JSA" | cut -f1)"

FAT="java -jar $JAR"
EXT="java -jar $EXTRACTED/xingping.jar"
CDS="java -XX:SharedArchiveFile=$JSA -jar $EXTRACTED/xingping.jar"
BIG_YOUNG="-XX:+UseParallelGC -Xms2g -Xmn1536m"
names=(
  "1 unit   | fat jar (as shipped)"
  "1 unit   | extracted layout"
  "1 unit   | extracted + AppCDS"
  "$UNITS u | fat jar (as shipped)"
  "$UNITS u | extracted + AppCDS"
  "$UNITS u | fat jar, C1 only (-XX:TieredStopAtLevel=1)"
  "$UNITS u | fat jar, -XX:+UseParallelGC"
  "$UNITS u | fat jar, -XX:+UseSerialGC"
  "$UNITS u | fat jar, $BIG_YOUNG"
  "$UNITS u | all four: extracted+AppCDS, C1 only, big young gen"
)
commands=(
  "$FAT score $TINY"
  "$EXT score $TINY"
  "$CDS score $TINY"
  "$FAT score $YEAR"
  "$CDS score $YEAR"
  "java -XX:TieredStopAtLevel=1 -jar $JAR score $YEAR"
  "java -XX:+UseParallelGC -jar $JAR score $YEAR"
  "java -XX:+UseSerialGC -jar $JAR score $YEAR"
  "java $BIG_YOUNG -jar $JAR score $YEAR"
  "java -XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 $BIG_YOUNG -jar $EXTRACTED/xingping.jar score $YEAR"
)

: > "$TIMES"
TIMEFORMAT='%R %U %S'
for ((round = 1; round <= ROUNDS; round++)); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    t=$({ time ${commands[$i]} > /dev/null 2>&1; } 2>&1)
    echo "$i $t" >> "$TIMES"
  done
  echo "round $round done (load average $(cut -d' ' -f1-3 /proc/loadavg))"
done

echo
printf '%-60s %9s %9s %12s\n' "variant ($ROUNDS runs each)" "min s" "median s" "median CPU s"
for i in "${!commands[@]}"; do
  wall=$(awk -v i="$i" '$1 == i {print $2}' "$TIMES" | sort -n | awk '{a[NR] = $1} END {printf "%9.2f %9.2f", a[1], a[int((NR + 1) / 2)]}')
  cpu=$(awk -v i="$i" '$1 == i {print $3 + $4}' "$TIMES" | sort -n | awk '{a[NR] = $1} END {printf "%9.2f", a[int((NR + 1) / 2)]}')
  printf '%-60s %s %12s\n' "${names[$i]}" "$wall" "$cpu"
done
echo
echo "commands:"
for i in "${!commands[@]}"; do echo "  ${names[$i]}: ${commands[$i]}"; done

# Does the engine's steady state depend on the heap it gets? Scoring a year keeps all its results
# live until score() returns, so young collections during it copy them. JMH score with a 1 GB heap
# and with the JVM's default (ergonomic) heap, to compare with the fixed 4 GB of run-benchmarks.sh.
if [[ -z "${SKIP_JMH:-}" ]]; then
  CP="$WORK/snapshot/test-classes:$WORK/snapshot/classes:$(cat "$WORK/classpath.txt")"
  # -jvmArgsAppend replaces the benchmark's own -Xms4g -Xmx4g; -XX:+UseG1GC (the default) leaves the heap to ergonomics.
  for heap in "-Xms1g -Xmx1g" "-XX:+UseG1GC"; do
    echo
    echo "JMH score with $heap (ops/s = units/s):"
    java -cp "$CP" org.openjdk.jmh.Main 'ScoringEngineBenchmark.score$' -f 1 -t 1 -wi 3 -w 2s -i 5 -r 3s \
      -jvmArgsAppend "$heap" | grep -E '^(Iteration|ScoringEngineBenchmark\.)|^Benchmark '
  done
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
