#!/usr/bin/env bash
# Writes each reader's seed corpus into OUT (default .build/fuzz/seeds) from the bundled graph's
# conversions, made with the debug relgraph (built by `swift build`): two ego networks as a CSV
# folder (its four files joined by "\n=====\n", as FuzzTarget.swift splits them), GraphML,
# GEXF, node-link JSON, TSV and CSV edge lists (after the byte that picks the separator) and
# DOT, plus the hand-made files under Fuzz/corpus/READER.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-.build/fuzz/seeds}"
RELGRAPH="${RELGRAPH:-.build/debug/relgraph}"
[ -x "$RELGRAPH" ] || swift build --product relgraph
rm -rf "$OUT"
mkdir -p "$OUT"/{folder,graphml,gexf,json,edgelist,dot}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for around in "seeckt" "rapallo"; do
    n=$((n + 1))
    "$RELGRAPH" subgraph --around "$around" --depth 1 -o "$work/g$n" 2>/dev/null
    for f in entities relations sources schema; do
        cat "$work/g$n/$f.csv"
        [ "$f" = schema ] || printf '\n=====\n'
    done > "$OUT/folder/bundled-$n"
    "$RELGRAPH" convert "$work/g$n" "$OUT/graphml/bundled-$n.graphml" 2>/dev/null
    "$RELGRAPH" convert "$work/g$n" "$OUT/gexf/bundled-$n.gexf" 2>/dev/null
    "$RELGRAPH" convert "$work/g$n" "$OUT/json/bundled-$n.json" 2>/dev/null
    "$RELGRAPH" convert "$work/g$n" "$work/e$n.tsv" 2>/dev/null
    "$RELGRAPH" convert "$work/g$n" "$work/e$n.csv" 2>/dev/null
    { printf 'T'; cat "$work/e$n.tsv"; } > "$OUT/edgelist/bundled-$n-tsv"   # 'T' (even): tab
    { printf 'C'; cat "$work/e$n.csv"; } > "$OUT/edgelist/bundled-$n-csv"   # 'C' (odd): comma
    "$RELGRAPH" render --graph "$work/g$n" --format dot > "$OUT/dot/bundled-$n.dot"
done
for reader in folder graphml gexf json edgelist dot; do
    if [ -d "Fuzz/corpus/$reader" ]; then cp Fuzz/corpus/$reader/* "$OUT/$reader"/; fi
done
