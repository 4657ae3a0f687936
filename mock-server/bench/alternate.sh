#!/usr/bin/env bash
# Workload A (CNExpress GET /account, Basic auth) on our server and on MockServer-tuned, both up at once and
# loaded in turn: after a warm-up of each, ROUNDS rounds of one wrk run per server. On a shared machine both
# servers then see the same noise in each round, so the per-round ratio is steadier than the ratio of two
# servers measured minutes apart (as compare.sh does). Same wrk settings as the shared harness.
#
#   mock-server/bench/alternate.sh            # 10 rounds of 8 s after 60 s of warm-up each (~5 min)
#   ROUNDS=5 DURATION=5 WARMUP=30 mock-server/bench/alternate.sh
#
# Needs the shared harness's cache (run compare.sh, or ../shared/bench/prepare.sh, once) and wrk.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bench="${BENCH_DIR:-$root/../shared/bench}"
cache="${BENCH_CACHE:-/tmp/bench-cache}"
rounds="${ROUNDS:-10}" duration="${DURATION:-8}" warmup="${WARMUP:-60}"
ours_port="${CARRIER_MOCK_PORT:-18100}" theirs_port=18087
jar="$root/mock-server/target/carrier-mock-server.jar"
archive="$root/mock-server/target/carrier-mock-server.jsa"
[ -f "$cache/mockserver.jar" ] || { echo "no $cache/mockserver.jar: run $bench/prepare.sh first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -f "$jar" ] && [ -f "$archive" ] || (cd "$root" && ./mvnw -B -ntp -q -DskipTests package -pl mock-server -am)

logs="$(mktemp -d /tmp/carrier-mock-alternate.XXXXXX)"
java -XX:SharedArchiveFile="$archive" -jar "$jar" --port "$ours_port" --host 127.0.0.1 >"$logs/ours.log" 2>&1 &
ours=$!
java -Dmockserver.initializationJsonPath="$bench/mockserver/expectations.json" -Dmockserver.logLevel=WARN \
  -Dmockserver.maxLogEntries=100 -jar "$cache/mockserver.jar" -serverPort "$theirs_port" >"$logs/mockserver.log" 2>&1 &
theirs=$!
trap 'kill $ours $theirs 2>/dev/null; wait 2>/dev/null' EXIT

auth="Authorization: Basic $(printf '%s' my_username:my_password | base64)"
urls=("http://127.0.0.1:$ours_port/cnexpress/api/v1/account" "http://127.0.0.1:$theirs_port/api/v1/account")
for url in "${urls[@]}"; do
  for _ in $(seq 1 300); do curl -fs -o /dev/null -H "$auth" "$url" && break; sleep 0.1; done
  curl -fs -o /dev/null -H "$auth" "$url" || { echo "no answer from $url (logs in $logs)" >&2; exit 1; }
done

load() { wrk -t2 -c32 -d"$1"s --timeout 5s -H "$auth" "$2" | awk '/Requests\/sec/ {printf "%d", $2}'; }
for url in "${urls[@]}"; do load "$warmup" "$url" >/dev/null; done

{
  echo "round  carrier-mock  mockserver-tuned  ratio"
  for r in $(seq 1 "$rounds"); do
    a=$(load "$duration" "${urls[0]}")
    b=$(load "$duration" "${urls[1]}")
    printf '%5d  %12d  %16d  %5.2f\n' "$r" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {print a / b}')"
  done
} | tee "$logs/rounds.txt"
awk 'NR > 1 {print $4}' "$logs/rounds.txt" | sort -n |
  awk '{v[NR] = $1} END {printf "ratio: min %.2f, median %.2f, max %.2f over %d rounds\n", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[NR], NR}'
