#!/usr/bin/env python3
"""Validate a relgraph CSV folder against its seed documents.

Usage:
  check_graph.py [FOLDER] [--seeds DIR] [--entities FILE ...] [--relations FILE ...]
                 [--stats] [--quiet]

FOLDER defaults to the folder above this script. It must hold schema.csv and
sources.csv; entities.csv and relations.csv are read unless --entities /
--relations name other files (several may be given, e.g. staging files).

Checks: ids unique and slug-shaped; kinds valid; relation endpoints exist;
predicates in schema.csv and their subject/object kinds allowed; dates valid ISO
partial dates with end >= start; weight positive; `under` names an agreement;
every citation names a known source, its `L<line>` exists in the seed file named
by the source's `file` column, and the entity (for an entity row) or the subject
or object (for a relation row) is named, by name or alias, within 2 lines of a
cited line (case-, accent- and dash-insensitive; a miss on an entity row is only
a warning, since some events and agreements are described rather than named).
No description or note (entities, relations, sources, schema) shares a run of 8 or
more consecutive words with a seed document (case, accents and punctuation folded).
Rows sharing a `fact` value (competing claims of one fact) have the same subject,
predicate and object. Dates are EDTF as the loader reads them (qualifiers ? ~ %, X
digits, `..` as an open end).
Prints every problem as
FILE:ROW: message (a name or alias shared by two entities is a warning), then
connected components; --stats prints the figures used in
README.md. Exit status 1 if any problem was found.
"""
from pathlib import Path
import argparse
import calendar
import csv
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

KINDS = {"person", "organization", "facility", "agreement", "place", "event", "other"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
# EDTF as the loader reads it: level 0, a qualifier ? ~ % on the whole date, X digits.
EDTF = re.compile(r"^([0-9X]{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?([?~%])?$")
COPY_RUN = 8  # words: a run this long shared with a seed document is a copy
CITE = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)(?::L(\d+))?$")
WINDOW = 2


def fold(text):
    """Lower-case, strip accents, unify dashes, apostrophes and spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ł", "l").replace("Ł", "L")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u2018\u2019\u02bc`]", "'", text)
    text = re.sub(r"\s+", " ", text)
    return text.lower()


def words(text):
    """The folded words of a text, punctuation dropped, for the copy check."""
    return re.findall(r"[a-z0-9]+", fold(text).replace("'", ""))


def parse_date(text):
    """Return (first, last) ordinal days of an EDTF date as the loader reads it, or raise ValueError.

    Qualified dates (`?`, `~`, `%`) are read at their stated value; `X` digits take their
    full range (`192X` is 1920-1929, `1939-XX` the whole year)."""
    m = EDTF.match(text)
    if not m:
        raise ValueError(f"not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, X digits, one qualifier ? ~ %): {text!r}")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if "X" in year:
        if re.search(r"X[0-9]", year) or (month and "X" not in month and "X" in year):
            raise ValueError(f"X digits must be the last digits of a date: {text!r}")
        lo, hi = int(year.replace("X", "0")), int(year.replace("X", "9"))
        if month or day:
            raise ValueError(f"a year with X digits takes no month or day: {text!r}")
        return parse_date(str(lo))[0], parse_date(str(hi))[1]
    if month and "X" in month:
        if month != "XX" or (day and day != "XX"):
            raise ValueError(f"unspecified month must be XX (and its day XX): {text!r}")
        return parse_date(year)
    if day and "X" in day:
        if day != "XX":
            raise ValueError(f"unspecified day must be XX: {text!r}")
        return parse_date(f"{year}-{month}")
    text = text.rstrip("?~%")
    m = DATE.match(text)
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    import datetime as dt
    if mo is None:
        return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()
    if not 1 <= mo <= 12:
        raise ValueError(f"month out of range: {text!r}")
    last = calendar.monthrange(y, mo)[1]
    if d is None:
        return dt.date(y, mo, 1).toordinal(), dt.date(y, mo, last).toordinal()
    if not 1 <= d <= last:
        raise ValueError(f"day out of range: {text!r}")
    o = dt.date(y, mo, d).toordinal()
    return o, o


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    # row numbers as a spreadsheet shows them: header is row 1
    return [(i + 2, {k: (v or "").strip() for k, v in r.items() if k is not None}) for i, r in enumerate(rows)]


def split(cell):
    return [x.strip() for x in cell.split(";") if x.strip()]


class Checker:
    def __init__(self, folder, seeds, entity_files, relation_files):
        self.folder = folder
        self.seeds = seeds
        self.problems = []
        self.warnings = []
        self.misses = 0
        self.schema = {}
        for n, row in read_csv(os.path.join(folder, "schema.csv")):
            kinds = lambda c: None if c in ("*", "") else set(split(c))
            self.schema[row["predicate"]] = (kinds(row.get("subject_kinds", "*")), kinds(row.get("object_kinds", "*")))
        self.sources = {}
        self.seed_lines = {}
        self.seed_runs = {}  # every run of COPY_RUN consecutive words of a seed -> its source id
        for n, row in read_csv(os.path.join(folder, "sources.csv")):
            self.sources[row["id"]] = row
            fname = row.get("file", "")
            if fname:
                p = os.path.join(seeds, fname)
                if os.path.exists(p):
                    with open(p, encoding="utf-8") as f:
                        text = f.read()
                    self.seed_lines[row["id"]] = [fold(l) for l in text.split("\n")]
                    tokens = words(text)
                    for i in range(len(tokens) - COPY_RUN + 1):
                        self.seed_runs.setdefault(tuple(tokens[i:i + COPY_RUN]), row["id"])
                else:
                    self.problem("sources.csv", n, f"seed file not found: {p}")
        self.entity_rows = []
        for path in entity_files:
            for n, row in read_csv(path):
                self.entity_rows.append((os.path.basename(path), n, row))
        self.relation_rows = []
        for path in relation_files:
            for n, row in read_csv(path):
                self.relation_rows.append((os.path.basename(path), n, row))

    def problem(self, file, row, msg):
        self.problems.append(f"{file}:{row}: {msg}")

    def check_dates(self, file, n, row):
        spans = []
        for col in ("start", "end"):
            if col == "end" and row.get(col) == "..":
                spans.append(None)  # open end: continued, end not stated
                continue
            if row.get(col):
                try:
                    spans.append(parse_date(row[col]))
                except ValueError as e:
                    self.problem(file, n, f"{col}: {e}")
                    return
            else:
                spans.append(None)
        if spans[0] and spans[1] and spans[1][1] < spans[0][0]:
            self.problem(file, n, f"end {row['end']} before start {row['start']}")

    def warn(self, file, row, msg):
        self.warnings.append(f"{file}:{row}: warning: {msg}")

    def check_citations(self, file, n, cell, names, what, strict=True):
        cites = split(cell)
        if not cites:
            self.problem(file, n, "no sources")
            return
        for c in cites:
            m = CITE.match(c)
            if not m:
                self.problem(file, n, f"malformed citation {c!r}")
                continue
            sid, line = m.group(1), m.group(2)
            if sid not in self.sources:
                self.problem(file, n, f"unknown source {sid!r}")
                continue
            if line is None:
                continue
            lines = self.seed_lines.get(sid)
            if lines is None:
                continue
            ln = int(line)
            if not 1 <= ln <= len(lines):
                self.problem(file, n, f"{c}: line out of range (file has {len(lines)} lines)")
                continue
            window = " ".join(lines[max(0, ln - 1 - WINDOW): ln + WINDOW])
            if not any(nm and re.search(r"(?<![a-z0-9])" + re.escape(nm) + r"(?![a-z0-9])", window) for nm in names):
                if strict:
                    self.misses += 1
                    self.problem(file, n, f"{c}: {what} not named within {WINDOW} lines")
                else:
                    self.warn(file, n, f"{c}: {what} not named within {WINDOW} lines (described, not named?)")

    def check_copy(self, file, n, column, text):
        """A description or note shares no run of COPY_RUN words with a seed document."""
        tokens = words(text)
        for i in range(len(tokens) - COPY_RUN + 1):
            sid = self.seed_runs.get(tuple(tokens[i:i + COPY_RUN]))
            if sid:
                self.problem(file, n, f"{column} copies {COPY_RUN} or more words from {sid}: "
                                      f"{' '.join(tokens[i:i + COPY_RUN])!r}")
                return

    def check_facts(self):
        """Rows sharing a `fact` value are claims of one fact: same subject, predicate, object."""
        first = {}
        for file, n, row in self.relation_rows:
            fact = row.get("fact", "")
            if not fact:
                continue
            triple = (row.get("subject"), row.get("predicate"), row.get("object"))
            if fact in first and first[fact][2] != triple:
                f0, n0, t0 = first[fact]
                self.problem(file, n, f"fact {fact!r} joins {' '.join(triple)} to {' '.join(t0)} ({f0}:{n0}); "
                                      "claims of one fact need the same subject, predicate and object")
            first.setdefault(fact, (file, n, triple))

    def run(self):
        for n, row in read_csv(os.path.join(self.folder, "sources.csv")):
            self.check_copy("sources.csv", n, "note", row.get("note", ""))
        for n, row in read_csv(os.path.join(self.folder, "schema.csv")):
            self.check_copy("schema.csv", n, "description", row.get("description", ""))
        for file, n, row in self.entity_rows:
            self.check_copy(file, n, "description", row.get("description", ""))
        for file, n, row in self.relation_rows:
            self.check_copy(file, n, "note", row.get("note", ""))
        self.check_facts()
        ents = {}
        for file, n, row in self.entity_rows:
            eid = row.get("id", "")
            if not SLUG.match(eid):
                self.problem(file, n, f"id {eid!r} is not a slug")
            if eid in ents:
                self.problem(file, n, f"duplicate id {eid!r} (first at {ents[eid][0]}:{ents[eid][1]})")
            else:
                ents[eid] = (file, n, row)
            if row.get("kind") not in KINDS:
                self.problem(file, n, f"unknown kind {row.get('kind')!r}")
            if not row.get("name"):
                self.problem(file, n, "empty name")
            self.check_dates(file, n, row)
        self.entities = {k: v[2] for k, v in ents.items()}
        self.names = {k: [fold(x) for x in [r["name"]] + split(r.get("aliases", ""))] for k, r in self.entities.items()}
        owners = defaultdict(set)
        for eid, folded in self.names.items():
            for nm in folded + [eid]:
                owners[nm.strip()].add(eid)
        for nm, ids in sorted(owners.items()):
            if len(ids) > 1:
                f, n, _ = ents[sorted(ids)[0]]
                self.warn(f, n, f"name or alias {nm!r} is shared by {', '.join(sorted(ids))}: lookups by it are ambiguous")
        for file, n, row in self.entity_rows:
            # An entity row's own name is checked too, but only as a warning: some
            # events and agreements are described by the text rather than named.
            self.check_citations(file, n, row.get("sources", ""), self.names.get(row["id"], []), row["id"], strict=False)

        for file, n, row in self.relation_rows:
            s, p, o = row.get("subject", ""), row.get("predicate", ""), row.get("object", "")
            ok = True
            for role, eid in (("subject", s), ("object", o)):
                if eid not in self.entities:
                    self.problem(file, n, f"unknown {role} {eid!r}")
                    ok = False
            if p not in self.schema:
                self.problem(file, n, f"predicate {p!r} not in schema.csv")
            elif ok:
                sk, ok_kinds = self.schema[p]
                if sk is not None and self.entities[s]["kind"] not in sk:
                    self.problem(file, n, f"{p}: subject {s} is a {self.entities[s]['kind']}, allowed {sorted(sk)}")
                if ok_kinds is not None and self.entities[o]["kind"] not in ok_kinds:
                    self.problem(file, n, f"{p}: object {o} is a {self.entities[o]['kind']}, allowed {sorted(ok_kinds)}")
            self.check_dates(file, n, row)
            if row.get("weight"):
                try:
                    if float(row["weight"]) <= 0:
                        raise ValueError
                except ValueError:
                    self.problem(file, n, f"weight {row['weight']!r} is not a positive number")
            if row.get("under"):
                u = row["under"]
                if u not in self.entities or self.entities[u]["kind"] != "agreement":
                    self.problem(file, n, f"under {u!r} is not an agreement id")
            names = self.names.get(s, []) + self.names.get(o, [])
            self.check_citations(file, n, row.get("sources", ""), names, f"neither {s} nor {o}")
        return self.problems

    def components(self):
        parent = {e: e for e in self.entities}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for _, _, r in self.relation_rows:
            if r["subject"] in parent and r["object"] in parent:
                a, b = find(r["subject"]), find(r["object"])
                if a != b:
                    parent[a] = b
        comps = defaultdict(list)
        for e in self.entities:
            comps[find(e)].append(e)
        return sorted(comps.values(), key=lambda c: (-len(c), c))

    def stats(self):
        out = []
        kinds = Counter(r["kind"] for r in self.entities.values())
        preds = Counter(r["predicate"] for _, _, r in self.relation_rows)
        out.append(f"entities: {len(self.entities)}")
        for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  {k}: {v}")
        out.append(f"relations: {len(self.relation_rows)}")
        for k, v in sorted(preds.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"  {k}: {v}")
        groups = Counter(r.get("group", "") or "(none)" for r in self.entities.values())
        out.append("groups: " + ", ".join(f"{k} {v}" for k, v in sorted(groups.items())))
        dates = [r[c] for r in list(self.entities.values()) + [r for _, _, r in self.relation_rows]
                 for c in ("start", "end") if r.get(c)]
        rdates = [r[c] for _, _, r in self.relation_rows for c in ("start", "end") if r.get(c)]
        key = lambda d: parse_date(d)[0]
        if dates:
            out.append(f"date range (all): {min(dates, key=key)} .. {max(dates, key=key)}")
        if rdates:
            out.append(f"date range (relations): {min(rdates, key=key)} .. {max(rdates, key=key)}")
        undated = sum(1 for _, _, r in self.relation_rows if not r.get("start") and not r.get("end"))
        out.append(f"relations without dates: {undated}")
        cites = Counter()
        for _, _, r in list(self.entity_rows) + list(self.relation_rows):
            for c in split(r.get("sources", "")):
                cites[c.split(":")[0]] += 1
        out.append("citations by source: " + ", ".join(f"{k} {v}" for k, v in sorted(cites.items())))
        return out


def default_seeds():
    """`shared/seeds` beside the repository (or beside the folder holding a worktree)."""
    repo = Path(__file__).resolve().parents[3]
    for base in (repo.parent, repo.parent.parent):
        if (base / "shared" / "seeds").is_dir():
            return str(base / "shared" / "seeds")
    return str(repo.parent / "shared" / "seeds")


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=here)
    ap.add_argument("--seeds", default=default_seeds())
    ap.add_argument("--entities", action="append")
    ap.add_argument("--relations", action="append")
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="print only the summary")
    a = ap.parse_args()
    ef = a.entities or [os.path.join(a.folder, "entities.csv")]
    rf = a.relations or [os.path.join(a.folder, "relations.csv")]
    ch = Checker(a.folder, a.seeds, ef, rf)
    problems = ch.run()
    if not a.quiet:
        for p in ch.warnings + problems:
            print(p)
    comps = ch.components()
    print(f"{len(ch.entities)} entities, {len(ch.relation_rows)} relations, {len(problems)} problems "
          f"({ch.misses} relation citation name misses), {len(ch.warnings)} warnings, "
          f"{len(comps)} connected component(s)")
    for c in comps[1:]:
        print(f"  separate component of {len(c)}: {', '.join(sorted(c)[:12])}{' ...' if len(c) > 12 else ''}")
    if a.stats:
        print("\n".join(ch.stats()))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
