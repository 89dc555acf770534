#!/usr/bin/env bash
# Proves that the fuzz harness catches a crash: the `planted` reader traps on inputs starting
# with "FUZZ", from an empty corpus, and libFuzzer must find one, write it as a crash file and
# exit non-zero. Usage: Fuzz/selftest.sh [BUILD-FOLDER]
set -uo pipefail
cd "$(dirname "$0")/.."
# Swift's crash backtracer would take the signal before libFuzzer's handler, which then never
# writes the crashing input: a crash would go unreported.
export SWIFT_BACKTRACE=enable=no
OUT="${1:-.build/fuzz}"
[ -x "$OUT/relgraph-fuzz" ] || Fuzz/build.sh "$OUT" || exit 1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/corpus" "$dir/findings"
RELGRAPH_FUZZ_READER=planted "$OUT/relgraph-fuzz" "$dir/corpus" -max_total_time=60 -seed=1 \
    -artifact_prefix="$dir/findings/" > "$dir/log" 2>&1
status=$?
crash=$(ls "$dir/findings" | grep '^crash-' | head -1)
if [ "$status" = 0 ] || [ -z "$crash" ] || [ "$(head -c 4 "$dir/findings/$crash")" != FUZZ ]; then
    tail -20 "$dir/log" >&2
    exit 1
fi
