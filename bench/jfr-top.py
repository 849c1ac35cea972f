#!/usr/bin/env python3
"""Hot methods of a JFR recording: share of execution samples per top frame (self) and per frame
anywhere on the stack (inclusive), optionally only samples whose stack contains FILTER.

  jfr print --events jdk.ExecutionSample --stack-depth 64 rec.jfr > samples.txt
  bench/jfr-top.py samples.txt [FILTER]      # e.g. FILTER = ScoringEngine.score

A recording of one benchmark: java -cp "$CP" org.openjdk.jmh.Main 'ScoringEngineBenchmark.score$' \
  -f 1 -t 1 -wi 2 -w 3s -i 3 -r 3s -jvmArgsAppend "-Xms4g -Xmx4g -XX:StartFlightRecording=filename=rec.jfr,settings=profile"
"""
import collections
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
wanted = sys.argv[2] if len(sys.argv) > 2 else None
self_counts, inclusive, samples = collections.Counter(), collections.Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames or (wanted and not any(wanted in f for f in frames)):
        continue
    samples += 1
    self_counts[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
print("samples", samples)
print("--- self")
for frame, count in self_counts.most_common(25):
    print("%5.1f%%  %s" % (100 * count / samples, frame))
print("--- inclusive")
for frame, count in inclusive.most_common(50):
    print("%5.1f%%  %s" % (100 * count / samples, frame))
