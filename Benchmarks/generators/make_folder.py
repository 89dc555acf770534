#!/usr/bin/env python3
"""A seeded native graph folder for load benchmarks: 100,000 entities, 1,000,000 dated, cited
relations (entities.csv, relations.csv, schema.csv, sources.csv), valid for `relgraph validate`.

    python3 Benchmarks/generators/make_folder.py OUT-FOLDER
    python3 Benchmarks/generators/make_folder.py OUT-FOLDER --entities 10000 --relations 100000

Entities cycle through the six kinds; relations pick endpoints with a preferential bias (a few
hubs, as in historical networks), one of eight predicates open to every kind, a start date
between 1918 and 1941 (an end date on two thirds of them) and one or two citations of the 40
sources. Text is synthetic. The same --seed always writes the same bytes.
"""
import argparse
import csv
import os
import random

KINDS = ["person", "organization", "facility", "agreement", "place", "event"]
PREDICATES = ["met", "supplied", "negotiated", "visited", "reported", "supported", "opposed", "traded-with"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--relations", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    sources = [f"src-{i}" for i in range(40)]

    def write(name, header, rows):
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("schema.csv", ["predicate", "phrase", "inverse", "subject_kinds", "object_kinds", "symmetric", "description"],
          [[p, p.replace("-", " "), f"{p.replace('-', ' ')} by", "", "", "false", f"Synthetic predicate {p}."]
           for p in PREDICATES])
    write("sources.csv", ["id", "title", "author", "publisher", "date", "url", "note", "file"],
          [[s, f"Synthetic source {i}", f"Author {i % 7}", "", f"{1950 + i}", "", "", ""] for i, s in enumerate(sources)])

    def date(year_from, year_to):
        return f"{rng.randint(year_from, year_to)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    ids = [f"e{i}" for i in range(args.entities)]
    write("entities.csv", ["id", "kind", "name", "aliases", "start", "end", "group", "description", "sources"],
          [[ids[i], KINDS[i % len(KINDS)], f"Entity {i}", f"E{i}" if i % 5 == 0 else "", str(1850 + i % 80), "",
            ["germany", "soviet-union", "poland", ""][i % 4], "", f"{sources[i % 40]}:L{1 + i % 300}"]
           for i in range(args.entities)])
    # Preferential endpoints: half the ends are earlier ends repeated, so degrees grow unevenly.
    ends = []

    def endpoint():
        if ends and rng.random() < 0.5:
            return ends[rng.randrange(len(ends))]
        return rng.randrange(args.entities)

    rows = []
    for r in range(args.relations):
        a = endpoint()
        b = endpoint()
        while b == a:
            b = rng.randrange(args.entities)
        ends += [a, b]
        start = date(1918, 1941)
        end = date(int(start[:4]), 1941) if r % 3 else ""
        if end and end < start:
            end = start
        cites = ";".join(f"{rng.choice(sources)}:L{rng.randint(1, 400)}" for _ in range(1 + r % 2))
        rows.append([ids[a], PREDICATES[r % len(PREDICATES)], ids[b], start, end, "", "", cites])
    write("relations.csv", ["subject", "predicate", "object", "start", "end", "weight", "note", "sources"], rows)
    print(f"{args.out}: {args.entities} entities, {args.relations} relations")


if __name__ == "__main__":
    main()
