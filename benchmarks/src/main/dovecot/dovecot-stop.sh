#!/bin/sh
# Stops the Dovecot that dovecot-start.sh started in DIR.
#   dovecot-stop.sh DIR
set -eu
dovecot -c "$1/dovecot.conf" stop
