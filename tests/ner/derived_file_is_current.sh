#!/bin/sh
# A committed file derived from the shared data (the gazetteer, the learned acronyms) must be
# what its tool makes of the data: it is rebuilt by a command, never edited by hand. Skips (77)
# without the data or another file the tool reads (REQUIRED_FILE..., optional).
# Usage: derived_file_is_current.sh TOOL SHARED_DATA_DIR COMMITTED_FILE [REQUIRED_FILE...]
set -eu
tool=$1 data=$2 committed=$3
shift 3
for required in "$data/reuters21578/all-people-strings.lc.txt" "$@"; do
  if [ ! -f "$required" ]; then
    echo "$required missing: skipped"
    exit 77
  fi
done
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$tool" --data-dir "$data" -o "$out"
cmp "$out" "$committed"
