#!/usr/bin/env bash
# make bench-analytics: engagement analytics' benchmark (AnalyticsBenchmark, a JUnit class tagged
# "bench") against the development MongoDB in a process of its own, as a real MongoDB would be, so
# the API's latency is measured without the database's heap and collector in its JVM (5,000,000
# items held in memory pause a shared heap for tens of milliseconds).
#   1. in memory: recordEngagement, then the home's queries at 100,000 and 5,000,000 items;
#   2. on an H2 file with durable commits: recordEngagement and the queries at 100,000 items.
# Env: BENCH_ANALYTICS_LARGE (items of the second volume, default 5000000), BENCH_ANALYTICS_FILE
#      (0 skips the H2 file), BENCH_ANALYTICS_ARGS (more -D options, e.g. -Dbench.analytics.warmup=0).
set -euo pipefail

source "$(cd "$(dirname "$0")" && pwd)/servers.sh"
require_java_21
MVN="${MVN:-mvn}"

run() {
  local label="$1" large="$2"
  WORK_DIR="$(mktemp -d -t carepulse-bench-analytics.XXXXXX)"
  start_own_database "$WORK_DIR"
  local store="in memory (mongo-java-server's memory backend), in a process of its own"
  if [[ "${OWN_DATABASE_FILE:-0}" == 1 ]]; then
    store="H2 file with durable commits, in a process of its own"
  fi
  echo "$label: $DATABASE_URL"
  (cd "$BACKEND_DIR" && $MVN -q test -Dtest=AnalyticsBenchmark -Dcarepulse.test.excluded-groups=none \
    -Dcarepulse.test.mongo=uri -Dcarepulse.test.mongo.uri="$DATABASE_URL" \
    "-Dcarepulse.test.mongo.store=$store" -Dcarepulse.test.jvm=-Xmx4g -Dbench.analytics.large="$large" \
    -Dsurefire.failIfNoSpecifiedTests=false ${BENCH_ANALYTICS_ARGS:-})
  kill "$DATABASE_PID"
  wait "$DATABASE_PID" 2>/dev/null || true
  rm -rf "$WORK_DIR"
  PIDS=()
  WORK_DIR=""
  cat "$(ls -t "$BENCH_DIR"/results/analytics-*.txt | head -1)"
}

OWN_DATABASE_HEAP=14g OWN_DATABASE_FILE=0 run "in memory" "${BENCH_ANALYTICS_LARGE:-5000000}"
if [[ "${BENCH_ANALYTICS_FILE:-1}" != 0 ]]; then
  OWN_DATABASE_HEAP=4g OWN_DATABASE_FILE=1 run "H2 file" 0
fi
