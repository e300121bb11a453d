#!/usr/bin/env bash
# Fresh machine to every test: install what is missing, build with warnings as errors, run the
# whole suite, then run it again under AddressSanitizer and UndefinedBehaviorSanitizer, and check
# the formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)

# No full debug information in the two CI builds: it nearly doubles compile time, and a failing
# test prints its own message. The sanitizer build keeps line tables (-g1) for its stack traces.
# The sanitizer build is at -O1, as AddressSanitizer's documentation suggests, and its test
# drivers at -O0 (tests/CMakeLists.txt): it is most of CI's compile time, and one GoogleTest file
# compiled in 20 s at -O2, 13 s at -O1 and 9 s at -O0.
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DNEWSARCHIVE_WERROR=ON
cmake --build build-test -j "$jobs"
build-test/indexer/news-index --db build-test/demo-index sample_data/ && build-test/searcher/news-search --db build-test/demo-index Khamenei > /dev/null
ctest --test-dir build-test --output-on-failure -j "$jobs"

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DNEWSARCHIVE_SANITIZE=ON -DNEWSARCHIVE_WERROR=ON
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"

# Every libFuzzer harness (fuzz/) a few seconds under ASan/UBSan: a parser regression that crashes
# on an input the corpus already holds, or soon finds, fails here. Needs clang-15.
if command -v clang++-15 > /dev/null; then
  bash scripts/fuzz.sh --short 10
fi

bash scripts/check-format.sh
