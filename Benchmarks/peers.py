#!/usr/bin/env python3
"""Times the benchmark phases with peer libraries on the same edge-list file; prints JSON.

Peers: igraph, networkit, rustworkx (pip), and SPC (Batagelj 2003) in numpy. Each peer runs in
its own subprocess so that its peak memory (ru_maxrss) is its own.

Graph direction. The file's rows are `citing<TAB>cited`. Each peer loads it as the citation
graph (citing -> cited), the direction in which PageRank ranks by citations (DESIGN.md's
convention, networkx.pagerank on the citation graph). Betweenness, reach and SPC run in the
influence direction (cited -> citing), as `influence` does: the peers that need it for those
phases transpose the graph in a separate, timed step ("transpose"), which is not part of load.

Load (one figure: read + id mapping + graph build). The file's ids are decimal integers, and
every peer gets its fastest reasonable loader: each peer tries two and keeps the faster (both
times are in the phase note, and the graph of the faster one is used for the other phases):
  - "mapped": read the TSV with pyarrow's multithreaded CSV reader (pandas' C parser when pyarrow
    is missing) as int64 columns, compact the ids to 0..n-1 with pandas.factorize (a hash table,
    faster here than numpy.unique(return_inverse=True)), then build the graph from the integer
    arrays: igraph Graph(n, edges), networkit GraphFromCoo, rustworkx extend_from_edge_list. This
    works for any integer ids. The read + compaction is reported separately as "parse".
  - "direct": the library's own C/C++/Rust edge-list reader on the file, with the ids used as
    vertex indices (igraph Graph.Read_Edgelist after skipping the header, networkit
    EdgeListReader(continuous=True), rustworkx PyDiGraph.read_edge_list). This is only right
    because the generator's ids are exactly 0..n-1; on arbitrary ids it would be wrong.

PageRank: every peer runs with its own default convergence (igraph PRPACK solves the linear
system, no tolerance; networkit tol 1e-9 on the L2 norm of the change; rustworkx tol 1e-6, at most
100 iterations), damping 0.85; networkit distributes sinks (the model of DESIGN.md; its default
ignores them and ranks differently).

Phases each peer lacks:
  - rustworkx: sampled betweenness (only exact betweenness) and descendant counts for every
    node (only per-node `descendants`, far too slow for 1M nodes);
  - igraph and rustworkx: no SPC; SPC is done in numpy for everyone ("numpy" column);
  - networkit's exact reach is one uninterruptible call: it runs in its own process and is
    killed after --networkit-reach-cap seconds (reported as not finished);
  - igraph's exact reach is a BFS per node (neighborhood_size with unbounded order): it runs in
    chunks up to --reach-cap seconds and is extrapolated to all nodes beyond that (labelled).

Usage: peers.py FILE.tsv [--runs 3] [--pivots 256] [--peers igraph,networkit,rustworkx,numpy]
                [--skip PHASE,...] [--reach-cap 120] [--no-exact-reach]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd


def now():
    return time.perf_counter()


class Timer:
    """Collects phase timings; short phases run `runs` times and report the median."""

    def __init__(self, runs, skip):
        self.runs, self.skip, self.phases, self.checks = runs, skip, {}, {}

    def measure(self, name, fn, runs=None, note=""):
        if name in self.skip:
            return None
        times, result = [], None
        for _ in range(runs or self.runs):
            t0 = now()
            result = fn()
            times.append(now() - t0)
            print(f"peers: {name} {times[-1]:.3f} s", file=sys.stderr, flush=True)
        self.phases[name] = {"seconds": float(np.median(times)), "runs": times, "note": note}
        return result


def read_columns(path):
    """Reads the two integer columns of the TSV (header row skipped) as int64 arrays."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pc
    except ImportError:
        df = pd.read_csv(path, sep="\t", engine="c", dtype=np.int64)
        return df.iloc[:, 0].to_numpy(), df.iloc[:, 1].to_numpy()
    table = pc.read_csv(path, parse_options=pc.ParseOptions(delimiter="\t"),
                        convert_options=pc.ConvertOptions(column_types={"citing": pa.int64(), "cited": pa.int64()}))
    return table.column(0).to_numpy(), table.column(1).to_numpy()


def parse(path):
    """Reads the TSV and maps its integer ids to 0..n-1: (n, citing, cited, ids) with int32 codes
    and ids[code] = the file's id."""
    citing, cited = read_columns(path)
    codes, uniques = pd.factorize(np.concatenate((citing, cited)))
    e = citing.size
    codes = codes.astype(np.int32)
    return len(uniques), codes[:e], codes[e:], np.asarray(uniques)


PARSER = "pyarrow.csv int64 + pandas.factorize"


def load_fastest(t, mapped, direct):
    """Runs both loaders once, keeps the faster one's graph, records "load" (and "parse" for the
    mapped one). `mapped(parsed)` builds from parse()'s arrays; `direct()` reads the file itself
    and returns (graph, n). Returns (graph, n, names) where names[v] is vertex v's file id."""
    parsed = t.measure("parse", lambda: parse(t.file), runs=1, note=PARSER)
    n, citing, cited, names = parsed
    t0 = now()
    g_mapped = mapped(parsed)
    mapped_s = t.phases["parse"]["seconds"] + now() - t0
    del parsed
    print(f"peers: load (mapped) {mapped_s:.3f} s", file=sys.stderr, flush=True)
    t0 = now()
    g_direct, n_direct = direct()
    direct_s = now() - t0
    print(f"peers: load (direct) {direct_s:.3f} s", file=sys.stderr, flush=True)
    note = f"mapped {mapped_s:.3f} s ({t.mapped_note}), direct {direct_s:.3f} s ({t.direct_note})"
    if direct_s < mapped_s and n_direct == n:
        del g_mapped
        t.phases["load"] = {"seconds": direct_s, "runs": [direct_s], "loader": "direct", "note": "direct: " + note}
        return g_direct, n, np.arange(n)
    del g_direct
    t.phases["load"] = {"seconds": mapped_s, "runs": [mapped_s], "loader": "mapped", "note": "mapped: " + note}
    return g_mapped, n, names


def pivots_for(n, k, seed=0x5EED):
    return np.random.default_rng(seed).choice(n, size=min(k, n), replace=False)


# ---------------------------------------------------------------- igraph

def run_igraph(args, t):
    import igraph as ig
    t.mapped_note, t.direct_note = "Graph(n, edges=list of tuples)", "Graph.Read_Edgelist"

    def mapped(parsed):
        n, citing, cited, _ = parsed
        return ig.Graph(n=n, edges=list(zip(citing.tolist(), cited.tolist())), directed=True)

    def direct():
        with open(args.file, "rb", buffering=0) as f:      # unbuffered: the C reader starts after the header
            f.readline()
            g = ig.Graph.Read_Edgelist(f, directed=True)
        return g, g.vcount()
    g, n, names = load_fastest(t, mapped, direct)
    order = t.measure("order", lambda: g.topological_sorting(mode="out"))
    if order is not None:
        t.checks["order_length"] = len(order)
    scc = t.measure("scc", lambda: g.connected_components(mode="strong"))
    if scc is not None:
        t.checks["scc_count"] = len(scc)
    pr = t.measure("pagerank", lambda: g.pagerank(damping=0.85, directed=True),
                   note="default (PRPACK, exact linear solve), citation direction")
    if pr is not None:
        i = int(np.argmax(pr))
        t.checks["pagerank_top"], t.checks["pagerank_top_score"] = str(names[i]), float(pr[i])
    if "reach" not in t.skip and not args.no_exact_reach:
        # Descendants in the influence direction = vertices reaching v in the citation graph.
        # Random chunks, so that an extrapolation from part of the nodes is unbiased.
        perm = np.random.default_rng(7).permutation(n)
        chunk = 100
        total, done, t0 = 0, 0, now()
        while done < n and now() - t0 < args.reach_cap:
            vs = perm[done:done + chunk].tolist()
            total += sum(g.neighborhood_size(vertices=vs, order=n, mode="in")) - len(vs)
            done += len(vs)
        elapsed = now() - t0
        exact = done == n
        t.phases["reach"] = {"seconds": elapsed if exact else elapsed * n / done, "runs": [elapsed],
                             "note": "exact, BFS per node" if exact else
                             f"extrapolated from {done} of {n} nodes in {elapsed:.0f} s (cap)"}
        t.checks["reach_exact"] = exact
        if exact:
            t.checks["reach_sum"] = int(total)
        print(f"peers: reach {t.phases['reach']['seconds']:.1f} s ({t.phases['reach']['note']})", file=sys.stderr)
    h = t.measure("transpose", lambda: reversed_igraph(g), runs=1, note="copy + reverse_edges")
    if h is not None:
        piv = pivots_for(n, args.pivots).tolist()
        bc = t.measure("betweenness", lambda: h.betweenness(directed=True, sources=piv),
                       note=f"{args.pivots} source pivots (subset betweenness), 1 thread")
        if bc is not None:
            t.checks["betweenness_max_raw"] = float(max(bc))


def reversed_igraph(g):
    h = g.copy()
    h.reverse_edges()
    return h


# ---------------------------------------------------------------- networkit

def run_networkit(args, t):
    import networkit as nk
    nk.engineering.setNumberOfThreads(os.cpu_count() or 1)
    t.mapped_note, t.direct_note = "GraphFromCoo", "graphio.EdgeListReader, continuous ids"

    def mapped(parsed):
        n, citing, cited, _ = parsed
        return nk.GraphFromCoo((np.ones(len(citing)), (citing.astype(np.uint64), cited.astype(np.uint64))),
                               n=n, directed=True, weighted=False)

    def direct():
        # The header row starts with "c", so the comment prefix skips it.
        g = nk.graphio.EdgeListReader("\t", 0, commentPrefix="c", continuous=True, directed=True).read(args.file)
        return g, g.numberOfNodes()
    g, n, names = load_fastest(t, mapped, direct)
    order = t.measure("order", lambda: nk.graphtools.topologicalSort(g))
    if order is not None:
        t.checks["order_length"] = len(order)
    scc = t.measure("scc", lambda: nk.components.StronglyConnectedComponents(g).run())
    if scc is not None:
        t.checks["scc_count"] = scc.numberOfComponents()

    def pagerank():
        pr = nk.centrality.PageRank(g, damp=0.85, distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
        pr.run()
        return pr.scores()
    pr = t.measure("pagerank", pagerank, note="default convergence (tol 1e-9, L2 norm), sinks distributed, parallel")
    if pr is not None:
        i = int(np.argmax(pr))
        t.checks["pagerank_top"], t.checks["pagerank_top_score"] = str(names[i]), float(pr[i] / sum(pr))
    h = t.measure("transpose", lambda: nk.graphtools.transpose(g), runs=1, note="graphtools.transpose")
    if h is None:
        return
    if "reach" not in t.skip and not args.no_exact_reach:
        # One C++ call that cannot be interrupted: it runs in its own process, killed at the cap.
        cmd = [sys.executable, os.path.abspath(__file__), args.file, "--one", "networkit-reach"]
        print("peers: reach (networkit exact, own process)", file=sys.stderr, flush=True)
        try:
            r = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, timeout=args.networkit_reach_cap)
            res = json.loads(r.stdout.strip().splitlines()[-1])
            t.phases["reach"] = {"seconds": res["seconds"], "runs": [res["seconds"]], "note": "ReachableNodes exact"}
            t.checks["reach_exact"], t.checks["reach_sum"] = True, res["reach_sum"]
        except subprocess.TimeoutExpired:
            t.phases["reach"] = {"seconds": None, "runs": [], "capped": args.networkit_reach_cap,
                                 "note": f"ReachableNodes exact did not finish in {args.networkit_reach_cap:.0f} s (killed)"}
        print(f"peers: reach {t.phases['reach']}", file=sys.stderr, flush=True)

    def betweenness():
        b = nk.centrality.EstimateBetweenness(h, args.pivots, normalized=False, parallel=True)
        b.run()
        return b.scores()
    bc = t.measure("betweenness", betweenness, note=f"EstimateBetweenness, {args.pivots} samples, parallel")
    if bc is not None:
        t.checks["betweenness_max_raw"] = float(max(bc))


def run_networkit_reach(args):
    """Exact descendant counts with networkit alone (called in a child process with a time cap)."""
    import networkit as nk
    nk.engineering.setNumberOfThreads(os.cpu_count() or 1)
    n, citing, cited, _ = parse(args.file)
    h = nk.GraphFromCoo((np.ones(len(citing)), (cited.astype(np.uint64), citing.astype(np.uint64))),
                        n=n, directed=True, weighted=False)
    t0 = now()
    r = nk.reachability.ReachableNodes(h, True).run()
    seconds = now() - t0
    total = sum(r.numberOfReachableNodes(u) for u in range(n)) - n
    print(json.dumps({"seconds": seconds, "reach_sum": int(total)}))


# ---------------------------------------------------------------- rustworkx

def run_rustworkx(args, t):
    import rustworkx as rx
    t.mapped_note, t.direct_note = "PyDiGraph + extend_from_edge_list", "PyDiGraph.read_edge_list"

    def mapped(parsed):
        n, citing, cited, _ = parsed
        g = rx.PyDiGraph(multigraph=False, node_count_hint=n, edge_count_hint=len(citing))
        g.add_nodes_from(range(n))
        g.extend_from_edge_list(list(zip(citing.tolist(), cited.tolist())))
        return g

    def direct():
        # The header row starts with "c", so the comment prefix skips it.
        g = rx.PyDiGraph.read_edge_list(args.file, comment="c", deliminator="\t")
        return g, g.num_nodes()
    g, n, names = load_fastest(t, mapped, direct)
    order = t.measure("order", lambda: rx.topological_sort(g))
    if order is not None:
        t.checks["order_length"] = len(order)
    scc = t.measure("scc", lambda: rx.strongly_connected_components(g))
    if scc is not None:
        t.checks["scc_count"] = len(scc)
    pr = t.measure("pagerank", lambda: rx.pagerank(g, alpha=0.85), note="default convergence (tol 1e-6, at most 100 iterations)")
    if pr is not None:
        i = max(pr.keys(), key=lambda k: pr[k])
        t.checks["pagerank_top"], t.checks["pagerank_top_score"] = str(names[i]), float(pr[i])
    # No rustworkx phase needs the transpose; at large sizes it takes minutes (297.7 s at 1M in
    # an earlier run), so it is only timed on small graphs.
    if n <= 200_000:
        t.measure("transpose", lambda: g.reverse(), runs=1, note="PyDiGraph.reverse (in place)")


# ---------------------------------------------------------------- numpy SPC

def spc_numpy(n, src, dst):
    """Search Path Count edge weights (V. Batagelj, "Efficient algorithms for citation network
    analysis", arXiv:cs/0309023, 2003): SPC(u,v) = N-(u)·N+(v), where N-(u) counts paths from a
    source to u and N+(v) paths from v to a sink, computed level by level (Kahn frontiers) with
    vectorized numpy. Returns (weights, log10 total flow)."""
    e = src.size
    order = np.argsort(src, kind="stable")
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=ptr[1:])
    s_sorted, d_sorted = src[order], dst[order]
    indeg = np.bincount(dst, minlength=n).astype(np.int64)
    outdeg = np.diff(ptr)
    frontier = np.flatnonzero(indeg == 0)
    levels = []                                  # edge index ranges (into the sorted edges) by level
    while frontier.size:
        starts, counts = ptr[frontier], outdeg[frontier]
        total = int(counts.sum())
        if total == 0:
            break
        offs = np.repeat(starts - np.concatenate(([0], np.cumsum(counts)[:-1])), counts) + np.arange(total)
        levels.append(offs)
        targets = d_sorted[offs]
        np.subtract.at(indeg, targets, 1)
        cand = np.unique(targets)
        frontier = cand[indeg[cand] == 0]
    nminus = (np.bincount(dst, minlength=n) == 0).astype(np.float64)
    for offs in levels:
        np.add.at(nminus, d_sorted[offs], nminus[s_sorted[offs]])
    nplus = (outdeg == 0).astype(np.float64)
    for offs in reversed(levels):
        np.add.at(nplus, s_sorted[offs], nplus[d_sorted[offs]])
    weights = np.empty(e)
    weights[order] = nminus[s_sorted] * nplus[d_sorted]
    flow = nplus[np.bincount(dst, minlength=n) == 0].sum()
    return weights, float(np.log10(flow)), len(levels)


def run_numpy(args, t):
    parsed = t.measure("parse", lambda: parse(args.file), runs=1, note=PARSER)
    n, citing, cited, _ = parsed
    t.phases["load"] = dict(t.phases["parse"])
    r = t.measure("spc", lambda: spc_numpy(n, cited.astype(np.int64), citing.astype(np.int64)),
                  note="level-synchronous numpy, influence direction")
    if r is not None:
        t.checks["spc_log10_total_flow"], t.checks["levels"] = r[1], r[2]


# ---------------------------------------------------------------- driver

PEERS = {"igraph": run_igraph, "networkit": run_networkit, "rustworkx": run_rustworkx, "numpy": run_numpy}


def versions():
    out = {"python": sys.version.split()[0], "numpy": np.__version__}
    for mod, name in (("igraph", "igraph"), ("networkit", "networkit"), ("rustworkx", "rustworkx"), ("pandas", "pandas"),
                      ("pyarrow", "pyarrow")):
        try:
            out[name] = __import__(mod).__version__
        except Exception as e:  # a missing peer is reported, not fatal
            out[name] = f"unavailable: {e}"
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("file")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--pivots", type=int, default=256)
    p.add_argument("--peers", default="igraph,networkit,rustworkx,numpy")
    p.add_argument("--skip", default="", help="phases to skip, comma-separated (e.g. reach)")
    p.add_argument("--reach-cap", type=float, default=120, help="seconds igraph's BFS-per-node reach may run before extrapolating")
    p.add_argument("--networkit-reach-cap", type=float, default=300,
                   help="seconds networkit's exact reach may run before it is killed and reported as not finished")
    p.add_argument("--no-exact-reach", action="store_true", help="skip the long exact-reach phases of every peer")
    p.add_argument("--one", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one == "networkit-reach":
        run_networkit_reach(args)
        return
    if args.one:
        t = Timer(args.runs, set(filter(None, args.skip.split(","))))
        t.file = args.file
        PEERS[args.one](args, t)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(json.dumps({"tool": args.one, "phases": t.phases, "peak_rss_bytes": rss, "checks": t.checks}))
        return
    results = {"file": args.file, "versions": versions(), "peers": {}}
    for name in filter(None, args.peers.split(",")):
        cmd = [sys.executable, os.path.abspath(__file__), args.file, "--one", name, "--runs", str(args.runs),
               "--pivots", str(args.pivots), "--skip", args.skip, "--reach-cap", str(args.reach_cap),
               "--networkit-reach-cap", str(args.networkit_reach_cap)]
        if args.no_exact_reach:
            cmd.append("--no-exact-reach")
        print(f"peers: running {name}", file=sys.stderr, flush=True)
        r = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
        if r.returncode != 0:
            results["peers"][name] = {"error": f"exit status {r.returncode}"}
            continue
        results["peers"][name] = json.loads(r.stdout.strip().splitlines()[-1])
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
