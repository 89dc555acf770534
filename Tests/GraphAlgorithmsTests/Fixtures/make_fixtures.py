#!/usr/bin/env python3
"""Regenerate the NetworkX fixtures that GraphAlgorithmsTests compare against.

Reads the edge lists next to this script (copied from shared/bench/graphs, plus one
weighted directed toy this script writes itself) and writes `<graph>.fixture.json`:

    {"graph", "directed", "weighted", "nodes": [names in vertex order],
     "edges": [[source, target, weight], ...]          # edge index = line number
     "cases": [{"measure", "params", "values"|"edge_values"|"error"}, ...],
     "structure": {"components", "strongly_connected", "articulation_points",
                   "bridges", "core_number"}}

Vertex order is the `*.nodes.tsv` order (it lists isolated vertices too). Every case
records the exact NetworkX call in `call`, so a failing test names what it compared.
Power iterations use tol=1e-12 unless the case tests NetworkX's defaults.

Pooled fixtures (`<graph>.pairs.fixture.json`): seeded random multigraphs whose relations repeat
pairs (both ways, too), as a relationship graph does. NetworkX's simple `Graph`/`DiGraph` of the
same pairs, each pair's length the smallest of its relations' weights, gives
`edge_betweenness_centrality` per pair, which `relgraph rank --edges` must reproduce:

    {"graph", "directed", "nodes", "relations": [[source, target, weight], ...],
     "cases": [{"params": {"normalized", "weighted"}, "call", "pairs": [[u, v, value], ...]}]}

Usage:  python3 make_fixtures.py        (networkx 3.6.1 made the committed files)
"""
import json
import math
import os
import random
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = {
    # name: (directed, weighted)
    "karate": (False, True),
    "florentine": (False, False),
    "lesmis": (False, True),
    "toy_directed": (True, False),
    "toy_directed_weighted": (True, True),
    "toy_disconnected": (False, False),
    # A larger graph (1000 vertices) so the parallel partitions all get work; fewer cases.
    "ba_1k": (False, False),
}
LARGE = {"ba_1k"}
TIGHT = 1e-12
MAX_ITER = 10_000


def num(token):
    try:
        return int(token)
    except ValueError:
        return float(token)


def write_weighted_toy():
    """toy_directed with deterministic integer lengths 1..3, so weighted directed paths differ from hops."""
    with open(os.path.join(HERE, "toy_directed.tsv")) as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    with open(os.path.join(HERE, "toy_directed_weighted.tsv"), "w") as f:
        for i, (a, b) in enumerate(rows):
            f.write(f"{a}\t{b}\t{1 + (i * 7) % 3}\n")
    with open(os.path.join(HERE, "toy_directed.nodes.tsv")) as src, \
            open(os.path.join(HERE, "toy_directed_weighted.nodes.tsv"), "w") as dst:
        dst.write(src.read())


def load(name):
    directed, weighted = GRAPHS[name]
    G = nx.DiGraph() if directed else nx.Graph()
    nodes_file = os.path.join(HERE, f"{name}.nodes.tsv")
    if os.path.exists(nodes_file):
        with open(nodes_file, encoding="utf-8") as f:
            f.readline()
            for line in f:
                G.add_node(line.rstrip("\n").split("\t")[0])
    edges = []
    with open(os.path.join(HERE, f"{name}.tsv"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            w = num(parts[2]) if weighted else 1
            if weighted:
                G.add_edge(parts[0], parts[1], weight=w)
            else:
                G.add_edge(parts[0], parts[1])
            edges.append([parts[0], parts[1], w])
    assert G.number_of_edges() == len(edges), f"{name}: parallel edges in the fixture"
    return G, list(G.nodes()), edges


def finite_or_null(x):
    """JSON has no NaN: an undefined score (k=1 sampling, see networkx's _rescale) is written as null."""
    x = float(x)
    return None if math.isnan(x) else x


def vector(d, nodes):
    return [finite_or_null(d[v]) for v in nodes]


def edge_vector(d, edges):
    out = []
    for u, v, _ in edges:
        out.append(float(d[(u, v)] if (u, v) in d else d[(v, u)]))
    return out


def sampled_sources(G, k, seed):
    """The sources networkx's betweenness picks for (k, seed): random.Random(seed).sample(list(G), k)."""
    return random.Random(seed).sample(list(G.nodes()), k)


def large_cases_for(G, nodes, edges):
    """The expensive measures only, on a graph big enough to exercise every parallel partition."""
    cases = []
    for normalized in (True, False):
        cases.append({"measure": "betweenness", "params": {"normalized": normalized, "endpoints": False, "weighted": False},
                      "call": f"betweenness_centrality(G, normalized={normalized})",
                      "values": vector(nx.betweenness_centrality(G, normalized=normalized), nodes)})
    cases.append({"measure": "edge_betweenness", "params": {"normalized": True, "weighted": False},
                  "call": "edge_betweenness_centrality(G)",
                  "edge_values": edge_vector(nx.edge_betweenness_centrality(G), edges)})
    cases.append({"measure": "closeness", "params": {"weighted": False, "wf_improved": True},
                  "call": "closeness_centrality(G)", "values": vector(nx.closeness_centrality(G), nodes)})
    cases.append({"measure": "harmonic", "params": {"weighted": False},
                  "call": "harmonic_centrality(G)", "values": vector(nx.harmonic_centrality(G), nodes)})
    cases.append({"measure": "pagerank", "params": {"alpha": 0.85, "weighted": False, "tolerance": TIGHT, "max_iter": MAX_ITER},
                  "call": "pagerank(G, weight=None, tol=1e-12)",
                  "values": vector(nx.pagerank(G, weight=None, tol=TIGHT, max_iter=MAX_ITER), nodes)})
    cases.append({"measure": "eigenvector", "params": {"weighted": False, "tolerance": TIGHT, "max_iter": MAX_ITER},
                  "call": "eigenvector_centrality(G, tol=1e-12, max_iter=10000)",
                  "values": vector(nx.eigenvector_centrality(G, tol=TIGHT, max_iter=MAX_ITER), nodes)})
    return cases


def cases_for(G, nodes, edges, directed, weighted):
    cases = []

    def add(measure, params, call, values=None, edge_values=None, error=None):
        case = {"measure": measure, "params": params, "call": call}
        if values is not None:
            case["values"] = vector(values, nodes)
        if edge_values is not None:
            case["edge_values"] = edge_vector(edge_values, edges)
        if error is not None:
            case["error"] = error
        cases.append(case)

    # Degree
    add("degree", {"direction": "total", "normalized": True}, "degree_centrality(G)", nx.degree_centrality(G))
    add("degree", {"direction": "total", "normalized": False}, "dict(G.degree())", dict(G.degree()))
    if directed:
        add("degree", {"direction": "in", "normalized": True}, "in_degree_centrality(G)", nx.in_degree_centrality(G))
        add("degree", {"direction": "out", "normalized": True}, "out_degree_centrality(G)", nx.out_degree_centrality(G))

    # Betweenness: every combination of normalized x endpoints x weighted
    for w in ([None, "weight"] if weighted else [None]):
        for normalized in (True, False):
            for endpoints in (False, True):
                add("betweenness",
                    {"normalized": normalized, "endpoints": endpoints, "weighted": w is not None},
                    f"betweenness_centrality(G, normalized={normalized}, endpoints={endpoints}, weight={w!r})",
                    nx.betweenness_centrality(G, normalized=normalized, endpoints=endpoints, weight=w))
            add("edge_betweenness", {"normalized": normalized, "weighted": w is not None},
                f"edge_betweenness_centrality(G, normalized={normalized}, weight={w!r})",
                edge_values=nx.edge_betweenness_centrality(G, normalized=normalized, weight=w))
    # Sampled betweenness: the sources networkx draws are recorded so the test can pass them.
    n = G.number_of_nodes()
    for k, seed in ((max(2, n // 3), 7), (1, 3)):
        sources = sampled_sources(G, k, seed)
        for normalized in (True, False):
            for endpoints in (False, True):
                values = nx.betweenness_centrality(G, k=k, seed=seed, normalized=normalized, endpoints=endpoints)
                add("betweenness",
                    {"normalized": normalized, "endpoints": endpoints, "weighted": False, "sources": sources},
                    f"betweenness_centrality(G, k={k}, seed={seed}, normalized={normalized}, endpoints={endpoints})",
                    values)
        add("edge_betweenness", {"normalized": True, "weighted": False, "sources": sources},
            f"edge_betweenness_centrality(G, k={k}, seed={seed})",
            edge_values=nx.edge_betweenness_centrality(G, k=k, seed=seed))

    # Closeness and harmonic (incoming distances on digraphs)
    for w in ([None, "weight"] if weighted else [None]):
        for wf in (True, False):
            add("closeness", {"weighted": w is not None, "wf_improved": wf},
                f"closeness_centrality(G, distance={w!r}, wf_improved={wf})",
                nx.closeness_centrality(G, distance=w, wf_improved=wf))
        add("harmonic", {"weighted": w is not None},
            f"harmonic_centrality(G, distance={w!r})", nx.harmonic_centrality(G, distance=w))

    # Eigenvector (left eigenvector on digraphs)
    for w in ([None, "weight"] if weighted else [None]):
        add("eigenvector", {"weighted": w is not None, "tolerance": TIGHT, "max_iter": MAX_ITER},
            f"eigenvector_centrality(G, weight={w!r}, tol={TIGHT}, max_iter={MAX_ITER})",
            nx.eigenvector_centrality(G, weight=w, tol=TIGHT, max_iter=MAX_ITER))
    add("eigenvector", {"weighted": False, "tolerance": 1e-6, "max_iter": 100},
        "eigenvector_centrality(G)  # defaults: tol=1e-6, max_iter=100", nx.eigenvector_centrality(G))
    try:
        nx.eigenvector_centrality(G, tol=TIGHT, max_iter=3)
        raise SystemExit("expected eigenvector_centrality to fail with max_iter=3")
    except nx.PowerIterationFailedConvergence:
        add("eigenvector", {"weighted": False, "tolerance": TIGHT, "max_iter": 3},
            f"eigenvector_centrality(G, tol={TIGHT}, max_iter=3)", error="PowerIterationFailedConvergence")

    # PageRank: note networkx's default weight="weight"; both stored explicitly.
    personalization = {v: float(i + 1) for i, v in enumerate(nodes)}
    dangling = {v: float((i % 3) + 1) for i, v in enumerate(nodes)}
    for w in ([None, "weight"] if weighted else [None]):
        add("pagerank", {"alpha": 0.85, "weighted": w is not None, "tolerance": TIGHT, "max_iter": MAX_ITER},
            f"pagerank(G, alpha=0.85, weight={w!r}, tol={TIGHT}, max_iter={MAX_ITER})",
            nx.pagerank(G, alpha=0.85, weight=w, tol=TIGHT, max_iter=MAX_ITER))
    add("pagerank", {"alpha": 0.85, "weighted": False, "tolerance": 1e-6, "max_iter": 100},
        "pagerank(G, weight=None)  # default tol=1e-6, max_iter=100", nx.pagerank(G, weight=None))
    add("pagerank", {"alpha": 0.9, "weighted": False, "tolerance": TIGHT, "max_iter": MAX_ITER,
                     "personalization": [personalization[v] for v in nodes]},
        "pagerank(G, alpha=0.9, personalization={v: i+1}, weight=None, tol=1e-12)",
        nx.pagerank(G, alpha=0.9, personalization=personalization, weight=None, tol=TIGHT, max_iter=MAX_ITER))
    add("pagerank", {"alpha": 0.85, "weighted": False, "tolerance": TIGHT, "max_iter": MAX_ITER,
                     "personalization": [personalization[v] for v in nodes],
                     "dangling": [dangling[v] for v in nodes]},
        "pagerank(G, personalization={v: i+1}, dangling={v: i%3+1}, weight=None, tol=1e-12)",
        nx.pagerank(G, personalization=personalization, dangling=dangling, weight=None,
                    tol=TIGHT, max_iter=MAX_ITER))

    # Katz: alpha=0.1 where it converges (alpha < 1/lambda_max); otherwise the failure is the fixture.
    for w, alpha in ([(None, 0.1), ("weight", 0.01)] if weighted else [(None, 0.1)]):
        for normalized in (True, False):
            params = {"alpha": alpha, "weighted": w is not None, "normalized": normalized,
                      "tolerance": TIGHT, "max_iter": MAX_ITER}
            call = f"katz_centrality(G, alpha={alpha}, weight={w!r}, normalized={normalized}, tol={TIGHT}, max_iter={MAX_ITER})"
            try:
                add("katz", params, call,
                    nx.katz_centrality(G, alpha=alpha, weight=w, normalized=normalized, tol=TIGHT, max_iter=MAX_ITER))
            except nx.PowerIterationFailedConvergence:
                add("katz", params, call, error="PowerIterationFailedConvergence")
    beta = {v: 1.0 + (i % 4) for i, v in enumerate(nodes)}
    add("katz", {"alpha": 0.05, "weighted": False, "normalized": True, "tolerance": TIGHT, "max_iter": MAX_ITER,
                 "beta": [beta[v] for v in nodes]},
        "katz_centrality(G, alpha=0.05, beta={v: 1 + i%4}, tol=1e-12)",
        nx.katz_centrality(G, alpha=0.05, beta=beta, tol=TIGHT, max_iter=MAX_ITER))
    return cases


def structure_for(G, nodes, edges, directed):
    index = {v: i for i, v in enumerate(nodes)}

    def partition(components):
        return sorted(sorted(index[v] for v in c) for c in components)

    U = G.to_undirected() if directed else G
    edge_index = {}
    for i, (u, v, _) in enumerate(edges):
        edge_index[(u, v)] = i
        edge_index[(v, u)] = i
    return {
        "components": partition(nx.weakly_connected_components(G) if directed else nx.connected_components(G)),
        "strongly_connected": partition(nx.strongly_connected_components(G) if directed else nx.connected_components(G)),
        # articulation points and bridges are defined on the undirected view (networkx refuses digraphs)
        "articulation_points": sorted(index[v] for v in nx.articulation_points(U)),
        "bridges": sorted(edge_index[e] for e in nx.bridges(U)),
        "core_number": [nx.core_number(G)[v] for v in nodes],
    }


POOLED = {
    # name: (directed, vertices, relations, seed); a few vertices stay isolated or in small pieces
    "pooled_undirected": (False, 40, 90, 17),
    "pooled_directed": (True, 40, 110, 29),
}


def pooled_fixture(name):
    """A multigraph with repeated pairs, pooled into NetworkX's simple graph (shortest weight wins)."""
    directed, n, m, seed = POOLED[name]
    rng = random.Random(seed)
    nodes = [f"v{i}" for i in range(n)]
    relations = []
    while len(relations) < m:
        a, b = rng.randrange(n - 4), rng.randrange(n - 4)  # the last four vertices stay isolated
        if a == b:
            continue
        w = rng.randint(1, 4)
        relations.append([nodes[a], nodes[b], w])
        if rng.random() < 0.3:  # a parallel relation, half of them the other way round
            relations.append([nodes[b], nodes[a], rng.randint(1, 4)] if rng.random() < 0.5 else [nodes[a], nodes[b], rng.randint(1, 4)])
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes)
    for u, v, w in relations:
        if G.has_edge(u, v):
            G[u][v]["weight"] = min(G[u][v]["weight"], w)
        else:
            G.add_edge(u, v, weight=w)
    assert G.number_of_edges() < len(relations), f"{name}: no parallel relations"
    cases = []
    for weighted in (False, True):
        for normalized in (True, False):
            w = "weight" if weighted else None
            values = nx.edge_betweenness_centrality(G, normalized=normalized, weight=w)
            cases.append({"params": {"normalized": normalized, "weighted": weighted},
                          "call": f"edge_betweenness_centrality(G, normalized={normalized}, weight={w!r})",
                          "pairs": [[u, v, float(x)] for (u, v), x in values.items()]})
    return {"graph": name, "directed": directed, "made_by": f"make_fixtures.py with networkx {nx.__version__}",
            "nodes": nodes, "relations": relations, "cases": cases}


def main():
    # Some networkx loops iterate over sets of string nodes (harmonic_centrality), so the last bit
    # of a sum depends on string hashing; a fixed hash seed makes the files reproducible.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    write_weighted_toy()
    for name, (directed, weighted) in GRAPHS.items():
        G, nodes, edges = load(name)
        fixture = {
            "graph": name,
            "directed": directed,
            "weighted": weighted,
            "made_by": f"make_fixtures.py with networkx {nx.__version__}",
            "nodes": nodes,
            "edges": edges,
            "cases": (large_cases_for(G, nodes, edges) if name in LARGE
                      else cases_for(G, nodes, edges, directed, weighted)),
            "structure": structure_for(G, nodes, edges, directed),
        }
        with open(os.path.join(HERE, f"{name}.fixture.json"), "w") as f:
            json.dump(fixture, f, indent=1, allow_nan=False)
            f.write("\n")
        print(f"{name}: {len(fixture['cases'])} cases")
    for name in POOLED:
        fixture = pooled_fixture(name)
        with open(os.path.join(HERE, f"{name}.pairs.fixture.json"), "w") as f:
            json.dump(fixture, f, indent=1, allow_nan=False)
            f.write("\n")
        print(f"{name}: {len(fixture['relations'])} relations, {len(fixture['cases'][0]['pairs'])} pairs")


if __name__ == "__main__":
    main()
