#!/usr/bin/env bash
# Fuzzes every relgraph reader with libFuzzer and reports executions, crashes and the slowest
# input per reader. Usage:
#
#   Fuzz/run.sh                 # 10 s per reader (what CI runs), then the self-test
#   Fuzz/run.sh 600             # 10 minutes per reader
#   Fuzz/run.sh 600 graphml dot # only these readers
#   FUZZ_JOBS=2 Fuzz/run.sh 600 # two readers at a time
#   FUZZ_BUILD=0 Fuzz/run.sh    # keep .build/fuzz/relgraph-fuzz as it is (no rebuild)
#
# Builds .build/fuzz/relgraph-fuzz from the library sources with
# `swiftc -parse-as-library -sanitize=fuzzer`, seeds each reader's corpus with the bundled
# graph's conversions (Fuzz/seeds.sh), and keeps the growing corpora in .build/fuzz/corpus.
# Exit status 0 only when no reader crashed, hung or leaked past libFuzzer's limits, every
# reader ran at least FUZZ_MIN_EXECS (10000) inputs, and the self-test found the planted crash.
set -euo pipefail
cd "$(dirname "$0")/.."
# Swift's crash backtracer would take the signal before libFuzzer's handler, which then never
# writes the crashing input: a crash would go unreported.
export SWIFT_BACKTRACE=enable=no

SECONDS_PER_READER="${1:-10}"
shift || true
READERS=("$@")
if [ ${#READERS[@]} -eq 0 ]; then READERS=(folder graphml gexf json edgelist dot); fi
MIN_EXECS="${FUZZ_MIN_EXECS:-10000}"
JOBS="${FUZZ_JOBS:-1}"
OUT=.build/fuzz
mkdir -p "$OUT"

if [ "${FUZZ_BUILD:-1}" != 0 ]; then Fuzz/build.sh "$OUT"; fi  # FUZZ_BUILD=0: use the binary as built
Fuzz/seeds.sh "$OUT/seeds"

# libFuzzer on one reader's corpus with the limits every run uses, plus the given options.
run_libfuzzer() {  # READER CORPUS FINDINGS OPTIONS...
    local reader="$1" corpus="$2" findings="$3"; shift 3
    RELGRAPH_FUZZ_READER="$reader" "$OUT/relgraph-fuzz" "$corpus" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 "$@"
}

# One reader: fuzz for SECONDS_PER_READER, then time every corpus input once for the slowest.
fuzz_reader() {
    local reader="$1" corpus="$OUT/corpus/$1" findings="$OUT/findings/$1"
    rm -rf "$findings"  # findings are per run; each run's log says what it found
    mkdir -p "$corpus" "$findings"
    cp -n "$OUT/seeds/$reader"/* "$corpus"/ 2>/dev/null || true
    local log="$OUT/$reader.log" status=0
    run_libfuzzer "$reader" "$corpus" "$findings" -max_total_time="$SECONDS_PER_READER" > "$log" 2>&1 || status=$?
    local execs crashes slowest
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    # On a busy machine the time may run out first: top up to the minimum number of executions.
    if [ "$status" = 0 ] && [ "${execs:-0}" -lt "$MIN_EXECS" ]; then
        run_libfuzzer "$reader" "$corpus" "$findings" -runs=$((MIN_EXECS - ${execs:-0})) -max_total_time=120 \
            >> "$log" 2>&1 || status=$?
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{ n += $1 } END { print n + 0 }')
    fi
    crashes=$(find "$findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
    # Run each corpus input once to find the slowest (libFuzzer prints "Executed FILE in N ms").
    slowest=$(RELGRAPH_FUZZ_READER="$reader" "$OUT/relgraph-fuzz" -runs=0 "$corpus"/* 2>&1 \
        | sed -n 's/^Executed \(.*\) in \([0-9]*\) ms$/\2 \1/p' | sort -n | tail -1 || true)
    printf '%-9s executions %-9s crashes %s  slowest %s ms (%s)  exit %s\n' "$reader" "${execs:-0}" "$crashes" \
        "${slowest%% *}" "$( [ -n "$slowest" ] && wc -c < "${slowest#* }" | tr -d ' ' ) bytes" "$status" \
        | tee "$OUT/$reader.summary"
    [ "$status" = 0 ] && [ "$crashes" = 0 ] && [ "${execs:-0}" -ge "$MIN_EXECS" ]
}

failed=0
pids=()
for reader in "${READERS[@]}"; do
    fuzz_reader "$reader" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$JOBS" ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done

# Self-test: the harness must find and report a planted crash.
if Fuzz/selftest.sh "$OUT"; then echo "self-test: the planted crash was found"; else
    echo "self-test FAILED: the harness did not report the planted crash" >&2; failed=1; fi

if [ "$failed" != 0 ]; then
    echo "fuzzing found a problem: see $OUT/*.log and $OUT/findings/" >&2
    exit 1
fi
echo "fuzzing: no crashes"
