#!/usr/bin/env python3
"""Reference answers for `separate` and `project`, computed by NetworkX on seeded random graphs.

Run from this folder: python3 make_questions_fixtures.py   (writes questions_reference.json)

- separation: G(n, p) graphs; for pairs of non-adjacent, connected vertices, the size of
  networkx.minimum_node_cut(G, s, t) (the s-t vertex connectivity).
- projection: random bipartite graphs (members 0..n-1, shared entities n..n+m-1); the edges and
  weights of networkx.bipartite.weighted_projected_graph(B, members).
"""
import json
import random

import networkx as nx
from networkx.algorithms import bipartite


def separation_cases():
    cases = []
    for seed in range(1, 31):
        rng = random.Random(seed)
        n = rng.randint(8, 22)
        p = rng.uniform(0.12, 0.4)
        g = nx.gnp_random_graph(n, p, seed=seed)
        pairs = []
        candidates = [(s, t) for s in range(n) for t in range(s + 1, n)
                      if not g.has_edge(s, t) and nx.has_path(g, s, t)]
        rng.shuffle(candidates)
        for s, t in candidates[:6]:
            pairs.append({"s": s, "t": t, "cut": len(nx.minimum_node_cut(g, s, t))})
        cases.append({"seed": seed, "n": n, "edges": sorted([sorted(e) for e in g.edges()]), "pairs": pairs})
    return cases


def projection_cases():
    cases = []
    for seed in range(1, 21):
        rng = random.Random(1000 + seed)
        n = rng.randint(3, 15)
        m = rng.randint(2, 10)
        p = rng.uniform(0.1, 0.5)
        b = bipartite.random_graph(n, m, p, seed=seed)
        members = list(range(n))
        projected = bipartite.weighted_projected_graph(b, members)
        cases.append({
            "seed": seed, "members": n, "shared": m,
            "edges": sorted([sorted(e) for e in b.edges()]),
            "projected": sorted([sorted([u, v]) + [d["weight"]] for u, v, d in projected.edges(data=True)]),
        })
    return cases


if __name__ == "__main__":
    reference = {"networkx": nx.__version__, "separation": separation_cases(), "projection": projection_cases()}
    with open("questions_reference.json", "w") as f:
        json.dump(reference, f, indent=1, sort_keys=True)
        f.write("\n")
