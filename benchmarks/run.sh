#!/usr/bin/env bash
# Runs every benchmark (see "Benchmarks" in README.md): builds the suite, starts it as ./run.sh does (embedded
# PostgreSQL, Kafka, Keycloak, the services and the gateway), loads it scenario by scenario, and writes
# benchmarks/results/latest.md and latest.json (and the table in README.md). About 20 to 25 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

# wrk (peak throughput, closed loop) and pgbench (the database alone) come from Debian.
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v pgbench >/dev/null 2>&1 || missing+=(postgresql-client)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "Building the suite and the benchmarks (tests skipped) ..."
./mvnw -q -B -Plocal-run,benchmarks package -DskipTests

# The gateway's per-client rate limit (50/s) would measure the limiter, not the gateway.
export ICR_GATEWAY_RATE_LIMIT=1000000 ICR_GATEWAY_RATE_BURST=1000000

exec java -Xms512m -Xmx1g -Dicr.home="$PWD" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/bench.classpath)" uk.icr.bench.BenchmarkMain "$@"
