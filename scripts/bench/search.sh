#!/usr/bin/env bash
# Search benchmark (not a test: it never fails on figures). Generates N content items (default 100,000)
# from the sentences of the sample content pack, then measures query latency p50/p95 of the embedded Lucene
# index, and for Elasticsearch (a real 8.18 node started inside the benchmark JVM, from the test classpath)
# our adapter's whole search path against the client sending the same request directly, with the ratio.
#   scripts/bench/search.sh [items] [queries] [--no-es]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests test-compile
CLASSPATH_FILE="$(mktemp)"
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -q -B -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"
exec java -Xmx4g -cp "server/target/test-classes:server/target/classes:$(cat "$CLASSPATH_FILE")" \
  org.wenming.search.SearchBenchmark "${1:-100000}" "${2:-2000}" "${@:3}"
