"""Reads files relgraph wrote with NetworkX and prints what NetworkX sees, as JSON.

Usage: python3 networkx_reads.py graphml FILE
       python3 networkx_reads.py node-link FILE

Prints {"directed", "multigraph", "graph", "nodes": {id: attrs}, "edges": [[u, v, key, attrs]]},
edges in file order, so the Swift test can compare every attribute with the graph it wrote.
"""
import json
import sys

import networkx as nx


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "graphml":
        G = nx.read_graphml(path, force_multigraph=True)
    elif kind == "node-link":
        with open(path, encoding="utf-8") as f:
            G = nx.node_link_graph(json.load(f), edges="links")
    else:
        raise SystemExit(f"unknown format {kind}")
    edges = [[u, v, str(k), d] for u, v, k, d in G.edges(keys=True, data=True)]
    print(json.dumps({
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": G.graph,
        "nodes": {n: d for n, d in G.nodes(data=True)},
        "edges": edges,
        "number_of_nodes": G.number_of_nodes(),
        "number_of_edges": G.number_of_edges(),
    }, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
