#!/usr/bin/env bash
# CNExpress request store: fills it with 1,000,000 packages under -Xmx1g and reports the heap used, the cost of a
# create and of a poll as the store grows (it stays flat: look-ups are O(1)), then shows the cap dropping the
# oldest finished requests. Not a test (see RequestStoreMemoryBenchmark).
#   mock-server/bench/memory.sh [packages] [packages-per-request]      e.g. mock-server/bench/memory.sh 1000000 2
# HEAP=512m mock-server/bench/memory.sh   to try a smaller heap.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B -q -ntp -pl mock-server test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="mock-server/target/classes:mock-server/target/test-classes:$(cat mock-server/target/bench.classpath)"
exec java -Xmx"${HEAP:-1g}" -cp "$cp" dev.carriercontracts.mock.cnexpress.bench.RequestStoreMemoryBenchmark "$@"
