#!/bin/sh
# Builds the three DocC catalogs (RelationGraph, GraphAlgorithms, GraphvizRenderer) and fails on
# any DocC warning: an unresolved symbol link, a link to a non-public symbol, an undocumented
# parameter. Run from anywhere in the checkout: sh docs/check-docc.sh
# The archives land in .build/plugins/Swift-DocC/outputs/ (see the README, "Use it as a library").
set -eu
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# --disable-sandbox: the plugin writes into .build, which SwiftPM's sandbox (on macOS) would refuse.
if ! swift package --disable-sandbox generate-documentation \
    --target RelationGraph --target GraphAlgorithms --target GraphvizRenderer >"$log" 2>&1; then
  cat "$log" >&2
  echo "check-docc: the documentation build failed" >&2
  exit 1
fi

# DocC prints each warning as "warning: ..." followed by its location and source excerpt.
count=$(grep -c "warning:" "$log" || true)
if [ "$count" -ne 0 ]; then
  awk '/warning:/ { print; for (i = 0; i < 8 && (getline line) > 0; i++) { if (line == "") break; print line } print "" }' "$log" >&2
  echo "check-docc: $count DocC warning(s)" >&2
  exit 1
fi
grep "^  /.*\.doccarchive$" "$log" || true
echo "check-docc: 3 catalogs, no warnings"
