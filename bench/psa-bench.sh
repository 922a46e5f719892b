#!/usr/bin/env bash
# PSA pull benchmark against a running server (mvn -B package -Prun, or bin/server start): starts a
# ConnectWise (or Autotask) emulator on 127.0.0.1 with N tickets of M notes, pulls them all into the
# desk and reports tickets/s, then the cost of an incremental sync with no changes.
#   bench/psa-bench.sh --tickets 10000 --notes 3 [--psa autotask] [--url http://localhost:9080] [--user admin --password admin]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true
mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.switchboard.bench.PsaBench "$@"
