#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests (playwright-core cannot download a browser
# here). Installs the `chromium` package when missing on a Debian machine run as root; otherwise stops
# with a one-line instruction. Called by `npm test` before vitest.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing: run 'sudo apt-get install chromium' (or set CHROMIUM_PATH) and run npm test again." >&2
exit 1
