#!/usr/bin/env python3
"""Writes a citation edge list for measuring the edge-list reader (not used by the tests).

A Price-model-like citation DAG (Price 1976, doi:10.1002/asi.4630270505): papers 0..N-1 in
order; each cites about M earlier papers, half chosen in proportion to the citations they
already have (preferential attachment), half uniformly. Output: `citing<TAB>cited` header, then
one row per citation, grouped by citing paper.

    python3 make_edge_list.py PAPERS CITATIONS_PER_PAPER OUT.tsv [SEED]
"""
import sys

import numpy as np


def main() -> None:
    n, m, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = np.random.default_rng(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    cited_so_far = np.zeros(n * m, dtype=np.int64)  # every cited endpoint so far
    count = 0
    block = 100_000
    with open(out, "w") as f:
        f.write("citing\tcited\n")
        for start in range(1, n, block):
            stop = min(n, start + block)
            papers = np.arange(start, stop)
            k = np.minimum(papers, m)
            citing = np.repeat(papers, k)
            # Uniform choice among earlier papers, or a copy of an earlier citation's target.
            uniform = (rng.random(citing.size) * citing).astype(np.int64)
            if count > 0:
                copied = cited_so_far[(rng.random(citing.size) * count).astype(np.int64)]
                pick = rng.random(citing.size) < 0.5
                cited = np.where(pick & (copied < citing), copied, uniform)
            else:
                cited = uniform
            cited_so_far[count:count + cited.size] = cited
            count += cited.size
            f.write("".join(f"{a}\t{b}\n" for a, b in zip(citing.tolist(), cited.tolist())))


if __name__ == "__main__":
    main()
