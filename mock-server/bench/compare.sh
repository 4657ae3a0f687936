#!/usr/bin/env bash
# Runs ../shared/bench (the side-by-side harness: WireMock, MockServer, Prism, a bare Javalin handler) with
# our server added as one more line, in one run, so the ratios are comparable.
#
#   mock-server/bench/compare.sh                 # every default server + ours (~10 min)
#   mock-server/bench/compare.sh carrier-mock javalin-limit wiremock-tuned mockserver-tuned prism-tuned
#   mock-server/bench/compare.sh carrier-mock carrier-mock-plain   # with and without the CDS archive
#
# carrier-mock runs the jar with the class-data sharing archive the build writes beside it
# (-XX:SharedArchiveFile, see mock-server/pom.xml); carrier-mock-plain is the bare `java -jar`.
# Builds the runnable jar and its archive first if either is missing. The report lands in
# /tmp/bench-cache/runs/<timestamp>/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${BENCH_DIR:-$root/../shared/bench}"
jar="$root/mock-server/target/carrier-mock-server.jar"
archive="$root/mock-server/target/carrier-mock-server.jsa"
[ -d "$bench" ] || { echo "no benchmark harness at $bench (set BENCH_DIR)" >&2; exit 2; }
[ -f "$jar" ] && [ -f "$archive" ] || (cd "$root" && ./mvnw -B -ntp -q -DskipTests package -pl mock-server -am)

conf="$(mktemp /tmp/carrier-mock-servers.XXXXXX.conf)"
trap 'rm -f "$conf"' EXIT
cp "$bench/servers.conf" "$conf"
cat >> "$conf" <<LINE

# this project: the real state machine, auth, validation against the spec and the journal all on
carrier-mock       ${CARRIER_MOCK_PORT:-18100} prefix=/cnexpress/api/v1 -- java -XX:SharedArchiveFile=$archive -jar $jar --port {port} --host 127.0.0.1
carrier-mock-plain $(( ${CARRIER_MOCK_PORT:-18100} + 1 )) prefix=/cnexpress/api/v1 default=no -- java -jar $jar --port {port} --host 127.0.0.1
LINE
BENCH_CONF="$conf" exec "$bench/run.sh" "$@"
