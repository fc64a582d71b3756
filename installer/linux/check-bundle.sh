#!/bin/sh
# Check the libraries a Linux bundle needs (ELF NEEDED entries): each must be in the bundle or
# listed in installer/linux/system-libs.txt (which the .deb depends on). Needs no display and
# none of those system libraries on the build machine.
#   sh installer/linux/check-bundle.sh dist/gridworker
set -eu
DIR=${1:?usage: check-bundle.sh BUNDLE_DIR}
LIST=$(dirname "$0")/system-libs.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find "$DIR" -type f | while read -r f; do
    head -c 4 "$f" 2>/dev/null | grep -q 'ELF' || continue
    basename "$f" >> "$tmp/bundled"
    objdump -p "$f" | awk -v f="${f#"$DIR"/}" '$1 == "NEEDED" {print $2, f}' >> "$tmp/needed"
done
find "$DIR" -type l -exec basename {} \; >> "$tmp/bundled"
sort -u "$tmp/bundled" -o "$tmp/bundled"
grep -v '^#' "$LIST" | awk 'NF {print $1}' | sort -u > "$tmp/system"
awk '{print $1}' "$tmp/needed" | sort -u | comm -23 - "$tmp/bundled" > "$tmp/outside"
bad=$(comm -23 "$tmp/outside" "$tmp/system")
echo "system libraries the bundle needs: $(tr '\n' ' ' < "$tmp/outside")"
if [ -n "$bad" ]; then
    echo "NOT bundled and NOT in $LIST (add to the list and the .deb, or bundle them):"
    for lib in $bad; do grep "^$lib " "$tmp/needed" | sed 's/^/  /'; done
    exit 1
fi
echo "ok: every library is bundled or a declared system dependency"
