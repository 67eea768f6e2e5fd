#!/usr/bin/env bash
# Starts the product the way the README's first command does (deploy/run.sh, default configuration: embedded H2,
# embedded host, log SMS) on a spare port and a throw-away data directory, and checks what a newcomer sees:
# /health is UP, a request without a token gets a 401 problem, a demo token reaches the API, the demo data is there
# and dev mode (public development secrets) is announced. The integration tests run with test settings; this catches
# what only the default configuration does.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${SMOKE_PORT:-18181}"
data="$(mktemp -d)"
log="$data/run.log"
PORT="$port" SEQUENCES_DATA_DIR="$data" "$here/run.sh" > "$log" 2>&1 &
runner=$!
cleanup() {
  pkill -P "$runner" 2> /dev/null || true
  kill "$runner" 2> /dev/null || true
  wait "$runner" 2> /dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 240); do
  grep -q "Sales Sequences is up" "$log" 2> /dev/null && break
  if ! kill -0 "$runner" 2> /dev/null; then
    echo "smoke test: run.sh stopped:"; cat "$log"; tail -n 60 "$data/payara.log" 2> /dev/null; exit 1
  fi
  sleep 1
done
grep -q "Sales Sequences is up" "$log" || { echo "smoke test: not up in 240 s"; tail -n 60 "$data/payara.log"; exit 1; }

base="http://localhost:$port"
token="$(grep "rep   (demo-rep)" "$log" | awk '{print $3}')"
check() {
  local what="$1" expected="$2" actual="$3"
  if [[ "$actual" != *"$expected"* ]]; then
    echo "smoke test FAILED: $what: expected $expected in: $actual"; exit 1
  fi
  echo "smoke test ok: $what"
}
check "health" '"status":"UP"' "$(curl -s "$base/health")"
check "401 without a token" '401' "$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$base/api/v1/me")"
check "problem+json" 'application/problem+json' "$(curl -s -o /dev/null -w '%{content_type}' "$base/api/v1/me")"
check "a demo token reaches the API" '"userId":"demo-rep"' "$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/me")"
check "the demo data is loaded" '"recordType"' "$(curl -s -H "Authorization: Bearer $(grep "admin (demo-admin)" "$log" | awk '{print $3}')" "$base/api/v1/host/views")"
# The default configuration runs on the public development secrets: run.sh must say so, and the plugin too.
check "run.sh announces dev mode" 'DEV MODE is on' "$(cat "$log")"
check "the plugin warns of its development secrets" 'SEQ-0003 dev mode' "$(cat "$data/payara.log")"
