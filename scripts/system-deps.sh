#!/bin/sh
# Install the Debian/Ubuntu packages the test suite needs, when they are missing.
#   pdftotext (poppler-utils) reads generated PDFs back; Xvfb runs real windows for screenshots.
set -e
need=""
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
command -v Xvfb >/dev/null 2>&1 || need="$need xvfb"
[ -z "$need" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install:$need (no apt-get here)" >&2; exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing system packages:$need"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
