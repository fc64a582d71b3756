#!/bin/sh
# Build the bundle and .deb inside an old Debian root, so they run on an old glibc
# (UOS 20 = Debian 10, glibc 2.28; Kylin V10 x86-64 = Ubuntu 20.04, glibc 2.31). Run as root:
#
#   sh installer/linux/build-old-glibc.sh                    Debian 10 (buster), glibc 2.28
#   sh installer/linux/build-old-glibc.sh bullseye http://deb.debian.org/debian   glibc 2.31
#
# Steps: debootstrap the root (kept in $ROOTFS for the next run), install build tools and the
# desktop libraries Qt needs to render offscreen, build Python 3.11 from the Debian source package
# (the old suites have no Python 3.11; `apt-get source` needs nothing beyond the Debian mirror),
# install the app's dependencies with a Qt whose wheel is manylinux_2_28 (PySide6 < 6.10; newer
# wheels need glibc 2.34), and run installer/build.sh there. Result: dist/<suite>/.
# QT_SPEC overrides the Qt requirement (default 'pyside6-essentials>=6.7,<6.10').
set -eu

SUITE=${1:-buster}
MIRROR=${2:-http://archive.debian.org/debian}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
ROOTFS=${ROOTFS:-/srv/gridworker-$SUITE}
QT_SPEC=${QT_SPEC:-pyside6-essentials>=6.7,<6.10}
PYSRC_SUITE=${PYSRC_SUITE:-bookworm}   # the Debian release whose python3.11 source we build

[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, mount, chroot)"; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap
if [ ! -x "$ROOTFS/bin/sh" ]; then
    debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR"
fi
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
# The host's CA bundle, for pip behind a TLS-intercepting proxy (the old root's bundle lacks it).
mkdir -p "$ROOTFS/etc/ssl/certs"
cp "${HOST_CA:-/etc/ssl/certs/ca-certificates.crt}" "$ROOTFS/etc/ssl/certs/host-ca.crt"
mkdir -p "$ROOTFS/src"
mount --bind "$SRC" "$ROOTFS/src"
mount -t proc proc "$ROOTFS/proc"
mount --bind /dev "$ROOTFS/dev"
trap 'umount "$ROOTFS/dev" "$ROOTFS/proc" "$ROOTFS/src"' EXIT

chroot "$ROOTFS" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    SUITE="$SUITE" MIRROR="$MIRROR" QT_SPEC="$QT_SPEC" PYSRC_SUITE="$PYSRC_SUITE" \
    PIP_CERT=/etc/ssl/certs/host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
    /bin/sh -eu <<'INSIDE'
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
printf 'deb %s %s main\ndeb-src http://deb.debian.org/debian %s main\n' \
    "$MIRROR" "$SUITE" "$PYSRC_SUITE" > /etc/apt/sources.list
apt-get update -q
apt-get install -y -q --no-install-recommends build-essential dpkg-dev binutils ca-certificates \
    pkg-config xz-utils libssl-dev libffi-dev libsqlite3-dev zlib1g-dev libbz2-dev liblzma-dev \
    uuid-dev libfontconfig1 libfreetype6 libgl1 libegl1 libglib2.0-0 libdbus-1-3 \
    libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 >/dev/null
echo "glibc in the root: $(ldd --version | head -n 1)"

if [ ! -x /opt/py311/bin/python3.11 ]; then
    mkdir -p /tmp/py && cd /tmp/py
    apt-get source -q --download-only python3.11
    tar xf python3.11_*.orig.tar.*
    cd Python-3.11*/
    ./configure -q --enable-shared --prefix=/opt/py311 LDFLAGS=-Wl,-rpath,/opt/py311/lib
    make -s -j"$(nproc)" >/dev/null
    make -s altinstall >/dev/null
fi
/opt/py311/bin/python3.11 -c 'import ssl, sqlite3, ctypes, lzma, bz2; print("python ok:", ssl.OPENSSL_VERSION)'

if [ ! -x /opt/venv/bin/python ]; then
    /opt/py311/bin/python3.11 -m venv /opt/venv
fi
/opt/venv/bin/python -c 'import tomllib; print("\n".join(tomllib.load(open("/src/pyproject.toml", "rb"))["project"]["dependencies"]))' \
    | grep -v '^pyside6' > /tmp/requirements.txt
/opt/venv/bin/pip install -q -r /tmp/requirements.txt "$QT_SPEC" 'pyinstaller>=6.10'
/opt/venv/bin/pip list 2>/dev/null | grep -i -E '^(pyside6|shiboken6|cryptography|sqlcipher3)'

cd /src
PYTHON=/opt/venv/bin/python DIST=/src/dist/$SUITE WORK=/tmp/gridworker-build sh installer/build.sh
INSIDE
