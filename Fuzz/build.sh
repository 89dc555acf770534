#!/usr/bin/env bash
# Builds the libFuzzer binary OUT/relgraph-fuzz (default .build/fuzz) from the library sources:
# each module compiled with -sanitize=fuzzer (coverage for libFuzzer), then linked with
# Fuzz/FuzzTarget.swift, whose LLVMFuzzerTestOneInput libFuzzer's own main drives.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-.build/fuzz}"
mkdir -p "$OUT/modules"
if [ -x "$OUT/relgraph-fuzz" ] && [ -z "$(find Sources Fuzz -newer "$OUT/relgraph-fuzz" \( -name '*.swift' -o -name '*.h' \) -print -quit)" ]; then
    exit 0  # up to date
fi
# One package name for every module, as SwiftPM gives them, so `package` symbols are shared.
FLAGS=(-swift-version 6 -package-name relgraph -O -parse-as-library -sanitize=fuzzer -I "$OUT/modules" -module-cache-path "$OUT/module-cache")
GRAPHVIZ_CFLAGS=$(pkg-config --cflags-only-I libgvc)
module() {  # NAME SOURCES...
    local name="$1"; shift
    swiftc "${FLAGS[@]}" -whole-module-optimization -module-name "$name" -emit-module \
        -emit-module-path "$OUT/modules/$name.swiftmodule" -c "$@" -o "$OUT/modules/$name.o" "${EXTRA[@]}"
}
EXTRA=()
module GraphAlgorithms $(find Sources/GraphAlgorithms -name '*.swift' | sort)
module RelationGraph $(find Sources/RelationGraph -name '*.swift' | sort)
EXTRA=(-I Sources/CGraphviz -Xcc ${GRAPHVIZ_CFLAGS})
module GraphvizRenderer $(find Sources/GraphvizRenderer -name '*.swift' | sort)
swiftc "${FLAGS[@]}" -I Sources/CGraphviz -Xcc ${GRAPHVIZ_CFLAGS} Fuzz/FuzzTarget.swift \
    "$OUT/modules/GraphAlgorithms.o" "$OUT/modules/RelationGraph.o" "$OUT/modules/GraphvizRenderer.o" \
    $(pkg-config --libs libgvc) -o "$OUT/relgraph-fuzz"
