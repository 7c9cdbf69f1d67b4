#!/usr/bin/env bash
# Benchmarks the campaigns query (see bench.mjs). Reuses a backend on localhost:${PORT:-8080}
# and an IdP at ${IDP_URL:-http://localhost:9000} when both answer; otherwise starts its own
# pair from the built jars on ports 18180/19100 with an in-memory database, and stops them on exit.
#
# Env: PORT, IDP_URL, BENCH_DURATION, BENCH_CONNECTIONS, BENCH_WARMUP (passed to bench.mjs).
set -euo pipefail

source "$(cd "$(dirname "$0")" && pwd)/servers.sh"

if answers_graphql "$BACKEND_URL/graphql" && answers "$IDP_URL/.well-known/openid-configuration"; then
  echo "using the running backend at $BACKEND_URL and IdP at $IDP_URL (its cost budgets apply: one user's"
  echo "requests at full speed are throttled; the benchmark's own backend raises them). A backend of"
  echo "make run compiles with the JIT's quick tier only: for figures like production's, stop it or"
  echo "start it with 'make run RUN_JVM='"
else
  # One user at full speed measures throughput, not the cost budget that would throttle it.
  BACKEND_ENV="CAREPULSE_LIMITS_STAFF_BUDGET=1000000000 CAREPULSE_LIMITS_STAFF_RESTOREPERSECOND=1000000000" \
    start_own_servers
fi

if [[ ! -d "$BENCH_DIR/node_modules/autocannon" ]]; then
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund)
fi

BACKEND_URL="$BACKEND_URL" IDP_URL="$IDP_URL" MANAGEMENT_URL="$MANAGEMENT_URL" node "$BENCH_DIR/bench.mjs"
