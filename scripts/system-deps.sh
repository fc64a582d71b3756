#!/bin/sh
# Install the Debian/Ubuntu packages the test suite needs, when they are missing.
#   pdftotext (poppler-utils) reads generated PDFs back; Xvfb and the xcb libraries run real
#   windows for screenshots.
set -e
need=""
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
command -v Xvfb >/dev/null 2>&1 || need="$need xvfb"
# Qt's xcb platform plugin (real windows under Xvfb for `make screenshots`) needs these.
if command -v dpkg >/dev/null 2>&1; then
    for lib in libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
               libxkbcommon-x11-0 libxcb-xkb1 libxcb-shape0 libxcb-randr0; do
        dpkg -s "$lib" >/dev/null 2>&1 || need="$need $lib"
    done
fi
[ -z "$need" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Please install:$need (no apt-get here)" >&2; exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing system packages:$need"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
