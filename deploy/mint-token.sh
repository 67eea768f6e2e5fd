#!/usr/bin/env bash
# Mints a host token for a user and prints it. It is signed with SEQUENCES_HOST_JWT_SECRET (or --secret), and carries
# SEQUENCES_HOST_JWT_ISSUER / _AUDIENCE (or --issuer / --audience) when set; without a secret it is signed with the
# plugin's public development secret, which only an instance in dev mode accepts (deploy/run.sh on the embedded
# database).
#   deploy/mint-token.sh --sub alice --name "Alice" --email alice@example.com \
#                        --permissions sequences.view,sequences.create [--ttl-hours 8] [--secret S]
# Builds the plugin first when it has not been built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
war_lib="$here/target/sales-sequences/WEB-INF/lib"
if [[ ! -d "$war_lib" ]]; then
  (cd "$root" && ./mvnw -B -q -DskipTests -DskipITs -pl deploy -am package) >&2
fi
exec java -cp "$war_lib/*" org.salessequences.infrastructure.security.TokenMinter "$@"
