/// Collects nodes and edges by string id, merges duplicate edges, and builds an ``InfluenceGraph``.
///
/// Duplicate edges (same source, target and relation) merge into one edge that keeps every
/// evidence sentence and the highest confidence. Edges between the same pair with different
/// relations stay separate edges.
public struct InfluenceGraphBuilder: Sendable {
    public private(set) var nodes: [Node] = []
    private var indexByID: [String: Int32] = [:]
    private struct EdgeKey: Hashable { var source: Int32; var target: Int32; var relation: InfluenceRelation }
    private var edgeIndex: [EdgeKey: Int] = [:]
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var infos: [EdgeInfo] = []
    private var comparisons: [Comparison] = []

    public init() {}

    /// Index of the node with this id, if added.
    public func index(ofID id: String) -> Int? { indexByID[id].map(Int.init) }

    /// Adds a node, or returns the index of the node with the same id (keeping the first).
    /// - Complexity: O(1) expected.
    @discardableResult
    public mutating func addNode(_ node: Node) -> Int {
        if let i = indexByID[node.id] { return Int(i) }
        let i = Int32(nodes.count)
        indexByID[node.id] = i
        nodes.append(node)
        return Int(i)
    }

    /// Replaces the stored node that has `node.id`, or adds it.
    public mutating func updateNode(_ node: Node) {
        if let i = indexByID[node.id] { nodes[Int(i)] = node } else { addNode(node) }
    }

    /// Adds an edge between two added nodes, merging it with an equal one.
    /// - Complexity: O(1) expected, amortized.
    public mutating func addEdge(from source: Int, to target: Int, info: EdgeInfo) {
        let key = EdgeKey(source: Int32(source), target: Int32(target), relation: info.relation)
        if let existing = edgeIndex[key] {
            var merged = infos[existing]
            for ev in info.evidence where !merged.evidence.contains(ev) { merged.evidence.append(ev) }
            merged.confidence = max(merged.confidence, info.confidence)
            for (k, v) in info.attributes where merged.attributes[k] == nil { merged.attributes[k] = v }
            infos[existing] = merged
            return
        }
        edgeIndex[key] = infos.count
        sources.append(Int32(source))
        targets.append(Int32(target))
        infos.append(info)
    }

    /// Adds an edge between nodes given by id; both must have been added.
    public mutating func addEdge(from source: String, to target: String, info: EdgeInfo) {
        guard let s = indexByID[source], let t = indexByID[target] else {
            preconditionFailure("addEdge: unknown node id")
        }
        addEdge(from: Int(s), to: Int(t), info: info)
    }

    public mutating func addComparison(_ comparison: Comparison) {
        if !comparisons.contains(comparison) { comparisons.append(comparison) }
    }

    /// Adds a graph, or part of it: the nodes of `vertices` (in that order; all when `nil`), the
    /// edges among them that `keepEdge` accepts (by edge id, in the graph's edge order from each
    /// node), and the comparisons (all of them for a whole graph, else those between added nodes).
    /// Nodes and edges merge with those already added, as ``addNode(_:)`` and ``addEdge(from:to:info:)`` do.
    /// - Complexity: O(V' + E') for the V' vertices given and the E' edges out of them.
    public mutating func add(_ graph: InfluenceGraph, vertices: [Int]? = nil, keepEdge: (Int) -> Bool = { _ in true }) {
        let t = graph.topology
        let chosen = vertices ?? Array(0..<graph.nodes.count)
        var kept = [Bool](repeating: vertices == nil, count: graph.nodes.count)
        for v in chosen { kept[v] = true }
        for v in chosen { addNode(graph.nodes[v]) }
        for u in chosen {
            for (w, e) in zip(t.successors(u), t.outEdgeIDs(u)) where kept[Int(w)] && keepEdge(Int(e)) {
                addEdge(from: graph.nodes[u].id, to: graph.nodes[Int(w)].id, info: graph.info(ofEdge: Int(e)))
            }
        }
        if vertices == nil {
            for c in graph.comparisons { addComparison(c) }
        } else {
            let ids = Set(chosen.map { graph.nodes[$0].id })
            for c in graph.comparisons where ids.contains(c.subject) && ids.contains(c.object) { addComparison(c) }
        }
    }

    /// The finished graph.
    /// - Complexity: O(V + E).
    public func build() -> InfluenceGraph {
        let (topology, ids) = Digraph.build(vertexCount: nodes.count, sources: sources, targets: targets)
        var ordered = [EdgeInfo](repeating: EdgeInfo(relation: .cites), count: infos.count)
        for (i, id) in ids.enumerated() { ordered[Int(id)] = infos[i] }
        return InfluenceGraph(nodes: nodes, topology: topology, edgeInfo: ordered, comparisons: comparisons)
    }
}
