#!/usr/bin/env bash
# The shared library's dynamic symbols may name, of the project, only what its public header
# declares: every "newsarchive::NAME" in a demangled exported symbol must be one of the header's
# classes, structs, enums or functions. Anything else is an internal that leaked (the library is
# built with -fvisibility=hidden and exports what searcher.h marks NEWSARCHIVE_API).
# Usage: exported_symbols_test.sh LIBRARY PUBLIC_HEADER
set -euo pipefail
library=$1
header=$2

# The names the header declares at namespace scope.
public_names=$(
  {
    grep -oE '^(class|struct|enum class)( NEWSARCHIVE_API)? [A-Za-z_][A-Za-z0-9_]*' "$header" |
      awk '{print $NF}'
    grep -oE '^NEWSARCHIVE_API [^(]*[ *&]([A-Za-z_][A-Za-z0-9_]*)\(' "$header" |
      sed -E 's/.*[ *&]([A-Za-z_][A-Za-z0-9_]*)\($/\1/'
  } | sort -u
)
if [[ -z "$public_names" ]]; then
  echo "no public names found in $header" >&2
  exit 1
fi

exported=$(nm -D --defined-only -C "$library" | cut -d' ' -f3-)
if ! grep -qF 'newsarchive::Searcher::search(' <<<"$exported"; then
  echo "$library does not export newsarchive::Searcher::search" >&2
  exit 1
fi

leaked=0
while IFS= read -r symbol; do
  for name in $(grep -oE 'newsarchive::[A-Za-z_][A-Za-z0-9_]*' <<<"$symbol" | sort -u); do
    if ! grep -qxF "${name#newsarchive::}" <<<"$public_names"; then
      echo "exported but not public: $symbol"
      leaked=$((leaked + 1))
      break
    fi
  done
done < <(grep -F 'newsarchive::' <<<"$exported")

if ((leaked > 0)); then
  echo "$leaked symbols of $library are not declared in $(basename "$header")" >&2
  exit 1
fi
echo "$(grep -cF 'newsarchive::' <<<"$exported") newsarchive:: symbols exported, all public"
