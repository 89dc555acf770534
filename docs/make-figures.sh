#!/bin/sh
# Draws the README's figures of the bundled graph into docs/: an ego network, three paths, a
# period and the whole graph. Run from anywhere inside the repository:
#
#   sh docs/make-figures.sh
#
# It builds relgraph (debug) first. The drawings are deterministic: the same data and the same
# relgraph give the same PNGs. They are rendered at a low --dpi to keep the repository small;
# for print, give --dpi 300 (PNG) or write .pdf/.svg instead.
set -eu
cd "$(dirname "$0")/.."
swift build --product relgraph >/dev/null
relgraph=.build/debug/relgraph
dpi=${DPI:-72}

# Ego network: Hans von Seeckt and everything one relation away.
"$relgraph" render --around seeckt --depth 1 --dpi "$dpi" \
    --title "Hans von Seeckt and his direct ties" -o docs/ego-seeckt.png

# Paths: the three shortest ways from Seeckt to Tukhachevsky, each in its own colour.
"$relgraph" path seeckt tukhachevsky --k 3 --exclude-predicate related-to --dpi "$dpi" \
    --render docs/paths-seeckt-tukhachevsky.png >/dev/null

# A period: the people who met, signed and negotiated in 1939-1941, dated relations only.
"$relgraph" render --during 1939..1941 --strict-time --kind person,agreement \
    --predicate signed,negotiated,met --dpi "$dpi" \
    --title "Who met, signed and negotiated, 1939-1941" -o docs/period-1939-1941.png

# The whole graph: sfdp with overlap removal, labels kept to the legend and the tooltips.
"$relgraph" render --dpi 40 --title "German-Soviet relations 1918-1941: the whole graph" \
    -o docs/whole-graph.png

ls -l docs/*.png
