#!/usr/bin/env bash
# The whole benchmark, from a fresh database: readiness time, then each scenario at 10k and at
# 1M tickets, and the server's resident memory under load. Results go to bench/results/.
# Usage: bench/run-all.sh [tickets-large (default 1000000)] [seconds per scenario (default 20)]
set -euo pipefail
cd "$(dirname "$0")/.."
LARGE=${1:-1000000}; SECONDS_PER=${2:-20}
WLP=server/target/liberty/wlp; SERVER=switchboard; URL=http://localhost:9080
OUT=bench/results/$(date -u +%Y%m%dT%H%M%SZ).md; mkdir -p bench/results
BENCH="java -cp bench/target/classes io.switchboard.bench.Bench"

if (exec 3<>/dev/tcp/127.0.0.1/9080) 2>/dev/null; then echo "port 9080 is in use: stop that server first" >&2; exit 1; fi
mvn -B -q package -DskipTests
rm -rf "$WLP/usr/servers/$SERVER/derby"
export SWITCHBOARD_API_RATE_LIMIT=0

rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$(cat $WLP/usr/servers/.pid/$SERVER.pid)"/status; }
start=$(date +%s.%N)
"$WLP/bin/server" start "$SERVER" --clean >/dev/null
until curl -fsS -o /dev/null "$URL/health" 2>/dev/null; do sleep 0.2; done
ready=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
trap '"$WLP/bin/server" stop "$SERVER" >/dev/null' EXIT

{
  echo "# Benchmark run $(date -u +%FT%TZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load before start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Server ready (bin/server start to /health UP, fresh database, migrations included): ${ready} s"
  echo
  echo "Disk ceiling, measured now (server idle):"
  echo
  java -cp "bench/target/classes:$WLP/usr/servers/$SERVER/jdbc/*" io.switchboard.bench.RawDerby 10 | sed 's/^/    /'
  echo
  echo "## 10,000 tickets"
  $BENCH seed --tickets 10000 | tail -1
  $BENCH run --duration "$SECONDS_PER"
  echo
  echo "RSS after the 10k runs: $(rss)"
  echo
  echo "## $LARGE tickets"
  $BENCH seed --tickets $((LARGE - 10000)) | tail -1
  sleep 15 # let the tally fold and the dispatcher finish with the import
  $BENCH run --duration "$SECONDS_PER"
  echo
  echo "RSS after the large runs: $(rss)"
} | tee "$OUT"
echo "results in $OUT"
