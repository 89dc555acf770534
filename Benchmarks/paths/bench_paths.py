#!/usr/bin/env python3
"""1,000 shortest-path queries: relgraph side by side with NetworkX, igraph and NetworKit.

Every library runs in its own fresh process, one after another (never concurrently), on the
same graph and the same 1,000 source-target pairs from ../shared/bench. Each measurement is the
median of --repeats runs. Every library's answers are reduced to a checksum (sum of path
lengths, -1 per unreachable pair) and the checksums must agree, so the table compares equal work.

What each library does per pair (the fastest single-pair call each offers):
  relgraph   PathSearcher.shortestPath: bidirectional BFS + lexicographically smallest path
  networkx   nx.shortest_path (bidirectional BFS)
  igraph     Graph.get_shortest_path(output="vpath") (BFS from the source)
  networkit  distance.BidirectionalBFS(storePaths=True)
"distances" rows time the distance-only variants (relgraph hopDistance, nx.shortest_path_length,
igraph Graph.distances, networkit BidirectionalBFS(storePaths=False)).

Usage:
  python3 bench_paths.py [--graph ba_100k] [--repeats 5] [--bench-dir /work/shared/bench]
Builds the Swift benchmark (swift build -c release) in this folder first.
"""
import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIBS = ["networkx", "igraph", "networkit", "networkit-1t"]


def graph_paths(bench_dir, name):
    gdir = os.path.join(bench_dir, "graphs")
    g = os.path.join(gdir, name + ".tsv.gz")
    if not os.path.exists(g):
        g = os.path.join(gdir, name + ".tsv")
    return g, os.path.join(gdir, name + ".pairs.tsv")


def read_pairs(path):
    with open(path) as f:
        return [tuple(int(x) for x in line.split()[:2]) for line in f if line.strip()]


def timed(fn, repeats):
    """Median of `repeats` runs; a run over 5 s is not repeated (igraph's distance calls take
    ~15 s for 1,000 pairs, and the machine is shared)."""
    runs, out = [], None
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        runs.append(time.perf_counter() - t0)
        if runs[-1] > 5:
            break
    return statistics.median(runs), runs, out


def worker(lib, graph_file, pairs_file, repeats):
    """Runs in a fresh process: load, then time paths and distances."""
    import gzip
    import tempfile
    pairs = read_pairs(pairs_file)
    plain = graph_file
    if graph_file.endswith(".gz"):
        tmp = tempfile.NamedTemporaryFile(suffix=".tsv", delete=False)
        with gzip.open(graph_file, "rb") as src:
            tmp.write(src.read())
        tmp.close()
        plain = tmp.name
    res = {"library": lib}
    if lib == "networkx":
        import networkx as nx
        load = lambda: nx.read_edgelist(plain, nodetype=int, data=False)

        def paths(G):
            out = []
            for s, t in pairs:
                try:
                    out.append(len(nx.shortest_path(G, s, t)) - 1)
                except nx.NetworkXNoPath:
                    out.append(-1)
            return out

        def dists(G):
            out = []
            for s, t in pairs:
                try:
                    out.append(nx.shortest_path_length(G, s, t))
                except nx.NetworkXNoPath:
                    out.append(-1)
            return out
        res["version"] = nx.__version__
    elif lib == "igraph":
        import warnings
        import igraph as ig
        warnings.filterwarnings("ignore")
        load = lambda: ig.Graph.Read_Edgelist(plain, directed=False)

        def paths(g):
            out = []
            for s, t in pairs:
                p = g.get_shortest_path(s, to=t, mode="out", output="vpath")
                out.append(len(p) - 1 if p else -1)
            return out

        def dists(g):
            out = []
            for s, t in pairs:
                d = g.distances(source=s, target=t, mode="out")[0][0]
                out.append(-1 if d == float("inf") else int(d))
            return out
        res["version"] = ig.__version__
    else:
        import networkit as nk
        if lib == "networkit-1t":
            nk.setNumberOfThreads(1)
        load = lambda: nk.graphio.EdgeListReader("\t", 0, directed=False).read(plain)
        BB = nk.distance.BidirectionalBFS

        def paths(h):
            out = []
            for s, t in pairs:
                b = BB(h, s, t, True).run()
                d = b.getDistance()
                out.append(len(b.getPath()) + 1 if d < 1e300 else -1)
            return out

        def dists(h):
            out = []
            for s, t in pairs:
                d = BB(h, s, t, False).run().getDistance()
                out.append(int(d) if d < 1e300 else -1)
            return out
        res["version"] = nk.__version__
    res["load_s"], _, G = timed(load, repeats)
    res["paths_s"], res["paths_runs_s"], out = timed(lambda: paths(G), repeats)
    res["paths_checksum"] = sum(out)
    res["distances_s"], _, out = timed(lambda: dists(G), repeats)
    res["distances_checksum"] = sum(out)
    if plain != graph_file:
        os.unlink(plain)
    print(json.dumps(res))


def run_relgraph(graph_file, pairs_file, repeats):
    subprocess.run(["swift", "build", "-c", "release", "--product", "PathsBenchmark"],
                   cwd=HERE, check=True, stdout=subprocess.DEVNULL)
    exe = os.path.join(HERE, ".build", "release", "PathsBenchmark")
    out = subprocess.run([exe, graph_file, pairs_file, "--repeats", str(repeats)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def fmt(x):
    return f"{x:.3g}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", default="ba_100k")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--bench-dir", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "bench")))
    ap.add_argument("--libs", nargs="*", default=LIBS)
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    graph_file, pairs_file = graph_paths(args.bench_dir, args.graph)
    if args.worker:
        worker(args.worker, graph_file, pairs_file, args.repeats)
        return

    start_load = os.getloadavg()[0]
    results = [run_relgraph(graph_file, pairs_file, args.repeats)]
    for lib in args.libs:
        out = subprocess.run([sys.executable, __file__, "--worker", lib, "--graph", args.graph,
                              "--repeats", str(args.repeats), "--bench-dir", args.bench_dir],
                             check=True, capture_output=True, text=True).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))

    rg = results[0]
    load_avg = os.getloadavg()
    print(f"graph {args.graph}: {rg['n']} vertices, {rg['m']} edges, {rg['pairs']} pairs, "
          f"median of {args.repeats} runs; {os.cpu_count()} cores, load average "
          f"{start_load:.2f} at start, {load_avg[0]:.2f} at end\n")
    print("| library | load s | 1000 paths s | paths: library / relgraph | 1000 distances s | distances: library / relgraph | checksum |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['library']} | {fmt(r['load_s'])} | {fmt(r['paths_s'])} | {r['paths_s'] / rg['paths_s']:.1f}x "
              f"| {fmt(r['distances_s'])} | {r['distances_s'] / rg['distances_s']:.1f}x | {r['paths_checksum']} |")
    print(f"| relgraph, 2 threads | | {fmt(rg['paths_2t_s'])} | {rg['paths_2t_s'] / rg['paths_s']:.2f}x | | | {rg['paths_2t_checksum']} |")
    sums = {r["paths_checksum"] for r in results} | {r["distances_checksum"] for r in results} | {rg["paths_2t_checksum"]}
    print("\nchecksums agree" if len(sums) == 1 else f"\nCHECKSUMS DIFFER: {sums}")
    with open(os.path.join(HERE, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    return 0 if len(sums) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
