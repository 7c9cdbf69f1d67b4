#!/usr/bin/env bash
# Does the embedded MongoDB slow down as it ages? Starts it on a fresh H2 file in a process of its
# own, a dev IdP and a backend (see servers.sh), and measures the insert rate and the latency from
# a moderator's approval to the audience's feed after 0, 100,000 and 1,000,000 writes to an
# unrelated collection (bench-ageing.mjs). Results in results/ageing-<time>.json.
#
# Env: BENCH_AGEING_WRITES (checkpoints, default "0 100000 1000000"), BENCH_AGEING_INSERTS,
# BENCH_AGEING_APPROVALS.
set -euo pipefail

source "$(cd "$(dirname "$0")" && pwd)/servers.sh"

OWN_DATABASE_FILE=1 start_own_servers

if [[ ! -d "$BENCH_DIR/node_modules/mongodb" || ! -d "$BENCH_DIR/node_modules/ws" ]]; then
  (cd "$BENCH_DIR" && npm ci --no-audit --no-fund)
fi

BACKEND_URL="$BACKEND_URL" IDP_URL="$IDP_URL" DATABASE_URL="$DATABASE_URL" DATABASE_PID="$DATABASE_PID" \
  DATABASE_FILE="$WORK_DIR/database/mongo.mv" node "$BENCH_DIR/bench-ageing.mjs"
