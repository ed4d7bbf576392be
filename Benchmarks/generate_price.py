#!/usr/bin/env python3
"""Seeded Price-model citation DAG, written as a TSV edge list (`citing<TAB>cited`).

Price's model of cumulative advantage (D. de S. Price, "A general theory of bibliometric and
other cumulative advantage processes", JASIS 27(5), 1976, doi:10.1002/asi.4630270505): papers
arrive one at a time; paper i cites about m earlier papers, each chosen with probability
proportional to (in-degree + a). With every earlier paper holding m citing slots, the total
weight at time i is (m + a)·i, so each citation is, independently:
  - with probability a / (m + a), a uniformly random earlier paper;
  - otherwise the cited paper of a uniformly random earlier citation (which picks a paper with
    probability proportional to its in-degree).
The "copy an earlier citation" choice forms pointer chains from later citation slots to earlier
ones; they are resolved with vectorized pointer jumping (O(E log L) for chain length L), so the
whole generation is numpy work with no Python loop per paper.

The in-degree distribution has a power-law tail with exponent 2 + a/m. The default a = m gives
exponent 3, the value S. Redner measured for citations ("How popular is your paper?", Eur. Phys.
J. B 4, 1998, doi:10.1007/s100510050359); a much smaller a makes nearly every paper cite the
first few, and so many duplicate citations are dropped.

Duplicate citations of one paper by the same citing paper are dropped, so a paper cites
slightly fewer than m papers on average. Paper ids are plain decimal integers (`891954`: no
prefix, no zero padding), the numbers 0..n-1 randomly permuted, so that file order is not a
topological order; rows are grouped by citing paper, as in bibliographic exports. The header
row is `citing<TAB>cited`.

Usage: generate_price.py --nodes 1000000 --cites 10 [--attractiveness 1] [--seed 1] [-o FILE]
"""
import argparse
import os
import sys
import time

import numpy as np


def price_edges(n, m, a, rng):
    """Return (citing, cited) int64 arrays of a Price-model DAG; cited < citing before relabelling."""
    slots = n * m
    owner = np.repeat(np.arange(n, dtype=np.int64), m)      # citing paper of each slot
    first_slot = owner * m                                  # slots of earlier papers: [0, first_slot)
    uniform = rng.random(slots) < a / (m + a)
    uniform |= owner <= 1                                   # papers 0 and 1 have no citation to copy
    target = np.full(slots, -1, dtype=np.int64)             # paper 0 cites nothing: stays -1
    # Terminal slots: a uniformly random earlier paper.
    u = rng.random(slots)
    target[uniform] = (u[uniform] * owner[uniform]).astype(np.int64)
    # Copying slots: point at a uniformly random earlier citation (paper 0 has none: skip its
    # slots), then follow the pointers to a terminal slot.
    copying = ~uniform
    pointer = np.full(slots, -1, dtype=np.int64)
    pointer[copying] = m + (u[copying] * (first_slot[copying] - m)).astype(np.int64)
    # Pointer jumping: a slot whose pointee is resolved takes its target; the others jump to
    # their pointee's pointer, so chains halve each pass.
    pending = np.flatnonzero(copying)
    while pending.size:
        nxt = pointer[pending]
        jump = pointer[nxt]
        done = jump < 0
        target[pending[done]] = target[nxt[done]]
        pointer[pending[~done]] = jump[~done]
        pointer[pending[done]] = -1
        pending = pending[~done]
    # Paper 0's empty slots are dropped.
    valid = (target >= 0) & (target < owner)
    citing, cited = owner[valid], target[valid]
    key = np.unique(citing * n + cited)                     # drop duplicate citations; sorted by citing
    return key // n, key % n


def decimal_rows(ids):
    """Plain decimal ASCII of each id (no prefix, no zero padding), as (uint8 matrix, keep mask).

    The matrix is zero-padded to a fixed width; the mask drops the leading zeros, so that
    `matrix[mask]` is the concatenated text.
    """
    width = max(1, len(str(int(ids.max())))) if ids.size else 1
    out = np.empty((ids.size, width), dtype=np.uint8)
    x = ids.copy()
    for k in range(width - 1, -1, -1):
        out[:, k] = (x % 10 + 48).astype(np.uint8)
        x //= 10
    digits = np.ones(ids.size, dtype=np.int64)
    for k in range(1, width):
        digits += ids >= 10 ** k
    keep = np.arange(width)[None, :] >= (width - digits)[:, None]
    return out, keep


def write_tsv(path, citing, cited):
    a, ka = decimal_rows(citing)
    b, kb = decimal_rows(cited)
    sep = np.full((citing.size, 1), ord("\t"), dtype=np.uint8)
    end = np.full((citing.size, 1), ord("\n"), dtype=np.uint8)
    rows = np.hstack((a, sep, b, end))
    keep = np.hstack((ka, np.ones_like(sep, dtype=bool), kb, np.ones_like(end, dtype=bool)))
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(b"citing\tcited\n")
        f.write(rows[keep].tobytes())
    os.replace(tmp, path)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--nodes", type=int, default=1_000_000)
    p.add_argument("--cites", type=int, default=10, help="citations per paper before de-duplication (m)")
    p.add_argument("--attractiveness", type=float, default=None,
                   help="Price's a, the in-degree offset; default m, for an in-degree tail exponent 2 + a/m = 3")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("-o", "--output", help="default Benchmarks/data/price-<nodes>.tsv")
    args = p.parse_args()
    n = args.nodes
    out = args.output or os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", f"price-{n}.tsv")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    t0 = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    a = args.cites if args.attractiveness is None else args.attractiveness
    citing, cited = price_edges(n, args.cites, a, rng)
    labels = rng.permutation(n)                             # random ids: file order is not an order
    write_tsv(out, labels[citing], labels[cited])
    indeg = np.bincount(cited, minlength=n)
    print(f"{out}: {n} papers, {citing.size} citations, max in-degree {indeg.max()}, "
          f"uncited {np.count_nonzero(indeg == 0)}, {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
