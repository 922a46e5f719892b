#!/usr/bin/env bash
# The ticket search index at size: indexing rate and query latency (best 1000, then the passages of
# one page), through the production field mapping and query parser.
#   bench/search-bench.sh [TICKETS (default 100000)] [QUERIES (default 2000)]
# Each ticket gets three comments (two replies, one note). Takes about a minute per 100k tickets
# on one core; 1M tickets need about 2 GB of heap (set BENCH_HEAP=3g).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl ejb-module test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx"${BENCH_HEAP:-2g}" -cp "ejb-module/target/classes:ejb-module/target/test-classes:$(cat ejb-module/target/bench.classpath)" \
  io.switchboard.infrastructure.search.SearchBench "${1:-100000}" "${2:-2000}"
