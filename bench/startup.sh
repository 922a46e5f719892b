#!/usr/bin/env bash
# Readiness of the dev server on embedded Derby: `bin/server start` until /health answers UP.
# "cold" starts with --clean (Liberty rebuilds its caches) on an empty database, migrations
# included; "warm" restarts without --clean on the database the cold start made. Each start is
# followed by a breakdown read from messages.log: kernel, features, schema, application, health.
# Usage: bench/startup.sh [warm restarts (default 5)]   (build first: mvn -B -q package -DskipTests)
# Run it on a quiet machine: every number here is wall-clock time on two shared cores.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
WLP=server/target/liberty/wlp; SERVER=switchboard; URL=http://localhost:9080
LOG=$WLP/usr/servers/$SERVER/logs/messages.log
OUT=bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ).md; mkdir -p bench/results
if (exec 3<>/dev/tcp/127.0.0.1/9080) 2>/dev/null; then echo "port 9080 is in use: stop that server first" >&2; exit 1; fi

# Seconds from the "launched" line to the first line matching $1, from messages.log's timestamps.
phase() {
  awk -v pat="$1" '
    function secs(line,   t, p) { match(line, /[0-9]+:[0-9]+:[0-9]+:[0-9]+/); t = substr(line, RSTART, RLENGTH);
      split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] + p[4] / 1000 }
    /CWWKE0001I/ && !start { start = secs($0) }
    start && $0 ~ pat && !found { found = secs($0); printf "%.1f", found - start }
  ' "$LOG"
}

start_once() { # $1 = label, $2.. = extra server start options
  local label=$1; shift
  local t0; t0=$(date +%s.%N)
  "$WLP/bin/server" start "$SERVER" "$@" >/dev/null
  until curl -fsS -o /dev/null "$URL/health" 2>/dev/null; do sleep 0.1; done
  local ready; ready=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  printf "| %s | %s | %s | %s | %s | %s | %s |\n" "$label" "$ready" "$(phase CWWKF0007I)" "$(phase CWWKF0008I)" \
    "$(phase 'Schema up to date')" "$(phase 'CWWKZ0001I.*switchboard')" "$(cut -d' ' -f1 /proc/loadavg)"
  "$WLP/bin/server" stop "$SERVER" >/dev/null
}

{
  echo "# Startup $(date -u +%FT%TZ)"
  echo
  echo "$(nproc) cores; $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "Seconds. ready = \`server start\` to /health UP; the other columns count from Liberty's launch line:"
  echo "features started (CWWKF0007I), features ready (CWWKF0008I), schema checked, application started (CWWKZ0001I)."
  echo
  echo "| start | ready | features start | features ready | schema | app started | load |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  rm -rf "$WLP/usr/servers/$SERVER/derby"
  start_once "cold (--clean, empty database)" --clean
  for i in $(seq 1 "$RUNS"); do start_once "warm $i"; done
} | tee "$OUT"
echo "results in $OUT"
