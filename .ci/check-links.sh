#!/usr/bin/env bash
# An independent link checker on the built site: Debian's LinkChecker crawls it over HTTP from 127.0.0.1
# and checks every internal link and #anchor (external links are not fetched: CI has no network).
# Usage: bash .ci/check-links.sh [SITE_DIR]   (default _site; build it first)   exit 0 = no broken link
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-_site}"
[ -d "$site" ] || { echo "check-links: $site does not exist; run 'handbook build' first" >&2; exit 2; }
if ! command -v linkchecker >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq linkchecker) >/tmp/linkchecker-apt.log 2>&1 \
    || { echo "check-links: could not install linkchecker (apt-get install -y linkchecker)" >&2; exit 2; }
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 -d "$site" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
config=$(mktemp)
printf '[filtering]\ncheckextern=0\nignorewarnings=url-content-too-large\n[AnchorCheck]\n' > "$config"
# LinkChecker drops root privileges to 'nobody', which must be able to read the config.
chmod 644 "$config"
linkchecker --config "$config" --no-status --threads 4 "http://127.0.0.1:$port/" 2>&1 | grep -v "Running as root user" | tail -40
status=${PIPESTATUS[0]}
rm -f "$config"
exit "$status"
