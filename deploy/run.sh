#!/usr/bin/env bash
# Starts Sales Sequences on Payara Micro at http://localhost:${PORT:-8080}/ and prints its URLs and demo tokens.
#
# On a fresh machine it needs only Java 17 and network access to Maven Central: it builds what is missing with
# the Maven wrapper, which also fetches Payara Micro. The embedded H2 database is the default; its files and
# Payara's runtime directory live in ${SEQUENCES_DATA_DIR:-./data}. Production settings come from the
# environment (see the configuration table in docs/configuration.md):
#   SEQUENCES_DB=postgresql with SEQUENCES_DB_HOST, _PORT, _NAME, _USER, _PASSWORD  run on PostgreSQL
#   SEQUENCES_HOST_JWT_SECRET, SEQUENCES_WEBHOOK_SECRET, SEQUENCES_TRACKING_SECRET, SEQUENCES_SECRETS_KEY,
#   SEQUENCES_PUBLIC_URL, ...                                                         plugin configuration
#   SEQUENCES_DEV_MODE                                                                 true by default on the
#     embedded database only: the plugin then accepts its public development secrets instead of refusing to start
#   SEQUENCES_CLUSTER=host1:6900,host2:6900 SEQUENCES_NODE_NAME=node-a                 join a Payara Micro cluster
#     (SEQUENCES_CLUSTER_PORT: this member's cluster port, default 6900 or the next free one; SEQUENCES_CLUSTER_NAME:
#     the cluster to join, so that two clusters on one network stay apart; SEQUENCES_INTERFACES: the address to bind)
#   JAVA_OPTS                                                                         JVM options (default -Xmx1g)
#   SEQUENCES_DEMO_SEED=false                                                         no demo data on first start
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
port="${PORT:-8080}"
data_dir="${SEQUENCES_DATA_DIR:-$root/data}"
war="$here/target/sales-sequences.war"
# The WAR's libraries, exploded by the build: the token minter runs on them.
war_lib="$here/target/sales-sequences/WEB-INF/lib"
micro="$here/target/payara-micro.jar"
driver="$here/target/postgresql.jar"

# A try-out on the embedded database runs in dev mode unless told otherwise: the plugin accepts its public
# development secrets (and the demo tokens below are signed with one). Anywhere else it refuses to start until
# every secret is set, so PostgreSQL never turns dev mode on by itself.
if [[ "${SEQUENCES_DB:-h2}" != "postgresql" ]]; then
  export SEQUENCES_DEV_MODE="${SEQUENCES_DEV_MODE:-true}"
fi
export SEQUENCES_PUBLIC_URL="${SEQUENCES_PUBLIC_URL:-http://localhost:$port}"
# Demo accounts, contacts and saved views in the embedded host on first start (an empty host only), and the demo's
# story: sequences that already ran for a simulated week, which the plugin tells by moving its clock. So a try-out
# in dev mode has the adjustable clock (PUT /api/v1/admin/clock, for admins) unless told otherwise.
export SEQUENCES_DEMO_SEED="${SEQUENCES_DEMO_SEED:-true}"
case "${SEQUENCES_DEV_MODE:-false}" in
  [Tt][Rr][Uu][Ee] | [Yy] | [Yy][Ee][Ss] | [Oo][Nn] | 1)
    export SEQUENCES_CLOCK_ADJUSTABLE="${SEQUENCES_CLOCK_ADJUSTABLE:-true}" ;;
esac

needs_build() {
  [[ ! -f "$war" || ! -d "$war_lib" || ! -f "$micro" || ! -f "$driver" ]] && return 0
  # Rebuild when a source is newer than the WAR, so a pulled change is never run stale.
  [[ -n "$(find "$root" -path "$root/data" -prune -o -path '*/target' -prune -o -type f \
          \( -path '*/src/main/*' -o -name pom.xml \) -newer "$war" -print -quit)" ]]
}

if needs_build; then
  echo "Building Sales Sequences (first start, or sources changed)..."
  (cd "$root" && ./mvnw -B -q -DskipTests -DskipITs install)
fi

# Signs with SEQUENCES_HOST_JWT_SECRET, or without it with the plugin's own development default.
mint() { java -cp "$war_lib/*" org.salessequences.infrastructure.security.TokenMinter "$@"; }

micro_options=(--deploy "$war" --contextroot / --port "$port" --rootdir "$data_dir/payara")
if [[ "${SEQUENCES_DB:-h2}" == "postgresql" ]]; then
  escape() { printf '%s' "$1" | sed -e 's/[\\/&]/\\&/g' -e 's/:/\\\\:/g'; }
  postboot="$data_dir/postboot-postgresql.asadmin"
  mkdir -p "$data_dir"
  sed -e "s/@HOST@/$(escape "${SEQUENCES_DB_HOST:-localhost}")/" \
      -e "s/@PORT@/$(escape "${SEQUENCES_DB_PORT:-5432}")/" \
      -e "s/@DATABASE@/$(escape "${SEQUENCES_DB_NAME:-sequences}")/" \
      -e "s/@USER@/$(escape "${SEQUENCES_DB_USER:-sequences}")/" \
      -e "s/@PASSWORD@/$(escape "${SEQUENCES_DB_PASSWORD:-unused}")/" \
      "$here/src/main/payara/postboot-postgresql.asadmin" > "$postboot"
  chmod 600 "$postboot"
  micro_options+=(--addlibs "$driver" --postbootcommandfile "$postboot")
else
  # The embedded H2, through a pool configured here rather than Payara Micro's built-in one: commits durable at once.
  micro_options+=(--postbootcommandfile "$here/src/main/payara/postboot-h2.asadmin")
fi
if [[ -n "${SEQUENCES_CLUSTER:-}" ]]; then
  micro_options+=(--clustermode "tcpip:${SEQUENCES_CLUSTER}" --name "${SEQUENCES_NODE_NAME:-$(hostname)-$port}")
  [[ -n "${SEQUENCES_INTERFACES:-}" ]] && micro_options+=(--interfaces "$SEQUENCES_INTERFACES")
  [[ -n "${SEQUENCES_CLUSTER_PORT:-}" ]] && micro_options+=(--startport "$SEQUENCES_CLUSTER_PORT")
  [[ -n "${SEQUENCES_CLUSTER_NAME:-}" ]] && micro_options+=(--clustername "$SEQUENCES_CLUSTER_NAME")
else
  micro_options+=(--nocluster)
fi

# Payara Micro remembers in its runtime directory the applications and resources of its last start, and would boot
# that (older) copy of the plugin before deploying this one: every start begins with a fresh runtime directory, keeping
# only the embedded database and the member's id.
runtime="$data_dir/payara"
if [[ -d "$runtime" ]]; then
  find "$runtime" -mindepth 1 -maxdepth 1 ! -name lib ! -name sequences-node-id -exec rm -rf {} +
  [[ -d "$runtime/lib" ]] && find "$runtime/lib" -mindepth 1 -maxdepth 1 ! -name databases -exec rm -rf {} +
fi
mkdir -p "$data_dir"
log="$data_dir/payara.log"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx1g} -jar "$micro" "${micro_options[@]}" > "$log" 2>&1 &
server=$!
# Ctrl+C or TERM stops the server; the end of this script waits for it and reports how it ended.
stopping=""
trap 'stopping=1; kill -TERM "$server" 2> /dev/null || true' INT TERM

# curl when the machine has it; otherwise bash's own /dev/tcp, so nothing beyond Java and Maven is required.
health_up() {
  if command -v curl > /dev/null; then
    curl -fsS "http://localhost:$port/health" 2> /dev/null | grep -q '"status":"UP"'
  else
    (exec 3<> "/dev/tcp/127.0.0.1/$port" && printf 'GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3 \
      && grep -q '"status":"UP"' <&3) 2> /dev/null
  fi
}

# Payara Micro stays up when the application fails to deploy (a refused configuration, say): stop it and say why.
deployment_failed() {
  grep -q "Exception while loading the app" "$log" || return 1
  echo "Sales Sequences could not be deployed; see $log" >&2
  if grep -q "SEQ-0005 " "$log"; then
    grep -o "SEQ-0005 .*" "$log" | head -n 1 >&2
  else
    tail -n 40 "$log" >&2
  fi
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null || true
}

echo "Starting Payara Micro (log: $log)..."
for _ in $(seq 1 180); do
  [[ -n "$stopping" ]] && break
  if ! kill -0 "$server" 2>/dev/null; then
    echo "Payara Micro stopped during start-up; the end of its log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if deployment_failed; then
    exit 1
  fi
  if health_up; then
    break
  fi
  sleep 1
done
if [[ -z "$stopping" ]] && ! health_up; then
  echo "Sales Sequences did not become healthy in 180 s; see $log" >&2
  kill "$server"
  exit 1
fi

dev_mode_banner() {
  case "${SEQUENCES_DEV_MODE:-false}" in
    [Tt][Rr][Uu][Ee] | [Yy] | [Yy][Ee][Ss] | [Oo][Nn] | 1) ;;
    *) return 0 ;;
  esac
  cat <<DEV

DEV MODE is on (SEQUENCES_DEV_MODE=true; run.sh's default on the embedded database): the plugin accepts its public
development secrets, so anyone can mint tokens, sign events and read stored mailbox passwords. Not for production:
set SEQUENCES_HOST_JWT_SECRET, SEQUENCES_WEBHOOK_SECRET, SEQUENCES_TRACKING_SECRET and SEQUENCES_SECRETS_KEY to random
values of 32 bytes or more (openssl rand -base64 48), and SEQUENCES_DEV_MODE=false.
DEV
}

if [[ -z "$stopping" ]]; then
  cat <<INFO

Sales Sequences is up.
  Plugin      http://localhost:$port/
  Demo CRM    http://localhost:$port/demo/#token=<a token below>
  Health      http://localhost:$port/health
  OpenAPI     http://localhost:$port/openapi
  Metrics     http://localhost:$port/metrics
  REST API    http://localhost:$port/api/v1/

Demo tokens (8 hours; mint more with deploy/mint-token.sh):
  admin (demo-admin): $(mint --sub demo-admin --name "Demo Admin" --email admin@demo.example --permissions sequences.view,sequences.create,sequences.admin)
  rep   (demo-rep):   $(mint --sub demo-rep --name "Demo Rep" --email rep@demo.example --permissions sequences.view,sequences.create)

Try: curl -H "Authorization: Bearer <token>" http://localhost:$port/api/v1/me
Stop with Ctrl+C.
INFO
  dev_mode_banner
fi

# wait returns early when a signal arrives; wait again until the server has really ended.
status=0
while :; do
  wait "$server" && status=0 || status=$?
  kill -0 "$server" 2> /dev/null || break
done
# A stop that was asked for ends the JVM with 130 (INT) or 143 (TERM) once its shutdown hooks ran: a clean stop.
if [[ -n "$stopping" && ( "$status" == 0 || "$status" == 130 || "$status" == 143 ) ]]; then
  echo "Sales Sequences stopped."
  exit 0
fi
echo "Payara Micro ended with status $status; see $log" >&2
exit "$status"
