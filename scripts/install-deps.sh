#!/usr/bin/env bash
# Installs the Debian packages newsarchive builds and tests with (only those that are missing).
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config python3
  libxapian-dev xapian-tools         # the search engine library, xapian-compact/xapian-tcpsrv
  libcli11-dev                       # command-line parsing
  nlohmann-json3-dev                 # JSON Lines input, --json output, stored document data
  libhowardhinnant-date-dev tzdata   # calendars, and time zones shown in the reader's terms
  libxml2-dev                        # XML and HTML parsing
  libarchive-dev                     # compressed files and archives, read as streams
  libicu-dev                         # Unicode folding for entity keys
  libsqlite3-dev sqlite3             # SQLite FTS5, a peer in the benchmark
  xapian-omega                       # omindex, a peer in the benchmark (and its smoke test)
  libzstd-dev                        # stored article records, compressed with zstd
  libcld2-dev                        # language identification of articles that state none
  libstemmer-dev                     # Snowball stemmers Xapian 1.4 lacks (Greek, Hindi, Serbian)
  libjemalloc-dev                    # news-index's allocator: less CPU and memory than glibc malloc
  zlib1g-dev                         # gzip corpora for NER training; gzip inputs' CRC check
  iso-codes                          # ISO 3166 country/subdivision names for the NER gazetteer
  wordnet-base                       # WordNet's named people, places and groups, likewise
  libgeonames-dev                    # GeoNames' world cities (through its API), likewise
  libcpp-httplib-dev                 # news-serve's HTTP server (thread pool, chunked streaming)
  chromium                           # tests: the web page's end-to-end tests, headless
  libgtest-dev libgmock-dev          # tests
  zip zstd                           # tests: hostile archives made on the fly (bombs, huge members)
  clang-15 libfuzzer-15-dev llvm     # libFuzzer harnesses (fuzz/, scripts/fuzz.sh); llvm-symbolizer
)
# Node runs puppeteer-core for the browser tests; a node from elsewhere (nodesource) brings its own
# npm and conflicts with Debian's, so each is installed only when missing.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
