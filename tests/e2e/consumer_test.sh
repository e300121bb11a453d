#!/usr/bin/env bash
# Installs the project into a temporary prefix, builds examples/consumer against it with
# find_package(newsarchive), and checks that it finds the same first hit as news-search.
set -euo pipefail
build=$1 src=$2 news_index=$3 news_search=$4 sanitize=${5:-OFF}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" > "$work/install.log"
test -f "$work/prefix/include/newsarchive/searcher.h"
if grep -qE '#include <xapian|Xapian::' "$work/prefix/include/newsarchive/searcher.h"; then
  echo "the public header mentions Xapian" >&2; exit 1
fi

extra=()
if [ "$sanitize" = "ON" ]; then
  # A sanitized library needs its runtime linked into the program that loads it.
  extra=(-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined)
fi
cmake -S "$src/examples/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" \
  "${extra[@]}" > "$work/configure.log"
cmake --build "$work/consumer" > "$work/build.log"

"$news_index" --quiet --db "$work/db" "$src/sample_data"
want=$("$news_search" --db "$work/db" --json Khamenei | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["id"])')
got=$("$work/consumer/consumer" "$work/db" Khamenei | head -n 1 | cut -f 2)
if [ "$want" != "$got" ]; then
  echo "consumer's first hit '$got' differs from news-search's '$want'" >&2; exit 1
fi
echo "consumer found $got, as news-search does"
