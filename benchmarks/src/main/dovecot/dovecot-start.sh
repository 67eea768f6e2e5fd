#!/bin/sh
# Starts a Dovecot of its own on loopback, for the inbound-mail benchmark: one passwd-file user, one maildir.
#   dovecot-start.sh DIR PORT USER PASSWORD   (DIR is emptied; messages go into DIR/mail/new, written by the caller)
#   dovecot-stop.sh DIR
# Needs Debian's dovecot-imapd (apt-get install dovecot-imapd); the system's own Dovecot service is not used.
# Run as root: the mail is owned by nobody, the login process runs as Debian's dovenull.
set -eu
dir=$1
port=$2
user=$3
password=$4
rm -rf "$dir"
mkdir -p "$dir/run" "$dir/state" "$dir/home" "$dir/mail/new" "$dir/mail/cur" "$dir/mail/tmp"
printf '%s:{PLAIN}%s\n' "$user" "$password" > "$dir/passwd"
cat > "$dir/dovecot.conf" <<CONF
protocols = imap
listen = 127.0.0.1
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:$dir/mail
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dir/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$dir/home
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
CONF
chown -R nobody:nogroup "$dir/home" "$dir/mail"
chmod 755 "$dir"
# The master binds the listener before it goes into the background: once this returns, the port takes connections.
dovecot -c "$dir/dovecot.conf"
