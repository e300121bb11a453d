#!/bin/sh
# A committed file derived from the shared data (the gazetteer, the learned acronyms) must be
# what its tool makes of the data: it is rebuilt by a command, never edited by hand. Skips (77)
# without the data or another file the tool reads (REQUIRED_FILE, optional).
# Usage: derived_file_is_current.sh TOOL SHARED_DATA_DIR COMMITTED_FILE [REQUIRED_FILE]
set -eu
tool=$1 data=$2 committed=$3 required=${4:-}
if [ ! -f "$data/reuters21578/all-people-strings.lc.txt" ] ||
   { [ -n "$required" ] && [ ! -f "$required" ]; }; then
  echo "shared data or $required missing: skipped"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$tool" --data-dir "$data" -o "$out"
cmp "$out" "$committed"
