#!/usr/bin/env bash
# Times `xingping score` on a generated year of 10,000 units, JSON in and out, JVM start included, for
# each way of launching it: the fat jar as shipped, the fat jar with JIT/GC flags, and bin/xingping-score
# (extracted layout + AppCDS archive + the same flags). Each way runs RUNS times, round-robin (one run of
# each per round, so a burst of load from other processes spreads over all of them), after one warm-up
# run that also lets bin/xingping-score record its archive. Prints median, best and worst wall time and
# the median CPU time (user + sys) of each, and checks that every way writes the same document.
#
#   bench/score-10k.sh                          # the jar of this tree (built if missing)
#   BEFORE_JAR=/tmp/old.jar bench/score-10k.sh  # also the fat jar and launcher of an older build
#   CDS_STUDY=1 bench/score-10k.sh              # also: no archive, archive of a 1-unit run, of a 10,000-unit run
#
# Settings: UNITS (10000), RUNS (7), SEED (20180415), WORK (/tmp/xingping-score-10k), JAR.
# The year comes from src/test/java/com/xingping/bench/YearGenerator.java (the shape of the spec's
# example-year.json, ids from the bundled rubric), compiled with javac against the jar: no Maven needed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
UNITS=${UNITS:-10000}
RUNS=${RUNS:-7}
SEED=${SEED:-20180415}
WORK=${WORK:-/tmp/xingping-score-10k}
JAR=${JAR:-$ROOT/target/xingping.jar}
if [[ ! -f "$JAR" ]]; then
  (cd "$ROOT" && mvn -B -q -o package -DskipTests)
fi
mkdir -p "$WORK"
# Snapshot, so that a build in the tree cannot change the jar between runs.
cp "$JAR" "$WORK/xingping.jar"
JAR=$WORK/xingping.jar
YEAR=$WORK/year-$UNITS.json
TINY=$WORK/year-1.json
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "revision $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" status --porcelain -- src pom.xml | grep -q . && echo ' (modified)' || true)," \
  "$(nproc) CPUs, $(java -version 2>&1 | head -1), load average $(load)"

# The generator and the year. The extracted layout gives javac a plain class path.
rm -rf "$WORK/extracted" "$WORK/generator"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
APP=$WORK/extracted/xingping.jar
mkdir -p "$WORK/generator"
javac -encoding UTF-8 -d "$WORK/generator" -cp "$APP" "$ROOT/src/test/java/com/xingping/bench/YearGenerator.java"
java -cp "$WORK/generator:$APP" com.xingping.bench.YearGenerator "$UNITS" "$YEAR" "$SEED"
java -cp "$WORK/generator:$APP" com.xingping.bench.YearGenerator 1 "$TINY" "$SEED"

FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
launcher() { XINGPING_JAR=$1 XINGPING_SCORE_CACHE=$2 "$ROOT/bin/xingping-score" "${@:3}"; }
names=() commands=()
way() { names+=("$1"); commands+=("$2"); }
way "$UNITS u | java -jar xingping.jar (as shipped)" "java -jar $JAR score $YEAR"
way "$UNITS u | java -jar, C1 only + serial GC" "java $FLAGS -jar $JAR score $YEAR"
way "$UNITS u | bin/xingping-score" "launcher $JAR $WORK/launch $YEAR"
way "1 unit   | java -jar xingping.jar (as shipped)" "java -jar $JAR score $TINY"
way "1 unit   | bin/xingping-score" "launcher $JAR $WORK/launch $TINY"
if [[ -n "${BEFORE_JAR:-}" ]]; then
  cp "$BEFORE_JAR" "$WORK/before.jar"
  way "$UNITS u | before: java -jar" "java -jar $WORK/before.jar score $YEAR"
  way "$UNITS u | before: java -jar, C1 only + serial GC" "java $FLAGS -jar $WORK/before.jar score $YEAR"
  way "$UNITS u | before: bin/xingping-score" "launcher $WORK/before.jar $WORK/launch-before $YEAR"
  way "1 unit   | before: java -jar" "java -jar $WORK/before.jar score $TINY"
fi
if [[ -n "${CDS_STUDY:-}" ]]; then
  # What an archive is made from: a 1-unit training run, or a whole 10,000-unit year.
  CDS="$FLAGS -Xshare:auto -Xlog:disable"
  java $CDS -XX:ArchiveClassesAtExit="$WORK/cds-1.jsa" -jar "$APP" score "$TINY" > /dev/null
  java $CDS -XX:ArchiveClassesAtExit="$WORK/cds-$UNITS.jsa" -jar "$APP" score "$YEAR" > /dev/null
  echo "archives: 1-unit run $(stat -c %s "$WORK/cds-1.jsa") bytes, $UNITS-unit run $(stat -c %s "$WORK/cds-$UNITS.jsa") bytes"
  way "$UNITS u | extracted, C1+serial, no archive" "java $CDS -jar $APP score $YEAR"
  way "$UNITS u | extracted, C1+serial, archive of 1-unit run" "java $CDS -XX:SharedArchiveFile=$WORK/cds-1.jsa -jar $APP score $YEAR"
  way "$UNITS u | extracted, C1+serial, archive of $UNITS-unit run" "java $CDS -XX:SharedArchiveFile=$WORK/cds-$UNITS.jsa -jar $APP score $YEAR"
  way "$UNITS u | extracted, default JIT+GC, no archive" "java -Xshare:auto -jar $APP score $YEAR"
  way "$UNITS u | extracted, default JIT+GC, archive of 1-unit run" "java -Xshare:auto -Xlog:disable -XX:SharedArchiveFile=$WORK/cds-1.jsa -jar $APP score $YEAR"
fi

# Warm-up (the page cache, and the launcher's layout and archive), and the same answer from every way.
rm -rf "$WORK/launch" "$WORK/launch-before"
java -jar "$JAR" score "$YEAR" > "$WORK/expected.json"
scored=$(grep -o '"rank":' "$WORK/expected.json" | wc -l)
[[ "$scored" -eq "$UNITS" ]] || { echo "the command scored $scored units, not $UNITS" >&2; exit 1; }
echo "input $(stat -c %s "$YEAR") bytes, output $(stat -c %s "$WORK/expected.json") bytes, $scored units scored"
for i in "${!commands[@]}"; do
  eval "${commands[$i]}" > "$WORK/out.json"
  if [[ "${names[$i]}" == "$UNITS u |"* ]] && ! cmp -s "$WORK/out.json" "$WORK/expected.json"; then
    echo "${names[$i]}: a different output document" >&2
    exit 1
  fi
done

TIMES=$WORK/times.txt
: > "$TIMES"
TIMEFORMAT='%R %U %S'
echo "load average before the runs: $(load)"
for ((round = 1; round <= RUNS; round++)); do
  for i in "${!commands[@]}"; do
    t=$({ time eval "${commands[$i]}" > /dev/null 2>&1; } 2>&1)
    echo "$i $t" >> "$TIMES"
  done
done
echo "load average after the runs: $(load)"

printf '\n%-58s %8s %8s %8s %9s\n' "way ($RUNS runs each)" "median" "best" "worst" "CPU med."
for i in "${!commands[@]}"; do
  wall=$(awk -v i="$i" '$1 == i {print $2}' "$TIMES" | sort -n | awk '{a[NR] = $1} END {printf "%7.2fs %7.2fs %7.2fs", a[int((NR + 1) / 2)], a[1], a[NR]}')
  cpu=$(awk -v i="$i" '$1 == i {print $3 + $4}' "$TIMES" | sort -n | awk '{a[NR] = $1} END {printf "%8.2fs", a[int((NR + 1) / 2)]}')
  printf '%-58s %s %s\n' "${names[$i]}" "$wall" "$cpu"
done
echo
for i in "${!commands[@]}"; do printf '  %s: %s\n' "${names[$i]}" "${commands[$i]}"; done
