/// A directed graph in compressed sparse row form, indexed by integers, in both directions.
///
/// Vertices are `0..<vertexCount`. Edge `e` is the `e`-th entry of the out-adjacency
/// (`outTargets[e]`); `inEdges` maps each entry of the in-adjacency back to that edge id, so
/// per-edge values (weights, evidence) live in one array indexed by edge id.
///
/// Memory: 8 bytes per vertex per direction for offsets and 12 bytes per edge
/// (`outTargets`, `inSources`, `inEdges`), plus 4 bytes per edge for `edgeSources`.
public struct Digraph: Sendable, Hashable {
    /// Number of vertices.
    public let vertexCount: Int
    /// `outOffsets[v]..<outOffsets[v+1]` are the edge ids leaving `v`.
    public let outOffsets: [Int]
    /// Head of each edge, by edge id. Within a vertex, heads are sorted ascending.
    public let outTargets: [Int32]
    /// Tail of each edge, by edge id.
    public let edgeSources: [Int32]
    /// `inOffsets[v]..<inOffsets[v+1]` index `inSources`/`inEdges` for the edges entering `v`.
    public let inOffsets: [Int]
    /// Tail of each incoming entry. Within a vertex, tails are sorted ascending.
    public let inSources: [Int32]
    /// Edge id of each incoming entry.
    public let inEdges: [Int32]

    /// Number of edges (parallel edges count separately).
    @inlinable public var edgeCount: Int { outTargets.count }

    /// Builds the CSR form from parallel arrays of tails and heads.
    ///
    /// Edge ids are assigned in (source, target, input position) order, so the result does not
    /// depend on the order edges were given in beyond ties of identical pairs.
    /// - Parameters:
    ///   - vertexCount: number of vertices; every endpoint must be in `0..<vertexCount`.
    ///   - sources: tail of each edge.
    ///   - targets: head of each edge.
    /// - Returns: the graph and, for each input edge, its edge id.
    /// - Complexity: O(V + E) time (two counting sorts), O(V + E) extra memory.
    public static func build(vertexCount: Int, sources: [Int32], targets: [Int32]) -> (graph: Digraph, edgeIDs: [Int32]) {
        precondition(sources.count == targets.count, "sources and targets differ in length")
        let e = sources.count
        // Counting sort by target first, then a stable counting sort by source: edges end up
        // ordered by (source, target, input position).
        var byTarget = [Int32](repeating: 0, count: e)
        var counts = [Int](repeating: 0, count: vertexCount + 1)
        for t in targets { counts[Int(t) + 1] += 1 }
        for v in 0..<vertexCount { counts[v + 1] += counts[v] }
        let inOffsets = counts
        var cursor = counts
        for i in 0..<e {
            let t = Int(targets[i])
            byTarget[cursor[t]] = Int32(i)
            cursor[t] += 1
        }
        counts = [Int](repeating: 0, count: vertexCount + 1)
        for s in sources { counts[Int(s) + 1] += 1 }
        for v in 0..<vertexCount { counts[v + 1] += counts[v] }
        let outOffsets = counts
        cursor = counts
        var outTargets = [Int32](repeating: 0, count: e)
        var edgeSources = [Int32](repeating: 0, count: e)
        var edgeIDs = [Int32](repeating: 0, count: e)
        for i in byTarget {
            let s = Int(sources[Int(i)])
            let id = cursor[s]
            cursor[s] += 1
            outTargets[id] = targets[Int(i)]
            edgeSources[id] = Int32(s)
            edgeIDs[Int(i)] = Int32(id)
        }
        // In-adjacency: walk edges in id order (sorted by source), bucket by target.
        cursor = inOffsets
        var inSources = [Int32](repeating: 0, count: e)
        var inEdges = [Int32](repeating: 0, count: e)
        for id in 0..<e {
            let t = Int(outTargets[id])
            inSources[cursor[t]] = edgeSources[id]
            inEdges[cursor[t]] = Int32(id)
            cursor[t] += 1
        }
        let graph = Digraph(vertexCount: vertexCount, outOffsets: outOffsets, outTargets: outTargets,
                            edgeSources: edgeSources, inOffsets: inOffsets, inSources: inSources, inEdges: inEdges)
        return (graph, edgeIDs)
    }

    /// Builds the CSR form from `(source, target)` pairs.
    /// - Complexity: O(V + E).
    public init(vertexCount: Int, edges: [(Int, Int)]) {
        self = Digraph.build(vertexCount: vertexCount,
                             sources: edges.map { Int32($0.0) },
                             targets: edges.map { Int32($0.1) }).graph
    }

    public init(vertexCount: Int, outOffsets: [Int], outTargets: [Int32], edgeSources: [Int32],
                inOffsets: [Int], inSources: [Int32], inEdges: [Int32]) {
        self.vertexCount = vertexCount
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.edgeSources = edgeSources
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inEdges = inEdges
    }

    /// Out-degree of `v`. - Complexity: O(1).
    @inlinable public func outDegree(_ v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
    /// In-degree of `v`. - Complexity: O(1).
    @inlinable public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }
    /// Heads of the edges leaving `v`, ascending. - Complexity: O(1) to create.
    @inlinable public func successors(_ v: Int) -> ArraySlice<Int32> { outTargets[outOffsets[v]..<outOffsets[v + 1]] }
    /// Tails of the edges entering `v`, ascending. - Complexity: O(1) to create.
    @inlinable public func predecessors(_ v: Int) -> ArraySlice<Int32> { inSources[inOffsets[v]..<inOffsets[v + 1]] }
    /// Edge ids leaving `v`. - Complexity: O(1).
    @inlinable public func outEdgeIDs(_ v: Int) -> Range<Int> { outOffsets[v]..<outOffsets[v + 1] }
    /// Edge ids entering `v`. - Complexity: O(1) to create.
    @inlinable public func inEdgeIDs(_ v: Int) -> ArraySlice<Int32> { inEdges[inOffsets[v]..<inOffsets[v + 1]] }

    /// The same vertices with every edge reversed; edge ids are renumbered.
    /// - Complexity: O(V + E).
    public func reversed() -> Digraph {
        Digraph.build(vertexCount: vertexCount, sources: outTargets, targets: edgeSources).graph
    }
}
