#!/bin/sh
# The committed gazetteer must be what news-build-gazetteer makes of the shared data: it is
# derived data, rebuilt by a command, never edited by hand. Skips (77) without the data.
# Usage: gazetteer_is_current.sh NEWS_BUILD_GAZETTEER SHARED_DATA_DIR COMMITTED_FILE
set -eu
tool=$1 data=$2 committed=$3
if [ ! -f "$data/reuters21578/all-people-strings.lc.txt" ] ||
   [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  echo "shared data or iso-codes missing: skipped"
  exit 77
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$tool" --data-dir "$data" -o "$out"
cmp "$out" "$committed"
