#!/bin/sh
# Creates a fresh SQLite Tryton database with the plugin's module and starts trytond on loopback.
#   trytond-start.sh DIR PORT   (DIR is emptied; the server's pid goes to DIR/trytond.pid)
# Needs Debian's tryton-server, tryton-modules-party, -company, -party-relationship and -project.
# TRYTON_EXTRA_MODULES activates more modules (the peer benchmark: marketing_automation); TRYTON_SMTP_URI (such as
# smtp://127.0.0.1:2525) is where trytond sends mail.
set -eu
dir=$1
port=$2
here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/../../main/tryton" && pwd)
rm -rf "$dir"
mkdir -p "$dir/db"
cat > "$dir/trytond.conf" <<CONF
[database]
uri = sqlite://
path = $dir/db
list = False
[web]
listen = 127.0.0.1:$port
[session]
max_attempt = 100
CONF
if [ -n "${TRYTON_SMTP_URI:-}" ]; then
    printf '[email]\nuri = %s\nfrom = tryton@bench.example\n' "$TRYTON_SMTP_URI" >> "$dir/trytond.conf"
fi
touch "$dir/db/sequences.sqlite"
printf 'admin-password-for-tests\n' > "$dir/pass"
export PYTHONPATH="$module${PYTHONPATH:+:$PYTHONPATH}"
# No __pycache__ inside the repository's sources (run.sh rebuilds when a file under src/main is newer than the WAR).
export PYTHONDONTWRITEBYTECODE=1
TRYTONPASSFILE="$dir/pass" trytond-admin -c "$dir/trytond.conf" -d sequences --email admin@tryton.test \
    -u party company party_relationship project sales_sequences ${TRYTON_EXTRA_MODULES:-} --activate-dependencies > "$dir/admin.log" 2>&1
nohup trytond -c "$dir/trytond.conf" -d sequences --pidfile "$dir/trytond.pid" > "$dir/trytond.log" 2>&1 &
i=0
until python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1)" 2>/dev/null; do
    i=$((i + 1))
    [ $i -gt 100 ] && { echo "trytond did not start: see $dir/trytond.log" >&2; exit 1; }
    sleep 0.1
done
