#!/usr/bin/env bash
# Fails when a C++ source file differs from what .clang-format makes of it.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format > /dev/null; then
  echo "clang-format not installed; formatting not checked" >&2
  exit 0
fi
bad=$(git ls-files '*.cpp' '*.h' | while read -r f; do
  clang-format --dry-run --Werror "$f" > /dev/null 2>&1 || echo "$f"
done)
if [ -n "$bad" ]; then
  echo "not clang-formatted (run: clang-format -i FILE):" >&2
  echo "$bad" >&2
  exit 1
fi
echo "formatting: all files match .clang-format"
