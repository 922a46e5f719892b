#!/usr/bin/env bash
# Email intake benchmark against a running server (mvn -B package -Prun, or bin/server start), with
# a GreenMail IMAP server this script's JVM starts on 127.0.0.1:3993. Results go to stdout; the
# server's log says where each batch spent its time ("took in N messages ... in T ms: list, fetch,
# store, process, acknowledge").
# Usage:
#   bench/mail-bench.sh drain --messages 10000            # backlog drain: messages/s
#   bench/mail-bench.sh latency --rate 20 --seconds 60     # arrival to ticket with IDLE (add --idle false for polling every 2 s)
#   bench/mail-bench.sh crash --messages 1000 --kills 5 --wlp server/target/liberty/wlp --server switchboard
# BENCH_HEAP (default 3g) is the driver's heap: GreenMail keeps the whole backlog in memory (about
# 1.6 GB for 10,000 messages). BENCH_NO_BUILD=1 uses what the last reactor build left in bench/target.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  mvn -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true
fi
[ -f bench/target/classpath.txt ] || mvn -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt  # relative to the module
exec java -Xmx"${BENCH_HEAP:-3g}" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.switchboard.bench.MailBench "$@"
