"""Reference values for the InfluenceGraph tests, computed with networkx (and numpy).

Run from this folder:  python3 generate_reference.py   (networkx 3.x, numpy, scipy)
Writes generated_reference.json. Deterministic: every random choice is seeded.

Graphs are in the influence direction (cited -> citing). networkx's PageRank, HITS and Katz
are computed on the citation direction (the reversed graph), as DESIGN.md prescribes.
Values with no peer library (CiteRank, disruption index, SPC) are computed here from their
published definitions, in plain Python, independently of the Swift code.
"""
import json
import random

import networkx as nx
import numpy as np


def price_dag(n, m, seed):
    """Price's model: vertex v cites min(v, m) distinct earlier vertices, chosen with probability
    proportional to (citations + 1). Returns influence edges (cited -> citing)."""
    rng = random.Random(seed)
    citations = [0] * n
    edges = []
    for v in range(1, n):
        chosen = set()
        want = min(v, m)
        while len(chosen) < want:
            weights = [citations[u] + 1 for u in range(v)]
            u = rng.choices(range(v), weights=weights)[0]
            chosen.add(u)
        for u in sorted(chosen):
            citations[u] += 1
            edges.append((u, v))
    return edges


def with_cycles(n, m, extra, seed):
    """A Price DAG plus `extra` backward edges (later -> earlier), which create cycles, and one
    self-loop."""
    rng = random.Random(seed)
    edges = price_dag(n, m, seed)
    present = set(edges)
    while extra > 0:
        a, b = sorted(rng.sample(range(n), 2))
        if (b, a) not in present:
            present.add((b, a))
            edges.append((b, a))
            extra -= 1
    edges.append((n // 2, n // 2))
    return sorted(set(edges))


def citerank(G, years, current, tau, follow):
    """Walker et al. 2007: T = sum_k (follow W)^k rho, W[i][j] = 1/kout(j) if j cites i,
    rho_i = exp(-(current - year_i)/tau)."""
    n = G.number_of_nodes()
    W = np.zeros((n, n))
    for u, v in G.edges():  # u influenced v: v cites u
        W[u, v] += 1.0
    kout = W.sum(axis=0)  # references of each citing paper
    for j in range(n):
        if kout[j] > 0:
            W[:, j] /= kout[j]
    rho = np.array([np.exp(-(current - years[i]) / tau) for i in range(n)])
    return np.linalg.solve(np.eye(n) - follow * W, rho)


def disruption(G, threshold, times):
    """CD index (Funk & Owen-Smith 2017; Wu, Wang & Evans 2019). When times are given, work that
    follows the focal paper's references but not the focal paper counts only if it is not
    earlier than the focal paper."""
    out = []
    for f in range(G.number_of_nodes()):
        citers = set(G.successors(f)) - {f}
        if len(citers) < threshold:
            out.append(None)
            continue
        refs = set(G.predecessors(f)) - {f}
        later_of_refs = set()
        for r in refs:
            later_of_refs |= set(G.successors(r))
        later_of_refs.discard(f)
        if times is not None:
            # Only work that does not follow f is filtered: followers count whatever their time.
            later_of_refs = {c for c in later_of_refs if c in citers or times[c] >= times[f]}
        ni = len(citers - later_of_refs)
        nj = len(citers & later_of_refs)
        nk = len(later_of_refs - citers)
        out.append((ni - nj) / (ni + nj + nk))
    return out


def spc(G):
    order = list(nx.topological_sort(G))
    nm, np_ = {}, {}
    for v in order:
        preds = list(G.predecessors(v))
        nm[v] = 1 if not preds else sum(nm[u] for u in preds)
    for v in reversed(order):
        succ = list(G.successors(v))
        np_[v] = 1 if not succ else sum(np_[w] for w in succ)
    return [nm[u] * np_[v] for u, v in sorted(G.edges())]


def sampled_pivots(G, k, seed):
    # networkx: seed = random.Random(seed); nodes = seed.sample(list(G), k)
    return random.Random(seed).sample(list(G), k)


def r(x):
    return float("%.15g" % x)


def case(name, n, edges, acyclic):
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    Gc = G.reverse(copy=True)
    out = {"name": name, "vertices": n, "edges": [list(e) for e in edges], "acyclic": acyclic}
    pr = nx.pagerank(Gc, alpha=0.85, tol=1e-10, max_iter=1000)
    out["pagerank"] = [r(pr[v]) for v in range(n)]
    hubs, auth = nx.hits(Gc, max_iter=10000, tol=1e-12)
    out["hits_hubs"] = [r(hubs[v]) for v in range(n)]
    out["hits_authorities"] = [r(auth[v]) for v in range(n)]
    A = nx.to_numpy_array(Gc, nodelist=range(n))
    lam = max(abs(np.linalg.eigvals(A)))
    alpha = 0.1 if acyclic else round(0.5 / lam, 6)
    kz = nx.katz_centrality(Gc, alpha=alpha, beta=1.0, max_iter=10000, tol=1e-12, normalized=True)
    out["katz"] = {"alpha": alpha, "beta": 1.0, "lambda_max": r(lam), "scores": [r(kz[v]) for v in range(n)]}
    bc = nx.betweenness_centrality(G, normalized=True)
    out["betweenness_normalized"] = [r(bc[v]) for v in range(n)]
    bcu = nx.betweenness_centrality(G, normalized=False)
    out["betweenness_raw"] = [r(bcu[v]) for v in range(n)]
    k = max(2, n // 10)
    pivots = sampled_pivots(G, k, 42)
    bcs = nx.betweenness_centrality(G, k=k, seed=42, normalized=True)
    # The pivot list is networkx's own choice: check it by recomputing with the subset tools.
    check = dict.fromkeys(G, 0.0)
    for s in pivots:
        S, P, sigma, _ = nx.algorithms.centrality.betweenness._single_source_shortest_path_basic(G, s)
        check, _ = nx.algorithms.centrality.betweenness._accumulate_basic(check, S, P, sigma, s)
    # networkx >= 3.5 scales pivots by 1/((k-1)(n-2)) and other vertices by 1/(k(n-2)).
    scale = {v: 1 / ((k - 1) * (n - 2)) if v in pivots else 1 / (k * (n - 2)) for v in G}
    assert all(abs(check[v] * scale[v] - bcs[v]) < 1e-12 for v in G), "pivot reconstruction"
    out["betweenness_sampled"] = {"pivots": pivots, "normalized": [r(bcs[v]) for v in range(n)]}
    out["descendant_counts"] = [len(nx.descendants(G, v)) for v in range(n)]
    out["ancestor_counts"] = [len(nx.ancestors(G, v)) for v in range(n)]
    out["strongly_connected_components"] = sorted(sorted(c) for c in nx.strongly_connected_components(G))
    for v in (0, n // 2):
        out.setdefault("descendant_depths", {})[str(v)] = {
            str(w): d for w, d in sorted(nx.single_source_shortest_path_length(G, v).items()) if w != v}
        out.setdefault("ancestor_depths", {})[str(v)] = {
            str(w): d for w, d in sorted(nx.single_source_shortest_path_length(Gc, v).items()) if w != v}
    years = [2000 + v // 7 for v in range(n)]
    out["years"] = years
    cr = citerank(G, years, max(years), 2.6, 0.5)
    out["citerank"] = {"current_year": max(years), "decay_time": 2.6, "follow": 0.5, "scores": [r(x) for x in cr]}
    out["disruption"] = {"threshold": 2,
                         "untimed": [None if x is None else r(x) for x in disruption(G, 2, None)],
                         "timed_by_years": [None if x is None else r(x) for x in disruption(G, 2, years)]}
    if acyclic:
        out["lexicographic_topological_order"] = list(nx.lexicographical_topological_sort(G))
        out["transitive_reduction"] = sorted(list(e) for e in nx.transitive_reduction(G).edges())
        out["spc"] = spc(G)
    return out


def main():
    cases = [
        case("price_60_m3", 60, price_dag(60, 3, 1), True),
        case("price_200_m4", 200, price_dag(200, 4, 2), True),
        case("price_cycles_80_m3", 80, with_cycles(80, 3, 6, 3), False),
    ]
    doc = {
        "about": "Generated by generate_reference.py with networkx %s, numpy %s. Influence-direction edges."
                 % (nx.__version__, np.__version__),
        "cases": cases,
    }
    with open("generated_reference.json", "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
