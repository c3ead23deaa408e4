#!/usr/bin/env bash
# Starts the whole suite on this machine: embedded PostgreSQL, a Kafka broker, Keycloak, the four
# services and the gateway. Builds first whatever is missing or older than its sources.
# Ctrl-C stops everything. Ports: free ones, or ICR_GATEWAY_PORT / ICR_KEYCLOAK_PORT if set.
set -euo pipefail
cd "$(dirname "$0")"

SERVICES=(assessment-service careplan-service budget-service carer-service timeline-service gateway)
SHARED=(pom.xml service-parent/pom.xml service-kit/src service-kit/pom.xml)

newer_than() { # newer_than FILE PATH...: is any of PATH newer than FILE (or FILE missing)?
  local marker=$1; shift
  [[ -f $marker ]] || return 0
  [[ -n $(find "$@" -newer "$marker" -print -quit 2>/dev/null) ]]
}

stale() {
  local m
  for m in "${SERVICES[@]}"; do
    newer_than "$m/target/quarkus-app/quarkus-run.jar" "$m/src" "$m/pom.xml" "${SHARED[@]}" && return 0
  done
  # The gateway's OpenAPI document is built from the services' snapshots.
  newer_than gateway/target/quarkus-app/quarkus-run.jar ./*-service/openapi && return 0
  newer_than local-stack/target/run.classpath local-stack/src local-stack/pom.xml \
    local-stack/kafka-broker/src local-stack/kafka-broker/pom.xml && return 0
  compgen -G "local-stack/target/keycloak/keycloak-*/bin/kc.sh" >/dev/null || return 0
  return 1
}

if stale; then
  echo "Building the suite (tests skipped: ./mvnw verify runs them) ..."
  ./mvnw -q -B -Plocal-run package -DskipTests
fi

exec java -Dicr.home="$PWD" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "local-stack/target/classes:$(cat local-stack/target/run.classpath)" \
  uk.icr.stack.run.LocalStackMain
