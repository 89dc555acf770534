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
Edge betweenness: unnormalized, every edge (relgraph, igraph, NetworKit, NetworkX, rustworkx).
rustworkx has no source-subset option, so an all-pairs cell it cannot finish within
--no-subset-timeout seconds reads "> T s".

Approximate betweenness (--approx-graphs, --epsilon, default 0.01): relgraph's KADABRA against
NetworKit's KadabraBetweenness and ApproxBetweenness (Riondato-Kornaropoulos) at the same
epsilon and delta 0.1, each bounded by --approx-timeout; on ba_10k every estimate is compared
with exact normalized betweenness (relgraph's exact Brandes, equal to NetworkX's to 1e-9) and
the maximum error printed. NetworKit's KADABRA reports twice NetworkX's normalized scale on
undirected graphs and refuses directed ones, so its scores are halved there and it also runs on
"rmat_1m (undirected)", the same edges with direction forgotten.

Peak RSS: every worker resets the kernel's high-water mark (/proc/self/clear_refs) before a
command and reads VmHWM after, so each cell's peak includes the loaded graph.

Whole-process table (--whole, default on): what a user types, timed by /usr/bin/time -v: the
release relgraph CLI (load, compute, print the top 10) against each peer's whole script doing
the same, with wall time and peak RSS; and "open folder 100k/1M (stats)" (--whole-folder, default
on): `relgraph stats` on the folder generators/make_folder.py writes, beside pandas + igraph and
NetworkX scripts building the same attributed graph.

--baseline-rev REV adds a column for the relgraph benchmark built from that git revision (for
"how much faster than before" on closeness and harmonic).
Ratios are other / relgraph (all cores): > 1 means relgraph is faster.
"""
import argparse
import gzip
import json
import os
import random
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# ../shared/bench/graphs from the repository root; a worktree one level deeper (wt/BRANCH) looks
# one level further up; RELGRAPH_BENCH_GRAPHS overrides both.
GRAPH_DIR = os.environ.get("RELGRAPH_BENCH_GRAPHS") or next(
    (d for d in (os.path.normpath(os.path.join(ROOT, *[".."] * up, "shared", "bench", "graphs")) for up in (1, 2))
     if os.path.isdir(d)), os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "graphs")))
SWIFT_WORKER = os.path.join(HERE, ".build", "release", "relgraph-bench")
SAMPLE_SEED = 12345
ALL_PAIRS = {"betweenness", "closeness", "betweenness-weighted"}
WEIGHTED_LIBS = {"relgraph", "igraph", "networkx"}
ALL_PAIRS |= {"edge-betweenness", "harmonic"}
RELGRAPH_CLI = os.path.join(ROOT, ".build", "release", "relgraph")


class NoSubset(Exception):
    """The library cannot run an all-pairs measure from a subset of sources."""


def peak_rss():
    """VmHWM of this process in bytes (0 where /proc is missing)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def reset_peak_rss():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


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
        if algo == "edge-betweenness":
            if sources is None:
                return sum(nx.edge_betweenness_centrality(G, normalized=False).values())
            return sum(nx.edge_betweenness_centrality(G, k=len(sources), seed=SAMPLE_SEED, normalized=False).values())
        if algo == "harmonic":
            return sum(nx.harmonic_centrality(G, nbunch=sources).values())
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
        if algo == "harmonic":
            mode = "in" if self.directed else "all"
            return sum(g.harmonic_centrality(vertices=sources, mode=mode, normalized=False))
        if algo == "edge-betweenness":
            return sum(g.edge_betweenness(directed=True, sources=sources))
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
        if algo == "edge-betweenness":
            if sources is not None:
                raise NoSubset()
            h.indexEdges()
            b = nk.centrality.Betweenness(h, normalized=False, computeEdgeCentrality=True)
            b.run()
            return sum(b.edgeScores())
        if algo.startswith("kadabra-") or algo.startswith("rk-"):
            name, eps = algo.split("-", 1)
            cls = nk.centrality.KadabraBetweenness if name == "kadabra" else nk.centrality.ApproxBetweenness
            a = cls(h, float(eps), 0.1)
            a.run()
            scores = a.scores()
            n = h.numberOfNodes()
            # to NetworkX's normalized scale (see the module docstring)
            factor = (0.5 if name == "kadabra" and not h.isDirected() else 1.0) * n / (n - 2)
            self.last_scores = [x * factor for x in scores]
            return sum(self.last_scores)
        if algo in ("pagerank", "pagerank-tight"):
            tol = 1e-12 if algo == "pagerank-tight" else 1e-8  # 1e-8: networkit's default
            pr = nk.centrality.PageRank(h, damp=0.85, tol=tol,
                                        distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
            pr.run()
            return sum(pr.scores())
        raise ValueError(algo)


class RustworkxLib:
    """rustworkx: parallel (rayon) betweenness and closeness; no source subsets."""

    def __init__(self, path, directed, weighted=False):
        import rustworkx as rx
        self.rx = rx
        self.g = (rx.PyDiGraph if directed else rx.PyGraph).read_edge_list(path, deliminator="\t")
        self.n, self.m = self.g.num_nodes(), self.g.num_edges()
        # rustworkx's PageRank takes only digraphs; an undirected graph is passed as both directions.
        self.dg = self.g if directed else self.g.to_directed()

    def run(self, algo, sources):
        rx, g = self.rx, self.g
        if sources is not None and algo in ALL_PAIRS:
            raise NoSubset()
        if algo == "betweenness":
            return sum(rx.betweenness_centrality(g, normalized=False).values())
        if algo == "edge-betweenness":
            return sum(rx.edge_betweenness_centrality(g, normalized=False).values())
        if algo == "closeness":
            return sum(rx.closeness_centrality(g, wf_improved=True).values())
        if algo == "pagerank":
            return sum(rx.pagerank(self.dg, alpha=0.85, tol=1e-6).values())
        if algo == "pagerank-tight":
            return sum(rx.pagerank(self.dg, alpha=0.85, tol=1e-12, max_iter=10_000).values())
        raise NotImplementedError(algo)


LIBS = {"networkx": NetworkXLib, "igraph": IGraphLib, "networkit": NetworKitLib, "rustworkx": RustworkxLib}


def worker_main(lib, path, directed, weighted):
    # Import first: load time should be reading the file, not importing the library.
    __import__(lib)
    make = LIBS[lib]
    loads = []
    while True:  # median of 3 loads (first calls pay one-off setup), or 1 when a load is slow
        t0 = time.perf_counter()
        L = make(path, directed, weighted)
        loads.append(time.perf_counter() - t0)
        if len(loads) == 3 or loads[0] > 1.0:
            break
    load_s = statistics.median(loads)
    print(json.dumps({"ready": True, "n": L.n, "m": L.m, "load_s": load_s, "peak_rss": peak_rss()}), flush=True)
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] == "quit":
            break
        k = int(parts[1])
        sources = None if k == 0 else [int(s) for s in parts[2].split(",")]
        score_path = parts[2 if k == 0 else 3] if len(parts) > (2 if k == 0 else 3) else "-"
        reset_peak_rss()
        c0, w0 = time.process_time(), time.perf_counter()
        try:
            check = L.run(parts[0], sources)
        except NoSubset:
            print(json.dumps({"no_subset": True}), flush=True)
            continue
        except (NotImplementedError, ValueError, RuntimeError, TypeError) as error:
            print(json.dumps({"unsupported": str(error)}), flush=True)
            continue
        w1, c1 = time.perf_counter(), time.process_time()
        if score_path != "-" and getattr(L, "last_scores", None) is not None:
            with open(score_path, "w") as f:
                f.write("\n".join(map(repr, L.last_scores)) + "\n")
        print(json.dumps({"wall_s": w1 - w0, "cpu_s": c1 - c0, "check": check, "peak_rss": peak_rss()}), flush=True)


# ================================================================ orchestrator
class Worker:
    """A running worker process: one library, one loaded graph."""

    def __init__(self, lib, path, directed, weighted=False, swift_worker=SWIFT_WORKER):
        self.lib = lib
        if lib.startswith("relgraph"):  # relgraph-bench reads a third column as lengths when present
            cmd = [swift_worker, path] + (["--directed"] if directed else [])
        else:
            cmd = [sys.executable, os.path.abspath(__file__), "--worker", lib, path] \
                + (["--directed"] if directed else []) + (["--weighted"] if weighted else [])
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.info = json.loads(self.p.stdout.readline())

    def time(self, algo, sources, timeout=None, score_path=None):
        """One command's reply; raises TimeoutError (after killing the worker) past `timeout` s."""
        arg = "0" if sources is None else f"{len(sources)} " + ",".join(map(str, sources))
        self.p.stdin.write(f"{algo} {arg}" + (f" {score_path}" if score_path else "") + "\n")
        self.p.stdin.flush()
        if timeout is not None:
            ready, _, _ = select.select([self.p.stdout], [], [], timeout)
            if not ready:
                self.p.kill()
                self.p.wait()
                raise TimeoutError(algo)
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError(f"worker died running {algo}")
        return json.loads(line)

    def close(self):
        if self.p.poll() is not None:
            return
        try:
            self.p.stdin.write("quit\n")
            self.p.stdin.close()
        except OSError:
            pass
        self.p.wait()


class Unsupported(Exception):
    pass


def median_of(worker, algo, sources, repeats, timeout=None):
    runs = [worker.time(algo, sources, timeout=timeout) for _ in range(repeats)]
    if any("unsupported" in r for r in runs):
        raise Unsupported(runs[0]["unsupported"])
    walls = [r["wall_s"] for r in runs]
    med = statistics.median(walls)
    cpu = statistics.median(r["cpu_s"] for r in runs)
    return med, cpu / med if med > 0 else None, max(r.get("peak_rss", 0) for r in runs)


def measure(worker, algo, n, args):
    """One table cell: {'seconds', 'estimate': K or None, 'cpu_ratio', 'peak_rss'}, or
    {'timeout': T} when a library without source subsets did not finish in T seconds."""
    base = algo.replace("-1t", "")
    if base not in ALL_PAIRS:
        first = worker.time(algo, None)  # warm-up: first-call setup (thread pools, lazy init) is not the algorithm
        if "unsupported" in first:
            raise Unsupported(first["unsupported"])
        sec, cpu, rss = median_of(worker, algo, None, args.repeats)
        return {"seconds": sec, "estimate": None, "cpu_ratio": cpu, "peak_rss": rss}
    order = list(range(n))
    random.Random(SAMPLE_SEED).shuffle(order)
    k = 1
    while True:
        reply = worker.time(algo, order[:k] if k < n else None)
        if reply.get("no_subset"):
            try:
                sec, cpu, rss = median_of(worker, algo, None, 1, timeout=args.no_subset_timeout)
            except TimeoutError:
                return {"timeout": args.no_subset_timeout}
            return {"seconds": sec, "estimate": None, "cpu_ratio": cpu, "peak_rss": rss}
        if "unsupported" in reply:
            raise Unsupported(reply["unsupported"])
        dt = reply["wall_s"]
        if dt >= 0.3 or k >= n:
            break
        k = min(n, k * 4)
    projected = dt / k * n
    if projected <= args.exact_limit:
        repeats = args.repeats if projected * args.repeats <= 2 * args.exact_limit else 1
        sec, cpu, rss = median_of(worker, algo, None, repeats)
        return {"seconds": sec, "estimate": None, "cpu_ratio": cpu, "peak_rss": rss}
    K = max(10, min(n - 1, int(round(args.sample_seconds / (dt / k)))))
    sec, cpu, rss = median_of(worker, algo, order[:K], args.repeats)
    return {"seconds": sec * n / K, "estimate": K, "cpu_ratio": cpu, "peak_rss": rss}


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
    if "timeout" in cell:
        return f"> {cell['timeout']:g} s"
    s = cell["seconds"]
    text = f"{s:.3g}" if s < 1000 else f"{s:,.0f}"
    return f"~{text} est. (K={cell['estimate']})" if cell["estimate"] else text


def build_swift(package, products=None):
    """Release build of a Swift package; retried once after removing a stale build description."""
    build = ["swift", "build", "-c", "release", "--package-path", package] + \
        sum((["--product", p] for p in products or []), [])
    if subprocess.run(build, stdout=subprocess.DEVNULL).returncode != 0:
        # A path dependency's new or renamed files can leave a stale build description.
        for triple in os.listdir(os.path.join(package, ".build")):
            stale = os.path.join(package, ".build", triple, "release", "description.json")
            if os.path.exists(stale):
                os.remove(stale)
        subprocess.run(build, check=True, stdout=subprocess.DEVNULL)


def build_baseline(rev, tmp):
    """The benchmark worker as of git revision `rev`, built in a scratch copy of that revision."""
    src = os.path.join(tmp, f"relgraph-{rev}")
    os.makedirs(src)
    archive = subprocess.run(["git", "-C", ROOT, "archive", rev], check=True, stdout=subprocess.PIPE).stdout
    subprocess.run(["tar", "-x", "-C", src], input=archive, check=True)
    build_swift(os.path.join(src, "Benchmarks"))
    return os.path.join(src, "Benchmarks", ".build", "release", "relgraph-bench")


def run_cells(lib, path, directed, plan, args, cells, label, swift_worker=SWIFT_WORKER, weighted=False):
    """Times `plan` = [(algo variant, column)] in one worker, restarting it after a timeout."""
    w = Worker(lib, path, directed, weighted=weighted, swift_worker=swift_worker)
    info = w.info
    for variant, col in plan:
        algo = variant.replace("-1t", "") if variant.endswith("-1t") else variant
        try:
            cell = measure(w, variant, info["n"], args)
        except Unsupported:
            cell = None
        except TimeoutError:
            cell = {"timeout": args.no_subset_timeout}
        cells[(algo, label, col)] = cell
        print(f"  {label:10} {col:16} {algo:20} {fmt(cell)}", file=sys.stderr, flush=True)
        if w.p.poll() is not None:
            w = Worker(lib, path, directed, weighted=weighted, swift_worker=swift_worker)
    w.close()
    return info


def approximate_rows(args, tmp, manifest):
    """KADABRA (relgraph, NetworKit) and ApproxBetweenness (NetworKit) at --epsilon, with the
    maximum error against exact normalized betweenness where --error-graph is among them."""
    eps = args.epsilon
    rows = []
    exact = None
    for name in args.approx_graphs:
        undirected_view = name.endswith("-undirected")
        base = name[:-len("-undirected")] if undirected_view else name
        directed = manifest[base]["directed"] and not undirected_view
        path = graph_file(base, tmp)
        if base == args.error_graph and exact is None and not directed:
            w = Worker("relgraph", path, directed)
            ref = os.path.join(tmp, "exact.txt")
            w.time("betweenness-normalized", None, score_path=ref)
            w.close()
            exact = [float(x) for x in open(ref)]
        row = {"graph": name}
        for lib, algo, col in (("relgraph", f"betweenness-approx-{eps:g}", "relgraph KADABRA"),
                               ("networkit", f"kadabra-{eps:g}", "NetworKit KADABRA"),
                               ("networkit", f"rk-{eps:g}", "NetworKit ApproxBetweenness")):
            if lib not in args.libs:
                continue
            w = Worker(lib, path, directed)
            out = os.path.join(tmp, f"approx-{lib}-{algo}.txt")
            try:
                r = w.time(algo, None, timeout=args.approx_timeout,
                           score_path=out if base == args.error_graph else None)
            except TimeoutError:
                r = {"timeout": args.approx_timeout}
            w.close()
            if "unsupported" in r:
                r = {"unsupported": r["unsupported"][:70]}
            elif "wall_s" in r and base == args.error_graph and exact is not None and os.path.exists(out):
                approx = [float(x) for x in open(out)]
                r["max_error"] = max(abs(a - b) for a, b in zip(approx, exact))
            row[col] = r
            print(f"  approx {name:18} {col:28} {r}", file=sys.stderr, flush=True)
        rows.append(row)
    return rows


WHOLE = [
    # (row label, graph, relgraph arguments, {library: body of the script after loading `g`})
    ("load + PageRank, top 10", "rmat_1m", ["--measure", "pagerank"], {
        "igraph": "s = g.pagerank(damping=0.85)",
        "networkit": "a = nk.centrality.PageRank(g, damp=0.85, tol=1e-8); a.run(); s = a.scores()",
        "networkx": "d = nx.pagerank(g, alpha=0.85, weight=None); s = [d.get(v, 0) for v in range(max(d) + 1)]",
        "rustworkx": "d = rx.pagerank(g, alpha=0.85, tol=1e-6); s = [d[v] for v in range(len(d))]",
    }),
    ("load + PageRank, top 10", "ba_100k", ["--measure", "pagerank"], {
        "igraph": "s = g.pagerank(damping=0.85)",
        "networkit": "a = nk.centrality.PageRank(g, damp=0.85, tol=1e-8); a.run(); s = a.scores()",
        "networkx": "d = nx.pagerank(g, alpha=0.85, weight=None); s = [d.get(v, 0) for v in range(max(d) + 1)]",
        "rustworkx": "d = rx.pagerank(g.to_directed(), alpha=0.85, tol=1e-6); s = [d[v] for v in range(len(d))]",
    }),
    ("load + closeness, top 10", "ba_10k", ["--measure", "closeness"], {
        "igraph": "s = g.closeness()",
        "networkit": "a = nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.GENERALIZED); a.run(); s = a.scores()",
        "rustworkx": "d = rx.closeness_centrality(g); s = [d[v] for v in range(len(d))]",
    }),
    ("load + betweenness eps=0.01, top 10", "ba_100k", ["--measure", "betweenness", "--epsilon", "0.01", "--normalized"], {
        "networkit": "a = nk.centrality.KadabraBetweenness(g, 0.01, 0.1); a.run(); s = a.scores()",
    }),
]

LOADERS = {
    "igraph": "import igraph as ig\ng = ig.Graph.Read_Edgelist(PATH, directed=DIRECTED)",
    "networkit": "import networkit as nk\ng = nk.graphio.EdgeListReader('\\t', 0, directed=DIRECTED).read(PATH)",
    "networkx": "import networkx as nx\ng = nx.read_edgelist(PATH, nodetype=int, create_using=nx.DiGraph if DIRECTED else nx.Graph)",
    "rustworkx": "import rustworkx as rx\ng = (rx.PyDiGraph if DIRECTED else rx.PyGraph).read_edge_list(PATH, deliminator='\\t')",
}


def time_process(cmd, timeout):
    """(wall seconds, peak RSS bytes) of a whole process under /usr/bin/time -v, or None."""
    try:
        r = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    wall = rss = None
    for line in r.stderr.splitlines():
        line = line.strip()
        if line.startswith("Elapsed (wall clock) time"):
            parts = line.split(": ", 1)[1].split(":")
            wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(parts)))
        elif line.startswith("Maximum resident set size"):
            rss = int(line.split(": ")[1]) * 1024
    if r.returncode != 0 or wall is None:
        return {"failed": r.stderr.strip().splitlines()[-1][:80] if r.stderr.strip() else "failed"}
    return {"wall_s": wall, "peak_rss": rss}


# Opening a native folder (entities, dated and cited relations, sources, schema) made by
# generators/make_folder.py: relgraph's `stats` (load, validate, count) beside scripts that build
# the same attributed graph, every column of both tables kept on vertices and edges.
FOLDER_SCRIPTS = {
    "pandas+igraph": """
import pandas as pd, igraph as ig
F = FOLDER
e = pd.read_csv(F + '/entities.csv', dtype=str, keep_default_na=False)
r = pd.read_csv(F + '/relations.csv', dtype=str, keep_default_na=False)
index = pd.Series(range(len(e)), index=e['id'])
g = ig.Graph(n=len(e), edges=list(zip(index[r['subject']].tolist(), index[r['object']].tolist())), directed=True)
for c in e.columns: g.vs[c] = e[c].tolist()
for c in r.columns: g.es[c] = r[c].tolist()
g.es['start_date'] = pd.to_datetime(r['start'], errors='coerce').tolist()
g.es['cites'] = [s.split(';') for s in r['sources']]
print(g.vcount(), g.ecount())
""",
    "networkx": """
import csv, datetime, networkx as nx
F = FOLDER
g = nx.MultiDiGraph()
with open(F + '/entities.csv', newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f): g.add_node(row['id'], **row)
with open(F + '/relations.csv', newline='', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        row['start_date'] = datetime.date.fromisoformat(row['start']) if row['start'] else None
        row['cites'] = row['sources'].split(';')
        g.add_edge(row['subject'], row['object'], **row)
print(g.number_of_nodes(), g.number_of_edges())
""",
}


def folder_rows(args, tmp):
    """The "open folder 100k/1M (stats)" row: one folder made by the seeded generator."""
    folder = os.path.join(tmp, "folder-100k-1m")
    subprocess.run([sys.executable, os.path.join(HERE, "generators", "make_folder.py"), folder], check=True,
                   stdout=subprocess.DEVNULL)
    row = {"what": "open folder 100k/1M (stats)", "graph": "make_folder.py"}
    if "relgraph" in args.libs:
        row["relgraph"] = time_process([RELGRAPH_CLI, "stats", "--graph", folder], args.whole_timeout)
    for lib, script in FOLDER_SCRIPTS.items():
        if not any(part in args.libs for part in lib.split("+")):
            continue
        row[lib] = time_process([sys.executable, "-c", script.replace("FOLDER", repr(folder))], args.whole_timeout)
    print(f"  whole {row['what']}: {row}", file=sys.stderr, flush=True)
    return [row]


def whole_process_rows(args, tmp, manifest):
    rows = folder_rows(args, tmp) if args.whole_folder else []
    for label, name, rel_args, scripts in WHOLE:
        if name not in args.whole_graphs:
            continue
        directed = manifest[name]["directed"]
        path = graph_file(name, tmp)
        row = {"what": label, "graph": name}
        cmd = [RELGRAPH_CLI, "rank", "--graph", path, "--top", "10"] + rel_args + (["--directed"] if directed else [])
        row["relgraph"] = time_process(cmd, args.whole_timeout)
        for lib, body in scripts.items():
            if lib not in args.libs:
                continue
            script = (LOADERS[lib].replace("PATH", repr(path)).replace("DIRECTED", str(directed)) + "\n" + body
                      + "\ntop = sorted(range(len(s)), key=lambda v: -s[v])[:10]\nfor v in top: print(v, s[v])\n")
            row[lib] = time_process([sys.executable, "-c", script], args.whole_timeout)
        print(f"  whole {label} {name}: {row}", file=sys.stderr, flush=True)
        rows.append(row)
    return rows


def mb(x):
    return f"{x / 1e6:.0f}" if x else "—"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graphs", nargs="+", default=["ba_1k", "ba_10k", "ba_100k", "rmat_1m"])
    ap.add_argument("--libs", nargs="+", default=["relgraph", "igraph", "networkit", "networkx", "rustworkx"])
    ap.add_argument("--algos", nargs="+", default=["betweenness", "closeness", "pagerank", "pagerank-tight"])
    ap.add_argument("--weighted-graphs", nargs="*", default=["ba_10k"],
                    help="also time weighted betweenness on these graphs, with lengths 1 + (7u + 3v) mod 5")
    ap.add_argument("--edge-graphs", nargs="*", default=["ba_1k", "ba_10k"],
                    help="also time exact edge betweenness on these graphs")
    ap.add_argument("--approx-graphs", nargs="*", default=["ba_10k", "ba_100k", "rmat_1m", "rmat_1m-undirected"],
                    help="approximate betweenness rows (NAME-undirected: direction forgotten)")
    ap.add_argument("--epsilon", type=float, default=0.01)
    ap.add_argument("--error-graph", default="ba_10k", help="measure approximation errors on this graph")
    ap.add_argument("--approx-timeout", type=float, default=90.0)
    ap.add_argument("--whole-graphs", nargs="*", default=["rmat_1m", "ba_100k", "ba_10k"],
                    help="whole-process rows on these graphs (none: skip the table)")
    ap.add_argument("--whole-timeout", type=float, default=120.0)
    ap.add_argument("--whole-folder", action=argparse.BooleanOptionalAction, default=True,
                    help="the whole-process row opening a 100k-entity, 1M-relation folder (generators/make_folder.py)")
    ap.add_argument("--baseline-rev", help="add a column for the benchmark worker built from this git revision")
    ap.add_argument("--baseline-algos", nargs="*", default=["closeness"])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--exact-limit", type=float, default=15.0,
                    help="estimate all-pairs cells whose projected time exceeds this (s)")
    ap.add_argument("--no-subset-timeout", type=float, default=30.0,
                    help="give up on an all-pairs cell of a library without source subsets after this (s)")
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
        build_swift(HERE)
        if args.whole_graphs or args.whole_folder:
            build_swift(ROOT, ["relgraph"])
    manifest = json.load(open(os.path.join(GRAPH_DIR, "manifest.json")))["graphs"]
    baseline_col = f"relgraph@{args.baseline_rev}" if args.baseline_rev else None
    columns = []
    for lib in args.libs:
        columns.append(lib)
        if lib == "relgraph":
            columns.append("relgraph-1t")
            if baseline_col:
                columns.append(baseline_col)
    cells = {}
    rows = [("load", name) for name in args.graphs]
    rows += [(algo, name) for algo in args.algos for name in args.graphs]
    rows += [("edge-betweenness", name) for name in args.edge_graphs]
    started = time.time()
    uptime_start = subprocess.run(["uptime"], stdout=subprocess.PIPE, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        baseline_worker = build_baseline(args.baseline_rev, tmp) if baseline_col else None
        for name in args.weighted_graphs:
            label = f"{name}, weighted"
            rows.append(("betweenness-weighted", label))
            path = weighted_copy(graph_file(name, tmp), tmp)
            for lib in args.libs:
                if lib not in WEIGHTED_LIBS:
                    continue
                plan = [("betweenness-weighted", lib)]
                if lib == "relgraph":
                    plan.append(("betweenness-weighted-1t", "relgraph-1t"))
                run_cells(lib, path, manifest[name]["directed"], plan, args, cells, label, weighted=True)
        for name in args.graphs:
            directed = manifest[name]["directed"]
            path = graph_file(name, tmp)
            algos = list(args.algos) + (["edge-betweenness"] if name in args.edge_graphs else [])
            for lib in args.libs:
                plan = []
                for algo in algos:
                    plan.append((algo, lib))
                    if lib == "relgraph" and algo in ALL_PAIRS:
                        plan.append((f"{algo}-1t", "relgraph-1t"))
                info = run_cells(lib, path, directed, plan, args, cells, name)
                cells[("load", name, lib)] = {"seconds": info["load_s"], "estimate": None, "cpu_ratio": None,
                                              "peak_rss": info.get("peak_rss")}
                if lib == "relgraph" and baseline_worker:
                    plan = [(a, baseline_col) for a in args.baseline_algos if a in algos]
                    run_cells("relgraph", path, directed, plan, args, cells, name, swift_worker=baseline_worker)
        approx = approximate_rows(args, tmp, manifest) if args.approx_graphs else []
        whole = whole_process_rows(args, tmp, manifest) if args.whole_graphs or args.whole_folder else []
    elapsed = time.time() - started
    uptime_end = subprocess.run(["uptime"], stdout=subprocess.PIPE, text=True).stdout.strip()

    print(f"\nrelgraph benchmarks: {', '.join(args.graphs)}; {os.cpu_count()} cores; run took {elapsed:.0f} s")
    print(f"uptime at start: {uptime_start}\nuptime at end:   {uptime_end}")
    print("Seconds (median of repeats; '~ est.' = extrapolated from K sampled sources; '> T s' = stopped). "
          "Ratio = other / relgraph.\n")
    others = [c for c in columns if c not in ("relgraph", "relgraph-1t")]
    head = ["algorithm", "graph"] + columns + [f"{o}/relgraph" for o in others]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))

    def ratio(theirs, ours):
        if not ours or not theirs or "seconds" not in ours or ours["seconds"] <= 0:
            return "—"
        if "timeout" in theirs:
            # a stopped cell bounds the ratio only when relgraph's own time is shorter
            return f"> {theirs['timeout'] / ours['seconds']:.1f}x" if ours["seconds"] < theirs["timeout"] else "—"
        return f"{theirs['seconds'] / ours['seconds']:.1f}x"

    for algo, name in rows:
        row = [algo, name] + [fmt(cells.get((algo, name, c))) for c in columns]
        ours = cells.get((algo, name, "relgraph"))
        row += [ratio(cells.get((algo, name, o)), ours) for o in others]
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
    print("\nPeak RSS of the worker process during each cell, MB (the loaded graph included; "
          "load row: after loading):\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for algo, name in rows:
        row = [algo, name] + [mb((cells.get((algo, name, c)) or {}).get("peak_rss")) for c in columns]
        print("| " + " | ".join(row) + " |")
    if approx:
        cols = ["relgraph KADABRA", "NetworKit KADABRA", "NetworKit ApproxBetweenness"]
        print(f"\nApproximate betweenness, epsilon {args.epsilon:g}, delta 0.1: seconds, peak RSS MB, and on "
              f"{args.error_graph} the maximum error against exact normalized betweenness:\n")
        print("| graph | " + " | ".join(cols) + " | NetworKit KADABRA / relgraph | ApproxBetweenness / relgraph |")
        print("|---|" + "---|" * (len(cols) + 2))
        for r in approx:
            out = [r["graph"]]
            for c in cols:
                x = r.get(c)
                if not x:
                    out.append("—")
                elif "timeout" in x:
                    out.append(f"> {x['timeout']:g} s (stopped)")
                elif "unsupported" in x:
                    out.append(f"fails: {x['unsupported']}")
                else:
                    text = f"{x['wall_s']:.3g} s, {mb(x.get('peak_rss'))} MB"
                    if "max_error" in x:
                        text += f", max error {x['max_error']:.4f}"
                    if "samples" in x:
                        text += f", {x['samples']} samples"
                    out.append(text)
            ours = r.get("relgraph KADABRA") or {}
            for c in cols[1:]:
                x = r.get(c) or {}
                if "wall_s" in ours and "wall_s" in x:
                    out.append(f"{x['wall_s'] / ours['wall_s']:.1f}x")
                elif "wall_s" in ours and "timeout" in x:
                    out.append(f"> {x['timeout'] / ours['wall_s']:.0f}x")
                else:
                    out.append("—")
            print("| " + " | ".join(out) + " |")
    if whole:
        libs = [l for l in args.libs] + [l for l in FOLDER_SCRIPTS if "+" in l and any(l in r for r in whole)]
        print("\nWhole process, as a user runs it (/usr/bin/time -v): relgraph CLI `rank --graph FILE --top 10 ...` "
              "(release build) against each library's whole script (import, load, compute, print the top 10). "
              "Wall seconds / peak RSS MB:\n")
        print("| what | graph | " + " | ".join(libs) + " |")
        print("|---|---|" + "---|" * len(libs))
        for r in whole:
            out = [r["what"], r["graph"]]
            for l in libs:
                x = r.get(l)
                if not x:
                    out.append("—")
                elif "timeout" in x:
                    out.append(f"> {x['timeout']:g} s")
                elif "failed" in x:
                    out.append("failed")
                else:
                    out.append(f"{x['wall_s']:.2f} s / {mb(x['peak_rss'])} MB")
            print("| " + " | ".join(out) + " |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"cells": {f"{a}|{g}|{c}": v for (a, g, c), v in cells.items()},
                       "approx": approx, "whole": whole, "uptime": [uptime_start, uptime_end]}, f, indent=1)


if __name__ == "__main__":
    main()
