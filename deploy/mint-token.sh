#!/usr/bin/env bash
# Mints a host token for a user, signed with SEQUENCES_HOST_JWT_SECRET (or --secret), and prints it.
#   deploy/mint-token.sh --sub alice --name "Alice" --email alice@example.com \
#                        --permissions sequences.view,sequences.create [--ttl-hours 8] [--secret S]
# Builds the plugin first when it has not been built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
export SEQUENCES_HOST_JWT_SECRET="${SEQUENCES_HOST_JWT_SECRET:-dev-only-host-secret-change-me-0123456789}"
impl_jar="$(ls "$root"/sequence-plugin-impl/target/sequence-plugin-impl-*.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$impl_jar" ]]; then
  (cd "$root" && ./mvnw -B -q -DskipTests -pl sequence-plugin-impl -am install) >&2
  impl_jar="$(ls "$root"/sequence-plugin-impl/target/sequence-plugin-impl-*.jar | head -n 1)"
fi
exec java -cp "$impl_jar" org.salessequences.infrastructure.security.TokenMinter "$@"
