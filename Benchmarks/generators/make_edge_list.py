#!/usr/bin/env python3
"""A seeded R-MAT edge list (Chakrabarti, Zhan & Faloutsos 2004) for load and memory benchmarks.

    python3 Benchmarks/generators/make_edge_list.py OUT.tsv                 # 5,000,000 edges, 2^20 ids
    python3 Benchmarks/generators/make_edge_list.py OUT.tsv --edges 1000000 --scale 16

Each line is `source<TAB>target` with integer ids below 2^scale; quadrant probabilities
a, b, c = 0.57, 0.19, 0.19 (Graph500's), self-loops dropped, repeated pairs kept (a loader must
pool them). The same --seed always writes the same bytes (numpy's PCG64).
"""
import argparse

import numpy as np


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--edges", type=int, default=5_000_000)
    ap.add_argument("--scale", type=int, default=20)
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    rng = np.random.Generator(np.random.PCG64(args.seed))
    a, b, c = 0.57, 0.19, 0.19
    with open(args.out, "w") as f:
        written, chunk = 0, 1_000_000
        while written < args.edges:
            k = min(chunk, args.edges - written)
            src = np.zeros(k, dtype=np.int64)
            dst = np.zeros(k, dtype=np.int64)
            for bit in range(args.scale):
                r = rng.random(k)
                right = (r >= a) & (r < a + b) | (r >= a + b + c)  # quadrants b and d: target bit set
                down = r >= a + b  # quadrants c and d: source bit set
                src |= down.astype(np.int64) << bit
                dst |= right.astype(np.int64) << bit
            keep = src != dst
            lines = np.char.add(np.char.add(src[keep].astype(str), "\t"), dst[keep].astype(str))
            f.write("\n".join(lines.tolist()) + "\n")
            written += k
    print(f"{args.out}: {args.edges} edges drawn (self-loops dropped), ids below {2 ** args.scale}")


if __name__ == "__main__":
    main()
