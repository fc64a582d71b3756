#!/bin/sh
# Print the highest GLIBC_x.y symbol version any ELF file under DIR needs, and which file.
#   sh installer/linux/glibc-level.sh dist/gridworker
set -eu
DIR=${1:?usage: glibc-level.sh BUNDLE_DIR}
find "$DIR" -type f \( -name '*.so*' -o -perm -u+x \) | while read -r f; do
    head -c 4 "$f" 2>/dev/null | grep -q 'ELF' || continue
    # undefined (needed) symbols only: objdump -T marks them *UND*
    objdump -T "$f" 2>/dev/null | awk '/\*UND\*/' | grep -o 'GLIBC_[0-9][0-9.]*' | sort -u |
        sed "s|\$| $f|"
done | sort -k1,1V | tail -n 1 | sed "s|$DIR/||"
