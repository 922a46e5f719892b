#!/usr/bin/env bash
# Dispatch throughput: sustained creates with a fast receiver, lag from commit to delivery, backlog.
# Starts the dev server (bin/server start, rate limit off), installs the example recorder plugin with
# one instance posting to this script's JVM on 127.0.0.1:9397, runs DispatchBench, stops the server.
# Usage: bench/dispatch-bench.sh [rate per second (400)] [seconds (60)] [clients (16)] [concurrency per instance (8)]
# (build first: mvn -B install -DskipTests). Results go to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-400}; SECONDS_RUN=${2:-60}; CLIENTS=${3:-16}; CONCURRENCY=${4:-8}
WLP=server/target/liberty/wlp; SERVER=switchboard; URL=http://localhost:9080; PORT=9397
JAR=plugins/example-plugin/target/example-plugin-1.0.0-SNAPSHOT.jar

if (exec 3<>/dev/tcp/127.0.0.1/9080) 2>/dev/null; then echo "port 9080 is in use: stop that server first" >&2; exit 1; fi
[ -f "$JAR" ] || { echo "build first: mvn -B install -DskipTests ($JAR is missing)" >&2; exit 1; }
mvn -B -q -pl bench package -DskipTests -Dspotless.check.skip=true
export SWITCHBOARD_API_RATE_LIMIT=0
"$WLP/bin/server" start "$SERVER" --clean >/dev/null
trap '"$WLP/bin/server" stop "$SERVER" >/dev/null' EXIT
until curl -fsS -o /dev/null "$URL/health" 2>/dev/null; do sleep 0.5; done

# Instances of earlier runs would post here too (and bring their backlog): remove them first.
for old in $(curl -fsS -u admin:switchboard "$URL/api/v1/plugins/instances?pageSize=200" \
    | grep -o '"id":[0-9]*,"kind":"notifier","name":"dispatch-bench-[0-9]*"' | grep -o '^"id":[0-9]*' | cut -d: -f2); do
  curl -fsS -u admin:switchboard -o /dev/null -X DELETE "$URL/api/v1/plugins/instances/$old"
done
id=dispatch-bench-$(date +%s)
curl -fsS -u admin:switchboard -o /dev/null -F "jar=@$JAR" "$URL/api/v1/plugins"
plugin=$(unzip -p "$JAR" META-INF/MANIFEST.MF | awk -F': ' '/^Plugin-Id/ {gsub("\r",""); print $2}')
curl -fsS -u admin:switchboard -o /dev/null -H 'Content-Type: application/json' "$URL/api/v1/plugins/instances" -d "{
  \"plugin\":\"$plugin\",\"factory\":\"recorder\",\"name\":\"$id\",\"events\":[\"ticket.created\"],
  \"delivery\":{\"concurrency\":$CONCURRENCY},
  \"config\":{\"url\":\"http://127.0.0.1:$PORT/bench\",\"mode\":\"record\"}}"
echo "Machine: $(nproc) cores; load before the run: $(cut -d' ' -f1-3 /proc/loadavg); database: ${DB_KIND:-derby}"
java -Xmx512m -cp bench/target/classes io.switchboard.bench.DispatchBench \
  --url "$URL" --port "$PORT" --rate "$RATE" --seconds "$SECONDS_RUN" --clients "$CLIENTS"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
