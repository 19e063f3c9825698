#!/usr/bin/env python3
"""Summarises `jfr print --stack-depth 200 --events jdk.ExecutionSample` (stdin): each sample is charged to the
layer of its innermost non-JDK frame (JDK code counts for the library that called it), then the top frames.
Used for README's profile.
  jfr print --stack-depth 200 --events jdk.ExecutionSample x.jfr | scripts/bench/lib/jfr-summary.py"""
import collections
import re
import sys

LAYERS = [
    ("micrometer observation", ("io.micrometer.",)),
    ("spring security", ("org.springframework.security.",)),
    ("spring mvc / web", ("org.springframework.web.", "org.springframework.http.")),
    ("tomcat", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
    ("jackson", ("com.fasterxml.jackson.",)),
    ("our code (org.wenming)", ("org.wenming.",)),
    ("other spring", ("org.springframework.",)),
    ("other libraries", ("org.", "com.", "io.", "net.")),
]

samples = sys.stdin.read().split("jdk.ExecutionSample")[1:]
layers, tops = collections.Counter(), collections.Counter()
for sample in samples:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", sample, re.M)
    if not frames:
        continue
    tops[frames[0]] += 1
    layers[next((name for frame in frames for name, prefixes in LAYERS if frame.startswith(prefixes)), "jdk only")] += 1
total = max(len(samples), 1)
print(f"{len(samples)} execution samples")
for name in [name for name, _ in LAYERS] + ["jdk only"]:
    print(f"  {100 * layers[name] / total:5.1f} %  {name}")
print("top frames:")
for frame, count in tops.most_common(8):
    print(f"  {100 * count / total:5.1f} %  {frame}")
