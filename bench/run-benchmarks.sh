#!/usr/bin/env bash
# Benchmarks of the Xingping scoring engine and of the offline `score` command.
# See docs/benchmarks.md for what is measured and the figures seen.
#
#   bench/run-benchmarks.sh            # full run, about 4-5 minutes on a quiet 2-core machine (more when loaded)
#   QUICK=1 bench/run-benchmarks.sh    # short JMH iterations, fewer command runs (~2-3 minutes; a smoke test)
#
# Environment knobs (all optional):
#   UNITS=10000        size of the generated year
#   SEED=20180415      generator seed (the default keeps the figures comparable between runs)
#   RUNS=6             timed runs of the command per input file (after 1 warm-up run)
#   JMH_ARGS=...       replaces the JMH iteration settings (default: -wi 3 -w 2s -i 5 -r 3s)
#   JMH_HEAP=...       heap of the JMH fork (default: -Xms4g -Xmx4g)
#   WORK=/tmp/xingping-bench   where the snapshot, generated files and results go
#   MVN="mvn -o"       the Maven command (e.g. to build offline)
#
# It does not touch pom.xml and is not part of `mvn verify`. It never runs `mvn clean`.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
UNITS=${UNITS:-10000}
SEED=${SEED:-20180415}
WORK=${WORK:-/tmp/xingping-bench}
MVN=${MVN:-mvn}
if [[ -n "${QUICK:-}" ]]; then
  RUNS=${RUNS:-3}
  JMH_ARGS=${JMH_ARGS:--wi 2 -w 1s -i 3 -r 1s}
else
  RUNS=${RUNS:-6}
  JMH_ARGS=${JMH_ARGS:--wi 3 -w 2s -i 5 -r 3s}
fi
JMH_HEAP=${JMH_HEAP:--Xms4g -Xmx4g}

SNAP=$WORK/snapshot
YEAR=$WORK/year-$UNITS.json
TINY=$WORK/year-1.json
mkdir -p "$WORK"
rm -f "$WORK"/jmh.json "$WORK"/jmh.txt "$WORK"/jmh-pinned.json "$WORK"/jmh-pinned.txt "$WORK"/hyperfine.json
cd "$ROOT"

section() { printf '\n=== %s  (load average: %s)\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Another engineer may be editing and building in the same tree: retry a failed build a few times.
with_retries() {
  local attempt
  for attempt in 1 2 3; do
    if "$@"; then return 0; fi
    echo "  build failed (attempt $attempt); retrying in 60 s" >&2
    sleep 60
  done
  return 1
}

section "machine and revision"
echo "revision: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" status --porcelain -- src/main pom.xml 2>/dev/null | grep -q . && echo ' (src/main or pom.xml modified)' || true)"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/^model name\s*: /cpu: /' || true
free -m 2>/dev/null | awk 'NR==2 {print "memory: " $2 " MB"}' || true
java -version 2>&1 | sed 's/^/  /'
echo "heap default: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2=="MaxHeapSize" {printf "%d MB", $4/1048576}'), GC: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 ~ /^Use(G1|Serial|Parallel|Z|Shenandoah)GC$/ && $4=="true" {print $2}')"

section "build (mvn package -DskipTests, test-compile)"
t0=$(now_ms)
rm -rf "$SNAP" && mkdir -p "$SNAP"
# `package -DskipTests` compiles the tests too (and with them this benchmark). If someone's
# in-progress test elsewhere in the tree does not compile, build the jar without the tests and
# compile only this benchmark's package with javac (the JMH annotation processor runs the same way).
tests_built=1
if ! $MVN -q -B package -DskipTests; then
  echo "  package -DskipTests failed; building the jar without tests (-Dmaven.test.skip=true)" >&2
  tests_built=""
  with_retries $MVN -q -B package -Dmaven.test.skip=true
fi
if [[ -n "$tests_built" ]] && ! $MVN -q -B test-compile; then
  tests_built=""
fi
with_retries $MVN -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt"
DEPS=$(cat "$WORK/classpath.txt")
# Snapshot what was built, so a concurrent build in the tree cannot change it under the measurements.
cp target/xingping.jar "$SNAP/xingping.jar"
cp -r target/classes "$SNAP/classes"
if [[ -n "$tests_built" && -f target/test-classes/META-INF/BenchmarkList ]]; then
  mkdir -p "$SNAP/test-classes/META-INF" "$SNAP/test-classes/com/xingping"
  cp -r target/test-classes/com/xingping/bench "$SNAP/test-classes/com/xingping/"
  cp target/test-classes/META-INF/BenchmarkList target/test-classes/META-INF/CompilerHints "$SNAP/test-classes/META-INF/"
  echo "benchmark classes from mvn test-compile"
else
  echo "  mvn test-compile failed or produced no BenchmarkList: compiling src/test/java/com/xingping/bench with javac" >&2
  javac -encoding UTF-8 -d "$SNAP/test-classes" -cp "$SNAP/classes:$DEPS" "$ROOT"/src/test/java/com/xingping/bench/*.java
  echo "benchmark classes from javac"
fi
[[ -f "$SNAP/test-classes/META-INF/BenchmarkList" ]] || { echo "JMH annotation processing produced no BenchmarkList" >&2; exit 1; }
CP="$SNAP/test-classes:$SNAP/classes:$DEPS"
JAR=$SNAP/xingping.jar
echo "built in $(( $(now_ms) - t0 )) ms; jar $(du -h "$JAR" | cut -f1)"

section "generate a year of $UNITS units (seed $SEED)"
java -cp "$CP" com.xingping.bench.YearGenerator "$UNITS" "$YEAR" "$SEED"
java -cp "$CP" com.xingping.bench.YearGenerator 1 "$TINY" "$SEED"
# The command must accept the generated document and score every unit.
java -jar "$JAR" score "$YEAR" > "$WORK/out-$UNITS.json"
scored=$(grep -o '"rank":' "$WORK/out-$UNITS.json" | wc -l)
echo "the command scored $scored units; output $(wc -c < "$WORK/out-$UNITS.json") bytes"
[[ "$scored" -eq "$UNITS" ]] || { echo "expected $UNITS scored units" >&2; exit 1; }

section "JMH: ScoringEngineBenchmark (1 fork, 1 thread, $JMH_HEAP, $JMH_ARGS)"
# ops/s are units/s: every benchmark method handles the whole year and declares @OperationsPerInvocation(UNITS).
# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main ScoringEngineBenchmark -f 1 -t 1 $JMH_ARGS -jvmArgsAppend "$JMH_HEAP" \
  -rf json -rff "$WORK/jmh.json" | tee "$WORK/jmh.txt" | grep -E '^(# Benchmark:|Iteration|ScoringEngineBenchmark\.)|^Benchmark '

PIN=""
if command -v taskset > /dev/null; then
  section "JMH: score pinned to one CPU (taskset -c 0): benchmark thread, JIT and GC share one core"
  PIN="taskset -c 0"
  # shellcheck disable=SC2086
  $PIN java -cp "$CP" org.openjdk.jmh.Main 'ScoringEngineBenchmark.score$' -f 1 -t 1 $JMH_ARGS \
    -jvmArgsAppend "$JMH_HEAP" -rf json -rff "$WORK/jmh-pinned.json" | tee "$WORK/jmh-pinned.txt" \
    | grep -E '^(Iteration|ScoringEngineBenchmark\.)|^Benchmark '
fi

section "command wall time: java -jar xingping.jar score FILE (JSON in and out, JVM start included)"
CMD_YEAR="java -jar $JAR score $YEAR"
CMD_TINY="java -jar $JAR score $TINY"
if command -v hyperfine > /dev/null; then
  hyperfine --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
    -n "score $UNITS units" "$CMD_YEAR" -n "score 1 unit (JVM start floor)" "$CMD_TINY"
else
  echo "(hyperfine not installed: timing with a bash loop; 'apt-get install -y hyperfine' for better statistics)"
  for cmd in "$CMD_YEAR" "$CMD_TINY"; do
    $cmd > /dev/null
    times=()
    for ((i = 1; i <= RUNS; i++)); do
      s=$(now_ms); $cmd > /dev/null; times+=($(( $(now_ms) - s )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v c="$cmd" '{t[NR]=$1; s+=$1} END {printf "%s\n  runs %d: min %d ms, median %d ms, mean %d ms, max %d ms\n", c, NR, t[1], t[int((NR+1)/2)], s/NR, t[NR]}'
    if [[ "$cmd" == "$CMD_YEAR" ]]; then
      YEAR_MEDIAN_S=$(printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR]=$1} END {printf "%.3f", t[int((NR+1)/2)] / 1000}')
    fi
  done
fi
if [[ -f "$WORK/hyperfine.json" ]]; then
  YEAR_MEDIAN_S=$(grep -o '"median": *[0-9.e+-]*' "$WORK/hyperfine.json" | head -1 | sed 's/.*: *//')
fi
echo "maximum resident set of one $UNITS-unit run:"
/usr/bin/time -f "  %e s wall, %U s user, %S s sys, %M KB max RSS" java -jar "$JAR" score "$YEAR" > /dev/null 2> "$WORK/time.txt" || true
tail -1 "$WORK/time.txt"

section "where the command's time goes (one cold JVM, exploded classpath, phases timed inside main)"
for run in 1 2; do
  java -cp "$CP" com.xingping.bench.CommandPhases "$YEAR" 1 | sed "s/^/  run $run: /"
done
echo "GC during one command run (java -Xlog:gc):"
java -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" score "$YEAR" > /dev/null
awk '/Pause/ {n++; ms=$NF; sub("ms","",ms); s+=ms} END {printf "  %d GC pauses, %.0f ms paused\n", n, s}' "$WORK/gc.log"
echo "classes loaded for a 1-unit document (java -Xlog:class+load):"
java -Xlog:class+load:file="$WORK/classload.log" -jar "$JAR" score "$TINY" > /dev/null
awk '/source: shared objects file/ {cds++; next} /source: jrt:/ {jrt++; next} /source: jar:nested:/ {lib++; next}
     /source: file:/ {loader++; next} {gen++}
     END {printf "  %d in total: %d from the JDK CDS archive, %d from the JDK image, %d from BOOT-INF of the fat jar, %d of the Boot loader, %d generated (lambdas, hidden)\n", cds+jrt+lib+loader+gen, cds, jrt, lib, loader, gen}' "$WORK/classload.log"
grep 'source: jar:nested:' "$WORK/classload.log" | sed -E 's/.*!(BOOT-INF[^!]*)!?.*/\1/' | sort | uniq -c | sort -rn | head -6 | sed 's/^/   /' || true
command -v unzip > /dev/null && echo "  the fat jar holds $(unzip -l "$JAR" | grep -c 'BOOT-INF/lib/.*\.jar$') libraries"

section "summary"
# One line per JMH benchmark: name, score, error (works whether or not JMH printed an error column).
jmh_rows() { awk '$1 ~ /^ScoringEngineBenchmark\./ {err = ($(NF-2) == "±") ? $(NF-1) : "n/a"; sc = ($(NF-2) == "±") ? $(NF-3) : $(NF-1); print substr($1, 24), sc, err}' "$1"; }
echo "JMH (ops/s = units/s, higher is better):"
jmh_rows "$WORK/jmh.txt" | awk '{printf "  %-16s %12.0f ± %s units/s\n", $1, $2, $3}'
if [[ -f "$WORK/jmh-pinned.txt" ]]; then
  jmh_rows "$WORK/jmh-pinned.txt" | awk '{printf "  %-16s %12.0f ± %s units/s (taskset -c 0)\n", $1, $2, $3}'
fi
summary_score=$(jmh_rows "$WORK/jmh.txt" | awk '$1 == "score" {print $2}')
awk -v s="$summary_score" 'BEGIN { printf "goal (a) engine >= 100,000 units/s on one core: %s (score: %.0f units/s)\n", (s + 0 >= 100000 ? "MET" : "NOT MET"), s }'
if command -v jq > /dev/null && [[ -f "$WORK/hyperfine.json" ]]; then
  jq -r '.results[] | "  \(.command): mean \(.mean * 1000 | floor) ms, median \(.median * 1000 | floor) ms, min \(.min * 1000 | floor) ms, max \(.max * 1000 | floor) ms (\(.times | length) runs)"' "$WORK/hyperfine.json"
fi
awk -v m="${YEAR_MEDIAN_S:-}" -v u="$UNITS" 'BEGIN { if (m == "") print "goal (b): no median measured"; else printf "goal (b) command scores %d units in < 2 s wall: %s (median %.2f s)\n", u, (m + 0 < 2 ? "MET" : "NOT MET"), m }'
echo "results kept in $WORK (jmh.json, jmh.txt, hyperfine.json, gc.log, classload.log)"
