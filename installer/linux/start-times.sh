#!/bin/sh
# Start-up time of the frozen app vs from source, measured the same way in the same run.
#   sh installer/linux/start-times.sh dist/gridworker .venv/bin/python     (from the repository root)
set -eu
BUNDLE=${1:?usage: start-times.sh BUNDLE_DIR PYTHON}
PYTHON=${2:?usage: start-times.sh BUNDLE_DIR PYTHON}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# Cold start = first run with the page cache dropped (when this user may: root on most build
# machines and CI), else the first run here; warm = best of three. `--version` is the interpreter
# plus gridworker.commands.main's imports; `--self-test` adds Qt, SQLCipher, Alembic, the font and a PDF.
t() { # seconds for one run of "$@"
    "$PYTHON" -c 'import subprocess,sys,time; t=time.perf_counter(); subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL); print(f"{time.perf_counter()-t:.2f}")' "$@"
}
if (sync; echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null; then
    COLD="page cache dropped before each cold run"
else
    COLD="page cache NOT dropped (not root): cold = first run"
fi
cold() {
    (sync; echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null || true
    t "$@"
}
best() { # best of three
    a=$(t "$@"); b=$(t "$@"); c=$(t "$@")
    printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -n | head -n 1
}
FC=$(cold "$BUNDLE/gridworker" --version); FV=$(best "$BUNDLE/gridworker" --version)
SC=$(cold "$PYTHON" -m gridworker --version); SV=$(best "$PYTHON" -m gridworker --version)
FTC=$(cold "$BUNDLE/gridworker" --self-test); FT=$(best "$BUNDLE/gridworker" --self-test)
STC=$(cold "$PYTHON" -m gridworker --self-test); ST=$(best "$PYTHON" -m gridworker --self-test)
PROBE=""
if "$BUNDLE/gridworker" --help 2>/dev/null | grep -q -- --startup-probe; then
    FP=$(cold "$BUNDLE/gridworker" --startup-probe); SP=$(cold "$PYTHON" -m gridworker --startup-probe)
    PROBE="start --startup-probe  frozen $FP cold   source $SP cold"
fi
echo "start --version    frozen ${FC}s cold / ${FV}s warm   source ${SC}s cold / ${SV}s warm ($COLD)"
echo "start --self-test  frozen ${FTC}s cold / ${FT}s warm   source ${STC}s cold / ${ST}s warm"
[ -z "$PROBE" ] || echo "$PROBE"
