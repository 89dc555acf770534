#!/usr/bin/env python3
"""Merge staging/entities.*.csv and staging/relations.*.csv into entities.csv and
relations.csv of the graph folder.

Usage: merge_staging.py [FOLDER]   (FOLDER defaults to the folder above this script)

Entities are merged by id: aliases and sources are unioned, the more precise
start/end kept, non-empty cells preferred (the first file in name order wins a
tie, a second differing name becomes an alias); an alias that is another
entity's id or name is dropped. Relations are merged when
subject, predicate, object, start and end agree (for symmetric predicates in
schema.csv also with subject and object swapped); their sources are unioned and
extra columns such as goods and under filled from whichever row has them. Rows
that state one fact at two date precisions (1939 and 1939-09-17, or one date
left empty) are then folded into the more precise one, unless their notes or
goods differ.
Output is sorted (entities by id, relations by subject, predicate, object,
start) and written atomically. Conflicts are reported on stderr.
"""
import csv
import glob
import os
import re
import sys

ENTITY_COLS = ["id", "kind", "name", "aliases", "start", "end", "group", "description", "sources"]
RELATION_COLS = ["subject", "predicate", "object", "start", "end", "weight", "note", "sources"]
# Ids that the two helpers spelled differently for one thing: old -> new.
RENAME = {}


def split(cell):
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in csv.DictReader(f)]


def citation_key(c):
    m = re.match(r"^(.*?)(?::L(\d+))?$", c)
    return (m.group(1), int(m.group(2)) if m.group(2) else 0, c)


def union(*cells, key=None):
    seen, out = set(), []
    for cell in cells:
        for x in split(cell):
            k = x.casefold()
            if k not in seen:
                seen.add(k)
                out.append(x)
    return sorted(out, key=key) if key else out


def precision(d):
    return len(d.split("-")) if d else 0


def pick_date(a, b, what, warn):
    if precision(b) > precision(a):
        if a and not b.startswith(a):
            warn(f"{what}: {a} vs {b}; keeping the more precise {b}")
        return b
    if b and a != b and not a.startswith(b):
        warn(f"{what}: {a} vs {b}; keeping {a}")
    return a


def merge_entities(rows, warn):
    merged = {}
    for src, row in rows:
        eid = RENAME.get(row["id"], row["id"])
        row = dict(row, id=eid)
        if eid not in merged:
            merged[eid] = dict(row)
            continue
        m = merged[eid]
        if row.get("kind") and m.get("kind") and row["kind"] != m["kind"]:
            warn(f"{eid}: kind {m['kind']} vs {row['kind']} ({src}); keeping {m['kind']}")
        extra_alias = row.get("name", "") if row.get("name") and row["name"].casefold() != m.get("name", "").casefold() else ""
        for col in ("kind", "name", "description"):
            if not m.get(col):
                m[col] = row.get(col, "")
        if row.get("group") and (not m.get("group") or m["group"] == "other"):
            m["group"] = row["group"]
        elif row.get("group") and row["group"] not in ("other", m["group"]):
            warn(f"{eid}: group {m['group']} vs {row['group']}; keeping {m['group']}")
        m["start"] = pick_date(m.get("start", ""), row.get("start", ""), f"{eid} start", warn)
        m["end"] = pick_date(m.get("end", ""), row.get("end", ""), f"{eid} end", warn)
        aliases = union(m.get("aliases", ""), row.get("aliases", ""), extra_alias)
        m["aliases"] = ";".join(a for a in aliases if a.casefold() != m["name"].casefold())
        m["sources"] = ";".join(union(m.get("sources", ""), row.get("sources", ""), key=citation_key))
        for k, v in row.items():
            if k not in ENTITY_COLS and v and not m.get(k):
                m[k] = v
    # An alias equal to another entity's id or name would make lookups by it ambiguous.
    taken = {}
    for eid, m in merged.items():
        taken.setdefault(eid.casefold(), eid)
        taken.setdefault(m.get("name", "").casefold(), eid)
    for eid, m in merged.items():
        keep = []
        for a in split(m.get("aliases", "")):
            other = taken.get(a.casefold())
            if other and other != eid:
                warn(f"{eid}: alias {a!r} dropped, it names {other}")
            else:
                keep.append(a)
        m["aliases"] = ";".join(keep)
    return merged


def merge_relations(rows, symmetric, warn):
    merged = {}
    for src, row in rows:
        row = dict(row)
        row["subject"] = RENAME.get(row["subject"], row["subject"])
        row["object"] = RENAME.get(row["object"], row["object"])
        key = (row["subject"], row["predicate"], row["object"], row.get("start", ""), row.get("end", ""))
        if row["predicate"] in symmetric:
            swapped = (row["object"], row["predicate"], row["subject"], key[3], key[4])
            if swapped in merged and key not in merged:
                key = swapped
        if key not in merged:
            merged[key] = row
            continue
        m = merged[key]
        m["sources"] = ";".join(union(m.get("sources", ""), row.get("sources", ""), key=citation_key))
        for k, v in row.items():
            if k in ("subject", "predicate", "object", "start", "end", "sources") or not v:
                continue
            if not m.get(k):
                m[k] = v
            elif k == "goods" and v.casefold() != m[k].casefold():
                m[k] = "; ".join(union(m[k], v))
            elif k == "weight" and v != m[k]:
                warn(f"{key}: weight {m[k]} vs {v}; keeping {m[k]}")
    return merged


def compatible(a, b):
    """Two partial dates agree if either is unknown or one refines the other."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def fold_refinements(rels):
    """Merge rows that state one fact at two precisions.

    Same subject, predicate, object and `under`; each date equal, empty on one side or a
    refinement of the other (1939-09 and 1939-09-17); and no two different non-empty notes or
    goods, so nothing said by either row is lost. The more precise dates are kept.
    """
    rows = sorted(rels.values(), key=lambda r: (r["subject"], r["predicate"], r["object"]))
    out = []
    for r in rows:
        for m in out:
            if (m["subject"], m["predicate"], m["object"], m.get("under", "")) != \
                    (r["subject"], r["predicate"], r["object"], r.get("under", "")):
                continue
            if not (compatible(m.get("start", ""), r.get("start", "")) and compatible(m.get("end", ""), r.get("end", ""))):
                continue
            if any(m.get(k) and r.get(k) and m[k] != r[k] for k in ("note", "goods", "weight")):
                continue
            for k in ("start", "end"):
                if len(r.get(k, "")) > len(m.get(k, "")):
                    m[k] = r[k]
            for k, v in r.items():
                if v and not m.get(k):
                    m[k] = v
            m["sources"] = ";".join(union(m.get("sources", ""), r.get("sources", ""), key=citation_key))
            break
        else:
            out.append(dict(r))
    return out


def write_atomic(path, cols, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})
    os.replace(tmp, path)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    staging = os.path.join(folder, "staging")
    efiles = sorted(glob.glob(os.path.join(staging, "entities.*.csv")))
    rfiles = sorted(glob.glob(os.path.join(staging, "relations.*.csv")))
    if not efiles or not rfiles:
        sys.exit(f"no staging files in {staging}")
    warnings = []
    warn = warnings.append
    symmetric = {r["predicate"] for r in read(os.path.join(folder, "schema.csv")) if r.get("symmetric", "").lower() == "true"}

    erows = [(os.path.basename(p), r) for p in efiles for r in read(p)]
    rrows = [(os.path.basename(p), r) for p in rfiles for r in read(p)]
    ents = merge_entities(erows, warn)
    rels = merge_relations(rrows, symmetric, warn)

    ecols = ENTITY_COLS + sorted({k for r in ents.values() for k in r if k not in ENTITY_COLS})
    extra = []
    for _, r in rrows:
        for k in r:
            if k not in RELATION_COLS and k not in extra:
                extra.append(k)
    write_atomic(os.path.join(folder, "entities.csv"), ecols, sorted(ents.values(), key=lambda r: r["id"]))
    folded = fold_refinements(rels)
    write_atomic(os.path.join(folder, "relations.csv"), RELATION_COLS + extra,
                 sorted(folded, key=lambda r: (r["subject"], r["predicate"], r["object"], r.get("start", ""), r.get("end", ""))))
    for w in warnings:
        print("merge:", w, file=sys.stderr)
    print(f"{len(erows)} entity rows -> {len(ents)} entities; {len(rrows)} relation rows -> {len(rels)} distinct, "
          f"{len(folded)} after folding rows that differ only in date precision; "
          f"{len(warnings)} conflicts reported")


if __name__ == "__main__":
    main()
