#!/usr/bin/env bash
# Starts a PSA emulator in the foreground on 127.0.0.1 with demo data (3 boards with statuses,
# tickets with notes, members, companies). Ctrl+C stops it.
#   bench/emulator.sh connectwise 8089            # then: curl -u 'demo+pubkey:privkey' http://127.0.0.1:8089/v4_6_release/apis/3.0/service/boards
#   bench/emulator.sh connectwise 8089 10000 3    # 10,000 tickets with 3 notes each
#   bench/emulator.sh autotask 8090               # then: curl 'http://127.0.0.1:8090/atservicesrest/v1.0/zoneInformation?user=api@demo.example'
#                                                 # API: headers UserName api@demo.example, Secret secret, ApiIntegrationCode demo
set -euo pipefail
cd "$(dirname "$0")/.."
module=plugins/psa-emulators
jar=$(ls $module/target/psa-emulators-*.jar 2>/dev/null | grep -v sources | head -1 || true)
if [[ -z "$jar" || ! -d $module/target/lib ]]; then
  mvn -B -q -pl $module -am package -DskipTests -Dspotless.check.skip=true >&2
  jar=$(ls $module/target/psa-emulators-*.jar | head -1)
fi
exec java -cp "$jar:$module/target/lib/*" io.switchboard.emulator.EmulatorMain "$@"
