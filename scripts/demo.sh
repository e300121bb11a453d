#!/usr/bin/env bash
# Fresh machine to first search: install what is missing, build, index sample_data/ into the
# default database, and search it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEWSARCHIVE_BUILD_TESTS=OFF
cmake --build build
build/indexer/news-index sample_data/
build/searcher/news-search Khamenei
