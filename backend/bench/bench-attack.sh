#!/usr/bin/env bash
# Legitimate traffic alone and under attack (bench-attack.mjs): starts a dev IdP, the embedded
# database in a process of its own and a backend with the default limits (see servers.sh), and
# stops them on exit. Results in results/attack-<time>.json.
#
# Env: BENCH_ATTACK_SECONDS, BENCH_ATTACK_RATE, BENCH_LEGIT_RATE (passed to bench-attack.mjs).
set -euo pipefail

source "$(cd "$(dirname "$0")" && pwd)/servers.sh"

start_own_servers

if [[ ! -d "$BENCH_DIR/node_modules/autocannon" || ! -d "$BENCH_DIR/node_modules/ws" ]]; then
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund)
fi

BACKEND_URL="$BACKEND_URL" IDP_URL="$IDP_URL" BACKEND_PID="$BACKEND_PID" node "$BENCH_DIR/bench-attack.mjs"
