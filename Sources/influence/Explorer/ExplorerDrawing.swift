import Graphviz
import InfluenceGraph

/// Gives the elements of a styled drawing stable ids that the explorer's script can find in the
/// SVG: `node-V` for vertex V, `edge-E` for edge id E and `era-I` for the cluster of era I.
///
/// Graphviz writes a node as `<g id="..." class="node"><title>NAME</title>`, taking the `id`
/// attribute when the drawing sets one. The style names vertices by their ids when DOT can write
/// them all, and `v0`, `v1`, ... otherwise; ``tagged(_:graph:eras:omittedEdges:)`` reads the names
/// back either way, so it does not depend on how the style chose them.
enum ExplorerDrawing {
    static func nodeElementID(_ v: Int) -> String { "node-\(v)" }
    static func edgeElementID(_ e: Int) -> String { "edge-\(e)" }
    static func eraElementID(_ i: Int) -> String { "era-\(i)" }

    /// `drawing` with an `id` on every paper, system, influence edge and era cluster, and without
    /// node links (`URL`, `href`, `target`): on the page a click selects the paper, and the side
    /// panel shows its link instead.
    ///
    /// - Parameters:
    ///   - drawing: the styled drawing of the view (``RenderView/drawing(graph:eras:scores:)``).
    ///   - graph: the graph it draws.
    ///   - eras: the era names of the page's data, in order; a cluster is tagged with the era of
    ///     its first paper.
    ///   - omittedEdges: edge ids the view leaves out, never matched to a drawn edge.
    /// - Complexity: O(V + E + D) for the graph's V vertices and E edges and the drawing's D
    ///   declarations. Walks nested subgraphs by recursion whose depth is the nesting depth of
    ///   the style (clusters and rows), not the size of the graph.
    static func tagged(_ drawing: Drawing, graph: InfluenceGraph, eras: [String], omittedEdges: Set<Int>) -> Drawing {
        var declared: [String] = []
        collectNodeNames(drawing.subgraphs, drawing.nodes, into: &declared)
        let vertexOf = vertexNames(graph, declared: declared)
        let eraIndex = Dictionary(eras.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var used = Set<Int>()
        let t = graph.topology

        func edgeID(_ tail: String, _ head: String) -> Int? {
            guard let u = vertexOf[tail], let w = vertexOf[head] else { return nil }
            for e in t.outEdgeIDs(u) where Int(t.outTargets[e]) == w && !omittedEdges.contains(e) && !used.contains(e) {
                used.insert(e)
                return e
            }
            return nil
        }
        func tagNodes(_ nodes: inout [Drawing.Node]) {
            for i in nodes.indices {
                guard let v = vertexOf[nodes[i].name] else { continue }
                nodes[i].attributes["id"] = .text(nodeElementID(v))
                for key in ["URL", "href", "target"] { nodes[i].attributes[key] = nil }
            }
        }
        func tagEdges(_ edges: inout [Drawing.Edge]) {
            for i in edges.indices {
                if let e = edgeID(edges[i].tail, edges[i].head) { edges[i].attributes["id"] = .text(edgeElementID(e)) }
            }
        }
        func firstEra(_ subgraph: Drawing.Subgraph) -> String? {
            for node in subgraph.nodes {
                if let v = vertexOf[node.name], let era = graph.nodes[v].era { return era }
            }
            for child in subgraph.subgraphs {
                if let era = firstEra(child) { return era }
            }
            return nil
        }
        func tag(_ subgraph: inout Drawing.Subgraph) {
            if subgraph.isCluster, let era = firstEra(subgraph), let i = eraIndex[era] {
                subgraph.attributes["id"] = .text(eraElementID(i))
            }
            tagNodes(&subgraph.nodes)
            tagEdges(&subgraph.edges)
            for j in subgraph.subgraphs.indices { tag(&subgraph.subgraphs[j]) }
        }

        var result = drawing
        for j in result.subgraphs.indices { tag(&result.subgraphs[j]) }
        tagNodes(&result.nodes)
        tagEdges(&result.edges)
        return result
    }

    /// The vertex of each DOT node name: node ids when every declared name that is not an
    /// auxiliary (`__`-prefixed) node is an id of the graph, otherwise the style's `vK` names.
    /// - Complexity: O(V + D).
    static func vertexNames(_ graph: InfluenceGraph, declared: [String]) -> [String: Int] {
        let drawn = declared.filter { !$0.hasPrefix("__") }
        if drawn.allSatisfy({ graph.index(ofID: $0) != nil }) {
            var map: [String: Int] = [:]
            for name in drawn { map[name] = graph.index(ofID: name) }
            return map
        }
        var map: [String: Int] = [:]
        for name in drawn where name.hasPrefix("v") {
            if let v = Int(name.dropFirst()), v >= 0, v < graph.nodes.count { map[name] = v }
        }
        return map
    }

    /// Every node name declared in `subgraphs` and `nodes`, depth first, without recursion.
    private static func collectNodeNames(_ subgraphs: [Drawing.Subgraph], _ nodes: [Drawing.Node], into names: inout [String]) {
        names += nodes.map(\.name)
        var stack = subgraphs
        while let top = stack.popLast() {
            names += top.nodes.map(\.name)
            stack += top.subgraphs
        }
    }
}
