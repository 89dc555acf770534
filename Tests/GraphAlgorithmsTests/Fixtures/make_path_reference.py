#!/usr/bin/env python3
"""Reference values for the path algorithms, computed with NetworkX.

Writes path_reference.json next to this script: a few seeded random graphs (undirected and
directed, unit and integer weights) and, for fixed source-target pairs, what NetworkX says:

  hops                 nx.shortest_path_length
  lexmin_path          min(nx.all_shortest_paths(...)), the lexicographically smallest shortest path
  all_shortest_count   number of nx.all_shortest_paths
  weighted_length      nx.dijkstra_path_length (weight="weight")
  weighted_lexmin_path min(nx.all_shortest_paths(..., weight="weight"))
  weighted_all_count   number of nx.all_shortest_paths(..., weight="weight")
  yen_hops             lengths of the first K paths of nx.shortest_simple_paths
  yen_weights          weights of the first K paths of nx.shortest_simple_paths(weight="weight")
  simple_counts        number of nx.all_simple_paths(cutoff=C) by hop count (index = hops;
                       C is the graph's "cutoff")

Integer weights keep every sum exact, so equal-weight ties are real ties.
Run: python3 make_path_reference.py   (NetworkX 3.x; output is deterministic)
"""
import json
import os
import random

import networkx as nx

K = 8


def graph_record(name, G, directed):
    nodes = sorted(G.nodes())
    edges = sorted((u, v, G[u][v]["weight"]) for u, v in G.edges())
    return {"name": name, "directed": directed, "n": len(nodes),
            "edges": [[u, v, w] for u, v, w in edges]}


def queries(G, rng, count, cutoff):
    nodes = sorted(G.nodes())
    out = []
    for _ in range(count):
        s, t = rng.sample(nodes, 2)
        q = {"source": s, "target": t}
        if not nx.has_path(G, s, t):
            q["hops"] = None
            out.append(q)
            continue
        q["hops"] = nx.shortest_path_length(G, s, t)
        allp = list(nx.all_shortest_paths(G, s, t))
        q["lexmin_path"] = min(allp)
        q["all_shortest_count"] = len(allp)
        q["weighted_length"] = nx.dijkstra_path_length(G, s, t, weight="weight")
        wall = list(nx.all_shortest_paths(G, s, t, weight="weight"))
        q["weighted_lexmin_path"] = min(wall)
        q["weighted_all_count"] = len(wall)
        yen = []
        for p in nx.shortest_simple_paths(G, s, t):
            yen.append(len(p) - 1)
            if len(yen) == K:
                break
        q["yen_hops"] = yen
        yenw = []
        for p in nx.shortest_simple_paths(G, s, t, weight="weight"):
            yenw.append(nx.path_weight(G, p, weight="weight"))
            if len(yenw) == K:
                break
        q["yen_weights"] = yenw
        counts = [0] * (cutoff + 1)
        for p in nx.all_simple_paths(G, s, t, cutoff=cutoff):
            counts[len(p) - 1] += 1
        q["simple_counts"] = counts
        out.append(q)
    return out


def main():
    graphs = []
    specs = [
        # name, graph, directed, seed, simple-path cutoff, query count
        ("gnp30-undirected", nx.gnp_random_graph(30, 0.12, seed=1), False, 1, 5, 12),
        ("gnp40-undirected-sparse", nx.gnp_random_graph(40, 0.06, seed=2), False, 2, 5, 12),
        ("gnp25-directed", nx.gnp_random_graph(25, 0.15, seed=3, directed=True), True, 3, 5, 12),
        ("ba300-undirected", nx.barabasi_albert_graph(300, 2, seed=7), False, 7, 3, 40),
    ]
    for name, G, directed, seed, cutoff, count in specs:
        rng = random.Random(seed)
        for u, v in G.edges():
            G[u][v]["weight"] = rng.randint(1, 4)
        rec = graph_record(name, G, directed)
        rec["k"] = K
        rec["cutoff"] = cutoff
        rec["queries"] = queries(G, random.Random(100 + seed), count, cutoff)
        graphs.append(rec)
    out = {"generator": "make_path_reference.py", "networkx": nx.__version__, "graphs": graphs}
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "path_reference.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
