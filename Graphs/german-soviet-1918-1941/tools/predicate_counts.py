#!/usr/bin/env python3
"""Relations by predicate in two relations.csv files, side by side (before -> after).

Usage: predicate_counts.py BEFORE.csv [AFTER.csv]
AFTER defaults to this graph's relations.csv. For the issue-12 figures:
  git show main:Graphs/german-soviet-1918-1941/relations.csv > /tmp/before.csv
  python3 tools/predicate_counts.py /tmp/before.csv
"""
import csv, sys
from collections import Counter
from pathlib import Path


def counts(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return Counter(r["predicate"] for r in rows), len(rows)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    after_path = sys.argv[2] if len(sys.argv) > 2 else Path(__file__).resolve().parents[1] / "relations.csv"
    (b, nb), (a, na) = counts(sys.argv[1]), counts(after_path)
    print(f"| predicate | before | after |\n| --- | ---: | ---: |")
    for p in sorted(set(a) | set(b), key=lambda p: (-a[p], -b[p], p)):
        print(f"| {p} | {b[p]} | {a[p]} |")
    print(f"| **all** | {nb} | {na} |")
    for n, c, label in ((nb, b, "before"), (na, a, "after")):
        print(f"{label}: related-to {c['related-to']} ({100 * c['related-to'] / n:.1f}%), "
              f"related-to + concerned {c['related-to'] + c['concerned']} ({100 * (c['related-to'] + c['concerned']) / n:.1f}%)")


if __name__ == "__main__":
    main()
