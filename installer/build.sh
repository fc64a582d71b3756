#!/bin/sh
# Build the Linux desktop bundle (PyInstaller onedir) and the .deb, and print the figures:
# build time, bundle size, .deb size, highest GLIBC_ symbol version needed, cold start.
#
#   sh installer/build.sh            (what `make installer` runs; from the repository root)
#
# Environment: PYTHON (default .venv/bin/python), SKIP_DEB=1 (bundle only), DIST (default dist),
# WORK (default build: PyInstaller's work folder and the rendered icons).
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST=${DIST:-$ROOT/dist}
WORK=${WORK:-$ROOT/build}
export GRIDWORKER_ICON_DIR=$WORK/icons
BUNDLE=$DIST/gridworker
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

say() { printf '== %s\n' "$*"; }
mb() { du -sm "$1" | cut -f1; }

[ -x "$PYTHON" ] || { echo "no Python at $PYTHON (run 'make install' first, or set PYTHON)"; exit 1; }
if ! "$PYTHON" -c 'import PyInstaller' 2>/dev/null; then
    say "installing PyInstaller into $(dirname "$PYTHON")/.."
    "$PYTHON" -m pip install --quiet 'pyinstaller>=6.10'
fi
if ! command -v objdump >/dev/null 2>&1 && ! command -v readelf >/dev/null 2>&1; then
    say "installing binutils (objdump/readelf, also used by PyInstaller's strip)"
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q binutils >/dev/null
    else sudo apt-get install -y -q binutils >/dev/null; fi
fi

START=$(date +%s)
say "icons from resources/icons/gridworker.svg"
"$PYTHON" installer/make_icons.py "$GRIDWORKER_ICON_DIR"

say "PyInstaller bundle -> $BUNDLE"
rm -rf "$BUNDLE"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK/pyinstaller" installer/gridworker.spec
BUNDLE_DONE=$(date +%s)

say "checking every ELF file in the bundle resolves its libraries"
sh installer/linux/check-bundle.sh "$BUNDLE"

if [ "${SKIP_DEB:-0}" != 1 ]; then
    say ".deb"
    DEB=$(sh installer/linux/build-deb.sh "$BUNDLE" "$DIST" | tail -n 1)
fi
END=$(date +%s)

say "self-test of the frozen bundle ($QT_QPA_PLATFORM)"
SELFTEST=0
"$BUNDLE/gridworker" --self-test || SELFTEST=$?

say "start-up times"
TIMES=$(sh installer/linux/start-times.sh "$BUNDLE" "$PYTHON")

say "figures"
GLIBC=$(sh installer/linux/glibc-level.sh "$BUNDLE")
echo "build time         $((END - START)) s (bundle $((BUNDLE_DONE - START)) s)"
echo "bundle unpacked    $(mb "$BUNDLE") MB (target < 200 MB)  $BUNDLE"
if [ -n "${DEB:-}" ]; then
    echo ".deb               $(( $(stat -c %s "$DEB") / 1048576 )) MB (target < 80 MB)  $DEB"
fi
echo "glibc needed       $GLIBC (build host: $(ldd --version | head -n 1 | awk '{print $NF}'))"
echo "$TIMES"
if [ "$SELFTEST" != 0 ]; then
    echo "FAILED: the frozen bundle's self-test (exit $SELFTEST)"
    exit "$SELFTEST"
fi
