#!/usr/bin/env bash
# Runs the libFuzzer harnesses of fuzz/ (docs/reliability.md, "Fuzzing").
#   scripts/fuzz.sh --short SECONDS [HARNESS...]  each harness for SECONDS (CI)
#   scripts/fuzz.sh --long [RUNS] [HARNESS...]     each harness for RUNS executions (600000)
#   scripts/fuzz.sh --report [HARNESS...]          the table of the last runs, from their logs
# Options: --jobs N harnesses at once (default: the number of cores). FUZZ_FLAGS adds libFuzzer
# flags to every run (the long pass of docs/reliability.md used -entropic=0: half again as many
# executions a second on the searcher's harnesses).
# Builds the fuzzing configuration in build-fuzz/ (clang-15) when needed, makes the seed corpora
# from sample_data/ (fuzz/make_seeds.py), and keeps what each harness finds in
# build-fuzz/corpus/HARNESS. Prints executions, coverage (cov: edges, ft: features) and speed per
# harness, also written to build-fuzz/fuzz-summary.md. Exits non-zero when a harness crashes,
# naming the reproducer (build-fuzz/crashes/): rerun it with build-fuzz/fuzz/fuzz_HARNESS FILE.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="" amount="" jobs=$(nproc) only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --short) mode=short amount="$2"; shift 2 ;;
    --long) mode=long amount=600000; shift
            if [[ "${1:-}" =~ ^[0-9]+$ ]]; then amount="$1"; shift; fi ;;
    --report) mode=report; shift ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) only+=("$1"); shift ;;
  esac
done
[ -n "$mode" ] || { echo "usage: scripts/fuzz.sh --short SECONDS | --long [RUNS] | --report [HARNESS...]" >&2; exit 2; }

build=build-fuzz
if [ "$mode" != report ]; then
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-15 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DNEWSARCHIVE_FUZZ=ON -DNEWSARCHIVE_JEMALLOC=OFF \
      -DNEWSARCHIVE_BUILD_TESTS=OFF -DNEWSARCHIVE_WERROR=ON > /dev/null
  fi
  cmake --build "$build" -j "$(nproc)" --target fuzzers
  python3 fuzz/make_seeds.py . "$build/seeds"
  mkdir -p "$build/corpus" "$build/crashes" "$build/logs"
fi

harnesses=()
for exe in "$build"/fuzz/fuzz_*; do harnesses+=("$(basename "$exe" | sed 's/^fuzz_//')"); done
[ ${#only[@]} -eq 0 ] || harnesses=("${only[@]}")

# The dictionary that speaks each harness's input language, if one does.
dictionary() {
  case "$1" in
    read_jsonl|stored_record) echo fuzz/dict/json.dict ;;
    read_text|read_csv|read_financial_news|ner_*) ;;
    read_*|detect_and_read) echo fuzz/dict/markup.dict ;;
    query_parser|field_processors|search_requests) echo fuzz/dict/query.dict ;;
    publication_date|date_range|temporal_resolver) echo fuzz/dict/dates.dict ;;
  esac
}

run_one() {
  local h=$1 limit dict
  if [ "$mode" = short ]; then limit=(-max_total_time="$amount"); else limit=(-runs="$amount"); fi
  dict=$(dictionary "$h")
  mkdir -p "$build/corpus/$h" "$build/seeds/$h"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
  LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp} \
  ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer || true)} \
    "$build/fuzz/fuzz_$h" "${limit[@]}" ${FUZZ_FLAGS:-} -max_len=8192 -timeout=20 -print_final_stats=1 \
      ${dict:+-dict="$dict"} -artifact_prefix="$build/crashes/$h-" \
      "$build/corpus/$h" "$build/seeds/$h" > "$build/logs/$h.log" 2>&1
}

if [ "$mode" != report ]; then
  running=0
  for h in "${harnesses[@]}"; do
    [ -x "$build/fuzz/fuzz_$h" ] || { echo "no harness $h" >&2; exit 2; }
    run_one "$h" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
  done
  wait || true
fi

summary="$build/fuzz-summary.md" failed=0
{
  echo "| harness | executions | exec/s | cov | ft | corpus | result |"
  echo "|---|---:|---:|---:|---:|---:|---|"
} > "$summary"
for h in "${harnesses[@]}"; do
  log="$build/logs/$h.log"
  if [ ! -f "$log" ]; then
    echo "| $h | | | | | | not run |" >> "$summary"
    continue
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  last=$(grep -E '^#[0-9]+' "$log" | grep ' cov: ' | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
  corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<< "$last")
  reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | head -1)
  result=ok
  if [ -n "$reproducer" ] || ! grep -q '^Done [0-9]* runs\|^stat::number_of_executed_units' "$log" ||
     grep -q 'ERROR: \(AddressSanitizer\|libFuzzer\|LeakSanitizer\)\|runtime error:' "$log"; then
    result="CRASH ${reproducer:-(see $log)}"
    failed=1
  fi
  echo "| $h | ${runs:-?} | ${speed:-?} | ${cov:-?} | ${ft:-?} | ${corpus:-?} | $result |" >> "$summary"
done
cat "$summary"
if [ "$failed" -ne 0 ]; then
  echo "fuzz: a harness crashed; the log is build-fuzz/logs/HARNESS.log, the input as shown" >&2
  grep -h 'SUMMARY:\|runtime error:' "$build"/logs/*.log >&2 || true
  exit 1
fi
