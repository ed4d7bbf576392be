#!/usr/bin/env python3
"""Prints the benchmark tables (Markdown) from the JSON files that run.sh writes.

Usage: table.py RESULTS_DIR SIZE [SIZE...]
Reads, for each SIZE (node count): ours-SIZE.json (influence-bench), peers-SIZE.json (peers.py),
rank-SIZE.json (timecmd.py on `influence rank --by pagerank`); and render-corpus.json,
render-dot.json, render-price-1000.json when present.
"""
import json
import os
import sys
import time

PEERS = ["igraph", "networkit", "rustworkx", "numpy"]
PHASES = [("load", "load + build"), ("order", "topological order"), ("scc", "strongly connected components"),
          ("pagerank", "PageRank"), ("reach", "reach, every node"), ("betweenness", "betweenness, 256 pivots"),
          ("spc", "SPC edge weights"), ("transpose", "transpose (peers only)"),
          ("order-ties", "order, ties by year/title/id (ours only)")]
GIB = 1 << 30


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def fmt(s):
    if s is None:
        return "—"
    return f"{s:.3f}" if s < 10 else f"{s:.1f}"


def size_table(d, size):
    ours = load(os.path.join(d, f"ours-{size}.json"))
    peers = load(os.path.join(d, f"peers-{size}.json")) or {"peers": {}}
    rank = load(os.path.join(d, f"rank-{size}.json"))
    if ours is None:
        return [f"(no results for {size})"], {}
    lines = [f"### {ours['vertices']:,} papers, {ours['edges']:,} citations (`{os.path.basename(ours['file'])}`)", "",
             "| phase | influence (s) | " + " | ".join(f"{p} (s)" for p in PEERS) + " | fastest peer | influence / fastest |",
             "|---|---:|" + "---:|" * len(PEERS) + "---|---:|"]
    p = peers["peers"]
    verdict = {}
    stamp = lambda f: time.strftime("%H:%M UTC", time.gmtime(os.path.getmtime(os.path.join(d, f))))
    if os.path.exists(os.path.join(d, f"peers-{size}.json")):
        lines[1:1] = ["", f"Measured: influence at {stamp(f'ours-{size}.json')}, peers at {stamp(f'peers-{size}.json')}."]
    for key, label in PHASES:
        mine = ours["phases"].get(key, {}).get("seconds")
        theirs = {}
        for name in PEERS:
            ph = p.get(name, {}).get("phases", {})
            if key in ph and not (key == "load" and name == "numpy"):   # numpy only parses
                theirs[name] = ph[key]
        unfinished = {n: v for n, v in theirs.items() if v.get("seconds") is None}
        theirs = {n: v for n, v in theirs.items() if v.get("seconds") is not None}
        cells = []
        for name in PEERS:
            if name in theirs:
                cell = fmt(theirs[name]["seconds"])
                if "extrapolated" in theirs[name].get("note", ""):
                    cell += " (extrapolated)"
                cells.append(cell)
            elif name in unfinished:
                cells.append(f"> {unfinished[name].get('capped', 0):.0f} (killed, not finished)")
            else:
                cells.append("—")
        best = min(theirs.items(), key=lambda kv: kv[1]["seconds"]) if theirs else None
        ratio = mine / best[1]["seconds"] if (mine is not None and best) else None
        mine_cell = fmt(mine)
        if key == "reach" and mine is not None:
            mine_cell += " (exact)" if ours["checks"].get("reach_exact") else \
                f" (estimate, rel. s.e. {ours['checks'].get('reach_relative_standard_error', 0):.3f})"
        lines.append(f"| {label} | {mine_cell} | " + " | ".join(cells) +
                     f" | {best[0] + ' ' + fmt(best[1]['seconds']) if best else '—'} | {f'{ratio:.2f}' if ratio else '—'} |")
        verdict[key] = (mine, best, ratio)
    mem = [f"{ours['peak_rss_bytes'] / GIB:.2f}"] + [
        f"{p[n]['peak_rss_bytes'] / GIB:.2f}" if n in p and "peak_rss_bytes" in p[n] else "—" for n in PEERS]
    lines.append("| peak memory (GiB) | " + " | ".join(mem) + " | | |")
    lines.append("")
    for key, label in (("load", "Peer loaders (the faster of the two is the load figure)"),
                       ("pagerank", "Peer PageRank settings")):
        notes = [f"{n}: {p[n]['phases'][key]['note']}" for n in PEERS if n != "numpy" and key in p.get(n, {}).get("phases", {})]
        if notes:
            lines.append(f"{label}: " + "; ".join(notes) + ".")
            lines.append("")
    lines.append(f"influence: {ours['csr_bytes_per_edge']:.1f} bytes per edge in the CSR arrays (both directions), "
                 f"{ours['load_rss_bytes_per_edge']:.1f} bytes per edge of resident memory after load (nodes and ids included), "
                 f"peak {ours['peak_rss_bytes'] / GIB:.2f} GiB.")
    # Whole process: influence rank --by pagerank vs the fastest peer's load + PageRank.
    combos = {n: p[n]["phases"]["load"]["seconds"] + p[n]["phases"]["pagerank"]["seconds"]
              for n in PEERS if n in p and "pagerank" in p[n].get("phases", {}) and "load" in p[n]["phases"]}
    if rank and "seconds" in rank and combos:
        fastest = min(combos, key=combos.get)
        r = rank["seconds"] / combos[fastest]
        lines.append("")
        lines.append(f"Whole process `influence rank --by pagerank --corpus {os.path.basename(ours['file'])}`: "
                     f"{fmt(rank['seconds'])} s (median of {len(rank['runs'])}), peak {rank['peak_rss_bytes'] / GIB:.2f} GiB; "
                     f"fastest peer load + PageRank: {fastest} {fmt(combos[fastest])} s "
                     f"({', '.join(f'{n} {fmt(s)}' for n, s in sorted(combos.items(), key=lambda kv: kv[1]))}); "
                     f"ratio {r:.2f}.")
        verdict["rank"] = (rank["seconds"], (fastest, {"seconds": combos[fastest]}), r)
        verdict["rank_rss"] = rank["peak_rss_bytes"]
    verdict["peak"] = ours["peak_rss_bytes"]
    nk_reach = p.get("networkit", {}).get("phases", {}).get("reach", {})
    verdict["reach_networkit"] = nk_reach.get("seconds")
    verdict["reach_networkit_cap"] = nk_reach.get("capped")
    verdict["checks"] = (ours["checks"], {n: p[n].get("checks", {}) for n in p})
    return lines, verdict


def checks_table(verdict, size):
    ours, theirs = verdict["checks"]
    lines = [f"Agreement at {size} (same answers, not only the same work):", ""]
    for key in ("pagerank_top", "pagerank_top_score", "scc_count", "reach_sum", "spc_log10_total_flow"):
        vals = [f"influence {ours.get(key, '—')}"] + [f"{n} {c[key]}" for n, c in theirs.items() if key in c]
        lines.append(f"- {key}: " + ", ".join(str(v) for v in vals))
    return lines


def render_table(d):
    corpus, dot, price = (load(os.path.join(d, f)) for f in ("render-corpus.json", "render-dot.json", "render-price-1000.json"))
    if not (corpus or dot or price):
        return []
    lines = ["### Rendering (issue 5)", "",
             "`influence render` and `dot -Tsvg` run interleaved (sidebyside.py); wall time is the median.", "",
             "| measure | wall seconds | CPU seconds | peak RSS (MiB) |", "|---|---:|---:|---:|"]
    for name, r in (("`influence render` of the shipped corpus, whole process", corpus),
                    ("`dot -Tsvg` on the DOT that `influence render --format dot` writes", dot),
                    ("`influence render --corpus price-1000.tsv -o x.svg` (1,000-node Price graph)", price)):
        if r is None:
            lines.append(f"| {name} | not run | |")
        elif "error" in r:
            lines.append(f"| {name} | failed: {r['error']} | |")
        else:
            cpu = fmt(r["cpu_seconds"]) if "cpu_seconds" in r else ""
            lines.append(f"| {name} | {fmt(r['seconds'])} | {cpu} | {r['peak_rss_bytes'] / (1 << 20):.0f} |")
    if corpus and dot and "seconds" in corpus and "seconds" in dot:
        lines += ["", f"Ratio influence render / dot -Tsvg: {corpus['seconds'] / dot['seconds']:.2f} (target at most 1.5)."]
        if "cpu_seconds" in corpus and "cpu_seconds" in dot:
            lines += ["", f"CPU time ratio: {corpus['cpu_seconds'] / dot['cpu_seconds']:.2f} (influence reads and mines the corpus "
                      "while Graphviz loads its plugins and fonts on a second thread, so its wall time is below its CPU time)."]
    if price and "stderr" in price and price["stderr"].strip():
        lines += ["", "influence said on stderr for the 1,000-node graph: " +
                  " / ".join(l.strip() for l in price["stderr"].strip().splitlines()[-3:])]
    return lines


def targets(verdicts):
    out = ["### Targets (issue 4 and 5)", ""]
    big = verdicts.get(max(verdicts)) if verdicts else None
    small = verdicts.get(min(verdicts)) if verdicts else None

    def met(ok):
        return "met" if ok else "NOT met"
    if big:
        if "rank" in big:
            r = big["rank"][2]
            out.append(f"- `influence rank --by pagerank` whole process under half the fastest peer's load + PageRank: ratio {r:.2f}: {met(r < 0.5)}")
        for key, label in (("order", "order"), ("scc", "SCC"), ("spc", "SPC"), ("betweenness", "sampled betweenness")):
            mine, best, ratio = big.get(key, (None, None, None))
            if ratio:
                out.append(f"- {label} no slower than the fastest peer ({best[0]}): ratio {ratio:.2f}: {met(ratio <= 1.0)}")
        mine = big.get("reach", (None,))[0]
        if mine is not None:
            exact = big["checks"][0].get("reach_exact")
            nk_t, cap = big.get("reach_networkit"), big.get("reach_networkit_cap")
            nk_text = f"{fmt(nk_t)} s" if nk_t is not None else (f"did not finish in {cap:.0f} s" if cap else "not run")
            faster = (nk_t is not None and mine < nk_t) or (nk_t is None and cap is not None and mine < cap)
            out.append(f"- reach for every node at the large size faster than networkit's exact: influence {fmt(mine)} s "
                       f"({'exact' if exact else 'estimate'}), networkit {nk_text}: {met(faster)}")
        out.append(f"- peak memory under 1 GiB: influence-bench {big['peak'] / GIB:.2f} GiB"
                   + (f", `influence rank` {big['rank_rss'] / GIB:.2f} GiB" if "rank_rss" in big else "")
                   + f": {met(max(big['peak'], big.get('rank_rss', 0)) < GIB)}")
    if small and small is not big:
        mine = small.get("reach", (None,))[0]
        exact = small["checks"][0].get("reach_exact")
        if mine is not None:
            out.append(f"- exact reach at the small size under 5 s: {fmt(mine)} s ({'exact' if exact else 'estimate'}): {met(exact and mine < 5)}")
    return out


def main():
    d, sizes = sys.argv[1], sys.argv[2:]
    out, verdicts = [], {}
    for size in sizes:
        lines, verdict = size_table(d, size)
        out += lines + [""]
        if verdict:
            out += checks_table(verdict, size) + [""]
            verdicts[int(size)] = verdict
    render = render_table(d)
    if render:
        out += render + [""]
    out += targets(verdicts)
    if render:
        corpus, dot, price = (load(os.path.join(d, f)) for f in ("render-corpus.json", "render-dot.json", "render-price-1000.json"))
        if corpus and dot and "seconds" in corpus and "seconds" in dot:
            r = corpus["seconds"] / dot["seconds"]
            out.append(f"- render of the shipped corpus at most 1.5× `dot -Tsvg`: ratio {r:.2f}: {'met' if r <= 1.5 else 'NOT met'}")
        if price and "seconds" in price:
            out.append(f"- 1,000-node Price graph rendered in under 10 s: {fmt(price['seconds'])} s: {'met' if price['seconds'] < 10 else 'NOT met'}")
        elif price:
            out.append(f"- 1,000-node Price graph rendered in under 10 s: failed ({price.get('error')}): NOT met")
    print("\n".join(out))


if __name__ == "__main__":
    main()
