#!/usr/bin/env bash
# Benchmarks the campaigns query (see bench.mjs). Reuses a backend on localhost:${PORT:-8080}
# and an IdP at ${IDP_URL:-http://localhost:9000} when both answer; otherwise starts its own
# pair from the built jars on ports 18180/19100 with an in-memory database, and stops them on exit.
#
# Env: PORT, IDP_URL, BENCH_DURATION, BENCH_CONNECTIONS, BENCH_WARMUP (passed to bench.mjs).
set -euo pipefail

source "$(cd "$(dirname "$0")" && pwd)/servers.sh"

if answers "$BACKEND_URL/actuator/health" && answers "$IDP_URL/.well-known/openid-configuration"; then
  echo "using the running backend at $BACKEND_URL and IdP at $IDP_URL"
else
  start_own_servers
fi

if [[ ! -d "$BENCH_DIR/node_modules/autocannon" ]]; then
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund)
fi

BACKEND_URL="$BACKEND_URL" IDP_URL="$IDP_URL" node "$BENCH_DIR/bench.mjs"
