#!/usr/bin/env bash
# Makes sure LibreOffice's headless converter (`soffice`) is there for the tests that need a program other
# than ours: .docx fixtures written by LibreOffice and the print check of the .xlsx export (converted to
# PDF). Installs Debian's Writer and Calc without a GUI when missing on a Debian machine run as root;
# otherwise stops with a one-line instruction. Called by `npm test` before vitest.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's LibreOffice (headless Writer and Calc) and poppler-utils for the conversion tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils >/dev/null
  exit 0
fi
echo "LibreOffice is missing: run 'sudo apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils' and run npm test again." >&2
exit 1
