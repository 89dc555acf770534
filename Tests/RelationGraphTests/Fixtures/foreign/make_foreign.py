"""Writes the Florentine families graph with NetworkX's own writers, for relgraph's readers.

Run from this folder: python3 make_foreign.py   (NetworkX 3.6.1 wrote the committed files)

The graph is nx.florentine_families_graph() (Padgett's marriage ties: 15 families, 20 ties),
with attributes of several types added so the readers meet ints, floats and booleans.
"""
import json

import networkx as nx

G = nx.florentine_families_graph()
for i, n in enumerate(sorted(G)):
    G.nodes[n]["rank"] = i + 1
    G.nodes[n]["wealthy"] = n in {"Medici", "Strozzi"}
for i, (u, v) in enumerate(sorted(G.edges())):
    G.edges[u, v]["weight"] = 1.5 if "Medici" in (u, v) else 1.0

nx.write_graphml(G, "florentine.graphml")
nx.write_gexf(G, "florentine.gexf")
with open("florentine.json", "w", encoding="utf-8") as f:
    json.dump(nx.node_link_data(G), f, indent=1, sort_keys=True)
    f.write("\n")

print(G.number_of_nodes(), G.number_of_edges(), G.degree("Medici"))
