#!/bin/sh
# Package a built bundle as a .deb for UOS / Kylin / Debian / Ubuntu, x86-64.
#
#   sh installer/linux/build-deb.sh [BUNDLE_DIR [OUT_DIR]]     (defaults: dist/gridworker dist)
#
# Prints the path of the .deb on its last line. Layout:
#   /opt/gridworker/                          the PyInstaller bundle (nothing else ever goes here)
#   /usr/bin/gridworker                       launcher
#   /usr/share/applications/gridworker.desktop
#   /usr/share/icons/hicolor/*/apps/gridworker.{png,svg}
#   /usr/share/doc/gridworker/copyright
# No maintainer scripts: the desktop and icon caches are refreshed by the dpkg triggers of
# desktop-file-utils / hicolor-icon-theme, and there is nothing to create or delete. User data
# lives in the user's home (platformdirs: ~/.local/share/gridworker, settings ~/.config), which
# dpkg never touches, so remove/purge leave it and an upgrade finds it; the new version migrates
# the store the first time the user opens it (after a backup, see gridworker.store.migrate).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUNDLE=$(cd "${1:-$ROOT/dist/gridworker}" && pwd)
OUT=${2:-$ROOT/dist}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
ICONS=${GRIDWORKER_ICON_DIR:-$ROOT/build/icons}
VERSION=${DEB_VERSION:-$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/gridworker/__init__.py")}
[ -x "$BUNDLE/gridworker" ] || { echo "no bundle at $BUNDLE (run installer/build.sh)" >&2; exit 1; }
[ -f "$ICONS/gridworker-256.png" ] || "${PYTHON:-$ROOT/.venv/bin/python}" \
    "$ROOT/installer/make_icons.py" "$ICONS" >&2

# libc6 must be at least the newest GLIBC_ symbol version the bundle uses, so dpkg refuses
# (with a readable message) to install on a system too old to run it.
GLIBC=$(sh "$ROOT/installer/linux/glibc-level.sh" "$BUNDLE" | sed -n 's/^GLIBC_\([0-9.]*\).*/\1/p')
GLIBC=${GLIBC:-2.28}

# The desktop libraries the bundle leaves to the system (installer/linux/system-libs.txt, checked
# against the bundle by check-bundle.sh). t64 renames on Ubuntu 24.04 provide the old names.
DEPENDS="libc6 (>= $GLIBC), $(grep -v '^#' "$ROOT/installer/linux/system-libs.txt" |
    awk 'NF {$1 = ""; sub(/^ +/, ""); print}' | grep -v '^libc6$' | sort -u | paste -sd, - |
    sed 's/,/, /g')"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG=$STAGE/gridworker
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/doc/gridworker" "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$PKG/opt/gridworker"
install -m 0755 "$ROOT/installer/linux/gridworker.sh" "$PKG/usr/bin/gridworker"
install -m 0644 "$ROOT/installer/linux/gridworker.desktop" "$PKG/usr/share/applications/"
install -m 0644 "$ROOT/resources/icons/gridworker.svg" "$PKG/usr/share/icons/hicolor/scalable/apps/"
for png in "$ICONS"/gridworker-*.png; do
    size=$(basename "$png" .png | sed 's/gridworker-//')
    mkdir -p "$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 0644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/gridworker.png"
done
{
    echo "gridworker $VERSION — 网格员入户走访"
    echo "License: Apache-2.0 (gridworker). Bundled: Qt 6 / PySide6 (LGPL-3.0), Python (PSF),"
    echo "SQLCipher (BSD), WenQuanYi Micro Hei (Apache-2.0 / GPL-3.0 with font exception):"
    echo
    cat "$ROOT/resources/fonts/wqy-microhei.COPYING"
} > "$PKG/usr/share/doc/gridworker/copyright"
chmod -R u+rwX,go+rX,go-w "$PKG"

SIZE_KB=$(du -sk "$PKG" | cut -f1)
cat > "$PKG/DEBIAN/control" <<EOF
Package: gridworker
Version: $VERSION
Architecture: amd64
Maintainer: gridworker <gridworker@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Section: misc
Priority: optional
Description: 网格员入户走访 — household visits for village grid workers
 Offline-first desktop app for grid workers: household roster, screening
 checklists, visits, printing, and sync with the county server.
 User data stays in each user's home folder and is kept on removal and upgrade.
EOF

DEB=$OUT/gridworker_${VERSION}_amd64.deb
# xz: every dpkg on the targets reads it (zstd needs dpkg >= 1.21.18).
dpkg-deb --root-owner-group -Zxz -z6 --build "$PKG" "$DEB" >&2
echo "$DEB"
