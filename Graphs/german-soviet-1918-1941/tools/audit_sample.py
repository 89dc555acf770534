#!/usr/bin/env python3
"""Draw the issue-12 audit sample and print each row beside its cited lines.

Usage: audit_sample.py [--seed N] [--random K] [--before-file FILE] [--before K] [--relations FILE]

--random K rows are drawn from relations.csv with random.Random(seed); --before K more from
the rows that were `related-to` or `concerned` in --before-file (a relations.csv from before
the re-reading, e.g. `git show main:Graphs/german-soviet-1918-1941/relations.csv`), each
shown as it was and as the graph has it now (the row of the same subject and object, or the
note that it was removed). Seeds are read from ../shared/seeds (see check_graph.py --seeds).
"""
import argparse, csv, os, random, re, sys
from pathlib import Path
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_graph import default_seeds

HERE = Path(__file__).resolve().parents[1]


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def excerpt(line, names, width=260):
    """The stretch of a (long) line around the first name it mentions."""
    low = line.lower()
    hits = [low.find(n.lower()) for n in names if n and low.find(n.lower()) >= 0]
    at = min(hits) if hits else 0
    a, z = max(0, at - width), min(len(line), at + width)
    return ("…" if a else "") + line[a:z].strip() + ("…" if z < len(line) else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--random", type=int, default=25)
    ap.add_argument("--before-file")
    ap.add_argument("--before", type=int, default=15)
    ap.add_argument("--seeds", default=default_seeds())
    ap.add_argument("--relations", default=str(HERE / "relations.csv"), help="the relations.csv to sample (default: this graph's)")
    a = ap.parse_args()
    docs = {s["id"]: open(os.path.join(a.seeds, s["file"]), encoding="utf-8").read().split("\n")
            for s in rows(HERE / "sources.csv")}
    ents = {e["id"]: e for e in rows(HERE / "entities.csv")}
    names = lambda i: [ents[i]["name"]] + [x for x in ents[i]["aliases"].split(";") if x] if i in ents else [i]
    now = rows(a.relations)
    rng = random.Random(a.seed)

    def show(tag, r):
        print(f"{tag} {r['subject']} {r['predicate']} {r['object']} [{r['start']}..{r['end']}]"
              f"{' fact=' + r['fact'] if r.get('fact') else ''}  note: {r['note']}")
        for c in r["sources"].split(";"):
            sid, _, line = c.partition(":L")
            text = docs[sid][int(line) - 1]
            print(f"      {c}: {excerpt(text, names(r['subject']) + names(r['object']))}")

    for i, r in enumerate(rng.sample(now, a.random), 1):
        show(f"R{i:02d}", r)
    if a.before_file:
        old = [r for r in rows(a.before_file) if r["predicate"] in ("related-to", "concerned")]
        for i, r in enumerate(rng.sample(old, a.before), 1):
            show(f"B{i:02d} was", r)
            pair = {r["subject"], r["object"]}
            same = [n for n in now if {n["subject"], n["object"]} == pair and set(n["sources"].split(";")) & set(r["sources"].split(";"))]
            for n in same:
                print(f"      now: {n['subject']} {n['predicate']} {n['object']} [{n['start']}..{n['end']}] note: {n['note']}")
            if not same:
                print("      now: no row with these ends and citations (re-targeted or removed)")


if __name__ == "__main__":
    main()
