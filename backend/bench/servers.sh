# Shared by the benchmarks: starts (and on exit stops) a dev IdP, the development MongoDB
# (backend/dev-mongo, in memory, in a process of its own as a real MongoDB would be, so the
# backend's CPU figures are the backend's alone) and a backend, from the built jars. Source it; it
# sets BACKEND_URL, IDP_URL, DATABASE_URL and, once started, BACKEND_PID and DATABASE_PID.
# OWN_DATABASE_FILE=1 gives the database a fresh H2 file (as `make run` has) instead of memory. The backend trusts loopback as a reverse proxy
# (TRUSTED_PROXIES), so a benchmark may speak for many client addresses with X-Forwarded-For; more
# settings for it go in BACKEND_ENV (e.g. "CAREPULSE_LIMITS_STAFF_BUDGET=1000000000").
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
BACKEND_DIR="$(dirname "$BENCH_DIR")"
BACKEND_URL="http://localhost:${PORT:-8080}"
IDP_URL="${IDP_URL:-http://localhost:9000}"
OWN_BACKEND_PORT=18180
OWN_IDP_PORT=19100
OWN_DATABASE_PORT=19270
OWN_MANAGEMENT_PORT=18181
# Metrics: the running backend's management port (make run), or the benchmark's own backend's.
MANAGEMENT_URL="${MANAGEMENT_URL:-http://localhost:${MANAGEMENT_PORT:-8091}}"
STARTUP_TIMEOUT_SECONDS=120
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

WORK_DIR=""
PIDS=()

cleanup() {
  local status=$?
  if ((status != 0)) && [[ -n "$WORK_DIR" ]]; then
    for log in "$WORK_DIR"/*.log; do
      echo "--- last lines of $(basename "$log") ---" >&2
      tail -n 30 "$log" >&2
    done
  fi
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [[ -n "$WORK_DIR" ]]; then rm -rf "$WORK_DIR"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

answers() {
  curl -fs -o /dev/null --max-time 2 "$1"
}

# Whether a GraphQL API answers at this URL (its health may be on a management port elsewhere).
answers_graphql() {
  curl -fs -o /dev/null --max-time 2 -X POST -H 'Content-Type: application/json' \
    -d '{"query":"{ __typename }"}' "$1"
}

# Waits, bounded, for a URL to answer while the process that should serve it is still alive.
wait_for() {
  local url="$1" pid="$2" log="$3"
  local deadline=$((SECONDS + STARTUP_TIMEOUT_SECONDS))
  until answers "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "process $pid exited before $url answered; last log lines:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if ((SECONDS >= deadline)); then
      echo "$url did not answer within ${STARTUP_TIMEOUT_SECONDS} s; last log lines:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 1
  done
}

require_jar() {
  if [[ ! -f "$1" ]]; then
    echo "missing $1: build it first (mvn -DskipTests package)" >&2
    exit 1
  fi
}

# The jars target Java 21; an older default java fails with UnsupportedClassVersionError.
require_java_21() {
  local major
  major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  if [[ -z "$major" || "${major%%.*}" -lt 21 ]]; then
    echo "$JAVA is Java ${major:-unknown}; set JAVA_HOME to a JDK 21 or newer" >&2
    exit 1
  fi
}

# Starts the development MongoDB in a process of its own (memory, or with OWN_DATABASE_FILE=1 a
# fresh H2 file under $1), heap OWN_DATABASE_HEAP (default 2g); sets DATABASE_URL and DATABASE_PID.
start_own_database() {
  local dir="$1"
  local database_jar="$BACKEND_DIR/dev-mongo/target/carepulse-dev-mongo-exec.jar"
  require_jar "$database_jar"
  local store=memory
  if [[ "${OWN_DATABASE_FILE:-0}" == 1 ]]; then store="$dir/database/mongo.mv"; fi
  echo "starting the development database ($store), port $OWN_DATABASE_PORT (log: $dir/database.log)"
  (cd "$dir" && exec env -u JAVA_TOOL_OPTIONS "$JAVA" -Xmx"${OWN_DATABASE_HEAP:-2g}" -jar "$database_jar" "$store" "$OWN_DATABASE_PORT" \
    >"$dir/database.log" 2>&1) &
  PIDS+=("$!")
  DATABASE_PID="$!"
  local deadline=$((SECONDS + STARTUP_TIMEOUT_SECONDS))
  until grep -q "Embedded MongoDB ready" "$dir/database.log" 2>/dev/null; do
    if ! kill -0 "$DATABASE_PID" 2>/dev/null || ((SECONDS >= deadline)); then
      echo "the development database did not start; last log lines:" >&2
      tail -n 40 "$dir/database.log" >&2
      exit 1
    fi
    sleep 1
  done
  DATABASE_URL="mongodb://127.0.0.1:$OWN_DATABASE_PORT/carepulse"
}

start_own_servers() {
  local idp_jar="$BACKEND_DIR/dev-idp/target/carepulse-dev-idp.jar"
  local backend_jar="$BACKEND_DIR/target/carepulse-backend.jar"
  local database_jar="$BACKEND_DIR/dev-mongo/target/carepulse-dev-mongo-exec.jar"
  require_jar "$idp_jar"
  require_jar "$backend_jar"
  require_jar "$database_jar"
  require_java_21
  WORK_DIR="$(mktemp -d -t carepulse-bench.XXXXXX)"
  IDP_URL="http://localhost:$OWN_IDP_PORT"
  BACKEND_URL="http://localhost:$OWN_BACKEND_PORT"

  echo "starting dev IdP on $IDP_URL (log: $WORK_DIR/idp.log)"
  (cd "$WORK_DIR" && exec env IDP_PORT="$OWN_IDP_PORT" IDP_DATA_DIR="$WORK_DIR/idp" \
    "$JAVA" -jar "$idp_jar" >"$WORK_DIR/idp.log" 2>&1) &
  PIDS+=("$!")
  wait_for "$IDP_URL/.well-known/openid-configuration" "$!" "$WORK_DIR/idp.log"

  start_own_database "$WORK_DIR"
  local database=(MONGODB_URI="$DATABASE_URL")

  echo "starting backend on $BACKEND_URL (log: $WORK_DIR/backend.log)"
  (cd "$WORK_DIR" && exec env -u MONGODB_URI -u SPRING_PROFILES_ACTIVE \
    PORT="$OWN_BACKEND_PORT" MANAGEMENT_PORT="$OWN_MANAGEMENT_PORT" "${database[@]}" CAREPULSE_DEMO_DATA=true \
    TRUSTED_PROXIES=127.0.0.1/32,::1/128 \
    PARTICIPANT_TOKEN_KEY_FILE="$WORK_DIR/participant-token.key" \
    FIELD_ENCRYPTION_MASTER_KEY_FILE="$WORK_DIR/field-encryption-master.key" \
    BLIND_INDEX_KEY_FILE="$WORK_DIR/blind-index.key" ${BACKEND_ENV:-} \
    OIDC_ISSUER_URI="$IDP_URL" "$JAVA" -jar "$backend_jar" >"$WORK_DIR/backend.log" 2>&1) &
  PIDS+=("$!")
  BACKEND_PID="$!"
  MANAGEMENT_URL="http://localhost:$OWN_MANAGEMENT_PORT"
  wait_for "$MANAGEMENT_URL/actuator/health/readiness" "$!" "$WORK_DIR/backend.log"
}

