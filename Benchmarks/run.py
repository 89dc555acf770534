#!/usr/bin/env python3
"""Time relgraph's centralities against igraph, NetworKit and NetworkX on the same graphs.

    python3 Benchmarks/run.py                      # all graphs, all libraries (~5 min on 2 cores)
    python3 Benchmarks/run.py --graphs ba_1k ba_10k --libs relgraph igraph

It builds Benchmarks/ (a separate Swift package depending on the library by path) in release
mode, reads the edge lists in ../shared/bench/graphs (relative to the repository root; .gz files
are unpacked to a temporary directory) and starts one worker process per (library, graph). A
worker loads the graph once (load time reported apart), then times algorithms on request, so
only the algorithm is timed. The Swift worker is Benchmarks/.build/release/relgraph-bench; the
Python libraries run in `run.py --worker`, which speaks the same line protocol.

Exact betweenness and closeness are all-pairs computations. As in shared/bench/time_baselines.py,
each cell is first calibrated (the same computation from 1, 4, 16, ... sources of a fixed random
order until one run takes >= 0.3 s); when the projected full run exceeds --exact-limit seconds
the cell is estimated instead: K sources (K chosen to take about --sample-seconds) are timed and
the median scaled by n/K. Such cells print "~X est. (K=..)". NetworkX on ba_10k betweenness
(~400 s) is always such an estimate. NetworKit has no exact-from-a-subset betweenness; its
estimate uses EstimateBetweenness with K samples (one SSSP + accumulation per sample), as the
baseline harness does.

Measures: betweenness = unnormalized exact Brandes (relgraph: all cores, "relgraph-1t": one
thread; igraph: one thread; networkit: OpenMP, all cores); betweenness-weighted = the same with
Dijkstra, on a copy of each --weighted-graphs graph with lengths 1 + (7u + 3v) mod 5 (relgraph,
igraph and NetworkX; NetworKit's edge-list reader is not set up for weights here); closeness = NetworkX's convention on
these undirected graphs (all agree on connected graphs); PageRank alpha=0.85, each library's
default stopping rule (relgraph and NetworkX: L1 change < n * 1e-6; igraph: PRPACK, an exact
solver; NetworKit: its default 1e-8); "pagerank-tight" asks relgraph, NetworkX and NetworKit for
L1 change < n * 1e-12 (NetworKit: tol 1e-12), igraph's PRPACK unchanged.
Ratios are other / relgraph (all cores): > 1 means relgraph is faster.
"""
import argparse
import gzip
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GRAPH_DIR = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "graphs"))
SWIFT_WORKER = os.path.join(HERE, ".build", "release", "relgraph-bench")
SAMPLE_SEED = 12345
ALL_PAIRS = {"betweenness", "closeness", "betweenness-weighted"}
WEIGHTED_LIBS = {"relgraph", "igraph", "networkx"}


# ============================================================== Python workers
class NetworkXLib:
    def __init__(self, path, directed, weighted=False):
        import networkx as nx
        self.nx = nx
        self.G = nx.read_edgelist(path, nodetype=int, data=(("weight", float),) if weighted else False,
                                  create_using=nx.DiGraph if directed else nx.Graph)
        self.n, self.m = self.G.number_of_nodes(), self.G.number_of_edges()

    def run(self, algo, sources):
        nx, G = self.nx, self.G
        if algo == "betweenness":
            if sources is None:
                return sum(nx.betweenness_centrality(G, normalized=False).values())
            return sum(nx.betweenness_centrality(G, k=len(sources), seed=SAMPLE_SEED, normalized=False).values())
        if algo == "betweenness-weighted":
            if sources is None:
                return sum(nx.betweenness_centrality(G, normalized=False, weight="weight").values())
            return sum(nx.betweenness_centrality(G, k=len(sources), seed=SAMPLE_SEED, normalized=False,
                                                 weight="weight").values())
        if algo == "closeness":
            if sources is None:
                return sum(nx.closeness_centrality(G).values())
            H = G.reverse() if G.is_directed() else G
            total, n = 0.0, len(H)
            for v in sources:  # the body of nx.closeness_centrality's loop
                sp = nx.single_source_shortest_path_length(H, v)
                tot = sum(sp.values())
                if tot > 0 and n > 1:
                    total += (len(sp) - 1.0) / tot * ((len(sp) - 1.0) / (n - 1))
            return total
        if algo == "pagerank":
            return sum(nx.pagerank(G, alpha=0.85, weight=None).values())
        if algo == "pagerank-tight":
            return sum(nx.pagerank(G, alpha=0.85, weight=None, tol=1e-12, max_iter=10_000).values())
        raise ValueError(algo)


class IGraphLib:
    def __init__(self, path, directed, weighted=False):
        import igraph as ig
        if weighted:
            # Read_Ncol numbers vertices by first appearance; sampled sources are then other
            # vertices than relgraph's, but equally random, which is all the timing needs.
            self.g = ig.Graph.Read_Ncol(path, names=True, weights=True, directed=directed)
        else:
            self.g = ig.Graph.Read_Edgelist(path, directed=directed)
        self.directed = directed
        self.n, self.m = self.g.vcount(), self.g.ecount()

    def run(self, algo, sources):
        g = self.g
        if algo == "betweenness":
            return sum(g.betweenness(directed=True, sources=sources))
        if algo == "betweenness-weighted":
            return sum(g.betweenness(directed=True, sources=sources, weights="weight"))
        if algo == "closeness":
            mode = "in" if self.directed else "all"
            return sum(x for x in g.closeness(vertices=sources, mode=mode) if x == x)
        if algo in ("pagerank", "pagerank-tight"):  # PRPACK solves to machine precision either way
            return sum(g.pagerank(damping=0.85, directed=True))
        raise ValueError(algo)


class NetworKitLib:
    def __init__(self, path, directed, weighted=False):
        import networkit as nk
        self.nk = nk
        nk.engineering.setSeed(SAMPLE_SEED, False)
        self.h = nk.graphio.EdgeListReader("\t", 0, directed=directed).read(path)
        self.n, self.m = self.h.numberOfNodes(), self.h.numberOfEdges()

    def run(self, algo, sources):
        nk, h = self.nk, self.h
        if algo == "betweenness":
            if sources is None:
                b = nk.centrality.Betweenness(h, normalized=False)
            else:
                b = nk.centrality.EstimateBetweenness(h, len(sources), False, True)
            b.run()
            return sum(b.scores())
        if algo == "closeness":
            if sources is None:
                c = nk.centrality.Closeness(h, True, nk.centrality.ClosenessVariant.GENERALIZED)
                c.run()
                return sum(c.scores())
            src = list(sources)
            for i in range(0, len(src), 64):  # one BFS per source, as the baseline harness
                nk.distance.SPSP(h, src[i:i + 64]).run()
            return 0.0
        if algo in ("pagerank", "pagerank-tight"):
            tol = 1e-12 if algo == "pagerank-tight" else 1e-8  # 1e-8: networkit's default
            pr = nk.centrality.PageRank(h, damp=0.85, tol=tol,
                                        distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
            pr.run()
            return sum(pr.scores())
        raise ValueError(algo)


def worker_main(lib, path, directed, weighted):
    # Import first: load time should be reading the file, not importing the library.
    __import__({"networkx": "networkx", "igraph": "igraph", "networkit": "networkit"}[lib])
    make = {"networkx": NetworkXLib, "igraph": IGraphLib, "networkit": NetworKitLib}[lib]
    loads = []
    while True:  # median of 3 loads (first calls pay one-off setup), or 1 when a load is slow
        t0 = time.perf_counter()
        L = make(path, directed, weighted)
        loads.append(time.perf_counter() - t0)
        if len(loads) == 3 or loads[0] > 1.0:
            break
    load_s = statistics.median(loads)
    print(json.dumps({"ready": True, "n": L.n, "m": L.m, "load_s": load_s}), flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            break
        k = int(parts[1])
        sources = None if k == 0 else [int(s) for s in parts[2].split(",")]
        c0, w0 = time.process_time(), time.perf_counter()
        check = L.run(parts[0], sources)
        w1, c1 = time.perf_counter(), time.process_time()
        print(json.dumps({"wall_s": w1 - w0, "cpu_s": c1 - c0, "check": check}), flush=True)


# ================================================================ orchestrator
class Worker:
    """A running worker process: one library, one loaded graph."""

    def __init__(self, lib, path, directed, weighted=False):
        if lib == "relgraph":  # relgraph-bench reads a third column as lengths when present
            cmd = [SWIFT_WORKER, path] + (["--directed"] if directed else [])
        else:
            cmd = [sys.executable, os.path.abspath(__file__), "--worker", lib, path] \
                + (["--directed"] if directed else []) + (["--weighted"] if weighted else [])
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.info = json.loads(self.p.stdout.readline())

    def time(self, algo, sources):
        arg = "0" if sources is None else f"{len(sources)} " + ",".join(map(str, sources))
        self.p.stdin.write(f"{algo} {arg}\n")
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError(f"worker died running {algo}")
        return json.loads(line)

    def close(self):
        try:
            self.p.stdin.write("quit\n")
            self.p.stdin.close()
        except OSError:
            pass
        self.p.wait()


def median_of(worker, algo, sources, repeats):
    runs = [worker.time(algo, sources) for _ in range(repeats)]
    walls = [r["wall_s"] for r in runs]
    med = statistics.median(walls)
    cpu = statistics.median(r["cpu_s"] for r in runs)
    return med, cpu / med if med > 0 else None


def measure(worker, algo, n, args):
    """One table cell: {'seconds', 'estimate': K or None, 'cpu_ratio'}."""
    base = algo.replace("-1t", "")
    if base not in ALL_PAIRS:
        worker.time(algo, None)  # warm-up: first-call setup (thread pools, lazy init) is not the algorithm
        sec, cpu = median_of(worker, algo, None, args.repeats)
        return {"seconds": sec, "estimate": None, "cpu_ratio": cpu}
    order = list(range(n))
    random.Random(SAMPLE_SEED).shuffle(order)
    k = 1
    while True:
        dt = worker.time(algo, order[:k] if k < n else None)["wall_s"]
        if dt >= 0.3 or k >= n:
            break
        k = min(n, k * 4)
    projected = dt / k * n
    if projected <= args.exact_limit:
        repeats = args.repeats if projected * args.repeats <= 2 * args.exact_limit else 1
        sec, cpu = median_of(worker, algo, None, repeats)
        return {"seconds": sec, "estimate": None, "cpu_ratio": cpu}
    K = max(10, min(n - 1, int(round(args.sample_seconds / (dt / k)))))
    sec, cpu = median_of(worker, algo, order[:K], args.repeats)
    return {"seconds": sec * n / K, "estimate": K, "cpu_ratio": cpu}


def graph_file(name, tmp):
    plain = os.path.join(GRAPH_DIR, f"{name}.tsv")
    if os.path.exists(plain):
        return plain
    packed = plain + ".gz"
    out = os.path.join(tmp, f"{name}.tsv")
    with gzip.open(packed, "rb") as src, open(out, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return out


def weighted_copy(path, tmp):
    """The edge list with a deterministic integer length 1..5 on each edge."""
    out = os.path.join(tmp, os.path.basename(path).replace(".tsv", "_weighted.tsv"))
    with open(path) as src, open(out, "w") as dst:
        for line in src:
            parts = line.split()
            if len(parts) >= 2:
                a, b = int(parts[0]), int(parts[1])
                dst.write(f"{a}\t{b}\t{1 + (7 * a + 3 * b) % 5}\n")
    return out


def fmt(cell):
    if cell is None:
        return "—"
    s = cell["seconds"]
    text = f"{s:.3g}" if s < 1000 else f"{s:,.0f}"
    return f"~{text} est. (K={cell['estimate']})" if cell["estimate"] else text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphs", nargs="+", default=["ba_1k", "ba_10k", "ba_100k", "rmat_1m"])
    ap.add_argument("--libs", nargs="+", default=["relgraph", "igraph", "networkit", "networkx"])
    ap.add_argument("--algos", nargs="+", default=["betweenness", "closeness", "pagerank", "pagerank-tight"])
    ap.add_argument("--weighted-graphs", nargs="*", default=["ba_10k"],
                    help="also time weighted betweenness on these graphs, with lengths 1 + (7u + 3v) mod 5")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--exact-limit", type=float, default=15.0,
                    help="estimate all-pairs cells whose projected time exceeds this (s)")
    ap.add_argument("--sample-seconds", type=float, default=2.0)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--json", help="also write the raw cells here")
    ap.add_argument("--worker", nargs=2, metavar=("LIB", "PATH"), help=argparse.SUPPRESS)
    ap.add_argument("--directed", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--weighted", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return worker_main(args.worker[0], args.worker[1], args.directed, args.weighted)

    if "relgraph" in args.libs and not args.no_build:
        build = ["swift", "build", "-c", "release", "--package-path", HERE]
        if subprocess.run(build, stdout=subprocess.DEVNULL).returncode != 0:
            # A path dependency's new or renamed files can leave a stale build description.
            for triple in os.listdir(os.path.join(HERE, ".build")):
                stale = os.path.join(HERE, ".build", triple, "release", "description.json")
                if os.path.exists(stale):
                    os.remove(stale)
            subprocess.run(build, check=True, stdout=subprocess.DEVNULL)
    manifest = json.load(open(os.path.join(GRAPH_DIR, "manifest.json")))["graphs"]
    columns = []
    for lib in args.libs:
        columns.append(lib)
        if lib == "relgraph":
            columns.append("relgraph-1t")
    cells = {}
    rows = [("load", name) for name in args.graphs]
    rows += [(algo, name) for algo in args.algos for name in args.graphs]
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.weighted_graphs:
            label = f"{name}, weighted"
            rows.append(("betweenness-weighted", label))
            path = weighted_copy(graph_file(name, tmp), tmp)
            for lib in args.libs:
                if lib not in WEIGHTED_LIBS:
                    continue
                w = Worker(lib, path, manifest[name]["directed"], weighted=True)
                for v in ["betweenness-weighted"] + (["betweenness-weighted-1t"] if lib == "relgraph" else []):
                    col = lib + ("-1t" if v.endswith("-1t") else "")
                    cell = measure(w, v, w.info["n"], args)
                    cells[("betweenness-weighted", label, col)] = cell
                    print(f"  {label:8} {col:12} {v:12} {fmt(cell)}", file=sys.stderr, flush=True)
                w.close()
        for name in args.graphs:
            directed = manifest[name]["directed"]
            path = graph_file(name, tmp)
            for lib in args.libs:
                w = Worker(lib, path, directed)
                n = w.info["n"]
                cells[("load", name, lib)] = {"seconds": w.info["load_s"], "estimate": None, "cpu_ratio": None}
                for algo in args.algos:
                    variants = [algo] + ([f"{algo}-1t"] if lib == "relgraph" and algo in ALL_PAIRS else [])
                    for v in variants:
                        col = lib + ("-1t" if v.endswith("-1t") else "")
                        cell = measure(w, v, n, args)
                        cells[(algo, name, col)] = cell
                        print(f"  {name:8} {col:12} {algo:12} {fmt(cell)}", file=sys.stderr, flush=True)
                w.close()
    elapsed = time.time() - started

    load = os.getloadavg()
    print(f"\nrelgraph benchmarks: {', '.join(args.graphs)}; {os.cpu_count()} cores; "
          f"load average at end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; run took {elapsed:.0f} s")
    print("Seconds (median of repeats; '~ est.' = extrapolated from K sampled sources). "
          "Ratio = other / relgraph.\n")
    others = [c for c in columns if c not in ("relgraph", "relgraph-1t")]
    head = ["algorithm", "graph"] + columns + [f"{o}/relgraph" for o in others]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for algo, name in rows:
        if True:
            row = [algo, name] + [fmt(cells.get((algo, name, c))) for c in columns]
            ours = cells.get((algo, name, "relgraph"))
            for o in others:
                theirs = cells.get((algo, name, o))
                row.append(f"{theirs['seconds'] / ours['seconds']:.1f}x" if ours and theirs and ours["seconds"] > 0 else "—")
            print("| " + " | ".join(row) + " |")
    # On a shared machine wall times swing with other people's load; CPU seconds of the same
    # runs show the work each library did, and CPU/wall < 1 flags a run that waited for a core.
    print("\nCPU seconds of the same runs (CPU/wall in brackets; < 1 means the run waited for a core):\n")
    head = ["algorithm", "graph"] + columns
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for algo, name in rows:
        if algo != "load":
            row = [algo, name]
            for c in columns:
                cell = cells.get((algo, name, c))
                if cell is None or not cell.get("cpu_ratio"):
                    row.append("—")
                    continue
                cpu = cell["seconds"] * cell["cpu_ratio"]
                text = f"{cpu:.3g}" if cpu < 1000 else f"{cpu:,.0f}"
                row.append(("~" if cell["estimate"] else "") + f"{text} ({cell['cpu_ratio']:.2f})")
            print("| " + " | ".join(row) + " |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({f"{a}|{g}|{c}": v for (a, g, c), v in cells.items()}, f, indent=1)


if __name__ == "__main__":
    main()
