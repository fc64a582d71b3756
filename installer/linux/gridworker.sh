#!/bin/sh
# /usr/bin/gridworker: start the bundle installed under /opt/gridworker. The path is found
# relative to this script, so the same files also run when unpacked into another root
# (dpkg -x gridworker.deb ROOT; ROOT/usr/bin/gridworker --self-test).
here=$(dirname "$(readlink -f "$0")")
exec "$here/../../opt/gridworker/gridworker" "$@"
