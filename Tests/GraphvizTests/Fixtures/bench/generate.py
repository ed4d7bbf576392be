"""Generates the benchmark graphs for Graphviz layouts (run: python3 generate.py; needs networkx).

price-N.gv: Price's model of a citation network (D. de S. Price, "A general theory of
bibliometric and other cumulative advantage processes", JASIST 27(5), 1976,
doi:10.1002/asi.4630270505): node t cites m earlier nodes chosen with probability proportional
to (in-degree + 1), without repeats. Edges point the way influence flows, cited -> citing, so the
graph is a DAG whose edges run from older to newer nodes, like an influence graph.

random-N.gv: networkx.gnm_random_graph(N, 3N, directed=True): the same density with cycles and
no time order, the hard case for dot.

Seeds are fixed, so the files are reproducible.
"""
import random
import networkx as nx

M = 3  # citations per paper (Price-model out-degree), and edges per node for random graphs


def price(n, m=M, seed=1976):
    rng = random.Random(seed)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    indeg = [0] * n
    for t in range(1, n):
        k = min(m, t)
        weights = [indeg[i] + 1 for i in range(t)]
        cited = set()
        while len(cited) < k:
            cited.add(rng.choices(range(t), weights=weights)[0])
        for c in sorted(cited):
            g.add_edge(c, t)   # influence: cited -> citing
            indeg[c] += 1
    return g


def write_dot(g, path, name):
    with open(path, "w") as f:
        f.write(f"digraph {name} {{\n")
        for v in g.nodes():
            f.write(f"\tn{v};\n")
        for u, v in g.edges():
            f.write(f"\tn{u} -> n{v};\n")
        f.write("}\n")


if __name__ == "__main__":
    for n in (100, 300, 1000):
        g = price(n)
        assert nx.is_directed_acyclic_graph(g)
        write_dot(g, f"price-{n}.gv", f"price{n}")
        r = nx.gnm_random_graph(n, M * n, seed=n, directed=True)
        write_dot(r, f"random-{n}.gv", f"random{n}")
        print(f"price-{n}.gv: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
              f"random-{n}.gv: {r.number_of_nodes()} nodes, {r.number_of_edges()} edges")
