#!/usr/bin/env bash
# One command for the domain benchmarks: builds the JMH jar, then prints conversion and HTTP body → domain
# timings (next to a bare Moshi verbatim copy of the same bytes), peak heap per document size, and the threads
# and per-poll latency of 1,000 concurrent asynchronous sync waits on the testkit, and workspace snapshot time of
# 200 connections with one and with four workers.
# Extra arguments go to JMH, e.g. `benchmarks/run.sh -prof gc`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -i 5 "$@"
java -cp benchmarks/target/benchmarks.jar io.github.airbytekit.benchmarks.HeapCheck
java -cp benchmarks/target/benchmarks.jar io.github.airbytekit.benchmarks.AsyncWaitCheck
java -cp benchmarks/target/benchmarks.jar io.github.airbytekit.benchmarks.SnapshotCheck
