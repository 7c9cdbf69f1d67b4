#!/usr/bin/env bash
# Benchmarks the live Q&A audience feed (see bench-liveqa.mjs): N graphql-ws subscribers on one
# backend while a moderator approves 100 questions. Always starts its own IdP and backend (from
# the built jars, in-memory database) so it can read the backend's CPU time and heap. The
# development database (backend/dev-mongo) runs in a process of its own, as a real MongoDB would: its CPU (it
# rescans its oplog for every change-stream poll) is reported apart from the backend's.
#
# Env: BENCH_SUBSCRIBERS (default "1000 5000 10000"), BENCH_APPROVALS (default 100),
#      BENCH_HEAP (backend -Xmx, default 2g), BENCH_JFR (directory for flight recordings),
#      BENCH_APPROVAL_PERIOD_MS (start approvals at least this far apart; see bench-liveqa.mjs).
set -euo pipefail

source "$(cd "$(dirname "$0")" && pwd)/servers.sh"

# 10,000 sockets on each side: raise the soft limit of open files up to the hard limit.
ulimit -n "$(ulimit -Hn)"
if (( $(ulimit -n) < 10500 )); then
  echo "open-files limit $(ulimit -n) is too low for 10,000 subscribers" >&2
  exit 1
fi

export JAVA_TOOL_OPTIONS="-Xmx${BENCH_HEAP:-2g} ${JAVA_TOOL_OPTIONS:-}"
start_own_servers
unset JAVA_TOOL_OPTIONS

# The generator needs Node.js only (no packages).
BACKEND_URL="$BACKEND_URL" IDP_URL="$IDP_URL" BACKEND_PID="$BACKEND_PID" DATABASE_PID="${DATABASE_PID:-}" BENCH_JFR="${BENCH_JFR:-}" \
  JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" node --max-old-space-size=4096 "$BENCH_DIR/bench-liveqa.mjs"
